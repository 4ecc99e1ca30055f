// Bundles the test-only runner extension (test/e2e/runner-extension) and
// every extension-host suite (test/e2e/suites/*.suite.ts) with esbuild into
// test/e2e/runner-extension/dist (git-ignored). Adding a suite = adding one
// `*.suite.ts` file; nothing else lists them.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = fileURLToPath(new URL('..', import.meta.url));
export const RUNNER_DIR = join(E2E_DIR, 'runner-extension');
const SUITES_DIR = join(E2E_DIR, 'suites');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
  external: ['vscode'],
};

export async function buildRunner() {
  const dist = join(RUNNER_DIR, 'dist');
  rmSync(dist, { recursive: true, force: true });
  const suites = readdirSync(SUITES_DIR).filter((f) => f.endsWith('.suite.ts'));
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: { extension: join(RUNNER_DIR, 'src', 'extension.ts'), index: join(RUNNER_DIR, 'src', 'index.ts') },
      outdir: dist,
      // mocha loads the suite files itself, with the real require().
      logOverride: { 'unsupported-require-call': 'silent', 'indirect-require': 'silent', 'require-resolve-not-external': 'silent' },
    }),
    esbuild.build({
      ...common,
      entryPoints: suites.map((f) => join(SUITES_DIR, f)),
      outdir: join(dist, 'suites'),
    }),
  ]);
  return { dist, suites };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { dist, suites } = await buildRunner();
  console.log(`runner + ${suites.length} suite(s) bundled into ${dist}`);
}
