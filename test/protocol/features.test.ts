/**
 * Editing features over the protocol: code actions (versioned, stale ones
 * refused, fix-all on save), hover, document symbols, folding ranges,
 * completion and code lens.
 */
import assert from 'node:assert/strict';
import type { CodeAction, CodeLens, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { DOC_URL, only, tempDir, TestClient, textAt } from './harness.js';

const DOC = [
  '# Ledger Closes the Books for Bakeries',
  '',
  'PORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger for bakery owners in Oregon.',
  '',
  'Today, bakery owners spend an hour each night matching card totals, and it is very tedious.',
  '',
  'Ledger now matches each deposit to the day\'s sales automatically.',
  '',
  '## External FAQ',
  '',
  '### Does Ledger file my taxes?',
  '',
  'No. It exports a summary for your accountant.',
  '',
  '## Internal FAQ',
  '',
  '### What will it cost us to run?',
  '',
  'TBD',
  '',
].join('\n');

/** Apply a WorkspaceEdit's text edits to `text` (as a client would). */
function apply(text: string, edit: CodeAction['edit']): string {
  const changes = (edit!.documentChanges as TextDocumentEdit[])[0].edits;
  const lines = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lines.push(i + 1);
  const off = (p: { line: number; character: number }) => lines[p.line] + p.character;
  const sorted = [...changes].sort((a, b) => off(b.range.start) - off(a.range.start));
  let out = text;
  for (const c of sorted) out = out.slice(0, off(c.range.start)) + c.newText + out.slice(off(c.range.end));
  return out;
}

describe('protocol: editing features', () => {
  const tmp = tempDir();
  let client: TestClient;
  before(async () => (client = await TestClient.start({ pull: true, documentChanges: true })));
  after(async () => {
    await client.stop();
    tmp.remove();
  });

  async function opened(name: string, text: string): Promise<{ uri: string; items: Diagnostic[] }> {
    const uri = tmp.uri(name);
    await client.open(uri, text);
    return { uri, items: await client.pullItems(uri) };
  }

  describe('code actions', () => {
    it('offers the rule fix, fix all, disable line/file and the rule page, versioned', async () => {
      const { uri, items } = await opened('actions.prfaq.md', DOC);
      const very = only('weasel-word', items).find((d) => textAt(DOC, d.range) === 'very')!;
      assert.ok(very, 'weasel-word on "very"');
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: very.range, context: { diagnostics: [very] } });
      const titles = actions.map((a) => a.title);
      assert.ok(titles.includes('Delete "very"'), titles.join(' | '));
      assert.ok(titles.includes('Disable weasel-word for this line'));
      assert.ok(titles.includes('Disable weasel-word for this file'));
      assert.ok(titles.includes('Open documentation for weasel-word'));
      const del = actions.find((a) => a.title === 'Delete "very"')!;
      assert.equal(del.kind, 'quickfix');
      assert.equal(del.isPreferred, true);
      const change = (del.edit!.documentChanges as TextDocumentEdit[])[0];
      assert.deepEqual(change.textDocument, { uri, version: 1 });
      assert.match(apply(DOC, del.edit), /and it is tedious\./);
      const line = actions.find((a) => a.title === 'Disable weasel-word for this line')!;
      assert.match(apply(DOC, line.edit), /\n<!-- prfaq-disable-next-line weasel-word -->\nToday, bakery owners/);
      const docs = actions.find((a) => a.title === 'Open documentation for weasel-word')!;
      assert.deepEqual(docs.command, { title: 'Open documentation for weasel-word', command: 'prfaq.openRuleDocs', arguments: [`${DOC_URL}weasel-word.md`] });
    });

    it('fixes with a placeholder select it afterwards; placeholder answers take the writer there', async () => {
      const { uri, items } = await opened('answers.prfaq.md', DOC);
      const q = only('unanswered-question', items)[0];
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: q.range, context: { diagnostics: [q] } });
      const go = actions.find((a) => a.title.startsWith('Go to the answer'))!;
      assert.equal(go.edit, undefined);
      assert.equal(go.command!.command, 'prfaq.selectRange');
      assert.equal(textAt(DOC, (go.command!.arguments as [string, Diagnostic['range']])[1]), 'TBD');
    });

    it('refuses a fix for a finding whose text has changed since (stale version)', async () => {
      const { uri, items } = await opened('stale.prfaq.md', DOC);
      const very = only('weasel-word', items).find((d) => textAt(DOC, d.range) === 'very')!;
      // The writer types over "very" before the light bulb asks.
      const at = very.range.start;
      await client.change(uri, 2, [{ range: very.range, text: 'quite' }]);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: very.range, context: { diagnostics: [very] } });
      assert.deepEqual(actions, [], `stale diagnostic at ${at.line}:${at.character} must get no fix`);
      // The current finding ("quite") gets fixes for version 2.
      const now = only('weasel-word', await client.pullItems(uri)).find((d) => d.range.start.line === at.line && d.range.start.character === at.character)!;
      const fresh = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: now.range, context: { diagnostics: [now] } });
      const del = fresh.find((a) => a.title === 'Delete "quite"')!;
      assert.equal((del.edit!.documentChanges as TextDocumentEdit[])[0].textDocument.version, 2);
    });

    it('answers source.fixAll.prfaq with only the safe fixes, and nothing else', async () => {
      const text = DOC.replace('matching card totals', 'matching card totals for many owners').replace('very tedious', 'really very tedious');
      const { uri } = await opened('fixall.prfaq.md', text);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      assert.equal(actions.length, 1);
      assert.equal(actions[0].kind, 'source.fixAll.prfaq');
      const out = apply(text, actions[0].edit);
      assert.match(out, /matching card totals for many owners, and it is tedious\./, 'intensifiers deleted, "many" (needs a number) left alone');
    });

    it('offers "fix all weasel words" when there are several', async () => {
      const text = DOC.replace('matching card totals', 'matching card totals for many owners');
      const { uri, items } = await opened('weasels.prfaq.md', text);
      const d = only('weasel-word', items)[0];
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const all = actions.find((a) => a.title.startsWith('Fix all weasel words in this document'))!;
      assert.match(apply(text, all.edit), /matching card totals for \[Number\] owners, and it is tedious\./);
    });
  });

  it('hovers a finding with its principle, an example and the rule page; a heading with its purpose and budget', async () => {
    const { uri, items } = await opened('hover.prfaq.md', DOC);
    const very = only('weasel-word', items).find((d) => textAt(DOC, d.range) === 'very')!;
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: very.range.start });
    const md = (h.contents as { value: string }).value;
    assert.match(md, /\*\*weasel-word\*\*/);
    assert.match(md, /Reviewers trust numbers/);
    assert.match(md, /\*Before:\*/);
    assert.ok(md.includes(`${DOC_URL}weasel-word.md`));
    const faq = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 4 } });
    assert.match((faq.contents as { value: string }).value, /External FAQ\*\* · 1 question[\s\S]*price, availability/);
    const headline = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 4 } });
    assert.match((headline.contents as { value: string }).value, /Press release · Headline[\s\S]*Budget: about 15 words/);
  });

  it('lists the press-release parts, the FAQs and each question as symbols', async () => {
    const { uri } = await opened('symbols.prfaq.md', DOC);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const tree = symbols.map((s) => [s.name, (s.children ?? []).map((c) => c.name)]);
    assert.deepEqual(tree, [
      ['Press release', ['Headline', 'Summary', 'Problem', 'Solution']],
      ['External FAQ', ['Does Ledger file my taxes?']],
      ['Internal FAQ', ['What will it cost us to run?']],
    ]);
  });

  it('lists narrative sections as a heading tree', async () => {
    const text = '# Same-day repairs\n\n## Introduction\n\nWe propose stocking vans.\n\n## Current state\n\nTechnicians drive back.\n\n## Appendix\n\nData.\n';
    const { uri } = await opened('symbols.narrative.md', text);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => [s.name, (s.children ?? []).map((c) => c.name)]), [['Same-day repairs', ['Introduction', 'Current state', 'Appendix']]]);
  });

  it('folds each FAQ question with its answer', async () => {
    const { uri } = await opened('folding.prfaq.md', DOC);
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(ranges.map((r) => [r.startLine, r.endLine]), [[10, 12], [16, 18]]);
  });

  it('completes missing parts at a heading, unasked questions in an FAQ, kind values in front matter', async () => {
    const text = DOC.replace('## External FAQ', '## \n\n## External FAQ');
    const { uri } = await opened('completion.prfaq.md', text);
    const atHeading = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 8, character: 3 } });
    const labels = atHeading.sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => i.label);
    assert.deepEqual(labels, ['Subheading', 'Company quote', 'Getting started', 'Customer quote', 'Call to action']);

    const inFaq = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 21, character: 0 } });
    const questions = inFaq.map((i) => i.label);
    assert.ok(questions.includes('Why now?'), questions.join(' | '));
    assert.ok(questions.some((q) => /how many/.test(q)));
    const why = inFaq.find((i) => i.label === 'Why now?')!;
    assert.match((why.textEdit as { newText: string }).newText, /^### Why now\?\n\n\[TK: the answer\]$/);

    const fm = '---\nkind: \n---\n# Ledger\n';
    const { uri: fmUri } = await opened('front.md', fm);
    const kinds = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: fmUri }, position: { line: 1, character: 6 } });
    assert.deepEqual(kinds.map((i) => i.label), ['prfaq', 'narrative']);
  });

  it('shows word counts against their budgets as code lenses', async () => {
    const { uri } = await opened('lens.prfaq.md', DOC);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command!.title]),
      [
        [0, 'press release · 46 / 600 words'],
        [8, 'FAQ · 25 / 2,500 words'],
      ],
    );
  });
});
