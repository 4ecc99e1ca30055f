/**
 * Helpers for the press-release preview in the UI tests: the webview's page
 * lives two iframes deep in the workbench, so tests find it by what it
 * contains (our `#prfaq-root`), not by the workbench's frame names. Also a
 * local HTTP listener that XSS payloads try to reach, so a test can assert
 * that no request ever left.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { UI_TIMEOUT_MS } from './workbench.js';

/** Resolves with the preview's frame once one with `#prfaq-root` exists. */
export async function previewFrame(page: Page, timeout = UI_TIMEOUT_MS): Promise<Frame> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const f of page.frames()) {
      const found = await f.evaluate("!!document.getElementById('prfaq-root')").catch(() => false);
      if (found) return f;
    }
    // Wait for the next frame to appear or load, not for a fixed time.
    await Promise.race([page.waitForEvent('frameattached', { timeout: 1000 }), page.waitForEvent('framenavigated', { timeout: 1000 })]).catch(() => {});
  }
  throw new Error(`no press-release preview appeared within ${timeout} ms (frames: ${page.frames().map((f) => f.url().slice(0, 80)).join(', ')})`);
}

export interface Listener {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Paths requested so far. */
  hits: string[];
  close(): Promise<void>;
}

/** An HTTP server on a free 127.0.0.1 port that records every request it gets. */
export async function startListener(): Promise<Listener> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(204, { 'access-control-allow-origin': '*' });
    res.end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Waits for `selector` with `text` in the preview; on timeout says what the preview showed. */
export async function waitInPreview(frame: Frame, selector: string, text: string, timeout = UI_TIMEOUT_MS): Promise<void> {
  await frame
    .locator(selector, { hasText: text })
    .first()
    .waitFor({ timeout })
    .catch(async () => {
      const shown = String(await frame.evaluate("document.getElementById('prfaq-root')?.innerText ?? '(no preview root)'").catch(() => '(frame gone)'));
      throw new Error(`the preview never showed ${selector} with "${text}"; it showed: ${shown.replace(/\s+/g, ' ').slice(0, 300)}`);
    });
}

/**
 * Waits until a JavaScript expression is true in the frame, checking once per
 * animation frame. (Playwright's waitForFunction compiles its predicate with
 * `new Function`, which the preview's CSP rightly refuses.)
 */
export async function waitInFrame(frame: Frame, expression: string, what: string, timeout = UI_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await frame.evaluate(`new Promise((resolve) => requestAnimationFrame(() => resolve(!!(${expression}))))`)) return;
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
}
