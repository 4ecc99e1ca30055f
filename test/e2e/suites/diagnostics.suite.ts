import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, summarize as list, findingAt, open, rangeOf, revertAndCloseAll, SOURCE, waitForDiagnostics } from './helpers.js';

describe('diagnostics', () => {
  after(revertAndCloseAll);

  it('reports "very" as weasel-word on its exact range, with source prfaq', async () => {
    const { document: doc } = await open('flawed.prfaq.md');
    const very = rangeOf(doc, 'very');
    const diags = await waitForDiagnostics(doc.uri, 'weasel-word on "very"', (ds) => !!findingAt(ds, 'weasel-word', very));
    const d = findingAt(diags, 'weasel-word', very)!;
    assert.equal(d.source, SOURCE);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning, 'weasel-word defaults to a warning');
    assert.match(d.message, /"very"/);
    for (const x of diags) assert.ok(codeOf(x) !== '', `a finding without a rule id: ${list([x], doc)}`);
  });

  it("honours the workspace's .prfaqrc.json (\"breezy\" added as a weasel word)", async () => {
    const { document: doc } = await open('flawed.prfaq.md');
    const word = rangeOf(doc, 'breezy');
    await waitForDiagnostics(doc.uri, 'weasel-word on "breezy" (from .prfaqrc.json)', (ds) => !!findingAt(ds, 'weasel-word', word));
  });
});
