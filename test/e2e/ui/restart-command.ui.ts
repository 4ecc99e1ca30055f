import { Workbench, UI_TIMEOUT_MS } from './workbench.js';

describe('Command palette', () => {
  let wb: Workbench | undefined;
  afterEach(async function () {
    if (wb && this.currentTest?.state === 'failed') await wb.screenshot(`FAILED-${this.currentTest.fullTitle()}`).catch(() => {});
    await wb?.close();
    wb = undefined;
  });

  it('"PR/FAQ: Restart Language Server" restarts the server, and typing gets reviewed again', async () => {
    wb = await Workbench.open();
    const editor = await wb.openFile('flawed.prfaq.md', 'month-end close very fast');
    await wb.openProblems();
    await wb.problemRows('"very"', 'weasel-word').first().waitFor({ timeout: UI_TIMEOUT_MS });

    await wb.runCommand('PR/FAQ: Restart Language Server');
    const failed = wb.page.locator('.notification-toast', { hasText: 'could not restart' });

    // Type a new weasel word: only a live (restarted) server can flag it.
    await editor.locator('.view-line', { hasText: 'by hand' }).first().click();
    await wb.page.keyboard.press('End');
    await wb.page.keyboard.type(' It is seamless.');
    await wb.problemRows('"seamless"', 'weasel-word').first().waitFor({ timeout: UI_TIMEOUT_MS });
    await wb.problemRows('"very"', 'weasel-word').first().waitFor({ timeout: UI_TIMEOUT_MS });
    if (await failed.count()) throw new Error(`the restart failed: ${await failed.first().innerText()}`);
    await wb.screenshot('restart-command');
  });
});
