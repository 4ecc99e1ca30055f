/**
 * The writer's cockpit against the real `vscode` API: the scaffolding
 * commands end to end, the review summary, the structure view's model and
 * the status bar item.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, fixtureUri, open, revertAndCloseAll, someFindings, summarize, theExtension, waitForDiagnostics, workbenchUi } from './helpers.js';

interface Api {
  structure(): Array<{ label: string; description?: string; state: string; children: Array<{ label: string; state: string; description?: string }> }>;
  statusText(): string | undefined;
}

const api = () => theExtension().exports as Api;

/** Resolves once `check` holds (polled on the events that change it), or fails naming what it saw. */
function eventually<T>(what: string, check: () => T | undefined, events: Array<vscode.Event<unknown>>, timeoutMs = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    const done = () => {
      subs.forEach((s) => s.dispose());
      clearTimeout(timer);
      clearInterval(poll);
    };
    const test = () => {
      const v = check();
      if (v === undefined) return;
      done();
      resolve(v);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    // The tree and the status bar fire no public events: poll them too.
    const poll = setInterval(test, 100);
    for (const e of events) subs.push(e(test));
    test();
  });
}

const anyChange = [vscode.languages.onDidChangeDiagnostics, vscode.window.onDidChangeActiveTextEditor, vscode.workspace.onDidChangeTextDocument] as Array<vscode.Event<unknown>>;

