/**
 * How good are the rules? Runs review() on every labelled document and
 * prints, per rule, true positives, misses, false findings, recall and false
 * findings per 1,000 words, then each miss and false finding.
 *
 *   npx tsx scripts/evaluate.ts [DIR_OR_FILE…]          (default: examples test/corpus)
 *   npx tsx scripts/evaluate.ts --rule weasel-word       only this rule's rows and lists
 *   npx tsx scripts/evaluate.ts --json                   machine-readable summary
 *   npx tsx scripts/evaluate.ts --fill-lines             add `line` to labels that only give `text`
 *                                                        (when the text occurs once) and rewrite the sidecars
 *   npx tsx scripts/evaluate.ts --noise DIR [--kind prfaq|narrative] [--show RULE]
 *        findings per 1,000 words on unlabelled documents written by others;
 *        --show prints each finding of RULE (to the terminal only: never copy
 *        those documents' text into the repository).
 *   npx tsx scripts/evaluate.ts --readmes [--kind narrative] [--show RULE]
 *        the same on the READMEs of the packages in node_modules (over 4 KB):
 *        other people's technical prose, pinned by package-lock.json. Word
 *        rules meet the descriptions there that RFC design sections hold;
 *        read the findings of one rule to find what it takes for a claim.
 *   npx tsx scripts/evaluate.ts --real [--half tuning|test|both] [--corpus DIR] [--labels DIR] [--json]
 *        structure and findings on real documents nobody on the team wrote
 *        (labels in test/real, documents in ../shared/corpus), one table per
 *        half of test/real/split.json; --show adds each document's misses and
 *        extras, for the tuning half only (test/real/report.ts). --labels
 *        reads another labelled set laid out like test/real (its own
 *        split.json, structure/, findings/), with --corpus its documents.
 *
 * Labels are described in test/corpus/harness.ts and test/real/README.md.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  countWords,
  evaluateDoc,
  loadLabelled,
  markdownFiles,
  occurrences,
  reviewFile,
  tally,
  type DocResult,
  type LabelFile,
} from '../test/corpus/harness.js';
import { runReal } from '../test/real/report.js';

const RULE_ORDER = [
  'solution-first', 'vague-customer', 'missing-section', 'missing-faq', 'unanswered-question', 'weasel-word',
  'compound-metric', 'output-metric', 'readability', 'passive-voice', 'press-release-length', 'faq-length',
  'narrative-length', 'narrative-bullets', 'undefined-acronym', 'placeholder', 'missing-success-metric', 'unrecognized-structure', 'unknown-rule',
];

function parseArgs(argv: string[]) {
  const o = { paths: [] as string[], json: false, fill: false, noise: [] as string[], readmes: false, kind: undefined as 'prfaq' | 'narrative' | undefined, rule: undefined as string | undefined, show: [] as string[] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--fill-lines') o.fill = true;
    else if (a === '--noise') o.noise.push(argv[++i]);
    else if (a === '--readmes') o.readmes = true;
    else if (a === '--kind') o.kind = argv[++i] as 'prfaq' | 'narrative';
    else if (a === '--rule') o.rule = argv[++i];
    else if (a === '--show') o.show.push(argv[++i]);
    else if (a === '--help' || a === '-h') {
      console.log(readFileSync(__filename, 'utf8').split('*/')[0]);
      process.exit(0);
    } else o.paths.push(a);
  }
  return o;
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);
const pct = (tp: number, fn: number) => (tp + fn === 0 ? '   –  ' : `${((100 * tp) / (tp + fn)).toFixed(1)}%`);
const per1k = (n: number, words: number) => (words ? ((1000 * n) / words).toFixed(2) : '0');
const rel = (p: string) => relative(process.cwd(), p) || p;
const oneLine = (s: string, n = 70) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};
const sortRules = (ids: Iterable<string>) =>
  [...ids].sort((a, b) => (RULE_ORDER.indexOf(a) + 1 || 99) - (RULE_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b));

function fillLines(paths: string[]): void {
  for (const doc of loadLabelled(paths)) {
    let changed = false;
    for (const l of doc.labels.findings) {
      if (l.text == null || l.line != null) continue;
      const occ = occurrences(doc.text, l.text);
      if (occ.length === 1 || (l.nth && occ[l.nth - 1])) {
        l.line = occ[(l.nth ?? 1) - 1][2];
        delete l.nth;
        changed = true;
      } else {
        console.error(`${rel(doc.labelPath)}: ${l.rule} ${JSON.stringify(l.text)} occurs ${occ.length} times (lines ${occ.map((o) => o[2]).join(', ')}); give the line or nth`);
      }
    }
    const formatted = formatLabels(doc.labels);
    if (changed || formatted !== readFileSync(doc.labelPath, 'utf8')) {
      writeFileSync(doc.labelPath, formatted);
      console.log(`updated ${rel(doc.labelPath)}`);
    }
  }
}

