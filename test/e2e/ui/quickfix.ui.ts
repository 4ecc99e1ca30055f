import { Workbench, UI_TIMEOUT_MS } from './workbench.js';

describe('Quick fix (light bulb)', () => {
  let wb: Workbench | undefined;
  afterEach(async function () {
    if (wb && this.currentTest?.state === 'failed') await wb.screenshot(`FAILED-${this.currentTest.fullTitle()}`).catch(() => {});
    await wb?.close();
    wb = undefined;
  });

  it('Ctrl+. on "very" offers the fix and applies it', async () => {
    wb = await Workbench.open();
    const editor = await wb.openFile('flawed.prfaq.md', 'month-end close very fast');
    await wb.openProblems();
    await wb.problemRows('"very"', 'weasel-word').first().waitFor({ timeout: UI_TIMEOUT_MS });
    // Put the cursor inside "very": click the line, go to its start, step right to the word.
    const line = editor.locator('.view-line', { hasText: 'makes month-end close very fast' }).first();
    await line.click();
    await wb.page.keyboard.press('Home');
    for (let i = 0; i < 'makes month-end close ve'.length; i++) await wb.page.keyboard.press('ArrowRight');
    // Ctrl+. pressed before the editor has the code actions at the cursor opens no menu (a CI run saw the
    // light bulb appear after the key): wait for the light bulb, the editor's sign that they are there.
    await wb.page.locator('.lightBulbWidget .codicon').first().waitFor({ timeout: UI_TIMEOUT_MS }).catch(() => {});
    await wb.page.keyboard.press('Control+.');
    await wb.page.locator('.action-widget').first().waitFor({ timeout: UI_TIMEOUT_MS }).catch(async (e) => {
      await wb!.screenshot('quickfix-no-menu');
      throw e;
    });
    const item = wb.page.locator('.action-widget .monaco-list-row', { hasText: 'Delete "very"' }).first();
    await item.waitFor({ timeout: UI_TIMEOUT_MS });
    await wb.screenshot('quickfix-menu');
    await item.click();
    await editor.locator('.view-line', { hasText: 'makes month-end close fast for users' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await wb.screenshot('quickfix-applied');
  });
});
