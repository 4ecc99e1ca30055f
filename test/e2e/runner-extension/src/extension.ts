/**
 * Test-only extension for code-server: on startup, when the harness set
 * PRFAQ_E2E_REPORT (a 127.0.0.1 port), runs the extension-host suites and
 * streams their results to that port. Without the variable it does nothing,
 * so it is inert in a code-server started for people (`npm start`).
 */
import * as net from 'node:net';
import type { RunnerEvent } from './protocol.js';
import { runSuites } from './run.js';

let started = false;

export function activate(): void {
  const port = Number(process.env.PRFAQ_E2E_REPORT);
  if (!port || started) return;
  started = true;
  const socket = net.connect({ host: '127.0.0.1', port });
  socket.on('error', (e) => console.error(`[prfaq-e2e-runner] report socket: ${e.message}`));
  const send = (e: RunnerEvent) => socket.write(JSON.stringify(e) + '\n');
  socket.once('connect', () => {
    runSuites({ onEvent: send, grep: process.env.PRFAQ_E2E_GREP })
      .catch((e: unknown) => {
        const err = e instanceof Error ? e : new Error(String(e));
        send({ type: 'crash', message: err.message, stack: err.stack ?? '' });
      })
      .finally(() => socket.end());
  });
}

export function deactivate(): void {}
