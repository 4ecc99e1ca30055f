/**
 * The one planner for structural edits: where a missing press-release part,
 * FAQ or narrative section goes (at its place in the order, never simply at
 * the end), what it says (./templates.ts), and where a new question goes.
 * The `missing-section` and `missing-faq` quick fixes, "Insert Missing
 * Sections" and "Add … FAQ Question" all plan here, so they write the same
 * words in the same places, in the document's own style: its part headings,
 * its FAQ heading level and the form of its questions, and its line endings.
 *
 * It works on an `Outline` — offsets of what the model found — built from
 * the engine's model (`outlineOf`) or from the server's `prfaq/documentModel`
 * answer (`outlineFrom`).
 */
import { eol, insertBlock } from '../fix/edits.js';
import { CONTAINER_HEADING } from '../model/cues.js';
import { PART_IDS, type DocModel, type FaqId, type PartId } from '../model/types.js';
import { narrativeSections } from '../scaffold/narrative.js';
import { ANSWER_PLACEHOLDER, FAQ_INFO } from './catalogue.js';
import { DEFAULT_QUESTION_STYLE, faqBlock, partBlock, questionBlock, starterQuestions, type QuestionStyle } from './templates.js';

export type { QuestionStyle };

export interface Outline {
  text: string;
  kind: 'prfaq' | 'narrative';
  /** Offset after front matter. */
  bodyStart: number;
  appendix: number | null;
  parts: Array<{ id: string; start: number; end: number; headed: boolean }>;
  faqs: Array<{ id: FaqId; start: number; end: number; depth: number }>;
  questions: Array<{ faq: FaqId; start: number; end: number; entryStart: number; entryEnd: number }>;
  sections: Array<{ id?: string; title: string; depth: number; start: number; end: number }>;
  pressRelease: { start: number; end: number } | null;
}

/** What the protocol sends (ranges as LSP positions), turned into offsets. */
export interface OutlineSource {
  kind: 'prfaq' | 'narrative' | null;
  parts: Array<{ id: string; range: Range; headed: boolean }>;
  faqs: Array<{ id: FaqId; range: Range; depth: number }>;
  questions: Array<{ faq: FaqId; range: Range; entry: Range }>;
  sections: Array<{ id?: string; title: string; depth: number; range: Range }>;
  pressRelease: { range: Range } | null;
  bodyStart: Position;
  appendix: Position | null;
}
interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}

export function outlineFrom(src: OutlineSource, text: string, offsetAt: (p: Position) => number): Outline | null {
  if (!src.kind) return null;
  const span = (r: Range) => ({ start: offsetAt(r.start), end: offsetAt(r.end) });
  return {
    text,
    kind: src.kind,
    bodyStart: offsetAt(src.bodyStart),
    appendix: src.appendix ? offsetAt(src.appendix) : null,
    parts: src.parts.map((p) => ({ id: p.id, headed: p.headed, ...span(p.range) })),
    faqs: src.faqs.map((f) => ({ id: f.id, depth: f.depth, ...span(f.range) })),
    questions: src.questions.map((q) => {
      const e = span(q.entry);
      return { faq: q.faq, ...span(q.range), entryStart: e.start, entryEnd: e.end };
    }),
    sections: src.sections.map((s) => ({ id: s.id, title: s.title, depth: s.depth, ...span(s.range) })),
    pressRelease: src.pressRelease ? span(src.pressRelease.range) : null,
  };
}

/** The outline of an engine model (null when the document is of neither kind). */
export function outlineOf(model: DocModel): Outline | null {
  if (!model.kind) return null;
  const bodyStart = model.frontMatter ? model.frontMatter.span.end : model.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return {
    text: model.text,
    kind: model.kind,
    bodyStart,
    appendix: model.appendixStart,
    parts: PART_IDS.flatMap((id) => {
      const p = model.parts[id];
      return p ? [{ id, start: p.start, end: p.end, headed: p.heading !== undefined }] : [];
    }),
    faqs: (['external-faq', 'internal-faq'] as const).flatMap((id) => {
      const f = model.faqs[id];
      return f ? [{ id, start: f.start, end: f.end, depth: model.blocks[f.heading]?.depth ?? 2 }] : [];
    }).sort((a, b) => a.start - b.start),
    questions: model.questions.map((q) => ({ faq: q.faq, start: q.question.start, end: q.question.end, entryStart: q.entry.start, entryEnd: q.entry.end })),
    sections: model.sections.map((s) => ({ id: s.id, title: s.title, depth: s.depth, start: s.start, end: s.end })),
    pressRelease: model.pressRelease ? { start: model.pressRelease.start, end: model.pressRelease.end } : null,
  };
}

export interface Insertion {
  offset: number;
  text: string;
}

