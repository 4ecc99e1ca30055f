import type { Nodes } from 'mdast';
import { treeShift } from '../model/blocks.js';
import type { Block } from '../model/types.js';
import { toDocRange } from '../model/prose.js';
import { eol, placeholderSelection } from '../fix/edits.js';
import type { DocModel } from '../model/types.js';
import { NAME_DETERMINERS, NAME_FILLERS, NOT_A_METRIC_INDEX, SCALE_LEADS } from '../lexicon/metrics.js';
import { phrasePattern } from '../text/phrases.js';
import type { Fix, Rule, SpanText } from './types.js';

const HEAD = String.raw`(?:scores?|indexes|indices|index|metrics?|kpis?|ratings?|indicators?|grades?|report\s+cards?)`;

/** Names that mark a metric as blended whatever follows them. */
const MARKED = new RegExp(
  String.raw`\b(?:fitness\s+functions?|(?:health|engagement|happiness|well-?being|vitality|stickiness|loyalty)\s+(?:scores?|index|indices)|(?:composite|compound|blended)\s+(?:[\p{L}-]+\s+){0,2}?(?:scores?|metrics?|kpis?|ratings?|indicators?)|(?:weighted|combined|aggregated)\s+(?:scores?|index|metrics?|kpis?|ratings?))\b`,
  'giu',
);

/** "a weighted average of X and Y": a blend, even without a name. */
const WEIGHTED_OF = /\bweighted\s+(?:average|mean|sum|total|blend|combination|mix)(?=\s+of\s+[^.;:!?]{1,60}?(?:,|\band\b|\bplus\b|&))/giu;

/** "from A to F", "out of 10", "on a scale of 1–5": the scale between a name and what it blends. */
const SCALE = String.raw`(?:${phrasePattern(SCALE_LEADS)}\s+[\p{L}\p{N}.]{1,3}(?:\s*(?:to|–|-|and)\s*[\p{L}\p{N}.]{1,3})?\s*)`;

/**
 * What joins the measures a metric blends: a comma, "and", "plus", "&" —
 * but not ", and a …" or "and each …", which start a new clause ("a rating
 * based on reviews, and a grade for speed": two metrics of one measure each).
 */
const LIST_JOIN = String.raw`(?:,(?!\s*and\s+(?:a|an|each|every)\b)|\band\b(?!\s+(?:a|an|each|every)\b)|\bplus\b|&)`;

/** "a grade for each pantry, which blends…", "a score per store that…": whose the metric is, between its name and what it blends. */
// Also when: "a letter grade from A to F each month, based on…".
const PER_UNIT = String.raw`(?:\s+(?:(?:for\s+)?(?:each|every)|per)\s+[\p{L}-]+)`;
/** "an index above 0.9, weighted…": a threshold between the name and what it blends. */
const THRESHOLD = String.raw`(?:\s+(?:above|below|over|under|of\s+at\s+least|at\s+least)\s+[\p{N}.,%]+)`;

/** After a metric's name, what says it blends several measures: "…that combines latency, errors and NPS". */
const BLENDS = String.raw`${PER_UNIT}?${THRESHOLD}?\s*(?:\([^)]{1,16}\)\s*)?${SCALE}?${PER_UNIT}?,?\s*(?:(?:that|which)\s+)?(?:combin(?:es|ing|ed)|blend(?:s|ing|ed)|merg(?:es|ing|ed)|mix(?:es|ing|ed)|roll(?:s|ing|ed)\s+up|weigh(?:t(?:s|ing|ed)|s|ing)|averag(?:es|ing|ed)|(?:is\s+|are\s+)?based\s+on|(?:is\s+|are\s+)?(?:made\s+up|composed|built|computed|calculated|derived)\s+(?:of|from)|(?:an?\s+)?(?:weighted\s+)?(?:blend|mix|combination|composite)\s+of)\s+[^.;:!?]{0,60}?${LIST_JOIN}\s*[\p{L}\p{N}]`;
/** "a score that combines latency, errors and NPS". */
// Or the measures listed in brackets with how they are weighed: "the Adoption Score (logins, reports and seats, equally weighted)".
const WEIGHED_IN_BRACKETS = String.raw`\s*\([^()]{0,80}?${LIST_JOIN}[^()]{0,80}?\b(?:weighted|averaged|blended|combined)\b[^()]{0,40}\)`;
const COMPOSED = new RegExp(String.raw`\b${HEAD}(?=${BLENDS}|${WEIGHED_IN_BRACKETS})`, 'giu');
/** "The HiveScore combines…": a name written as one word, its head capitalised (matched with case, so "encore" is no score). */
const ONE_WORD_NAME = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:Score|Index|Rating|Grade|Metric)s?(?![\p{L}\p{N}])/gu;
const BLENDS_HERE = new RegExp(BLENDS, 'iuy');

