/**
 * The press-release preview: one webview panel at a time, beside the
 * editor, showing the active Markdown document as the server's renderer
 * draws it (prfaq/renderPreview). It redraws as the writer types (after a
 * pause), follows the editor's scroll, switches with the active Markdown
 * editor, and comes back after a reload through its serializer.
 *
 * Security: the panel's page (shell.ts) allows only media/ as a local
 * resource root, only our script by nonce, nothing from the network; the
 * document's HTML arrives sanitised by the server and goes in as inert DOM.
 */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { RenderPreviewRequest, SETTINGS_SECTION, type RenderPreviewResult } from '../../../shared/protocol';
import { previewShell } from './shell';

export const PREVIEW_VIEW_TYPE = 'prfaq.preview';

interface PanelState {
  uri?: string;
  line?: number;
}

/** Messages from preview.js. */
type FromWebview = { command: 'ready' } | { command: 'revealLine'; line: number };

export class PreviewManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private ready = false;
  private timer: NodeJS.Timeout | undefined;
  private ticket = 0;
  private retries = 0;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: () => LanguageClient | undefined,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.isCurrent(e.document.uri) && e.contentChanges.length) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && editor.document.languageId === 'markdown' && !this.isCurrent(editor.document.uri)) this.show(editor.document.uri, true);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (this.isCurrent(e.textEditor.document.uri) && e.visibleRanges.length) this.post({ command: 'scrollToLine', line: e.visibleRanges[0].start.line });
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SETTINGS_SECTION)) this.schedule();
      }),
    );
  }

  /** The document the preview shows (export uses it when the preview has focus). */
  get document(): vscode.Uri | undefined {
    return this.panel ? this.uri : undefined;
  }

  /** Opens (or reveals) the one preview panel beside the editor, for `uri`. */
  open(uri: vscode.Uri): void {
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
      this.show(uri, !this.isCurrent(uri));
      return;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Press-Release Preview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.options());
    this.attach(panel, uri);
  }

  /** The serializer's half: VS Code hands back a panel after a reload. */
  async restore(panel: vscode.WebviewPanel, state: PanelState | undefined): Promise<void> {
    if (this.panel) {
      // Only one preview: a second restored panel is not needed.
      panel.dispose();
      return;
    }
    let uri: vscode.Uri | undefined;
    try {
      uri = state?.uri ? vscode.Uri.parse(state.uri, true) : undefined;
    } catch {
      uri = undefined;
    }
    uri ??= vscode.window.activeTextEditor?.document.languageId === 'markdown' ? vscode.window.activeTextEditor.document.uri : undefined;
    panel.webview.options = this.options();
    this.attach(panel, uri);
    if (uri) {
      // The server reviews only open documents: open it (without showing it).
      await vscode.workspace.openTextDocument(uri).then(
        () => this.schedule(0),
        () => this.post({ command: 'message', text: `${uri!.fsPath || uri!.toString()} can no longer be opened.` }),
      );
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }

  private options(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      // Our own script only (media/preview.js, by nonce); the document's text never becomes script.
      enableScripts: true,
      enableForms: false,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
      retainContextWhenHidden: false,
    };
  }

  private attach(panel: vscode.WebviewPanel, uri: vscode.Uri | undefined): void {
    this.panel = panel;
    this.uri = uri;
    this.ready = false;
    const media = (name: string) => panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', name)).toString();
    // A fresh nonce every time the page loads.
    panel.webview.html = previewShell({ cspSource: panel.webview.cspSource, styleUri: media('preview.css'), scriptUri: media('preview.js') });
    this.setTitle();
    panel.webview.onDidReceiveMessage((m: FromWebview) => this.received(m));
    panel.onDidChangeViewState((e) => {
      // A hidden panel loses its page (no retainContextWhenHidden); it asks again with "ready".
      if (!e.webviewPanel.visible) this.ready = false;
    });
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.uri = undefined;
      if (this.timer) clearTimeout(this.timer);
    });
  }

  private received(m: FromWebview): void {
    if (!m || typeof m !== 'object') return;
    if (m.command === 'ready') {
      this.ready = true;
      this.schedule(0);
    } else if (m.command === 'revealLine' && typeof m.line === 'number' && this.uri) {
      const line = Math.max(0, Math.floor(m.line));
      const position = new vscode.Position(line, 0);
      void vscode.window.showTextDocument(this.uri, { viewColumn: this.editorColumn(), selection: new vscode.Range(position, position), preserveFocus: false });
    }
  }

  private editorColumn(): vscode.ViewColumn | undefined {
    const visible = vscode.window.visibleTextEditors.find((e) => this.isCurrent(e.document.uri));
    return visible?.viewColumn ?? vscode.ViewColumn.One;
  }

  private show(uri: vscode.Uri, reset: boolean): void {
    this.uri = uri;
    this.setTitle();
    this.schedule(0, reset);
  }

  private setTitle(): void {
    if (!this.panel) return;
    const name = this.uri ? this.uri.path.split('/').pop() || 'Untitled' : 'no document';
    this.panel.title = `Preview: ${name}`;
  }

  private isCurrent(uri: vscode.Uri): boolean {
    return !!this.uri && this.uri.toString() === uri.toString();
  }

  private post(message: Record<string, unknown>): void {
    if (this.panel && this.ready) void this.panel.webview.postMessage(message);
  }

  private pendingReset = false;

  /** Redraws after the writer's pause (prfaq.debounceMs), or at once. */
  private schedule(delay?: number, reset = false): void {
    if (!this.panel) return;
    this.pendingReset ||= reset;
    const wait = delay ?? vscode.workspace.getConfiguration(SETTINGS_SECTION, this.uri).get<number>('debounceMs', 250);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), Math.max(0, Math.min(wait, 10_000)));
  }

  private async render(): Promise<void> {
    this.timer = undefined;
    const uri = this.uri;
    if (!this.panel || !this.ready) return;
    if (!uri) return this.post({ command: 'message', text: 'Open a Markdown file to preview its press release.' });
    const c = this.client();
    if (!c || c.state !== State.Running) {
      this.post({ command: 'message', text: 'Waiting for the PR/FAQ language server…' });
      return this.retry();
    }
    const mine = ++this.ticket;
    let result: RenderPreviewResult | null;
    try {
      result = await c.sendRequest(RenderPreviewRequest.type, { textDocument: { uri: uri.toString() } });
    } catch (e) {
      if (mine === this.ticket) this.post({ command: 'message', text: `The preview could not be drawn: ${(e as Error).message}` });
      return;
    }
    if (mine !== this.ticket || !this.isCurrent(uri)) return;
    if (!result) return this.retry(); // the server has not opened the document yet
    this.retries = 0;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const reset = this.pendingReset;
    this.pendingReset = false;
    this.post({ command: 'update', uri: uri.toString(), html: result.html, message: result.message, kind: result.kind, reset });
    // Typing went on while we drew: draw again.
    if (doc && doc.version > result.version) this.schedule();
  }

  private retry(): void {
    if (this.retries++ < 40) this.schedule(250);
  }
}
