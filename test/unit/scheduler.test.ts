/**
 * The scheduler's idle signal (`prfaq/idle`): the queue is empty only when
 * no job waits for its timer or runs, and no hold is open. Jobs here wait
 * on gates the test opens, never on time.
 */
import assert from 'node:assert/strict';
import type { CancellationToken } from 'vscode-languageserver';
import { Scheduler } from '../../server/src/scheduler.js';

/** A promise with its resolve function. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** Lets every promise that can settle now do so. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function scheduler() {
  const idles: number[] = [];
  let waiting: (() => void) | null = null;
  const s = new Scheduler(
    (uri, e) => assert.fail(`${uri}: ${e}`),
    Date.now,
    () => {
      idles.push(idles.length + 1);
      waiting?.();
    },
  );
  /** Resolves at the next idle signal. */
  const nextIdle = () => new Promise<void>((resolve) => (waiting = resolve));
  return { s, idles, nextIdle };
}

/** A job that says when it starts and returns only when its gate opens. */
function heldJob() {
  const started = gate();
  const finish = gate();
  let token: CancellationToken | undefined;
  const job = async (t: CancellationToken) => {
    token = t;
    started.open();
    await finish.promise;
  };
  return { job, started: started.promise, finish: finish.open, token: () => token };
}

describe('Scheduler: when the review queue is empty (server/src/scheduler.ts)', () => {
  it('is idle once the last job has returned, not while one waits or runs', async () => {
    const { s, idles, nextIdle } = scheduler();
    const a = heldJob();
    const b = heldJob();
    s.schedule('file:///a.md', 0, a.job);
    s.schedule('file:///b.md', 0, b.job);
    await Promise.all([a.started, b.started]);
    a.finish();
    await settle();
    assert.deepEqual(idles, [], 'idle while b still runs');
    const idle = nextIdle();
    b.finish();
    await idle;
    assert.deepEqual(idles, [1]);
    s.dispose();
  });

  it('a pending job cancelled leaves it idle at once; a running one cancelled, when it returns', async () => {
    const { s, idles, nextIdle } = scheduler();
    s.schedule('file:///a.md', 60_000, () => assert.fail('a cancelled job ran'));
    s.cancel('file:///a.md');
    assert.deepEqual(idles, [1]);

    const run = heldJob();
    s.schedule('file:///a.md', 0, run.job);
    await run.started;
    s.remove('file:///a.md'); // the document closed while its review runs
    assert.equal(run.token()?.isCancellationRequested, true);
    assert.deepEqual(idles, [1], 'idle while the cancelled job still runs');
    const idle = nextIdle();
    run.finish();
    await idle;
    assert.deepEqual(idles, [1, 2]);
    s.dispose();
  });

  it('rescheduling a document replaces its pending job without an idle in between', async () => {
    const { s, idles, nextIdle } = scheduler();
    let ran = 0;
    for (let i = 0; i < 5; i++) s.schedule('file:///a.md', 0, () => void ran++);
    assert.deepEqual(idles, []);
    await nextIdle();
    assert.equal(ran, 1, 'only the last job of the document runs');
    assert.deepEqual(idles, [1]);
    s.dispose();
  });

  it('counts a hold (an edit waiting for its settings) as pending until released', async () => {
    const { s, idles, nextIdle } = scheduler();
    const release = s.hold();
    const done = gate();
    s.schedule('file:///a.md', 0, () => done.open());
    await done.promise;
    await settle();
    assert.deepEqual(idles, [], 'idle while a hold is open');
    const idle = nextIdle();
    release();
    await idle;
    release(); // a second call changes nothing
    assert.deepEqual(idles, [1]);
    s.dispose();
  });

  it('says nothing once disposed (the server is shutting down)', () => {
    const { s, idles } = scheduler();
    s.schedule('file:///a.md', 60_000, () => undefined);
    s.dispose();
    assert.deepEqual(idles, []);
  });
});