/** One finding per line: sidecars stay easy to read and to diff. */
export function formatLabels(l: LabelFile): string {
  const head: Record<string, unknown> = { ...l };
  delete head.findings;
  const lines = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const items = l.findings.map((f) => {
    const ordered = { rule: f.rule, line: f.line, text: f.text, lines: f.lines, data: f.data, optional: f.optional, note: f.note };
    return '    ' + JSON.stringify(ordered);
  });
  lines.push(`  "findings": [\n${items.join(',\n')}\n  ]`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

function evaluate(paths: string[], ruleFilter: string | undefined, json: boolean): number {
  const docs = loadLabelled(paths);
  if (!docs.length) {
    console.error(`no labelled documents (a .md with a .expected.json sidecar) under ${paths.join(' ')}`);
    return 2;
  }
  const results: DocResult[] = docs.map(evaluateDoc);
  const keep = <T extends { rule: string }>(x: T) => !ruleFilter || x.rule === ruleFilter;
  const { perRule, words, total } = tally(results);
  const exemplary = results.filter((r) => r.doc.labels.exemplary);
  const exemplaryFindings = exemplary.reduce((n, r) => n + r.findings.filter(keep).length, 0);

  if (json) {
    console.log(
      JSON.stringify(
        {
          documents: results.length,
          words,
          total: { ...total, recall: total.tp / Math.max(1, total.tp + total.fn), fpPer1k: (1000 * total.fp) / words },
          rules: Object.fromEntries(
            sortRules(perRule.keys()).map((id) => {
              const s = perRule.get(id)!;
              return [id, { ...s, recall: s.tp + s.fn ? s.tp / (s.tp + s.fn) : null, fpPer1k: (1000 * s.fp) / words }];
            }),
          ),
          exemplary: exemplary.map((r) => ({ file: r.doc.path, findings: r.findings.length })),
          fn: results.flatMap((r) => r.fn.filter(keep).map((l) => ({ file: r.doc.path, ...l }))),
          fp: results.flatMap((r) => r.fp.filter(keep).map((f) => ({ file: r.doc.path, rule: f.rule, line: f.line, text: f.text, message: f.message }))),
        },
        null,
        2,
      ),
    );
    return 0;
  }

  console.log(`${results.length} labelled documents, ${words} words (${exemplary.length} exemplary)\n`);
  console.log(`${pad('rule', 22)}${lpad('TP', 5)}${lpad('FN', 5)}${lpad('FP', 5)}${lpad('recall', 9)}${lpad('FP/1kw', 9)}`);
  for (const id of sortRules(perRule.keys())) {
    if (ruleFilter && id !== ruleFilter) continue;
    const s = perRule.get(id)!;
    console.log(`${pad(id, 22)}${lpad(s.tp, 5)}${lpad(s.fn, 5)}${lpad(s.fp, 5)}${lpad(pct(s.tp, s.fn), 9)}${lpad(per1k(s.fp, words), 9)}`);
  }
  if (!ruleFilter) {
    console.log(`${pad('TOTAL', 22)}${lpad(total.tp, 5)}${lpad(total.fn, 5)}${lpad(total.fp, 5)}${lpad(pct(total.tp, total.fn), 9)}${lpad(per1k(total.fp, words), 9)}`);
    console.log(`\ntargets: recall ≥ 90%, ≤ 1.00 false findings per 1,000 words, 0 findings on exemplary documents`);
  }
  console.log(`findings on exemplary documents: ${exemplaryFindings}` + (exemplaryFindings ? ' ✗' : ' ✓'));
  for (const r of exemplary) {
    const n = r.findings.filter(keep).length;
    if (n) console.log(`  ${rel(r.doc.path)}: ${n}`);
  }

  const broken = results.flatMap((r) => r.broken.map((b) => `${rel(r.doc.labelPath)}: ${b.label.rule} — ${b.reason}`));
  if (broken.length) console.log(`\nLABEL PROBLEMS (fix the sidecar, not the engine):\n  ${broken.join('\n  ')}`);
  const crashes = results.flatMap((r) => r.errors.map((e) => `${rel(r.doc.path)}: ${e.rule} crashed: ${e.message}`));
  if (crashes.length) console.log(`\nRULE CRASHES:\n  ${[...new Set(crashes)].join('\n  ')}`);

  const fns = results.flatMap((r) =>
    r.fn.filter(keep).map((l) => `${rel(r.doc.path)}:${l.line ?? 1}  ${pad(l.rule, 20)} ${l.text != null ? JSON.stringify(oneLine(l.text)) : JSON.stringify(l.data ?? {})}${l.note ? `  (${l.note})` : ''}`),
  );
  const fps = results.flatMap((r) =>
    r.fp.filter(keep).map((f) => `${rel(r.doc.path)}:${f.line}  ${pad(f.rule, 20)} ${JSON.stringify(oneLine(f.text, 50))}${f.data ? ' ' + JSON.stringify(f.data) : ''}  — ${oneLine(f.message, 90)}`),
  );
  console.log(`\nMISSED (false negatives): ${fns.length}`);
  for (const l of fns) console.log('  ' + l);
  console.log(`\nFALSE FINDINGS (false positives): ${fps.length}`);
  for (const l of fps) console.log('  ' + l);
  return 0;
}

/** node_modules/<package>/README.md and node_modules/@scope/<package>/README.md, over 4 KB. */
function packageReadmes(): string[] {
  const out: string[] = [];
  const readme = (dir: string) => {
    for (const name of ['README.md', 'readme.md', 'Readme.md']) {
      const f = join(dir, name);
      if (existsSync(f) && statSync(f).size > 4096) return void out.push(f);
    }
  };
  for (const e of readdirSync('node_modules', { withFileTypes: true })) {
    if (!e.isDirectory() || e.name.startsWith('.')) continue;
    if (!e.name.startsWith('@')) readme(join('node_modules', e.name));
    else for (const p of readdirSync(join('node_modules', e.name), { withFileTypes: true })) if (p.isDirectory()) readme(join('node_modules', e.name, p.name));
  }
  return out.sort();
}

function noise(dirs: string[], kind: 'prfaq' | 'narrative' | undefined, show: string[], readmes = false): number {
  const files = readmes ? packageReadmes() : markdownFiles(dirs).filter((f) => !/(?:^|[\\/])(?:README|LICENSE|CHANGELOG)[^\\/]*$/i.test(f));
  const counts = new Map<string, number>();
  let words = 0;
  let reviewed = 0;
  const rows: string[] = [];
  const shown: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const r = reviewFile(f, text, undefined, kind);
    if (!r.kind) {
      rows.push(`${pad(rel(f), 60)} (not reviewed: no kind)`);
      continue;
    }
    reviewed++;
    const w = countWords(text);
    words += w;
    const per = new Map<string, number>();
    for (const d of r.findings) {
      counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
      per.set(d.rule, (per.get(d.rule) ?? 0) + 1);
      if (show.includes(d.rule) || show.includes('all')) shown.push(`${rel(f)}:${d.line}  ${pad(d.rule, 20)} ${JSON.stringify(oneLine(d.text, 60))}`);
    }
    const top = sortRules(per.keys()).map((k) => `${k}=${per.get(k)}`).join(' ');
    rows.push(`${pad(rel(f), 60)} ${pad(r.kind, 10)} ${lpad(w, 6)}w ${lpad(per1k(r.findings.length, w), 7)}/1kw  ${top}`);
    for (const e of r.errors) rows.push(`    ${e.rule} crashed: ${e.message}`);
  }
  console.log(`noise on unlabelled documents: ${reviewed} reviewed of ${files.length}, ${words} words${kind ? `, forced kind ${kind}` : ''}\n`);
  for (const r of rows) console.log(r);
  console.log(`\n${pad('rule', 22)}${lpad('findings', 9)}${lpad('per 1kw', 9)}`);
  let total = 0;
  for (const id of sortRules(counts.keys())) {
    total += counts.get(id)!;
    console.log(`${pad(id, 22)}${lpad(counts.get(id)!, 9)}${lpad(per1k(counts.get(id)!, words), 9)}`);
  }
  console.log(`${pad('TOTAL', 22)}${lpad(total, 9)}${lpad(per1k(total, words), 9)}`);
  if (shown.length) {
    console.log(`\nfindings of ${show.join(', ')} (for reading only; do not copy this text into the repository):`);
    for (const s of shown) console.log('  ' + s);
  }
  return 0;
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

function main(): number {
  // --real has its own flags (--show takes no rule there).
  if (process.argv.includes('--real')) return runReal(process.argv.slice(2));
  const o = parseArgs(process.argv.slice(2));
  if (o.noise.length || o.readmes) return noise(o.noise, o.kind, o.show, o.readmes);
  const paths = o.paths.length ? o.paths : ['examples', 'test/corpus'];
  if (o.fill) {
    fillLines(paths);
    return 0;
  }
  return evaluate(paths, o.rule, o.json);
}

process.exitCode = main();
