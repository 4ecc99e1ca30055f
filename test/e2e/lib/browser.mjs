// Debian's Chromium driven by playwright-core: a fresh profile per launch,
// the flags that work on these machines, and a workbench-ready wait.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { onCleanup } from './cleanup.mjs';
import { HarnessError } from './log.mjs';

/** Flags that work for Debian's Chromium on these machines (see test/e2e/README.md); the UI tests use the same file. */
export const CHROMIUM_ARGS = createRequire(import.meta.url)('./chromium-args.json');

/**
 * Launches Chromium and opens `url`; resolves once `.monaco-workbench` is
 * there. One retry: a browser or workbench that fails to come up is the
 * known-flaky part of start-up.
 */
export async function openWorkbench(executablePath, url, { timeoutMs = 90_000, viewport = { width: 1440, height: 900 } } = {}) {
  let lastError;
  for (let attempt = 1; attempt <= 2; attempt++) {
    const profile = mkdtempSync(join(os.tmpdir(), 'prfaq-e2e-chromium-'));
    let context;
    try {
      context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS, viewport, timeout: 60_000 });
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(url, { timeout: timeoutMs });
      await page.locator('.monaco-workbench').waitFor({ timeout: timeoutMs });
      let unregister = () => {};
      const close = async () => {
        unregister();
        await context.close().catch(() => {});
        rmSync(profile, { recursive: true, force: true });
      };
      unregister = onCleanup(close);
      return { context, page, close };
    } catch (e) {
      lastError = e;
      await context?.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    }
  }
  throw new HarnessError(`the workbench did not load in Chromium (${executablePath}) from ${url}: ${lastError?.message?.split('\n')[0]}`);
}
