/**
 * FAQ questions and their answers, in the forms writers use:
 *   `**Q:** …` / `**A:** …` paragraphs (or both in one paragraph),
 *   `Q:` / `A:` lines, questions as headings with answer paragraphs,
 *   a paragraph that is only a bold question, numbered questions.
 */
import type { List, ListItem, Paragraph } from 'mdast';
import { plainText } from './prose.js';
import type { Block, FaqId, Question, Span } from './types.js';

const Q_MARKER = /^\W{0,3}(?:Q(?:uestion)?\s*\d*\s*[:.)]|Q\d+\b\s*[:.)]?)\W{0,3}\s*/iu;
const A_MARKER = /^\W{0,3}A(?:nswer)?\s*\d*\s*[:.)]\W{0,3}\s*/iu;
/** An `A:` marker at the start of a later line of the same paragraph. */
const A_LINE = /(?:\r?\n|\r)[ \t>]*(?:\*\*|__|\*|_)?\s*A(?:nswer)?\s*\d*\s*[:.)]\s*(?:\*\*|__|\*|_)?[ \t]*/i;
/** `**Q:** Why? **A:** Because.` on one line: a bold `A:` marker after the question. */
const A_INLINE = /(?<=[?.!*_)"”])[ \t]+(?:\*\*|__)A(?:nswer)?\s*[:.)]\s*(?:\*\*|__)[ \t]*|(?<=[?.!*_)"”])[ \t]+(?:\*\*|__)A(?:nswer)?(?:\*\*|__)\s*[:.)][ \t]*/;
const INTERROGATIVE = /^(?:what|why|how|who|whom|whose|when|where|which|is|are|was|were|do|does|did|can|could|will|would|should|shall|may|might|has|have|had|am|isn['’]t|aren['’]t|don['’]t|doesn['’]t|won['’]t|can['’]t)\b/i;

export function looksLikeQuestion(text: string): boolean {
  const t = text.trim();
  return /\?["”*_)\]]*$/.test(t) || (INTERROGATIVE.test(t) && t.split(/\s+/).length <= 30 && !/[.!]$/.test(t));
}

interface Open {
  q: Question;
  /** Offset where the answer begins (after an `A:` marker), if known. */
  answerFrom?: number;
}

/** Extract the questions of one FAQ whose content is blocks[from, to). */
export function extractQuestions(text: string, blocks: Block[], from: number, to: number, faq: FaqId): Question[] {
  const out: Question[] = [];
  let open: Open | null = null;
  let answerEnd = -1;
  let answerStart = -1;
  let questionHeadingDepth = 0;
  /** The FAQ writes questions as plain paragraphs: later ones may follow an answer. */
  let plainForm = false;

  const close = () => {
    if (!open) return;
    const q = open.q;
    const start = open.answerFrom ?? answerStart;
    if (start >= 0 && answerEnd > start) {
      const body = text.slice(start, answerEnd);
      const plain = stripMarkup(body);
      q.answer = plain ? { start, end: answerEnd, text: plain } : null;
      q.entry.end = Math.max(q.entry.end, answerEnd);
    }
    out.push(q);
    open = null;
    answerStart = -1;
    answerEnd = -1;
  };
  const begin = (question: Span, qText: string, entryStart: number) => {
    close();
    open = { q: { faq, text: qText, question, answer: null, entry: { start: entryStart, end: question.end } } };
  };
  const extendAnswer = (b: { start: number; end: number }) => {
    if (!open) return;
    if (answerStart < 0) answerStart = b.start;
    answerEnd = b.end;
  };

  for (let i = from; i < to; i++) {
    const b = blocks[i];
    if (b.type === 'heading') {
      const title = b.plain;
      const depth = b.depth ?? 6;
      const isQ = looksLikeQuestion(title.replace(Q_MARKER, '')) || Q_MARKER.test(title);
      if (isQ && (questionHeadingDepth === 0 || depth <= questionHeadingDepth)) {
        questionHeadingDepth = depth;
        begin(headingTextSpan(text, b), title.replace(Q_MARKER, '').trim(), b.start);
      } else if (open) {
        extendAnswer(b); // a sub-heading inside a long answer
      }
      continue;
    }
    if (b.type === 'paragraph') {
      const plain = b.plain;
      if (Q_MARKER.test(plain)) {
        const raw = text.slice(b.start, b.end);
        const a = A_LINE.exec(raw) ?? A_INLINE.exec(raw);
        const qEnd = a ? b.start + a.index : b.end;
        const qText = plainText(b.node).replace(Q_MARKER, '');
        const qSpan = markerStripped(text, b.start, qEnd, Q_MARKER);
        begin(qSpan, (a ? qText.slice(0, Math.max(0, qText.search(/\bA(?:nswer)?\s*\d*\s*[:.)]/i))) : qText).trim() || qText.trim(), b.start);
        if (a) {
          open!.answerFrom = b.start + a.index + a[0].length;
          answerEnd = b.end;
        }
        continue;
      }
      if (A_MARKER.test(plain) && open) {
        const raw = text.slice(b.start, b.end);
        const m = /^[\s>]*(?:\*\*|__|\*|_)?\s*A(?:nswer)?\s*\d*\s*[:.)]\s*(?:\*\*|__|\*|_)?\s*/i.exec(raw);
        if ((open as Open).answerFrom === undefined && answerStart < 0) (open as Open).answerFrom = b.start + (m ? m[0].length : 0);
        answerEnd = b.end;
        continue;
      }
      if (isEmphasisOnly(b.node as Paragraph) && looksLikeQuestion(plain)) {
        begin(emphasisInner(text, b), plain.trim(), b.start);
        continue;
      }
      // A question on the paragraph's first line, its answer on the lines below.
      const split = firstLineQuestion(text, b.start, b.end);
      if (split && (split.emphasised ? questionHeadingDepth === 0 : !open || plainForm)) {
        begin(split.question, split.text, b.start);
        if (!split.emphasised) plainForm = true;
        open!.answerFrom = split.answerFrom;
        answerEnd = b.end;
        continue;
      }
      if (looksLikeQuestion(plain) && /\?["”*_)\]]*$/.test(plain.trim()) && plain.split(/\s+/).length <= 40 && !/[.!]\s/.test(plain) && (!open || (plainForm && answerEnd > 0))) {
        begin({ start: b.start, end: b.end }, plain.trim(), b.start);
        plainForm = true;
        continue;
      }
      extendAnswer(b);
      continue;
    }
    if (b.type === 'list' && isQuestionList(b.node as List)) {
      const list = b.node as List;
      for (const item of list.children) {
        const first = item.children[0];
        if (!item.position || !first?.position) continue;
        const shiftDelta = b.start - (list.position!.start.offset ?? 0);
        const qStart = first.position.start.offset! + shiftDelta;
        const qEnd = first.position.end.offset! + shiftDelta;
        const split = first.type === 'paragraph' && !looksLikeQuestion(plainText(first)) ? firstLineQuestion(text, qStart, qEnd) : null;
        if (split) {
          begin(split.question, split.text, item.position.start.offset! + shiftDelta);
          extendAnswer({ start: split.answerFrom, end: item.position.end.offset! + shiftDelta });
          continue;
        }
        begin(markerStripped(text, qStart, qEnd, Q_MARKER), plainText(first).replace(Q_MARKER, '').trim(), item.position.start.offset! + shiftDelta);
        const rest = item.children.slice(1);
        if (rest.length) extendAnswer({ start: rest[0].position!.start.offset! + shiftDelta, end: item.position.end.offset! + shiftDelta });
      }
      continue;
    }
    extendAnswer(b);
  }
  close();
  return out;
}

