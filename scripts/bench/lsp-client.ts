/**
 * The language server as other editors run it: `prfaq-language-server
 * --stdio` started through its npm bin script, spoken to over stdin and
 * stdout by a plain LSP client that never sends `prfaq/visibleDocuments`
 * and sets `prfaq.debounceMs` to 0 (so what is timed is the review, not
 * the pause for typing to stop). Two such clients: one that pulls
 * diagnostics (`textDocument/diagnostic`, as Neovim 0.10+ does) and one
 * that has them pushed (`publishDiagnostics`, as Helix and eglot do).
 *
 * Beside them, in the same run, the yardsticks: a bare `node -e 0` for the
 * cold start, and write-good's CLI for `prfaq lint` of one file. Machines
 * differ; the targets are set in ratios to these.
 *
 * bench.ts runs `lspClientBench`; on its own this file is a probe:
 *
 *   npx tsx scripts/bench/lsp-client.ts [--quick]            every figure of the section
 *   npx tsx scripts/bench/lsp-client.ts --pages 50 [--mode pull|push] [--warm 100] [--edits 30] [--each]
 *   npx tsx scripts/bench/lsp-client.ts --cold [--mode pull|push] [--runs 5]
 *
 * --bin picks the server's bin script (default: this checkout's
 * bin/prfaq-language-server.js, which loads dist/), --node another Node, and
 * --node-args "--cpu-prof --cpu-prof-dir D" passes flags to the server's Node.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type DocumentDiagnosticReport,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { countWords, generate } from './corpus.js';
import { readCpuMs } from './server.js';

const ROOT = resolve(__dirname, '../..');
const WAIT_MS = 60_000;
const WRITE_GOOD = join(ROOT, 'node_modules/write-good/bin/write-good.js');

export type Mode = 'pull' | 'push';

export interface Stat {
  median: number;
  p10: number;
  p90: number;
  runs: number;
}

export function stat(xs: number[]): Stat {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))];
  return { median: q(0.5), p10: q(0.1), p90: q(0.9), runs: s.length };
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** The settings a writer puts in their editor's LSP configuration (Neovim's `settings = { prfaq = … }`). */
const SETTINGS = { debounceMs: 0 };

