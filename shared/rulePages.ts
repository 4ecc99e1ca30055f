/**
 * Where the CLI and the language server point rule links
 * (`codeDescription.href`, hovers, SARIF `helpUri`): the rule pages that
 * ship with the installed package — `docs/rules/<id>.md` beside `dist/`, in
 * the npm package and in the VSIX — as a `file:` URI, so every link opens a
 * page that is there, with no network. A user who publishes the pages
 * somewhere (an intranet, a Git host) can name that folder instead:
 * `prfaq lint --docs-url URL`, or `initializationOptions.docsUrl` for the
 * language server.
 *
 * Node only (node:path, node:url); the engine stays free of both and takes
 * the base as a string (engine/diagnostic.ts `ruleDocsUrl`).
 */
import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The installed package's `docs/rules` folder, as a path. `bundleDir` is the
 * folder of the running code: `dist/` for the bundles users run, `shared/`
 * when the sources run under tsx — one level below the package root either way.
 */
export function installedDocsFolder(bundleDir: string = __dirname): string {
  return resolve(bundleDir, '..', 'docs', 'rules');
}

/** The same folder as a `file:` URI ending in `/`, ready for `ruleDocsUrl`. */
export function installedDocsBase(bundleDir?: string): string {
  return pathToFileURL(installedDocsFolder(bundleDir) + sep).href;
}

export { parseDocsUrl } from './docsUrl.js';
