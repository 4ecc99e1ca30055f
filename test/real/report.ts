/**
 * `npx tsx scripts/evaluate.ts --real …`: the figures on real documents, one
 * table per half, never pooled. Per-document details (`--show`) go to the
 * terminal only, and not for the test half unless asked in so many words:
 * reading the test half's misses one by one is how tuning leaks into it.
 */
import { existsSync } from 'node:fs';
import { PART_IDS } from '../../engine/model/types.js';
import { evaluateReal, type HalfResult } from './evaluate-real.js';
import { findingsSummary, isInfo, tallyFindings } from './findings-eval.js';
import { DEFAULT_CORPUS, HALVES, LABELS, type Half } from './labels.js';
import { FAQ_IDS, QUESTION_SLACK, tallyStructure, type Ratio } from './structure-eval.js';

export const TEST_HALF_FLAG = '--i-know-this-is-the-test-half';

export const REAL_USAGE = `npx tsx scripts/evaluate.ts --real [--half tuning|test|both] [--corpus DIR] [--labels DIR] [--json] [--show [${TEST_HALF_FLAG}]]`;

export interface RealOptions {
  halves: Half[];
  corpus: string;
  /** A labelled set laid out like test/real (split.json, structure/, findings/). */
  labels: string;
  json: boolean;
  show: boolean;
  testHalfOk: boolean;
}

export function parseRealArgs(argv: string[]): RealOptions | string {
  const o: RealOptions = { halves: [...HALVES], corpus: DEFAULT_CORPUS, labels: LABELS, json: false, show: false, testHalfOk: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--real') continue;
    else if (a === '--json') o.json = true;
    else if (a === '--show') o.show = true;
    else if (a === TEST_HALF_FLAG) o.testHalfOk = true;
    else if (a === '--corpus') o.corpus = argv[++i];
    else if (a === '--labels') o.labels = argv[++i];
    else if (a === '--half') {
      const h = argv[++i];
      if (h === 'both') o.halves = [...HALVES];
      else if (h === 'tuning' || h === 'test') o.halves = [h];
      else return `--half takes tuning, test or both, not ${h}`;
    } else return `unknown argument ${a}; usage: ${REAL_USAGE}`;
  }
  if (!o.corpus) return '--corpus needs a folder';
  if (!o.labels) return '--labels needs a folder';
  if (o.show && o.halves.includes('test') && !o.testHalfOk) {
    return `--show lists the test half's misses document by document, which is how tuning leaks into the figures we report. Use --show --half tuning; if you really must read the test half, add ${TEST_HALF_FLAG}.`;
  }
  return o;
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);
const percent = (v: number | null) => (v === null ? '–' : `${(100 * v).toFixed(1)}%`);
const frac = (r: Ratio) => `${lpad(`${r.n}/${r.of}`, 9)} ${lpad(percent(r.of ? r.n / r.of : null), 7)}`;
const oneLine = (s: string, n = 60) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};

export function summarise(r: HalfResult) {
  const s = tallyStructure(r.structure);
  return {
    half: r.half,
    documents: r.documents,
    missing: r.missing,
    unlabelled: r.unlabelled,
    crashes: r.crashes.length,
    structure: s,
    findings: findingsSummary(tallyFindings(r.findings)),
  };
}

