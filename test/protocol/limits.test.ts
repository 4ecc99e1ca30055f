/**
 * Huge input must not hang the server: a document over
 * `prfaq.maxDocumentSize` is skipped with one info message; a 1 MB single
 * line is reviewed in bounded time; the server answers afterwards.
 */
import assert from 'node:assert/strict';
import { only, tempDir, TestClient } from './harness.js';

const SENTENCE = 'The very fast checkout is seamless for sellers who ship parcels every day. ';
const GENEROUS_MS = 20_000;

describe('protocol: limits', function () {
  this.timeout(60_000);
  const tmp = tempDir();
  after(() => tmp.remove());
  let settings: Record<string, unknown> = {};
  let client: TestClient;
  before(async () => (client = await TestClient.start({ pull: true, settings: () => settings })));
  after(() => client.stop());

  it('skips a document over 5 MB with one info message', async () => {
    const uri = tmp.uri('huge.prfaq.md');
    const text = ('# Part\n\n' + SENTENCE.repeat(20) + '\n\n').repeat(Math.ceil((5 * 1024 * 1024 + 1) / (SENTENCE.length * 20 + 10)));
    assert.ok(text.length > 5 * 1024 * 1024);
    await client.open(uri, text);
    assert.deepEqual(await client.pullItems(uri, GENEROUS_MS), []);
    const info = await client.messages.wait((m) => m.message.includes(uri), 'the size message');
    assert.equal(info.type, 3);
    assert.match(info.message, /prfaq\.maxDocumentSize/);
    // Asking again neither reviews nor repeats the message.
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    assert.deepEqual(await client.pullItems(uri, GENEROUS_MS), []);
    assert.equal(client.messages.seen.filter((m) => m.message.includes(uri)).length, 1);
    assert.ok(client.alive);
  });

  it('reviews a 1 MB single line in bounded time and keeps answering', async () => {
    const uri = tmp.uri('line.prfaq.md');
    const text = '# Title\n\n' + SENTENCE.repeat(Math.ceil(1_000_000 / SENTENCE.length)) + '\n';
    await client.open(uri, text);
    const items = only('weasel-word', await client.pullItems(uri, GENEROUS_MS));
    assert.ok(items.length > 1000, `found ${items.length}`);
    const small = tmp.uri('after.prfaq.md');
    await client.open(small, '# Hello\n\nIt is seamless.\n');
    assert.equal(only('weasel-word', await client.pullItems(small)).length, 1);
  });

  it('honours a smaller prfaq.maxDocumentSize', async () => {
    settings = { maxDocumentSize: 1000 };
    await client.configurationChanged();
    const uri = tmp.uri('small-limit.prfaq.md');
    await client.open(uri, '# Hello\n\n' + 'It is seamless. '.repeat(100));
    assert.deepEqual(await client.pullItems(uri), []);
    await client.messages.wait((m) => m.message.includes(uri), 'the size message');
  });
});
