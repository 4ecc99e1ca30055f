/** Commands, each a small factory over the current client. */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';

export function registerCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(vscode.commands.registerCommand('prfaq.restartServer', restartServer(client)));
}

function restartServer(client: () => LanguageClient | undefined) {
  return async () => {
    const c = client();
    if (!c) return;
    try {
      if (c.state === State.Running) await c.restart();
      else await c.start();
      vscode.window.setStatusBarMessage('PR/FAQ Studio: language server restarted', 3000);
    } catch (e) {
      void vscode.window.showErrorMessage(`PR/FAQ Studio could not restart its language server: ${(e as Error).message}`);
    }
  };
}
