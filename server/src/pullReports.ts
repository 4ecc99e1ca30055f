/**
 * Answers to diagnostics pulls, and what each document's client was last
 * sent. A keystroke mid-document rarely moves a finding: those before it
 * stay put, and those on later lines keep their line and column. When the
 * findings of the new version are exactly the ones the client holds (it
 * names them by the `previousResultId` it sends), the answer is
 * `unchanged` instead of all of them again. At 50 pages that is some 370
 * findings and 150 KB of JSON the server need not encode and the editor
 * need not decode and redraw on every keystroke.
 */
import type { DocumentDiagnosticReport } from 'vscode-languageserver';
import type { Diagnostic } from '../../engine/diagnostic.js';
import type { Outcome } from './reviewer.js';

export class PullReports {
  /** Per document: the result id and findings of the last full report. */
  private readonly last = new Map<string, { resultId: string; diagnostics: readonly Diagnostic[] }>();

  /** The report for `outcome`, given the result the client says it holds. */
  answer(uri: string, outcome: Outcome, previousResultId: string | undefined): DocumentDiagnosticReport {
    if (previousResultId !== undefined) {
      if (previousResultId === outcome.key) return { kind: 'unchanged', resultId: outcome.key };
      const last = this.last.get(uri);
      // The client keeps its result id, which still names the findings it shows.
      if (last?.resultId === previousResultId && sameDiagnostics(last.diagnostics, outcome.diagnostics)) return { kind: 'unchanged', resultId: previousResultId };
    }
    this.last.set(uri, { resultId: outcome.key, diagnostics: outcome.diagnostics });
    return { kind: 'full', resultId: outcome.key, items: outcome.diagnostics };
  }

  /** The document closed: a result id kept from before names nothing now. */
  forget(uri: string): void {
    this.last.delete(uri);
  }
}

export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameDiagnostic(a[i], b[i])) return false;
  return true;
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return (
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character &&
    a.severity === b.severity &&
    a.code === b.code &&
    a.message === b.message &&
    a.source === b.source &&
    a.codeDescription.href === b.codeDescription.href &&
    sameValue(a.data, b.data)
  );
}

/** Structural equality of JSON values (what `data` holds). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}
