/**
 * `textDocument/codeAction`: per finding, the rule's own fixes, "fix all
 * weasel words", disable for this line / file, open the rule's page; and
 * `source.fixAll.prfaq` with only the safe fixes (for codeActionsOnSave).
 *
 * Versioned, like vscode-eslint: fixes are computed against the server's
 * current text of the document, and only for findings that the current
 * review still reports at the same place; a diagnostic from an older version
 * (the text under it has changed) gets no fix. Every edit is a
 * `documentChanges` entry carrying the document version, so a client
 * refuses to apply it to text that has moved on since.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CONFIG } from '../../../engine/config/types.js';
import type { Diagnostic } from '../../../engine/diagnostic.js';
import { applyEdits, disableFileFix, disableLineFix, fixAll, fixesFor } from '../../../engine/fix/index.js';
import { LineIndex } from '../../../engine/model/lines.js';
import { ruleById } from '../../../engine/rules/registry.js';
import type { Fix, TextEdit } from '../../../engine/rules/types.js';
import { FIX_ALL_KIND, OPEN_RULE_DOCS_COMMAND, SELECT_RANGE_COMMAND } from '../../../shared/protocol.js';
import { isConfigUri } from '../configDiagnostics.js';
import type { Context } from '../context.js';
import { outcome } from '../diagnostics.js';

/** Does a requested kind (`only`) cover `kind`? ("source" covers "source.fixAll.prfaq".) */
function covers(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

function sameFinding(a: Pick<LspDiagnostic, 'code' | 'range' | 'message'>, b: Diagnostic): boolean {
  return (
    String(a.code) === b.code &&
    a.message === b.message &&
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character
  );
}

export function versionedEdit(ctx: Context, doc: TextDocument, edits: readonly TextEdit[]): WorkspaceEdit {
  const lsp = edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
  if (ctx.flags.documentChanges) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: lsp }] };
  return { changes: { [doc.uri]: lsp } };
}

function toAction(ctx: Context, doc: TextDocument, fix: Fix, kind: string, diagnostics: LspDiagnostic[]): CodeAction {
  const action: CodeAction = { title: fix.title, kind, diagnostics };
  if (fix.isPreferred) action.isPreferred = true;
  if (fix.edits.length) action.edit = versionedEdit(ctx, doc, fix.edits);
  if (fix.select) {
    // Selection offsets are in the fixed text: map them through it.
    const after = new LineIndex(fix.edits.length ? applyEdits(doc.getText(), fix.edits) : doc.getText());
    const range = { start: after.positionAt(fix.select.start), end: after.positionAt(fix.select.end) };
    action.command = { title: fix.edits.length ? 'Select the placeholder' : fix.title, command: SELECT_RANGE_COMMAND, arguments: [doc.uri, range] };
  }
  return action;
}

export async function codeActions(ctx: Context, params: CodeActionParams): Promise<CodeAction[] | null> {
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc || isConfigUri(doc.uri)) return null;
  const version = doc.version;
  const o = await outcome(ctx, doc);
  // The text moved on while we reviewed: answer nothing rather than stale edits.
  if (!o.model || ctx.documents.get(doc.uri)?.version !== version || o.version !== version) return [];
  const model = o.model;
  const config = o.config ?? DEFAULT_CONFIG;
  const only = params.context.only;
  const actions: CodeAction[] = [];

  if (covers(only, FIX_ALL_KIND) && only?.length) {
    const all = fixAll(model, o.diagnostics, (fix) => !!fix.safe, config);
    if (all.edits.length) {
      actions.push({ title: `Fix all safe PR/FAQ problems (${all.applied})`, kind: FIX_ALL_KIND, edit: versionedEdit(ctx, doc, all.edits) });
    }
  }
  if (!covers(only, CodeActionKind.QuickFix)) return actions;

  const seen = new Set<string>();
  const push = (a: CodeAction) => {
    const key = `${a.title}|${JSON.stringify(a.edit ?? a.command ?? '')}`;
    if (seen.has(key)) return;
    seen.add(key);
    actions.push(a);
  };
  const lines = new LineIndex(model.text);
  /** Rules whose "fix all in this document" action is already offered. */
  const allOffered = new Set<string>();
  for (const d of params.context.diagnostics) {
    if (d.source !== 'prfaq') continue;
    // Only findings the current text still has: anything else is stale.
    const current = o.diagnostics.find((x) => sameFinding(d, x));
    if (!current) continue;
    const rule = current.code;
    for (const fix of fixesFor(model, current, config, lines)) push(toAction(ctx, doc, fix, CodeActionKind.QuickFix, [d]));
    const registered = ruleById(rule);
    if (registered?.fixAllTitle && !allOffered.has(rule)) {
      allOffered.add(rule);
      const same = o.diagnostics.filter((x) => x.code === rule);
      const all = fixAll(model, same, () => true, config);
      if (same.length > 1 && all.edits.length) {
        push({ title: `${registered.fixAllTitle} (${all.applied})`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: versionedEdit(ctx, doc, all.edits) });
      }
    }
    // A finding of a registered rule can be silenced; unknown-rule (about a comment itself) cannot.
    if (registered) {
      const start = lines.offsetAt(current.range.start);
      push(toAction(ctx, doc, disableLineFix(model, rule, start), CodeActionKind.QuickFix, [d]));
      push(toAction(ctx, doc, disableFileFix(model, rule), CodeActionKind.QuickFix, [d]));
    }
    push({ title: `Open documentation for ${rule}`, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: `Open documentation for ${rule}`, command: OPEN_RULE_DOCS_COMMAND, arguments: [current.codeDescription.href] } });
  }
  return actions;
}
