/**
 * "PR/FAQ: Export Press Release as HTML": the standalone page `prfaq render`
 * writes, for the active Markdown document (or the one the preview shows),
 * saved where the writer chooses. The save dialog is the only way to a file
 * name, and it asks before replacing an existing file.
 */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { RenderPreviewRequest } from '../../../shared/protocol';

/** `launch.prfaq.md` → `launch.html`; `notes.md` → `notes.html`. */
export function htmlNameFor(path: string): string {
  const base = path.split(/[\\/]/).pop() || 'press-release';
  const stem = base.replace(/\.(?:md|markdown|mdown|mkd)$/i, '').replace(/\.(?:prfaq|narrative)$/i, '');
  return `${stem || 'press-release'}.html`;
}

export function exportHtml(client: () => LanguageClient | undefined, previewed: () => vscode.Uri | undefined) {
  return async (arg?: vscode.Uri): Promise<vscode.Uri | undefined> => {
    const editor = vscode.window.activeTextEditor;
    const uri = arg instanceof vscode.Uri ? arg : editor?.document.languageId === 'markdown' ? editor.document.uri : previewed();
    if (!uri) {
      void vscode.window.showWarningMessage('Open a PR/FAQ Markdown file to export its press release.');
      return;
    }
    const c = client();
    if (!c || c.state !== State.Running) {
      void vscode.window.showWarningMessage('The PR/FAQ language server is not running; try again in a moment, or run "PR/FAQ: Restart Language Server".');
      return;
    }
    await vscode.workspace.openTextDocument(uri); // the server renders open documents only
    const result = await c.sendRequest(RenderPreviewRequest.type, { textDocument: { uri: uri.toString() }, standalone: true });
    if (!result?.page) {
      void vscode.window.showWarningMessage(result?.message ?? 'PR/FAQ Studio could not render this document.');
      return;
    }
    const folder = uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(uri, '..');
    const name = htmlNameFor(uri.scheme === 'untitled' ? result.title.replace(/[^\w -]+/g, '').trim().slice(0, 60) || 'press-release' : uri.path);
    const target = await vscode.window.showSaveDialog({
      title: 'Export Press Release as HTML',
      saveLabel: 'Export',
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: { HTML: ['html', 'htm'] },
    });
    if (!target) return; // cancelled
    if (target.toString() === uri.toString()) {
      void vscode.window.showErrorMessage('Choose another file: exporting over the Markdown document would replace your text.');
      return;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.page));
    void vscode.window.showInformationMessage(`Exported the press release to ${vscode.workspace.asRelativePath(target)}.`);
    return target;
  };
}
