/**
 * Crash policy: restart the server quietly (logging each restart) up to 4
 * times in 3 minutes, like languageclient's default; after that, stop and
 * tell the writer once — a single notification, never a storm.
 */
import { CloseAction, ErrorAction, type ErrorHandler } from 'vscode-languageclient/node';

export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

export interface CrashReporting {
  log(message: string): void;
  giveUp(message: string): void;
}

export function createErrorHandler(report: CrashReporting, now: () => number = Date.now): ErrorHandler {
  const crashes: number[] = [];
  return {
    error(_error, _message, count) {
      // A few garbled messages are survivable; a stream of them is not.
      return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
    },
    closed() {
      const t = now();
      crashes.push(t);
      while (crashes.length && t - crashes[0] > RESTART_WINDOW_MS) crashes.shift();
      if (crashes.length <= MAX_RESTARTS) {
        report.log(`The PR/FAQ language server stopped unexpectedly; restarting it (${crashes.length} of ${MAX_RESTARTS} in 3 minutes).`);
        return { action: CloseAction.Restart, handled: true };
      }
      crashes.length = 0; // a manual restart starts a fresh count
      report.giveUp(
        'The PR/FAQ Studio language server crashed 5 times in 3 minutes and was not restarted, so documents are not being reviewed. Details are in the "PR/FAQ Studio" output.',
      );
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
}