/** What a generic editor's client declares: settings on request, versioned diagnostics, no VS Code extras. */
function capabilities(mode: Mode): ClientCapabilities {
  return {
    workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
    textDocument: {
      synchronization: { didSave: true, dynamicRegistration: false },
      publishDiagnostics: { versionSupport: true },
      ...(mode === 'pull' ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
  };
}

export interface StartOptions {
  /** The Node binary (default: the one running the bench). */
  node?: string;
  /** Flags for the server's Node (e.g. --cpu-prof). */
  nodeArgs?: readonly string[];
}

/** A plain LSP client over the server's stdio. */
export class StdioClient {
  private readonly published = new Map<string, Array<(p: PublishDiagnosticsParams) => void>>();
  private readonly resultIds = new Map<string, string>();
  private readonly held = new Map<string, number>();
  /** Pull answers that said the findings the client holds still stand. */
  unchanged = 0;
  stderr = '';

  private constructor(
    readonly child: ChildProcess,
    readonly conn: ProtocolConnection,
    readonly mode: Mode,
  ) {}

  /** Spawns `node <bin> --stdio`, initializes, and sends the settings at once, as Neovim and Helix do. */
  static async start(bin: string, mode: Mode, o: StartOptions = {}): Promise<StdioClient> {
    const child = spawn(o.node ?? process.execPath, [...(o.nodeArgs ?? []), bin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new StdioClient(child, conn, mode);
    child.stderr!.on('data', (d: Buffer) => (client.stderr += d.toString()));
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const waiting = client.published.get(p.uri);
      if (waiting?.length) for (const w of waiting.splice(0)) w(p);
    });
    conn.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) => p.items.map((i) => (i.section === 'prfaq' ? SETTINGS : null)));
    for (const method of ['client/registerCapability', 'window/workDoneProgress/create', 'workspace/diagnostic/refresh']) conn.onRequest(method, () => null);
    conn.onNotification('window/logMessage', () => undefined);
    conn.listen();
    await within(conn.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: capabilities(mode) }), 'initialize', client);
    await conn.sendNotification('initialized', {});
    await conn.sendNotification('workspace/didChangeConfiguration', { settings: { prfaq: SETTINGS } });
    return client;
  }

  /** The next publishDiagnostics for `uri` at `version` or later. */
  private nextPublished(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return new Promise((res) => {
      const list = this.published.get(uri) ?? [];
      this.published.set(uri, list);
      const w = (p: PublishDiagnosticsParams) => {
        if ((p.version ?? version) >= version) res(p);
        else list.push(w);
      };
      list.push(w);
    });
  }

  /** How many findings `uri` has at `version`: pulled, or waited for. */
  private async diagnostics(uri: string, version: number, pushed?: Promise<PublishDiagnosticsParams>): Promise<number> {
    if (this.mode === 'push') return (await within(pushed ?? this.nextPublished(uri, version), 'publishDiagnostics', this)).diagnostics.length;
    const r = await within(
      this.conn.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: this.resultIds.get(uri) }),
      'textDocument/diagnostic',
      this,
    );
    if (r.kind === 'unchanged') {
      this.unchanged++;
      return this.held.get(uri) ?? 0;
    }
    if (r.resultId) this.resultIds.set(uri, r.resultId);
    this.held.set(uri, r.items.length);
    return r.items.length;
  }

  /** Opens `text` and resolves with its first findings' count. */
  async open(uri: string, text: string): Promise<number> {
    const pushed = this.mode === 'push' ? this.nextPublished(uri, 1) : undefined;
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return this.diagnostics(uri, 1, pushed);
  }

  /** Inserts `insert` at `at` as one incremental change; resolves with that version's findings' count. */
  async change(uri: string, version: number, at: { line: number; character: number }, insert: string): Promise<number> {
    const pushed = this.mode === 'push' ? this.nextPublished(uri, version) : undefined;
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: insert }] });
    return this.diagnostics(uri, version, pushed);
  }

  async stop(): Promise<void> {
    const exited = new Promise((r) => this.child.once('exit', r));
    try {
      await Promise.race([this.conn.sendRequest('shutdown').then(() => this.conn.sendNotification('exit')), new Promise((r) => setTimeout(r, 2000))]);
    } catch {
      // already gone
    }
    // Let the server write its profile (--cpu-prof) before anything lingering is killed.
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    this.conn.dispose();
    this.child.kill();
  }
}

function within<T>(p: PromiseLike<T>, what: string, client: StdioClient): Promise<T> {
  return new Promise<T>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`no ${what} within ${WAIT_MS / 1000} s; server stderr: ${client.stderr.slice(-500)}`)), WAIT_MS);
    p.then(
      (v) => (clearTimeout(timer), res(v)),
      (e) => (clearTimeout(timer), rej(e)),
    );
  });
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}

export interface Typing {
  /** Per measured keystroke, from sending the change to having its findings. */
  ms: number[];
  /** The server's CPU time per measured keystroke (Linux), which load from elsewhere disturbs less. */
  cpuMs: number[];
  /** The first 10 keystrokes after opening (unmeasured otherwise), in not yet optimised code. */
  firstMs: number[];
  findings: number;
  /** Pull answers "unchanged" (the edit moved no finding). */
  unchanged: number;
}

/**
 * Opens `text` and types `warm + measured` characters into its middle, a
 * few apart, each its own didChange, waited for before the next — the
 * pattern of the engine's keystroke rows in bench.ts. The first `warm` are
 * not measured, as the engine rows are taken warm: until V8 has optimised
 * the re-review (some 50–100 keystrokes, half a minute of typing) a
 * keystroke costs several times as much. The first 10 are reported apart.
 */
