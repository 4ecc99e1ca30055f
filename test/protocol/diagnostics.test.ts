/**
 * Findings through the language server, as pull (VS Code) and push (other
 * editors) clients see them. Only `weasel-word` findings are asserted, so
 * other rules' tuning cannot break these tests.
 */
import assert from 'node:assert/strict';
import { review } from '../../engine/review.js';
import { DOC_URL, only, tempDir, TestClient, textAt } from './harness.js';

const DOC = '---\nkind: prfaq\n---\n# Hello\n\nIt is very fast and seamless.\n';

describe('protocol: diagnostics', function () {
  const tmp = tempDir();
  after(() => tmp.remove());

  describe('pull client (declares textDocument.diagnostic)', () => {
    let client: TestClient;
    before(async () => (client = await TestClient.start({ pull: true })));
    after(() => client.stop());

    it('answers textDocument/diagnostic with the exact diagnostics', async () => {
      const uri = tmp.uri('pull.prfaq.md');
      await client.open(uri, DOC);
      const items = only('weasel-word', await client.pullItems(uri));
      const messages = review(DOC, { path: 'pull.prfaq.md', only: ['weasel-word'] }).diagnostics.map((d) => d.message);
      assert.deepEqual(items, [
        {
          range: { start: { line: 5, character: 6 }, end: { line: 5, character: 10 } },
          severity: 2,
          code: 'weasel-word',
          codeDescription: { href: `${DOC_URL}weasel-word.md` },
          source: 'prfaq',
          message: messages[0],
          data: { word: 'very', fix: 'delete' },
        },
        {
          range: { start: { line: 5, character: 20 }, end: { line: 5, character: 28 } },
          severity: 2,
          code: 'weasel-word',
          codeDescription: { href: `${DOC_URL}weasel-word.md` },
          source: 'prfaq',
          message: messages[1],
          data: { word: 'seamless', fix: 'evidence' },
        },
      ]);
      assert.ok(messages[0].length > 0);
    });

    it('reports "unchanged" when asked again with the previous result id', async () => {
      const uri = tmp.uri('again.prfaq.md');
      await client.open(uri, DOC);
      const first = await client.pull(uri);
      assert.equal(first.kind, 'full');
      const again = await client.request<{ kind: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
      assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });
    });

    it('does not call a reopened document "unchanged" because its version starts at 1 again', async () => {
      // A client may keep result ids across close and open; the file may have changed on disk in between.
      const uri = tmp.uri('reopened.prfaq.md');
      await client.open(uri, DOC);
      const first = await client.pull(uri);
      await client.close(uri);
      const changed = DOC.replace('very fast and seamless', 'fast');
      await client.open(uri, changed);
      const again = await client.request<{ kind: string; items?: Array<{ code: string }> }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
      assert.equal(again.kind, 'full');
      assert.deepEqual(only('weasel-word', (again.items ?? []) as never), []);
    });

    it('answers for the latest version after edits', async () => {
      const uri = tmp.uri('edit.prfaq.md');
      await client.open(uri, DOC);
      await client.change(uri, 2, [{ range: { start: { line: 5, character: 6 }, end: { line: 5, character: 11 } }, text: '' }]);
      const items = only('weasel-word', await client.pullItems(uri));
      assert.deepEqual(items.map((d) => d.data), [{ word: 'seamless', fix: 'evidence' }]);
      assert.deepEqual(items[0].range, { start: { line: 5, character: 15 }, end: { line: 5, character: 23 } });
    });

    it('answers "unchanged" after an edit that moves no finding, and every finding after one that does', async () => {
      const uri = tmp.uri('typing.prfaq.md');
      await client.open(uri, DOC);
      const first = await client.pull(uri);
      assert.equal(first.kind, 'full');
      const ask = (previousResultId: string | undefined) =>
        client.request<{ kind: string; resultId?: string; items?: Array<{ code: string; range: unknown }> }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId });

      // A space typed at the end of the line, after both findings: the client's findings still stand.
      await client.change(uri, 2, [{ range: { start: { line: 5, character: 29 }, end: { line: 5, character: 29 } }, text: ' ' }]);
      assert.deepEqual(await ask(first.resultId), { kind: 'unchanged', resultId: first.resultId });

      // A word typed before them moves both.
      await client.change(uri, 3, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: 'Now ' }]);
      const moved = await ask(first.resultId);
      assert.equal(moved.kind, 'full');
      assert.notEqual(moved.resultId, first.resultId);
      assert.deepEqual(only('weasel-word', (moved.items ?? []) as never).map((d: { range: unknown }) => d.range), [
        { start: { line: 5, character: 10 }, end: { line: 5, character: 14 } },
        { start: { line: 5, character: 24 }, end: { line: 5, character: 32 } },
      ]);

      // A client that lost its result id gets everything again.
      await client.change(uri, 4, [{ range: { start: { line: 5, character: 33 }, end: { line: 5, character: 33 } }, text: ' ' }]);
      assert.equal((await ask(undefined)).kind, 'full');
    });

    it('publishes nothing itself', () => {
      assert.equal(client.diagnostics.seen.length, 0);
    });
  });

  describe('push client (no diagnostic capability)', () => {
    let client: TestClient;
    before(async () => (client = await TestClient.start()));
    after(() => client.stop());

    it('publishes after didOpen and again after an incremental didChange', async () => {
      const uri = tmp.uri('push.prfaq.md');
      await client.open(uri, DOC);
      const first = await client.published(uri, (p) => p.version === 1);
      assert.deepEqual(only('weasel-word', first.diagnostics).map((d) => textAt(DOC, d.range)), ['very', 'seamless']);

      // Replace "very fast" by "fast" with a ranged change.
      await client.change(uri, 2, [{ range: { start: { line: 5, character: 6 }, end: { line: 5, character: 11 } }, text: '' }]);
      const second = await client.published(uri, (p) => p.version === 2);
      const text2 = DOC.replace('very ', '');
      assert.deepEqual(only('weasel-word', second.diagnostics).map((d) => [d.range, textAt(text2, d.range)]), [
        [{ start: { line: 5, character: 15 }, end: { line: 5, character: 23 } }, 'seamless'],
      ]);
    });

    it('publishes only for the latest of two quick changes', async () => {
      const uri = tmp.uri('quick.prfaq.md');
      await client.open(uri, DOC);
      await client.published(uri, (p) => p.version === 1);
      const from = client.diagnostics.seen.length;
      // Two edits back to back: "very" → "really", then "seamless" → "smooth".
      await client.change(uri, 2, [{ range: { start: { line: 5, character: 6 }, end: { line: 5, character: 10 } }, text: 'quite' }]);
      await client.change(uri, 3, [{ range: { start: { line: 5, character: 21 }, end: { line: 5, character: 29 } }, text: 'smooth' }]);
      const last = await client.published(uri, (p) => p.version === 3, undefined, from);
      const text3 = '---\nkind: prfaq\n---\n# Hello\n\nIt is quite fast and smooth.\n';
      assert.deepEqual(only('weasel-word', last.diagnostics).map((d) => textAt(text3, d.range)), ['quite']);
      const after = client.diagnostics.seen.slice(from).filter((p) => p.uri === uri);
      assert.deepEqual(after.map((p) => p.version), [3], 'no findings were published for version 2');
    });

    it('clears the findings when the document closes', async () => {
      const uri = tmp.uri('closing.prfaq.md');
      await client.open(uri, DOC);
      await client.published(uri, (p) => p.version === 1);
      const from = client.diagnostics.seen.length;
      await client.close(uri);
      const cleared = await client.published(uri, () => true, undefined, from);
      assert.deepEqual(cleared.diagnostics, []);
    });

    it('honours disable comments', async () => {
      const uri = tmp.uri('silenced.prfaq.md');
      const text = '# Hello\n\n<!-- prfaq-disable-next-line weasel-word -->\nIt is very fast.\n\nIt is seamless.\n';
      await client.open(uri, text);
      const p = await client.published(uri, (x) => x.version === 1);
      assert.deepEqual(only('weasel-word', p.diagnostics).map((d) => [d.range.start.line, textAt(text, d.range)]), [[5, 'seamless']]);
    });

    it('keeps a README quiet', async () => {
      const uri = tmp.uri('README.md');
      const text = '# my-tool\n\nA very small library that is seamless to install.\n\n## FAQ\n\n### Does it work on Windows?\n\nYes.\n\n```sh\nnpm install my-tool\n```\n';
      await client.open(uri, text);
      const p = await client.published(uri, (x) => x.version === 1);
      assert.deepEqual(p.diagnostics, []);
    });

    it('gives exact UTF-16 ranges in a CRLF document with a BOM and emoji', async () => {
      const uri = tmp.uri('emoji.prfaq.md');
      const text = '\uFEFF# 🚀 Launch\r\n\r\nIt is 😀 very fast, 👍🏽 and seamless.\r\n';
      await client.open(uri, text);
      const p = await client.published(uri, (x) => x.version === 1);
      const found = only('weasel-word', p.diagnostics);
      assert.deepEqual(
        found.map((d) => d.range),
        [
          { start: { line: 2, character: 9 }, end: { line: 2, character: 13 } },
          { start: { line: 2, character: 29 }, end: { line: 2, character: 37 } },
        ],
      );
      assert.deepEqual(found.map((d) => textAt(text, d.range)), ['very', 'seamless']);
    });
  });
});
