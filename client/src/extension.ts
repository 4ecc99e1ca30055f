/**
 * PR/FAQ Studio for VS Code: starts the language server (dist/server.js) in
 * its own process over IPC and registers the commands. All reviewing happens
 * in the server; this file only wires the editor to it.
 */
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CONFIG_FILE_NAME, SETTINGS_SECTION, VisibleDocumentsNotification, WorkspaceTrustedNotification, type InitializationOptions } from '../../shared/protocol';
import { SERVER_EXEC_ARGV, serverEnv } from '../../shared/serverProcess';
import { registerCommands } from './commands';
import { createErrorHandler } from './errorHandler';
import { createKindStatus } from './kindStatus';
import { keepFindingsWhileTyping } from './pullMiddleware';
import { linkPulledReport, ruleLinkMiddleware } from './rulePages';
import { ActiveModel } from './model/activeModel';
import { createStructureView } from './structure/view';
import type { StructureNode } from './structure/tree';
import { registerSummary } from './summary/command';
import { registerPreview } from './preview';

let client: LanguageClient | undefined;

/** What the extension returns from `activate` (read by the real-editor tests). */
export interface PrfaqStudioApi {
  structure(): StructureNode[];
  statusText(): string | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<PrfaqStudioApi> {
  const module = context.asAbsolutePath('dist/server.js');
  // Node keys cache entries by the bundle's content, so an update never reads a stale one.
  const env = serverEnv(vscode.Uri.joinPath(context.globalStorageUri, 'compile-cache').fsPath);
  const serverOptions: ServerOptions = {
    // The memory flags and the compile cache (shared/serverProcess.ts) in both modes, so debugging sees the process users get.
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV], env } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'], env } },
  };
  const output = vscode.window.createOutputChannel('PR/FAQ Studio', { log: true });
  context.subscriptions.push(output);

  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      // Virtual workspaces (a GitHub repository opened without cloning):
      // reviewed from the editor's text; a .prfaqrc.json there cannot be read.
      { scheme: 'vscode-vfs', language: 'markdown' },
      // So the server can mark problems inside the project file itself.
      { scheme: 'file', pattern: `**/${CONFIG_FILE_NAME}` },
    ],
    // The server reads settings per document through workspace/configuration;
    // this makes VS Code tell it when any `prfaq.*` setting changes.
    synchronize: { configurationSection: SETTINGS_SECTION },
    outputChannel: output,
    middleware: {
      // Findings stay on screen while a pull is cancelled and asked again (pullMiddleware.ts);
      // their rule links open the page shipped with the extension (rulePages.ts).
      provideDiagnostics: (document, previousResultId, token, next) =>
        Promise.resolve(keepFindingsWhileTyping!(document, previousResultId, token, next)).then(linkPulledReport),
      ...ruleLinkMiddleware,
    },
    // A function, so a server restarted after the writer trusted the workspace learns it.
    initializationOptions: (): InitializationOptions => ({ workspaceTrusted: vscode.workspace.isTrusted }),
    errorHandler: createErrorHandler({
      log: (m) => output.warn(m),
      tell: (m) => void vscode.window.showWarningMessage(m),
      giveUp: (m) => void tellGaveUp(m),
    }),
  };

  client = new LanguageClient('prfaq', 'PR/FAQ Studio', serverOptions, clientOptions);
  const active = new ActiveModel(() => client);
  context.subscriptions.push(active, client.onDidChangeState(() => active.clientChanged()));
  registerCommands(context, () => client, active);
  registerPreview(context, () => client);
  const status = createKindStatus(active);
  const structure = createStructureView(active);
  context.subscriptions.push(status, structure);
  registerSummary(context, active);
  context.subscriptions.push(
    // A stopped server learns it at its next start (initializationOptions above).
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (client?.state === State.Running) void client.sendNotification(WorkspaceTrustedNotification.type);
    }),
  );
  // The server reviews what the writer can see first (server/src/visibility.ts).
  const sendVisible = () => {
    if (client?.state !== State.Running) return;
    const focused = vscode.window.activeTextEditor?.document.uri.toString();
    const uris = vscode.window.visibleTextEditors.map((e) => e.document.uri.toString());
    const ordered = focused ? [focused, ...uris.filter((u) => u !== focused)] : uris;
    void client.sendNotification(VisibleDocumentsNotification.type, { uris: [...new Set(ordered)] });
  };
  context.subscriptions.push(
    vscode.window.onDidChangeVisibleTextEditors(sendVisible),
    vscode.window.onDidChangeActiveTextEditor(sendVisible),
    client.onDidChangeState((e) => e.newState === State.Running && sendVisible()),
  );
  await client.start();
  sendVisible();
  return { structure: () => structure.nodes, statusText: () => status.item.text };
}

async function tellGaveUp(message: string): Promise<void> {
  const restart = 'Restart';
  if ((await vscode.window.showErrorMessage(message, restart)) === restart) {
    await vscode.commands.executeCommand('prfaq.restartServer');
  }
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}
