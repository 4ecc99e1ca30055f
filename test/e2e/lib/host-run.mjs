// Phase 1: the extension-host suites. Starts code-server with the product
// and the test-only runner extension, opens the fixture workspace in
// Chromium (code-server starts an extension host only for a connected
// window), and prints the results the runner streams back over TCP.
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { openWorkbench } from './browser.mjs';
import { CodeServer } from './codeserver.mjs';
import { HarnessError, log, withTimeout } from './log.mjs';
import { REPO, verifyInstalledProduct } from './vsix.mjs';

function listen() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Collects the runner's NDJSON events; resolves on `end`, rejects on `crash`. */
function collect(server, onStart) {
  return new Promise((resolve, reject) => {
    const summary = { passes: 0, failures: 0, pending: 0, failed: [] };
    server.on('connection', (socket) => {
      let buf = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk) => {
        buf += chunk;
        let nl;
        while ((nl = buf.indexOf('\n')) >= 0) {
          const line = buf.slice(0, nl);
          buf = buf.slice(nl + 1);
          if (!line.trim()) continue;
          const e = JSON.parse(line);
          if (e.type === 'start') {
            onStart();
            log(`extension host: running ${e.total} test(s) in ${e.suites.length} suite(s)`);
          } else if (e.type === 'pass') log(`  ✔ ${e.fullTitle} (${e.durationMs} ms)`);
          else if (e.type === 'pending') log(`  - ${e.fullTitle} (pending)`);
          else if (e.type === 'fail') {
            summary.failed.push(e);
            log(`  ✘ ${e.fullTitle}\n      ${e.message.split('\n').join('\n      ')}`);
          } else if (e.type === 'end') resolve({ ...summary, passes: e.passes, failures: e.failures, pending: e.pending, durationMs: e.durationMs });
          else if (e.type === 'crash') reject(new HarnessError(`the test runner crashed in the extension host: ${e.message}`, e.stack));
        }
      });
    });
  });
}

export async function runHostSuites({ tools, productVsix, runnerVsix, workspace, artifacts, grep }) {
  const report = await listen();
  try {
    // PRFAQ_E2E_SOURCE_TREE: the activation suite checks the extension does not run from it.
    const env = { PRFAQ_E2E_REPORT: String(report.address().port), PRFAQ_E2E_SOURCE_TREE: REPO };
    if (grep) env.PRFAQ_E2E_GREP = grep;
    const cs = new CodeServer(tools, { env });
    try {
      cs.installExtension(productVsix);
      log(`extension under test: the packaged VSIX, installed at ${verifyInstalledProduct(cs.extensionsDir)}`);
      cs.installExtension(runnerVsix);
      await cs.start();
      log(`code-server up at ${cs.url}; opening the workspace to start the extension host`);
      let started;
      const startedP = new Promise((r) => (started = r));
      const results = collect(report, () => started());
      const died = cs.exited.then(({ code, signal }) => {
        throw new HarnessError(`code-server died during the extension-host suites (${signal ?? `exit ${code}`})`, cs.logTail());
      });
      died.catch(() => {}); // observed through Promise.race below; never unhandled
      const wb = await openWorkbench(tools.chromium, cs.folderUrl(workspace));
      try {
        await Promise.race([withTimeout(startedP, 120_000, 'the test runner extension to start in the extension host'), died]).catch((e) => {
          throw new HarnessError(e.message, cs.logTail());
        });
        const summary = await Promise.race([withTimeout(results, 15 * 60_000, 'the extension-host suites to finish'), died]);
        mkdirSync(artifacts, { recursive: true });
        await wb.page.screenshot({ path: join(artifacts, 'host-suites-workbench.png') }).catch(() => {});
        if (summary.failures) log(`extension-host logs for the failures above:\n${cs.logTail(15)}`);
        return summary;
      } finally {
        await wb.close();
      }
    } finally {
      await cs.stop();
    }
  } finally {
    report.close();
  }
}