/** The offset just after the last non-blank character before `end`. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
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
  for (const id of ['external-faq', 'internal-faq'] as const) {
    const faq = o.faqs.find((f) => f.id === id);
    if (faq && !o.questions.some((q) => q.faq === id)) out.push(starterInsertion(o, faq));
  }
  return mergeAt(out);
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

/** The document's own question form (its first question's), for questions under an FAQ heading at `faqDepth`. */
function documentQuestionStyle(o: Outline, faqDepth: number): QuestionStyle {
  const first = o.questions[0];
  const style = first ? questionStyle(o.text, first.entryStart) : DEFAULT_QUESTION_STYLE;
  return style.form === 'heading' ? { form: 'heading', depth: Math.min(6, Math.max(style.depth, faqDepth + 1)) } : style;
}

/** The press release's parts, then its end, then the two FAQs, then the appendix. */
function prfaqSlots(o: Outline): { slots: Slot[]; fallback: number } {
  const { text } = o;
  const byId = new Map(o.parts.map((p) => [p.id, p]));
  const headed = o.parts.find((p) => p.headed);
  const headedDepth = headed ? headingDepth(text, headed.start) : 2;
  const faqDepth = o.faqs[0]?.depth ?? 2;
  const style = documentQuestionStyle(o, faqDepth);
  const parts: Slot[] = PART_IDS.map((id: PartId) => ({ id, present: byId.get(id), block: partBlock(id, {}, !!headed, headedDepth) }));
  // With no part found, parts go at the top of the press release (under a
  // "# Press release" heading that wraps it), not after it.
  const top = pressReleaseTop(o);
  const head: Slot[] = top === null ? [] : [{ id: 'press-release-top', present: { start: top, end: top }, block: '' }];
  // The FAQs follow the whole press release, not just its last recognised part.
  const tail: Slot[] = o.pressRelease ? [{ id: 'press-release', present: { start: o.pressRelease.start, end: trimEnd(text, o.pressRelease.start, o.pressRelease.end) }, block: '' }] : [];
  const faqs: Slot[] = (['external-faq', 'internal-faq'] as const).map((id) => {
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

/** How the questions of an FAQ are written, read from one of them. */
export function questionStyle(text: string, entryStart: number): QuestionStyle {
  const line = text.slice(entryStart, text.indexOf('\n', entryStart) < 0 ? text.length : text.indexOf('\n', entryStart));
  const h = /^(#{1,6})\s/.exec(line);
  if (h) return { form: 'heading', depth: h[1].length };
  if (/^\s*(?:\*\*|__)\s*Q/i.test(line)) return { form: 'bold-q' };
  if (/^\s*Q(?:uestion)?\s*\d*\s*[:.)]/i.test(line)) return { form: 'plain-q' };
  if (/^\s*(?:\*\*|__)/.test(line)) return { form: 'bold' };
  return DEFAULT_QUESTION_STYLE;
}

/**
 * A Q/A pair as a VS Code snippet (`${1:…}` is where the cursor lands), in
 * the style of the FAQ's existing questions. Exported for tests.
 */
export function questionSnippet(style: QuestionStyle): string {
  const q = '${1:What would a reader ask?}';
  const a = '${2:' + ANSWER_PLACEHOLDER.replace(/[$}\\]/g, '\\$&') + '}';
  return questionBlock(style, q, a);
}

export interface QuestionPlan {
  offset: number;
  /** Snippet text (VS Code snippet syntax) to insert at `offset`. */
  snippet: string;
  /** Whether the FAQ itself had to be created. */
  createdFaq: boolean;
}

/** Where a new question for `faq` goes, and what to insert: at the end of that FAQ, creating it if missing. */
export function planQuestion(o: Outline, faq: FaqId): QuestionPlan {
  const { text } = o;
  const escape = (s: string) => s.replace(/[$}\\]/g, '\\$&');
  const section = o.faqs.find((f) => f.id === faq);
  if (section) {
    const qs = o.questions.filter((q) => q.faq === faq);
    const last = qs[qs.length - 1];
    const style = last ? questionStyle(text, last.entryStart) : documentQuestionStyle(o, section.depth);
    const end = trimEnd(text, section.start, section.end);
    return { offset: end, snippet: `\n\n${questionSnippet(style)}`, createdFaq: false };
  }
  // No such FAQ: create it where it belongs, its question in the document's form.
  const depth = o.faqs[0]?.depth ?? 2;
  const heading = `${'#'.repeat(depth)} ${FAQ_INFO[faq].label}`;
  const body = `${escape(heading)}\n\n${questionSnippet(documentQuestionStyle(o, depth))}`;
  const other = o.faqs.find((f) => f.id !== faq);
  if (faq === 'external-faq' && other) return { offset: other.start, snippet: `${body}\n\n`, createdFaq: true };
  if (faq === 'internal-faq' && other) return { offset: trimEnd(text, other.start, other.end), snippet: `\n\n${body}`, createdFaq: true };
  const end = o.appendix ?? text.length;
  const at = o.pressRelease && faq === 'external-faq' ? trimEnd(text, o.pressRelease.start, o.pressRelease.end) : trimEnd(text, o.bodyStart, end);
  return { offset: at, snippet: at > 0 ? `\n\n${body}${at >= text.length ? '\n' : ''}` : `${body}\n`, createdFaq: true };
}
