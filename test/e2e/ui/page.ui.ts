/**
 * The review page (dist/web/index.html, built by `npm run build`) in real
 * Chromium, opened from file:// as someone who downloaded it would: paste the
 * flawed example and see the engine's findings, apply a fix and undo it,
 * read the structure, open the preview — and through it all the browser
 * makes no request but the page itself. Then the hostile corpus: its
 * payloads run nowhere and reach nobody.
 *
 * Expected findings come from the engine in this process, so the test holds
 * the page to the same review as the CLI, not to a copied list.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { applyEdits, fixesFor } from '../../../engine/fix/index.js';
import { LineIndex } from '../../../engine/model/lines.js';
import { review } from '../../../engine/review.js';
import { startListener, waitInPreview, type Listener } from './previewFrame.js';
import { UI_TIMEOUT_MS } from './workbench.js';
import { assertClean, watch } from './xssChecks.js';

const ROOT = join(__dirname, '..', '..', '..');
const PAGE = join(ROOT, 'dist', 'web', 'index.html');
const FLAWED = readFileSync(join(ROOT, 'examples', 'flawed.prfaq.md'), 'utf8');
const HOSTILE = join(ROOT, 'test', 'fixtures', 'render', 'hostile.prfaq.md');

async function openPage(browser: Browser): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(pathToFileURL(PAGE).href, { waitUntil: 'load' });
  return { page, requests, errors };
}

/** Pastes `text` over whatever the editor holds, as a writer's paste does (one input event). */
async function paste(page: Page, text: string): Promise<void> {
  await page.locator('#text').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
}

async function waitForStatus(page: Page, pattern: RegExp): Promise<string> {
  const status = page.locator('#status');
  await status.filter({ hasText: pattern }).waitFor({ timeout: UI_TIMEOUT_MS }).catch(async () => {
    throw new Error(`the status never matched ${pattern}; it says: "${await status.textContent()}"`);
  });
  return (await status.textContent()) ?? '';
}

function previewFrameOf(page: Page): Frame {
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error('the page has no preview frame');
  return frame;
}

