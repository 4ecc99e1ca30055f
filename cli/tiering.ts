/**
 * When V8 optimises the CLI's code. In the V8 of Node 20 and 21 (V8 11) a
 * function is handed to the optimising compiler after 66 KB of its bytecode
 * has run; for a batch of reviews that is too early. Measured on Node 20,
 * 2 cores, runs interleaved: with four times that budget V8 optimised 87
 * functions instead of 188 for a folder of 40 PR/FAQs, and `prfaq lint`
 * used 0.95 s of CPU time instead of 1.47 (one 50-page file: 0.54 s
 * instead of 0.72; one 6-page file: 0.24 instead of 0.29). The language
 * server keeps V8's default: there the larger budget left a keystroke's
 * re-review unoptimised for longer (10–50 keystrokes after opening took
 * twice as long). Later V8s decide by call counts instead, and did not
 * gain from a later optimisation (Node 24), so they are left alone; an
 * unknown flag would also print an error.
 *
 * The budget is read each time a function's counter is reset, so setting
 * it as the run starts covers the engine's code, and the worker threads
 * (V8 flags are per process).
 */
import { setFlagsFromString } from 'node:v8';

const DEFAULT_INTERRUPT_BUDGET = 66 * 1024;

export function tuneForBatch(v8Version: string = process.versions.v8): boolean {
  if (Number(v8Version.split('.')[0]) !== 11) return false;
  setFlagsFromString(`--interrupt-budget=${4 * DEFAULT_INTERRUPT_BUDGET}`);
  return true;
}
