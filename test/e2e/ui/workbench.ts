/**
 * The UI tests' view of code-server: a fresh copy of the fixture workspace
 * and a fresh Chromium profile per test, helpers that wait on DOM conditions
 * (never on sleeps), and screenshots under .build-artifacts/e2e/.
 *
 * The harness (test/e2e/harness.mjs) starts code-server and sets
 * PRFAQ_E2E_URL, PRFAQ_E2E_WORKSPACE, PRFAQ_E2E_CHROMIUM and PRFAQ_E2E_ARTIFACTS.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
// Flags that work for Debian's Chromium on these machines (see test/e2e/README.md), shared with the harness.
import CHROMIUM_ARGS from '../lib/chromium-args.json';

function env(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the UI tests through \`npm run test:e2e\` (test/e2e/harness.mjs)`);
  return v;
}

export const UI_TIMEOUT_MS = 30_000;

export class Workbench {
  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    /** The copy of the fixture workspace this test owns. */
    readonly folder: string,
    private readonly temp: string[],
  ) {}

  /** Opens the workbench on a fresh copy of test/e2e/workspace; resolves once it is ready. */
  static async open(): Promise<Workbench> {
    const folder = join(mkdtempSync(join(os.tmpdir(), 'prfaq-e2e-ws-')), 'workspace');
    cpSync(env('PRFAQ_E2E_WORKSPACE'), folder, { recursive: true });
    const profile = mkdtempSync(join(os.tmpdir(), 'prfaq-e2e-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: env('PRFAQ_E2E_CHROMIUM'),
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1440, height: 900 },
      timeout: 60_000,
    });
    const wb = new Workbench(context.pages()[0] ?? (await context.newPage()), context, folder, [profile, join(folder, '..')]);
    try {
      await wb.page.goto(`${env('PRFAQ_E2E_URL')}/?folder=${encodeURIComponent(folder)}`, { timeout: 90_000 });
      await wb.page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
      await wb.page.locator('.explorer-folders-view').waitFor({ timeout: 60_000 });
    } catch (e) {
      await wb.close();
      throw new Error(`the workbench did not load: ${(e as Error).message.split('\n')[0]}`);
    }
    return wb;
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => {});
    for (const d of this.temp) rmSync(d, { recursive: true, force: true });
  }

  /** Saves a full-window screenshot as .build-artifacts/e2e/<name>.png; returns its path. */
  async screenshot(name: string): Promise<string> {
    const dir = env('PRFAQ_E2E_ARTIFACTS');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /** Opens a workspace file by clicking its Explorer row; resolves once its editor shows `expectText`. */
  async openFile(name: string, expectText: string): Promise<Locator> {
    const row = this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"], .explorer-folders-view .monaco-list-row:has(.label-name:text-is("${name}"))`).first();
    // A file a test just wrote reaches the Explorer through a file watcher,
    // which lags on a loaded machine, and a long list may not render the row
    // at all. Quick Open finds the file either way.
    const listed = await row.waitFor({ timeout: 5000 }).then(() => true, () => false);
    if (listed) {
      await row.dblclick();
    } else {
      await this.page.keyboard.press('Control+P');
      const input = this.page.locator('.quick-input-widget input');
      await input.waitFor({ timeout: UI_TIMEOUT_MS });
      await input.fill(name);
      await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ timeout: UI_TIMEOUT_MS });
      await this.page.keyboard.press('Enter');
    }
    await this.page.locator(`.tabs-container .tab[aria-label*="${name}"]`).first().waitFor({ timeout: UI_TIMEOUT_MS });
    const editor = this.page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines', { hasText: expectText }).waitFor({ timeout: UI_TIMEOUT_MS });
    return editor;
  }

  /** Opens the Problems panel from the status bar; resolves once it lists at least one row. */
  async openProblems(): Promise<Locator> {
    await this.page.locator('#status\\.problems').click();
    const panel = this.page.locator('.markers-panel');
    await panel.waitFor({ timeout: UI_TIMEOUT_MS });
    return panel;
  }

  /** Problems rows (one per file and one per finding) whose text contains every part. */
  problemRows(...parts: string[]): Locator {
    let rows = this.page.locator('.markers-panel .monaco-list-row');
    for (const p of parts) rows = rows.filter({ hasText: p });
    return rows;
  }

  /** F1, type a command title, Enter once the palette shows exactly that command. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: UI_TIMEOUT_MS });
    await input.fill(`>${title}`);
    await this.page
      .locator('.quick-input-list .monaco-list-row.focused', { hasText: title })
      .waitFor({ timeout: UI_TIMEOUT_MS })
      .catch(() => {
        throw new Error(`the command palette does not list "${title}"`);
      });
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
  }
}
