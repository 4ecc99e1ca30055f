/**
 * `prfaq lint` on many files reviews them on several threads: the main
 * thread and `workers` worker threads (node:worker_threads) running this
 * same bundle, each taking the next file as it finishes one. Results are
 * put back in file order, so the output is byte for byte what one thread
 * prints. A worker costs a start-up (loading and warming the engine), so
 * runs of less than a few megabytes stay on one thread.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { reviewJob, type ReviewJob, type ReviewOutcome } from './lint.js';

/**
 * How much text one more thread must have before it pays for its start-up
 * (loading the bundle, then reviewing slowly until V8 has optimised the
 * engine). Measured on 2 cores with the bench's documents: one worker made
 * 1.8 MB (200 files) slower, 2.6 s against 2.4 s, and 3.7 MB 5% faster —
 * and one reviewing thread already keeps about 1.4 cores busy, V8's
 * collector and compilers taking the rest. Machines with more cores may
 * break even sooner; this keeps small runs on one thread everywhere.
 */
const BYTES_PER_WORKER = 2_500_000;
/** A cap on memory: each worker loads its own engine and heap (about 80 MB more at its peak, measured with one). */
const MAX_WORKERS = 7;

/** How many worker threads to start for `jobs`: PRFAQ_WORKERS, if set, decides. */
export function workerCount(jobs: readonly ReviewJob[], cores = availableParallelism()): number {
  const forced = process.env.PRFAQ_WORKERS;
  if (forced !== undefined && forced !== '') return Math.max(0, Math.min(Number(forced) || 0, jobs.length - 1));
  let bytes = 0;
  for (const j of jobs) bytes += j.text.length;
  return Math.max(0, Math.min(Math.floor(bytes / BYTES_PER_WORKER), cores - 1, jobs.length - 1, MAX_WORKERS));
}

/** Review `jobs` on the main thread and the workers; outcomes in job order. */
export async function reviewAll(jobs: ReviewJob[], script: string): Promise<ReviewOutcome[]> {
  const workers = workerCount(jobs);
  const results: ReviewOutcome[] = new Array(jobs.length);
  if (workers === 0) {
    jobs.forEach((job, i) => (results[i] = reviewJob(job)));
    return results;
  }
  const pool = Array.from({ length: workers }, () => new Worker(script, { workerData: { prfaqReviewWorker: true } }));
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      const finished = () => {
        if (++done === jobs.length) resolve();
      };
      for (const worker of pool) {
        // Two jobs in flight, so a worker never waits while the main thread reviews.
        let inFlight = 0;
        const feed = () => {
          while (inFlight < 2 && next < jobs.length) {
            const i = next++;
            inFlight++;
            worker.postMessage({ i, job: jobs[i] });
          }
        };
        worker.on('message', (m: { i: number; outcome: ReviewOutcome }) => {
          results[m.i] = m.outcome;
          inFlight--;
          finished();
          feed();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (inFlight > 0) reject(new Error(`a review worker stopped (exit code ${code})`));
        });
        feed();
      }
      // The main thread takes a file at a time, and answers the workers in between.
      const own = () => {
        if (next >= jobs.length) return;
        const i = next++;
        try {
          results[i] = reviewJob(jobs[i]);
        } catch (e) {
          reject(e);
          return;
        }
        finished();
        setImmediate(own);
      };
      setImmediate(own);
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}

/** In a worker started by `reviewAll`: review each job posted, post its outcome. */
export function serveIfWorker(): boolean {
  if (isMainThread || !(workerData as { prfaqReviewWorker?: boolean } | null)?.prfaqReviewWorker) return false;
  parentPort!.on('message', (m: { i: number; job: ReviewJob }) => parentPort!.postMessage({ i: m.i, outcome: reviewJob(m.job) }));
  return true;
}
