/**
 * Small tools rule modules share: find phrases in prose and report them at
 * their exact document range.
 */
import { SUCCESS_QUESTION_WORDS } from '../lexicon/goals.js';
import { toDocRange } from '../model/prose.js';
import { firstNotBefore } from '../model/sorted.js';
import { PART_IDS, type DocModel, type PartId, type ProseSpan } from '../model/types.js';
import { releaseInAnotherForm } from '../model/documentation.js';
import { phrasePattern, type PhraseMatcher } from '../text/phrases.js';
import type { Finding, RuleContext } from './types.js';
import { acronymsIn } from '../text/acronyms.js';
import { codeIn, technicalAudience } from '../text/audience.js';

export interface ProseMatch {
  span: ProseSpan;
  /** Matched text, as written. */
  text: string;
  /** Offsets within span.text. */
  start: number;
  end: number;
}

/** Every occurrence of a word list's entries in the given prose spans. */
export function* matchProse(spans: Iterable<ProseSpan>, words: PhraseMatcher): Generator<ProseMatch> {
  for (const span of spans) {
    for (const m of words.all(span.text)) if (m.end > m.start) yield { span, text: m.text, start: m.start, end: m.end };
  }
}

/** Report a match at its document range. */
export function reportMatch(ctx: RuleContext, m: ProseMatch, message: string, data?: Finding['data']): void {
  const r = toDocRange(m.span, m.start, m.end);
  ctx.report({ start: r.start, end: r.end, message, data });
}

/** Words after `end` in span text, up to `n` characters. */
export function after(span: ProseSpan, end: number, n = 24): string {
  return span.text.slice(end, end + n);
}

export function before(span: ProseSpan, start: number, n = 24): string {
  return span.text.slice(Math.max(0, start - n), start);
}

/** Words in a piece of text (whitespace separated, with letters or digits). */
export function countWords(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

/** Words per span for engine/genre/measure.ts, read through the review's per-span cache. */
export function spanWords(ctx: RuleContext): (span: ProseSpan) => number {
  return (s) => ctx.perSpan('words', s, (span) => countWords(span.text));
}

/** An FAQ question asking how success is measured (its answer is a place for goals). */
export const SUCCESS_QUESTION = new RegExp(`\\b${phrasePattern(SUCCESS_QUESTION_WORDS)}\\b`, 'i');

/**
 * Whether the innermost section around `offset` is the goals section. That
 * is the last one starting at or before it (found by binary search: trying
 * every section for every paragraph was quadratic), as a section runs on to
 * the next heading at least; the walk back covers offsets past the end.
 */
export function goalSectionAt(model: Pick<DocModel, 'sections'>, offset: number): boolean {
  const sections = model.sections;
  for (let i = firstNotBefore(sections, (s) => s.start <= offset) - 1; i >= 0; i--) {
    const s = sections[i];
    if (offset < s.end) return s.id === 'goals';
  }
  return false;
}

/** The answer per model: two rules ask it in one review (passive-voice, undefined-acronym). */
const audiences = new WeakMap<DocModel, boolean>();

/**
 * Is the document written for engineers (engine/text/audience.ts: code
 * blocks, inline code or engineering acronyms enough)? Counted once per
 * review, from per-block and per-span values the engine remembers between
 * reviews.
 */
export function writtenForEngineers(ctx: RuleContext): boolean {
  let answer = audiences.get(ctx.model);
  if (answer === undefined) audiences.set(ctx.model, (answer = countForEngineers(ctx)));
  return answer;
}

function countForEngineers(ctx: RuleContext): boolean {
  const code = { blocks: 0, inline: 0 };
  for (const b of ctx.model.blocks) {
    const c = ctx.perBlock('code', b, codeIn);
    code.blocks += c.blocks;
    code.inline += c.inline;
  }
  const acronyms = new Set<string>();
  for (const span of ctx.model.prose) for (const a of ctx.perSpan('acronyms', span, (x) => acronymsIn(x.text).map((m) => m.acronym))) acronyms.add(a);
  return technicalAudience(code, acronyms);
}

const unansweredRanges = new WeakMap<DocModel, ReadonlyArray<readonly [number, number]>>();

/**
 * Whether [start, end) lies inside the answer of a question that
 * `unanswered-question` reports: a placeholder or a vague time there is that
 * rule's one finding ("TBD", "We'll share more later."), not a second one.
 * Nothing is inside when that rule is off. The answers are listed once per
 * model (a rule may run once per chunk of a long document), in document
 * order and apart, so one binary search answers.
 */
export function inUnansweredAnswer(ctx: RuleContext, start: number, end = start + 1): boolean {
  if (ctx.config.rules['unanswered-question'] === 'off') return false;
  let ranges = unansweredRanges.get(ctx.model);
  if (!ranges) {
    ranges = ctx.model.questions.filter((q) => !q.answered && q.answer).map((q) => [q.answer!.start, q.answer!.end] as const).sort((x, y) => x[0] - y[0]);
    unansweredRanges.set(ctx.model, ranges);
  }
  const k = firstNotBefore(ranges, ([a]) => a <= start) - 1;
  return k >= 0 && end <= ranges[k][1];
}

/**
 * Which press-release parts a document owes its reader and has not got:
 * what `missing-section` reports, and what `placeholder` asks to know
 * whether an unfilled template is reported there.
 *
 * How sure the model is that a part it did not find is missing. It read the
 * release as a whole when it found the summary by its form (a dateline, a
 * launch, a heading): then every part has its place, and an empty place is
 * a gap. Otherwise the release is written in another form, and the model
 * reports only what every such document still owes its reader:
 * - summary taken by its place, or an RFC's "This RFC proposes…": a design
 *   note or README. It still needs a problem and a solution (and a
 *   headline); subheading, quotes, getting started and a call to action are
 *   press-release conventions it tells in other ways.
 * - summary only in the FAQ's answer to "What are we launching today?": the
 *   release is an RFC's README or CHANGELOG, and the story is told across the
 *   FAQ's answers, which are not divided into parts. No part is reported.
 * - a release written as documentation (a "README" or "CHANGELOG" heading in
 *   it, whatever form its summary took): like a design note, it owes a
 *   headline, a problem and a solution, not quotes or a call to action.
 */
const OWED_BY_ANY_FORM: readonly PartId[] = ['headline', 'problem', 'solution'];
function expected(model: DocModel, id: PartId): boolean {
  const by = model.parts.summary?.by;
  if (by === 'faq') return false;
  if (releaseInAnotherForm(model)) return OWED_BY_ANY_FORM.includes(id);
  return true;
}

/** The parts the document owes and has not got, in the order they appear in a press release. */
export const missingParts = (model: DocModel): PartId[] => PART_IDS.filter((id) => !model.parts[id] && expected(model, id));
