import assert from 'node:assert/strict';
import { CrashPolicy, MAX_RESTARTS, RESTART_WINDOW_MS } from '../../client/src/crashPolicy.js';

function harness() {
  let t = 0;
  const seen = { log: [] as string[], tell: [] as string[], giveUp: [] as string[] };
  const policy = new CrashPolicy(
    { log: (m) => seen.log.push(m), tell: (m) => seen.tell.push(m), giveUp: (m) => seen.giveUp.push(m) },
    () => t,
  );
  return { policy, seen, advance: (ms: number) => (t += ms) };
}

describe('client crash policy', () => {
  it('restarts after a crash and tells the writer once', () => {
    const { policy, seen } = harness();
    assert.equal(policy.closed(), 'restart');
    assert.equal(seen.tell.length, 1);
    assert.match(seen.tell[0], /restarted/);
    assert.equal(seen.giveUp.length, 0);
  });

  it('a storm of crashes gives at most two notifications: restarted, then stopped', () => {
    const { policy, seen, advance } = harness();
    const decisions = [];
    for (let i = 0; i < 20; i++) {
      decisions.push(policy.closed());
      advance(1000);
      if (decisions.at(-1) === 'stop') break;
    }
    assert.deepEqual(decisions, [...Array(MAX_RESTARTS).fill('restart'), 'stop']);
    assert.equal(seen.tell.length, 1);
    assert.equal(seen.giveUp.length, 1);
    assert.match(seen.giveUp[0], /not restarted/);
    assert.equal(seen.log.length, MAX_RESTARTS, 'each restart is logged');
  });

  it('crashes spread over time keep restarting, still with one notification', () => {
    const { policy, seen, advance } = harness();
    for (let i = 0; i < 12; i++) {
      assert.equal(policy.closed(), 'restart', `crash ${i + 1}`);
      advance(RESTART_WINDOW_MS / 2);
    }
    assert.equal(seen.tell.length, 1);
    assert.equal(seen.giveUp.length, 0);
  });

  it('after giving up, a manual restart gets a fresh count', () => {
    const { policy, seen } = harness();
    for (let i = 0; i <= MAX_RESTARTS; i++) policy.closed();
    assert.equal(seen.giveUp.length, 1);
    assert.equal(policy.closed(), 'restart');
  });
});
