/**
 * The README is the marketplace page: it opens with the set-up commands,
 * lists every rule with a link to its page, and every link and screenshot
 * it points at exists (screenshots as small PNGs that `npm run screenshots`
 * refreshes from the real-editor tests).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import '../engine/review.js';
import { RULE_IDS } from '../engine/rules/registry.js';
import { pngSize } from './png.js';

const ROOT = join(__dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** Markdown link and image targets outside code blocks. */
const targets = [...readme.replace(/```[\s\S]*?```/g, '').matchAll(/(!?)\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => ({ image: m[1] === '!', target: m[2] }));

describe('README', () => {
  it('opens with the two set-up commands', () => {
    const lines = readme.split('\n');
    assert.equal(lines[0], '# PR/FAQ Studio');
    assert.equal(lines[2], '```sh');
    assert.match(lines[3], /^npm ci && npx prfaq lint examples\/\s+#/);
    assert.match(lines[4], /^npm test\s+#/);
  });

  it('lists every rule with a link to its page, and the pages exist', () => {
    for (const id of RULE_IDS) {
      assert.ok(readme.includes(`| [\`${id}\`](docs/rules/${id}.md) |`), `rule table row for ${id}`);
      assert.ok(existsSync(join(ROOT, 'docs', 'rules', `${id}.md`)), `docs/rules/${id}.md`);
    }
  });

  it('links only to files that exist', () => {
    const local = targets.filter((t) => !/^(https?:|mailto:|#)/.test(t.target));
    assert.ok(local.length > RULE_IDS.length, 'found the local links');
    for (const { target } of local) assert.ok(existsSync(join(ROOT, target.split('#')[0])), `${target} exists`);
  });

  it('shows the screenshots npm run screenshots makes, as PNGs of at most 300 KB', async () => {
    const { SHOTS } = (await import(pathToFileURL(join(ROOT, 'scripts', 'screenshots.mjs')).href)) as { SHOTS: Array<{ file: string }> };
    const images = targets.filter((t) => t.image).map((t) => t.target);
    assert.deepEqual(images, SHOTS.map((s) => `media/screenshots/${s.file}`), 'the README shows the screenshots in the script\'s order');
    for (const image of images) {
      const file = join(ROOT, image);
      assert.ok(statSync(file).size <= 300 * 1024, `${image} is ${Math.round(statSync(file).size / 1024)} KB`);
      const { width } = pngSize(readFileSync(file));
      assert.equal(width, 1080, `${image} width`);
    }
  });

  it('keeps the Performance and Architecture sections and documents the CLI in CI and the other editors', () => {
    for (const heading of ['## Performance', '## Architecture', '## Command line', '## Other editors', '## Silencing and configuration']) {
      assert.ok(readme.includes(`\n${heading}\n`), heading);
    }
    for (const part of ['--format sarif', 'upload-sarif', 'vim.lsp.config', 'eglot-server-programs', '[language-server.prfaq]']) assert.ok(readme.includes(part), part);
  });
});
