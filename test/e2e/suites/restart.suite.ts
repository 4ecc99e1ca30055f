import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { edit, findingAt, open, rangeOf, revertAndCloseAll, serverPids, someFindings, waitForDiagnostics } from './helpers.js';

/** The one running server, waiting for the client to have started it. */
async function theServer(): Promise<number> {
  const { document: doc } = await open('flawed.prfaq.md');
  await waitForDiagnostics(doc.uri, 'findings from a running server', someFindings);
  const pids = serverPids();
  assert.equal(pids.length, 1, `expected one language server child of the extension host (pid ${process.pid}), found: ${pids.join(', ') || 'none'}`);
  return pids[0];
}

describe('language server restarts', () => {
  afterEach(revertAndCloseAll);

  it('comes back after the server process is killed', async () => {
    const old = await theServer();
    process.kill(old, 'SIGKILL');
    // A document opened after the crash is only reviewed by a new server.
    const { document: doc } = await open('after-crash.prfaq.md');
    const very = rangeOf(doc, 'very');
    await waitForDiagnostics(doc.uri, 'findings from the restarted server', (ds) => !!findingAt(ds, 'weasel-word', very), 45_000);
    const now = serverPids();
    assert.ok(now.length === 1 && now[0] !== old, `expected one new server process, found: ${now.join(', ') || 'none'} (killed ${old})`);
  });

  it('the prfaq.restartServer command replaces the server, and the new one reviews edits', async () => {
    const old = await theServer();
    await vscode.commands.executeCommand('prfaq.restartServer');
    const now = serverPids();
    assert.ok(now.length === 1 && now[0] !== old, `expected one new server process, found: ${now.join(', ') || 'none'} (old ${old})`);
    const editor = vscode.window.activeTextEditor!;
    const doc = editor.document;
    await edit(doc, (e) => e.insert(doc.uri, rangeOf(doc, 'by hand').end, ', a seamless chore'));
    const seamless = rangeOf(doc, 'seamless');
    await waitForDiagnostics(doc.uri, 'a finding on "seamless" typed after the restart', (ds) => !!findingAt(ds, 'weasel-word', seamless));
  });
});
