/**
 * PR/FAQ Studio for desktop VS Code (and any Node extension host, such as
 * code-server's): the language server (dist/server.js) runs as its own Node
 * process over IPC. Everything else is in activate.ts, shared with the
 * browser entry (browser.ts).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV, serverEnv } from '../../shared/serverProcess';
import { activateWith, type PrfaqStudioApi } from './activate';

export { deactivate, type PrfaqStudioApi } from './activate';

export function activate(context: vscode.ExtensionContext): Promise<PrfaqStudioApi> {
  return activateWith(context, (ctx, clientOptions) => {
    const module = ctx.asAbsolutePath('dist/server.js');
    // Node keys cache entries by the bundle's content, so an update never reads a stale one.
    const env = serverEnv(vscode.Uri.joinPath(ctx.globalStorageUri, 'compile-cache').fsPath);
    const serverOptions: ServerOptions = {
      // The memory flags and the compile cache (shared/serverProcess.ts) in both modes, so debugging sees the process users get.
      run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV], env } },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'], env } },
    };
    return new LanguageClient('prfaq', 'PR/FAQ Studio', serverOptions, clientOptions);
  });
}
