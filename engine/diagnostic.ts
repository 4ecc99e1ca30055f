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

/** Where each rule's page lives; `codeDescription.href` points here. */
export const DOCS_BASE = 'https://github.com/prfaq-studio/prfaq-studio/blob/main/docs/rules/';

export function ruleDocUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}
