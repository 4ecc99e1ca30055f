/**
 * The status bar item for the active Markdown file: how it is reviewed
 * ("PR/FAQ", "Narrative"), its finding counts, and the press-release (or
 * narrative) words against their budget — each measure on its own. A click
 * opens the review summary. The kind and the words come from the server's
 * model of the document (one source of truth); the counts are the findings
 * the editor shows.
 */
import * as vscode from 'vscode';
import type { DocumentModelResult } from '../../shared/protocol';
import type { ActiveModel } from './model/activeModel';

const LABELS = { prfaq: 'PR/FAQ', narrative: 'Narrative' } as const;
export const STATUS_ID = 'prfaq.kind';

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export function countFindings(diagnostics: readonly vscode.Diagnostic[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) {
    if (d.source !== 'prfaq') continue;
    if (d.severity === vscode.DiagnosticSeverity.Error) c.error++;
    else if (d.severity === vscode.DiagnosticSeverity.Warning) c.warning++;
    else c.info++;
  }
  return c;
}

/** The item's text and tooltip (exported for tests). */
export function statusText(model: DocumentModelResult, c: Counts): { text: string; tooltip: string; over: boolean } {
  const kind = model.kind!;
  const budget = model.budgets.find((b) => b.id === (kind === 'prfaq' ? 'press-release' : 'narrative'));
  const fmt = (n: number) => n.toLocaleString('en-US');
  const words = budget ? `${fmt(budget.words)}/${fmt(budget.limit)} words` : '';
  const text = `$(checklist) ${LABELS[kind]}  $(error) ${c.error} $(warning) ${c.warning} $(info) ${c.info}${words ? `  ${words}` : ''}`;
  const lines = [
    `PR/FAQ Studio reviews this file as a ${LABELS[kind]} (${model.kindReason}).`,
    `Findings: ${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} warning${c.warning === 1 ? '' : 's'}, ${c.info} info.`,
    ...model.budgets.map((b) => `${b.id === 'press-release' ? 'Press release' : b.id === 'faq' ? 'FAQ' : 'Narrative body'}: ${fmt(b.words)} of ${fmt(b.limit)} words${b.words > b.limit ? ' — over budget' : ''}.`),
    'Click for the review summary.',
  ];
  return { text, tooltip: lines.join('\n'), over: !!budget && budget.words > budget.limit };
}

export function createKindStatus(active: ActiveModel): vscode.Disposable & { readonly item: vscode.StatusBarItem } {
  const item = vscode.window.createStatusBarItem(STATUS_ID, vscode.StatusBarAlignment.Right, 100);
  item.name = 'PR/FAQ Studio: document kind and findings';
  item.command = 'prfaq.showReviewSummary';

  const update = () => {
    const { document, model } = active.current;
    if (!document || !model?.kind) return item.hide();
    const { text, tooltip, over } = statusText(model, countFindings(vscode.languages.getDiagnostics(document.uri)));
    item.text = text;
    item.tooltip = tooltip;
    item.backgroundColor = over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };
  const subs = [
    item,
    active.onDidChange(update),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const uri = active.current.document?.uri.toString();
      if (uri && e.uris.some((u) => u.toString() === uri)) update();
    }),
  ];
  update();
  return { item, dispose: () => subs.forEach((s) => s.dispose()) };
}
