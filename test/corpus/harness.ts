/**
 * The measuring stick: labelled documents in, true/false findings out.
 *
 * A labelled document is a Markdown file with a sidecar
 * `<name>.expected.json` next to it (`good.prfaq.md` → `good.prfaq.expected.json`):
 *
 *   {
 *     "exemplary": true,            // must produce no finding at all
 *     "kind": "prfaq",              // optional: the kind review() must decide
 *     "config": { … },              // optional: ConfigInput for this document
 *     "findings": [
 *       { "rule": "weasel-word", "line": 12, "text": "very" },          // span finding
 *       { "rule": "unanswered-question", "line": 40, "text": "How …?", "lines": 2 },
 *       { "rule": "missing-section", "data": { "section": "customer-quote" } }, // document level
 *       { "rule": "passive-voice", "line": 9, "text": "was chosen", "optional": true }
 *     ]
 *   }
 *
 * A span label is located by finding `text` (whitespace-insensitive) starting
 * on its 1-based `line`; `lines: n` stretches the label to the end of line
 * `line + n` (for findings that may sit on the question or on its answer).
 * A finding matches a span label when the rule matches and the ranges
 * overlap; a document-level label with `data` when the rule matches and every
 * key of `data` is equal; a document-level label without `data` (`{"rule":
 * "press-release-length"}`) only a finding of its rule that sits where the
 * contract puts document-level findings (the first heading, or line 0), so
 * it never takes a word finding of the same rule. Each label matches at most
 * one finding; span labels choose before document-level ones. Optional labels
 * are judgement calls: a finding on them is neither true nor false, and
 * missing them is not a miss.
 *
 * Nothing here reads engine internals: it calls review() like the CLI does,
 * so it keeps working while the model and rules change.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { mergeConfig, type ConfigInput } from '../../engine/config/types.js';
import { documentAnchor, review } from '../../engine/review.js';

export interface Label {
  rule: string;
  line?: number;
  text?: string;
  lines?: number;
  /** Which occurrence in the document (1-based), for `--fill-lines` when the text repeats. */
  nth?: number;
  data?: Record<string, unknown>;
  optional?: boolean;
  note?: string;
}

export interface LabelFile {
  exemplary?: boolean;
  kind?: 'prfaq' | 'narrative' | null;
  config?: ConfigInput;
  note?: string;
  findings: Label[];
}

export interface LabelledDoc {
  path: string;
  labelPath: string;
  text: string;
  labels: LabelFile;
}

export interface Finding {
  rule: string;
  line: number; // 1-based
  start: number;
  end: number;
  text: string;
  message: string;
  data?: unknown;
  /** LSP severity: 1 error, 2 warning, 3 information, 4 hint. */
  severity: number;
}

export interface DocResult {
  doc: LabelledDoc;
  kind: string | null;
  words: number;
  findings: Finding[];
  tp: Array<{ label: Label; finding: Finding }>;
  fn: Label[];
  fp: Finding[];
  /** Findings on optional labels: neither true nor false. */
  tolerated: Finding[];
  /** Labels that could not be located in the text (a labelling mistake). */
  broken: Array<{ label: Label; reason: string }>;
  errors: Array<{ rule: string; message: string }>;
}

const MD = /\.(?:md|markdown)$/i;

export function sidecarFor(mdPath: string): string {
  return mdPath.replace(MD, '.expected.json');
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (MD.test(name)) out.push(p);
  }
}

/** Markdown files under the given files/directories. */
export function markdownFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) continue;
    if (statSync(p).isDirectory()) walk(p, out);
    else if (MD.test(p)) out.push(p);
  }
  return out;
}

/** Every Markdown file that has a sidecar of labels. */
export function loadLabelled(paths: string[]): LabelledDoc[] {
  const docs: LabelledDoc[] = [];
  for (const path of markdownFiles(paths)) {
    const labelPath = sidecarFor(path);
    if (!existsSync(labelPath)) continue;
    const labels = JSON.parse(readFileSync(labelPath, 'utf8')) as LabelFile;
    labels.findings ??= [];
    docs.push({ path, labelPath, text: readFileSync(path, 'utf8'), labels });
  }
  return docs;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

/** 0-based line of a UTF-16 offset, given lineStarts(text). */
export function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo; // 0-based
}

