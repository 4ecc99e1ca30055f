/**
 * Adapts CrashPolicy (crashPolicy.ts) to vscode-languageclient's ErrorHandler.
 * Every result is `handled: true`, so the library adds no notifications of
 * its own to ours.
 */
import { CloseAction, ErrorAction, type ErrorHandler } from 'vscode-languageclient';
import { CrashPolicy, type CrashReporting } from './crashPolicy';

export function createErrorHandler(report: CrashReporting, now: () => number = Date.now): ErrorHandler {
  const policy = new CrashPolicy(report, now);
  return {
    error(_error, _message, count) {
      // A few garbled messages are survivable; a stream of them is not.
      return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
    },
    closed() {
      return { action: policy.closed() === 'restart' ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
    },
  };
}
