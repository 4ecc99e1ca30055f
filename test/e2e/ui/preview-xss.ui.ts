/**
 * XSS in the real browser: the hostile corpus (test/fixtures/render/
 * hostile.prfaq.md) with every payload pointed at a local HTTP listener this
 * test runs. Opened in the editor's preview and, as `prfaq render` output, as
 * a file:// page: no script may run (no dialog, no changed title), no request
 * may leave (the listener and the browser's own request log stay empty), and
 * the page stays usable (the text is there, the stylesheet applies).
 *
 * Showing that nothing happens without waiting to see:
 *   1. once the page is drawn, its document part holds nothing that could act
 *      later: no script, frame, object, media, form, meta, base, link or
 *      style element, no on* attribute, no URL with a script scheme;
 *   2. the test hovers, focuses and double-clicks every block: an inline
 *      handler would run during those events, before the calls return;
 *   3. it ends with a request of its own to the listener, which the page's
 *      CSP must refuse and report (a securitypolicyviolation event). The
 *      page handles its requests, and Chromium reports them, in the order the
 *      page makes them: once that report is in, any request a payload had
 *      started has been reported too, so the checks after it hold for good.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { previewFrame, startListener, waitInPreview, type Listener } from './previewFrame.js';
import { assertClean, watch } from './xssChecks.js';
import { Workbench, UI_TIMEOUT_MS } from './workbench.js';

const ROOT = join(__dirname, '..', '..', '..');
const CORPUS = join(ROOT, 'test', 'fixtures', 'render', 'hostile.prfaq.md');
const HEADLINE = 'Harbor Pay Lets Ferry Riders Pay With a Tap';

describe('Preview security (XSS payloads in real Chromium)', () => {
  let wb: Workbench | undefined;
  let listener: Listener | undefined;
  const temp: string[] = [];
  afterEach(async function () {
    if (wb && this.currentTest?.state === 'failed') await wb.screenshot(`FAILED-${this.currentTest.fullTitle()}`).catch(() => {});
    await wb?.close();
    wb = undefined;
    await listener?.close();
    listener = undefined;
    for (const d of temp.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('the editor preview runs no payload and sends no request', async () => {
    listener = await startListener();
    wb = await Workbench.open();
    const text = readFileSync(CORPUS, 'utf8').replace(/__LISTENER__/g, listener.origin);
    writeFileSync(join(wb.folder, 'hostile.prfaq.md'), text);
    const w = watch(wb.page, listener);
    await wb.openFile('hostile.prfaq.md', 'Harbor Pay');
    await wb.runCommand('PR/FAQ: Open Press-Release Preview');
    const frame = await previewFrame(wb.page);
    await waitInPreview(frame, 'h1.pr-headline', HEADLINE, UI_TIMEOUT_MS);
    await waitInPreview(frame, '.faq--internal .faq-answer', '12,000 a day', UI_TIMEOUT_MS);
    // The preview's own script is alive and handles real input: double-click
    // the dateline (text with no link in it) and the editor jumps to its line.
    const dateline = text.split('\n').findIndex((l) => l.startsWith('SEATTLE, ')) + 1;
    await frame.locator('.pr-dateline').dblclick();
    await wb.page.locator('[id="status.editor.selection"]', { hasText: `Ln ${dateline},` }).waitFor({ timeout: UI_TIMEOUT_MS });
    await assertClean('preview', w, listener, frame, '#prfaq-root');
    if (/PWNED/.test(await wb.page.title())) throw new Error('a payload changed the workbench title');
    // Still usable: the text is there and styled.
    const align = await frame.evaluate("getComputedStyle(document.querySelector('h1.pr-headline')).textAlign");
    if (align !== 'center') throw new Error(`the preview's stylesheet did not apply (headline text-align: ${align})`);
    await wb.screenshot('preview-xss');
  });

  it('`prfaq render` output opened from file:// runs no payload and sends no request', async () => {
    listener = await startListener();
    const dir = mkdtempSync(join(tmpdir(), 'prfaq-e2e-render-'));
    temp.push(dir);
    const md = join(dir, 'hostile.prfaq.md');
    const html = join(dir, 'hostile.html');
    writeFileSync(md, readFileSync(CORPUS, 'utf8').replace(/__LISTENER__/g, listener.origin));
    execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'render', '-o', html, md], { encoding: 'utf8' });

    const profile = mkdtempSync(join(tmpdir(), 'prfaq-e2e-chromium-'));
    temp.push(profile);
    const browser = await chromium.launch({
      executablePath: process.env.PRFAQ_E2E_CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      const w = watch(page, listener);
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      // Resolves on the load event: everything the page asked for has loaded or failed.
      await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
      const frame = page.mainFrame();
      await waitInPreview(frame, 'h1.pr-headline', HEADLINE, UI_TIMEOUT_MS);
      await assertClean('prfaq render', w, listener, frame, 'body');
      // The page's own title is the headline, whatever the payloads in it tried.
      const title = await page.title();
      if (!title.startsWith(HEADLINE)) throw new Error(`the page title is "${title}"`);
      const align = await frame.evaluate("getComputedStyle(document.querySelector('h1.pr-headline')).textAlign");
      if (align !== 'center') throw new Error(`the inline stylesheet was blocked (headline text-align: ${align}); CSP messages: ${violations.join(' | ')}`);
      if (violations.some((v) => /stylesheet|style/i.test(v) && !/fetch|connect/i.test(v))) throw new Error(`the CSP refused a style: ${violations.join(' | ')}`);
      const dir2 = process.env.PRFAQ_E2E_ARTIFACTS;
      if (dir2) await page.screenshot({ path: join(dir2, 'render-xss.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
