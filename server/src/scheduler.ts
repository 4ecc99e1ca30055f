/**
 * Per-document scheduling: each document has its own debounce timer and its
 * own cancellation source, so typing in one file never delays another.
 * Scheduling again cancels the previous job of that document (its token
 * fires), and jobs check document versions before publishing.
 */
import { CancellationTokenSource, type CancellationToken } from 'vscode-languageserver';

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

  constructor(
    private readonly onError: (uri: string, error: unknown) => void,
    private readonly now: () => number = Date.now,
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
    this.cancel(uri);
    const e = this.entry(uri);
    const source = new CancellationTokenSource();
    e.source = source;
    e.tag = tag;
    const start = async () => {
      e.stopWait = undefined;
      if (source.token.isCancellationRequested) return;
      try {
        await job(source.token);
      } catch (err) {
        this.onError(uri, err);
      } finally {
        if (e.source === source) e.source = undefined;
        source.dispose();
      }
    };
    // No delay (an editor with prfaq.debounceMs 0, a document just opened): start after the messages already
    // read, not on the next timer tick, which Node puts at least 1 ms away.
    if (delayMs > 0) {
      const timer = setTimeout(start, delayMs);
      e.stopWait = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(start);
      e.stopWait = () => clearImmediate(immediate);
    }
  }

  /** The tag of the latest job scheduled for `uri`, waiting, running or done. */
  lastTag(uri: string): number | undefined {
    return this.entries.get(uri)?.tag;
  }

  cancel(uri: string): void {
    const e = this.entries.get(uri);
    if (!e) return;
    e.stopWait?.();
    e.stopWait = undefined;
    e.source?.cancel();
    e.source = undefined;
  }

  /** The document closed: cancel and forget it. */
  remove(uri: string): void {
    this.cancel(uri);
    this.entries.delete(uri);
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
    for (const uri of [...this.entries.keys()]) this.remove(uri);
  }
}
