/**
 * The language server measured the way VS Code runs it: `fork`ed over Node
 * IPC with `--node-ipc`, the client's `execArgv` and `silent: true`, as
 * vscode-languageclient does for `TransportKind.ipc` (client/src/extension.ts).
 * bench.ts uses it; on its own it is a quick probe while working on start-up
 * or memory:
 *
 *   npx tsx scripts/bench/server.ts [--server S.js]… [--exec-argv "--flag …"]… [--runs N] [--pages N] [--node BIN]
 *
 * Every combination of --server and --exec-argv is run once per round, so
 * load from other work on the machine falls on all alike; compare the CPU
 * time too. --server defaults to dist/server.js (a development build; the
 * bench uses the bundle inside the VSIX). --pages above 50 also types one
 * character and reports the re-review.
 */
import { execFileSync, fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-languageserver-protocol/node';
import { generate } from './corpus.js';

export interface ServerRun {
  /** From `fork` to the first diagnostics of the opened document. */
  spawnToDiagnostics: number;
  /** From sending `initialize` to the first diagnostics (what issue #6 sets a target for). */
  initializeToDiagnostics: number;
  /** Resident set size of the server once the document is reviewed (and edited, with `edit`). */
  rssMB: number;
  /**
   * CPU time the server's threads used until the first diagnostics (Linux:
   * /proc schedstat), which other work on a shared machine disturbs far less
   * than the wall-clock figures.
   */
  cpuMs?: number;
  /** With `edit`: from the change to the new diagnostics (the 250 ms debounce included). */
  editToDiagnostics?: number;
}

export interface ServerRunOptions {
  /** The bundle to start. */
  server: string;
  /** The Node binary (default: the one running the bench). */
  node?: string;
  /** Node flags, as the client passes them (`options.execArgv`). */
  execArgv: readonly string[];
  text: string;
  /** Also type one character mid-document and wait for the new diagnostics. */
  edit?: boolean;
  /** Extra environment (e.g. NODE_COMPILE_CACHE for a cache folder of the bench's own). */
  env?: NodeJS.ProcessEnv;
  /** Where the document is said to live (its name decides the kind). */
  uri?: string;
}

/** Start the server, open `text`, resolve with timings once diagnostics arrive. */
export async function serverRun(o: ServerRunOptions): Promise<ServerRun> {
  const t0 = performance.now();
  // What vscode-languageclient does for { module, transport: TransportKind.ipc, options: { execArgv } }.
  const child = fork(o.server, ['--node-ipc', `--clientProcessId=${process.pid}`], {
    execArgv: [...o.execArgv],
    execPath: o.node ?? process.execPath,
    silent: true,
    env: { ...process.env, ...o.env },
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout?.resume();
  const conn = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  const uri = o.uri ?? pathToFileURL(resolve('bench-document.prfaq.md')).href;
  let waiter: ((n: number) => void) | null = null;
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => {
    if (p.uri === uri && waiter) waiter(p.diagnostics.length);
  });
  // The bench client declares no capabilities (so diagnostics are pushed); answer the few requests a server may still send.
  for (const method of ['workspace/configuration', 'client/registerCapability', 'window/workDoneProgress/create']) conn.onRequest(method, () => null);
  conn.listen();
  const next = () =>
    new Promise<number>((res, rej) => {
      const timer = setTimeout(() => rej(new Error(`no diagnostics within 60 s${stderr ? `; server stderr: ${stderr.slice(-500)}` : ''}`)), 60_000);
      waiter = (n) => {
        clearTimeout(timer);
        waiter = null;
        res(n);
      };
    });
  try {
    const tInit = performance.now();
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
    conn.sendNotification('initialized', {});
    const got = next();
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: o.text } });
    await got;
    const tDiag = performance.now();
    const cpuMs = readCpuMs(child.pid!);
    let editToDiagnostics: number | undefined;
    if (o.edit) {
      const at = o.text.length >> 1;
      const pos = positionAt(o.text, at);
      const again = next();
      const tEdit = performance.now();
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: pos, end: pos }, text: 'x' }] });
      await again;
      // Includes the default 250 ms pause the server waits for typing to stop.
      editToDiagnostics = performance.now() - tEdit;
    }
    const rssMB = readRss(child.pid!);
    return { spawnToDiagnostics: tDiag - t0, initializeToDiagnostics: tDiag - tInit, rssMB, cpuMs, editToDiagnostics };
  } finally {
    // Shut down as a client does, so profiles (--cpu-prof, --heap-prof) are written; kill what lingers.
    const exited = new Promise((r) => child.once('exit', r));
    try {
      await Promise.race([conn.sendRequest('shutdown').then(() => conn.sendNotification('exit')), new Promise((r) => setTimeout(r, 2000))]);
    } catch {
      // already gone
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    conn.dispose();
    child.kill();
  }
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Sum of the time on CPU of every thread of `pid` (main, GC helpers, compilers…), or undefined off Linux. */
export function readCpuMs(pid: number): number | undefined {
  try {
    let ns = 0;
    for (const t of readdirSync(`/proc/${pid}/task`)) ns += Number(readFileSync(`/proc/${pid}/task/${t}/schedstat`, 'utf8').split(' ')[0]);
    return ns / 1e6;
  } catch {
    return undefined;
  }
}

export function readRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    if (kb) return Math.round(kb / 102.4) / 10;
  } catch {
    // not Linux
  }
  const out = execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
  return Math.round(Number(out.trim()) / 102.4) / 10;
}

if (require.main === module) {
  // Several `--exec-argv` (or bundles with `--server`) are run in turn, run by run,
  // so a change in the machine's load falls on all of them alike.
  const args = process.argv.slice(2);
  const all = (name: string) => {
    const out: string[] = [];
    for (let i = args.indexOf(name); i >= 0; i = args.indexOf(name)) out.push(args.splice(i, 2)[1]);
    return out;
  };
  const runs = Number(all('--runs')[0] ?? 5);
  const pages = Number(all('--pages')[0] ?? 6);
  const flagSets = all('--exec-argv');
  const servers = all('--server');
  const node = all('--node')[0];
  const configs: Array<{ server: string; execArgv: string[]; node?: string }> = [];
  for (const s of servers.length ? servers : [join(__dirname, '../../dist/server.js')]) {
    for (const f of flagSets.length ? flagSets : ['']) configs.push({ server: resolve(s), node, execArgv: f.split(/\s+/).filter(Boolean) });
  }
  const text = generate('prfaq', pages, pages * 101 + 1);
  const results = configs.map(() => [] as ServerRun[]);
  void (async () => {
    for (let i = 0; i < runs; i++) {
      for (let c = 0; c < configs.length; c++) results[c].push(await serverRun({ ...configs[c], text, edit: pages > 50 }));
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    for (let c = 0; c < configs.length; c++) {
      const r = results[c];
      console.log(
        `${configs[c].server} [${configs[c].execArgv.join(' ')}]: initialize→diagnostics median ${med(r.map((x) => x.initializeToDiagnostics)).toFixed(0)} ms`,
        `(${r.map((x) => x.initializeToDiagnostics.toFixed(0)).join(' ')}), cpu median ${med(r.map((x) => x.cpuMs ?? NaN)).toFixed(0)} ms, rss median ${med(r.map((x) => x.rssMB))} MB (${r.map((x) => x.rssMB).join(' ')})`,
        pages > 50 ? `edit median ${med(r.map((x) => x.editToDiagnostics!)).toFixed(0)} ms` : '',
      );
    }
  })();
}
