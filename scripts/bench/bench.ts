/**
 * `npm run bench`: how fast PR/FAQ Studio reviews, on generated documents
 * (scripts/bench/corpus.ts, seeded), beside write-good and alex on the same
 * files. Prints a table and writes .build-artifacts/bench/bench-results.json.
 * Shared machines are noisy: every figure is a median over repeated runs,
 * with its spread, and the peers run in the same script on the same files,
 * so the ratios mean more than the absolute times.
 *
 *   npm run bench                 everything
 *   npm run bench -- --quick      fewer repetitions
 *   npm run bench -- --no-package skip `npm run package` (VSIX size)
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { ReviewCache } from '../../engine/cache.js';
import { review } from '../../engine/review.js';
import { countWords, generate, type BenchKind } from './corpus.js';

const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, '.build-artifacts', 'bench');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const PACKAGE = !args.includes('--no-package');
const PAGE = 500;
const KINDS: BenchKind[] = ['prfaq', 'narrative'];
const SIZES = [1, 6, 50, 200];

interface Stat {
  median: number;
  p10: number;
  p90: number;
  runs: number;
}

function stat(xs: number[]): Stat {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))];
  return { median: q(0.5), p10: q(0.1), p90: q(0.9), runs: s.length };
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const fmt = (s: Stat, d = 2) => `${round(s.median, d)} (${round(s.p10, d)}–${round(s.p90, d)})`;

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const docs = new Map<string, { kind: BenchKind; pages: number; text: string; words: number }>();
for (const kind of KINDS) {
  for (const pages of SIZES) {
    const text = generate(kind, pages, pages * 101 + (kind === 'prfaq' ? 1 : 2));
    docs.set(`${kind}-${pages}`, { kind, pages, text, words: countWords(text) });
  }
}

function warmUp(): void {
  for (let i = 0; i < 30; i++) review(generate(KINDS[i % 2], 2, 9000 + i), { kind: KINDS[i % 2] });
}

/** Full review of text never seen before (no cache), per 500-word page. */
function fullReview() {
  const rows: Array<{ kind: BenchKind; pages: number; words: number; msPerPage: Stat; findings: number }> = [];
  for (const d of docs.values()) {
    const reps = Math.max(QUICK ? 3 : 5, Math.ceil((QUICK ? 40 : 120) / d.pages));
    const times: number[] = [];
    let findings = 0;
    for (let i = 0; i < reps; i++) {
      // A fresh string each time, so nothing can be remembered between runs.
      const text = d.text + ' '.repeat(i % 3);
      times.push(time(() => (findings = review(text, { kind: d.kind }).diagnostics.length)) / (d.words / PAGE));
    }
    rows.push({ kind: d.kind, pages: d.pages, words: d.words, msPerPage: stat(times), findings });
  }
  const all = rows.flatMap((r) => [r.msPerPage.median]);
  return { rows, overallMedianMsPerPage: stat(all).median };
}

/** Typing: one character inserted mid-document, re-reviewed with the document's cache. */
function keystrokes() {
  const rows: Array<{ kind: BenchKind; pages: number; ms: Stat; chunksParsed: number; chunks: number; identical: boolean }> = [];
  for (const pages of [6, 50]) {
    for (const kind of KINDS) {
      const d = docs.get(`${kind}-${pages}`)!;
      const cache = new ReviewCache();
      let text = d.text;
      review(text, { kind, cache });
      const times: number[] = [];
      const reps = QUICK ? 30 : 100;
      let identical = true;
      for (let i = 0; i < reps; i++) {
        // Type into the middle of the document, a few characters apart each time, as a writer does.
        let at = (text.length >> 1) + (i % 40) * 3;
        while (at < text.length && /\s/.test(text[at])) at++;
        text = text.slice(0, at) + 'abcdefghij'[i % 10] + text.slice(at);
        times.push(time(() => review(text, { kind, cache })));
        if (i % 25 === 0) identical &&= JSON.stringify(review(text, { kind, cache }).diagnostics) === JSON.stringify(review(text, { kind, reference: true }).diagnostics);
      }
      const last = review(text + 'z', { kind, cache });
      void last;
      rows.push({ kind, pages, ms: stat(times), chunksParsed: cache.chunks.stats.parsed, chunks: cache.chunks.stats.chunks, identical });
    }
  }
  return rows;
}