export async function typing(bin: string, mode: Mode, text: string, warm: number, measured: number, o: StartOptions = {}): Promise<Typing> {
  const client = await StdioClient.start(bin, mode, o);
  const uri = pathToFileURL(join(ROOT, `lsp-bench-${mode}.prfaq.md`)).href;
  try {
    await client.open(uri, text);
    const out: Typing = { ms: [], cpuMs: [], firstMs: [], findings: 0, unchanged: 0 };
    for (let i = 0; i < warm + measured; i++) {
      if (i === warm) client.unchanged = 0; // count the measured edits' answers only
      let at = (text.length >> 1) + (i % 40) * 3;
      while (at < text.length && /\s/.test(text[at])) at++;
      const ch = 'abcdefghij'[i % 10];
      const pos = positionAt(text, at);
      text = text.slice(0, at) + ch + text.slice(at);
      const cpu = readCpuMs(client.child.pid!);
      const t = performance.now();
      out.findings = await client.change(uri, i + 2, pos, ch);
      const ms = performance.now() - t;
      if (i < warm) {
        if (i < 10) out.firstMs.push(ms);
        continue;
      }
      out.ms.push(ms);
      if (cpu !== undefined) out.cpuMs.push(readCpuMs(client.child.pid!)! - cpu);
    }
    out.unchanged = client.unchanged;
    return out;
  } finally {
    await client.stop();
  }
}

/** From spawning the server to the first findings of `text`. */
export async function coldStart(bin: string, mode: Mode, text: string, o: StartOptions = {}): Promise<number> {
  const t = performance.now();
  const client = await StdioClient.start(bin, mode, o);
  try {
    await client.open(pathToFileURL(join(ROOT, 'lsp-bench-cold.prfaq.md')).href, text);
    return performance.now() - t;
  } finally {
    await client.stop();
  }
}

/** Wall time of one process, from spawn to exit. */
function wall(node: string, argv: string[]): { ms: number; status: number | null } {
  const t = performance.now();
  const r = spawnSync(node, argv, { cwd: ROOT, stdio: 'ignore' });
  if (r.error) throw r.error;
  return { ms: performance.now() - t, status: r.status };
}

/**
 * What `npm install -g prfaq-studio` puts on a writer's machine: the bin
 * scripts beside the bundles `npm run build` makes (the `prepare` script,
 * which the npm package is packed after), in a folder of the bench's own.
 */
export function npmLayout(out: string): { server: string; cli: string } {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'bin'), { recursive: true });
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--outdir', join(out, 'dist')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
  for (const f of ['prfaq-language-server.js', 'prfaq.js']) copyFileSync(join(ROOT, 'bin', f), join(out, 'bin', f));
  return { server: join(out, 'bin/prfaq-language-server.js'), cli: join(out, 'bin/prfaq.js') };
}

export interface StartFigures {
  node: string;
  /** Spawn → first findings of a ~2,300-word PR/FAQ, by client kind. */
  pullMs: Stat;
  pushMs: Stat;
  /** `node -e 0`, spawned the same way in the same rounds. */
  bareNodeMs: Stat;
  /** The faster client's median over the bare start's. */
  ratio: number;
  /** `prfaq lint` of one 6-page file, and write-good's CLI on it, wall time. */
  lintMs: Stat;
  writeGoodMs: Stat;
  lintRatio: number;
  exits: { prfaq: number | null; writeGood: number | null };
}

/**
 * Cold start and one-file lint on `node`, each round running every
 * contender once, so a change in the machine's load falls on all alike.
 */
