/**
 * Keeps the findings on screen while the writer types.
 *
 * The server answers a diagnostics pull once typing pauses, so a pull is
 * usually still open when the next keystroke arrives; vscode-languageclient
 * (9.0.1) then cancels it and pulls again. But a cancelled pull resolves to
 * an empty report, which the library shows: every finding disappeared at
 * the second keystroke and came back only after the pause. A pull rejected
 * with a CancellationError instead is simply asked again, with the shown
 * findings left alone until the new answer replaces them.
 *
 * Rejecting at the moment of cancellation, not when the server's answer
 * arrives, also closes a window in the library's bookkeeping: a pull
 * cancelled because its editor closed stayed "in flight" until the answer
 * came, and a document opened again within that time was taken as already
 * known and never pulled — no findings until it was closed and opened again.
 */
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';

export const keepFindingsWhileTyping: Middleware['provideDiagnostics'] = (document, previousResultId, token, next) => {
  if (token.isCancellationRequested) return Promise.reject(new vscode.CancellationError());
  return new Promise((resolve, reject) => {
    const cancelled = token.onCancellationRequested(() => {
      cancelled.dispose();
      reject(new vscode.CancellationError());
    });
    Promise.resolve(next(document, previousResultId, token)).then(
      (report) => {
        cancelled.dispose();
        if (token.isCancellationRequested) reject(new vscode.CancellationError());
        else resolve(report);
      },
      (error: unknown) => {
        cancelled.dispose();
        reject(error);
      },
    );
  });
};
