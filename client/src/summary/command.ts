/**
 * "PR/FAQ: Show Review Summary": a read-only Markdown document beside the
 * draft (a virtual document: no webview, no script), rebuilt whenever the
 * draft's findings change. Each finding links back to its place.
 */
import * as vscode from 'vscode';
import type { ActiveModel } from '../model/activeModel';
import { ruleIdOf, ruleLink } from '../ruleLinks';
import { renderSummary, type SummaryFinding } from './report';

export const SUMMARY_SCHEME = 'prfaq-summary';
const SOURCE = 'prfaq';

const SEVERITY: Record<vscode.DiagnosticSeverity, SummaryFinding['severity']> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c ?? '');
}

/** `prfaq-summary:/<name> (review).md?<source uri>` */
export function summaryUri(source: vscode.Uri): vscode.Uri {
  const name = source.path.split('/').pop() || 'document';
  return vscode.Uri.from({ scheme: SUMMARY_SCHEME, path: `/${name.replace(/\.md$/i, '')} — review summary.md`, query: source.toString() });
}

export class SummaryProvider implements vscode.TextDocumentContentProvider, vscode.DocumentLinkProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly open = new Set<string>();
  private readonly subs: vscode.Disposable[];

  constructor(private readonly active: ActiveModel) {
    this.subs = [
      this.emitter,
      vscode.languages.onDidChangeDiagnostics((e) => {
        for (const u of e.uris) if (this.open.has(u.toString())) this.emitter.fire(summaryUri(u));
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.scheme === SUMMARY_SCHEME) this.open.delete(d.uri.query);
      }),
    ];
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const source = vscode.Uri.parse(uri.query);
    this.open.add(source.toString());
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === source.toString());
    const model = doc ? await this.active.modelOf(doc).catch(() => null) : null;
    if (!doc || !model?.kind) {
      return `# Review summary\n\n${doc ? 'This document is not reviewed as a PR/FAQ or a narrative.' : 'The document is no longer open.'}\n`;
    }
    const findings = vscode.languages
      .getDiagnostics(source)
      .filter((d) => d.source === SOURCE)
      .map((d) => ({ rule: codeOf(d), message: d.message, severity: SEVERITY[d.severity], line: d.range.start.line, character: d.range.start.character }));
    const rules = vscode.workspace.getConfiguration('prfaq', source).get<Record<string, string>>('rules') ?? {};
    return renderSummary({
      name: vscode.workspace.asRelativePath(source),
      uri: source.toString(),
      kind: model.kind,
      findings,
      budgets: model.budgets,
      principles: model.catalogue.principles,
      off: Object.entries(rules).filter(([, v]) => v === 'off').map(([k]) => k),
    });
  }

  /**
   * Links of the form `(<source uri>#L3,5)` open the draft at that place;
   * a rule's link (`ruleLink`) opens its page.
   */
  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    const links: vscode.DocumentLink[] = [];
    const source = document.uri.query;
    const text = document.getText();
    const re = /\]\(([^)\s]+)#L(\d+),(\d+)\)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[1] !== source) continue;
      const start = document.positionAt(m.index + 2);
      const end = document.positionAt(m.index + m[0].length - 1);
      const target = vscode.Uri.parse(m[1]).with({ fragment: `L${m[2]},${m[3]}` });
      links.push(new vscode.DocumentLink(new vscode.Range(start, end), target));
    }
    // On the rule id itself, the label of `[id](command:…)`: the command link beside it is long.
    for (const r of text.matchAll(/\[([a-z0-9-]+)\]\((command:[^)\s]+)\)/g)) {
      const id = r[1];
      if (ruleIdOf(r[2]) !== id || r[2] !== ruleLink(id)) continue;
      const start = document.positionAt(r.index! + 1);
      const end = document.positionAt(r.index! + 1 + id.length);
      const link = new vscode.DocumentLink(new vscode.Range(start, end), vscode.Uri.parse(r[2]));
      link.tooltip = `Open the page of ${id}`;
      links.push(link);
    }
    return links;
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
  }
}

export function registerSummary(context: vscode.ExtensionContext, active: ActiveModel): SummaryProvider {
  const provider = new SummaryProvider(active);
  context.subscriptions.push(
    provider,
    vscode.workspace.registerTextDocumentContentProvider(SUMMARY_SCHEME, provider),
    vscode.languages.registerDocumentLinkProvider({ scheme: SUMMARY_SCHEME }, provider),
  );
  return provider;
}

/** The command: summary of the given document, or of the active one. */
export function showSummary() {
  return async (target?: vscode.Uri): Promise<vscode.Uri | undefined> => {
    const source = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
    if (!source || source.scheme === SUMMARY_SCHEME) {
      void vscode.window.showInformationMessage('Open a PR/FAQ or a narrative first, then run "PR/FAQ: Show Review Summary".');
      return undefined;
    }
    const uri = summaryUri(source);
    let doc = await vscode.workspace.openTextDocument(uri);
    if (doc.languageId !== 'markdown') doc = await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
    return uri;
  };
}
