/**
 * Huge input must not hang the server: a document over
 * `prfaq.maxDocumentSize` (or the `maxDocumentSize` of its `.prfaqrc.json`)
 * is skipped with one info message naming the file, its size and the
 * setting; a 1 MB single line is reviewed; the server answers afterwards.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatSize } from '../../engine/config/size.js';
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

  it('skips a document over 5 MB with one info message naming it, its size and the setting', async () => {
    const uri = tmp.uri('huge.prfaq.md');
    const text = ('# Part\n\n' + SENTENCE.repeat(20) + '\n\n').repeat(Math.ceil(5.5 * 1024 * 1024 / (SENTENCE.length * 20 + 10)));
    assert.ok(text.length > 5.5 * 1024 * 1024);
    await client.open(uri, text);
    assert.deepEqual(await client.pullItems(uri, GENEROUS_MS), []);
    const info = await client.messages.wait((m) => m.message.includes(uri), 'the size message');
    assert.equal(info.type, 3);
    assert.equal(info.message, `PR/FAQ Studio did not review ${uri}: it is ${formatSize(Buffer.byteLength(text))}, over the limit of 5 MB set by prfaq.maxDocumentSize.`);
    // Asking again neither reviews nor repeats the message.
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    assert.deepEqual(await client.pullItems(uri, GENEROUS_MS), []);
    assert.equal(client.messages.seen.filter((m) => m.message.includes(uri)).length, 1);
    assert.ok(client.alive);
  });

  it('reviews a 1 MB single line and keeps answering', async () => {
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
    const info = await client.messages.wait((m) => m.message.includes(uri), 'the size message');
    assert.match(info.message, /it is 1\.6 KB, over the limit of 1000 bytes set by prfaq\.maxDocumentSize\.$/);
  });

  it('lets the maxDocumentSize of a .prfaqrc.json win over the setting, and keeps answering', async () => {
    settings = { maxDocumentSize: 1000 };
    await client.configurationChanged();
    const dir = tempDir();
    try {
      const rc = join(dir.dir, '.prfaqrc.json');
      writeFileSync(rc, '{ "maxDocumentSize": 3000 }');
      const text = '# Hello\n\n' + 'It is seamless. '.repeat(100); // 1.6 KB: over the setting, under the file
      const fits = dir.uri('fits.prfaq.md');
      await client.open(fits, text);
      assert.equal(only('weasel-word', await client.pullItems(fits)).length, 100);

      writeFileSync(rc, '{ "maxDocumentSize": 500 }');
      await client.watchedFilesChanged([{ uri: dir.uri('.prfaqrc.json'), type: 2 }]);
      const over = dir.uri('over.prfaq.md');
      await client.open(over, text);
      assert.deepEqual(await client.pullItems(over), []);
      const info = await client.messages.wait((m) => m.message.includes(over), 'the size message');
      assert.match(info.message, new RegExp(`it is 1\\.6 KB, over the limit of 500 bytes set by maxDocumentSize of ${rc.replace(/[.\\]/g, '\\$&')}\\.$`));
      assert.equal(only('weasel-word', await client.pullItems(fits)).length, 0, 'the document that fitted is over the new limit too');
    } finally {
      dir.remove();
    }
  });
});
