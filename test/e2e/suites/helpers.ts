/**
 * Helpers for the extension-host suites: open fixture documents, wait for
 * diagnostics on events (never on sleeps), edit and revert, find the
 * language-server process. Each wait has a timeout whose message names what
 * it waited for and what it saw last.
 */
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { UI_BRIDGE, type UiBridge, type UiRequest } from '../runner-extension/src/protocol.js';

export const EXTENSION_ID = 'prfaq-studio.prfaq-studio';
export const SOURCE = 'prfaq';
/** Generous: the first review of a session includes the server's start-up. */
export const DIAGNOSTICS_TIMEOUT_MS = 30_000;

export function fixtureUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the suites expect a copy of test/e2e/workspace');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function open(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relative));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function prfaqDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c ?? '');
}

/** "weasel-word 6:21-6:25" lines, for failure messages. */
export function summarize(diags: readonly vscode.Diagnostic[], doc?: vscode.TextDocument): string {
  if (!diags.length) return '(none)';
  const pos = (p: vscode.Position) => `${p.line + 1}:${p.character + 1}`;
  return diags
    .map((d) => `${codeOf(d)} ${pos(d.range.start)}-${pos(d.range.end)}${doc ? ` ${JSON.stringify(doc.getText(d.range))}` : ''}`)
    .join('; ');
}

/**
 * Resolves with the prfaq diagnostics of `uri` as soon as `accept` holds for
 * them — now, or after an onDidChangeDiagnostics event for that URI.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  accept: (diags: vscode.Diagnostic[]) => boolean,
  timeoutMs = DIAGNOSTICS_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    let sub: vscode.Disposable | undefined;
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      sub?.dispose();
      if (timer) clearTimeout(timer);
    };
    const check = () => {
      const diags = prfaqDiagnostics(uri);
      if (!accept(diags)) return false;
      finish();
      resolve(diags);
      return true;
    };
    sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) check();
    });
    timer = setTimeout(() => {
      finish();
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      reject(new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what} in ${vscode.workspace.asRelativePath(uri)}; its prfaq diagnostics: ${summarize(prfaqDiagnostics(uri), doc)}`));
    }, timeoutMs);
    check();
  });
}

/** Any prfaq findings at all. */
export const someFindings = (diags: vscode.Diagnostic[]) => diags.length > 0;

/** The range of the `occurrence`-th (0-based) `needle` in the document. */
export function rangeOf(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture ${vscode.workspace.asRelativePath(doc.uri)} has no occurrence #${occurrence + 1} of ${JSON.stringify(needle)}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

/** A finding of `rule` exactly on `range`. */
export function findingAt(diags: readonly vscode.Diagnostic[], rule: string, range: vscode.Range): vscode.Diagnostic | undefined {
  return diags.find((d) => codeOf(d) === rule && d.range.isEqual(range));
}

export async function edit(doc: vscode.TextDocument, apply: (e: vscode.WorkspaceEdit) => void): Promise<void> {
  const e = new vscode.WorkspaceEdit();
  apply(e);
  if (!(await vscode.workspace.applyEdit(e))) throw new Error(`the edit to ${vscode.workspace.asRelativePath(doc.uri)} was refused`);
}

/** Reverts unsaved changes (fixtures are never saved) and closes every editor. */
export async function revertAndCloseAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    // Only the fixture workspace's files: settings.json is VS Code's own, and
    // it may be opened by a settings update while we clean up.
    if (!doc.isDirty || doc.uri.scheme !== 'file' || !vscode.workspace.getWorkspaceFolder(doc.uri)) continue;
    for (let attempt = 0; ; attempt++) {
      try {
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('workbench.action.files.revert');
        break;
      } catch (e) {
        // "another editor opened in the meantime": the workbench was busy; try again once.
        if (attempt >= 1) throw e;
      }
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Sets a `prfaq.*` user setting (undefined removes it). User scope: the fixture folder stays untouched. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('prfaq').update(key, value, vscode.ConfigurationTarget.Global);
}

/**
 * PIDs of language-server processes started by this extension host (the
 * client forks dist/server.js over IPC, so they are its children).
 */
export function serverPids(): number[] {
  const out = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' });
  const pids: number[] = [];
  for (const line of out.split('\n')) {
    const m = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (m && Number(m[2]) === process.pid && /[\\/]dist[\\/]server\.js\b/.test(m[3])) pids.push(Number(m[1]));
  }
  return pids;
}

export function theExtension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) {
    const ids = vscode.extensions.all.filter((e) => !e.id.startsWith('vscode.')).map((e) => e.id);
    throw new Error(`extension ${EXTENSION_ID} is not installed; installed: ${ids.join(', ') || '(none)'}`);
  }
  return ext;
}

/**
 * The code-server harness's hands on the workbench (Chromium): what the
 * `vscode` API cannot do, such as reading a notification or clicking a
 * button in the Workspace Trust editor. Undefined where no harness drives a
 * browser (`npm run test:desktop`): skip the test there.
 */
export function workbenchUi(): ((request: WithoutTimeout<UiRequest> & { timeoutMs?: number }) => Promise<string>) | undefined {
  const bridge = (globalThis as Record<string, unknown>)[UI_BRIDGE] as UiBridge | undefined;
  return bridge && ((request) => bridge({ timeoutMs: 30_000, ...request } as UiRequest));
}
type WithoutTimeout<T> = T extends unknown ? Omit<T, 'timeoutMs'> : never;
