import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, findingAt, open, rangeOf, revertAndCloseAll, waitForDiagnostics } from './helpers.js';

/** Quick fixes from the language server, applied as VS Code applies them, and undone with one undo. */
describe('quick fixes', () => {
  after(revertAndCloseAll);

  async function actionsAt(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
    return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range)) ?? [];
  }

  it('deletes "very" and one undo brings it back', async () => {
    const editor = await open('flawed.prfaq.md');
    const doc = editor.document;
    const very = rangeOf(doc, 'very');
    await waitForDiagnostics(doc.uri, 'weasel-word on "very"', (ds) => !!findingAt(ds, 'weasel-word', very));
    const original = doc.getText();
    const del = (await actionsAt(doc, very)).find((a) => a.title === 'Delete "very"');
    assert.ok(del?.edit, 'a "Delete "very"" quick fix with an edit');
    assert.equal(del.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(del.edit));
    assert.match(doc.getText(), /makes month-end close fast for users\./);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original);
  });

  it('every quick fix with an edit applies and undoes cleanly', async () => {
    const editor = await open('flawed.prfaq.md');
    const doc = editor.document;
    const diags = await waitForDiagnostics(doc.uri, 'the findings of flawed.prfaq.md', (ds) => ds.some((d) => codeOf(d) === 'vague-customer'));
    const original = doc.getText();
    let applied = 0;
    const settled = () => waitForDiagnostics(doc.uri, 'the findings of the original text again', (ds) => ds.length === diags.length && ds.every((x, i) => x.range.isEqual(diags[i].range)));
    for (const d of diags) {
      await settled();
      for (const action of await actionsAt(doc, d.range)) {
        if (!action.edit || action.kind?.value !== 'quickfix') continue;
        assert.ok(await vscode.workspace.applyEdit(action.edit), `${action.title} applies`);
        assert.notEqual(doc.getText(), original, `${action.title} changes the text`);
        await vscode.commands.executeCommand('undo');
        assert.equal(doc.getText(), original, `one undo reverts ${action.title}`);
        applied++;
        await settled();
      }
    }
    assert.ok(applied >= 6, `only ${applied} fixes applied`);
  });

  it('refuses a fix for a finding whose text has changed (stale version)', async () => {
    const editor = await open('flawed.prfaq.md');
    const doc = editor.document;
    const very = rangeOf(doc, 'very');
    await waitForDiagnostics(doc.uri, 'weasel-word on "very"', (ds) => !!findingAt(ds, 'weasel-word', very));
    // Type over the word; ask before the server has reviewed the new text.
    const we = new vscode.WorkspaceEdit();
    we.replace(doc.uri, very, 'quite');
    assert.ok(await vscode.workspace.applyEdit(we));
    const titles = (await actionsAt(doc, very)).map((a) => a.title);
    assert.ok(!titles.includes('Delete "very"'), `a fix for text that is gone: ${titles.join(' | ')}`);
    await vscode.commands.executeCommand('undo');
  });
});
