/** Commands, each a small factory over what it needs. */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ReviewDocumentRequest } from '../../shared/protocol';
import { registerFixCommands } from './fixCommands';
import type { ActiveModel } from './model/activeModel';
import { addQuestion, insertMissingSections } from './scaffold/editCommands';
import { newNarrative, newPrfaq } from './scaffold/newDocument';
import { showSummary } from './summary/command';

export function registerCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, active: ActiveModel): void {
  const commands: Record<string, (...args: never[]) => unknown> = {
    'prfaq.restartServer': restartServer(client),
    'prfaq.newPrfaq': newPrfaq(),
    'prfaq.newNarrative': newNarrative(),
    'prfaq.addExternalFaqQuestion': addQuestion(active, 'external-faq'),
    'prfaq.addInternalFaqQuestion': addQuestion(active, 'internal-faq'),
    'prfaq.insertMissingSections': insertMissingSections(active),
    'prfaq.showReviewSummary': showSummary(),
    'prfaq.reviewDocument': reviewDocument(client),
  };
  for (const [id, handler] of Object.entries(commands)) context.subscriptions.push(vscode.commands.registerCommand(id, handler));
  registerFixCommands(context);
}

function restartServer(client: () => LanguageClient | undefined) {
  return async () => {
    const c = client();
    if (!c) return;
    try {
      if (c.state === State.Running) {
        // The Node client has restart(); the browser one (a worker) is stopped and started.
        const restartable = c as LanguageClient & { restart?: () => Promise<void> };
        if (restartable.restart) await restartable.restart();
        else {
          await c.stop();
          await c.start();
        }
      } else await c.start();
      vscode.window.setStatusBarMessage('PR/FAQ Studio: language server restarted', 3000);
    } catch (e) {
      void vscode.window.showErrorMessage(`PR/FAQ Studio could not restart its language server: ${(e as Error).message}`);
    }
  };
}

/** Reviews the active document now (the way to review with `prfaq.run: "manual"`). */
function reviewDocument(client: () => LanguageClient | undefined) {
  return async (): Promise<number | undefined> => {
    const doc = vscode.window.activeTextEditor?.document;
    const c = client();
    if (!doc || doc.languageId !== 'markdown' || !c || c.state !== State.Running) {
      void vscode.window.showInformationMessage('Open a PR/FAQ or a narrative first; PR/FAQ Studio reviews Markdown files.');
      return undefined;
    }
    const result = await c.sendRequest(ReviewDocumentRequest.type, { textDocument: { uri: c.code2ProtocolConverter.asUri(doc.uri) } });
    const n = result?.findings ?? 0;
    vscode.window.setStatusBarMessage(`PR/FAQ Studio: ${n} finding${n === 1 ? '' : 's'}`, 3000);
    return n;
  };
}
