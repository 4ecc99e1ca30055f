/**
 * Faults a client (or a slow editor) can throw at the server: requests for
 * documents it never opened, positions outside the text, stale versions,
 * unknown methods, a flood of changes, cancellation, and a document closed
 * while its review runs. The server answers or errs per protocol and keeps
 * serving; nothing stale is left published.
 */
import assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { TestClient, withTimeout } from './harness.js';

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
    await client.change(uri, 3, [{ text: '# Hello\n\nIt is very very fast.\n' }]);
    await client.change(uri, 5, [{ range: { start: { line: 50, character: 0 }, end: { line: 60, character: 3 } }, text: 'x' }]);
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
    await new Promise((r) => setTimeout(r, 800));
    const after = client.diagnostics.seen.filter((p) => p.uri === uri);
    assert.equal(after[after.length - 1].version, 501, 'something older was published after the last version');
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
    await new Promise((r) => setTimeout(r, 3000));
    const pushed = client.diagnostics.seen.filter((p) => p.uri === bigUri);
    if (pushed.length) assert.deepEqual(pushed[pushed.length - 1].diagnostics, [], 'stale diagnostics after close');
    await stillServes(client, uri);
  });
});
