/**
 * What the language server needs from where it runs. On Node (main.ts,
 * nodePlatform.ts) documents have paths, `.prfaqrc.json` files are found on
 * disk and the rule pages are installed beside the bundle. In a browser
 * worker (browser.ts, browserPlatform.ts) there is no file system: the
 * settings still apply, project files are not read, and that is said, never
 * a crash. Only these modules know which one runs; the rest read `ctx.platform`.
 */
import type { ConfigResolver } from '../../engine/config/resolve.js';
import type { PrfaqConfig } from '../../engine/config/types.js';
import type { DocModel } from '../../engine/model/types.js';

export interface ServerPlatform {
  /** Where it runs, for log lines: "node" or "browser". */
  name: string;
  /** The local path of a `file:` URI; null for other schemes, and for everything in a browser. */
  uriToPath(uri: string): string | null;
  /** Project files, where there is a file system to find them in; null in a browser. */
  configFiles: ConfigFiles | null;
  /** The preview's stylesheet (media/preview.css), or '' when it cannot be had. */
  previewCss(): string;
  /** The preview as a complete page with its own CSP (the "export" of the preview). */
  renderStandalone(model: DocModel, config: PrfaqConfig): string;
  /** The rule pages' folder URL when the client names none. */
  installedDocsBase(): string;
}

export interface ConfigFiles {
  resolver: ConfigResolver;
  dirname(path: string): string;
  /** `to` relative to `from`, as node:path's `relative`. */
  relative(from: string, to: string): string;
  /** The path kind globs match against (engine/config/load.ts). */
  pathForKindGlobs(path: string, configFile: string | undefined, base: string): string;
}
