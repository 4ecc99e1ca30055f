import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Workbench, UI_TIMEOUT_MS } from './workbench.js';

/** How many findings `prfaq lint` (the same engine, same .prfaqrc.json) reports for a file. */
function cliCount(file: string): number {
  const cli = join(__dirname, '..', '..', '..', 'dist', 'cli.js');
  let out: string;
  try {
    out = execFileSync(process.execPath, [cli, 'lint', '--format', 'json', file], { encoding: 'utf8' });
  } catch (e) {
    // Exit 1 means "errors found"; the JSON is still on stdout.
    out = (e as { stdout?: string }).stdout ?? '';
    if (!out) throw e;
  }
  const [result] = JSON.parse(out) as Array<{ diagnostics: unknown[] }>;
  return result.diagnostics.length;
}

describe('Problems panel', () => {
  let wb: Workbench | undefined;
  afterEach(async function () {
    if (wb && this.currentTest?.state === 'failed') await wb.screenshot(`FAILED-${this.currentTest.fullTitle()}`).catch(() => {});
    await wb?.close();
    wb = undefined;
  });

  it('lists the findings of the flawed PR/FAQ, with rule ids, and none for the README', async () => {
    wb = await Workbench.open();
    await wb.openFile('flawed.prfaq.md', 'month-end close very fast');
    await wb.openProblems();
    await wb.problemRows('"very"', 'weasel-word').first().waitFor({ timeout: UI_TIMEOUT_MS });
    await wb.problemRows('"breezy"', 'weasel-word').first().waitFor({ timeout: UI_TIMEOUT_MS });
    // Every finding is listed: the file row's count is what the CLI finds.
    const expected = cliCount(join(wb.folder, 'flawed.prfaq.md'));
    const badge = wb.problemRows('flawed.prfaq.md').first().locator('.monaco-count-badge');
    await badge.filter({ hasText: new RegExp(`^${expected}$`) }).waitFor({ timeout: UI_TIMEOUT_MS }).catch(async () => {
      throw new Error(`the Problems panel counts ${await badge.innerText().catch(() => '?')} findings for flawed.prfaq.md; prfaq lint finds ${expected}`);
    });
    // The README is open too, yet only the PR/FAQ has a file row.
    await wb.openFile('README.md', 'A very ordinary README');
    await wb.problemRows('flawed.prfaq.md').first().waitFor({ timeout: UI_TIMEOUT_MS });
    const readmeRows = await wb.problemRows('README.md').count();
    if (readmeRows) throw new Error(`the Problems panel lists README.md (${readmeRows} row(s))`);
    await wb.screenshot('problems-panel');
  });
});
