/**
 * The JSON format (contract): an array with one object per file,
 *   {"file": "<path as given>", "kind": "prfaq"|"narrative"|null, "diagnostics": [...]}
 * where each diagnostic is exactly the LSP Diagnostic the engine produced
 * (0-based range, code = rule id, source "prfaq", data when the rule sets it).
 */
import type { FileResult } from './lint.js';

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(results.map((r) => ({ file: r.file, kind: r.kind, diagnostics: r.diagnostics })), null, 2) + '\n';
}
