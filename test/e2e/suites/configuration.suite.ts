import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, findingAt, open, rangeOf, revertAndCloseAll, setSetting, waitForDiagnostics } from './helpers.js';

describe('configuration', () => {
  afterEach(() => setSetting('rules', undefined));
  after(revertAndCloseAll);

  it('prfaq.rules turns weasel-word off, and back on when the setting goes', async () => {
    const { document: doc } = await open('flawed.prfaq.md');
    const very = rangeOf(doc, 'very');
    await waitForDiagnostics(doc.uri, 'weasel-word on "very"', (ds) => !!findingAt(ds, 'weasel-word', very));

    await setSetting('rules', { 'weasel-word': 'off' });
    const rest = await waitForDiagnostics(doc.uri, 'weasel-word findings to go (prfaq.rules: weasel-word off)', (ds) => !ds.some((d) => codeOf(d) === 'weasel-word'));
    assert.ok(rest.length > 0, 'turning one rule off silenced every rule');

    await setSetting('rules', undefined);
    await waitForDiagnostics(doc.uri, 'weasel-word to come back once the setting is removed', (ds) => !!findingAt(ds, 'weasel-word', very));
  });

  it('prfaq.rules changes a rule\'s severity', async () => {
    const { document: doc } = await open('flawed.prfaq.md');
    const very = rangeOf(doc, 'very');
    await setSetting('rules', { 'weasel-word': 'error' });
    await waitForDiagnostics(doc.uri, 'weasel-word on "very" as an error (prfaq.rules: weasel-word error)', (ds) => findingAt(ds, 'weasel-word', very)?.severity === vscode.DiagnosticSeverity.Error);
  });
});
