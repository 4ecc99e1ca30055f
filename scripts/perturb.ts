/**
 * Does the model read the forms real writers use as it reads the usual ones,
 * and do the rules then find the same things?
 * Takes each document of the tuning half of test/real/split.json, rewrites it
 * in one of the forms /work/shared/product/domain.md lists under "How real
 * documents are written" (a bold line for a heading, `Q:`/`A:` for a question
 * heading, curly quotes, …), reviews it as the CLI would, and prints two
 * tables per transform:
 *
 * - structure, scored against the document's own labels exactly as
 *   `scripts/evaluate.ts --real` does;
 * - findings, compared with the untouched document's findings (the dateline
 *   forms with "dateline plain"'s) by rule and line: how many the transform
 *   gained and lost, by rule, and recall, precision and false findings
 *   against the tuning labels. A finding gained or lost only because a
 *   heading became a bold line is a rule or model that has not generalised.
 *
 * Every transform keeps each line where it was (the line count and the line
 * of every labelled thing stay the same), so the labels still apply to the
 * rewritten document and a finding keeps its line. Only the tuning half is
 * read: the test half stays the honest measure.
 *
 *   npx tsx scripts/perturb.ts [--corpus DIR] [--show TRANSFORM|all] [--write DIR]
 *
 * --show lists, per document, what the transform made worse in the
 * structure than the document it is measured against (and what only that
 * one reads wrong), and each finding it gained (+) or lost (−) with its
 * line, rule and words (to the terminal only: never copy the corpus's text
 * into the repository). --write DIR also saves the shown
 * transforms' documents there (outside the repository), to read what the
 * model saw.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { occurrences, reviewFile, type Finding, type Label } from '../test/corpus/harness.js';
import { compareFindings, findingsSummary, tallyFindings, type RealFindings } from '../test/real/findings-eval.js';
import { DEFAULT_CORPUS, loadReal, type FindingsLabel, type RealDoc, type StructureLabel, type Trap } from '../test/real/labels.js';
import { compareStructure, observe, tallyStructure, type Ratio, type StructureResult } from '../test/real/structure-eval.js';

type Lines = string[];
/** Rewrites some lines in place; `label` tells which lines are questions, headline, summary. */
type Transform = (lines: Lines, label: StructureLabel, code: boolean[]) => void;

const ATX = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const blank = (l: string | undefined) => l === undefined || !l.trim();
/** A heading or bold line "alone": blank lines (or the document's edge) around it, as a reader sees a heading. */
const alone = (lines: Lines, i: number) => blank(lines[i - 1]) && blank(lines[i + 1]);
const questionLines = (label: StructureLabel) => new Set((label.questions ?? []).map((q) => q.line - 1));
const stripEmphasis = (s: string) => s.replace(/\*\*|__/g, '');

