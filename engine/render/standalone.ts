/**
 * `prfaq render` and the editor's "export" page: the standalone page with its
 * style hash computed here, with Node's crypto. Kept out of index.ts so the
 * renderer itself has no Node import and runs in the browser page as well.
 */
import { createHash } from 'node:crypto';
import type { PrfaqConfig } from '../config/types.js';
import type { DocModel } from '../model/types.js';
import { standalonePage, standaloneSheet } from './index.js';

/** `sha256-<base64>` of the sheet as the page holds it: the CSP source that lets it apply. */
export function styleHashOf(css: string): string {
  return `sha256-${createHash('sha256').update(standaloneSheet(css), 'utf8').digest('base64')}`;
}

/** A complete HTML page, viewable offline and publishable as is. */
export function renderStandalone(model: DocModel, config: PrfaqConfig, options: { css: string }): string {
  return standalonePage(model, config, { css: options.css, styleHash: styleHashOf(options.css) });
}
