/**
 * What the client can do, read once from `initialize`, and what the server
 * offers in return. Pull diagnostics only for clients that declare them
 * (VS Code); everyone else gets `publishDiagnostics`.
 */
import {
  TextDocumentSyncKind,
  type ClientCapabilities,
  type InitializeParams,
  type ServerCapabilities,
} from 'vscode-languageserver';
import type { InitializationOptions } from '../../shared/protocol.js';
import { parseDocsUrl } from '../../shared/docsUrl.js';
import type { ServerPlatform } from './platform.js';

export interface ClientFlags {
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  configuration: boolean;
  watchedFilesDynamic: boolean;
  configurationDynamic: boolean;
  /** Local folders of the workspace, for documents without a path. */
  folders: string[];
  /** WorkspaceEdit.documentChanges (versioned edits) is understood. */
  documentChanges: boolean;
  /**
   * The workspace is trusted. Only the VS Code client says otherwise (in
   * `initializationOptions`, then `prfaq/workspaceTrusted` once granted);
   * other editors have no such notion, so they are trusted.
   */
  trusted: boolean;
  /**
   * The folder of rule pages that findings and hovers link to: the
   * `docsUrl` the client gave in `initializationOptions`, else the pages
   * installed beside this server (shared/rulePages.ts).
   */
  docsBase: string;
  /** A `docsUrl` that is no folder URL, for the server to say why it is not used. */
  rejectedDocsUrl?: string;
  /** Send `prfaq/idle` when the review queue empties (shared/protocol.ts). */
  idleNotifications: boolean;
}

export function readClientFlags(params: InitializeParams, platform: Pick<ServerPlatform, 'uriToPath' | 'installedDocsBase'>): ClientFlags {
  const c: ClientCapabilities = params.capabilities ?? {};
  const folders: string[] = [];
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  for (const uri of uris) {
    const path = platform.uriToPath(uri);
    if (path) folders.push(path);
  }
  if (!folders.length && params.rootPath) folders.push(params.rootPath);
  const options = params.initializationOptions as InitializationOptions | undefined;
  const docsUrl = options?.docsUrl;
  const configured = typeof docsUrl === 'string' ? parseDocsUrl(docsUrl) : null;
  return {
    pullDiagnostics: !!c.textDocument?.diagnostic,
    diagnosticRefresh: !!c.workspace?.diagnostics?.refreshSupport,
    configuration: !!c.workspace?.configuration,
    watchedFilesDynamic: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    configurationDynamic: !!c.workspace?.didChangeConfiguration?.dynamicRegistration,
    folders,
    documentChanges: !!c.workspace?.workspaceEdit?.documentChanges,
    trusted: options?.workspaceTrusted !== false,
    docsBase: configured ?? platform.installedDocsBase(),
    ...(docsUrl !== undefined && configured === null ? { rejectedDocsUrl: String(docsUrl) } : {}),
    idleNotifications: options?.idleNotifications === true,
  };
}

export function serverCapabilities(flags: ClientFlags): ServerCapabilities {
  const caps: ServerCapabilities = {
    textDocumentSync: {
      openClose: true,
      change: TextDocumentSyncKind.Incremental,
      save: { includeText: false },
    },
    // Editing features (server/src/features/).
    codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.prfaq'] },
    hoverProvider: true,
    documentSymbolProvider: { label: 'PR/FAQ' },
    foldingRangeProvider: true,
    completionProvider: { triggerCharacters: ['#', ':', ' '] },
    codeLensProvider: { resolveProvider: false },
  };
  if (flags.pullDiagnostics) {
    caps.diagnosticProvider = { identifier: 'prfaq', interFileDependencies: false, workspaceDiagnostics: false };
  }
  return caps;
}
