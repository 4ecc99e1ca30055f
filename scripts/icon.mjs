#!/usr/bin/env node
// Rasterises media/icon.svg into media/icon.png (128×128, transparent
// corners) with the Chromium the real-editor tests use, through
// playwright-core. Run it after editing the SVG: `npm run icon`.
// PRFAQ_E2E_CHROMIUM picks another Chromium binary (default /usr/bin/chromium).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZE = 128;
const svgFile = join(ROOT, 'media', 'icon.svg');
const pngFile = join(ROOT, 'media', 'icon.png');
const executablePath = process.env.PRFAQ_E2E_CHROMIUM || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`icon: no Chromium at ${executablePath}; run \`npm run test:e2e\` once (it installs one) or set PRFAQ_E2E_CHROMIUM.`);
  process.exit(2);
}

const svg = readFileSync(svgFile, 'utf8');
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  writeFileSync(pngFile, png);
  console.log(`icon: wrote ${pngFile} (${png.length} bytes)`);
} finally {
  await browser.close();
}
