/**
 * What a question looks like in the forms writers use: `Q:`/`A:` markers
 * (bold or plain, on one line or two), a bold question line, a heading that
 * asks, a numbered list of questions, a question on the first line of a
 * paragraph with its answer below. The FAQ reader (./faq.ts) asks these.
 */
import type { List, ListItem, Paragraph } from 'mdast';
import { OPENING_VERBS, QUESTION_WORDS, TITLE_AFTER_QUESTION_WORD } from '../lexicon/questions.js';
import { phrasePattern } from '../text/phrases.js';
import { plainText } from './prose.js';
import type { Block, Span } from './types.js';

// "Q3 What…" may drop its mark; "Q3, pending sign-off" and "Q3 2027" are quarters.
export const Q_MARKER = /^\W{0,3}(?:Q(?:uestion)?\s*\d*\s*[:.)]|Q\d+\b(?:\s*[:.)]|(?=\s+[^\s\d,;]))|Q\d+\b(?=\W{0,2}$))\W{0,3}\s*/iu;
export const A_MARKER = /^\W{0,3}A(?:nswer)?\s*\d*\s*[:.)]\W{0,3}\s*/iu;
/** An `A:` marker at the start of a later line of the same paragraph. */
export const A_LINE = /(?:\r?\n|\r)[ \t>]*(?:\*\*|__|\*|_)?\s*A(?:nswer)?\s*\d*\s*[:.)]\s*(?:\*\*|__|\*|_)?[ \t]*/i;
/** `**Q:** Why? **A:** Because.` on one line: a bold `A:` marker after the question. */
export const A_INLINE = /(?<=[?.!*_)"”])[ \t]+(?:\*\*|__)A(?:nswer)?\s*[:.)]\s*(?:\*\*|__)[ \t]*|(?<=[?.!*_)"”])[ \t]+(?:\*\*|__)A(?:nswer)?(?:\*\*|__)\s*[:.)][ \t]*/;
/** A line opening with a question word or a verb that opens a question (engine/lexicon/questions.ts). */
export const INTERROGATIVE = new RegExp(`^${phrasePattern([...QUESTION_WORDS, ...OPENING_VERBS])}(?![\\p{L}\\p{N}])`, 'iu');
/** "How it works", "What we built": a question word then a subject, the form of a title. */
const TITLE_FORM = new RegExp(`^${phrasePattern(QUESTION_WORDS)}\\s+${phrasePattern(TITLE_AFTER_QUESTION_WORD)}(?![\\p{L}\\p{N}])`, 'iu');

/**
 * A line ending in "?", or one of up to 30 words that opens like a question
 * and does not end like a sentence. Without the "?", a question word
 * followed by its subject ("How it works") is a title, not a question.
 */