function isQuestionList(list: List): boolean {
  const items = list.children as ListItem[];
  if (items.length === 0) return false;
  let questions = 0;
  for (const item of items) {
    const first = item.children[0];
    if (first && first.type === 'paragraph' && (looksLikeQuestion(plainText(first)) || firstLineIsQuestion(plainText(first), first))) questions++;
  }
  return questions >= Math.ceil(items.length / 2);
}

function isEmphasisOnly(p: Paragraph): boolean {
  const kids = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return kids.length === 1 && (kids[0].type === 'strong' || kids[0].type === 'emphasis');
}

function emphasisInner(text: string, b: Block): Span {
  const raw = text.slice(b.start, b.end);
  const lead = /^[*_]+/.exec(raw)?.[0].length ?? 0;
  const trail = /[*_]+$/.exec(raw)?.[0].length ?? 0;
  return { start: b.start + lead, end: b.end - trail };
}

function headingTextSpan(text: string, b: Block): Span {
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

function markerStripped(text: string, start: number, end: number, marker: RegExp): Span {
  const raw = text.slice(start, end);
  const m = marker.exec(raw);
  let s = start + (m ? m[0].length : 0);
  let e = end;
  while (e > s && /[*_\s]/.test(text[e - 1])) e--;
  while (s < e && /[*_\s]/.test(text[s])) s++;
  return { start: s, end: e };
}

/** Rough reading text of a slice of Markdown (for placeholder checks). */
/** Answers seen in recent reviews: typing elsewhere leaves them unchanged. */
const stripped = new Map<string, string>();

function stripMarkup(md: string): string {
  let plain = stripped.get(md);
  if (plain === undefined) {
    plain = stripMarkupNow(md);
    if (stripped.size >= 4096) stripped.clear();
    stripped.set(md, plain);
  }
  return plain;
}

function stripMarkupNow(md: string): string {
  return md
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^[ \t]*(?:#{1,6}|>|[-*+]|\d+[.)])[ \t]+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A list item's first paragraph "What is X?\nAnswer…": is its first line a question? */
function firstLineIsQuestion(_plain: string, p: Paragraph): boolean {
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
function firstLineQuestion(text: string, start: number, end: number): { question: Span; text: string; answerFrom: number; emphasised: boolean } | null {
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
