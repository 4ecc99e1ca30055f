/**
 * The one planner for structural edits: where a missing press-release part,
 * FAQ or narrative section goes (at its place in the order, never simply at
 * the end), what it says (./templates.ts), and — in ./questions.ts — where a
 * new question goes. The `missing-section` and `missing-faq` quick fixes,
 * "Insert Missing Sections" and "Add … FAQ Question" all plan here, so they
 * write the same words in the same places, in the document's own style: its
 * part headings, its FAQ heading level and the form of its questions, and
 * its line endings. It works on an `Outline` (./outline.ts).
 */
import { eol, insertBlock } from '../fix/edits.js';
import { CONTAINER_HEADING } from '../model/cues.js';
import { FAQ_IDS, PART_IDS, type FaqId, type PartId } from '../model/types.js';
import { narrativeSections } from '../scaffold/narrative.js';
import { trimEnd, type Outline } from './outline.js';
import { documentQuestionStyle } from './questions.js';
import { faqBlock, partBlock, questionBlock, starterQuestions, SUCCESS_QUESTION, successMetricsAnswer } from './templates.js';
import { FAQ_INFO, NARRATIVE_SECTION_INFO } from './catalogue.js';

export { outlineFrom, outlineOf, type Outline, type OutlineSource } from './outline.js';
export { planQuestion, questionSnippet, questionStyle, type QuestionPlan } from './questions.js';
export type { QuestionStyle } from './templates.js';

export interface Insertion {
  offset: number;
  text: string;
}

/** One place in the order: present (where it is) or missing (what to write there). */
interface Slot {
  id: string;
  present?: { start: number; end: number };
  block: string;
}

/**
 * Where a missing slot goes: right after the nearest present one before it
 * in the order, or else right before the nearest present one after it;
 * with none present, at `fallback`.
 */
function slotOffset(slots: Slot[], i: number, fallback: number): number {
  const before = slots.slice(0, i).reverse().find((s) => s.present);
  if (before) return before.present!.end;
  const after = slots.slice(i + 1).find((s) => s.present);
  return after ? after.present!.start : fallback;
}

/**
 * The text to insert at `offset`: the blocks, in order, separated and
 * surrounded by blank lines as the text around needs, in the document's
 * own line endings.
 */
function insertion(text: string, offset: number, blocks: string[]): Insertion {
  const nl = eol(text);
  const edit = insertBlock(text, offset, blocks.join('\n\n').replace(/\n/g, nl));
  return { offset, text: edit.newText };
}

/** Every missing slot, one insertion per offset, its blocks in the order of the slots. */
function place(text: string, slots: Slot[], fallback: number): Insertion[] {
  const byOffset = new Map<number, string[]>();
  slots.forEach((slot, i) => {
    if (slot.present || !slot.block) return;
    const at = slotOffset(slots, i, fallback);
    byOffset.set(at, [...(byOffset.get(at) ?? []), slot.block]);
  });
  return [...byOffset.entries()].sort((a, b) => a[0] - b[0]).map(([at, blocks]) => insertion(text, at, blocks));
}

/** Every missing part (and FAQ, and narrative section), placed in order. Empty when nothing is missing. */
export function planMissingSections(o: Outline): Insertion[] {
  if (o.kind === 'narrative') return place(o.text, narrativeSlots(o), trimEnd(o.text, o.bodyStart, o.text.length));
  const { slots, fallback } = prfaqSlots(o);
  const out = place(o.text, slots, fallback);
  // An FAQ with a heading and no question gets its starter questions.
  for (const id of FAQ_IDS) {
    const faq = o.faqs.find((f) => f.id === id);
    if (faq && !o.questions.some((q) => q.faq === id)) out.push(starterInsertion(o, faq));
  }
  return mergeAt(out);
}

/** The missing press-release parts `ids`, each at its place, one insertion per offset (the quick fix for a half-filled template). */
export function planParts(o: Outline, ids: readonly PartId[]): Insertion[] {
  const { slots, fallback } = prfaqSlots(o);
  // Only the asked-for parts are written; every other slot still marks its place.
  const asked = slots.map((slot) => (slot.present || ids.includes(slot.id as PartId) ? slot : { ...slot, block: '' }));
  return place(o.text, asked, fallback);
}

/** The missing press-release part `id`, at its place (the `missing-section` quick fix). */
export function planPart(o: Outline, id: PartId): Insertion {
  const { slots, fallback } = prfaqSlots(o);
  const i = slots.findIndex((s) => s.id === id);
  return insertion(o.text, slotOffset(slots, i, fallback), [slots[i].block]);
}

/** The FAQ `id`: the whole FAQ where it belongs, or starter questions under a heading that has none (the `missing-faq` quick fix). */
export function planFaq(o: Outline, id: FaqId): Insertion {
  const faq = o.faqs.find((f) => f.id === id);
  if (faq) return starterInsertion(o, faq);
  const { slots, fallback } = prfaqSlots(o);
  const i = slots.findIndex((s) => s.id === id);
  return insertion(o.text, slotOffset(slots, i, fallback), [slots[i].block]);
}

/**
 * The measure of success a document lacks (the `missing-success-metric`
 * fix): in a PR/FAQ, the question "How will we measure success?" with a
 * table of input metrics at the end of the internal FAQ (created where it
 * belongs when missing); in a narrative, the table at the end of its goals
 * section, or a goals section in its place.
 */