/** Lines inside fenced code: their `#` lines are comments, their quotes are code. */
function codeLines(lines: Lines): boolean[] {
  let fence: string | null = null;
  return lines.map((l) => {
    const m = /^\s{0,3}(`{3,}|~{3,})/.exec(l);
    if (fence) {
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = null;
      return true;
    }
    if (m) fence = m[1];
    return !!m;
  });
}

/** Each ATX heading outside code: its index, level and words. */
function headings(lines: Lines, code: boolean[]) {
  const out: Array<{ i: number; level: number; words: string }> = [];
  lines.forEach((l, i) => {
    const m = code[i] ? null : ATX.exec(l);
    if (m) out.push({ i, level: m[1].length, words: m[2] });
  });
  return out;
}

// A few emoji writers put before heading words, one with a variation selector (⚙️) and one joined (🧑‍💻).
const EMOJI = ['😩', '🚀', '💡', '⚙️', '🧑‍💻', '❓', '📣'];
/**
 * The summary's first line split into its dateline (place, date) and the
 * rest, whatever form the dateline had: plain ("SEATTLE, WA — …"), bold or
 * italic or in code ("**San Francisco, CA** – …", "`SEATTLE, WA — [DATE] —` …"). A summary without one
 * gets a made-up one, so the dateline transforms have something to rewrite
 * in every document; "dateline plain" is their baseline.
 */
const MARKED = /^(\*\*|\*|_|`)(.+?)\1\s*[—–-]{1,3}\s+/;
/** The whole dateline in code, its dash too: "`SEATTLE, WA — [DATE] —` AWS today…". */
const IN_CODE = /^`([^`]+?)\s*[—–-]{1,3}\s*`\s*/;
const PLACE_DASH = /^([A-Z][\p{L}.' ]{1,40}?(?:,\s*[A-Z][\p{L}.]{1,20}(?: [A-Z][\p{L}.]{1,20})?)?)\s+[—–-]{1,3}\s+/u;
function dateline(lines: Lines, label: StructureLabel): { i: number; place: string; date: string | null; rest: string } | null {
  const at = label.parts?.summary?.line;
  // A list item, heading, quote or table row is no paragraph a dateline opens.
  if (!at || /^\s*(?:[#>|<-]|[*+]\s|\d+[.)]\s)/.test(lines[at - 1])) return null;
  const l = lines[at - 1];
  const marked = MARKED.exec(l) ?? IN_CODE.exec(l) ?? PLACE_DASH.exec(l);
  if (!marked) return { i: at - 1, place: 'SEATTLE, WA', date: 'March 3, 2027', rest: l.trimStart() };
  const inner = (marked[2] ?? marked[1]).split(/\s+[—–-]{1,3}\s*/);
  return { i: at - 1, place: inner[0].trim(), date: inner[1]?.trim() || null, rest: l.slice(marked[0].length) };
}
const withDate = (d: { date: string | null }, dash = ' — ') => (d.date ? `${dash}${d.date}` : '');

/** Straight quotes to curly, outside inline code and HTML. */
function curl(line: string): string {
  if (line.includes('<')) return line;
  return line
    .split(/(`[^`]*`)/)
    .map((piece, k) =>
      k % 2
        ? piece
        : piece
            // Opening after anything but a word or closing punctuation (`*"We…`, `("We…`), closing elsewhere.
            .replace(/(^|[^\p{L}\p{N}.,!?;:%)\]])"(?=\S)/gu, '$1“')
            .replace(/"/g, '”')
            .replace(/(^|[^\p{L}\p{N}.,!?;:%)\]])'(?=\S)/gu, '$1‘')
            .replace(/'/g, '’'),
    )
    .join('');
}

