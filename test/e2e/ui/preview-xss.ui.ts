/**
 * XSS in the real browser: the hostile corpus (test/fixtures/render/
 * hostile.prfaq.md) with every payload pointed at a local HTTP listener this
 * test runs. Opened in the editor's preview and, as `prfaq render` output, as
 * a file:// page: no script may run (no dialog, no changed title), no request
 * may leave (the listener and the browser's own request log stay empty), and
 * the page stays usable (the text is there, the stylesheet applies).
 *
 * Proving a negative needs a window to watch: after the page has drawn, the
 * test moves the mouse over every block, focuses and double-clicks, then
 * watches for OBSERVE_MS more before it checks.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Frame, type Page } from 'playwright-core';
import { previewFrame, startListener, waitInPreview, type Listener } from './previewFrame.js';
import { Workbench, UI_TIMEOUT_MS } from './workbench.js';

const ROOT = join(__dirname, '..', '..', '..');
const CORPUS = join(ROOT, 'test', 'fixtures', 'render', 'hostile.prfaq.md');
const OBSERVE_MS = 1500;
const HEADLINE = 'Harbor Pay Lets Ferry Riders Pay With a Tap';

interface Watch {
  dialogs: string[];
  requests: string[];
}

function watch(page: Page, listener: Listener): Watch {
  const w: Watch = { dialogs: [], requests: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
  page.on('request', (r) => {
    if (r.url().startsWith(listener.origin) || /^(?:https?:\/\/)?(?:evil|harbor)\.example/.test(r.url()) || r.url().startsWith('https://example.com')) w.requests.push(r.url());
  });
  return w;
}

/** Hover and double-click every block, focus every link: handlers would fire now. */
async function poke(frame: Frame): Promise<void> {
  // Links are skipped: following one is the reader's choice, not a script.
  await frame.evaluate(`(() => {
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      for (const type of ['mouseover', 'mouseenter', 'focus', 'click', 'toggle', 'animationstart']) {
        if (type === 'click' && el.closest('a')) continue;
        el.dispatchEvent(new Event(type, { bubbles: true }));
      }
    }
  })()`);
  await frame.locator('h1.pr-headline').hover();
  await frame.locator('.faq-question').first().hover();
}

async function assertClean(label: string, w: Watch, listener: Listener, frame: Frame): Promise<void> {
  // A script would have to change one of these.
  const title = String(await frame.evaluate('document.title'));
  if (/PWNED/.test(title)) throw new Error(`${label}: a payload set document.title ("${title}")`);
  if (w.dialogs.length) throw new Error(`${label}: a dialog opened: ${w.dialogs.join('; ')}`);
  if (listener.hits.length) throw new Error(`${label}: the listener got ${listener.hits.length} request(s): ${listener.hits.join(', ')}`);
  if (w.requests.length) throw new Error(`${label}: the browser requested ${w.requests.join(', ')}`);
  // Even a script that somehow ran could not reach the network: the CSP refuses fetch.
  const blocked = await frame.evaluate(`fetch(${JSON.stringify(listener.origin + '/control')}).then(() => false, () => true)`);
  if (!blocked) throw new Error(`${label}: the page's CSP let a fetch through`);
  if (listener.hits.length) throw new Error(`${label}: the control fetch reached the listener`);
  const scripts = (await frame.evaluate("Array.from(document.querySelectorAll('script')).map((s) => s.src || s.textContent || '')")) as string[];
  if (scripts.some((s) => s.includes(listener.origin) || /PWNED/.test(s))) throw new Error(`${label}: a script element from the document: ${scripts.join(', ')}`);
  const handlers = (await frame.evaluate("Array.from(document.querySelectorAll('*')).flatMap((e) => Array.from(e.attributes).filter((a) => /^on/i.test(a.name)).map((a) => e.tagName + '[' + a.name + ']'))")) as string[];
  if (handlers.length) throw new Error(`${label}: event handler attributes in the DOM: ${handlers.join(', ')}`);
}

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
    writeFileSync(join(wb.folder, 'hostile.prfaq.md'), readFileSync(CORPUS, 'utf8').replace(/__LISTENER__/g, listener.origin));
    const w = watch(wb.page, listener);
    await wb.openFile('hostile.prfaq.md', 'Harbor Pay');
    await wb.runCommand('PR/FAQ: Open Press-Release Preview');
    const frame = await previewFrame(wb.page);
    await waitInPreview(frame, 'h1.pr-headline', HEADLINE, UI_TIMEOUT_MS);
    await waitInPreview(frame, '.faq--internal .faq-answer', '12,000 a day', UI_TIMEOUT_MS);
    await poke(frame);
    // Double-click text with no link in it (a click on a link is the reader following it).
    await frame.locator('.pr-dateline').dblclick();
    await wb.page.waitForTimeout(OBSERVE_MS); // the observation window (see the file's comment)
    await assertClean('preview', w, listener, frame);
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
      await page.goto(pathToFileURL(html).href);
      const frame = page.mainFrame();
      await waitInPreview(frame, 'h1.pr-headline', HEADLINE, UI_TIMEOUT_MS);
      await poke(frame);
      await page.waitForTimeout(OBSERVE_MS); // the observation window (see the file's comment)
      // The page's own title is the headline, whatever the payloads in it tried.
      const title = await page.title();
      if (!title.startsWith(HEADLINE)) throw new Error(`the page title is "${title}"`);
      await assertClean('prfaq render', w, listener, frame);
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
