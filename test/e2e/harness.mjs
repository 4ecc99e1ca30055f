#!/usr/bin/env node
// `npm run test:e2e`: real-editor tests in code-server + Debian Chromium.
//   1. installs Node 24, code-server and Chromium into a cache (first run only)
//   2. builds the extension, packages it as `npm run package` does (the VSIX
//      that ships) and the test-only runner as VSIXes; code-server installs
//      the VSIXes, and verifyInstalledProduct checks the product runs from
//      its extensions folder, not from this source tree
//   3. runs the extension-host suites (test/e2e/suites/*.suite.ts) inside
//      code-server's extension host
//   4. runs the Restricted Mode suite (suites/restricted.suite.ts) the same
//      way in a fresh code-server with workspace trust on, on an untrusted
//      copy of test/e2e/workspace-untrusted
//   5. runs the UI tests (test/e2e/ui/*.ui.ts) in Chromium with playwright-core
//   6. runs the web extension's UI tests (test/e2e/web/*.ui.ts) in a code-server
//      whose settings put the extension in the web worker extension host
// and always tears down code-server, Chromium and the temp dirs.
//
// Options: --host-only, --ui-only, --grep <regexp>, --keep-temp.
// Env: PRFAQ_E2E_CACHE (cache dir), PRFAQ_E2E_CHROMIUM (browser binary).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { cleanup, installSignalHandlers, onCleanup } from './lib/cleanup.mjs';
import { CodeServer } from './lib/codeserver.mjs';
import { runHostSuites } from './lib/host-run.mjs';
import { HarnessError, elapsed, log } from './lib/log.mjs';
import { ensureTools } from './lib/tools.mjs';
import { REPO, buildExtension, packageProduct, packageRunner, verifyInstalledProduct } from './lib/vsix.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const E2E = join(REPO, 'test', 'e2e');
const ARTIFACTS = join(REPO, '.build-artifacts', 'e2e');
const require = createRequire(join(REPO, 'package.json'));

/**
 * User settings that run PR/FAQ Studio in the workbench's web worker
 * extension host, as on vscode.dev and github.dev, instead of code-server's
 * Node one: the worker host on, and the extension's kind set to "web" (the
 * `browser` entry of package.json, dist/web/extension.js).
 */
const WEB_WORKER_SETTINGS = {
  'extensions.webWorker': true,
  'remote.extensionKind': { 'prfaq-studio.prfaq-studio': ['web'] },
};

async function runUiTests({ tools, productVsix, grep, specs = 'ui', settings }) {
  const cs = new CodeServer(tools, settings ? { settings } : {});
  try {
    cs.installExtension(productVsix);
    log(`extension under test: the packaged VSIX, installed at ${verifyInstalledProduct(cs.extensionsDir)}`);
    await cs.start();
    log(`code-server up at ${cs.url}; running the UI tests in Chromium`);
    const summaryFile = join(cs.tmp, `${specs}-summary.json`);
    const mocha = require.resolve('mocha/bin/mocha.js');
    const child = spawn(
      process.execPath,
      [mocha, '--no-config', '--require', 'tsx/cjs', '--timeout', '180000', '--retries', '1', '--reporter', join(E2E, 'lib', 'ui-reporter.cjs'), ...(grep ? ['--grep', grep] : []), join(E2E, specs, '*.ui.ts')],
      {
        cwd: REPO,
        stdio: ['ignore', 'inherit', 'inherit'],
        env: {
          ...process.env,
          PRFAQ_E2E_URL: cs.url,
          PRFAQ_E2E_WORKSPACE: join(E2E, 'workspace'),
          PRFAQ_E2E_CHROMIUM: tools.chromium,
          PRFAQ_E2E_ARTIFACTS: ARTIFACTS,
          PRFAQ_E2E_UI_SUMMARY: summaryFile,
        },
      },
    );
    const unregister = onCleanup(() => child.kill('SIGTERM'));
    const code = await new Promise((resolve) => child.on('exit', (c, s) => resolve(c ?? (s ? 1 : 0))));
    unregister();
    if (!existsSync(summaryFile)) throw new HarnessError(`the UI test run ended (exit ${code}) without results`, cs.logTail());
    const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
    if (summary.failures) log(`code-server logs for the UI failures above:\n${cs.logTail(15)}`);
    if (!cs.alive) throw new HarnessError('code-server died during the UI tests', cs.logTail());
    return summary;
  } finally {
    await cs.stop();
  }
}

async function main() {
  installSignalHandlers();
  const grep = option('--grep');
  const host = !flag('--ui-only');
  const ui = !flag('--host-only');

  // Wall time per step, printed at the end: a first run's installs stand apart from the tests.
  const times = [];
  const timed = async (what, fn) => {
    const t0 = Date.now();
    try {
      return await fn();
    } finally {
      times.push(`${what} ${elapsed(t0)}`);
    }
  };

  const tools = await timed('tools', () => ensureTools());
  const tmp = mkdtempSync(join(os.tmpdir(), 'prfaq-e2e-'));
  if (!flag('--keep-temp')) onCleanup(() => rmSync(tmp, { recursive: true, force: true }));

  log('building the extension and packaging the VSIXes…');
  const { productVsix, runnerVsix, suites } = await timed('build', async () => {
    buildExtension();
    const productVsix = packageProduct(tmp);
    const { vsix, suites } = await packageRunner(tmp);
    return { productVsix, runnerVsix: vsix, suites };
  });
  const workspace = join(tmp, 'workspace');
  cpSync(join(E2E, 'workspace'), workspace, { recursive: true });
  const untrusted = join(tmp, 'workspace-untrusted');
  cpSync(join(E2E, 'workspace-untrusted'), untrusted, { recursive: true });
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });

  const totals = { passes: 0, failures: 0, pending: 0 };
  const add = (s) => {
    totals.passes += s.passes;
    totals.failures += s.failures;
    totals.pending += s.pending;
  };
  if (host) {
    log(`phase 1/4: ${suites.filter((f) => f !== 'restricted.suite.ts').length} extension-host suite file(s)`);
    add(await timed('extension-host suites', () => runHostSuites({ tools, productVsix, runnerVsix, workspace, artifacts: ARTIFACTS, grep })));
    log('phase 2/4: the Restricted Mode suite in an untrusted workspace (workspace trust on)');
    add(await timed('Restricted Mode suite', () => runHostSuites({ tools, productVsix, runnerVsix, workspace: untrusted, artifacts: ARTIFACTS, grep, restricted: true })));
  }
  if (ui) {
    log('phase 3/4: UI tests in Chromium');
    add(await timed('UI tests', () => runUiTests({ tools, productVsix, grep })));
    log("phase 4/4: the web extension in the workbench's web worker extension host (test/e2e/web/)");
    add(await timed('web extension UI tests', () => runUiTests({ tools, productVsix, grep, specs: 'web', settings: WEB_WORKER_SETTINGS })));
  }
  log(`screenshots: ${ARTIFACTS}`);
  log(`done in ${elapsed()} (${times.join(', ')})`);
  console.log(`${totals.passes} passed, ${totals.failures} failed${totals.pending ? `, ${totals.pending} skipped` : ''}`);
  if (totals.passes + totals.failures === 0) throw new HarnessError('no test ran');
  return totals.failures ? 1 : 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (e) {
  if (e instanceof HarnessError) {
    console.error(`\n[e2e] FAILED: ${e.message}`);
    if (e.detail) console.error(e.detail);
  } else {
    console.error('\n[e2e] FAILED with an unexpected error:', e);
  }
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
