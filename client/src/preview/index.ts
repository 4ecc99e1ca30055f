/**
 * The press-release preview and HTML export, registered in one call from
 * extension.ts: the two commands and the serializer that restores the
 * preview after a reload.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { exportHtml } from './export';
import { PREVIEW_VIEW_TYPE, PreviewManager } from './panel';

export function registerPreview(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): PreviewManager {
  const manager = new PreviewManager(context.extensionUri, client);
  context.subscriptions.push(
    manager,
    vscode.commands.registerCommand('prfaq.openPreview', (arg?: vscode.Uri) => {
      const editor = vscode.window.activeTextEditor;
      const uri = arg instanceof vscode.Uri ? arg : editor?.document.languageId === 'markdown' ? editor.document.uri : manager.document;
      if (!uri) {
        void vscode.window.showWarningMessage('Open a PR/FAQ Markdown file to preview its press release.');
        return;
      }
      manager.open(uri);
    }),
    vscode.commands.registerCommand('prfaq.exportHtml', exportHtml(client, () => manager.document)),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => manager.restore(panel, state as { uri?: string; line?: number } | undefined),
    }),
  );
  return manager;
}
