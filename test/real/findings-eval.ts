/**
 * Findings on real documents: the harness's matching (test/corpus/harness.ts)
 * plus what the real labels add — traps (places a rule may be tempted to flag
 * and a reviewer would not) and figures split by severity, since a warning
 * that is wrong costs a writer more than a wrong information-level hint.
 */
import { RULE_IDS } from '../../engine/rules/registry.js';
import { countWords, lineStarts, locate, matchFindings, type DocResult, type Finding, type Label } from '../corpus/harness.js';
import type { FindingsLabel, Trap } from './labels.js';

/** LSP severities 3 (information) and 4 (hint). */
export const isInfo = (f: Pick<Finding, 'severity'>) => f.severity >= 3;

export interface RealFindings {
  doc: string;
  words: number;
  findings: Finding[];
  tp: DocResult['tp'];
  fn: Label[];
  /** False findings, trap hits included. */
  fp: Finding[];
  tolerated: Finding[];
  broken: DocResult['broken'];
  /** Findings that fell on a trap of their rule: false findings, listed again as a diagnostic. */
  trapHits: Array<{ trap: Trap; finding: Finding }>;
  traps: number;
}

const overlaps = (f: Finding, s: { start: number; end: number }) =>
  f.start === f.end ? f.start >= s.start && f.start <= s.end : f.start < s.end && s.start < f.end;

/**
 * Matches `findings` of one document against its label. A finding on a trap
 * is false even if an optional label would have tolerated it (the reader
 * said both "maybe" and "no" there: "no" wins); a trap under a required
 * label's finding is a contradiction in the labels and is reported as broken.
 */
export function compareFindings(doc: string, text: string, label: FindingsLabel, findings: Finding[], anchor: { start: number; end: number }): RealFindings {
  const r: RealFindings = { doc, words: countWords(text), findings, tp: [], fn: [], fp: [], tolerated: [], broken: [], trapHits: [], traps: 0 };
  matchFindings(text, label.findings, findings, anchor, r);
  const starts = lineStarts(text);
  const truePositives = new Set(r.tp.map((t) => t.finding));
  const hit = new Set<Finding>();
  for (const trap of label.traps ?? []) {
    r.traps++;
    const span = locate(text, starts, trap);
    if (typeof span === 'string') {
      r.broken.push({ label: { ...trap, note: 'trap' }, reason: span });
      continue;
    }
    for (const f of findings) {
      if (f.rule !== trap.rule || !overlaps(f, span) || hit.has(f)) continue;
      if (truePositives.has(f)) {
        r.broken.push({ label: { ...trap, note: 'trap' }, reason: `a required label's finding falls on this trap` });
        continue;
      }
      hit.add(f);
      r.trapHits.push({ trap, finding: f });
      const i = r.tolerated.indexOf(f);
      if (i >= 0) {
        r.tolerated.splice(i, 1);
        r.fp.push(f);
      }
    }
  }
  return r;
}

export interface Counts {
  tp: number;
  fn: number;
  fp: number;
  tolerated: number;
}
const counts = (): Counts => ({ tp: 0, fn: 0, fp: 0, tolerated: 0 });

export interface FindingsTally {
  documents: number;
  words: number;
  perRule: Map<string, Counts>;
  total: Counts;
  /** Error and warning findings: true and false (misses have no severity). */
  warnings: { tp: number; fp: number; tolerated: number; findings: number };
  info: { tp: number; fp: number; tolerated: number; findings: number };
  traps: number;
  trapHits: number;
  broken: number;
}

export function tallyFindings(results: RealFindings[]): FindingsTally {
  const t: FindingsTally = {
    documents: results.length,
    words: 0,
    perRule: new Map(),
    total: counts(),
    warnings: { tp: 0, fp: 0, tolerated: 0, findings: 0 },
    info: { tp: 0, fp: 0, tolerated: 0, findings: 0 },
    traps: 0,
    trapHits: 0,
    broken: 0,
  };
  const rule = (id: string) => {
    let c = t.perRule.get(id);
    if (!c) t.perRule.set(id, (c = counts()));
    return c;
  };
  const side = (f: Finding) => (isInfo(f) ? t.info : t.warnings);
  for (const r of results) {
    t.words += r.words;
    t.traps += r.traps;
    t.trapHits += r.trapHits.length;
    t.broken += r.broken.length;
    for (const f of r.findings) side(f).findings++;
    for (const { label, finding } of r.tp) {
      rule(label.rule).tp++;
      side(finding).tp++;
    }
    for (const l of r.fn) rule(l.rule).fn++;
    for (const f of r.fp) {
      rule(f.rule).fp++;
      side(f).fp++;
    }
    for (const f of r.tolerated) {
      rule(f.rule).tolerated++;
      side(f).tolerated++;
    }
  }
  for (const c of t.perRule.values()) {
    t.total.tp += c.tp;
    t.total.fn += c.fn;
    t.total.fp += c.fp;
    t.total.tolerated += c.tolerated;
  }
  return t;
}

/** n / d, or null when there is nothing to divide. */
export const share = (n: number, d: number): number | null => (d ? n / d : null);
export const recall = (c: Counts) => share(c.tp, c.tp + c.fn);
export const precision = (c: { tp: number; fp: number }) => share(c.tp, c.tp + c.fp);
export const per1k = (n: number, words: number) => (words ? (1000 * n) / words : 0);

/** Recall over the rules the engine has (a contract id it does not implement yet can only miss). */
export function implementedRecall(t: FindingsTally): { value: number | null; notImplemented: string[] } {
  const c = counts();
  const notImplemented: string[] = [];
  for (const [id, s] of t.perRule) {
    if (!RULE_IDS.includes(id)) {
      notImplemented.push(id);
      continue;
    }
    c.tp += s.tp;
    c.fn += s.fn;
  }
  return { value: recall(c), notImplemented };
}

/** The summary the report prints and `--json` emits. */
export function findingsSummary(t: FindingsTally) {
  const impl = implementedRecall(t);
  return {
    documents: t.documents,
    words: t.words,
    recall: recall(t.total),
    recallImplementedRules: impl.value,
    notImplemented: impl.notImplemented,
    precision: { warnings: precision(t.warnings), info: precision(t.info), all: precision(t.total) },
    /**
     * Precision had every judgement call (a finding on an optional label)
     * been judged wrong: the floor a stricter reviewer than the labeller
     * would give. Labellers differ on how many calls they mark optional, so
     * this figure is the one that compares across halves.
     */
    strictPrecision: {
      warnings: share(t.warnings.tp, t.warnings.tp + t.warnings.fp + t.warnings.tolerated),
      info: share(t.info.tp, t.info.tp + t.info.fp + t.info.tolerated),
      all: share(t.total.tp, t.total.tp + t.total.fp + t.total.tolerated),
    },
    falsePer1k: per1k(t.total.fp, t.words),
    infoPer1k: per1k(t.info.findings, t.words),
    findings: t.warnings.findings + t.info.findings,
    warnings: t.warnings,
    info: t.info,
    total: t.total,
    traps: { labelled: t.traps, hit: t.trapHits },
    labelProblems: t.broken,
    rules: Object.fromEntries(
      [...t.perRule].map(([id, c]) => [id, { ...c, recall: recall(c), precision: precision(c), falsePer1k: per1k(c.fp, t.words) }]),
    ),
  };
}
