/**
 * Every rule link in the editor opens the rule's page, inside VS Code and
 * from the pages installed with the extension (no network: code-server's
 * Chromium here reaches nothing but 127.0.0.1): the code link in a Problems
 * row, the hover's "Rule page" link, the review summary's rule table, the
 * "Open documentation" quick fix and "PR/FAQ: Open Rule Page…". The page
 * opens as a Markdown preview, in a tab named after it, showing the page's
 * own text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator } from 'playwright-core';
import { Workbench, UI_TIMEOUT_MS } from './workbench.js';

/** A heading of docs/rules/weasel-word.md that neither the hover nor the draft says (checked against the page below, so an edit of the page fails here first, plainly). */
const PAGE_TEXT = 'What it deliberately does not flag';
if (!readFileSync(join(__dirname, '..', '..', '..', 'docs', 'rules', 'weasel-word.md'), 'utf8').includes(PAGE_TEXT)) {
  throw new Error(`docs/rules/weasel-word.md no longer says "${PAGE_TEXT}": pick another sentence of the page for this test`);
}

/**
 * Waits for the page of `id` to be shown: a "Preview <id>.md" tab, and a
 * frame (the preview's webview) whose heading is the rule id and whose text
 * has `text`. Returns that frame.
 */
async function rulePageShown(wb: Workbench, id: string, text: string, what: string): Promise<Frame> {
  await wb.page
    .locator(`.tabs-container .tab[aria-label*="${id}.md"]`)
    .first()
    .waitFor({ timeout: UI_TIMEOUT_MS })
    .catch(async () => {
      const tabs = await wb.page.locator('.tabs-container .tab').evaluateAll((els: any[]) => els.map((e) => e.getAttribute('aria-label')));
      throw new Error(`${what}: no tab for ${id}.md opened; the tabs are ${JSON.stringify(tabs)}`);
    });
  const deadline = Date.now() + UI_TIMEOUT_MS;
  const expression = `(() => { const h = document.querySelector('h1'); return !!h && h.textContent.trim() === ${JSON.stringify(id)} && document.body.innerText.includes(${JSON.stringify(text)}); })()`;
  while (Date.now() < deadline) {
    for (const f of wb.page.frames()) {
      if (await f.evaluate(expression).catch(() => false)) return f;
    }
    await Promise.race([wb.page.waitForEvent('frameattached', { timeout: 1000 }), wb.page.waitForEvent('framenavigated', { timeout: 1000 })]).catch(() => {});
  }
  throw new Error(`${what}: a ${id}.md tab opened, but no preview shows the page (heading "${id}" and "${text}")`);
}

/** Closes every editor, so the next link has to open the page again. */
async function closeAllEditors(wb: Workbench): Promise<void> {
  await wb.runCommand('View: Close All Editors');
  await wb.page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
}

