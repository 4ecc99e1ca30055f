import assert from 'node:assert/strict';
import { summarize as list, edit, open, prfaqDiagnostics, revertAndCloseAll, someFindings, waitForDiagnostics } from './helpers.js';

describe('other Markdown stays quiet', () => {
  after(revertAndCloseAll);

  it('a README full of weasel words gets no findings, even after an edit', async () => {
    const { document: readme } = await open('README.md');
    await edit(readme, (e) => e.insert(readme.uri, readme.positionAt(readme.getText().length), '\nIt is very, very seamless.\n'));
    // The server handles documents in order: once a PR/FAQ opened after the
    // README has findings, the README's open and edit have been handled too.
    const { document: prfaq } = await open('after-crash.prfaq.md');
    await waitForDiagnostics(prfaq.uri, 'findings in a PR/FAQ opened after the README', someFindings);
    assert.deepEqual(prfaqDiagnostics(readme.uri), [], `README.md got findings: ${list(prfaqDiagnostics(readme.uri), readme)}`);
  });
});
