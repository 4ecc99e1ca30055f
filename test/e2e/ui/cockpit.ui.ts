/**
 * The cockpit as the writer sees it: the guided New PR/FAQ flow typed into
 * the palette (and Esc), the structure view in the Explorer, and the status
 * bar item that opens the review summary.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Workbench, UI_TIMEOUT_MS } from './workbench.js';

/**
 * F1, the command, click — then wait for the command's own input box
 * (titled `title`). The palette lists an extension's commands only once the
 * window has registered the extension, so it is asked again until it does.
 */
async function startCommand(wb: Workbench, command: string, title: string): Promise<void> {
  const input = wb.page.locator('.quick-input-widget input');
  const row = wb.page.locator('.quick-input-list .monaco-list-row', { hasText: command }).first();
  const deadline = Date.now() + 2 * UI_TIMEOUT_MS;
  for (;;) {
    await wb.page.keyboard.press('F1');
    await input.waitFor({ timeout: UI_TIMEOUT_MS });
    await input.fill(`>${command}`);
    const listed = await row.waitFor({ timeout: 3000 }).then(() => true, () => false);
    if (listed) break;
    if (Date.now() > deadline) throw new Error(`the command palette does not list "${command}"`);
    await wb.page.keyboard.press('Escape');
  }
  await row.click();
  await step(wb, title);
}

/** Waits until the quick input shows the step titled `title`. */
async function step(wb: Workbench, title: string): Promise<void> {
  await wb.page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ timeout: UI_TIMEOUT_MS });
}

async function answer(wb: Workbench, text: string, next: string): Promise<void> {
  await wb.page.locator('.quick-input-widget input').fill(text);
  await wb.page.keyboard.press('Enter');
  await step(wb, next);
}

describe('Cockpit', () => {
  let wb: Workbench | undefined;
  afterEach(async function () {
    if (wb && this.currentTest?.state === 'failed') await wb.screenshot(`FAILED-${this.currentTest.fullTitle()}`).catch(() => {});
    await wb?.close();
    wb = undefined;
  });

  it('"PR/FAQ: New PR/FAQ…" asks, creates <name>.prfaq.md in the folder and opens it', async () => {
    wb = await Workbench.open();
    await startCommand(wb, 'PR/FAQ: New PR/FAQ…', 'New PR/FAQ (1/6)');
    await answer(wb, 'Lantern Bookings', 'New PR/FAQ (2/6)');
    await answer(wb, 'independent bike shop owners in Oregon', 'New PR/FAQ (3/6)');
    await answer(wb, 'lose repair bookings when the phone rings', 'New PR/FAQ (4/6)');
    await answer(wb, 'Portland, OR', 'New PR/FAQ (5/6)');
    await answer(wb, 'April 6, 2027', 'New PR/FAQ (6/6)');
    await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'workspace' }).first().click();
    await wb.page.locator('.tabs-container .tab[aria-label*="lantern-bookings.prfaq.md"]').first().waitFor({ timeout: UI_TIMEOUT_MS });
    await wb.page.locator('.editor-instance .view-lines', { hasText: 'PORTLAND, OR — April 6, 2027' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    if (!existsSync(join(wb.folder, 'lantern-bookings.prfaq.md'))) throw new Error('lantern-bookings.prfaq.md was not written to the workspace folder');
    await wb.screenshot('new-prfaq');
  });

  it('Esc in the middle of "New PR/FAQ…" cancels with nothing created', async () => {
    wb = await Workbench.open();
    const before = readdirSync(wb.folder).sort().join(',');
    await startCommand(wb, 'PR/FAQ: New PR/FAQ…', 'New PR/FAQ (1/6)');
    await answer(wb, 'Kiln', 'New PR/FAQ (2/6)');
    await wb.page.keyboard.press('Escape');
    await wb.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
    // Nothing may follow: no further step, no file, no untitled editor.
    await wb.page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: 1500 }).then(
      () => {
        throw new Error('another step appeared after Esc');
      },
      () => undefined,
    );
    const after = readdirSync(wb.folder).sort().join(',');
    if (after !== before) throw new Error(`files changed after Esc: ${before} → ${after}`);
    if (await wb.page.locator('.tabs-container .tab').count()) throw new Error('an editor was opened after Esc');
  });

  it('the PR/FAQ Structure view lists the press-release parts and the FAQ questions', async () => {
    wb = await Workbench.open();
    await wb.openFile('flawed.prfaq.md', 'month-end close very fast');
    const pane = wb.page.locator('.pane', { has: wb.page.locator('.pane-header', { hasText: 'PR/FAQ Structure' }) });
    const header = pane.locator('.pane-header');
    await header.waitFor({ timeout: UI_TIMEOUT_MS });
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
    const row = (text: string) => pane.locator('.monaco-list-row', { hasText: text }).first();
    for (const text of ['Press release', 'Headline', 'Subheading', 'Summary', 'Problem']) await row(text).waitFor({ timeout: UI_TIMEOUT_MS });
    await pane.locator('.monaco-list-row', { hasText: 'missing' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await wb.screenshot('structure-view');
    // Fold the press release to see the FAQs below it in a short pane.
    await row('Press release').locator('.monaco-tl-twistie').click();
    for (const text of ['External FAQ', 'How much does Ledger cost?', 'Internal FAQ']) await row(text).waitFor({ timeout: UI_TIMEOUT_MS });
    // A click reveals the place in the editor.
    await row('How much does Ledger cost?').click();
    await wb.page.locator('.editor-instance .view-line', { hasText: 'How much does Ledger cost?' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await wb.screenshot('structure-view-faq');
  });

  it('the status bar shows kind, findings and words; a click opens the review summary', async () => {
    wb = await Workbench.open();
    await wb.openFile('flawed.prfaq.md', 'month-end close very fast');
    const item = wb.page.locator('.statusbar-item', { hasText: /PR\/FAQ.*\/600 words/ }).first();
    await item.waitFor({ timeout: UI_TIMEOUT_MS });
    await wb.screenshot('status-bar');
    await item.click();
    await wb.page.locator('.tabs-container .tab', { hasText: 'review summary' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await wb.page.locator('.editor-instance .view-lines', { hasText: 'Review summary: flawed.prfaq.md' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await wb.page.locator('.editor-instance .view-lines', { hasText: 'Customer first' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await wb.screenshot('review-summary');
  });
});
