/**
 * Faults a client (or a slow editor) can throw at the server: requests for
 * documents it never opened, positions outside the text, stale versions,
 * unknown methods, a flood of changes, cancellation, and a document closed
 * while its review runs. The server answers or errs per protocol and keeps
 * serving; nothing stale is left published. "Nothing more arrives" is
 * shown by waiting for `prfaq/idle` (the review queue is empty), never by
 * sleeping.
 */
import assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { DocumentModelRequest, type DocumentModelResult } from '../../shared/protocol.js';
import { TestClient, textAt, withTimeout } from './harness.js';

const DOC = '# Hello\n\nIt is very fast and seamless.\n';

async function stillServes(client: TestClient, uri: string) {
  assert.ok(client.alive, 'the server died');
  await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 7 } });
}

/** The result, or the protocol error code, of a request. */
async function outcome(p: Promise<unknown>): Promise<{ result?: unknown; code?: number }> {
  try {
    return { result: await p };
  } catch (e) {
    const code = (e as { code?: number }).code;
    assert.equal(typeof code, 'number', `not a protocol error: ${(e as Error).message}`);
    return { code };
  }
}

describe('protocol: faults', function () {
  this.timeout(60000);
  let client: TestClient;
  const uri = 'file:///faults/doc.prfaq.md';
  beforeEach(async () => {
    client = await TestClient.start();
    await client.open(uri, DOC);
    await client.published(uri);
  });
  afterEach(async () => client.stop());

  it('answers requests for unknown documents without dying', async () => {
    const other = 'file:///faults/never-opened.md';
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 0 } }],
      ['textDocument/codeAction', { textDocument: { uri: other }, range, context: { diagnostics: [] } }],
      ['textDocument/completion', { textDocument: { uri: other }, position: { line: 0, character: 0 } }],
      ['textDocument/documentSymbol', { textDocument: { uri: other } }],
      ['textDocument/foldingRange', { textDocument: { uri: other } }],
      ['textDocument/codeLens', { textDocument: { uri: other } }],
    ] as const) {
      const r = await outcome(client.request(method, params));
      if (r.code === undefined) assert.ok(r.result === null || (Array.isArray(r.result) && r.result.length === 0), `${method}: ${JSON.stringify(r.result)}`);
    }
    await stillServes(client, uri);
  });

  it('answers out-of-range positions without dying', async () => {
    const far = { line: 99999, character: 99999 };
    const neg = { line: -1, character: -5 };
    for (const position of [far, neg, { line: 0, character: 99999 }]) {
      await outcome(client.request('textDocument/hover', { textDocument: { uri }, position }));
      await outcome(client.request('textDocument/completion', { textDocument: { uri }, position }));
      await outcome(client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: far }, context: { diagnostics: [] } }));
    }
    await outcome(client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: far, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }));
    await stillServes(client, uri);
  });

  it('an unknown method is MethodNotFound, and the server keeps serving', async () => {
    const r = await outcome(client.request('prfaq/noSuchMethod', {}));
    assert.equal(r.code, -32601);
    await stillServes(client, uri);
  });

  it('survives stale versions and keeps the newest text', async () => {
    await client.change(uri, 5, [{ text: '# Hello\n\nIt is quite fast.\n' }]);
    // Older than 5, then 5 again: both stale, both dropped.
    await client.change(uri, 3, [{ text: '# Hello\n\nIt is very very fast.\n' }]);
    await client.change(uri, 5, [{ range: { start: { line: 50, character: 0 }, end: { line: 60, character: 3 } }, text: 'x' }]);
    const five = await client.published(uri, (p) => p.version === 5);
    await client.settled(client.diagnostics.seen.indexOf(five));
    const mine = client.diagnostics.seen.filter((p) => p.uri === uri);
    const last = mine[mine.length - 1];
    assert.equal(last.version, 5);
    const kept = '# Hello\n\nIt is quite fast.\n';
    assert.deepEqual(last.diagnostics.filter((d) => d.code === 'weasel-word').map((d) => textAt(kept, d.range)), ['quite']);
    // The requests read that text too: "It is quite fast." ends at 2:17 (the stale texts would run on to 2:21 or 3:1).
    const model = await client.request<DocumentModelResult>(DocumentModelRequest.method, { textDocument: { uri } });
    assert.deepEqual([model.version, model.pressRelease?.range.end, model.pressRelease?.words], [5, { line: 2, character: 17 }, 5]);
    assert.ok(client.logs.some((l) => l.includes('marked version 3')), 'the stale change was not logged');
    await stillServes(client, uri);
  });

  it('after a flood of 500 changes publishes findings for the last version only, and still answers', async () => {
    let text = DOC;
    for (let v = 2; v <= 501; v++) {
      text = v === 501 ? '# Hello\n\nIt is extremely fast.\n' : `# Hello\n\nIt is fast, version ${v}.\n`;
      void client.change(uri, v, [{ text }]);
    }
    const last = await client.published(uri, (p) => p.version === 501, 20000);
    assert.deepEqual(
      last.diagnostics.filter((d) => d.code === 'weasel-word').map((d) => d.range.start),
      [{ line: 2, character: 6 }],
    );
    const at = client.diagnostics.seen.indexOf(last);
    await client.settled(at, 20000);
    const after = client.diagnostics.seen.slice(at + 1).filter((p) => p.uri === uri);
    assert.deepEqual(after.map((p) => p.version), [], 'something was published after the last version');
    await stillServes(client, uri);
  });

  it('a cancelled request is answered or cancelled, and the server keeps serving', async () => {
    const source = new CancellationTokenSource();
    const p = client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }, source.token);
    source.cancel();
    const r = await outcome(withTimeout(p, 'cancelled request'));
    if (r.code !== undefined) assert.equal(r.code, -32800);
    await stillServes(client, uri);
  });

  it('a document closed while its review runs leaves no stale diagnostics', async () => {
    const big = 'closing.prfaq.md';
    const bigUri = `file:///faults/${big}`;
    const text = '# Big\n\n' + 'It is very fast for users and really seamless. '.repeat(20000) + '\n';
    await client.open(bigUri, text);
    await client.close(bigUri);
    // The close clears its findings at once; then the queue drains.
    const cleared = await client.published(bigUri, (p) => p.diagnostics.length === 0);
    const at = client.diagnostics.seen.indexOf(cleared);
    await client.settled(at, 30000);
    const stale = client.diagnostics.seen.slice(at + 1).filter((p) => p.uri === bigUri);
    assert.deepEqual(stale.map((p) => p.diagnostics.length), [], 'diagnostics were published after the close');
    await stillServes(client, uri);
  });
});