function run(cmd: string, argv: string[]): { ms: number; status: number | null; out: string } {
  const t = performance.now();
  const r = spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { ms: performance.now() - t, status: r.status, out: (r.stdout ?? '') + (r.stderr ?? '') };
}

/** The three CLIs on one folder of 200 documents, wall-clock per run (process start included). */
function cli() {
  const dir = join(OUT, 'cli-corpus');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let words = 0;
  for (let i = 0; i < 200; i++) {
    const kind = KINDS[i % 2];
    const text = generate(kind, 1 + (i % 4), 50_000 + i);
    const f = join(dir, `${String(i).padStart(3, '0')}.${kind}.md`);
    writeFileSync(f, text);
    files.push(f);
    words += countWords(text);
  }
  const node = process.execPath;
  const tools: Array<{ name: string; argv: string[] }> = [
    { name: 'prfaq lint', argv: [join(ROOT, 'bin/prfaq.js'), 'lint', '--format', 'json', dir] },
    { name: 'write-good', argv: [join(ROOT, 'node_modules/write-good/bin/write-good.js'), ...files] },
    { name: 'alex', argv: [join(ROOT, 'node_modules/alex/cli.js'), dir] },
  ];
  const reps = QUICK ? 2 : 3;
  const rows = tools.map((t) => {
    const times: number[] = [];
    let status: number | null = null;
    for (let i = 0; i < reps; i++) {
      const r = run(node, t.argv);
      times.push(r.ms);
      status = r.status;
    }
    const s = stat(times);
    return { tool: t.name, seconds: round(s.median / 1000, 3), wordsPerSecond: Math.round(words / (s.median / 1000)), exit: status };
  });
  const ours = rows[0].wordsPerSecond;
  return { files: files.length, words, rows: rows.map((r) => ({ ...r, oursRelative: round(ours / r.wordsPerSecond, 2) })) };
}

/** Start dist/server.js, open `text`, resolve with timings once diagnostics arrive. */
async function serverRun(text: string, edit: boolean): Promise<{ spawnToDiagnostics: number; initializeToDiagnostics: number; rssMB: number; editToDiagnostics?: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const uri = pathToFileURL(join(OUT, 'server-doc.prfaq.md')).href;
  let waiter: ((n: number) => void) | null = null;
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => {
    if (p.uri === uri && waiter) waiter(p.diagnostics.length);
  });
  // The bench client declares no capabilities; answer the few requests a server may still send.
  for (const method of ['workspace/configuration', 'client/registerCapability', 'window/workDoneProgress/create']) conn.onRequest(method, () => null);
  conn.listen();
  const next = () => new Promise<number>((res, rej) => {
    const timer = setTimeout(() => rej(new Error('no diagnostics within 60 s')), 60_000);
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
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await got;
    const tDiag = performance.now();
    let editToDiagnostics: number | undefined;
    if (edit) {
      const at = text.length >> 1;
      const pos = positionAt(text, at);
      const again = next();
      const tEdit = performance.now();
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: pos, end: pos }, text: 'x' }] });
      await again;
      // Includes the default 250 ms pause the server waits for typing to stop.
      editToDiagnostics = performance.now() - tEdit;
    }
    const rssMB = readRss(child.pid!);
    return { spawnToDiagnostics: tDiag - t0, initializeToDiagnostics: tDiag - tInit, rssMB, editToDiagnostics };
  } finally {
    conn.dispose();
    child.kill();
  }
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function readRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    if (kb) return round(kb / 1024, 1);
  } catch {
    // not Linux
  }
  const out = execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
  return round(Number(out.trim()) / 1024, 1);
}

