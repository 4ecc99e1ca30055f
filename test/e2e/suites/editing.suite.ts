import * as vscode from 'vscode';
import { findingAt, edit, open, rangeOf, revertAndCloseAll, waitForDiagnostics } from './helpers.js';

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
});
