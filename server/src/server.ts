/**
 * The language server as a library: `startServer(connection)` wires a
 * connection to the review engine. The entry point (main.ts) only picks the
 * transport, so tests and other hosts can start it over any stream.
 */
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  type Connection,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { validateConfigObject } from '../../engine/config/parse.js';
import { sizeAgainstLimit } from '../../engine/config/size.js';
import { CONFIG_FILE_NAME, IdleNotification, ReviewDocumentRequest, SERVER_NAME, SETTINGS_SECTION, VisibleDocumentsNotification, WorkspaceTrustedNotification } from '../../shared/protocol.js';
import { readClientFlags, serverCapabilities, type ClientFlags } from './capabilities.js';
import { isConfigUri } from './configDiagnostics.js';
import type { Context } from './context.js';
import { pull, reviewAll, reviewNow, schedulePush } from './diagnostics.js';
import { registerDocumentModel } from './documentModel.js';
import { registerPlanEdit } from './planEdit.js';
import { registerFeatures } from './features/index.js';
import { registerRenderPreview } from './renderPreview.js';
import type { ServerPlatform } from './platform.js';
import { ProblemReporter, ProjectConfigs } from './projectConfig.js';
import { PullReports } from './pullReports.js';
import { Reviewer } from './reviewer.js';
import { Scheduler } from './scheduler.js';
import { SettingsStore } from './settings.js';
import { Visibility } from './visibility.js';

export const SERVER_VERSION = '0.1.0';