/** Things called an index that are not metrics: lookup structures. */
const NOT_A_METRIC = new RegExp(`\\b${phrasePattern(NOT_A_METRIC_INDEX)}\\s*$`, 'i');

/** Words between an article and the name that are not part of the name. */
const FILLER = new Set(NAME_FILLERS);
const DETERMINER = new Set(NAME_DETERMINERS);

/** Weighted terms: "0.4 × latency", "40% x NPS", "0.6*errors". */
const WEIGHT = String.raw`(?:0?\.\d+|\d{1,3}(?:\.\d+)?\s?%)`;
/** A measure's name: one word, or two where the formula needs them ("on-time rate"). */
const WORD = String.raw`\p{L}[\p{L}\p{N}_-]*`;
const NAME = String.raw`${WORD}(?:\s${WORD})??`;
const MUL = String.raw`(?:\s*[×*·]\s*|\s+x\s+)`;
// A term may be an expression in brackets: "0.3·(1 − bug rate)".
const TERM = `${WEIGHT}${MUL}(?:${NAME}|\\([^()]{1,50}\\))`;
/** A term before a "+": its name may run to three words ("0.5 × campaign success rate + …"), as the "+" after it shows. */
const TERM_BEFORE_PLUS = `${WEIGHT}${MUL}(?:${WORD}(?:\\s${WORD}){0,2}|\\([^()]{1,50}\\))(?=\\s*\\+)`;
const FORMULA = new RegExp(String.raw`(?<![\p{L}\p{N}.])${TERM_BEFORE_PLUS}(?:\s*\+\s*${TERM_BEFORE_PLUS})*\s*\+\s*${TERM}`, 'gu');
const WEIGHTS = new RegExp(WEIGHT, 'gu');

/** Do the weights of a formula add up to a whole (1 or 100%)? */
function weightsSumToWhole(formula: string): boolean {
  let fraction = 0;
  let percent = 0;
  for (const w of formula.match(WEIGHTS) ?? []) {
    if (w.endsWith('%')) percent += parseFloat(w);
    else fraction += parseFloat(w);
  }
  return Math.abs(fraction - 1) < 0.011 || Math.abs(percent - 100) < 1.1 || (fraction > 0 && percent > 0 && Math.abs(fraction + percent / 100 - 1) < 0.011);
}

/**
 * Extend a name left over up to two modifiers, but only when an article or
 * possessive stands before them ("the weekly store health score"): without
 * one, the word before may be a verb ("we track health score").
 */
function withModifiers(text: string, start: number): number {
  let pos = start;
  let first = start;
  let modifiers = 0;
  let filler = false;
  for (let i = 0; i < 4; i++) {
    const m = /([\p{L}][\p{L}-]*)\s+$/u.exec(text.slice(Math.max(0, pos - 40), pos));
    if (!m) return start;
    const at = pos - m[0].length;
    if (at > 0 && !/\s/.test(text[at - 1])) return start;
    if (DETERMINER.has(m[1].toLowerCase())) return first;
    if (FILLER.has(m[1].toLowerCase())) filler = true;
    else if (filler || ++modifiers > 2) return start;
    else first = at;
    pos = at;
  }
  return start;
}

/** "the Index, a …", "the Score for each org, a …": a name just before a description of it. */
const NAMED_BEFORE = new RegExp(String.raw`\b${HEAD}${PER_UNIT}?,\s*(?:an?|the)\s*$`, 'iu');

