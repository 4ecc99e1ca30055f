/**
 * Work, counted rather than timed. While a WorkMeter runs, V8 counts how
 * many times each block of code runs (precise block coverage, through
 * node:inspector); `count` sums those counts over the engine and the
 * libraries it calls (the parser, retext). The same input gives the same
 * count on any machine however loaded, so a test can compare the work of
 * one input at two sizes and catch a step that grows faster than its input,
 * where a time limit fails on a slow machine and lets a quadratic step pass
 * on a fast one. Nothing in the engine knows about it.
 *
 * V8 puts block counters only into code compiled after counting starts, and
 * a test process has long compiled the engine by then: `measureWork` runs
 * the reviews in a child process that starts counting before it loads the
 * engine. What the count cannot see: work inside native code (a regular
 * expression's backtracking, one long `String.prototype.includes`) is one
 * step.
 */
import { spawnSync } from 'node:child_process';
import { Session } from 'node:inspector';
import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(__dirname, '..');
const ENGINE = pathToFileURL(resolve(ROOT, 'engine') + sep).href;
/** Libraries the review runs, not the test runner or the TypeScript loader. */
const LIBRARY = /\/node_modules\/(?!(?:mocha|tsx|esbuild|get-tsconfig|source-map[^/]*)\/)/;

interface Coverage {
  result: Array<{ url: string; functions: Array<{ ranges: Array<{ count: number }> }> }>;
}

export class WorkMeter {
  private readonly session = new Session();

  constructor() {
    this.session.connect();
    this.post('Profiler.enable');
    this.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  }

  /** The work `fn` does: block executions in the engine and its libraries. */
  count(fn: () => void): number {
    this.post('Profiler.takePreciseCoverage'); // resets the counters
    fn();
    const { result } = this.post('Profiler.takePreciseCoverage') as Coverage;
    let total = 0;
    for (const script of result) {
      if (!script.url.startsWith(ENGINE) && !LIBRARY.test(script.url)) continue;
      for (const f of script.functions) for (const r of f.ranges) total += r.count;
    }
    return total;
  }

  stop(): void {
    this.post('Profiler.stopPreciseCoverage');
    this.post('Profiler.disable');
    this.session.disconnect();
  }

  /** The inspector answers a session on the main thread before `post` returns. */
  private post(method: string, params?: object): unknown {
    let out: unknown;
    let error: Error | null = null;
    this.session.post(method, params, (e, r) => {
      error = e;
      out = r;
    });
    if (error) throw error;
    return out;
  }
}

/** One measurement: a hostile input (scripts/bench/hostile.ts) by name, or the control, at a size. */
export interface WorkCase {
  input: string;
  bytes: number;
}

/**
 * Deliberately quadratic: a line index of every prefix of the text, line by
 * line. Its work must grow with the square of the size, or the meter sees
 * nothing.
 */
export const CONTROL = 'control: a line index of every prefix';

/** The work of reviewing each case, counted in a fresh process (see above). */
export function measureWork(cases: readonly WorkCase[]): number[] {
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', __filename, JSON.stringify(cases)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`the work counter failed (exit ${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout) as number[];
}

function child(cases: WorkCase[]): void {
  const meter = new WorkMeter(); // before the engine is loaded, so all of it is counted
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { review } = require('../engine/review.js') as typeof import('../engine/review.js');
  const { LineIndex } = require('../engine/model/lines.js') as typeof import('../engine/model/lines.js');
  const { HOSTILE } = require('../scripts/bench/hostile.js') as typeof import('../scripts/bench/hostile.js');
  // Once small first: what runs once per process (word lists, lazy modules) is not what is measured.
  for (const h of HOSTILE) review(h.make(2000), { kind: h.kind });
  const counts = cases.map(({ input, bytes }) => {
    if (input === CONTROL) {
      const text = HOSTILE[0].make(bytes);
      return meter.count(() => {
        for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) new LineIndex(text.slice(0, at));
      });
    }
    const h = HOSTILE.find((x) => x.name === input);
    if (!h) throw new Error(`no hostile input named "${input}"`);
    const text = h.make(bytes);
    return meter.count(() => {
      const r = review(text, { kind: h.kind });
      if (r.errors.length) throw new Error(`${input}: ${JSON.stringify(r.errors)}`);
    });
  });
  meter.stop();
  process.stdout.write(JSON.stringify(counts));
}

if (require.main === module) child(JSON.parse(process.argv[2]) as WorkCase[]);
