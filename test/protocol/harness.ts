/**
 * A tiny LSP client for protocol tests: starts the built server
 * (`node dist/server.js --stdio`) as a child process and speaks LSP over its
 * stdio. No editor, no sleeps: tests wait for notifications and responses
 * with timeouts.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';

import { IdleNotification } from '../../shared/protocol.js';

export const ROOT = resolve(__dirname, '../..');
export const SERVER = join(ROOT, 'dist/server.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

let built = false;
/** Rebuild dist/ when a server, shared or engine source is newer than the bundle. */
export function ensureBuilt(): void {
  if (built) return;
  let bundled = 0;
  try {
    bundled = statSync(SERVER).mtimeMs;
  } catch {
    // not built yet
  }
  const sources = Math.max(...['server', 'shared', 'engine'].map((d) => newestSource(join(ROOT, d))));
  if (sources > bundled) execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'pipe' });
  built = true;
}

export const WAIT_MS = 10_000;

export interface StartOptions {
  /** Declare `textDocument.diagnostic` (VS Code-like pull client). */
  pull?: boolean;
  /** Answer `workspace/configuration` with these `prfaq` settings (by scope URI). */
  settings?: (scopeUri: string | undefined) => unknown;
  /** The workspace folder. */
  root?: string;
  /** Declare `workspace.workspaceEdit.documentChanges` (versioned edits, as VS Code does). */
  documentChanges?: boolean;
  /** Sent as `initializationOptions` (the VS Code client sends `{ workspaceTrusted }`). */
  initializationOptions?: unknown;
}

type Waiter<T> = { pred: (v: T) => boolean; resolve: (v: T) => void };

/** Collects values and lets tests wait for one matching a predicate. */
class Stream<T> {
  readonly seen: T[] = [];
  private waiters: Array<Waiter<T>> = [];

  push(v: T): void {
    this.seen.push(v);
    this.waiters = this.waiters.filter((w) => {
      if (!w.pred(v)) return true;
      w.resolve(v);
      return false;
    });
  }

  wait(pred: (v: T) => boolean, what: string, timeoutMs = WAIT_MS, fromIndex = 0): Promise<T> {
    const hit = this.seen.slice(fromIndex).find(pred);
    if (hit !== undefined) return Promise.resolve(hit);
    return new Promise<T>((res, rej) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        rej(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const waiter: Waiter<T> = {
        pred,
        resolve: (v) => {
          clearTimeout(timer);
          res(v);
        },
      };
      this.waiters.push(waiter);
    });
  }
}

export class TestClient {
  readonly diagnostics = new Stream<PublishDiagnosticsParams>();
  readonly messages = new Stream<ShowMessageParams>();
  readonly logs: string[] = [];
  readonly configurationRequests: unknown[] = [];
  readonly registrations = new Stream<{ method: string; registerOptions?: unknown }>();
  readonly refreshes = new Stream<number>();
  /**
   * Each `prfaq/idle` (the server's review queue is empty), as how many
   * diagnostics publications had arrived before it: an idle with
   * `published > i` came after publication `i`, and nothing is published
   * after it until the client sends something new.
   */
  readonly idle = new Stream<{ published: number }>();
  stderr = '';
  initializeResult!: InitializeResult;
  private exited = false;

  private constructor(
    readonly child: ChildProcess,
    readonly conn: ProtocolConnection,
    private readonly options: StartOptions,
  ) {}

