#!/usr/bin/env node
// `npm run screenshots`: refreshes the README's screenshots (media/screenshots/)
// from the latest real-editor run. The UI tests (test/e2e/ui/*.ui.ts) save a
// full-window screenshot into .build-artifacts/e2e/ only after every
// assertion of the test has passed, and the harness empties that folder when
// a run starts, so what is there shows the extension as the last run saw it.
// Each picture is scaled to 1080 px wide (Chromium redraws it) to keep the
// repository small; the VSIX leaves them out (.vscodeignore), and its copy of
// the README drops them (readmeForVsix in scripts/package.mjs).
//
//   npm run test:e2e -- --ui-only && npm run screenshots
//
// Options: --from DIR (default .build-artifacts/e2e, or $PRFAQ_E2E_ARTIFACTS).
// PRFAQ_E2E_CHROMIUM picks the Chromium binary (default /usr/bin/chromium).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WIDTH = 1080;

/** README order: artifact name (from the UI test) → file in media/screenshots/. */
export const SHOTS = [
  { artifact: 'problems-panel', file: '1-finding.png', test: 'test/e2e/ui/problems.ui.ts' },
  { artifact: 'hover', file: '2-hover.png', test: 'test/e2e/ui/hover.ui.ts' },
  { artifact: 'quickfix-menu', file: '3-quick-fix.png', test: 'test/e2e/ui/quickfix.ui.ts' },
  { artifact: 'preview', file: '4-preview.png', test: 'test/e2e/ui/preview.ui.ts' },
  { artifact: 'structure-view', file: '5-structure-view.png', test: 'test/e2e/ui/cockpit.ui.ts' },
  { artifact: 'web-worker', file: '6-web-extension.png', test: 'test/e2e/web/web-extension.ui.ts' },
  { artifact: 'review-page', file: '7-review-page.png', test: 'test/e2e/ui/page.ui.ts' },
];

async function main() {
  const args = process.argv.slice(2);
  const fromAt = args.indexOf('--from');
  const from = resolve(fromAt >= 0 ? args[fromAt + 1] ?? '' : process.env.PRFAQ_E2E_ARTIFACTS ?? join(ROOT, '.build-artifacts', 'e2e'));
  const out = join(ROOT, 'media', 'screenshots');

  const missing = SHOTS.filter((s) => !existsSync(join(from, `${s.artifact}.png`)));
  if (missing.length) {
    console.error(`screenshots: not in ${from}:`);
    for (const s of missing) console.error(`  ${s.artifact}.png (written by ${s.test} when it passes)`);
    console.error('Run `npm run test:e2e -- --ui-only` first; a test that failed leaves no screenshot.');
    process.exitCode = 1;
    return;
  }

  const executablePath = process.env.PRFAQ_E2E_CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.error(`screenshots: no Chromium at ${executablePath}; set PRFAQ_E2E_CHROMIUM.`);
    process.exitCode = 2;
    return;
  }

  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: WIDTH, height: 800 }, deviceScaleFactor: 1 });
    for (const s of SHOTS) {
      const source = join(from, `${s.artifact}.png`);
      const data = readFileSync(source).toString('base64');
      await page.setContent(`<!doctype html><body style="margin:0"><img style="display:block;width:${WIDTH}px" src="data:image/png;base64,${data}"></body>`);
      const img = page.locator('img');
      const png = await img.screenshot();
      writeFileSync(join(out, s.file), png);
      const when = statSync(source).mtime.toISOString().replace('T', ' ').slice(0, 16);
      console.log(`screenshots: ${relative(ROOT, join(out, s.file))} (${Math.round(png.length / 1024)} KB) from ${s.artifact}.png of ${when}`);
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
