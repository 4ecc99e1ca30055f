/**
 * `extensionTestsPath` for @vscode/test-electron (`npm run test:desktop`):
 * the same suites, printed by mocha's spec reporter.
 */
import { runSuites } from './run.js';

export async function run(): Promise<void> {
  const failures = await runSuites({ grep: process.env.PRFAQ_E2E_GREP });
  if (failures > 0) throw new Error(`${failures} extension-host test(s) failed`);
}
