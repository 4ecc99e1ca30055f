/**
 * Visible documents first: after a settings change every open document is
 * reviewed again, and the one the writer is looking at must not wait behind
 * a long one they are not.
 */
import assert from 'node:assert/strict';
import { generate } from '../../scripts/bench/corpus.js';
import { Visibility } from '../../server/src/visibility.js';
import { tempDir, TestClient } from './harness.js';

describe('protocol: visible documents first', function () {
  this.timeout(120_000);
  const tmp = tempDir();
  after(() => tmp.remove());

  /** Re-reviews both documents and returns the order their findings were published in. */
  async function orderAfterChange(client: TestClient, uris: string[]): Promise<string[]> {
    const from = client.diagnostics.seen.length;
    await client.configurationChanged();
    await Promise.all(uris.map((u) => client.published(u, () => true, 60_000, from)));
    return client.diagnostics.seen.slice(from).map((p) => p.uri).filter((u, i, all) => uris.includes(u) && all.indexOf(u) === i);
  }

  it('reviews the visible document before a hidden one opened earlier', async () => {
    const client = await TestClient.start({ root: tmp.dir, settings: () => ({}) });
    try {
      // Same size, so without priority the one opened first (hidden) would finish first.
      const hidden = tmp.uri('hidden.prfaq.md');
      const shown = tmp.uri('shown.prfaq.md');
      await client.open(hidden, generate('prfaq', 60, 1));
      await client.open(shown, generate('prfaq', 60, 2));
      await client.published(hidden, () => true, 60_000);
      await client.published(shown, () => true, 60_000);

      await client.conn.sendNotification('prfaq/visibleDocuments', { uris: [shown] });
      assert.deepEqual(await orderAfterChange(client, [hidden, shown]), [shown, hidden]);

      // The writer switches tabs: now the other one goes first.
      await client.conn.sendNotification('prfaq/visibleDocuments', { uris: [hidden] });
      assert.deepEqual(await orderAfterChange(client, [hidden, shown]), [hidden, shown]);
    } finally {
      await client.stop();
    }
  });
});

describe('Visibility (server/src/visibility.ts)', () => {
  it('holds a hidden document while a visible one is being reviewed, and lets it go when that ends', async () => {
    const v = new Visibility();
    v.set(['file:///shown.md']);
    const end = v.begin('file:///shown.md');
    let released = false;
    const waiting = v.turn('file:///hidden.md').then(() => (released = true));
    await new Promise((r) => setTimeout(r, 30));
    assert.equal(released, false);
    end();
    await waiting;
    assert.equal(released, true);
  });

  it('never starves a hidden document: it goes on after the longest wait even if the visible review never ends', async () => {
    const v = new Visibility();
    v.set(['file:///shown.md']);
    v.begin('file:///shown.md'); // never ended
    const t0 = Date.now();
    await v.turn('file:///hidden.md', () => false, 150);
    assert.ok(Date.now() - t0 >= 140);
  });

  it('lets a cancelled review stop waiting', async () => {
    const v = new Visibility();
    v.set(['file:///shown.md']);
    v.begin('file:///shown.md');
    let cancelled = false;
    setTimeout(() => (cancelled = true), 20);
    const t0 = Date.now();
    await v.turn('file:///hidden.md', () => cancelled, 5000);
    assert.ok(Date.now() - t0 < 1000);
  });
});