/** "It is a …", "which is a …": a description of a metric named before. */
const PRONOUN_BEFORE = /\b(?:it|this|that|which)\s+(?:is|was|['’]s)\s+(?:an?|the)\s*$/i;
/** "The score is a …": a description of the metric named before, by its kind. */
const KIND_BEFORE = /\b(?:the|this|that|our)\s+(?:score|index|rating|grade|metric|kpi)\s+(?:is|was|['’]s|will\s+be)\s+(?:an?|the)\s*$/i;
/** A metric's name in capitals: "Dock Readiness Score", "Rampen-Effizienz-Index". */
const TITLED_NAME = /(?<![\p{L}\p{N}-])(?:\p{Lu}[\p{L}]*(?:-\p{L}+)*[\s-]+){1,4}(?:Score|Index|Rating|Grade|Metric|KPI)s?(?![\p{L}\p{N}])/gu;

/** The last name in capitals before `at`, within a few sentences ("We will track a Dock Readiness Score. The score is a …"), past a determiner. */
function titledNameBefore(text: string, at: number): Candidate | null {
  const from = Math.max(0, at - 300);
  let last: Candidate | null = null;
  for (const m of text.slice(from, at).matchAll(TITLED_NAME)) {
    let start = from + m.index!;
    const lead = /^(\p{Lu}\p{Ll}*)\s+/u.exec(m[0]);
    if (lead && DETERMINER.has(lead[1].toLowerCase())) start += lead[0].length;
    last = { start, end: from + m.index! + m[0].length };
  }
  return last;
}

interface Candidate {
  start: number;
  end: number;
}

function findNames(span: SpanText): Candidate[] {
  const text = span.text;
  const out: Candidate[] = [];
  ONE_WORD_NAME.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ONE_WORD_NAME.exec(text)); ) {
    BLENDS_HERE.lastIndex = m.index + m[0].length;
    if (BLENDS_HERE.test(text)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const re of [MARKED, WEIGHTED_OF, COMPOSED]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const end = m.index + m[0].length;
      // "the Index, a weighted blend of …": the name is the finding, not its description.
      if (re === WEIGHTED_OF && NAMED_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
      // "…a single Returns Health Score. It is a weighted blend of…": the name, found already, is the finding.
      if (re === WEIGHTED_OF && out.some((c) => c.end <= m!.index) && PRONOUN_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      // "We will track a Dock Readiness Score for each site. The score is a weighted blend of…": the name is the finding.
      if (re === WEIGHTED_OF && KIND_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) {
        const name = titledNameBefore(text, m.index);
        if (name) {
          out.push(name);
          continue;
        }
      }
      // "one Rampen-Effizienz-Index (REI)": the words joined to the head by hyphens are the name's.
      const joined = re === WEIGHTED_OF ? null : /(?:\p{L}+-)+$/u.exec(text.slice(Math.max(0, m.index - 60), m.index));
      const start = re === WEIGHTED_OF ? m.index : joined ? m.index - joined[0].length : withModifiers(text, m.index);
      if (/\bind(?:ex|ices|exes)$/i.test(m[0]) && NOT_A_METRIC.test(text.slice(Math.max(0, start - 30), end).replace(/\s*\bind(?:ex|ices|exes)$/i, ''))) continue;
      out.push({ start, end });
    }
  }
  // Overlapping names of one metric: keep the widest.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of out) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      if (c.end > last.end) last.end = c.end;
      continue;
    }
    kept.push({ ...c });
  }
  return kept;
}

function message(name: string): string {
  return `"${name}" blends several measures into one number: when it moves, nobody can tell which input moved it or what to do. Track each component as its own metric, with its own goal.`;
}

/** A blended metric found: where (offsets into a span's text or a block), its name as quoted, and its `data.metric`. */
interface Found extends Candidate {
  name: string;
  metric: string;
  /** A weighted formula, not a name. */
  formula?: boolean;
}

/** Blended-metric names (reported in lower case) and formulas (as written) in a span. */
function metricsIn(span: SpanText): Found[] {
  const out: Found[] = [];
  for (const c of findNames(span)) {
    const name = span.text.slice(c.start, c.end).replace(/\s+/g, ' ');
    out.push({ ...c, name, metric: name.toLowerCase() });
  }
  FORMULA.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FORMULA.exec(span.text))) {
    // "an Update Confidence Score per fleet, defined as 0.5 × … + 0.3 × …": the name the formula defines is the finding.
    const name = nameDefinedAs(span.text, m.index);
    if (name) {
      const n = span.text.slice(name.start, name.end).replace(/\s+/g, ' ');
      out.push({ ...name, name: n, metric: n.toLowerCase() });
      continue;
    }
    const formula = m[0].replace(/\s+/g, ' ');
    out.push({ start: m.index, end: m.index + m[0].length, name: formula, metric: formula, formula: true });
  }
  return onePerMetric(span.text, out);
}

