// Progress and failure output for the e2e harness: one prefix, timestamps
// relative to the start, and a single-line fatal error type.
const started = Date.now();

export function elapsed(since = started) {
  const s = (Date.now() - since) / 1000;
  return s < 60 ? `${s.toFixed(1)}s` : `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
}

export function log(msg) {
  process.stdout.write(`[e2e ${elapsed().padStart(6)}] ${msg}\n`);
}

/** An expected failure: the harness prints its message (one line + optional detail) and exits 1. */
export class HarnessError extends Error {
  constructor(message, detail = '') {
    super(message);
    this.detail = detail;
  }
}

/** Prints "still <what> (1m30s)" every `everyMs` until the returned stop() is called. */
export function heartbeat(what, everyMs = 20_000) {
  const t0 = Date.now();
  const timer = setInterval(() => log(`  … still ${what} (${elapsed(t0)})`), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** Resolves with `promise`, or rejects naming what it was waiting for once `ms` pass. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new HarnessError(`timed out after ${Math.round(ms / 1000)}s waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
