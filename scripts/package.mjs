#!/usr/bin/env node
// `npm run package`: the VSIX that ships, built with @vscode/vsce.
//
//   node scripts/package.mjs [--out FILE.vsix]
//
// It never touches dist/: the repository is copied to a staging folder
// (without node_modules, .git and build output), the bundles are built there
// with --production (minified, no source maps), and vsce packages that
// folder, keeping what .vscodeignore lets through. Then the VSIX itself is
// opened and checked: only the allowed files (no sources, tests, maps,
// node_modules or screenshots) and at most 1 MB. The real-editor harness
// (test/e2e/lib/vsix.mjs) installs the VSIX this writes, so the tests run
// what users get.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const MAX_VSIX_BYTES = 1024 * 1024;

/** Top-level entries never copied to the staging folder. */
const NOT_STAGED = new Set(['node_modules', '.git', 'dist', '.build-artifacts', 'test']);

/**
 * What may be inside the VSIX, under `extension/` (vsce adds its manifest
 * and content types beside it, and renames LICENSE to LICENSE.txt).
 */
const ALLOWED = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/(package\.json|package\.nls(\.[a-z-]+)?\.json|LICENSE\.txt)$/,
  // vsce writes the README and the CHANGELOG in lower case.
  /^extension\/(readme|changelog)\.md$/,
  /^extension\/dist\/(client|server)\.js$/,
  // The web extension: client and worker server (not the review page, which is its own download).
  /^extension\/dist\/web\/(extension|server)\.js$/,
  /^extension\/schemas\/[\w.-]+\.json$/,
  /^extension\/snippets\/[\w.-]+\.code-snippets$/,
  /^extension\/syntaxes\/[\w.-]+\.tmLanguage\.json$/,
  /^extension\/media\/(icon\.png|preview\.css|preview\.js)$/,
  /^extension\/media\/walkthrough\/[\w-]+\.md$/,
  /^extension\/docs\/rules\/[\w-]+\.md$/,
];
/** Files the extension cannot work without. */
export const REQUIRED = [
  'extension/package.json',
  'extension/package.nls.json',
  'extension/readme.md',
  'extension/dist/client.js',
  'extension/dist/server.js',
  'extension/dist/web/extension.js',
  'extension/dist/web/server.js',
  'extension/media/icon.png',
  'extension/media/preview.css',
  'extension/media/preview.js',
  'extension/schemas/prfaqrc.schema.json',
];

/**
 * The entries of a zip file (a VSIX is one), read from its central
 * directory: name, sizes, and `read()` for the content (stored or deflated).
 */