  static async start(options: StartOptions = {}): Promise<TestClient> {
    ensureBuilt();
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, conn, options);
    child.stderr!.on('data', (d) => (client.stderr += d));
    child.on('exit', () => (client.exited = true));
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => client.diagnostics.push(p));
    conn.onNotification('window/showMessage', (p: ShowMessageParams) => client.messages.push(p));
    conn.onNotification('window/logMessage', (p: { message: string }) => client.logs.push(p.message));
    conn.onNotification(IdleNotification.type, () => client.idle.push({ published: client.diagnostics.seen.length }));
    conn.onRequest('workspace/configuration', (p: { items: Array<{ scopeUri?: string; section?: string }> }) => {
      client.configurationRequests.push(p);
      return p.items.map((i) => (options.settings ? options.settings(i.scopeUri) : null));
    });
    conn.onRequest('client/registerCapability', (p: { registrations: Array<{ method: string; registerOptions?: unknown }> }) => {
      for (const r of p.registrations) client.registrations.push(r);
      return null;
    });
    conn.onRequest('workspace/diagnostic/refresh', () => {
      client.refreshes.push(client.refreshes.seen.length + 1);
      return null;
    });
    conn.listen();

    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: !!options.settings,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        diagnostics: options.pull ? { refreshSupport: true } : undefined,
        ...(options.documentChanges ? { workspaceEdit: { documentChanges: true } } : {}),
      },
      textDocument: {
        synchronization: { didSave: true, dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true, relatedInformation: true },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
      window: { showMessage: {} },
    };
    const root = options.root ? pathToFileURL(options.root).href : null;
    client.initializeResult = await withTimeout(
      conn.sendRequest('initialize', {
        processId: process.pid,
        rootUri: root,
        workspaceFolders: root ? [{ uri: root, name: 'test' }] : null,
        capabilities,
        // Every test client asks for prfaq/idle; a test's own options come on top.
        initializationOptions: { idleNotifications: true, ...(options.initializationOptions as object | undefined) },
      }),
      'initialize',
    );
    await conn.sendNotification('initialized', {});
    return client;
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    return this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  save(uri: string): Promise<void> {
    return this.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  configurationChanged(settings: unknown = null): Promise<void> {
    return this.conn.sendNotification('workspace/didChangeConfiguration', { settings });
  }

  watchedFilesChanged(changes: Array<{ uri: string; type: 1 | 2 | 3 }>): Promise<void> {
    return this.conn.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  request<R>(method: string, params: unknown, timeoutMs = WAIT_MS): Promise<R> {
    return withTimeout(this.conn.sendRequest<R>(method, params), method, timeoutMs);
  }

  pull(uri: string, timeoutMs = WAIT_MS): Promise<DocumentDiagnosticReport> {
    return this.request('textDocument/diagnostic', { textDocument: { uri } }, timeoutMs);
  }

  async pullItems(uri: string, timeoutMs = WAIT_MS): Promise<Diagnostic[]> {
    const r = await this.pull(uri, timeoutMs);
    if (r.kind !== 'full') throw new Error(`expected a full report, got ${JSON.stringify(r)}`);
    return r.items;
  }

  /**
   * Resolves at the first `prfaq/idle` after publication `index` of
   * `diagnostics.seen` (or after everything so far, with no index): from
   * then on the server publishes nothing until it is sent something new.
   */
  settled(index = this.diagnostics.seen.length - 1, timeoutMs = WAIT_MS): Promise<{ published: number }> {
    return this.idle.wait((i) => i.published > index, `prfaq/idle after publication ${index}`, timeoutMs);
  }

  /** The first publishDiagnostics for `uri` matching `pred`. */
  published(uri: string, pred: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = WAIT_MS, fromIndex = 0) {
    return this.diagnostics.wait((p) => p.uri === uri && pred(p), `publishDiagnostics for ${uri}`, timeoutMs, fromIndex);
  }

  /** Whether the server process is still running. */
  get alive(): boolean {
    return !this.exited && this.child.exitCode === null;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((res) => this.child.once('exit', () => res()));
    try {
      await withTimeout(this.conn.sendRequest('shutdown'), 'shutdown', 5000);
      await this.conn.sendNotification('exit');
      await withTimeout(exited, 'server exit', 5000);
    } catch {
      this.child.kill();
    } finally {
      this.conn.dispose();
    }
  }
}

export function withTimeout<T>(p: Promise<T> | Thenable<T>, what: string, timeoutMs = WAIT_MS): Promise<T> {
  return new Promise<T>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    Promise.resolve(p).then(
      (v) => {
        clearTimeout(timer);
        res(v);
      },
      (e) => {
        clearTimeout(timer);
        rej(e);
      },
    );
  });
}

/** A fresh temporary folder (real path, so URIs match what the server sees). */
export function tempDir(prefix = 'prfaq-lsp-'): { dir: string; uri: (name: string) => string; write: (name: string, text: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    uri: (name) => pathToFileURL(join(dir, name)).href,
    write: (name, text) => {
      const p = join(dir, name);
      writeFileSync(p, text);
      return p;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Where the built server's rule links point: the rule pages beside dist/, as a `file:` URI. */
export const DOC_URL = pathToFileURL(join(ROOT, 'docs', 'rules') + sep).href;

/** Only the findings of one rule, so tests do not depend on other rules' tuning. */
export function only(code: string, items: Diagnostic[]): Diagnostic[] {
  return items.filter((d) => d.code === code);
}

/** The text a range covers (UTF-16 offsets). */
export function textAt(text: string, range: Diagnostic['range']): string {
  const lines: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') lines.push(i + 1);
  }
  return text.slice(lines[range.start.line] + range.start.character, lines[range.end.line] + range.end.character);
}
