/**
 * Where new text goes in an existing document: every missing press-release
 * part, FAQ or narrative section at its place in the order (never simply at
 * the end), and a new question at the end of the right FAQ. Works on an
 * `Outline` — offsets of what the server's model found — so the editor can
 * plan from the `prfaq/documentModel` answer and tests from the engine.
 */
import { PART_IDS, type PartId } from '../model/types.js';
import { ANSWER_PLACEHOLDER, FAQ_TITLES, faqBlock, faqPair, partBlock, type FaqKind } from './parts.js';
import { narrativeSections } from './narrative.js';

export interface Outline {
  text: string;
  kind: 'prfaq' | 'narrative';
  /** Offset after front matter. */
  bodyStart: number;
  appendix: number | null;
  parts: Array<{ id: string; start: number; end: number; headed: boolean }>;
  faqs: Array<{ id: FaqKind; start: number; end: number; depth: number }>;
  questions: Array<{ faq: FaqKind; start: number; end: number; entryStart: number; entryEnd: number }>;
  sections: Array<{ id?: string; title: string; depth: number; start: number; end: number }>;
  pressRelease: { start: number; end: number } | null;
}

/** What the protocol sends (ranges as LSP positions), turned into offsets. */
export interface OutlineSource {
  kind: 'prfaq' | 'narrative' | null;
  parts: Array<{ id: string; range: Range; headed: boolean }>;
  faqs: Array<{ id: FaqKind; range: Range; depth: number }>;
  questions: Array<{ faq: FaqKind; range: Range; entry: Range }>;
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

interface Slot {
  id: string;
  present?: { start: number; end: number };
  block: string;
}

/**
 * Puts each missing slot right after the nearest present one before it in
 * the order, or else right before the nearest present one after it; with
 * none present, at `fallback`. Texts for one offset are joined in order.
 */
function place(slots: Slot[], fallback: number): Insertion[] {
  const pieces: Insertion[] = [];
  slots.forEach((slot, i) => {
    if (slot.present) return;
    const before = slots.slice(0, i).reverse().find((s) => s.present);
    const after = slots.slice(i + 1).find((s) => s.present);
    if (before) pieces.push({ offset: before.present!.end, text: `\n\n${slot.block}` });
    else if (after) pieces.push({ offset: after.present!.start, text: `${slot.block}\n\n` });
    else pieces.push({ offset: fallback, text: fallback > 0 ? `\n\n${slot.block}` : `${slot.block}\n\n` });
  });
  // One insertion per offset, its texts in the order of the slots.
  const out: Insertion[] = [];
  for (const p of [...pieces].sort((a, b) => a.offset - b.offset)) {
    const same = out.find((x) => x.offset === p.offset);
    if (same) same.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/** Every missing part (and FAQ, and narrative section), placed in order. Empty when nothing is missing. */
export function planMissingSections(o: Outline): Insertion[] {
  return o.kind === 'prfaq' ? planPrfaq(o) : planNarrative(o);
}

function planPrfaq(o: Outline): Insertion[] {
  const { text } = o;
  const byId = new Map(o.parts.map((p) => [p.id, p]));
  const headed = o.parts.find((p) => p.headed);
  const headedDepth = headed ? headingDepth(text, headed.start) : 2;
  const faqDepth = o.faqs[0]?.depth ?? 2;
  const slots: Slot[] = PART_IDS.map((id: PartId) => ({ id, present: byId.get(id), block: partBlock(id, {}, !!headed, headedDepth) }));
  // The FAQs follow the whole press release, not just its last recognised part.
  if (o.pressRelease) slots.push({ id: 'press-release', present: { start: o.pressRelease.start, end: trimEnd(text, o.pressRelease.start, o.pressRelease.end) }, block: '' });
  for (const id of ['external-faq', 'internal-faq'] as const) {
    const f = o.faqs.find((x) => x.id === id);
    slots.push({ id, present: f ? { start: f.start, end: trimEnd(text, f.start, f.end) } : undefined, block: faqBlock(id, {}, faqDepth) });
  }
  return place(withAppendix(o, slots), trimEnd(text, o.bodyStart, text.length));
}

function planNarrative(o: Outline): Insertion[] {
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
  return place(withAppendix(o, slots), trimEnd(text, o.bodyStart, text.length));
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
export type QuestionStyle = { form: 'heading'; depth: number } | { form: 'bold-q' } | { form: 'plain-q' } | { form: 'bold' };

export function questionStyle(text: string, entryStart: number): QuestionStyle {
  const line = text.slice(entryStart, text.indexOf('\n', entryStart) < 0 ? text.length : text.indexOf('\n', entryStart));
  const h = /^(#{1,6})\s/.exec(line);
  if (h) return { form: 'heading', depth: h[1].length };
  if (/^\s*(?:\*\*|__)\s*Q/i.test(line)) return { form: 'bold-q' };
  if (/^\s*Q(?:uestion)?\s*\d*\s*[:.)]/i.test(line)) return { form: 'plain-q' };
  if (/^\s*(?:\*\*|__)/.test(line)) return { form: 'bold' };
  return { form: 'bold-q' };
}

/**
 * A Q/A pair as a VS Code snippet (`${1:…}` is where the cursor lands), in
 * the style of the FAQ's existing questions. Exported for tests.
 */
export function questionSnippet(style: QuestionStyle): string {
  const q = '${1:What would a reader ask?}';
  const a = '${2:' + ANSWER_PLACEHOLDER.replace(/[$}\\]/g, '\\$&') + '}';
  switch (style.form) {
    case 'heading':
      return `${'#'.repeat(style.depth)} ${q}\n\n${a}`;
    case 'plain-q':
      return `Q: ${q}\nA: ${a}`;
    case 'bold':
      return `**${q}**\n\n${a}`;
    default:
      return `**Q: ${q}**\n\n**A:** ${a}`;
  }
}

export interface QuestionPlan {
  offset: number;
  /** Snippet text (VS Code snippet syntax) to insert at `offset`. */
  snippet: string;
  /** Whether the FAQ itself had to be created. */
  createdFaq: boolean;
}

/** Where a new question for `faq` goes, and what to insert: at the end of that FAQ, creating it if missing. */
export function planQuestion(o: Outline, faq: FaqKind): QuestionPlan {
  const { text } = o;
  const escape = (s: string) => s.replace(/[$}\\]/g, '\\$&');
  const section = o.faqs.find((f) => f.id === faq);
  if (section) {
    const qs = o.questions.filter((q) => q.faq === faq);
    const last = qs[qs.length - 1];
    const style = last ? questionStyle(text, last.entryStart) : { form: 'bold-q' as const };
    const end = trimEnd(text, section.start, section.end);
    return { offset: end, snippet: `\n\n${questionSnippet(style)}`, createdFaq: false };
  }
  // No such FAQ: create it where it belongs.
  const depth = o.faqs[0]?.depth ?? 2;
  const heading = `${'#'.repeat(depth)} ${FAQ_TITLES[faq]}`;
  const body = `${escape(heading)}\n\n${questionSnippet({ form: 'bold-q' })}`;
  const other = o.faqs.find((f) => f.id !== faq);
  if (faq === 'external-faq' && other) return { offset: other.start, snippet: `${body}\n\n`, createdFaq: true };
  if (faq === 'internal-faq' && other) return { offset: trimEnd(text, other.start, other.end), snippet: `\n\n${body}`, createdFaq: true };
  const end = o.appendix ?? text.length;
  const at = o.pressRelease && faq === 'external-faq' ? trimEnd(text, o.pressRelease.start, o.pressRelease.end) : trimEnd(text, o.bodyStart, end);
  return { offset: at, snippet: at > 0 ? `\n\n${body}${at >= text.length ? '\n' : ''}` : `${body}\n`, createdFaq: true };
}

/** Kept so callers that only need a literal pair need not build a snippet. */
export { faqPair };
