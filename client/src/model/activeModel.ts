/**
 * The server's model of the active Markdown document (`prfaq/documentModel`),
 * kept current as the writer types and switches editors. The structure view,
 * the status bar and the `prfaq.documentKind` context key all read it: one
 * request, one source of truth.
 */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { DocumentModelRequest, PlanEditRequest, type DocumentModelResult, type PlanEditResult, type PlannedEdit } from '../../../shared/protocol';

/** Context key: `prfaq` or `narrative` while such a document is active; unset otherwise. */
export const KIND_CONTEXT_KEY = 'prfaq.documentKind';
const DEBOUNCE_MS = 250;

export interface ActiveState {
  document: vscode.TextDocument | undefined;
  model: DocumentModelResult | null;
}

export class ActiveModel implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ActiveState>();
  readonly onDidChange = this.emitter.event;
  private state: ActiveState = { document: undefined, model: null };
  private timer: NodeJS.Timeout | undefined;
  private ticket = 0;
  private kindKey: string | undefined = 'unset';
  private readonly subs: vscode.Disposable[];

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.subs = [
      this.emitter,
      vscode.window.onDidChangeActiveTextEditor(() => this.soon(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document && e.contentChanges.length) this.soon(DEBOUNCE_MS);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('prfaq')) this.soon(DEBOUNCE_MS);
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.soon(DEBOUNCE_MS);
      }),
    ];
    this.soon(0);
  }

  get current(): ActiveState {
    return this.state;
  }

  /** Called when the language client starts, stops or restarts. */
  clientChanged(): void {
    this.soon(0);
  }

  refresh(): void {
    this.soon(0);
  }

  /**
   * The model of `document` as it is now (its current version), or null when
   * the server cannot say (not running, not open, not a reviewed kind).
   */
  modelOf(document: vscode.TextDocument): Promise<DocumentModelResult | null> {
    return this.askCurrent(document, (c, uri) => c.sendRequest(DocumentModelRequest.type, { textDocument: { uri } }));
  }

  /** The server's plan for a structural edit of `document` as it is now (engine/genre/plan.ts), or null. */
  planEdit(document: vscode.TextDocument, edit: PlannedEdit): Promise<PlanEditResult | null> {
    return this.askCurrent(document, (c, uri) => c.sendRequest(PlanEditRequest.type, { textDocument: { uri }, edit }));
  }

  /** Asks the server about `document`; an answer for an older version than the editor's is asked again. */
  private async askCurrent<T extends { version: number }>(document: vscode.TextDocument, ask: (c: LanguageClient, uri: string) => Promise<T | null>): Promise<T | null> {
    const c = this.client();
    if (!c || c.state !== State.Running) return null;
    for (let attempt = 0; attempt < 5; attempt++) {
      const answer = await ask(c, c.code2ProtocolConverter.asUri(document.uri));
      if (!answer || answer.version >= document.version) return answer;
      // The server has not seen the latest edit yet: ask again shortly.
      await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
    }
    return null;
  }

  private soon(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), ms);
  }

  private async update(): Promise<void> {
    const mine = ++this.ticket;
    const document = vscode.window.activeTextEditor?.document;
    let model: DocumentModelResult | null = null;
    if (document && document.languageId === 'markdown') {
      try {
        model = await this.modelOf(document);
      } catch {
        model = null;
      }
    }
    if (mine !== this.ticket) return;
    this.state = { document, model };
    const kind = model?.kind ?? undefined;
    if (kind !== this.kindKey) {
      this.kindKey = kind;
      void vscode.commands.executeCommand('setContext', KIND_CONTEXT_KEY, kind);
    }
    this.emitter.fire(this.state);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subs) s.dispose();
  }
}
