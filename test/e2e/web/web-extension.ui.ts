/**
 * The web extension, as on vscode.dev and github.dev: the harness runs this
 * file against a code-server whose settings put PR/FAQ Studio in the
 * workbench's web worker extension host (WEB_WORKER_SETTINGS in
 * harness.mjs). There the extension is `dist/web/extension.js` and its
 * language server `dist/web/server.js` in a Web Worker: no Node anywhere.
 *
 * First the test proves where the extension runs (the Running Extensions
 * view says "web worker"), then that it reviews as on the desktop: findings
 * in Problems, a new one as the writer types, a quick fix, the preview.
 */
import { previewFrame, waitInPreview } from '../ui/previewFrame.js';
import { Workbench, UI_TIMEOUT_MS } from '../ui/workbench.js';

describe('The web extension in the web worker extension host', () => {
  let wb: Workbench | undefined;
  afterEach(async function () {
    if (wb && this.currentTest?.state === 'failed') await wb.screenshot(`FAILED-web-${this.currentTest.fullTitle()}`).catch(() => {});
    await wb?.close();
    wb = undefined;
  });

  it('runs in the web worker and reviews as the writer types: findings, a quick fix, the preview', async () => {
    wb = await Workbench.open();
    const editor = await wb.openFile('flawed.prfaq.md', 'month-end close very fast');

    // Where it runs: the Running Extensions view names the host of each extension.
    await wb.runCommand('Developer: Show Running Extensions');
    const row = wb.page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'PR/FAQ Studio' }).first();
    await row.waitFor({ timeout: UI_TIMEOUT_MS });
    const where = (await row.textContent()) ?? '';
    if (!/web worker/i.test(where)) throw new Error(`PR/FAQ Studio is not in the web worker extension host; its row says: ${where}`);
    await wb.screenshot('web-worker-running-extensions');
    await wb.page.keyboard.press('Control+W');

    // Findings: the weasel word of the fixture, then a new one the writer types.
    await wb.openProblems();
    await wb.problemRows('"very"', 'weasel-word').first().waitFor({ timeout: UI_TIMEOUT_MS });
    await editor.locator('.view-line', { hasText: 'makes month-end close very fast' }).first().click();
    await wb.page.keyboard.press('End');
    await wb.page.keyboard.type(' It is extremely simple.');
    await wb.problemRows('"extremely"', 'weasel-word').first().waitFor({ timeout: UI_TIMEOUT_MS });

    // A quick fix, from the light bulb menu, on "very".
    const line = editor.locator('.view-line', { hasText: 'makes month-end close very fast' }).first();
    await line.click();
    await wb.page.keyboard.press('Home');
    for (let i = 0; i < 'makes month-end close ve'.length; i++) await wb.page.keyboard.press('ArrowRight');
    await wb.page.keyboard.press('Control+.');
    const item = wb.page.locator('.action-widget .monaco-list-row', { hasText: 'Delete "very"' }).first();
    await item.waitFor({ timeout: UI_TIMEOUT_MS });
    await item.click();
    await editor.locator('.view-line', { hasText: 'makes month-end close fast for users' }).first().waitFor({ timeout: UI_TIMEOUT_MS });

    // The preview, drawn by the worker's renderer.
    await wb.runCommand('PR/FAQ: Open Press-Release Preview');
    const frame = await previewFrame(wb.page);
    await waitInPreview(frame, 'h1.pr-headline', 'Acme Ledger Brings Month-End Close Down to One Day', UI_TIMEOUT_MS);
    await waitInPreview(frame, '.prfaq-budget-count', '/ 600 words', UI_TIMEOUT_MS);
    await wb.screenshot('web-worker');
  });
});