export function zipEntries(file) {
  const buf = readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file (no end of central directory)`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: broken central directory entry ${n}`);
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localHeader = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({
      name,
      size,
      compressedSize,
      read() {
        const start = localHeader + 30 + buf.readUInt16LE(localHeader + 26) + buf.readUInt16LE(localHeader + 28);
        const data = buf.subarray(start, start + compressedSize);
        if (method === 0) return Buffer.from(data);
        if (method === 8) return inflateRawSync(data);
        throw new Error(`${name}: unsupported zip method ${method}`);
      },
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** What is wrong with a VSIX: files that must not ship, files missing, size. Empty when it is fit to ship. */
export function vsixProblems(file) {
  const problems = [];
  const bytes = statSync(file).size;
  if (bytes > MAX_VSIX_BYTES) problems.push(`${basename(file)} is ${(bytes / 1024).toFixed(0)} KB, over the 1 MB budget`);
  const names = zipEntries(file).map((e) => e.name);
  for (const n of names) if (!ALLOWED.some((re) => re.test(n))) problems.push(`${n} must not ship`);
  for (const n of REQUIRED) if (!names.includes(n)) problems.push(`${n} is missing`);
  return problems;
}

/**
 * The README as the VSIX carries it (VS Code shows it on the extension's
 * page). The repository's README links to files beside it (the rule pages,
 * CONTRIBUTING.md) and shows screenshots from media/screenshots/; vsce would
 * point those at the repository's web address, and the project has none
 * that exists. The extension's page follows only web links, and the
 * screenshots stay out of the VSIX to keep it small. So a relative link
 * keeps its text without the link, and a relative image goes (its caption
 * is the paragraph above it). Code blocks are left as they are. The
 * sections written for the project's own engineers (README_FOR_CONTRIBUTORS:
 * how to develop it, how the engine is built) stay in the repository: a
 * user choosing the extension does not need them, and they had grown to a
 * fifth of the README the VSIX carries against its 1 MB budget.
 */
export function readmeForVsix(text) {
  const relative = (target) => !/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(target);
  let fenced = false;
  let skipping = false;
  let dropped = false;
  const out = [];
  for (const line of text.split('\n')) {
    const fence = /^\s*(```|~~~)/.test(line);
    if (!fenced && !fence) {
      const section = /^##\s+(.+?)\s*$/.exec(line);
      if (section || /^#\s/.test(line)) skipping = !!section && README_FOR_CONTRIBUTORS.includes(section[1]);
      if (skipping) {
        dropped = true;
        continue;
      }
    } else if (skipping) {
      if (fence) fenced = !fenced;
      continue;
    }
    if (fence) fenced = !fenced;
    if (fenced || fence) {
      out.push(line);
      continue;
    }
    const image = /^\s*!\[[^\]]*\]\(([^)\s]+)\)\s*$/.exec(line);
    if (image && relative(image[1])) {
      // Drop the image and the blank line it leaves behind.
      if (out.length && out[out.length - 1].trim() === '') out.pop();
      continue;
    }
    out.push(line.replace(/!?\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, label, target) => (relative(target) ? label : whole)));
  }
  if (dropped) {
    while (out.length && out[out.length - 1].trim() === '') out.pop();
    out.push('', `The repository's README also covers ${README_FOR_CONTRIBUTORS.map((t) => t.toLowerCase()).join(' and ')}.`, '');
  }
  return out.join('\n');
}

/** README sections for the project's own engineers, left out of the VSIX (readmeForVsix). */
export const README_FOR_CONTRIBUTORS = ['Development', 'Architecture'];

/** How much of the CHANGELOG the VSIX carries (changelogForVsix). */
export const VSIX_CHANGELOG_BYTES = 24 * 1024;

/**
 * The CHANGELOG as the VSIX carries it: its newest entries, up to
 * `maxBytes`, cut where an entry or a heading starts, then a line that says
 * where the rest is. The repository keeps every session's entries, and the
 * whole file had grown to a tenth of the VSIX's 1 MB budget; the
 * extension's page needs only what changed lately.
 */
export function changelogForVsix(text, maxBytes = VSIX_CHANGELOG_BYTES) {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  const lines = text.split('\n');
  let bytes = 0;
  let cut = 0;
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && /^(?:- |#{1,4} )/.test(lines[i])) cut = i;
    bytes += Buffer.byteLength(lines[i]) + 1;
    if (bytes > maxBytes) break;
  }
  const kept = lines.slice(0, cut);
  // A heading with nothing kept under it goes too.
  while (kept.length && (/^#{1,4} /.test(kept[kept.length - 1]) || kept[kept.length - 1].trim() === '')) kept.pop();
  return `${kept.join('\n')}\n\n---\n\nOlder entries are in CHANGELOG.md in the source repository.\n`;
}

function run(cmd, args, cwd, what) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) {
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`${what} failed (exit ${r.status ?? r.signal}):\n${out}`);
  }
  return r;
}

/**
 * Builds and packages the VSIX into `out` (default: <name>-<version>.vsix in
 * the repository); throws when vsce fails or the VSIX is not fit to ship.
 * Returns its path, size and entry names.
 */
export function packageVsix({ out } = {}) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const file = resolve(out ?? join(ROOT, `${pkg.name}-${pkg.version}.vsix`));
  const stage = mkdtempSync(join(os.tmpdir(), 'prfaq-package-'));
  try {
    for (const entry of readdirSync(ROOT)) {
      if (NOT_STAGED.has(entry) || entry.endsWith('.vsix') || entry.endsWith('.tgz')) continue;
      cpSync(join(ROOT, entry), join(stage, entry), { recursive: true });
    }
    // `files` lists what the npm tarball holds (the CLI); vsce refuses it beside .vscodeignore.
    const staged = JSON.parse(readFileSync(join(stage, 'package.json'), 'utf8'));
    delete staged.files;
    writeFileSync(join(stage, 'package.json'), JSON.stringify(staged, null, 2) + '\n');
    writeFileSync(join(stage, 'README.md'), readmeForVsix(readFileSync(join(stage, 'README.md'), 'utf8')));
    writeFileSync(join(stage, 'CHANGELOG.md'), changelogForVsix(readFileSync(join(stage, 'CHANGELOG.md'), 'utf8')));
    run(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--production', '--outdir', join(stage, 'dist')], ROOT, 'the production build');
    const require = createRequire(join(ROOT, 'package.json'));
    const vsce = require.resolve('@vscode/vsce/vsce');
    // No repository field: the project has no public address to link to (readmeForVsix).
    run(process.execPath, [vsce, 'package', '--no-dependencies', '--no-update-package-json', '--no-git-tag-version', '--allow-missing-repository', '-o', file], stage, 'vsce package');
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  const problems = vsixProblems(file);
  if (problems.length) throw new Error(`${file} is not fit to ship:\n  ${problems.join('\n  ')}`);
  return { file, bytes: statSync(file).size, entries: zipEntries(file).map((e) => e.name) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  try {
    const { file, bytes, entries } = packageVsix({ out: at >= 0 ? args[at + 1] : undefined });
    console.log(`package: wrote ${file} (${(bytes / 1024).toFixed(0)} KB, ${entries.length} entries; budget 1024 KB)`);
  } catch (e) {
    console.error(`package: ${e.message}`);
    process.exit(1);
  }
}