describe('cockpit', function () {
  this.timeout(60_000);
  afterEach(revertAndCloseAll);

  it('registers every cockpit command', async () => {
    await open('flawed.prfaq.md');
    await theExtension().activate();
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['prfaq.newPrfaq', 'prfaq.newNarrative', 'prfaq.addExternalFaqQuestion', 'prfaq.addInternalFaqQuestion', 'prfaq.insertMissingSections', 'prfaq.showReviewSummary', 'prfaq.reviewDocument']) {
      assert.ok(commands.includes(id), `${id} is registered`);
    }
  });

  describe('New PR/FAQ', () => {
    const created = () => fixtureUri('lantern-bookings.prfaq.md');
    after(async () => {
      await vscode.workspace.fs.delete(created()).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(fixtureUri('lantern-bookings-2.prfaq.md')).then(undefined, () => undefined);
    });

    it('creates <name>.prfaq.md in the folder, opens it, and it has every part', async () => {
      const folder = vscode.workspace.workspaceFolders![0].uri;
      const uri = await vscode.commands.executeCommand<vscode.Uri>('prfaq.newPrfaq', {
        answers: { product: 'Lantern Bookings', customer: 'independent bike shop owners in Oregon', problem: 'lose repair bookings when the phone rings', city: 'Portland, OR', date: 'April 6, 2027' },
        target: { folder: folder.toString() },
      });
      assert.equal(uri?.toString(), created().toString());
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), created().toString(), 'the new file is the active editor');
      const text = vscode.window.activeTextEditor!.document.getText();
      assert.match(text, /^# Lantern Bookings/);
      assert.match(text, /^PORTLAND, OR — April 6, 2027 — /m);
      const diags = await waitForDiagnostics(created(), 'the first review of the new PR/FAQ', someFindings);
      assert.ok(!diags.some((d) => ['missing-section', 'missing-faq'].includes(codeOf(d))), summarize(diags));
    });

    it('never replaces an existing file without asking; "keep both" picks a new name', async () => {
      const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(created()));
      const folder = vscode.workspace.workspaceFolders![0].uri;
      const cancelled = await vscode.commands.executeCommand('prfaq.newPrfaq', { answers: { product: 'Lantern Bookings' }, target: { folder: folder.toString() }, ifExists: 'cancel' });
      assert.equal(cancelled, undefined);
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(created())), before, 'the existing file is untouched');
      const both = await vscode.commands.executeCommand<vscode.Uri>('prfaq.newPrfaq', { answers: { product: 'Lantern Bookings' }, target: { folder: folder.toString() }, ifExists: 'keepBoth' });
      assert.equal(both?.path.split('/').pop(), 'lantern-bookings-2.prfaq.md');
    });

    it('creates an untitled PR/FAQ that is reviewed from its content', async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('prfaq.newPrfaq', { answers: { product: 'Kiln' }, target: 'untitled' });
      assert.equal(uri?.scheme, 'untitled');
      const diags = await waitForDiagnostics(uri!, 'findings on the untitled PR/FAQ', someFindings);
      assert.ok(!diags.some((d) => codeOf(d) === 'missing-section'), summarize(diags));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('Esc at the first question cancels with nothing created', async function () {
      const ui = workbenchUi();
      if (!ui) this.skip(); // nothing can see the input box or press Esc in it (npm run test:desktop)
      const before = (await vscode.workspace.fs.readDirectory(vscode.workspace.workspaceFolders![0].uri)).map(([n]) => n).sort();
      const running = vscode.commands.executeCommand('prfaq.newPrfaq');
      // The writer sees the first question, then presses Esc in its input box.
      const shown = await ui({ action: 'text', selector: '.quick-input-widget', hasText: 'The product\'s name' });
      assert.match(shown, /New PR\/FAQ \(1\/6\)/, `the first of six steps: ${shown}`);
      await ui({ action: 'press', selector: '.quick-input-widget .quick-input-box input', key: 'Escape' });
      assert.equal(await running, undefined);
      const after = (await vscode.workspace.fs.readDirectory(vscode.workspace.workspaceFolders![0].uri)).map(([n]) => n).sort();
      assert.deepEqual(after, before);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.isUntitled && d.getText().includes('[TK:')), 'no untitled draft either');
    });
  });

  it('Add External FAQ Question inserts a pair at the end of that FAQ, cursor in the question, one undo', async () => {
    const editor = await open('flawed.prfaq.md');
    await waitForDiagnostics(editor.document.uri, 'the first review', someFindings);
    const original = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand('prfaq.addExternalFaqQuestion'), true);
    const text = editor.document.getText();
    const at = text.indexOf('What would a reader ask?');
    assert.ok(at > text.indexOf('$40 per bookkeeper') && at < text.indexOf('## Internal FAQ'), 'between the last external answer and the internal FAQ');
    assert.equal(editor.document.getText(editor.selection), 'What would a reader ask?', 'the question is selected for typing over');
    assert.match(text, /### What would a reader ask\?\n\n\[TK: the answer\]/, 'in the FAQ\'s own heading style');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original, 'one undo removes it');
  });

  it('Add Internal FAQ Question goes to the internal FAQ', async () => {
    const editor = await open('flawed.prfaq.md');
    await waitForDiagnostics(editor.document.uri, 'the first review', someFindings);
    await vscode.commands.executeCommand('prfaq.addInternalFaqQuestion');
    const text = editor.document.getText();
    assert.ok(text.indexOf('What would a reader ask?') > text.indexOf('310 that joined the beta'));
  });

  it('Insert Missing Sections puts each missing part in its place, and the findings go', async () => {
    const editor = await open('flawed.prfaq.md');
    const doc = editor.document;
    const before = await waitForDiagnostics(doc.uri, 'missing-section findings', (ds) => ds.some((d) => codeOf(d) === 'missing-section'));
    const missing = before.filter((d) => codeOf(d) === 'missing-section').length;
    const inserted = await vscode.commands.executeCommand<number>('prfaq.insertMissingSections');
    assert.ok(inserted && inserted > 0);
    const text = doc.getText();
    assert.ok(text.indexOf('## Subheading') < text.indexOf('## Summary'), 'the subheading goes above the summary, not at the end');
    assert.ok(text.indexOf('## Call to action') < text.indexOf('## External FAQ'), 'the press release closes before the FAQ');
    const after = await waitForDiagnostics(doc.uri, `no missing-section (there were ${missing})`, (ds) => ds.length > 0 && !ds.some((d) => codeOf(d) === 'missing-section'));
    assert.ok(after.length > 0);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText().includes('## Subheading'), false, 'one undo removes every inserted section');
  });

  it('Show Review Summary opens a summary grouped by principle, with a link to each finding', async () => {
    const editor = await open('flawed.prfaq.md');
    const diags = await waitForDiagnostics(editor.document.uri, 'the first review', someFindings);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('prfaq.showReviewSummary');
    assert.ok(uri);
    const summary = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri!.toString());
    assert.ok(summary, 'the summary document is open');
    const text = summary!.getText();
    for (const title of ['Customer first', 'Named customer', 'Data, not adjectives', 'Input metrics', 'Structure']) assert.match(text, new RegExp(`^## ${title} — `, 'm'));
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', summary!.uri);
    const toDraft = links.filter((l) => l.target?.path === editor.document.uri.path && /^L\d+,\d+$/.test(l.target.fragment));
    assert.equal(toDraft.length, diags.length, 'one link per finding');
  });

  it('the structure view lists the parts, present or missing, and the FAQ questions', async () => {
    const editor = await open('flawed.prfaq.md');
    await waitForDiagnostics(editor.document.uri, 'the first review', someFindings);
    const nodes = await eventually('the structure of flawed.prfaq.md', () => {
      const n = api().structure();
      return n.length && n[0].children.length === 9 ? n : undefined;
    }, anyChange);
    assert.deepEqual(nodes.map((n) => n.label), ['Press release', 'External FAQ', 'Internal FAQ']);
    const parts = nodes[0].children.map((c) => `${c.label}:${c.state}`);
    assert.ok(parts.includes('Problem:present') && parts.includes('Customer quote:missing'), parts.join(', '));
    assert.deepEqual(nodes[1].children.map((c) => c.label), ['How much does Ledger cost?']);

    // It follows typing: a new question shows up.
    await vscode.commands.executeCommand('prfaq.addExternalFaqQuestion');
    await eventually('the new question in the structure', () => (api().structure()[1]?.children.length === 2 ? true : undefined), anyChange);
  });

  it('the status bar shows the kind, the finding counts and the words against the budget', async () => {
    const editor = await open('flawed.prfaq.md');
    const diags = await waitForDiagnostics(editor.document.uri, 'the first review', someFindings);
    const warnings = diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    const text = await eventually('the status text', () => {
      const t = api().statusText();
      return t && t.includes(`$(warning) ${warnings}`) ? t : undefined;
    }, anyChange);
    assert.match(text, /^\$\(checklist\) PR\/FAQ /);
    assert.match(text, /\d+\/600 words$/);
  });
});
