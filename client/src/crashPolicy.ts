/**
 * What to do when the language server dies, kept free of `vscode` imports so
 * it can be tested on its own. Restart up to MAX_RESTARTS times in
 * RESTART_WINDOW_MS (as vscode-languageclient does by default); tell the
 * writer once per session that it happened, and once more only if we give
 * up — never one notification per crash.
 */
export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

export interface CrashReporting {
  /** The output channel: every crash is logged. */
  log(message: string): void;
  /** A notification the writer sees. */
  tell(message: string): void;
  /** A notification offering a manual restart; the server stays down. */
  giveUp(message: string): void;
}

export type CrashDecision = 'restart' | 'stop';

export class CrashPolicy {
  private readonly crashes: number[] = [];
  private told = false;

  constructor(
    private readonly report: CrashReporting,
    private readonly now: () => number = Date.now,
  ) {}

  /** The server's connection closed without being asked to. */
  closed(): CrashDecision {
    const t = this.now();
    this.crashes.push(t);
    while (this.crashes.length && t - this.crashes[0] > RESTART_WINDOW_MS) this.crashes.shift();
    if (this.crashes.length <= MAX_RESTARTS) {
      this.report.log(`The PR/FAQ language server stopped unexpectedly; restarting it (${this.crashes.length} of ${MAX_RESTARTS} in 3 minutes).`);
      if (!this.told) {
        this.told = true;
        this.report.tell('The PR/FAQ Studio language server stopped unexpectedly and was restarted; your documents are being reviewed again. Details are in the "PR/FAQ Studio" output.');
      }
      return 'restart';
    }
    this.crashes.length = 0; // a manual restart starts a fresh count
    this.report.giveUp(
      `The PR/FAQ Studio language server crashed ${MAX_RESTARTS + 1} times in 3 minutes and was not restarted, so documents are not being reviewed. Details are in the "PR/FAQ Studio" output.`,
    );
    return 'stop';
  }
}
