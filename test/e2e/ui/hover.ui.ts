import { Workbench, UI_TIMEOUT_MS } from './workbench.js';

describe('Hover', () => {
  let wb: Workbench | undefined;
  afterEach(async function () {
    if (wb && this.currentTest?.state === 'failed') await wb.screenshot(`FAILED-${this.currentTest.fullTitle()}`).catch(() => {});
    await wb?.close();
    wb = undefined;
  });

  it('pointing at a finding shows the rule, the principle behind it, a before/after and the rule page', async () => {
    wb = await Workbench.open();
    const editor = await wb.openFile('flawed.prfaq.md', 'month-end close very fast');
    await wb.openProblems();
    await wb.problemRows('"very"', 'weasel-word').first().waitFor({ timeout: UI_TIMEOUT_MS });
    // Where "very" is drawn on screen: a DOM range over the word inside its rendered line.
    const line = editor.locator('.view-line', { hasText: 'makes month-end close very fast' }).first();
    // `el` is untyped: the tests are type-checked without the DOM library. 4 is NodeFilter.SHOW_TEXT.
    const box = await line.evaluate((el: any): { x: number; y: number } | null => {
      const doc = el.ownerDocument;
      const walker = doc.createTreeWalker(el, 4);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = String(node.textContent ?? '').search(/\bvery\b/);
        if (at < 0) continue;
        const range = doc.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 4);
        const r = range.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
      return null;
    });
    if (!box) throw new Error('the word "very" is not drawn in the editor');
    await wb.page.mouse.move(box.x, box.y);
    const hover = wb.page.locator('.monaco-hover', { hasText: 'Reviewers trust numbers' }).first();
    await hover.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS }).catch(async () => {
      const shown = await wb!.page.locator('.monaco-hover').allInnerTexts().catch(() => []);
      throw new Error(`no hover with the weasel-word principle appeared over "very"; hovers shown: ${JSON.stringify(shown)}`);
    });
    for (const part of ['weasel-word', 'Before:', 'After:', 'Rule page: weasel-word']) {
      await hover.filter({ hasText: part }).waitFor({ timeout: UI_TIMEOUT_MS }).catch(() => {
        throw new Error(`the hover over "very" lacks "${part}"`);
      });
    }
    await wb.screenshot('hover');
  });
});