async function server() {
  const six = docs.get('prfaq-6')!.text;
  const cold: number[] = [];
  const init: number[] = [];
  for (let i = 0; i < (QUICK ? 3 : 7); i++) {
    const r = await serverRun(six, false);
    cold.push(r.spawnToDiagnostics);
    init.push(r.initializeToDiagnostics);
  }
  const big = await serverRun(docs.get('prfaq-200')!.text, true);
  return {
    coldSpawnToFirstDiagnosticsMs: stat(cold),
    coldInitializeToFirstDiagnosticsMs: stat(init),
    rss200PagesMB: big.rssMB,
    edit200PagesToDiagnosticsMs: big.editToDiagnostics,
  };
}

function vsix(): { bytes: number; file: string } | { error: string } {
  if (!PACKAGE) return { error: 'skipped (--no-package)' };
  const r = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) return { error: `npm run package failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}` };
  const found = readdirSync(ROOT)
    .filter((f) => f.endsWith('.vsix'))
    .map((f) => ({ f, t: statSync(join(ROOT, f)).mtimeMs, bytes: statSync(join(ROOT, f)).size }))
    .sort((a, b) => b.t - a.t)[0];
  return found ? { bytes: found.bytes, file: found.f } : { error: 'no .vsix produced' };
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGB: round(totalmem() / 2 ** 30, 1), os: `${platform()} ${release()}`, node: process.version, loadAverageAtStart: loadavg().map((x) => round(x, 2)) };
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}`);

  warmUp();
  const full = fullReview();
  const typing = keystrokes();
  const peers = cli();
  const packaged = vsix();
  if (PACKAGE) console.log('(dist/ now holds the production build that was packaged)');
  const srv = await server();

  const results = { date: new Date().toISOString(), machine, full, typing, cli: peers, server: srv, vsix: packaged };
  writeFileSync(join(OUT, 'bench-results.json'), JSON.stringify(results, null, 2) + '\n');

  const lines: string[] = [];
  const row = (...cells: string[]) => lines.push(`| ${cells.join(' | ')} |`);
  row('Figure', 'Result (median, p10–p90)', 'Target');
  row('---', '---', '---');
  for (const r of full.rows) row(`Full review, ${r.kind}, ${r.pages} page${r.pages > 1 ? 's' : ''} (${r.words} words)`, `${fmt(r.msPerPage)} ms/page`, '≤ 3 ms/page');
  for (const r of typing) row(`One-character edit, ${r.kind}, ${r.pages} pages`, `${fmt(r.ms)} ms (${r.chunksParsed}/${r.chunks} chunks parsed${r.identical ? '' : ', FINDINGS DIFFER'})`, r.pages <= 6 ? '≤ 5 ms' : '≤ 10 ms');
  for (const r of peers.rows) row(`CLI, ${peers.files} files, ${peers.words} words: ${r.tool}`, `${r.wordsPerSecond.toLocaleString('en')} words/s (${r.seconds} s)${r.tool === 'prfaq lint' ? '' : `; prfaq is ${r.oursRelative}×`}`, r.tool === 'write-good' ? 'prfaq ≥ 3×' : '');
  row('Server cold start → first diagnostics, 6 pages', `${fmt(srv.coldSpawnToFirstDiagnosticsMs, 0)} ms (initialize → diagnostics ${fmt(srv.coldInitializeToFirstDiagnosticsMs, 0)} ms)`, '≤ 300 ms');
  row('Server resident memory, 200-page document open and edited', `${srv.rss200PagesMB} MB`, '≤ 150 MB');
  row('Packaged VSIX', 'bytes' in packaged ? `${round(packaged.bytes / 1024, 0)} KB (${packaged.file})` : packaged.error, '≤ 1 MB');
  console.log('\n' + lines.join('\n'));
  console.log(`\nWritten to ${join(OUT, 'bench-results.json')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
