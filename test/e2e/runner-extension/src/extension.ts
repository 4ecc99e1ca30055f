/**
 * Test-only extension for code-server: on startup, when the harness set
 * PRFAQ_E2E_REPORT (a 127.0.0.1 port), runs the extension-host suites and
 * streams their results to that port. Without the variable it does nothing,
 * so it is inert in a code-server started for people (`npm start`).
 *
 * It declares `untrustedWorkspaces: { supported: true }` so that VS Code
 * also runs it in Restricted Mode (the harness's restricted phase); with
 * workspace trust disabled, as in the other phases, that changes nothing.
 */
import * as net from 'node:net';
import * as readline from 'node:readline';
import { UI_BRIDGE, type RunnerEvent, type UiBridge, type UiReply } from './protocol.js';
import { runSuites } from './run.js';

let started = false;

export function activate(): void {
  const port = Number(process.env.PRFAQ_E2E_REPORT);
  if (!port || started) return;
  started = true;
  const socket = net.connect({ host: '127.0.0.1', port });
  socket.on('error', (e) => console.error(`[prfaq-e2e-runner] report socket: ${e.message}`));
  const send = (e: RunnerEvent) => socket.write(JSON.stringify(e) + '\n');

  // Requests to the harness (UiRequest) and their answers (UiReply lines).
  const pending = new Map<number, { resolve: (text: string) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  readline.createInterface({ input: socket }).on('line', (line) => {
    if (!line.trim()) return;
    const reply = JSON.parse(line) as UiReply;
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) waiter?.resolve(reply.text);
    else waiter?.reject(new Error(reply.error));
  });
  const bridge: UiBridge = (request) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      send({ type: 'ui', id, ...request });
    });

  socket.once('connect', () => {
    (globalThis as Record<string, unknown>)[UI_BRIDGE] = bridge;
    runSuites({ onEvent: send, grep: process.env.PRFAQ_E2E_GREP, restricted: process.env.PRFAQ_E2E_RESTRICTED === '1' })
      .catch((e: unknown) => {
        const err = e instanceof Error ? e : new Error(String(e));
        send({ type: 'crash', message: err.message, stack: err.stack ?? '' });
      })
      .finally(() => {
        delete (globalThis as Record<string, unknown>)[UI_BRIDGE];
        socket.end();
      });
  });
}

export function deactivate(): void {}