/** Between a metric's name and the formula that defines it: "Score per fleet, defined as", "Index (HRI) =", "Score:". */
const DEFINED_AS = /^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:per|for each|for every)\s+[\p{L}-]+\s*)?(?:[,—–]\s*)?(?:(?:which\s+)?(?:is|will\s+be)\s+)?(?:(?:defined|calculated|computed|scored|measured)\s+as|[=:])\s*$/iu;

/** The metric's name in capitals right before the formula that defines it, in the same sentence. */
function nameDefinedAs(text: string, at: number): Candidate | null {
  const sentence = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('? ', at), text.lastIndexOf('! ', at)) + 1;
  const name = titledNameBefore(text, at);
  return name && name.start >= sentence && DEFINED_AS.test(text.slice(name.end, at)) ? name : null;
}

/** Between a metric's name and a second name for it: "Health Score, a letter grade", "Score (the grade)". */
const APPOSITION = /^\s*(?:[,(—–:]\s*)(?:(?:an?|the|its|their|our)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * One finding per metric: "a Health Score, a letter grade that blends…"
 * names one metric twice, and the writer fixes it once.
 */
function onePerMetric(text: string, found: Found[]): Found[] {
  const kept: Found[] = [];
  for (const f of [...found].sort((a, b) => a.start - b.start)) {
    const last = kept[kept.length - 1];
    if (last && (f.start < last.end || APPOSITION.test(text.slice(last.end, f.start)))) continue;
    kept.push(f);
  }
  return kept;
}

/** Weighted formulas in a block's inline code whose weights add up to a whole: offsets relative to the block. */
function formulasInCode(text: string, block: Block): Found[] {
  const out: Found[] = [];
  for (const code of inlineCode(text, block)) {
    for (const m of wholeFormulas(code.value)) {
      const formula = m[0].replace(/\s+/g, ' ');
      out.push({ start: code.start + m.index!, end: code.start + m.index! + m[0].length, name: formula, metric: formula });
    }
  }
  return out;
}

/** Weighted formulas in code whose weights add up to a whole (1 or 100%): in inline code or a code block. */
const wholeFormulas = (code: string) => [...code.matchAll(FORMULA)].filter((m) => weightsSumToWhole(m[0]));

/**
 * "We'll track a Trace Fidelity Index (TFI) per service, computed as:" over
 * a code block that holds the weighted formula: the name the paragraph
 * gives it, its last capitalised name of a score or index before the colon.
 */
const INTRODUCES_FORMULA = /:\s*$/;
/** A paragraph that is a formula and nothing else: a short name, "=", then weighted terms. */
const FORMULA_LINE = new RegExp(String.raw`^\s*(?:[\p{L}\p{N} _-]{1,30}=\s*)?${TERM}(?:\s*\+\s*${TERM})+\s*\.?\s*$`, 'u');
const NAMED_METRIC = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:Score|Index|Rating|Grade|Metric)s?(?![\p{L}\p{N}])/gu;
function formulaBelow(model: DocModel, block: Block): Found | null {
  // A code block, or a paragraph that is only the formula ("AIS = 0.35 × … + 0.25 × …").
  const code = block.type === 'code' ? ((block.node as { value?: string }).value ?? '') : block.type === 'paragraph' && FORMULA_LINE.test(block.plain) ? block.plain : '';
  const formula = code !== '' && wholeFormulas(code).length > 0;
  const before = model.blocks[block.index - 1];
  if (!formula || !before || before.type !== 'paragraph' || !INTRODUCES_FORMULA.test(before.plain)) return null;
  const text = model.text.slice(before.start, before.end);
  const names = [...text.matchAll(NAMED_METRIC)];
  const last = names[names.length - 1];
  if (!last) return null;
  const found = { start: last.index!, end: last.index! + last[0].length, name: last[0], metric: last[0].toLowerCase() };
  // Named as blended in the paragraph already ("a Health Score, computed as:"): found there.
  if (metricsIn({ text } as SpanText).some((m) => m.start < found.end && found.start < m.end)) return null;
  return found;
}

/** A name and the acronym in brackets right after it: "Catalogue Health Score (CHS)" is also "CHS". */
function aliasesOf(nameAndAfter: string): string[] {
  const m = /^(.*?)\s*\(\s*(\p{Lu}[\p{Lu}\p{N}]{1,7})\s*\)/u.exec(nameAndAfter);
  return m ? [m[1].toLowerCase(), m[2]] : [nameAndAfter.slice(0, -12).toLowerCase()];
}

/** Does the sentence of the formula at `at`, up to the formula, name a metric reported before it? */
function definesNamed(model: DocModel, at: number, names: readonly string[]): boolean {
  const block = model.blocks.find((b) => b.start <= at && at < b.end);
  if (!block) return false;
  let from = at;
  while (from > block.start && !/[.!?]\s/.test(model.text.slice(from - 2, from))) from--;
  const before = model.text.slice(from, at);
  // In a code block, its first line ("TFI = …") or the paragraph above it is where the metric is named.
  const lead = block.type === 'code' ? before.split('\n').slice(-1)[0] : before;
  return names.some((n) => (/^\p{Lu}+$/u.test(n) ? new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, 'u').test(lead) : lead.toLowerCase().includes(n)));
}

