/**
 * Restricted Mode, in the real editor. Runs only in the harness's restricted
 * phase: code-server with workspace trust on and its start-up prompt off,
 * on a copy of test/e2e/workspace-untrusted, which VS Code therefore opens
 * untrusted. Its .prfaqrc.json turns weasel-word off, removes "users" from
 * the generic customer words (both would quiet the review, so they must not
 * apply) and adds "breezy" as a weasel word (stricter, so it applies).
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, findingAt, fixtureUri, open, rangeOf, revertAndCloseAll, theExtension, waitForDiagnostics, workbenchUi } from './helpers.js';

const FIXTURE = 'flawed.prfaq.md';
/** The message the server sends (server/src/projectConfig.ts, ProblemReporter.restricted). */
const MESSAGE_PREFIX = 'PR/FAQ Studio (Restricted Mode)';
const TRUST_TIMEOUT_MS = 30_000;

function waitForTrust(): Promise<void> {
  if (vscode.workspace.isTrusted) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${TRUST_TIMEOUT_MS / 1000}s waiting for onDidGrantWorkspaceTrust (isTrusted: ${vscode.workspace.isTrusted})`));
    }, TRUST_TIMEOUT_MS);
    const sub = vscode.workspace.onDidGrantWorkspaceTrust(() => {
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

describe('restricted mode (untrusted workspace)', () => {
  after(revertAndCloseAll);

  it('the workspace is untrusted, and PR/FAQ Studio activates and reviews in it', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the harness opened the fixture folder trusted: is workspace trust on (no --disable-workspace-trust)?');
    const ext = theExtension();
    const { document: doc } = await open(FIXTURE);
    await waitForDiagnostics(doc.uri, 'the first findings', (ds) => ds.length > 0);
    assert.equal(ext.isActive, true, 'PR/FAQ Studio is not active in Restricted Mode');
  });

  it('the project file cannot turn weasel-word off or remove a customer word, but its added word applies', async () => {
    const { document: doc } = await open(FIXTURE);
    const very = rangeOf(doc, 'very');
    const breezy = rangeOf(doc, 'breezy');
    const users = rangeOf(doc, 'users');
    await waitForDiagnostics(
      doc.uri,
      'weasel-word on "very" and "breezy" and vague-customer on "users", although .prfaqrc.json turns weasel-word off and removes "users"',
      (ds) => !!findingAt(ds, 'weasel-word', very) && !!findingAt(ds, 'weasel-word', breezy) && !!findingAt(ds, 'vague-customer', users),
    );
  });

  it('tells the writer in a notification what of .prfaqrc.json was not applied', async function () {
    const ui = workbenchUi();
    if (!ui) this.skip(); // no browser to read notifications from (npm run test:desktop)
    await vscode.commands.executeCommand('notifications.showList');
    try {
      const texts = JSON.parse(
        await ui({ action: 'texts', selector: '.notifications-center .notification-list-item-message', hasText: MESSAGE_PREFIX }),
      ) as string[];
      assert.equal(texts.length, 1, `expected one Restricted Mode notification, got ${texts.length}: ${JSON.stringify(texts)}`);
      const message = texts[0].replace(/\s+/g, ' ');
      const file = fixtureUri('.prfaqrc.json').fsPath;
      for (const part of [file, 'Not applied', 'weasel-word (off)', 'genericCustomers.remove (1 word)', 'Trust the workspace to apply them']) {
        assert.ok(message.includes(part), `the notification does not say ${JSON.stringify(part)}: ${message}`);
      }
      assert.ok(!message.includes('weaselWords'), `the added weasel word applies, so it is not listed as not applied: ${message}`);
      await ui({ action: 'screenshot', name: 'restricted-notification' });
    } finally {
      await vscode.commands.executeCommand('notifications.hideList');
    }
  });

  it('once the writer trusts the workspace (Workspace Trust editor, "Trust"), the whole file applies', async function () {
    const ui = workbenchUi();
    if (!ui) this.skip(); // nothing can click the button (npm run test:desktop)
    const { document: doc } = await open(FIXTURE);
    const users = rangeOf(doc, 'users');
    const granted = waitForTrust();
    // What the "Restricted Mode" status bar item and banner open.
    await vscode.commands.executeCommand('workbench.trust.manage');
    await ui({ action: 'click', selector: '.workspace-trust-editor .workspace-trust-buttons-row .monaco-button', hasText: 'Trust' });
    await granted;
    assert.equal(vscode.workspace.isTrusted, true);
    const rest = await waitForDiagnostics(
      doc.uri,
      'weasel-word findings and vague-customer on "users" to go once trusted (.prfaqrc.json turns weasel-word off and removes "users")',
      (ds) => !ds.some((d) => codeOf(d) === 'weasel-word') && !findingAt(ds, 'vague-customer', users),
    );
    assert.ok(rest.length > 0, 'trusting the workspace silenced every rule, not only those the project file turns off');
  });
});