export function planSuccessMetrics(o: Outline): Insertion {
  const answer = successMetricsAnswer();
  if (o.kind === 'narrative') {
    const goals = o.sections.find((s) => s.id === 'goals');
    if (goals) return insertion(o.text, trimEnd(o.text, goals.start, goals.end), [answer]);
    const slots = narrativeSlots(o);
    const i = slots.findIndex((s) => s.id === 'goals');
    const depth = o.sections.find((s) => s.id && s.depth > 1)?.depth ?? 2;
    return insertion(o.text, slotOffset(slots, i, trimEnd(o.text, o.bodyStart, o.text.length)), [`${'#'.repeat(depth)} ${NARRATIVE_SECTION_INFO.goals.label}\n\n${answer}`]);
  }
  const internal = o.faqs.find((f) => f.id === 'internal-faq');
  const depth = internal?.depth ?? o.faqs[0]?.depth ?? 2;
  const question = questionBlock(documentQuestionStyle(o, depth), SUCCESS_QUESTION, answer);
  if (internal) return insertion(o.text, trimEnd(o.text, internal.start, internal.end), [question]);
  const { slots, fallback } = prfaqSlots(o);
  const i = slots.findIndex((s) => s.id === 'internal-faq');
  return insertion(o.text, slotOffset(slots, i, fallback), [`${'#'.repeat(depth)} ${FAQ_INFO['internal-faq'].label}\n\n${question}`]);
}

/** Insertions at one offset become one, in the order they were planned. */
function mergeAt(list: Insertion[]): Insertion[] {
  const out: Insertion[] = [];
  for (const p of [...list].sort((a, b) => a.offset - b.offset)) {
    const same = out.find((x) => x.offset === p.offset);
    if (same) same.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

function starterInsertion(o: Outline, faq: Outline['faqs'][number]): Insertion {
  return insertion(o.text, trimEnd(o.text, faq.start, faq.end), [starterQuestions(faq.id, {}, documentQuestionStyle(o, faq.depth))]);
}

/** The press release's parts, then its end, then the two FAQs, then the appendix. */
function prfaqSlots(o: Outline): { slots: Slot[]; fallback: number } {
  const { text } = o;
  const byId = new Map(o.parts.map((p) => [p.id, p]));
  // A part found outside the press release (a summary only the FAQ gives,
  // quotes gathered after it) is present but marks no place in the order.
  const outside = (p: { start: number } | undefined) => !!p && !!o.pressRelease && (p.start < o.pressRelease.start || p.start >= o.pressRelease.end);
  // The level of the part headings: a template's "# Headline" may stand a level above the rest.
  const headed = o.parts.find((p) => p.headed && !outside(p) && p.id !== 'headline') ?? o.parts.find((p) => p.headed && !outside(p));
  const headedDepth = headed ? headingDepth(text, headed.start) : 2;
  const faqDepth = o.faqs[0]?.depth ?? 2;
  const style = documentQuestionStyle(o, faqDepth);
  const parts: Slot[] = PART_IDS.map((id: PartId) => {
    const p = byId.get(id);
    return outside(p) ? { id, block: '' } : { id, present: p, block: partBlock(id, {}, !!headed, headedDepth) };
  });
  // With no part found, parts go at the top of the press release (under a
  // "# Press release" heading that wraps it), not after it.
  const top = pressReleaseTop(o);
  const head: Slot[] = top === null ? [] : [{ id: 'press-release-top', present: { start: top, end: top }, block: '' }];
  // The FAQs follow the whole press release, not just its last recognised part.
  const tail: Slot[] = o.pressRelease ? [{ id: 'press-release', present: { start: o.pressRelease.start, end: trimEnd(text, o.pressRelease.start, o.pressRelease.end) }, block: '' }] : [];
  const faqs: Slot[] = FAQ_IDS.map((id) => {
    const f = o.faqs.find((x) => x.id === id);
    return { id, present: f ? { start: f.start, end: trimEnd(text, f.start, f.end) } : undefined, block: faqBlock(id, {}, faqDepth, style) };
  });
  return { slots: withAppendix(o, [...head, ...parts, ...tail, ...faqs]), fallback: trimEnd(text, o.bodyStart, text.length) };
}

/** Where the press release's text starts: after a heading that only names it ("# Press release"), else at its first block. */
function pressReleaseTop(o: Outline): number | null {
  if (!o.pressRelease || o.parts.length) return null;
  const start = o.pressRelease.start;
  const lineEnd = o.text.slice(start).search(/\r?\n|\r|$/) + start;
  const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(o.text.slice(start, lineEnd));
  return heading && CONTAINER_HEADING.test(heading[1].trim()) ? lineEnd : start;
}

function narrativeSlots(o: Outline): Slot[] {
  const { text } = o;
  const usual = narrativeSections().filter((s) => s.id !== 'appendix');
  const present = o.sections.filter((s) => s.id);
  const depth = present.find((s) => usual.some((u) => u.id === s.id))?.depth ?? 2;
  const slots: Slot[] = usual.map((u) => {
    const s = present.find((x) => x.id === u.id);
    return {
      id: u.id,
      present: s ? { start: s.start, end: trimEnd(text, s.start, s.end) } : undefined,
      block: `${'#'.repeat(depth)} ${u.title}\n\n${u.id === 'faq' ? u.body.replace(/^###/gm, '#'.repeat(Math.min(6, depth + 1))) : u.body}`,
    };
  });
  return withAppendix(o, slots);
}

/** Nothing goes after the appendix: it closes the order. */
function withAppendix(o: Outline, slots: Slot[]): Slot[] {
  return o.appendix === null ? slots : [...slots, { id: 'appendix', present: { start: o.appendix, end: o.text.length }, block: '' }];
}

function headingDepth(text: string, at: number): number {
  const m = /^#{1,6}/.exec(text.slice(at, at + 7));
  return m ? m[0].length : 2;
}