function printHalf(r: HalfResult): void {
  const sum = summarise(r);
  const s = sum.structure;
  console.log(`\n=== ${r.half} half: ${r.documents} documents (${r.structure.length} with structure labels, ${r.findings.length} with findings labels) ===`);
  if (r.missing.length) console.log(`NOT IN THE CORPUS FOLDER: ${r.missing.join(', ')}`);
  if (r.unlabelled.length) console.log(`NO STRUCTURE LABEL: ${r.unlabelled.join(', ')}`);
  if (r.crashes.length) console.log(`RULE CRASHES: ${r.crashes.length} (${[...new Set(r.crashes.map((c) => c.rule))].join(', ')})`);

  console.log(`\nStructure${' '.repeat(26)}right  of       %   | located: the labelled line is inside what the model found`);
  console.log(`${pad('kind (recognised, not forced)', 34)}${frac(s.kind)}`);
  for (const id of PART_IDS) console.log(`${pad(`part ${id}`, 34)}${frac(s.parts[id].presence)}   | ${frac(s.parts[id].located)}`);
  console.log(`${pad('all nine parts', 34)}${frac(s.allParts.presence)}   | ${frac(s.allParts.located)}`);
  for (const id of FAQ_IDS) console.log(`${pad(id, 34)}${frac(s.faqs[id].presence)}   | ${frac(s.faqs[id].located)}`);
  console.log(`${pad(`questions found (±${QUESTION_SLACK} line)`, 34)}${frac(s.questionsFound)}`);
  console.log(`${pad('non-questions, of model questions', 34)}${frac(s.nonQuestions)}   (${s.nonQuestionsLabelled} on lines labelled "not a question")`);
  console.log(`${pad('answered agrees (found questions)', 34)}${frac(s.answered)}`);
  console.log(`${pad('FAQ agrees (found questions)', 34)}${frac(s.questionFaq)}`);
  console.log(`${pad('sections found', 34)}${frac(s.sectionsFound)}`);
  console.log(`${pad('section id agrees (labelled ids)', 34)}${frac(s.sectionIds)}`);
  console.log(`${pad('appendix present/absent', 34)}${frac(s.appendixPresence)}   | ${frac(s.appendixLocated)}`);

  const f = sum.findings;
  console.log(`\nFindings: ${f.documents} documents, ${f.words} words, ${f.findings} findings`);
  console.log(`${pad('rule', 24)}${lpad('TP', 5)}${lpad('FN', 5)}${lpad('FP', 5)}${lpad('opt', 5)}${lpad('recall', 9)}${lpad('precis.', 9)}${lpad('FP/1kw', 8)}`);
  const rows = Object.entries(f.rules).sort(([a], [b]) => a.localeCompare(b));
  for (const [id, c] of rows) {
    const tag = f.notImplemented.includes(id) ? '  (not implemented)' : '';
    console.log(`${pad(id, 24)}${lpad(c.tp, 5)}${lpad(c.fn, 5)}${lpad(c.fp, 5)}${lpad(c.tolerated, 5)}${lpad(percent(c.recall), 9)}${lpad(percent(c.precision), 9)}${lpad(c.falsePer1k.toFixed(2), 8)}${tag}`);
  }
  const t = f.total;
  console.log(`${pad('TOTAL', 24)}${lpad(t.tp, 5)}${lpad(t.fn, 5)}${lpad(t.fp, 5)}${lpad(t.tolerated, 5)}${lpad(percent(f.recall), 9)}${lpad(percent(f.precision.all), 9)}${lpad(f.falsePer1k.toFixed(2), 8)}`);
  console.log(`  recall ${percent(f.recall)}; over implemented rules ${percent(f.recallImplementedRules)}`);
  const tpOf = (c: { tp: number; fp: number }) => `${c.tp}/${c.tp + c.fp}`;
  console.log(`  precision: warnings ${percent(f.precision.warnings)} (${tpOf(f.warnings)}), information ${percent(f.precision.info)} (${tpOf(f.info)}), all ${percent(f.precision.all)} (${tpOf(f.total)})`);
  console.log(`  false findings ${f.falsePer1k.toFixed(2)} per 1,000 words; information-level findings ${f.infoPer1k.toFixed(2)} per 1,000 words`);
  console.log(`  traps hit ${f.traps.hit} of ${f.traps.labelled} (counted as false findings)` + (f.labelProblems ? `; LABEL PROBLEMS ${f.labelProblems}` : ''));
  console.log(`  (opt: findings on optional labels, judgement calls counted neither true nor false)`);
  const sp = f.strictPrecision;
  console.log(`  strict precision (every judgement call counted false): warnings ${percent(sp.warnings)}, information ${percent(sp.info)}, all ${percent(sp.all)}`);
}