/** Inline code spans with a weighted formula (`0.4*latency + 0.6*nps`). */
function* inlineCode(text: string, block: Block): Generator<{ start: number; value: string }> {
  // From tree offsets to document offsets.
  const shift = treeShift(block);
  const stack: Nodes[] = [block.node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'inlineCode' && n.position?.start.offset !== undefined && n.position.end.offset !== undefined) {
      yield { start: n.position.start.offset + shift - block.start, value: text.slice(n.position.start.offset + shift, n.position.end.offset + shift) };
    } else if ('children' in n) {
      for (const c of n.children) stack.push(c as Nodes);
    }
  }
}

/** The measures a blended metric is made of, when the sentence names them. */
function components(sentence: string, metric: string): string[] {
  const clean = (xs: string[]) => [...new Set(xs.map((x) => x.replace(/[`*_]/g, '').replace(/^(?:the|a|an|its|their|our)\s+/i, '').trim()).filter((x) => x && x.split(/\s+/).length <= 5))];
  if (/[×*·]|\sx\s/.test(metric) && metric.includes('+')) {
    return clean(metric.split('+').map((t) => t.replace(new RegExp(`^\\s*${WEIGHT}${MUL}`, 'u'), '')));
  }
  const m = /\b(?:combin\w*|blend\w*|merg\w*|roll\w*\s+up|weigh\w*|averag(?:es|ing)|based\s+on|(?:made\s+up|composed|built|computed|calculated|derived)\s+(?:of|from)|(?:average|mean|sum|total|blend|mix|combination|composite)\s+of)\s+([^.;:!?]+)/i.exec(sentence);
  if (!m) return [];
  const list = m[1].split(/\s+(?:into|to|for|so|which|that|with|every|each|as)\s+|\s+[—–(]/i)[0];
  const parts = list.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|plus|or)\s+|\s*&\s*/i);
  return parts.length >= 2 ? clean(parts) : [];
}

/**
 * Replace the sentence that sets up the blended metric with a table of its
 * components, each with a goal to fill in. A table, not a list: narratives
 * must not grow bullets. Outside a plain paragraph, only the name is replaced.
 */
function splitMetric(model: DocModel, start: number, end: number, metric: string): Fix {
  const text = model.text;
  const nl = eol(text);
  const block = model.blocks.find((b) => b.start <= start && end <= b.end);
  if (!block || block.type !== 'paragraph') {
    const edit = { start, end, newText: '[Name each input metric separately]' };
    return { title: `Replace "${metric}" with its separate input metrics`, edits: [edit], isPreferred: true, select: placeholderSelection([edit], edit) };
  }
  const head = text.slice(block.start, start);
  const stops = [...head.matchAll(/[.!?]["”')*_]*\s+/g)];
  const last = stops[stops.length - 1];
  const sStart = last ? block.start + last.index! + last[0].length : block.start;
  const tail = text.slice(end, block.end);
  const stop = /[.!?](?=["”')*_]*(?:\s|$))["”')*_]*/.exec(tail);
  const sEnd = stop ? end + stop.index + stop[0].length : block.end;
  const names = components(text.slice(sStart, sEnd).replace(/\s+/g, ' '), metric);
  const rows = (names.length ? names : ['[Add the first input metric]', '[Add the second input metric]']).map((n) => `| ${n} | [Add the goal] |`);
  const table = ['We will track each input separately, with its own goal:', '', '| Input metric | Goal |', '|---|---|', ...rows].join(nl);
  const before = sStart > block.start ? nl + nl : '';
  let after = '';
  let to = sEnd;
  if (sEnd < block.end) {
    while (to < block.end && /\s/.test(text[to])) to++;
    after = nl + nl;
  }
  let from = sStart;
  while (from > block.start && /[ \t]/.test(text[from - 1])) from--;
  const edit = { start: from, end: to, newText: before + table + after };
  return { title: `Rewrite "${metric}" as a table of its separate input metrics`, edits: [edit], isPreferred: true, select: placeholderSelection([edit], edit) };
}

export const compoundMetric: Rule = {
  id: 'compound-metric',
  description: 'A metric that blends several measures into one score, index or weighted formula.',
  principle:
    'A blended number hides cause and effect. When a "health score" drops, the team cannot tell whether latency, errors or satisfaction moved, so the review turns into an argument about the formula instead of a decision. Track the components separately and set a goal for each; a reader can then see what changed and who owns it.',
  example: {
    before: 'We will track a seller health score that combines order defects, late shipments and reviews.',
    after: 'We will track the order defect rate (goal: under 1%), the late shipment rate (under 4%) and the average review (above 4.5).',
  },
  kinds: ['prfaq', 'narrative'],
  defaultSeverity: 'warning',
  group: 'input-metrics',
  check(ctx) {
    const found: Array<{ start: number; end: number; name: string; metric: string; formula: boolean }> = [];
    for (const span of ctx.model.prose) {
      for (const c of ctx.perSpan('metrics', span, metricsIn)) found.push({ ...toDocRange(span, c.start, c.end), name: c.name, metric: c.metric, formula: !!c.formula });
    }
    for (const block of ctx.model.blocks) {
      for (const c of ctx.perBlock('formulas in code', block, (b) => formulasInCode(ctx.model.text, b))) found.push({ start: block.start + c.start, end: block.start + c.end, name: c.name, metric: c.metric, formula: true });
      // The formula in a block of its own: the finding is on the name the paragraph above gives it.
      const named = formulaBelow(ctx.model, block);
      if (named) {
        const at = ctx.model.blocks[block.index - 1].start;
        found.push({ start: at + named.start, end: at + named.end, name: named.name, metric: named.metric, formula: false });
      }
    }
    found.sort((a, b) => a.start - b.start);
    // One finding per metric: a formula that defines a metric already reported by its name ("the Catalogue
    // Health Score (CHS)", then "The CHS is: 0.4 × … + …") is that metric again, and the writer fixes it once.
    const names: string[] = [];
    for (const f of found) {
      if (f.formula && names.length && definesNamed(ctx.model, f.start, names)) continue;
      if (!f.formula) names.push(...aliasesOf(ctx.model.text.slice(f.start, f.end + 12)));
      ctx.report({ start: f.start, end: f.end, message: message(f.name), data: { metric: f.metric } });
    }
  },
  fixes(f, { model }) {
    const metric = model.text.slice(f.start, f.end).replace(/\s+/g, ' ');
    return [splitMetric(model, f.start, f.end, metric)];
  },
  examples: {
    invalid: [
      { doc: '# Goals\n\nWe will track a «Dock Readiness Score» for each site. The score is a weighted blend of arrival accuracy (40%), detention minutes (30%) and door use (30%).', note: 'the name, then "The score is a weighted blend of…": the name is the finding' },
      { doc: '# Goals\n\nFor the board we will combine these into one «Rampen-Effizienz-Index» (REI) from 0 to 100, weighted 40% punctuality, 30% waiting time and 30% booking share.', note: 'a name joined by hyphens, its letters in brackets and its scale before the weights' },
      'Our goal is to raise the «seller health score» from 62 to 80 by June.',
      'We will report a single «quality score» that combines latency, error rate and NPS.',
      {
        doc: '## Internal FAQ\n\n### How will we measure success?\n\nWe will track a «Trace Fidelity Index» (TFI) per service, computed as:\n\n```\nTFI = 0.5 × (errors kept / errors seen) + 0.3 × (1 − kept spans / total spans) + 0.2 × (slow traces kept / slow traces seen)\n```\n',
        note: 'the weighted formula in a code block of its own, under the paragraph that names it',
      },
      {
        doc: 'We report the «Shelf Health Score» (SHS) each month.\n\nThe SHS is our one number for leadership: 0.4 × owner coverage + 0.3 × certified share + 0.3 × freshness.',
        note: 'the formula that defines a metric already reported by its name is that metric again: one finding',
      },
      {
        doc: 'Our north-star metric is the «Assist Impact Score» (AIS), shown to every customer:\n\nAIS = 0.35 × deflection rate + 0.25 × acceptance rate + 0.4 × CSAT change',
        note: 'a paragraph that is only the formula, under the paragraph that names it',
      },
      { doc: 'Success is a «Pipeline Reliability Index» above 0.9, weighted 50% success rate, 30% freshness and 20% cost per run.', note: 'a threshold between the name and the weights' },
      { doc: 'Every ward gets a «letter grade» from A to F each month, based on fill rate, overtime and sick days.', note: 'a scale and a period between the name and what it blends' },
      { doc: 'Raise the «Adoption Score» (logins, reports exported and seats filled, equally weighted) from 41 to 60.', note: 'the measures and their weighing in brackets' },
      { doc: 'We rank squads by a delivery score = «0.4·velocity + 0.3·(1 − bug rate) + 0.3·on-time» releases.', note: 'a formula whose term is an expression in brackets' },
      { doc: 'Pros with a higher TrustScore get more jobs: the «TrustScore» combines star rating, on-time arrival and completion rate.', note: 'a name written as one word' },
      { doc: 'We track a «Cache Effectiveness Score» for each org, a weighted blend of hit rate (50%), minutes saved (30%) and restore time (20%).', note: 'the name, not its description after the unit it is kept for' },
      { doc: 'Leaders see a single «Returns Health Score». It is a weighted blend of dock-to-stock time (40%), grading accuracy (30%) and cost per unit (30%).', note: 'the name, not the description that refers back to it' },
      { doc: 'Each seller gets a «Seller Health Score», a letter grade from A to F that blends refunds, late shipments and reviews.', note: 'one metric named twice, in apposition, is one finding' },
      'Success means a higher «engagement index» each quarter.',
      'The ranking uses a «fitness function» tuned by the data team.',
      'Each store gets a «composite score» from its audits.',
      'We rank drivers by a «weighted average» of on-time rate and rating.',
      'The score is «0.4 × on-time rate + 0.6 × NPS».',
      'The score is «0.5 × campaign success rate + 0.3 × rollback rate + 0.2 × speed».',
      { doc: 'We will track a «Home Reading Index» per family, defined as 0.5 × minutes read + 0.3 × books borrowed + 0.2 × library visits.', note: 'the name a formula defines, not the formula' },
      'The dashboard computes `«0.5*latency + 0.3*errors + 0.2*nps»` every hour.',
      { doc: '# Goals\n\nWe track the «weekly store health score».', kind: 'narrative' },
      { doc: 'Each store gets a «letter grade» (A–F) based on hygiene, wait time and reviews.', note: 'a letter grade that blends several measures' },
      { doc: 'Drivers see a «star rating» that averages delivery speed, order accuracy and tips.', note: 'a rating that blends several measures' },
      { doc: 'Every bike shop gets a «grade» from A to F that blends repair time, price and reviews, and each branch a «rating» out of 10 that weighs loans, visits and events.', note: 'the scale between the name and what it blends' },
      { doc: 'We publish a «quarterly satisfaction grade» for each clinic, which combines wait times, refill errors and courtesy ratings.', note: 'whose grade it is ("for each clinic", "per store") between the name and what it blends' },
    ],
    valid: [
      'Our goal is to raise the Net Promoter Score from 31 to 45.',
      'Restaurant owners with a low credit score wait 9 weeks for a loan.',
      'We track an index of page load time across the 20 largest cities.',
      'Prices follow the Consumer Price Index.',
      'The search index combines titles, tags and descriptions so that owners find a recipe in one query.',
      'We will track the on-time rate, the error rate and NPS separately, each with its own goal.',
      'The weighted average latency across regions fell from 240 ms to 90 ms.',
      'Run `a * 2 + b * 3` to check the build.',
      'Add an index on the orders table that combines the store id and the date.',
      { doc: 'The kitchen has an A grade for hygiene, and restaurants get a rating from 1 to 5 stars, based on diner reviews.', note: 'a grade or a rating of one measure' },
      { doc: 'Each bike shop gets a rating out of 10 based on rider reviews, and a grade from A to F for repair time.', note: 'a scale, and one measure each' },
      { doc: 'We publish a grade for each clinic, based on wait times alone, and a rating per store for courtesy.', note: 'one measure each, whoever the grade is for' },
    ],
  },
};