describe('The review page (dist/web/index.html, from file://, in Chromium)', () => {
  let browser: Browser | undefined;
  let listener: Listener | undefined;
  const temp: string[] = [];

  before(async () => {
    const profile = mkdtempSync(join(tmpdir(), 'prfaq-e2e-page-'));
    temp.push(profile);
    browser = await chromium.launch({
      executablePath: process.env.PRFAQ_E2E_CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
    });
  });
  after(async () => {
    await browser?.close();
    await listener?.close();
    for (const d of temp.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('reviews a pasted PR/FAQ, applies a fix that undo takes back, shows the structure and the preview, and requests nothing', async () => {
    const { page, requests, errors } = await openPage(browser!);
    await paste(page, FLAWED);

    const expected = review(FLAWED, { path: 'pasted.md' });
    const status = await waitForStatus(page, /Reviewed as a PR\/FAQ/);
    if (!status.includes(`${expected.diagnostics.length} finding`)) throw new Error(`status "${status}", but the engine finds ${expected.diagnostics.length}`);
    const messages = await page.locator('.finding-message').allTextContents();
    const want = expected.diagnostics.map((d) => d.message);
    if (JSON.stringify(messages) !== JSON.stringify(want)) throw new Error(`the page lists other findings than the engine:\n${messages.join('\n')}\n---\n${want.join('\n')}`);

    // A fix: the first finding with one, applied by its button as the engine would apply it.
    const lines = new LineIndex(FLAWED);
    const index = expected.diagnostics.findIndex((d) => fixesFor(expected.model, d, undefined, lines).some((f) => f.edits.length > 0));
    const fix = fixesFor(expected.model, expected.diagnostics[index], undefined, lines).filter((f) => f.edits.length > 0)[0];
    await page.locator('.finding').nth(index).locator('.fix', { hasText: fix.title }).first().click();
    const fixed = applyEdits(FLAWED, fix.edits);
    if ((await page.locator('#text').inputValue()) !== fixed) throw new Error(`"${fix.title}" left other text than the engine's edit gives`);
    await waitForStatus(page, new RegExp(`${review(fixed, { path: 'pasted.md' }).diagnostics.length} finding`));

    // Undo is the browser's own: the writer's text comes back whole.
    await page.locator('#text').focus();
    await page.keyboard.press('ControlOrMeta+Z');
    if ((await page.locator('#text').inputValue()) !== FLAWED) throw new Error('Ctrl+Z after the fix did not bring the original text back');
    await waitForStatus(page, new RegExp(`: ${expected.diagnostics.length} finding`));

    // Structure: every part the engine reports missing is shown missing, the rest with a line.
    await page.locator('#tab-structure').click();
    const missing = expected.diagnostics.filter((d) => d.code === 'missing-section').map((d) => String(d.data?.section));
    const rows = await page.locator('.part').allTextContents();
    if (rows.length < 11) throw new Error(`the structure lists ${rows.length} rows, expected the nine parts and two FAQs`);
    const missingRows = await page.locator('.part--missing .part-label').allTextContents();
    if (missingRows.length !== missing.length) throw new Error(`structure shows ${missingRows.length} missing (${missingRows.join(', ')}), the engine ${missing.length} (${missing.join(', ')})`);

    // Preview, keyboard-driven: arrow right from Structure reaches Preview.
    await page.locator('#tab-structure').focus();
    await page.keyboard.press('ArrowRight');
    if ((await page.locator('#tab-preview').getAttribute('aria-selected')) !== 'true') throw new Error('ArrowRight on the Structure tab did not select Preview');
    const headline = FLAWED.split('\n')[0].replace(/^#\s*/, '');
    const frame = previewFrameOf(page);
    await waitInPreview(frame, 'h1.pr-headline', headline.slice(0, 30), UI_TIMEOUT_MS).catch(async () => {
      throw new Error(`no headline in the preview: ${String(await frame.evaluate('document.body ? document.body.innerText.slice(0, 200) : "(empty)"'))}`);
    });
    const align = await frame.evaluate("getComputedStyle(document.querySelector('h1.pr-headline')).textAlign");
    if (align !== 'center') throw new Error(`the preview's stylesheet did not apply (headline text-align: ${align})`);

    const others = requests.filter((u) => u !== pathToFileURL(PAGE).href);
    if (others.length) throw new Error(`the page made requests: ${others.join(', ')}`);
    if (errors.length) throw new Error(`the page logged errors: ${errors.join(' | ')}`);
    const dir = process.env.PRFAQ_E2E_ARTIFACTS;
    if (dir) {
      // The README's picture: the findings beside the text, the first one's reason open.
      await page.locator('#tab-findings').click();
      await page.locator('.finding-why summary').first().click();
      // Short enough to stay under the README's 300 KB for a picture.
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.screenshot({ path: join(dir, 'review-page.png') });
    }
    await page.close();
  });

  it('says what it needs when the text is not a Working Backwards document, and reviews it once the kind is chosen', async () => {
    const { page } = await openPage(browser!);
    await paste(page, '# Notes\n\nSome thoughts for the team, very rough.\n');
    await waitForStatus(page, /Not reviewed: this does not look like a PR\/FAQ or a narrative/);
    await page.locator('#kind').selectOption('narrative');
    await waitForStatus(page, /Reviewed as a narrative/);
    await page.close();
  });

  it('runs no payload of the hostile corpus and sends no request', async () => {
    listener = await startListener();
    const { page, requests } = await openPage(browser!);
    const w = watch(page, listener);
    await paste(page, readFileSync(HOSTILE, 'utf8').replace(/__LISTENER__/g, listener.origin));
    await waitForStatus(page, /Reviewed as a PR\/FAQ/);
    // The findings list shows document text too: as text, never as markup.
    const active = (await page.evaluate("Array.from(document.querySelectorAll('#findings *')).filter((e) => !['LI','BUTTON','SPAN','CODE','DETAILS','SUMMARY','P','PRE','DIV'].includes(e.tagName)).map((e) => e.tagName)")) as string[];
    if (active.length) throw new Error(`the findings list holds elements from the document: ${active.join(', ')}`);
    await page.locator('#tab-preview').click();
    const frame = previewFrameOf(page);
    await waitInPreview(frame, 'h1.pr-headline', 'Harbor Pay', UI_TIMEOUT_MS);
    // The frame runs no script, so the test's control request goes from the
    // page around it, after the frame has loaded (every subresource it asked
    // for has been requested by then).
    await frame.waitForLoadState('load');
    await assertClean('review page preview', w, listener, frame, 'body', page.mainFrame());
    if (/PWNED/.test(await page.title())) throw new Error('a payload changed the page title');
    const others = requests.filter((u) => u !== pathToFileURL(PAGE).href && !u.startsWith(listener!.origin + '/control'));
    if (others.length) throw new Error(`the page made requests: ${others.join(', ')}`);
    await page.close();
  });
});