/** Per-document misses and extras, for the terminal only. */
function showHalf(r: HalfResult): void {
  console.log(`\n--- ${r.half} half, document by document (do not copy this text into the repository) ---`);
  for (const s of r.structure) {
    const lines: string[] = [];
    if (!s.kind.ok) lines.push(`kind: labelled ${s.kind.want}, recognised ${s.kind.got}`);
    for (const p of [...s.parts, ...s.faqs]) {
      if (!p.ok) lines.push(`${p.id}: labelled ${p.want === null ? 'absent' : `at ${p.want}`}, model ${p.got ? `${p.got.from}-${p.got.to}` : 'absent'}`);
      else if (p.located === false) lines.push(`${p.id}: labelled at ${p.want}, model ${p.got!.from}-${p.got!.to} (elsewhere)`);
    }
    for (const m of s.questions.missed) lines.push(`question missed ${m.line}: ${JSON.stringify(oneLine(m.text))}`);
    for (const e of s.questions.extras) lines.push(`not a question ${e.line}: ${JSON.stringify(oneLine(e.text))}${e.labelledNot ? ' (labelled not a question)' : ''}`);
    for (const q of s.questions.found) if (!q.answeredOk) lines.push(`answered disagrees ${q.want}: ${JSON.stringify(oneLine(q.text))}`);
    for (const m of s.sections.missed) lines.push(`section missed ${m.line}: ${JSON.stringify(oneLine(m.title))}`);
    for (const w of s.sections.idWrong) lines.push(`section id ${w.line}: labelled ${w.want}, model ${w.got}`);
    if (s.appendix && (!s.appendix.ok || s.appendix.located === false)) lines.push(`appendix: labelled ${s.appendix.want}, model ${s.appendix.got}`);
    const fr = r.findings.find((x) => x.doc === s.doc);
    if (fr) {
      for (const l of fr.fn) lines.push(`MISS ${l.line ?? '-'} ${pad(l.rule, 20)} ${l.text != null ? JSON.stringify(oneLine(l.text)) : JSON.stringify(l.data ?? {})}`);
      const traps = new Set(fr.trapHits.map((h) => h.finding));
      for (const x of fr.fp) lines.push(`FALSE ${x.line} ${pad(x.rule, 20)} ${JSON.stringify(oneLine(x.text, 50))}${isInfo(x) ? ' [info]' : ''}${traps.has(x) ? ' [trap]' : ''}`);
      for (const b of fr.broken) lines.push(`LABEL PROBLEM ${b.label.rule}: ${b.reason}`);
    }
    for (const c of r.crashes.filter((c) => c.doc === s.doc)) lines.push(`CRASH ${c.rule}: ${c.message}`);
    console.log(`\n${s.doc}${lines.length ? '' : '  (nothing to report)'}`);
    for (const l of lines) console.log('  ' + l);
  }
}

export function runReal(argv: string[]): number {
  const o = parseRealArgs(argv);
  if (typeof o === 'string') {
    console.error(o);
    return 2;
  }
  if (!existsSync(o.corpus)) {
    console.error(`no corpus folder at ${o.corpus}; give it with --corpus DIR`);
    return 2;
  }
  const results = evaluateReal(o.corpus, o.halves, o.labels);
  if (o.json) {
    const out = Object.fromEntries(results.map((r) => [r.half, summarise(r)]));
    console.log(JSON.stringify({ corpus: o.corpus, ...out }, null, 2));
    return 0;
  }
  console.log(`Real documents from ${o.corpus}; labels in ${o.labels === LABELS ? 'test/real' : o.labels} (halves reported apart, never pooled).`);
  for (const r of results) printHalf(r);
  if (o.show) for (const r of results) showHalf(r);
  return 0;
}
