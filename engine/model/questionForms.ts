/**
 * What a question looks like in the forms writers use: `Q:`/`A:` markers
 * (bold or plain, on one line or two), a bold question line, a heading that
 * asks, a numbered list of questions, a question on the first line of a
 * paragraph with its answer below. The FAQ reader (./faq.ts) asks these.
 */
import type { List, ListItem, Paragraph } from 'mdast';
import { plainText } from './prose.js';
import type { Block, Span } from './types.js';

export const Q_MARKER = /^\W{0,3}(?:Q(?:uestion)?\s*\d*\s*[:.)]|Q\d+\b\s*[:.)]?)\W{0,3}\s*/iu;
export const A_MARKER = /^\W{0,3}A(?:nswer)?\s*\d*\s*[:.)]\W{0,3}\s*/iu;
/** An `A:` marker at the start of a later line of the same paragraph. */
export const A_LINE = /(?:\r?\n|\r)[ \t>]*(?:\*\*|__|\*|_)?\s*A(?:nswer)?\s*\d*\s*[:.)]\s*(?:\*\*|__|\*|_)?[ \t]*/i;
/** `**Q:** Why? **A:** Because.` on one line: a bold `A:` marker after the question. */
export const A_INLINE = /(?<=[?.!*_)"”])[ \t]+(?:\*\*|__)A(?:nswer)?\s*[:.)]\s*(?:\*\*|__)[ \t]*|(?<=[?.!*_)"”])[ \t]+(?:\*\*|__)A(?:nswer)?(?:\*\*|__)\s*[:.)][ \t]*/;
export const INTERROGATIVE = /^(?:what|why|how|who|whom|whose|when|where|which|is|are|was|were|do|does|did|can|could|will|would|should|shall|may|might|has|have|had|am|isn['’]t|aren['’]t|don['’]t|doesn['’]t|won['’]t|can['’]t)\b/i;

export function looksLikeQuestion(text: string): boolean {
  const t = text.trim();
  return /\?["”*_)\]]*$/.test(t) || (INTERROGATIVE.test(t) && t.split(/\s+/).length <= 30 && !/[.!]$/.test(t));
}

export function isQuestionList(list: List): boolean {
  const items = list.children as ListItem[];
  if (items.length === 0) return false;
  let questions = 0;
  for (const item of items) {
    const first = item.children[0];
    if (first && first.type === 'paragraph' && (looksLikeQuestion(plainText(first)) || firstLineIsQuestion(first))) questions++;
  }
  return questions >= Math.ceil(items.length / 2);
}

export function isEmphasisOnly(p: Paragraph): boolean {
  const kids = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return kids.length === 1 && (kids[0].type === 'strong' || kids[0].type === 'emphasis');
}

export function emphasisInner(text: string, b: Block): Span {
  const raw = text.slice(b.start, b.end);
  const lead = /^[*_]+/.exec(raw)?.[0].length ?? 0;
  const trail = /[*_]+$/.exec(raw)?.[0].length ?? 0;
  return { start: b.start + lead, end: b.end - trail };
}

export function headingTextSpan(text: string, b: Block): Span {
  const raw = text.slice(b.start, b.end);
  const m = /^#{1,6}[ \t]*/.exec(raw);
  let start = b.start + (m ? m[0].length : 0);
  let end = b.end;
  const closing = /[ \t]+#+[ \t]*$/.exec(raw);
  if (closing) end = b.start + closing.index;
  // Setext headings: only the first line is the title.
  const nl = text.slice(start, end).search(/\r?\n/);
  if (nl >= 0) end = start + nl;
  const q = Q_MARKER.exec(text.slice(start, end));
  if (q) start += q[0].length;
  return { start, end };
}

export function markerStripped(text: string, start: number, end: number, marker: RegExp): Span {
  const raw = text.slice(start, end);
  const m = marker.exec(raw);
  let s = start + (m ? m[0].length : 0);
  let e = end;
  while (e > s && /[*_\s]/.test(text[e - 1])) e--;
  while (s < e && /[*_\s]/.test(text[s])) s++;
  return { start: s, end: e };
}

/** A list item's first paragraph "What is X?\nAnswer…": is its first line a question? */
export function firstLineIsQuestion(p: Paragraph): boolean {
  const first = p.children[0];
  if (!first || !p.position) return false;
  const raw = p.children.map((c) => ('value' in c ? c.value : plainText(c))).join('');
  const nl = raw.search(/\r?\n|\r/);
  if (nl < 0) return false;
  const line = raw.slice(0, nl).replace(Q_MARKER, '').trim();
  return /\?["”*_)\]]*$/.test(line) && line.split(/\s+/).length <= 30;
}

/**
 * `**Why now?**⏎Because…`, `Q: Why now?⏎…` or `Why now?⏎Because…` inside one
 * paragraph: the first line is the question and the rest its answer. Unmarked
 * lines must open with a question word, so a wrapped sentence that happens
 * to end a line with "?" is not taken for a question.
 */
export function firstLineQuestion(text: string, start: number, end: number): { question: Span; text: string; answerFrom: number; emphasised: boolean } | null {
  const raw = text.slice(start, end);
  const nl = /\r?\n|\r/.exec(raw);
  if (!nl) return null;
  const line = raw.slice(0, nl.index);
  const rest = raw.slice(nl.index + nl[0].length);
  if (!rest.trim() || /^[ \t>]*(?:\*\*|__|\*|_)?\s*A(?:nswer)?\s*\d*\s*[:.)]/i.test(rest)) return null;
  const emph = /^[ \t]*(\*\*|__|\*|_)(.+?)\1[ \t]*\\?[ \t]*$/.exec(line);
  const inner = (emph ? emph[2] : line).replace(/\\$/, '').trim();
  const words = inner.replace(/[*_`]/g, '').trim();
  if (!/\?["”)\]]*$/.test(words) || words.split(/\s+/).length > 30) return null;
  if (!emph && !INTERROGATIVE.test(words)) return null;
  let qs = start + line.indexOf(inner);
  let qe = qs + inner.length;
  while (qs < qe && /[*_\s]/.test(text[qs])) qs++;
  while (qe > qs && /[*_\s]/.test(text[qe - 1])) qe--;
  let from = start + nl.index + nl[0].length;
  while (from < end && /[ \t>]/.test(text[from])) from++;
  return { question: { start: qs, end: qe }, text: words.replace(/\s+/g, ' '), answerFrom: from, emphasised: !!emph };
}