export const TRANSFORMS: Record<string, Transform> = {
  baseline: () => {},

  // "## The problem" → "**The problem**": a part or FAQ heading written as a bold line alone.
  'section→bold': (lines, label, code) => {
    const qs = questionLines(label);
    const headline = (label.parts?.headline?.line ?? 0) - 1;
    for (const h of headings(lines, code)) {
      if (h.level < 2 || qs.has(h.i) || h.i === headline || /\?\W*$/.test(h.words) || !alone(lines, h.i)) continue;
      lines[h.i] = `**${stripEmphasis(h.words)}**`;
    }
  },

  // "**FAQ**" alone → a heading one level under the heading above it (a bold line is a sub-heading of where it stands).
  'bold→section': (lines, label, code) => {
    const qs = questionLines(label);
    let level = 1;
    lines.forEach((l, i) => {
      const h = code[i] ? null : ATX.exec(l);
      if (h) level = h[1].length;
      const m = /^(\*\*|__)([^*_]+?)\1\s*$/.exec(l);
      // A bold line ending in ":" introduces what follows ("**Key features:**"); it is no heading.
      if (!m || code[i] || qs.has(i) || /[?:]\W*$/.test(m[2]) || !alone(lines, i)) return;
      lines[i] = `${'#'.repeat(Math.min(6, level + 1))} ${m[2].trim()}`;
    });
  },

  // "### Why now?" → "**Why now?**".
  'question→bold': (lines, label, code) => {
    for (const i of questionLines(label)) {
      const m = code[i] ? null : ATX.exec(lines[i]);
      if (m) lines[i] = `**${stripEmphasis(m[2])}**`;
    }
  },

  // "### Why now?" → "Q: Why now?", and the answer's first line opens "A: ".
  'question→Q:/A:': (lines, label, code) => {
    for (const i of questionLines(label)) {
      const m = code[i] ? null : ATX.exec(lines[i]);
      if (!m) continue;
      lines[i] = /^\W{0,2}Q\d*\s*[:.)]/i.test(m[2]) ? m[2] : `Q: ${m[2]}`;
      let j = i + 1;
      while (j < lines.length && blank(lines[j])) j++;
      // Only a plain paragraph line takes the marker: "A: - item" or "A: ```" is no form anyone writes.
      if (j < lines.length && !code[j] && !/^\s*(?:[#>|<-]|[*+]\s|\d+[.)]\s)/.test(lines[j])) lines[j] = `A: ${lines[j].trimStart()}`;
    }
  },

  // "# Title" → "## Title", …, "##### X" → "###### X".
  'headings deeper': (lines, _label, code) => {
    for (const h of headings(lines, code)) if (h.level < 6) lines[h.i] = '#' + lines[h.i];
  },

  // "SEATTLE, WA — March 3, 2027 — Today…": what the two below are measured against.
  'dateline plain': (lines, label) => {
    const d = dateline(lines, label);
    if (d) lines[d.i] = `${d.place}${withDate(d)} — ${d.rest}`;
  },

  // "**SEATTLE, WA** — March 3, 2027 — Today…".
  'dateline city bold': (lines, label) => {
    const d = dateline(lines, label);
    if (d) lines[d.i] = `**${d.place}**${withDate(d)} — ${d.rest}`;
  },

  // "*SEATTLE, WA — March 3, 2027* — Today…".
  'dateline italic': (lines, label) => {
    const d = dateline(lines, label);
    if (d) lines[d.i] = `*${d.place}${withDate(d)}* — ${d.rest}`;
  },

  'straight→curly quotes': (lines, _label, code) => {
    lines.forEach((l, i) => {
      if (!code[i]) lines[i] = curl(l);
    });
  },

  'curly→straight quotes': (lines, _label, code) => {
    lines.forEach((l, i) => {
      if (!code[i]) lines[i] = l.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'");
    });
  },

  // "## The problem" → "## 😩 The problem".
  'emoji in headings': (lines, _label, code) => {
    headings(lines, code).forEach((h, k) => {
      lines[h.i] = `${'#'.repeat(h.level)} ${EMOJI[k % EMOJI.length]} ${h.words}`;
    });
  },
};

function apply(name: string, text: string, label: StructureLabel): { text: string; changed: number } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const before = text.split(/\r?\n/);
  const lines = [...before];
  TRANSFORMS[name](lines, label, codeLines(before));
  if (lines.length !== before.length || lines.some((l) => /[\r\n]/.test(l))) throw new Error(`${name} moved lines in ${label.doc}`);
  return { text: lines.join(eol), changed: lines.filter((l, i) => l !== before[i]).length };
}


/**
 * What each transform is measured against: the untouched document, except
 * for the two dateline forms, whose baseline is "dateline plain" (the
 * same dateline, made up where the document had none, unmarked).
 */
const REFERENCE: Record<string, string> = { 'dateline city bold': 'dateline plain', 'dateline italic': 'dateline plain' };
const referenceOf = (name: string) => REFERENCE[name] ?? 'baseline';

/** One document under one transform: what the review saw and found. */
interface Run {
  doc: RealDoc;
  changed: number;
  structure: StructureResult;
  findings: Finding[];
  /** Where document-level findings sit (the first heading): they are about the whole document, not a line. */
  anchor: { start: number; end: number };
  /** The findings scored against the tuning labels, when the document has them. */
  scored: RealFindings | null;
}

/**
 * The findings labels carried over to the rewritten text. A label names its
 * line and the words it is about; where the transform rewrote those words
 * (curly quotes, a bold line), the label takes the whole rewritten line
 * instead, so that it is still scored rather than left out as broken.
 */
function carryLabels(before: string, after: string, label: FindingsLabel): FindingsLabel {
  const lines = after.split(/\r?\n/);
  const carry = <T extends Label>(l: T): T => {
    if (l.line == null || l.text == null || lines[l.line - 1] === undefined) return l;
    const found = (text: string) => occurrences(text, l.text!).some((o) => o[2] === l.line);
    if (found(after) || !found(before)) return l;
    return { ...l, text: lines[l.line - 1].trim() };
  };
  return { ...label, findings: label.findings.map(carry), traps: label.traps?.map((t) => carry(t as Trap & Label)) };
}

function runDoc(name: string, doc: RealDoc): Run {
  const t = apply(name, doc.text!, doc.structure!);
  const reviewed = reviewFile(doc.path, t.text);
  const labels = doc.findings && carryLabels(doc.text!, t.text, doc.findings);
  return {
    doc,
    changed: t.changed,
    structure: compareStructure(doc.name, doc.structure!, observe(t.text, reviewed)),
    findings: reviewed.findings,
    anchor: reviewed.anchor,
    scored: labels ? compareFindings(doc.name, t.text, labels, reviewed.findings, reviewed.anchor) : null,
  };
}

/** What a reader would call wrong in one document's structure, one short line each. */
function problems(r: StructureResult): string[] {
  const out: string[] = [];
  if (!r.kind.ok) out.push(`kind: labelled ${r.kind.want}, read ${r.kind.got}`);
  for (const p of [...r.parts, ...r.faqs]) {
    if (!p.ok) out.push(`${p.id}: labelled ${p.want ?? 'absent'}, read ${p.got ? `${p.got.from}-${p.got.to}` : 'absent'}`);
    else if (p.located === false) out.push(`${p.id}: labelled ${p.want}, read elsewhere`);
  }
  for (const m of r.questions.missed) out.push(`question missed ${m.line}: ${m.text.slice(0, 60)}`);
  for (const e of r.questions.extras) out.push(`not a question ${e.line}: ${e.text.slice(0, 60)}`);
  for (const q of r.questions.found) if (!q.answeredOk) out.push(`answered disagrees ${q.want}: ${q.text.slice(0, 60)}`);
  for (const m of r.sections.missed) out.push(`section missed ${m.line}: ${m.title.slice(0, 60)}`);
  return out;
}

/**
 * The findings one document gained and lost under a transform. Lines stay in
 * place, so a finding is the same one when its rule and line are, or, for a
 * document-level finding (one on the document's anchor, which moves when the
 * first heading becomes a bold line), when its rule is; of several on one
 * line, those whose text reads the same once quotes and emphasis are set
 * aside pair first, the rest in order.
 */
function diffFindings(before: Run, after: Run): { gained: Finding[]; lost: Finding[] } {
  const plain = (f: Finding) => f.text.replace(/[“”„"‘’'*_`]/g, '').replace(/\s+/g, ' ').trim();
  const atAnchor = (f: Finding, r: Run) => f.start === r.anchor.start && f.end === r.anchor.end;
  const key = (f: Finding) => `${f.rule}\t${atAnchor(f, before.findings.includes(f) ? before : after) ? 'document' : f.line}`;
  const left = new Set(before.findings);
  const gained: Finding[] = [];
  const pairWith = (f: Finding, same: (b: Finding) => boolean) => {
    const b = [...left].find((x) => key(x) === key(f) && same(x));
    if (b) left.delete(b);
    return !!b;
  };
  const unpaired = after.findings.filter((f) => !pairWith(f, (b) => plain(b) === plain(f)));
  for (const f of unpaired) if (!pairWith(f, () => true)) gained.push(f);
  return { gained, lost: [...left] };
}

/** "weasel-word +2 −1, readability −3": gains and losses by rule. */
function byRule(gained: Finding[], lost: Finding[]): string {
  const n = new Map<string, [number, number]>();
  for (const f of gained) (n.get(f.rule) ?? n.set(f.rule, [0, 0]).get(f.rule)!)[0]++;
  for (const f of lost) (n.get(f.rule) ?? n.set(f.rule, [0, 0]).get(f.rule)!)[1]++;
  return [...n]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, [g, l]]) => `${rule}${g ? ` +${g}` : ''}${l ? ` −${l}` : ''}`)
    .join(', ');
}

