import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { previewFrame, waitInFrame, waitInPreview } from './previewFrame.js';
import { Workbench, UI_TIMEOUT_MS } from './workbench.js';

describe('Press-release preview', () => {
  let wb: Workbench | undefined;
  afterEach(async function () {
    if (wb && this.currentTest?.state === 'failed') await wb.screenshot(`FAILED-${this.currentTest.fullTitle()}`).catch(() => {});
    await wb?.close();
    wb = undefined;
  });

  it('"PR/FAQ: Open Press-Release Preview" shows the press release beside the editor and redraws as the writer types', async () => {
    wb = await Workbench.open();
    const editor = await wb.openFile('flawed.prfaq.md', 'month-end close very fast');
    await wb.runCommand('PR/FAQ: Open Press-Release Preview');
    await wb.page.locator('.tabs-container .tab', { hasText: 'Preview: flawed.prfaq.md' }).first().waitFor({ timeout: UI_TIMEOUT_MS });

    const frame = await previewFrame(wb.page);
    await waitInPreview(frame, 'h1.pr-headline', 'Acme Ledger Brings Month-End Close Down to One Day', UI_TIMEOUT_MS);
    await waitInPreview(frame, '.pr-dateline', 'SEATTLE, March 3, 2025', UI_TIMEOUT_MS);
    await waitInPreview(frame, '.faq--internal .faq-question', 'How many firms do we expect', UI_TIMEOUT_MS);
    await waitInPreview(frame, '.prfaq-budget-count', '/ 600 words', UI_TIMEOUT_MS);

    // Type into the headline; the preview follows after the pause.
    await editor.locator('.view-line', { hasText: 'Small Accounting Firms' }).first().click();
    await wb.page.keyboard.press('End');
    await wb.page.keyboard.type(' This Spring');
    await waitInPreview(frame, 'h1.pr-headline', 'Small Accounting Firms This Spring', UI_TIMEOUT_MS);
    // And a new FAQ answer appears in its place.
    await editor.locator('.view-line', { hasText: '$40 per bookkeeper per month.' }).first().click();
    await wb.page.keyboard.press('End');
    await wb.page.keyboard.type(' Firms of three pay $100.');
    await waitInPreview(frame, '.faq--external .faq-answer', 'Firms of three pay $100.', UI_TIMEOUT_MS);
    await wb.screenshot('preview');
  });

  it('follows the editor\'s scroll, comes back after a reload, and exports the page', async () => {
    wb = await Workbench.open();
    const editor = await wb.openFile('good.prfaq.md', 'Lantern Bookings');
    await wb.runCommand('PR/FAQ: Open Press-Release Preview');
    let frame = await previewFrame(wb.page);
    await waitInPreview(frame, 'h1.pr-headline', 'Lantern Bookings', UI_TIMEOUT_MS);
    await waitInPreview(frame, 'figure.pr-quote--customer .pr-attribution', 'said Tomás Reyes', UI_TIMEOUT_MS);

    // Scroll the editor to the end: the preview scrolls to the internal FAQ.
    await editor.locator('.view-line').first().click();
    await wb.page.keyboard.press('Control+End');
    await waitInFrame(frame, 'window.scrollY > 200', 'the preview to follow the editor to the end');
    // And back to the top.
    await wb.page.keyboard.press('Control+Home');
    await waitInFrame(frame, 'window.scrollY < 50', 'the preview to follow the editor back to the top');
    await wb.screenshot('preview-scrolled');

    // A reload restores the preview through its serializer.
    await wb.page.reload();
    await wb.page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    frame = await previewFrame(wb.page, 60_000);
    await waitInPreview(frame, 'h1.pr-headline', 'Lantern Bookings', 60_000);

    // Export: the save dialog proposes good.html beside the document; Enter saves.
    await wb.openFile('good.prfaq.md', 'Lantern Bookings');
    await wb.page.keyboard.press('F1');
    const input = wb.page.locator('.quick-input-widget input');
    await input.fill('>PR/FAQ: Export Press Release as HTML');
    await wb.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Export Press Release as HTML' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await wb.page.keyboard.press('Enter');
    await wb.page.locator('.quick-input-widget input').first().waitFor({ timeout: UI_TIMEOUT_MS });
    await wb.page.waitForFunction("/good\\.html$/.test(document.querySelector('.quick-input-widget input')?.value ?? '')", undefined, { timeout: UI_TIMEOUT_MS });
    await wb.page.keyboard.press('Enter');
    await wb.page.locator('.notification-toast', { hasText: 'Exported the press release to good.html' }).waitFor({ timeout: UI_TIMEOUT_MS });
    const out = join(wb.folder, 'good.html');
    if (!existsSync(out)) throw new Error('good.html was not written');
    const html = readFileSync(out, 'utf8');
    if (!/<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;/.test(html) || !html.includes('class="pr-headline"')) throw new Error('good.html is not the standalone page');
    await wb.screenshot('preview-exported');
  });
});