function offsetAt(starts: number[], text: string, pos: { line: number; character: number }): number {
  if (pos.line >= starts.length) return text.length;
  return Math.min(text.length, starts[pos.line] + pos.character);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The label text as a pattern: any run of whitespace matches any other (wrapped lines, `> ` prefixes are not handled). */
export function textPattern(t: string): RegExp {
  const body = t
    .trim()
    .split(/\s+/)
    .map(escape)
    .join('\\s+');
  // Whole words: the label "very" must not match inside "every".
  const lead = /^[\p{L}\p{N}]/u.test(t.trim()) ? '(?<![\\p{L}\\p{N}])' : '';
  const tail = /[\p{L}\p{N}]$/u.test(t.trim()) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(lead + body + tail, 'gu');
}

/** Every occurrence of a label's text in the document: [start, end, 1-based line]. */
export function occurrences(text: string, needle: string): Array<[number, number, number]> {
  const starts = lineStarts(text);
  const re = textPattern(needle);
  const out: Array<[number, number, number]> = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push([m.index, m.index + m[0].length, lineOf(starts, m.index) + 1]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Where a span label sits in the text, or why it cannot be found. */
export function locate(text: string, starts: number[], label: Label): { start: number; end: number } | string {
  if (label.line == null || label.text == null) return 'a span label needs both line and text';
  const hit = occurrences(text, label.text).find((o) => o[2] === label.line);
  if (!hit) {
    const elsewhere = occurrences(text, label.text).map((o) => o[2]);
    return `text ${JSON.stringify(label.text)} not found on line ${label.line}` + (elsewhere.length ? ` (found on ${elsewhere.join(', ')})` : '');
  }
  let end = hit[1];
  if (label.lines) {
    const last = label.line - 1 + label.lines;
    end = last + 1 < starts.length ? starts[last + 1] - 1 : text.length;
  }
  return { start: hit[0], end: Math.max(end, hit[1]) };
}

export function countWords(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

function dataMatches(want: Record<string, unknown> | undefined, got: unknown): boolean {
  if (!want) return true;
  if (!got || typeof got !== 'object') return false;
  const g = got as Record<string, unknown>;
  return Object.entries(want).every(([k, v]) => JSON.stringify(g[k]) === JSON.stringify(v));
}

function isSpanLabel(l: Label): boolean {
  return l.text != null;
}

export function reviewFile(path: string, text: string, config?: ConfigInput, kind?: 'prfaq' | 'narrative') {
  const r = review(text, { path, config: mergeConfig(config), kind });
  const starts = lineStarts(text);
  const findings: Finding[] = r.diagnostics.map((d) => {
    const start = offsetAt(starts, text, d.range.start);
    const end = offsetAt(starts, text, d.range.end);
    return {
      rule: String(d.code),
      line: d.range.start.line + 1,
      start,
      end,
      text: text.slice(start, end),
      message: d.message,
      data: d.data,
      severity: d.severity,
    };
  });
  return { kind: r.kind, findings, errors: r.errors, model: r.model, anchor: documentAnchor(r.model) };
}

export type Reviewed = ReturnType<typeof reviewFile>;

/** Reviews the document and matches its findings against its labels. */
export function evaluateDoc(doc: LabelledDoc): DocResult {
  return evaluateReviewed(doc, reviewFile(doc.path, doc.text, doc.labels.config));
}

/** evaluateDoc for a document already reviewed (the real-document evaluation reads the model too). */
export function evaluateReviewed(doc: LabelledDoc, reviewed: Reviewed): DocResult {
  const { kind, findings, errors, anchor } = reviewed;
  const result: DocResult = { doc, kind, words: countWords(doc.text), findings, tp: [], fn: [], fp: [], tolerated: [], broken: [], errors };
  if (doc.labels.kind !== undefined && doc.labels.kind !== kind) {
    result.broken.push({ label: { rule: '(kind)' }, reason: `expected kind ${doc.labels.kind}, review() decided ${kind}` });
  }
  matchFindings(doc.text, doc.labels.findings, findings, anchor, result);
  return result;
}

/**
 * Pairs labels with findings (see the top of this file) and files each into
 * `result`: tp, fn, fp, tolerated, broken. `anchor` is where document-level
 * findings sit (documentAnchor of the model).
 */
export function matchFindings(
  text: string,
  labels: Label[],
  findings: Finding[],
  anchor: { start: number; end: number },
  result: Pick<DocResult, 'tp' | 'fn' | 'fp' | 'tolerated' | 'broken'>,
): void {
  const starts = lineStarts(text);
  const used = new Set<number>();
  // Required labels first, so an optional label never steals a finding a
  // required one needs; span labels before document-level ones.
  const order = [...labels].sort((a, b) => Number(!!a.optional) - Number(!!b.optional) || Number(!isSpanLabel(a)) - Number(!isSpanLabel(b)));
  for (const label of order) {
    let span: { start: number; end: number } | null = null;
    if (isSpanLabel(label)) {
      const where = locate(text, starts, label);
      if (typeof where === 'string') {
        result.broken.push({ label, reason: where });
        continue;
      }
      span = where;
    }
    const idx = findings.findIndex((f, i) => {
      if (used.has(i) || f.rule !== label.rule) return false;
      if (!span && label.data) return dataMatches(label.data, f.data);
      if (!span) return f.start === anchor.start && f.end === anchor.end;
      if (f.start === f.end) return f.start >= span.start && f.start <= span.end;
      return f.start < span.end && span.start < f.end;
    });
    if (idx >= 0) {
      used.add(idx);
      if (label.optional) result.tolerated.push(findings[idx]);
      else result.tp.push({ label, finding: findings[idx] });
    } else if (!label.optional) {
      result.fn.push(label);
    }
  }
  findings.forEach((f, i) => {
    if (!used.has(i)) result.fp.push(f);
  });
}

export interface RuleStats {
  tp: number;
  fn: number;
  fp: number;
}

export function tally(results: DocResult[]): { perRule: Map<string, RuleStats>; words: number; total: RuleStats } {
  const perRule = new Map<string, RuleStats>();
  const get = (r: string) => {
    let s = perRule.get(r);
    if (!s) perRule.set(r, (s = { tp: 0, fn: 0, fp: 0 }));
    return s;
  };
  let words = 0;
  for (const r of results) {
    words += r.words;
    for (const l of r.doc.labels.findings) get(l.rule);
    for (const t of r.tp) get(t.label.rule).tp++;
    for (const l of r.fn) get(l.rule).fn++;
    for (const f of r.fp) get(f.rule).fp++;
  }
  const total = { tp: 0, fn: 0, fp: 0 };
  for (const s of perRule.values()) {
    total.tp += s.tp;
    total.fn += s.fn;
    total.fp += s.fp;
  }
  return { perRule, words, total };
}

export const docName = (p: string) => basename(p);
