/**
 * Checking a rule-pages folder URL a user configured. No Node import: the
 * browser build of the language server reads `initializationOptions.docsUrl`
 * too (rulePages.ts, which finds the installed pages on disk, is Node only).
 */

/**
 * A base the user configured, as the folder URL `ruleDocsUrl` appends
 * `<id>.md` to (a missing final `/` is added); null when it is not an
 * absolute http(s) or file URL, or carries a query or a fragment (which the
 * page name would land inside).
 */
export function parseDocsUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol) || url.search || url.hash) return null;
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