export function looksLikeQuestion(text: string): boolean {
  const t = text.trim();
  if (/\?["”*_)\]]*$/.test(t)) return true;
  return INTERROGATIVE.test(t) && !TITLE_FORM.test(t) && t.split(/\s+/).length <= 30 && !/[.!]$/.test(t);
}

/** "Q: What does it cost? A: Nine dollars.": a `Q:` marker, then a question on its first line. */
function asksAfterMarker(text: string): boolean {
  const m = Q_MARKER.exec(text);
  return !!m && /^[^\n?]{2,}\?/.test(text.slice(m[0].length));
}

/**
 * "1. Does it cost extra? No, it is free.": an item that opens with a question word, asks within its first
 * thirty words and answers after the "?" on the same line.
 */
function asksThenAnswers(text: string): boolean {
  const t = text.replace(/^[\s*_]+/, '');
  const mark = t.split(/\r?\n|\r/)[0].indexOf('?');
  return mark > 0 && asksUpTo(t.slice(0, mark + 1)) && /\S/.test(t.slice(mark + 1));
}

/** Text up to a "?" that is one question: opened by a question word, no sentence ended inside, thirty words at most. */
function asksUpTo(asked: string): boolean {
  return INTERROGATIVE.test(asked) && !/[.!]\s/.test(asked) && asked.split(/\s+/).length <= 30;
}

export function isQuestionList(list: List): boolean {
  const items = list.children as ListItem[];
  if (items.length === 0) return false;
  let questions = 0;
  for (const item of items) {
    const first = item.children[0];
    if (first && first.type === 'paragraph' && (looksLikeQuestion(plainText(first)) || firstLineIsQuestion(first) || leadQuestionNode(first) || asksAfterMarker(plainText(first)) || asksThenAnswers(plainText(first)))) questions++;
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
  // "**Q11. Open concerns from the review**⏎Dana raised…": a numbered entry in bold is the question's line without its "?".
  if ((!/\?["”)\]]*$/.test(words) && !(emph && /^Q\d+\b/i.test(words))) || words.split(/\s+/).length > 30) return null;
  // "C1: Can I book…?": an item label before the question word is no part of the question's form.
  if (!emph && !INTERROGATIVE.test(words.replace(ITEM_LABEL, ''))) return null;
  let qs = start + line.indexOf(inner);
  let qe = qs + inner.length;
  while (qs < qe && /[*_\s]/.test(text[qs])) qs++;
  while (qe > qs && /[*_\s]/.test(text[qe - 1])) qe--;
  let from = start + nl.index + nl[0].length;
  while (from < end && /[ \t>]/.test(text[from])) from++;
  return { question: { start: qs, end: qe }, text: words.replace(/\s+/g, ' '), answerFrom: from, emphasised: !!emph };
}

/**
 * An item label of letters and a number ("C1.", "I2:", "EX3)"): how writers
 * number customer and internal questions. Capitals only, so "a1." in a
 * sentence is no label.
 */
const LETTER_LABEL = /^[ \t>]*[A-Z]{1,2}\d{1,3}[.):][ \t]+/;

/**
 * `C1. Can I book…? Yes, at two…` (or `I1:`): a labelled question and its
 * answer on one line. The question runs to the first "?" and must open like
 * one (a question word or verb after the label); the answer is what follows
 * it, on the line and the lines under it.
 */
export function labelledQuestion(text: string, start: number, end: number): { question: Span; text: string; answerFrom: number } | null {
  const raw = text.slice(start, end);
  const label = LETTER_LABEL.exec(raw);
  if (!label) return null;
  const nl = raw.search(/\r?\n|\r/);
  const line = nl < 0 ? raw : raw.slice(0, nl);
  const mark = line.indexOf('?', label[0].length);
  if (mark < 0) return null;
  const asked = line.slice(label[0].length, mark + 1).trim();
  if (!asksUpTo(asked)) return null;
  let from = mark + 1;
  while (from < raw.length && /["”)\]]/.test(raw[from])) from++;
  const qEnd = from;
  while (from < raw.length && /\s/.test(raw[from])) from++;
  if (from >= raw.length) return null;
  const qs = start + /^[ \t>]*/.exec(raw)![0].length;
  return { question: { start: qs, end: start + qEnd }, text: text.slice(qs, start + qEnd).replace(/\s+/g, ' ').trim(), answerFrom: start + from };
}

/**
 * `Q1: Can I book…? Yes, at two…`, or `Q: Can I book…?⏎Yes, at two…`, with
 * no `A:` marker: a `Q:` question and its answer in one paragraph, as
 * labelledQuestion reads `C1.` ones. The marker says a question follows, so
 * no question word is needed: the question runs to the "?" that ends the
 * first line, or else to the first "?" on that line after which the text
 * does not go on asking ("Q: Why now? Why not in May? Because…" asks twice).
 * Null when the first line holds no such "?" or nothing follows it.
 */
/** The most characters a question of forty words is read over: bounds the work on a huge line. */
const QUESTION_CHARS = 1000;

export function markedQuestion(text: string, start: number, end: number, unmarked = false): { question: Span; text: string; answerFrom: number } | null {
  const raw = text.slice(start, end).replace(/\s+$/, '');
  // `unmarked`: a list item that opens with a question word and answers after its "?" ("2. Do we keep
  // the take-home? I lean to yes, for a year."), as a `Q:` marker's line does.
  const marker = Q_MARKER.exec(raw) ?? (unmarked && INTERROGATIVE.test(raw.replace(/^[\s*_]+/, '')) ? /^/.exec(raw) : null);
  if (!marker) return null;
  const nl = raw.search(/\r?\n|\r/);
  const line = nl < 0 ? raw : raw.slice(0, nl);
  let mark = -1;
  if (nl >= 0 && /\?["”*_)\]]*[ \t]*\\?$/.test(line)) mark = line.lastIndexOf('?');
  else {
    // A question of forty words or fewer asks within its line's first characters: a huge line is read no further.
    const limit = marker[0].length + QUESTION_CHARS;
    for (let k = line.indexOf('?', marker[0].length); k >= 0 && k <= limit; k = line.indexOf('?', k + 1)) {
      // The sentence after this "?", read on over the line's end: another question goes on asking.
      const next = /^[^.?!]*[.?!]?/.exec(raw.slice(k + 1, k + 1 + QUESTION_CHARS).replace(/^["”*_)\]\s]+/, ''))![0];
      if (!next.trim()) break;
      if (!next.endsWith('?')) {
        mark = k;
        break;
      }
    }
  }
  if (mark < 0) return null;
  const asked = line.slice(marker[0].length, mark + 1).replace(/[*_`]/g, '').trim();
  if (!asked || asked.split(/\s+/).length > 40) return null;
  let from = mark + 1;
  while (from < raw.length && /["”*_)\]]/.test(raw[from])) from++;
  const qEnd = from;
  while (from < raw.length && /[\s>]/.test(raw[from])) from++;
  if (from >= raw.length) return null;
  const question = markerStripped(text, start, start + qEnd, Q_MARKER);
  return { question, text: text.slice(question.start, question.end).replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim(), answerFrom: start + from };
}

/** A numbering or item label before a question: "1.", "C1.", "I6)", "Q3:". */
export const ITEM_LABEL = /^\s*(?:[A-Z]{0,2}\d{1,3}[.):]|Q(?:uestion)?\s*\d*\s*[:.)])\s*/i;

/**
 * A paragraph that opens with a bold (or italic) question and goes on with
 * its answer: `**Who is the customer?** Bakery owners…`, or the bold
 * question wrapped over two lines with the answer on the next. The
 * emphasised node, when it is such a question.
 */
export function leadQuestionNode(p: Paragraph): Paragraph['children'][number] | null {
  const kids = p.children;
  const first = kids[0];
  if (!first || (first.type !== 'strong' && first.type !== 'emphasis') || kids.length < 2) return null;
  const q = plainText(first).replace(ITEM_LABEL, '').trim();
  if (!/\?["”)\]]*$/.test(q) || q.split(/\s+/).length > 40) return null;
  const rest = kids.slice(1).map((c) => ('value' in c ? c.value : plainText(c))).join('');
  return rest.trim() ? first : null;
}

/**
 * The question and where its answer starts, for a paragraph (or a list
 * item's first paragraph) that opens with a bold question; `shift` moves
 * the tree's offsets to the document's.
 */
export function leadQuestion(text: string, p: Paragraph, shift: number): { question: Span; text: string; answerFrom: number } | null {
  const node = leadQuestionNode(p);
  if (!node?.position || !p.position) return null;
  const start = node.position.start.offset! + shift;
  const end = node.position.end.offset! + shift;
  // `**Q: Why now?**`: the `Q:` marker sits inside the emphasis, so strip it once the emphasis is off.
  const question = markerStripped(text, ...spanOf(markerStripped(text, start, end, ITEM_LABEL)), Q_MARKER);
  let from = end;
  const stop = p.position.end.offset! + shift;
  while (from < stop && /[\s>:—–-]/.test(text[from])) from++;
  return { question, text: plainText(node).replace(ITEM_LABEL, '').replace(/\s+/g, ' ').trim(), answerFrom: from };
}

const spanOf = (s: Span): [number, number] => [s.start, s.end];

/** A line that opens with a `Q:` marker (bold or plain, in a blockquote too). */
const Q_LINE = /^[ \t>]*(?:\*\*|__|\*|_)?\s*Q(?:uestion)?\s*\d*\s*[:.)]/i;
/** A line that is one bold (or italic) question and nothing else. */
const EMPHASISED_QUESTION_LINE = /^[ \t>]*(\*\*|__|\*|_)[^*_\n]*\?["”)\]]*\1[ \t]*\\?[ \t]*$/;

/** A line that opens with one bold question and goes on with its answer: `**Why now?** Because…`. */
const LEAD_QUESTION_LINE = /^[ \t>]*(\*\*|__)([^*_\n]*\?["”)\]]*)\1[ \t]*\S/;

/**
 * Several questions in one paragraph, one under the other with no blank
 * line between them: `Q: …⏎A: …⏎Q: …⏎A: …`, `**Why now?**⏎Because…⏎
 * **Who pays?**⏎The owner.`, or `**Why now?** Because…⏎**Who pays?** The
 * owner.` A later line in the form of the first (a `Q:` marker, a bold
 * question standing alone, a bold question with its answer after it) opens
 * the next entry. Null when the paragraph holds one question or none.
 */
export function paragraphEntries(text: string, start: number, end: number): Array<{ question: Span; text: string; start: number; end: number; answerFrom?: number; emphasised: boolean }> | null {
  const raw = text.slice(start, end);
  const lines: Array<{ at: number; line: string }> = [];
  const re = /[^\r\n]*(?:\r?\n|\r|$)/g;
  for (let m = re.exec(raw); m && m[0]; m = re.exec(raw)) lines.push({ at: m.index, line: m[0].replace(/\r?\n|\r$/, '') });
  const marked = Q_LINE.test(lines[0].line);
  // Each entry of `**Why now?** Because…` is one line; the other forms take two (the question, then the answer).
  const inline = !marked && LEAD_QUESTION_LINE.test(lines[0].line);
  // `Q1: Why now? Because…⏎Q2: …`: marked questions with their answers on their own lines take one line each.
  if (lines.length < (inline || marked ? 2 : 3)) return null;
  const opens = marked ? (l: string) => Q_LINE.test(l) : inline ? (l: string) => LEAD_QUESTION_LINE.test(l) : (l: string) => EMPHASISED_QUESTION_LINE.test(l);
  if (!marked && !inline && !EMPHASISED_QUESTION_LINE.test(lines[0].line)) return null;
  const starts = lines.filter((l, k) => k === 0 || opens(l.line)).map((l) => l.at);
  if (starts.length < 2) return null;
  return starts.map((s, k) => {
    const e = k + 1 < starts.length ? starts[k + 1] : raw.length;
    const seg = raw.slice(s, e).replace(/\s+$/, '');
    const a = A_LINE.exec(seg) ?? A_INLINE.exec(seg);
    // `Q1: Why now? Because…` with no `A:`: the question ends at its "?" (markedQuestion).
    const split = marked && !a ? markedQuestion(text, start + s, start + s + seg.length) : null;
    const nl = /\r?\n|\r/.exec(seg);
    // `**Why now?** Because…`: the question ends with its emphasis, the answer starts after it.
    const lead = inline ? LEAD_QUESTION_LINE.exec(seg) : null;
    const leadEnd = lead ? lead[0].length - 1 : -1;
    const qEnd = lead ? leadEnd : a ? a.index : split ? split.question.end - start - s : nl ? nl.index : seg.length;
    const question = markerStripped(text, start + s, start + s + qEnd, Q_MARKER);
    let from = lead ? leadEnd : a ? a.index + a[0].length : split ? split.answerFrom - start - s : nl ? nl.index + nl[0].length : -1;
    while (from >= 0 && from < seg.length && /[ \t>]/.test(seg[from])) from++;
    return {
      question: { start: question.start - start, end: question.end - start },
      text: text.slice(question.start, question.end).replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim(),
      start: s,
      end: s + seg.length,
      answerFrom: from >= 0 && from < seg.length ? s + from : undefined,
      emphasised: !marked,
    };
  });
}
