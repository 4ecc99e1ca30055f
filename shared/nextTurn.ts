/**
 * Run `fn` after the messages already queued, as soon as possible: Node's
 * `setImmediate` where there is one, and in a browser worker (the web
 * extension's server) a MessageChannel message, which also runs before any
 * timer (`setTimeout(fn, 0)` is clamped to 4 ms once timers nest). Returns
 * how to cancel it.
 */
export function nextTurn(fn: () => void): () => void {
  if (typeof setImmediate === 'function') {
    const handle = setImmediate(fn);
    return () => clearImmediate(handle);
  }
  let cancelled = false;
  const channel = new MessageChannel();
  // The DOM's MessagePort (this branch only runs in browsers); Node's typings lack `onmessage`.
  (channel.port1 as unknown as { onmessage: () => void }).onmessage = () => {
    channel.port1.close();
    if (!cancelled) fn();
  };
  channel.port2.postMessage(null);
  return () => {
    cancelled = true;
    channel.port1.close();
  };
}
