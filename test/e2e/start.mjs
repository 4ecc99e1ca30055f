#!/usr/bin/env node
// `npm start`: try the extension without installing VS Code. Builds and
// packages it, starts code-server (a VS Code in the browser) with it
// installed and examples/ open, and prints the URL. Ctrl+C stops everything.
//
//   npm start                    # http://127.0.0.1:8080
//   npm start -- --port 9000     # or PORT=9000 npm start
//   npm start -- --folder docs   # open another folder
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { cleanup, installSignalHandlers, onCleanup, stopping } from './lib/cleanup.mjs';
import { CodeServer } from './lib/codeserver.mjs';
import { HarnessError, log } from './lib/log.mjs';
import { ensureTools } from './lib/tools.mjs';
import { REPO, buildExtension, packageProduct } from './lib/vsix.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

async function main() {
  installSignalHandlers({ exitCode: 0 });
  const port = Number(option('--port') ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new HarnessError(`not a port: ${option('--port') ?? process.env.PORT}`);
  const folder = resolve(REPO, option('--folder') ?? 'examples');
  const tools = await ensureTools({ browser: false });
  log('building and packaging the extension…');
  buildExtension();
  const tmp = mkdtempSync(join(os.tmpdir(), 'prfaq-start-'));
  onCleanup(() => rmSync(tmp, { recursive: true, force: true }));
  const vsix = packageProduct(tmp);
  const cs = new CodeServer(tools, { port });
  cs.installExtension(vsix);
  await cs.start();
  console.log(`\n  PR/FAQ Studio is running in VS Code (code-server):\n\n    ${cs.folderUrl(folder)}\n\n  Open it in a browser. Ctrl+C stops it.\n`);
  const { code, signal } = await cs.exited;
  if (stopping()) return new Promise(() => {}); // Ctrl+C: the signal handler exits
  throw new HarnessError(`code-server stopped (${signal ?? `exit ${code}`})`, cs.logTail());
}

let exitCode = 1;
try {
  await main();
} catch (e) {
  console.error(`[prfaq] ${e instanceof HarnessError ? e.message : e?.stack ?? e}`);
  if (e?.detail) console.error(e.detail);
} finally {
  await cleanup();
}
process.exit(exitCode);
