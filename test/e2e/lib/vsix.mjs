// Builds the extension (npm run build) and packages VSIXes with vsce into a
// temp dir: the product's own — through scripts/package.mjs, exactly as
// `npm run package` makes the VSIX that ships — and the test-only runner
// extension. After code-server installs the product, verifyInstalledProduct
// checks that what runs is that VSIX, unpacked in code-server's extensions
// folder, and nothing from the source tree.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageVsix } from '../../../scripts/package.mjs';
import { HarnessError } from './log.mjs';
import { RUNNER_DIR, buildRunner } from './runner-build.mjs';

export const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const require = createRequire(join(REPO, 'package.json'));

function manifest(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}

/** `publisher.name` of the product, as VS Code knows it. */
export function extensionId() {
  const m = manifest(REPO);
  return `${m.publisher}.${m.name}`;
}

function runNode(args, cwd, what) {
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) {
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
    throw new HarnessError(`${what} failed (exit ${r.status ?? r.signal})`, out.split('\n').slice(-30).join('\n'));
  }
  return r;
}

/** `npm run build`, then checks the bundles the extension needs. */
export function buildExtension() {
  runNode([join(REPO, 'scripts', 'build.mjs')], REPO, 'building the extension (scripts/build.mjs)');
  const m = manifest(REPO);
  const main = join(REPO, m.main ?? 'dist/client.js');
  for (const f of [main, join(REPO, 'dist', 'server.js')]) {
    if (!existsSync(f)) throw new HarnessError(`${f} was not built: is its entry point (client/src/extension.ts, server/src/main.ts) there?`);
  }
}

function vsce(dir, out, extra = []) {
  const cli = require.resolve('@vscode/vsce/vsce');
  runNode([cli, 'package', '--no-dependencies', '--no-update-package-json', '--no-git-tag-version', '-o', out, ...extra], dir, `vsce package in ${dir}`);
  if (!existsSync(out)) throw new HarnessError(`vsce did not write ${out}`);
  return out;
}

/** The product's VSIX, as `npm run package` makes it (production bundles, checked contents), written to `outDir`. */
export function packageProduct(outDir) {
  const m = manifest(REPO);
  try {
    return packageVsix({ out: join(outDir, `${m.name}-${m.version}.vsix`) }).file;
  } catch (e) {
    throw new HarnessError('packaging the extension (scripts/package.mjs) failed', e.message);
  }
}

/** Every file under `dir`, relative to it. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)));
}

/**
 * Checks that code-server installed the product from a VSIX into
 * `extensionsDir` and that the installed folder holds only packaged files
 * (bundles, no sources, maps or node_modules); returns the folder. Throws a
 * HarnessError naming what is wrong.
 */
export function verifyInstalledProduct(extensionsDir) {
  const id = extensionId();
  const registry = join(extensionsDir, 'extensions.json');
  if (!existsSync(registry)) throw new HarnessError(`code-server wrote no ${registry}: was the extension installed?`);
  const entries = JSON.parse(readFileSync(registry, 'utf8'));
  const entry = entries.find((e) => e.identifier?.id?.toLowerCase() === id.toLowerCase());
  if (!entry) throw new HarnessError(`${id} is not in ${registry}`, JSON.stringify(entries, null, 2));
  const dir = realpathSync(entry.location?.fsPath ?? entry.location?.path ?? join(extensionsDir, entry.relativeLocation ?? ''));
  const problems = [];
  if (entry.metadata?.source !== 'vsix') problems.push(`installed from "${entry.metadata?.source}", not from a VSIX`);
  if (!dir.startsWith(realpathSync(extensionsDir) + sep)) problems.push(`installed at ${dir}, outside the extensions folder ${extensionsDir}`);
  if (dir === realpathSync(REPO) || dir.startsWith(realpathSync(REPO) + sep)) problems.push(`installed at ${dir}, inside the source tree`);
  if (!existsSync(join(dir, '.vsixmanifest'))) problems.push('no .vsixmanifest: the folder was not unpacked from a VSIX');
  const files = existsSync(dir) ? filesUnder(dir) : [];
  if (!files.includes(join('dist', 'server.js')) || !files.includes(join('dist', 'client.js'))) problems.push('dist/client.js or dist/server.js is missing');
  const stray = files.filter((f) => /\.(ts|map)$/.test(f) || f.split(sep).some((part) => ['node_modules', 'src', 'test'].includes(part)));
  if (stray.length) problems.push(`sources or maps shipped: ${stray.slice(0, 5).join(', ')}`);
  if (entry.version !== manifest(REPO).version) problems.push(`version ${entry.version}, but package.json says ${manifest(REPO).version}`);
  if (problems.length) throw new HarnessError(`the installed ${id} is not the packaged VSIX`, problems.join('\n'));
  return dir;
}

/** Bundles the runner and the suites, then packages the runner's VSIX into `outDir`. */
export async function packageRunner(outDir) {
  const { suites } = await buildRunner();
  const m = manifest(RUNNER_DIR);
  const vsix = vsce(RUNNER_DIR, join(outDir, `${m.name}-${m.version}.vsix`), ['--skip-license', '--allow-missing-repository', '--allow-star-activation']);
  return { vsix, suites };
}
