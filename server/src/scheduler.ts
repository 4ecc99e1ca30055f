/**
 * Per-document scheduling: each document has its own debounce timer and its
 * own cancellation source, so typing in one file never delays another.
 * Scheduling again cancels the previous job of that document (its token
 * fires), and jobs check document versions before publishing.
 *
 * It also knows when the queue is empty: jobs waiting or running, and the
 * `hold`s of work about to schedule some, are counted, and `onIdle` runs
 * each time an operation leaves the count at zero (`prfaq/idle`).
 */
import { CancellationTokenSource, type CancellationToken } from 'vscode-languageserver';
import { nextTurn } from '../../shared/nextTurn.js';

export type Job = (token: CancellationToken) => Promise<void> | void;

interface Entry {
  /** Stops the wait before the job starts (a timer, or an immediate for no delay). */
  stopWait?: () => void;
  source?: CancellationTokenSource;
  /** Time of the last edit, for pull requests that wait for typing to stop. */
  lastChange: number;
  /** What the caller said of the latest job, kept after it ends (e.g. the settings generation it was scheduled in). */
  tag?: number;
}

export class Scheduler {
  private readonly entries = new Map<string, Entry>();
  /** Jobs waiting for their timer or running, plus open holds. */
  private busy = 0;
  private disposed = false;

  constructor(
    private readonly onError: (uri: string, error: unknown) => void,
    private readonly now: () => number = Date.now,
    private readonly onIdle: () => void = () => undefined,
  ) {}

  private entry(uri: string): Entry {
    let e = this.entries.get(uri);
    if (!e) {
      e = { lastChange: 0 };
      this.entries.set(uri, e);
    }
    return e;
  }

  /** Records an edit (pull clients wait for quiet; push jobs are rescheduled by the caller). */
  touched(uri: string): void {
    this.entry(uri).lastChange = this.now();
  }

  /** Runs `job` after `delayMs`, cancelling whatever was pending or running for `uri`. */
  schedule(uri: string, delayMs: number, job: Job, tag?: number): void {
    this.stop(uri);
    const e = this.entry(uri);
    const source = new CancellationTokenSource();
    e.source = source;
    e.tag = tag;
    this.busy++; // until stop() ends the wait, or the job has run
    const start = async () => {
      e.stopWait = undefined;
      try {
        if (!source.token.isCancellationRequested) await job(source.token);
      } catch (err) {
        this.onError(uri, err);
      } finally {
        if (e.source === source) e.source = undefined;
        source.dispose();
        this.busy--;
        this.settle();
      }
    };
    // No delay (an editor with prfaq.debounceMs 0, a document just opened): start after the messages already
    // read, not on the next timer tick, which Node puts at least 1 ms away.
    if (delayMs > 0) {
      const timer = setTimeout(start, delayMs);
      e.stopWait = () => clearTimeout(timer);
    } else {
      e.stopWait = nextTurn(start);
    }
  }

  /** The tag of the latest job scheduled for `uri`, waiting, running or done. */
  lastTag(uri: string): number | undefined {
    return this.entries.get(uri)?.tag;
  }

  cancel(uri: string): void {
    this.stop(uri);
    this.settle();
  }

  /** The document closed: cancel and forget it. */
  remove(uri: string): void {
    this.stop(uri);
    this.entries.delete(uri);
    this.settle();
  }

  /**
   * Counts work that is about to schedule jobs (an edit waiting for its
   * settings, a settings change gathering) as pending; call the returned
   * function when it has scheduled them, or decided not to.
   */
  hold(): () => void {
    this.busy++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.busy--;
      this.settle();
    };
  }

  /** Cancels what is pending or running for `uri`; a running job still counts until it returns. */
  private stop(uri: string): void {
    const e = this.entries.get(uri);
    if (!e) return;
    if (e.stopWait) {
      e.stopWait();
      this.busy--; // it will never run
    }
    e.stopWait = undefined;
    e.source?.cancel();
    e.source = undefined;
  }

  private settle(): void {
    if (this.busy === 0 && !this.disposed) this.onIdle();
  }

  /**
   * Resolves once `uri` has seen no edit for `quietMs` (at once if it has
   * been quiet that long), or when `token` is cancelled.
   */
  async waitQuiet(uri: string, quietMs: number, token: CancellationToken): Promise<void> {
    for (;;) {
      const last = this.entries.get(uri)?.lastChange ?? 0;
      const remaining = last + quietMs - this.now();
      if (remaining <= 0 || token.isCancellationRequested) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, remaining);
        const sub = token.onCancellationRequested(done);
        function done() {
          clearTimeout(timer);
          sub.dispose();
          resolve();
        }
      });
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const uri of [...this.entries.keys()]) this.remove(uri);
  }
}