export async function starts(layout: { server: string; cli: string }, node: string, coldText: string, lintFile: string, rounds: number): Promise<StartFigures> {
  const pull: number[] = [];
  const push: number[] = [];
  const bare: number[] = [];
  const lint: number[] = [];
  const wg: number[] = [];
  const exits = { prfaq: null as number | null, writeGood: null as number | null };
  // One unmeasured round: Node 22.1+ writes the bundles' compile cache on its first start, as on a writer's first.
  await coldStart(layout.server, 'pull', coldText, { node });
  wall(node, [layout.cli, 'lint', lintFile]);
  for (let i = 0; i < rounds; i++) {
    bare.push(wall(node, ['-e', '0']).ms);
    pull.push(await coldStart(layout.server, 'pull', coldText, { node }));
    push.push(await coldStart(layout.server, 'push', coldText, { node }));
    const a = wall(node, [layout.cli, 'lint', lintFile]);
    const b = wall(node, [WRITE_GOOD, lintFile]);
    lint.push(a.ms);
    wg.push(b.ms);
    exits.prfaq = a.status;
    exits.writeGood = b.status;
  }
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const f: StartFigures = { node: version, pullMs: stat(pull), pushMs: stat(push), bareNodeMs: stat(bare), ratio: 0, lintMs: stat(lint), writeGoodMs: stat(wg), lintRatio: 0, exits };
  f.ratio = round(Math.min(f.pullMs.median, f.pushMs.median) / f.bareNodeMs.median);
  f.lintRatio = round(f.lintMs.median / f.writeGoodMs.median);
  return f;
}

export interface LspClientResults {
  bundle: string;
  loadAverage: { start: number[]; end: number[] };
  typing: Array<{ mode: Mode; pages: number; words: number; warm: number; ms: Stat; cpuMs: Stat | null; firstMs: Stat; findings: number; unchanged: number }>;
  coldWords: number;
  lintWords: number;
  /** On the Node running the bench, then on the real-editor harness's Node 24 when it is installed. */
  starts: StartFigures[];
}

/** Every figure of this section. `otherNode`: a second Node to take the start-up figures on too. */
export async function lspClientBench(out: string, quick: boolean, otherNode?: string): Promise<LspClientResults> {
  const start = loadavg().map((x) => round(x));
  const layout = npmLayout(join(out, 'npm'));

  const rows: LspClientResults['typing'] = [];
  for (const pages of [6, 50]) {
    const text = generate('prfaq', pages, pages * 101 + 1);
    for (const mode of ['pull', 'push'] as const) {
      const warm = quick ? 50 : 100;
      const t = await typing(layout.server, mode, text, warm, quick ? 15 : 30);
      rows.push({ mode, pages, words: countWords(text), warm, ms: stat(t.ms), cpuMs: t.cpuMs.length ? stat(t.cpuMs) : null, firstMs: stat(t.firstMs), findings: t.findings, unchanged: t.unchanged });
    }
  }

  // About 2,300 words: a whole PR/FAQ, press release and both FAQs.
  const coldText = generate('prfaq', 4.6, 4601);
  const lintText = generate('prfaq', 6, 6 * 101 + 1);
  const lintFile = join(out, 'six-pages.prfaq.md');
  writeFileSync(lintFile, lintText);
  const rounds = quick ? 5 : 11;
  const figures = [await starts(layout, process.execPath, coldText, lintFile, rounds)];
  if (otherNode && existsSync(otherNode)) figures.push(await starts(layout, otherNode, coldText, lintFile, quick ? 3 : 7));

  return {
    bundle: `${layout.server.slice(ROOT.length + 1)} (the npm package's bin script beside \`npm run build\`'s bundle)`,
    loadAverage: { start, end: loadavg().map((x) => round(x)) },
    typing: rows,
    coldWords: countWords(coldText),
    lintWords: countWords(lintText),
    starts: figures,
  };
}