/** Where a word is drawn on screen, inside the first rendered line that contains `lineText`. */
async function wordBox(editor: Locator, lineText: string, word: string): Promise<{ x: number; y: number }> {
  const line = editor.locator('.view-line', { hasText: lineText }).first();
  await line.waitFor({ timeout: UI_TIMEOUT_MS });
  // `el` is untyped: the tests are type-checked without the DOM library. 4 is NodeFilter.SHOW_TEXT.
  const box = await line.evaluate((el: any, w: string): { x: number; y: number } | null => {
    const doc = el.ownerDocument;
    const walker = doc.createTreeWalker(el, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = String(node.textContent ?? '').indexOf(w);
      if (at < 0) continue;
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  }, word);
  if (!box) throw new Error(`"${word}" is not drawn in the line "${lineText}"`);
  return box;
}

describe('Rule pages', () => {
  let wb: Workbench | undefined;
  afterEach(async function () {
    if (wb && this.currentTest?.state === 'failed') await wb.screenshot(`FAILED-${this.currentTest.fullTitle()}`).catch(() => {});
    await wb?.close();
    wb = undefined;
  });

  it('the rule link of a finding in the Problems panel opens the rule page inside the editor', async () => {
    wb = await Workbench.open();
    await wb.openFile('flawed.prfaq.md', 'month-end close very fast');
    await wb.openProblems();
    const row = wb.problemRows('"very"', 'weasel-word').first();
    await row.waitFor({ timeout: UI_TIMEOUT_MS });
    // The row's code link: "weasel-word" after the source, a link to the rule's page.
    const link = row.locator('.monaco-link', { hasText: 'weasel-word' }).first();
    await link.waitFor({ timeout: UI_TIMEOUT_MS }).catch(async () => {
      throw new Error(`the Problems row for "very" has no rule link; it reads ${JSON.stringify(await row.innerText())}`);
    });
    await link.click();
    await rulePageShown(wb, 'weasel-word', PAGE_TEXT, 'the Problems panel link');
    await wb.screenshot('rule-page-from-problems');
  });

  it('the hover, the review summary, the quick fix and the palette open the same page', async () => {
    wb = await Workbench.open();
    const editor = await wb.openFile('flawed.prfaq.md', 'month-end close very fast');
    await wb.openProblems();
    await wb.problemRows('"very"', 'weasel-word').first().waitFor({ timeout: UI_TIMEOUT_MS });

    // The hover's "Rule page" link.
    const very = await wordBox(editor, 'makes month-end close very fast', 'very');
    await wb.page.mouse.move(very.x, very.y);
    const hoverLink = wb.page.locator('.monaco-hover a', { hasText: 'Rule page: weasel-word' }).first();
    await hoverLink.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS }).catch(async () => {
      const shown = await wb!.page.locator('.monaco-hover').allInnerTexts().catch(() => []);
      throw new Error(`no "Rule page: weasel-word" link in the hover over "very"; hovers shown: ${JSON.stringify(shown)}`);
    });
    await hoverLink.click();
    await rulePageShown(wb, 'weasel-word', PAGE_TEXT, 'the hover link');
    await closeAllEditors(wb);

    // The review summary's rule table: Ctrl+click the link, as in any editor.
    await wb.openFile('flawed.prfaq.md', 'month-end close very fast');
    await wb.runCommand('PR/FAQ: Show Review Summary');
    const summary = wb.page.locator('.editor-instance .monaco-editor', { hasText: 'Review summary' }).first();
    await summary.waitFor({ timeout: UI_TIMEOUT_MS });
    // The weasel-word row is below the fold: find it, which scrolls it into view.
    await summary.locator('.view-line').first().click();
    await wb.page.keyboard.press('Control+F');
    const find = wb.page.locator('.find-widget.visible textarea, .find-widget.visible input').first();
    await find.waitFor({ timeout: UI_TIMEOUT_MS });
    await find.fill('[weasel-word](command:');
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.press('Escape');
    const cell = await wordBox(summary, '[weasel-word](command:', 'weasel-word');
    await wb.page.keyboard.down('Control');
    await wb.page.mouse.move(cell.x, cell.y);
    await wb.page.mouse.click(cell.x, cell.y);
    await wb.page.keyboard.up('Control');
    await rulePageShown(wb, 'weasel-word', PAGE_TEXT, 'the summary link');
    await closeAllEditors(wb);

    // The quick fix "Open documentation for weasel-word".
    const again = await wb.openFile('flawed.prfaq.md', 'month-end close very fast');
    const line = again.locator('.view-line', { hasText: 'makes month-end close very fast' }).first();
    await line.click();
    await wb.page.keyboard.press('Home');
    for (let i = 0; i < 'makes month-end close ve'.length; i++) await wb.page.keyboard.press('ArrowRight');
    await wb.page.keyboard.press('Control+.');
    const item = wb.page.locator('.action-widget .monaco-list-row', { hasText: 'Open documentation for weasel-word' }).first();
    await item.waitFor({ timeout: UI_TIMEOUT_MS });
    await item.click();
    await rulePageShown(wb, 'weasel-word', PAGE_TEXT, 'the quick fix');
    await wb.screenshot('rule-page-from-quick-fix');
    await closeAllEditors(wb);

    // "PR/FAQ: Open Rule Page…" from the palette asks which rule.
    await wb.page.keyboard.press('F1');
    const input = wb.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: UI_TIMEOUT_MS });
    await input.fill('>PR/FAQ: Open Rule Page');
    await wb.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'PR/FAQ: Open Rule Page…' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await wb.page.keyboard.press('Enter');
    await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'placeholder' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await input.fill('weasel-word');
    await wb.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'weasel-word' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await wb.page.keyboard.press('Enter');
    await rulePageShown(wb, 'weasel-word', PAGE_TEXT, 'the command palette');
  });
});