const pct = (r: Ratio) => (r.of ? `${((100 * r.n) / r.of).toFixed(1)}%` : '–');
const percent = (v: number | null) => (v === null ? '–' : `${(100 * v).toFixed(1)}%`);
const oneLine = (s: string, n = 60) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};

function table(widths: number[]) {
  return (cells: Array<string | number>) => cells.map((c, k) => (k ? String(c).padStart(widths[k]) : String(c).padEnd(widths[k]))).join('');
}
const structureRow = table([24, 5, 6, 7, 7, 8, 8, 8, 10, 7, 9, 9]);
const findingsRow = table([24, 7, 6, 8, 9, 8, 8, 2]);

function structureLine(name: string, runs: Run[]): string {
  const s = tallyStructure(runs.map((r) => r.structure));
  const touched = runs.filter((r) => r.changed).length;
  const changed = runs.reduce((n, r) => n + r.changed, 0);
  return structureRow([name, touched, changed, pct(s.kind), pct(s.allParts.presence), pct(s.allParts.located), pct(s.faqs['external-faq'].presence), pct(s.faqs['internal-faq'].presence), pct(s.questionsFound), pct(s.nonQuestions), pct(s.answered), pct(s.sectionsFound)]);
}

function findingsLine(name: string, runs: Run[], reference: Run[]): string {
  const diffs = runs.map((r, k) => diffFindings(reference[k], r));
  const gained = diffs.flatMap((d) => d.gained);
  const lost = diffs.flatMap((d) => d.lost);
  const f = findingsSummary(tallyFindings(runs.flatMap((r) => (r.scored ? [r.scored] : []))));
  const cells = [name, gained.length, lost.length, percent(f.recall), percent(f.precision.all), f.total.fp, f.labelProblems, ''];
  return findingsRow(cells) + byRule(gained, lost);
}

