/**
 * The finding as users, the CLI's JSON and CI pipelines see it: exactly the
 * shape of an LSP Diagnostic, declared here so the engine stays free of
 * protocol imports (the server passes these objects through unchanged).
 */
import type { Position } from './model/lines.js';

export interface Range {
  start: Position;
  end: Position;
}

/** LSP DiagnosticSeverity numbers. */
export const Severity = { error: 1, warning: 2, info: 3, hint: 4 } as const;
export type SeverityName = keyof typeof Severity;

export interface Diagnostic {
  range: Range;
  severity: 1 | 2 | 3 | 4;
  code: string;
  codeDescription: { href: string };
  source: 'prfaq';
  message: string;
  data?: Record<string, unknown>;
}

/**
 * Where the rule pages are when the shell names no place: `docs/rules/`,
 * relative to the package root, as in the repository. The shells (CLI,
 * language server) always give an absolute base — the installed package's
 * folder as a `file:` URI, or a URL the user configured — so only the
 * engine's own callers (tests, scripts) see this relative form.
 */
export const RULE_DOCS_FOLDER = 'docs/rules/';

/**
 * The page of rule `id` under `base`, the folder that holds one `<id>.md`
 * per rule. The one place every link to a rule page is built from
 * (`codeDescription.href`, hovers, SARIF). A base without its final slash
 * still names the folder.
 */
export function ruleDocsUrl(id: string, base: string = RULE_DOCS_FOLDER): string {
  return `${base.endsWith('/') ? base : `${base}/`}${id}.md`;
}
