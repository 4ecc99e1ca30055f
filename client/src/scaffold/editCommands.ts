/**
 * Commands that edit the active PR/FAQ or narrative in place: "Add
 * External/Internal FAQ Question" and "Insert Missing Sections". Where the
 * text goes and what it says is planned by the server (`prfaq/planEdit`,
 * the engine's one planner, which the quick fixes use too); the client only
 * applies it, as one edit, so one undo removes it.
 */
import * as vscode from 'vscode';
import type { PlanEditResult, PlannedEdit } from '../../../shared/protocol';
import type { ActiveModel } from '../model/activeModel';

async function plan(active: ActiveModel, edit: PlannedEdit): Promise<{ editor: vscode.TextEditor; plan: PlanEditResult } | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Open a PR/FAQ or a narrative (a Markdown file) first.');
    return undefined;
  }
  const doc = editor.document;
  const planned = await active.planEdit(doc, edit);
  if (!planned || planned.version !== doc.version) {
    void vscode.window.showWarningMessage('PR/FAQ Studio could not read this document\'s structure yet. Is the language server running? Try again in a moment.');
    return undefined;
  }
  if (!planned.kind) {
    void vscode.window.showInformationMessage(
      `This file is not reviewed as a PR/FAQ or a narrative (${planned.kindReason}). Name it *.prfaq.md or *.narrative.md, or add "kind: prfaq" front matter.`,
    );
    return undefined;
  }
  return { editor, plan: planned };
}

const position = (p: { line: number; character: number }) => new vscode.Position(p.line, p.character);

export function addQuestion(active: ActiveModel, faq: 'external-faq' | 'internal-faq') {
  return async (): Promise<boolean> => {
    const found = await plan(active, { kind: 'question', faq });
    if (!found?.plan.snippet) return false;
    const { editor } = found;
    const { snippet } = found.plan;
    const ok = await editor.insertSnippet(new vscode.SnippetString(snippet.text), position(snippet.position), { undoStopBefore: true, undoStopAfter: true });
    if (ok) editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return ok;
  };
}

export function insertMissingSections(active: ActiveModel) {
  /** Resolves with the number of places text was inserted. */
  return async (): Promise<number> => {
    const found = await plan(active, { kind: 'missing-sections' });
    if (!found) return 0;
    const { editor } = found;
    const inserts = found.plan.inserts;
    if (!inserts.length) {
      void vscode.window.setStatusBarMessage('PR/FAQ Studio: nothing is missing', 3000);
      return 0;
    }
    const doc = editor.document;
    const ok = await editor.edit((b) => {
      for (const p of inserts) b.insert(position(p.position), p.text);
    });
    if (!ok) {
      void vscode.window.showWarningMessage('The document changed while the sections were being inserted. Run the command again.');
      return 0;
    }
    // Show the first inserted section: nothing was inserted before it, so its
    // offset still holds; its text starts after the blank lines that separate it.
    const first = inserts[0];
    const at = doc.positionAt(doc.offsetAt(position(first.position)) + first.text.length - first.text.trimStart().length);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    void vscode.window.setStatusBarMessage(`PR/FAQ Studio: inserted ${inserts.length === 1 ? 'the missing section' : 'the missing sections'}`, 3000);
    return inserts.length;
  };
}