/** Table rows (figure, result, target) for bench.ts. */
export function lspClientRows(r: LspClientResults, fmt: (s: Stat, d?: number) => string): Array<[string, string, string]> {
  const rows: Array<[string, string, string]> = [];
  for (const k of r.typing) {
    const unchanged = k.mode === 'pull' ? `, ${k.unchanged} of ${k.ms.runs} answered "unchanged"` : '';
    rows.push([
      `Generic LSP client over stdio (${k.mode}), one-character edit → findings, PR/FAQ, ${k.pages} pages`,
      `${fmt(k.ms)} ms after ${k.warm} unmeasured edits (${k.findings} findings${unchanged}; server CPU ${k.cpuMs ? fmt(k.cpuMs) : '?'} ms); the first 10 edits after opening: ${fmt(k.firstMs, 1)} ms`,
      k.pages <= 6 ? '≤ 5 ms' : '≤ 10 ms',
    ]);
  }
  for (const s of r.starts) {
    rows.push([
      `Generic LSP client, cold start on Node ${s.node}: spawn → first findings, ${r.coldWords}-word PR/FAQ`,
      `pull ${fmt(s.pullMs, 0)} ms, push ${fmt(s.pushMs, 0)} ms; \`node -e 0\` ${fmt(s.bareNodeMs, 0)} ms: ${s.ratio}×`,
      '≤ 3× `node -e 0`',
    ]);
    rows.push([
      `\`prfaq lint\` of one 6-page file (${r.lintWords} words) on Node ${s.node}, wall time`,
      `${fmt(s.lintMs, 0)} ms; write-good ${fmt(s.writeGoodMs, 0)} ms: ${s.lintRatio}×`,
      '≤ 1.5× write-good',
    ]);
  }
  return rows;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const bin = resolve(opt('--bin') ?? join(ROOT, 'bin/prfaq-language-server.js'));
  const o: StartOptions = { node: opt('--node'), nodeArgs: (opt('--node-args') ?? '').split(/\s+/).filter(Boolean) };
  const mode = (opt('--mode') ?? 'pull') as Mode;
  const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
  void (async () => {
    if (args.includes('--cold')) {
      const text = generate('prfaq', 4.6, 4601);
      const ms: number[] = [];
      for (let i = 0; i < Number(opt('--runs') ?? 5); i++) ms.push(await coldStart(bin, mode, text, o));
      console.log(`${mode} cold start, ${countWords(text)} words: ${ms.map((x) => x.toFixed(0)).join(' ')} ms; load ${load()}`);
    } else if (opt('--pages')) {
      const pages = Number(opt('--pages'));
      const t = await typing(bin, mode, generate('prfaq', pages, pages * 101 + 1), Number(opt('--warm') ?? 100), Number(opt('--edits') ?? 30), o);
      const s = stat(t.ms);
      const c = t.cpuMs.length ? stat(t.cpuMs) : null;
      console.log(
        `${mode}, ${pages} pages: median ${s.median.toFixed(2)} ms, p10 ${s.p10.toFixed(2)}, p90 ${s.p90.toFixed(2)}; server CPU median ${c?.median.toFixed(2)} ms;`,
        `${t.unchanged} "unchanged"; first 10 edits median ${t.firstMs.length ? stat(t.firstMs).median.toFixed(1) : "-"} ms; load ${load()}`,
      );
      if (args.includes('--each')) console.log(t.ms.map((x, i) => `${x.toFixed(1)}/${t.cpuMs[i]?.toFixed(1)}`).join(' '));
    } else {
      const r = await lspClientBench(join(ROOT, '.build-artifacts', 'bench'), args.includes('--quick'), opt('--node'));
      const fmt = (s: Stat, d = 2) => `${round(s.median, d)} (${round(s.p10, d)}–${round(s.p90, d)})`;
      for (const [a, b, c] of lspClientRows(r, fmt)) console.log(`| ${a} | ${b} | ${c} |`);
      console.log(`Load average: ${r.loadAverage.start.join(' ')} at the start, ${r.loadAverage.end.join(' ')} at the end`);
    }
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
