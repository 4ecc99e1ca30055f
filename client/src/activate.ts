/**
 * PR/FAQ Studio in VS Code, wherever it runs: the client options, the
 * commands, views and status bar, wired to a language client that the entry
 * point makes — extension.ts starts the server as a Node process over IPC,
 * browser.ts (vscode.dev, github.dev) in a Web Worker. All reviewing happens
 * in the server; this file only wires the editor to it.
 */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import { CONFIG_FILE_NAME, SETTINGS_SECTION, VisibleDocumentsNotification, WorkspaceTrustedNotification, type InitializationOptions } from '../../shared/protocol';
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

let client: BaseLanguageClient | undefined;

/** Makes the language client for this host; `options` are the same everywhere. */
export type ClientFactory = (context: vscode.ExtensionContext, options: LanguageClientOptions) => BaseLanguageClient | Promise<BaseLanguageClient>;

/** What the extension returns from `activate` (read by the real-editor tests). */
export interface PrfaqStudioApi {
  structure(): StructureNode[];
  statusText(): string | undefined;
}

export async function activateWith(context: vscode.ExtensionContext, makeClient: ClientFactory): Promise<PrfaqStudioApi> {
  const output = vscode.window.createOutputChannel('PR/FAQ Studio', { log: true });
  context.subscriptions.push(output);

  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      // Virtual workspaces (a GitHub repository opened without cloning):
      // reviewed from the editor's text; a .prfaqrc.json there cannot be read.
      { scheme: 'vscode-vfs', language: 'markdown' },
      // A remote workspace seen from the browser's extension host (code-server, Codespaces on the web).
      { scheme: 'vscode-remote', language: 'markdown' },
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

  client = await makeClient(context, clientOptions);
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