/** Per document, what the transform made worse (or better) in the structure and which findings it gained or lost. */
function details(name: string, runs: Run[], reference: Run[]): string[] {
  const out: string[] = [];
  runs.forEach((r, k) => {
    const before = problems(reference[k].structure);
    const now = problems(r.structure);
    const worse = now.filter((x) => !before.includes(x));
    const better = before.filter((x) => !now.includes(x)).map((x) => `only untouched: ${x}`);
    const { gained, lost } = diffFindings(reference[k], r);
    const show = (sign: string, f: Finding) => `${sign} ${f.line} ${f.rule.padEnd(22)} ${JSON.stringify(oneLine(f.text))}`;
    const lines = [...worse, ...better, ...gained.map((f) => show('+', f)), ...lost.map((f) => show('−', f))];
    if (lines.length) out.push(`[${name}] ${r.doc.name}\n    ${lines.join('\n    ')}`);
  });
  return out;
}

function save(dir: string, name: string, doc: RealDoc): void {
  const t = apply(name, doc.text!, doc.structure!);
  if (!t.changed) return;
  const to = join(dir, name.replace(/\W+/g, '_'), doc.name);
  mkdirSync(join(to, '..'), { recursive: true });
  writeFileSync(to, t.text);
}

const USAGE = 'usage: npx tsx scripts/perturb.ts [--corpus DIR] [--show TRANSFORM|all] [--write DIR]';

function parseArgs(argv: string[]): { corpus: string; show: string[]; write: string | null } | null {
  const o = { corpus: DEFAULT_CORPUS, show: [] as string[], write: null as string | null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--corpus') o.corpus = argv[++i];
    else if (argv[i] === '--show') o.show.push(argv[++i]);
    else if (argv[i] === '--write') o.write = argv[++i];
    else return null;
  }
  const unknown = o.show.filter((s) => s !== 'all' && !(s in TRANSFORMS));
  if (unknown.length) {
    console.error(`no transform ${unknown.join(', ')}; the transforms are: ${Object.keys(TRANSFORMS).join(', ')}`);
    return null;
  }
  return o;
}

function main(argv: string[]): number {
  const o = parseArgs(argv);
  if (!o) {
    console.error(USAGE);
    return 2;
  }
  const docs = loadReal(o.corpus, ['tuning']).filter((d) => d.text !== null && d.structure);
  const runs = new Map<string, Run[]>();
  for (const name of Object.keys(TRANSFORMS)) runs.set(name, docs.map((d) => runDoc(name, d)));

  console.log(`${docs.length} tuning-half documents from ${o.corpus}; docs/lines: how many the transform touched;\nparts: present/absent as labelled; placed: the labelled line inside the part read;\nanswered: answered or not as labelled, of the questions found\n`);
  console.log(structureRow(['transform', 'docs', 'lines', 'kind', 'parts', 'placed', 'ext FAQ', 'int FAQ', 'questions', 'non-q', 'answered', 'sections']));
  for (const [name, r] of runs) console.log(structureLine(name, r));

  console.log(`\nFindings, keyed by rule and line, against the untouched document (the dateline forms against "dateline plain");\nrecall/precision/FP: scored against the tuning labels (a label whose words the transform rewrote covers its whole line);\nbroken: labels that still could not be placed, left out of the score\n`);
  console.log(findingsRow(['transform', 'gained', 'lost', 'recall', 'precis.', 'FP', 'broken', '', 'by rule']));
  for (const [name, r] of runs) console.log(findingsLine(name, r, runs.get(referenceOf(name))!));

  const shown: string[] = [];
  for (const [name, r] of runs) {
    if (name === 'baseline' || !(o.show.includes(name) || o.show.includes('all'))) continue;
    shown.push(...details(name, r, runs.get(referenceOf(name))!));
    if (o.write) for (const d of docs) save(o.write, name, d);
  }
  if (shown.length) console.log(`\nstructure worse (or only wrong untouched), and findings gained (+) and lost (−), per document (do not copy this text into the repository):\n${shown.join('\n')}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
