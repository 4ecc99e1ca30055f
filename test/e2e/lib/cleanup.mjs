// Teardown that always runs: on normal exit, on failure and on Ctrl+C /
// SIGTERM. Actions run last-registered first; each is guarded so one failing
// action does not skip the others.
const actions = [];
let running = null;

/** Registers a teardown action; returns a function that unregisters it. */
export function onCleanup(fn) {
  actions.push(fn);
  return () => {
    const i = actions.indexOf(fn);
    if (i >= 0) actions.splice(i, 1);
  };
}

/** True once teardown has begun (a signal, or the end of the run). */
export function stopping() {
  return running !== null;
}

export function cleanup() {
  running ??= (async () => {
    while (actions.length) {
      const fn = actions.pop();
      try {
        await fn();
      } catch (e) {
        process.stderr.write(`[e2e] teardown step failed: ${e?.message ?? e}\n`);
      }
    }
  })();
  return running;
}

let installed = false;
/**
 * Ctrl+C / SIGTERM / SIGHUP: tear down, then exit 130/143/129 (or
 * `exitCode` when given: `npm start` treats Ctrl+C as a normal stop).
 */
export function installSignalHandlers({ exitCode } = {}) {
  if (installed) return;
  installed = true;
  for (const [sig, signalCode] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    const code = exitCode ?? signalCode;
    process.on(sig, () => {
      process.stderr.write(`\n[e2e] ${sig}: stopping…\n`);
      // A second signal while tearing down exits at once.
      process.on(sig, () => process.exit(code));
      cleanup().finally(() => process.exit(code));
    });
  }
}
