import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { findingAt, edit, open, prfaqDiagnostics, rangeOf, revertAndCloseAll, waitForDiagnostics } from './helpers.js';

describe('editing', () => {
  after(revertAndCloseAll);

  it('updates findings as the document changes, and after a revert', async () => {
    const { document: doc } = await open('flawed.prfaq.md');
    const very = rangeOf(doc, 'very');
    await waitForDiagnostics(doc.uri, 'weasel-word on "very"', (ds) => !!findingAt(ds, 'weasel-word', very));

    // A new weasel word gets a finding on its own range.
    const anchor = rangeOf(doc, 'by hand').end;
    await edit(doc, (e) => e.insert(doc.uri, anchor, ', a seamless chore'));
    const seamless = rangeOf(doc, 'seamless');
    await waitForDiagnostics(doc.uri, 'weasel-word on the inserted "seamless"', (ds) => !!findingAt(ds, 'weasel-word', seamless));

    // Deleting "very " removes its finding and moves the others with the text.
    await edit(doc, (e) => e.delete(doc.uri, rangeOf(doc, 'very ')));
    const moved = rangeOf(doc, 'seamless');
    await waitForDiagnostics(
      doc.uri,
      'the "very" finding to go after deleting it',
      (ds) => !ds.some((d) => doc.getText(d.range) === 'very') && !!findingAt(ds, 'weasel-word', moved),
    );

    await vscode.commands.executeCommand('workbench.action.files.revert');
    const back = rangeOf(doc, 'very');
    await waitForDiagnostics(
      doc.uri,
      'the original findings after a revert',
      (ds) => !!findingAt(ds, 'weasel-word', back) && !ds.some((d) => doc.getText(d.range) === 'seamless'),
    );
  });

  it('keeps the findings on screen while the writer types, and replaces them once typing pauses', async () => {
    const { document: doc } = await open('flawed.prfaq.md');
    const very = rangeOf(doc, 'very');
    const before = await waitForDiagnostics(doc.uri, 'weasel-word on "very"', (ds) => !!findingAt(ds, 'weasel-word', very));
    const seen: number[] = [];
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === doc.uri.toString())) seen.push(prfaqDiagnostics(doc.uri).length);
    });
    try {
      // Keystrokes closer together than the server's pause (250 ms): each cancels the pull the last one started.
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      for (let i = 0; i < 12; i++) {
        await edit(doc, (e) => e.insert(doc.uri, end.translate(0, i), 'x'));
        await new Promise((r) => setTimeout(r, 100));
      }
      const typed = doc.getText().slice(-12);
      assert.equal(typed, 'x'.repeat(12));
      // The review of the final text: a placeholder-free line of x's adds no finding, so the count comes back.
      await waitForDiagnostics(doc.uri, 'the review after typing paused', (ds) => ds.length === before.length && seen.length > 0);
    } finally {
      sub.dispose();
    }
    assert.ok(!seen.includes(0), `the findings disappeared while typing; counts seen: ${JSON.stringify(seen)}`);
  });
});
