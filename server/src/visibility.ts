/**
 * Which documents the writer can see, and the rule that their reviews come
 * first. The VS Code client reports its visible editors (active first) with
 * `prfaq/visibleDocuments`. A review of a hidden document — a background tab
 * after a settings change, say — gives way between its parse slices and
 * before its rules run whenever a visible document has review work in
 * flight, so the findings the writer is looking at are never queued behind
 * a long document they are not. Clients that never say what is visible
 * (other editors) get every document treated alike.
 */
/** The longest one review of a hidden document gives way at a time. */
export const MAX_WAIT_MS = 2000;
/** How often a waiting review looks again (cancellation is not an event here). */
export const POLL_MS = 100;

/** Time as `turn` reads it: the real clock, or a test's, which moves only when told. */
export interface Clock {
  now(): number;
  /** Calls `fire` after `ms`; the function returned cancels that. */
  after(ms: number, fire: () => void): () => void;
}

const REAL_CLOCK: Clock = {
  now: () => Date.now(),
  after(ms, fire) {
    const timer = setTimeout(fire, ms);
    return () => clearTimeout(timer);
  },
};

export class Visibility {
  private visible: string[] = [];
  /** Visible documents whose review is in flight, with how many jobs each. */
  private readonly inFlight = new Map<string, number>();
  private waiters: Array<() => void> = [];

  constructor(private readonly clock: Clock = REAL_CLOCK) {}

  /** The client's visible documents, the active one first. */
  set(uris: readonly string[]): void {
    this.visible = [...uris];
    this.wake();
  }

  isVisible(uri: string): boolean {
    return this.visible.includes(uri);
  }

  /** Visible ones first, in the client's order, then the rest as given. */
  order(uris: readonly string[]): string[] {
    const rank = (u: string) => {
      const i = this.visible.indexOf(u);
      return i < 0 ? this.visible.length : i;
    };
    return [...uris].sort((a, b) => rank(a) - rank(b));
  }

  /** Marks review work on `uri` as started; call the returned function when it ends. */
  begin(uri: string): () => void {
    this.inFlight.set(uri, (this.inFlight.get(uri) ?? 0) + 1);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      const n = (this.inFlight.get(uri) ?? 1) - 1;
      if (n > 0) this.inFlight.set(uri, n);
      else this.inFlight.delete(uri);
      this.wake();
    };
  }

  /**
   * Resolves at once for a visible document, or when no visible document
   * has review work in flight (or `cancelled()` turns true) — and in any
   * case after `maxWaitMs`: priority may delay a hidden document, never
   * starve it, whatever happens to the visible one's review.
   */
  async turn(uri: string, cancelled: () => boolean = () => false, maxWaitMs = MAX_WAIT_MS): Promise<void> {
    const deadline = this.clock.now() + maxWaitMs;
    while (!this.isVisible(uri) && this.visibleBusy() && !cancelled()) {
      const left = deadline - this.clock.now();
      if (left <= 0) return;
      await new Promise<void>((resolve) => {
        const cancel = this.clock.after(Math.min(left, POLL_MS), resolve);
        this.waiters.push(() => {
          cancel();
          resolve();
        });
      });
    }
  }

  private visibleBusy(): boolean {
    for (const uri of this.inFlight.keys()) if (this.isVisible(uri)) return true;
    return false;
  }

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const resolve of waiting) resolve();
  }
}
