/**
 * PR/FAQ Studio on vscode.dev, github.dev and any VS Code for the web: the
 * language server (dist/web/server.js) runs in a Web Worker. Everything else
 * is in activate.ts, shared with the desktop entry (extension.ts).
 *
 * The worker is started from a Blob of the bundled script, not from its URL:
 * a workbench may serve the extension from another origin than its own
 * (code-server, a CDN), and a Worker cannot be created from a cross-origin
 * URL. The script is read through the extension host (fetch, or the
 * workspace file system), so no origin rule applies to it.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, type PrfaqStudioApi } from './activate';

export { deactivate, type PrfaqStudioApi } from './activate';

/** The browser's Worker, as the client needs it (the Node typings this project builds with have none). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[3];

async function serverScript(extensionUri: vscode.Uri): Promise<Uint8Array> {
  const uri = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'server.js');
  try {
    const response = await fetch(uri.toString(true));
    if (response.ok) return new Uint8Array(await response.arrayBuffer());
  } catch {
    // not fetchable from here: try the workspace file system
  }
  return vscode.workspace.fs.readFile(uri);
}

export function activate(context: vscode.ExtensionContext): Promise<PrfaqStudioApi> {
  return activateWith(context, async (ctx, clientOptions) => {
    const script = await serverScript(ctx.extensionUri);
    const url = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
    const worker = new Worker(url, { name: 'PR/FAQ Studio language server' });
    ctx.subscriptions.push({ dispose: () => URL.revokeObjectURL(url) });
    return new LanguageClient('prfaq', 'PR/FAQ Studio', clientOptions, worker);
  });
}