export function startServer(connection: Connection, platform: ServerPlatform): Context {
  const log = (message: string) => connection.console.error(message);
  // A change must raise the version (LSP versions only grow). One that does
  // not is a stale message from a confused client: applied, it would put
  // older text over newer, or an edit meant for other text. It is dropped,
  // so the server keeps the newest text it was sent.
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update(doc, changes, version) {
      if (version > doc.version) return TextDocument.update(doc, changes, version);
      log(`Ignored a change to ${doc.uri} marked version ${version}: it is at version ${doc.version} already.`);
      return doc;
    },
  });
  const tooLargeTold = new Set<string>();
  const visibility = new Visibility();
  const ctx: Context = {
    connection,
    platform,
    documents,
    flags: readClientFlags({ capabilities: {}, processId: null, rootUri: null }, platform),
    settings: undefined as unknown as SettingsStore,
    projects: new ProjectConfigs(platform, () => ctx.flags.folders, log, () => ctx.flags.trusted),
    problems: new ProblemReporter((message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message })),
    visibility,
    reviewer: new Reviewer({
      log,
      docsBase: () => ctx.flags.docsBase,
      turn: (uri, cancelled) => visibility.turn(uri, cancelled),
      tooLarge(uri, bytes, limit, setting) {
        if (tooLargeTold.has(uri)) return;
        tooLargeTold.add(uri);
        const sizes = sizeAgainstLimit(bytes, limit);
        const message = `PR/FAQ Studio did not review ${uri}: it is ${sizes.size}, over the limit of ${sizes.limit} set by ${setting}.`;
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
      },
    }),
    pullReports: new PullReports(),
    scheduler: new Scheduler(
      (uri, e) => log(`Review of ${uri} failed: ${(e as Error)?.stack ?? e}`),
      Date.now,
      () => {
        if (ctx.flags.idleNotifications) void connection.sendNotification(IdleNotification.type);
      },
    ),
    generation: 0,
  };
  ctx.settings = new SettingsStore(connection, () => ctx.flags.configuration, validateConfigObject, (m) => ctx.problems.once(m));

  connection.onInitialize((params) => {
    ctx.flags = readClientFlags(params, platform);
    return { capabilities: serverCapabilities(ctx.flags), serverInfo: { name: SERVER_NAME, version: SERVER_VERSION } };
  });

  connection.onInitialized(() => {
    registerWatchers(connection, ctx.flags);
    if (ctx.flags.rejectedDocsUrl !== undefined) {
      const message = `PR/FAQ Studio: initializationOptions.docsUrl "${ctx.flags.rejectedDocsUrl}" is not the http(s) or file URL of a folder, so rule links point to the pages installed with the server.`;
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    }
  });

  // Push clients: review at once on open, after a pause in typing on change.
  let opening: string | null = null;
  documents.onDidOpen(({ document }) => {
    opening = document.uri;
    if (!ctx.flags.pullDiagnostics) schedulePush(ctx, document.uri, 0);
  });
  documents.onDidChangeContent(({ document }) => {
    if (opening === document.uri) {
      opening = null; // the open event's twin
      return;
    }
    ctx.scheduler.touched(document.uri);
    if (ctx.flags.pullDiagnostics || isConfigUri(document.uri)) return;
    const release = ctx.scheduler.hold(); // the review this edit may schedule is pending already
    void ctx.settings
      .get(document.uri)
      .then((s) => {
        if (s.run === 'onType' && ctx.documents.get(document.uri)?.version === document.version) schedulePush(ctx, document.uri, s.debounceMs);
      })
      .finally(release);
  });
  documents.onDidSave(({ document }) => {
    if (isConfigUri(document.uri)) return projectFilesChanged(ctx);
    ctx.reviewer.forget(document.uri);
    if (ctx.flags.pullDiagnostics) {
      if (ctx.flags.diagnosticRefresh) connection.languages.diagnostics.refresh();
      return;
    }
    const release = ctx.scheduler.hold();
    void ctx.settings
      .get(document.uri)
      .then((s) => {
        if (s.run === 'onSave') schedulePush(ctx, document.uri, 0);
      })
      .finally(release);
  });
  documents.onDidClose(({ document }) => {
    // Cleared first, so the `prfaq/idle` that removing it may send comes after.
    if (!ctx.flags.pullDiagnostics) connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    ctx.scheduler.remove(document.uri);
    ctx.reviewer.close(document.uri);
    ctx.pullReports.forget(document.uri);
    ctx.settings.forget(document.uri);
    tooLargeTold.delete(document.uri);
  });

  connection.onDidChangeConfiguration((params) => {
    ctx.settings.changed(params?.settings);
    ctx.generation++;
    reviewAll(ctx);
  });
  connection.onDidChangeWatchedFiles(() => projectFilesChanged(ctx));
  connection.onNotification(VisibleDocumentsNotification.type, (params) => {
    const uris = Array.isArray(params?.uris) ? params.uris.filter((u): u is string => typeof u === 'string') : [];
    ctx.visibility.set(uris);
  });
  connection.onNotification(WorkspaceTrustedNotification.type, () => {
    if (ctx.flags.trusted) return;
    ctx.flags.trusted = true;
    // VS Code now also returns the workspace values of restricted settings.
    ctx.settings.changed(undefined);
    projectFilesChanged(ctx);
  });

  connection.languages.diagnostics.on((params, token) => pull(ctx, params, token));
  registerDocumentModel(ctx);
  registerPlanEdit(ctx);
  registerFeatures(ctx);
  registerRenderPreview(ctx);
  connection.onRequest(ReviewDocumentRequest.type, (params) => (typeof params?.textDocument?.uri === 'string' ? reviewNow(ctx, params.textDocument.uri) : null));

  connection.onShutdown(() => ctx.scheduler.dispose());
  documents.listen(connection);
  connection.listen();
  return ctx;
}

function projectFilesChanged(ctx: Context): void {
  ctx.projects.invalidate();
  ctx.generation++;
  for (const doc of ctx.documents.all()) {
    const project = ctx.projects.forUri(doc.uri);
    if (project.file) ctx.problems.settle(project.file, project.problems);
  }
  reviewAll(ctx);
}

function registerWatchers(connection: Connection, flags: ClientFlags): void {
  const fail = (what: string) => (e: Error) => connection.console.error(`Could not register ${what}: ${e.message}`);
  if (flags.watchedFilesDynamic) {
    connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] })
      .catch(fail('the .prfaqrc.json watcher'));
  }
  if (flags.configurationDynamic) {
    connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(fail('for settings changes'));
  }
}
