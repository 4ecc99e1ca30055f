/**
 * `prfaq render`: one Markdown file → a standalone HTML page, from the same
 * renderer as the editor's preview (engine/render). The stylesheet is the
 * preview's own, media/preview.css, inlined.
 */
import { realpathSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathForKindGlobs, readErrorReason } from '../engine/config/load.js';
import { ConfigResolver } from '../engine/config/resolve.js';
import { mergeConfig } from '../engine/config/types.js';
import { buildModel } from '../engine/model/build.js';
import type { DocKind } from '../engine/model/types.js';
import { renderStandalone } from '../engine/render/standalone.js';
import { readPreviewCss } from '../shared/previewCss.js';
import { FileError, readText } from './files.js';
import { formatProblem, oversize, shownPath } from './lint.js';

export interface RenderOptions {
  file: string;
  output?: string;
  kind?: DocKind;
  config?: string;
  /** --max-document-size: bytes, 0 for no limit. */
  maxDocumentSize?: number;
  cwd: string;
  warn: (line: string) => void;
}

/** The page as a string; FileError when the input, the config or the stylesheet cannot be read. */
export function renderFile(options: RenderOptions): string {
  const absolute = resolve(options.cwd, options.file);

  const resolver = new ConfigResolver({ forced: options.config !== undefined ? resolve(options.cwd, options.config) : undefined });
  const { file: configPath, loaded } = resolver.forDocument(absolute);
  if (options.config !== undefined && loaded?.unreadable) throw new FileError(options.config, `cannot read the config file: ${loaded.unreadable}`);
  const file = { given: options.file, absolute };
  const skipped = oversize(file, options.maxDocumentSize, loaded && configPath ? { shown: options.config ?? shownPath(configPath, options.cwd), input: loaded.input } : undefined);
  if (skipped) throw new FileError(options.file, `not rendered: ${skipped}`);
  const text = readText(file);
  for (const p of loaded?.problems ?? []) options.warn(formatProblem(options.config !== undefined ? { ...p, file: options.config } : p, options.cwd));
  const config = mergeConfig(loaded?.input);

  let css: string;
  try {
    css = readPreviewCss();
  } catch (e) {
    throw new FileError('media/preview.css', `cannot read the stylesheet: ${readErrorReason(e)}`);
  }
  const model = buildModel(text, { path: pathForKindGlobs(absolute, configPath, options.cwd), kind: options.kind, globs: config.kinds });
  return renderStandalone(model, config, { css });
}

/** Writes the page to `output`, refusing to replace the input document. */
export function writeOutput(options: RenderOptions, html: string): void {
  const out = resolve(options.cwd, options.output!);
  if (samePath(out, resolve(options.cwd, options.file))) throw new FileError(options.output!, 'is the input file; choose another name for the HTML');
  try {
    writeFileSync(out, html, 'utf8');
  } catch (e) {
    throw new FileError(options.output!, `cannot write: ${readErrorReason(e)}`);
  }
}

function samePath(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}
