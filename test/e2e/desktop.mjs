#!/usr/bin/env node
// `npm run test:desktop`: the same extension-host suites as `npm run
// test:e2e`, in desktop VS Code through @vscode/test-electron, for machines
// that can download VS Code (these cannot: the harness uses code-server).
// On Linux without a display, run it under Xvfb: `xvfb-run -a npm run test:desktop`.
//
// Env: VSCODE_VERSION (default "stable"; e.g. "1.90.0" = engines.vscode's minimum),
//      PRFAQ_E2E_GREP (only matching tests).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { USER_SETTINGS } from './lib/codeserver.mjs';
import { RUNNER_DIR, buildRunner } from './lib/runner-build.mjs';
import { REPO, buildExtension } from './lib/vsix.mjs';

const tmp = mkdtempSync(join(os.tmpdir(), 'prfaq-desktop-'));
let exitCode = 1;
try {
  buildExtension();
  await buildRunner();
  const workspace = join(tmp, 'workspace');
  cpSync(join(REPO, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  const userData = join(tmp, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: REPO,
    extensionTestsPath: join(RUNNER_DIR, 'dist', 'index.js'),
    launchArgs: [
      workspace,
      '--user-data-dir', userData,
      '--extensions-dir', join(tmp, 'extensions'),
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
  });
  exitCode = 0;
} catch (e) {
  console.error(`[test:desktop] FAILED: ${e?.message ?? e}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(exitCode);
