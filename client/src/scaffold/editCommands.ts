/**
 * Commands that edit the active PR/FAQ or narrative in place, planned from
 * the server's model of the document (engine/genre/plan.ts):
 * "Add External/Internal FAQ Question" and "Insert Missing Sections". Each
 * is one edit, so one undo removes it.
 */
import * as vscode from 'vscode';
import { outlineFrom, planMissingSections, planQuestion, type Outline } from '../../../engine/genre/plan';
import type { ActiveModel } from '../model/activeModel';

async function activeOutline(active: ActiveModel): Promise<{ editor: vscode.TextEditor; outline: Outline } | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Open a PR/FAQ or a narrative (a Markdown file) first.');
    return undefined;
  }
  const doc = editor.document;
  const model = await active.modelOf(doc);
  if (!model || model.version !== doc.version) {
    void vscode.window.showWarningMessage('PR/FAQ Studio could not read this document\'s structure yet. Is the language server running? Try again in a moment.');
    return undefined;
  }
  const outline = outlineFrom(model, doc.getText(), (p) => doc.offsetAt(new vscode.Position(p.line, p.character)));
  if (!outline) {
    void vscode.window.showInformationMessage(
      `This file is not reviewed as a PR/FAQ or a narrative (${model.kindReason}). Name it *.prfaq.md or *.narrative.md, or add "kind: prfaq" front matter.`,
    );
    return undefined;
  }
  return { editor, outline };
}

export function addQuestion(active: ActiveModel, faq: 'external-faq' | 'internal-faq') {
  return async (): Promise<boolean> => {
    const found = await activeOutline(active);
    if (!found) return false;
    const { editor, outline } = found;
    const plan = planQuestion(outline, faq);
    const at = editor.document.positionAt(plan.offset);
    const ok = await editor.insertSnippet(new vscode.SnippetString(plan.snippet), at, { undoStopBefore: true, undoStopAfter: true });
    if (ok) editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return ok;
  };
}

export function insertMissingSections(active: ActiveModel) {
  /** Resolves with the number of places text was inserted. */
  return async (): Promise<number> => {
    const found = await activeOutline(active);
    if (!found) return 0;
    const { editor, outline } = found;
    const plan = planMissingSections(outline);
    if (!plan.length) {
      void vscode.window.setStatusBarMessage('PR/FAQ Studio: nothing is missing', 3000);
      return 0;
    }
    const doc = editor.document;
    const ok = await editor.edit((b) => {
      for (const p of plan) b.insert(doc.positionAt(p.offset), p.text);
    });
    if (!ok) {
      void vscode.window.showWarningMessage('The document changed while the sections were being inserted. Run the command again.');
      return 0;
    }
    // Show the first inserted section.
    const first = doc.positionAt(plan[0].offset + (plan[0].text.length - plan[0].text.trimStart().length));
    editor.selection = new vscode.Selection(first, first);
    editor.revealRange(new vscode.Range(first, first), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    void vscode.window.setStatusBarMessage(`PR/FAQ Studio: inserted ${plan.length === 1 ? 'the missing section' : 'the missing sections'}`, 3000);
    return plan.length;
  };
}
