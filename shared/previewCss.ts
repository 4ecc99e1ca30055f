/**
 * The preview's stylesheet (media/preview.css) as installed beside the
 * bundles: `prfaq render` and the Node language server both inline it.
 * Node only, like rulePages.ts; the browser builds get the sheet from the
 * build instead (scripts/build-web.mjs).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The sheet's text; throws when it cannot be read. `bundleDir`: the running code's folder (dist/, or cli/ and server/src/.. under tsx), one level below the package root. */
export function readPreviewCss(bundleDir: string = __dirname): string {
  return readFileSync(resolve(bundleDir, '..', 'media', 'preview.css'), 'utf8');
}
