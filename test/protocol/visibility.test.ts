/**
 * Visible documents first: after a settings change every open document is
 * reviewed again, and the one the writer is looking at must not wait behind
 * a long one they are not.
 */
import assert from 'node:assert/strict';
import { generate } from '../../scripts/bench/corpus.js';
import { MAX_WAIT_MS, POLL_MS, Visibility, type Clock } from '../../server/src/visibility.js';
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

/**
 * A clock that moves only when the test says: timers fire in order as it
 * advances, and whatever they wake runs before it goes on. No test here
 * waits on real time.
 */
class TestClock implements Clock {
  private t = 0;
  private timers: Array<{ at: number; fire: () => void }> = [];

  now = (): number => this.t;

  after = (ms: number, fire: () => void): (() => void) => {
    const timer = { at: this.t + ms, fire };
    this.timers.push(timer);
    return () => (this.timers = this.timers.filter((x) => x !== timer));
  };

  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      await settle();
      const due = this.timers.filter((x) => x.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((x) => x !== due);
      this.t = due.at;
      due.fire();
    }
    this.t = end;
    await settle();
  }
}

/** Lets every promise that can settle now do so; no time passes on any clock. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('Visibility (server/src/visibility.ts)', () => {
  it('holds a hidden document while a visible one is being reviewed, and lets it go when that ends', async () => {
    const clock = new TestClock();
    const v = new Visibility(clock);
    v.set(['file:///shown.md']);
    const end = v.begin('file:///shown.md');
    let released = false;
    void v.turn('file:///hidden.md').then(() => (released = true));
    await clock.advance(MAX_WAIT_MS - POLL_MS); // looking again every POLL_MS, and still held
    assert.equal(released, false);
    end();
    await settle();
    assert.equal(released, true);
    assert.equal(clock.now(), MAX_WAIT_MS - POLL_MS, 'it was let go by the end of the review, not by the clock');
  });

  it('never starves a hidden document: it goes on after the longest wait even if the visible review never ends', async () => {
    const clock = new TestClock();
    const v = new Visibility(clock);
    v.set(['file:///shown.md']);
    v.begin('file:///shown.md'); // never ended
    let released = false;
    void v.turn('file:///hidden.md', () => false, 150).then(() => (released = true));
    await clock.advance(149);
    assert.equal(released, false, 'let go before the longest wait');
    await clock.advance(1);
    assert.equal(released, true, 'still held after the longest wait');
  });

  it('lets a cancelled review stop waiting at its next look', async () => {
    const clock = new TestClock();
    const v = new Visibility(clock);
    v.set(['file:///shown.md']);
    v.begin('file:///shown.md');
    let cancelled = false;
    let released = false;
    void v.turn('file:///hidden.md', () => cancelled, 5000).then(() => (released = true));
    await clock.advance(250);
    assert.equal(released, false);
    cancelled = true;
    await clock.advance(POLL_MS);
    assert.equal(released, true, `still waiting ${POLL_MS} ms after the cancellation`);
  });

  it('lets a document the writer brings into view go at once', async () => {
    const clock = new TestClock();
    const v = new Visibility(clock);
    v.set(['file:///shown.md']);
    v.begin('file:///shown.md');
    let released = false;
    void v.turn('file:///hidden.md').then(() => (released = true));
    await clock.advance(POLL_MS / 2);
    v.set(['file:///hidden.md', 'file:///shown.md']);
    await settle();
    assert.equal(released, true);
  });
});
