// The extension-host suites. Starts code-server with the product and the
// test-only runner extension, opens the fixture workspace in Chromium
// (code-server starts an extension host only for a connected window), and
// prints the results the runner streams back over TCP. It also carries out
// the runner's `ui` requests on that workbench (read a notification, click
// a button) and answers them on the same socket.
//
// Phase 1 runs every suite but restricted.suite.ts in a trusted workspace;
// the restricted phase (`restricted: true`) runs only that suite, with
// workspace trust enabled, in an untrusted copy of workspace-untrusted/.
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import { createInterface } from 'node:readline';
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

/**
 * Carries out one UiRequest (runner-extension/src/protocol.ts) on the
 * workbench page; resolves with the element's text, rejects with what the
 * selector matched instead.
 */
async function uiAction(page, artifacts, { action, selector, hasText, name, key, timeoutMs }) {
  if (action === 'screenshot') {
    const path = join(artifacts, `${String(name).replace(/[^\w.-]+/g, '-')}.png`);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path, timeout: timeoutMs });
    return path;
  }
  const all = page.locator(selector);
  const matching = hasText ? all.filter({ hasText }) : all;
  const target = matching.first();
  try {
    await target.waitFor({ state: 'visible', timeout: timeoutMs });
    if (action === 'texts') return JSON.stringify(await matching.allInnerTexts());
    const text = await target.innerText();
    if (action === 'click') await target.click({ timeout: timeoutMs });
    if (action === 'press') await target.press(key, { timeout: timeoutMs });
    return text;
  } catch (e) {
    const seen = await all.allInnerTexts().catch(() => []);
    const what = `${selector}${hasText ? ` containing ${JSON.stringify(hasText)}` : ''}`;
    throw new Error(
      `the workbench showed no ${what} within ${timeoutMs / 1000}s (${String(e.message).split('\n')[0]}); ` +
        `${selector} matched: ${seen.length ? seen.map((t) => JSON.stringify(t.replace(/\s+/g, ' ').trim())).join(', ') : '(nothing)'}`,
    );
  }
}

/**
 * Collects the runner's NDJSON events; resolves on `end`, rejects on `crash`.
 * `ui` events are carried out by `onUi` and answered on the socket.
 */
function collect(server, onStart, onUi) {
  return new Promise((resolve, reject) => {
    const summary = { passes: 0, failures: 0, pending: 0, failed: [] };
    server.on('connection', (socket) => {
      createInterface({ input: socket }).on('line', (line) => {
        if (!line.trim()) return;
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
        else if (e.type === 'ui') {
          const answer = (reply) => socket.write(JSON.stringify({ id: e.id, ...reply }) + '\n');
          onUi(e).then(
            (text) => answer({ ok: true, text }),
            (err) => answer({ ok: false, error: String(err?.message ?? err) }),
          );
        }
      });
    });
  });
}

/**
 * @param {object} o
 * @param {boolean} [o.restricted]  the restricted phase: workspace trust on, only restricted.suite.ts
 */
export async function runHostSuites({ tools, productVsix, runnerVsix, workspace, artifacts, grep, restricted = false }) {
  const report = await listen();
  try {
    // PRFAQ_E2E_SOURCE_TREE: the activation suite checks the extension does not run from it.
    const env = { PRFAQ_E2E_REPORT: String(report.address().port), PRFAQ_E2E_SOURCE_TREE: REPO };
    if (grep) env.PRFAQ_E2E_GREP = grep;
    if (restricted) env.PRFAQ_E2E_RESTRICTED = '1';
    const cs = new CodeServer(tools, { env, workspaceTrust: restricted });
    try {
      cs.installExtension(productVsix);
      log(`extension under test: the packaged VSIX, installed at ${verifyInstalledProduct(cs.extensionsDir)}`);
      cs.installExtension(runnerVsix);
      await cs.start();
      log(`code-server up at ${cs.url}${restricted ? ' with workspace trust on' : ''}; opening the workspace to start the extension host`);
      let started;
      const startedP = new Promise((r) => (started = r));
      let pageReady;
      const pageP = new Promise((r) => (pageReady = r));
      const onUi = async (req) => {
        log(`    workbench: ${req.action}${req.key ? ` ${req.key} in` : ''} ${req.name ?? req.selector}${req.hasText ? ` containing ${JSON.stringify(req.hasText)}` : ''}`);
        return uiAction(await pageP, artifacts, req);
      };
      const results = collect(report, () => started(), onUi);
      const died = cs.exited.then(({ code, signal }) => {
        throw new HarnessError(`code-server died during the extension-host suites (${signal ?? `exit ${code}`})`, cs.logTail());
      });
      died.catch(() => {}); // observed through Promise.race below; never unhandled
      const wb = await openWorkbench(tools.chromium, cs.folderUrl(workspace));
      pageReady(wb.page);
      try {
        await Promise.race([withTimeout(startedP, 120_000, 'the test runner extension to start in the extension host'), died]).catch((e) => {
          throw new HarnessError(e.message, cs.logTail());
        });
        const summary = await Promise.race([withTimeout(results, 15 * 60_000, 'the extension-host suites to finish'), died]);
        mkdirSync(artifacts, { recursive: true });
        await wb.page.screenshot({ path: join(artifacts, restricted ? 'restricted-workbench.png' : 'host-suites-workbench.png') }).catch(() => {});
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
