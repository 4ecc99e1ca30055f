// Builds the extension (npm run build) and packages VSIXes with vsce into a
// temp dir: the product's own, and the test-only runner extension.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** The product's VSIX, written to `outDir`. */
export function packageProduct(outDir) {
  const m = manifest(REPO);
  return vsce(REPO, join(outDir, `${m.name}-${m.version}.vsix`));
}

/** Bundles the runner and the suites, then packages the runner's VSIX into `outDir`. */
export async function packageRunner(outDir) {
  const { suites } = await buildRunner();
  const m = manifest(RUNNER_DIR);
  const vsix = vsce(RUNNER_DIR, join(outDir, `${m.name}-${m.version}.vsix`), ['--skip-license', '--allow-missing-repository', '--allow-star-activation']);
  return { vsix, suites };
}
