/**
 * A status bar item saying how the active Markdown file is reviewed
 * ("PR/FAQ", "Narrative"), from the server's own model of the document.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { DocumentModelRequest } from '../../shared/protocol';

const LABELS = { prfaq: 'PR/FAQ', narrative: 'Narrative' } as const;

export function createKindStatus(client: () => LanguageClient | undefined): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('prfaq.kind', vscode.StatusBarAlignment.Right, 100);
  item.name = 'PR/FAQ Studio: document kind';
  let timer: NodeJS.Timeout | undefined;
  let ticket = 0;

  const update = async () => {
    const editor = vscode.window.activeTextEditor;
    const c = client();
    const mine = ++ticket;
    if (!editor || editor.document.languageId !== 'markdown' || !c || c.state !== State.Running) return item.hide();
    try {
      const model = await c.sendRequest(DocumentModelRequest.type, { textDocument: { uri: editor.document.uri.toString() } });
      if (mine !== ticket) return;
      if (!model?.kind) return item.hide();
      item.text = `$(checklist) ${LABELS[model.kind]}`;
      item.tooltip = `PR/FAQ Studio reviews this file as a ${LABELS[model.kind]} (${model.kindReason}).`;
      item.show();
    } catch {
      item.hide();
    }
  };
  const soon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void update(), 300);
  };

  const subs = [
    item,
    vscode.window.onDidChangeActiveTextEditor(soon),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) soon();
    }),
  ];
  soon();
  return new vscode.Disposable(() => {
    if (timer) clearTimeout(timer);
    for (const s of subs) s.dispose();
  });
}
