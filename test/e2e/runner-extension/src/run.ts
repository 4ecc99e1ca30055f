/**
 * Loads every `*.suite.js` bundled next to this file (built from
 * test/e2e/suites/*.suite.ts) into mocha and runs it in the current
 * extension host, against the real `vscode` API. Shared by the code-server
 * runner extension (extension.ts) and @vscode/test-electron (index.ts).
 */
import Mocha from 'mocha';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RunnerEvent } from './protocol.js';

export interface RunOptions {
  /** Receives every test result; without it mocha's spec reporter prints to the console. */
  onEvent?: (e: RunnerEvent) => void;
  /** Only tests whose full title matches (PRFAQ_E2E_GREP). */
  grep?: string;
  /**
   * Run only the Restricted Mode suite (restricted.suite.ts), which needs an
   * untrusted workspace; otherwise every suite but that one.
   */
  restricted?: boolean;
}

/** The suite that runs only in the harness's restricted phase (an untrusted workspace). */
export const RESTRICTED_SUITE = 'restricted.suite.js';

function eventReporter(onEvent: (e: RunnerEvent) => void) {
  const { EVENT_RUN_BEGIN, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;
  return class EventReporter extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
      super(runner, options);
      const t0 = Date.now();
      runner.once(EVENT_RUN_BEGIN, () =>
        onEvent({ type: 'start', total: runner.total, suites: runner.suite.suites.map((s) => s.title) }),
      );
      runner.on(EVENT_TEST_PASS, (t) => onEvent({ type: 'pass', fullTitle: t.fullTitle(), durationMs: t.duration ?? 0 }));
      runner.on(EVENT_TEST_FAIL, (t, err: Error) =>
        onEvent({ type: 'fail', fullTitle: t.fullTitle(), message: String(err?.message ?? err), stack: String(err?.stack ?? '') }),
      );
      runner.on(EVENT_TEST_PENDING, (t) => onEvent({ type: 'pending', fullTitle: t.fullTitle() }));
      runner.once(EVENT_RUN_END, () => {
        const s = this.stats;
        onEvent({ type: 'end', passes: s.passes, failures: s.failures, pending: s.pending, durationMs: Date.now() - t0 });
      });
    }
  };
}

export function suiteFiles(restricted = false): string[] {
  const dir = path.join(__dirname, 'suites');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.suite.js') && (f === RESTRICTED_SUITE) === restricted)
    .sort()
    .map((f) => path.join(dir, f));
}

/** Runs the suites; resolves with the number of failed tests. */
export function runSuites(opts: RunOptions = {}): Promise<number> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: !opts.onEvent,
    // Every wait inside a test has its own, shorter, named timeout; this
    // one only catches a test that hangs outside them.
    timeout: 120_000,
    grep: opts.grep || undefined,
    reporter: opts.onEvent ? eventReporter(opts.onEvent) : 'spec',
  });
  for (const f of suiteFiles(opts.restricted)) mocha.addFile(f);
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => resolve(failures));
    } catch (e) {
      reject(e);
    }
  });
}
