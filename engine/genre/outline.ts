/**
 * What the planner (./plan.ts) needs to know of a document: offsets of its
 * parts, FAQs, questions and sections, built from the engine's model
 * (`outlineOf`) or from the server's `prfaq/documentModel` answer
 * (`outlineFrom`).
 */
import { FAQ_IDS, PART_IDS, type DocModel, type FaqId } from '../model/types.js';

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
    faqs: FAQ_IDS.flatMap((id) => {
      const f = model.faqs[id];
      // An untitled FAQ sits under the title of the FAQ that ends where it starts.
      const titled = f?.untitled ? Object.values(model.faqs).find((g) => g && !g.untitled && g.end === f.start) : f;
      return f ? [{ id, start: f.start, end: f.end, depth: (titled && model.blocks[titled.heading]?.depth) || 2 }] : [];
    }).sort((a, b) => a.start - b.start),
    questions: model.questions.map((q) => ({ faq: q.faq, start: q.question.start, end: q.question.end, entryStart: q.entry.start, entryEnd: q.entry.end })),
    sections: model.sections.map((s) => ({ id: s.id, title: s.title, depth: s.depth, start: s.start, end: s.end })),
    pressRelease: model.pressRelease ? { start: model.pressRelease.start, end: model.pressRelease.end } : null,
  };
}

/** The offset just after the last non-blank character before `end`. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

