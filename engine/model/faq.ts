/**
 * FAQ questions and their answers, in the forms writers use:
 *   `**Q:** …` / `**A:** …` paragraphs (or both in one paragraph),
 *   `Q:` / `A:` lines, questions as headings with answer paragraphs,
 *   a paragraph that is only a bold question, numbered questions, a table
 *   whose rows ask in one cell and answer in the next.
 */
import type { List, Paragraph, Table } from 'mdast';
import { treeShift } from './blocks.js';
import { plainText } from './prose.js';
import { firstNotBefore } from './sorted.js';
import { isAnswered } from './answers.js';
import { isBracketPrompt, isTemplateNote } from './releaseBlocks.js';
import { isQuote } from './quotes.js';
import {
  A_INLINE, A_LINE, A_MARKER, ITEM_LABEL, Q_MARKER, emphasisInner, firstLineIsQuestion, firstLineQuestion, headingTextSpan, isEmphasisOnly, isQuestionList, labelledQuestion, leadQuestion, looksLikeQuestion, markedQuestion, markerStripped, paragraphEntries,
} from './questionForms.js';

export { looksLikeQuestion };
import type { Block, FaqId, Question, Span } from './types.js';
import { CUSTOMER_QUESTION_LABELS, INTERNAL_QUESTION_LABELS, STAKEHOLDER_ASKS } from '../lexicon/questions.js';
import { phrasePattern } from '../text/phrases.js';

/**
 * The form a question was written in. An FAQ's questions share a form; a
 * line in another form inside an answer (a bullet, a bold line under a
 * question heading) is part of that answer, even when it ends with "?".
 */
type Form = 'heading' | 'marked' | 'emphasised' | 'plain' | 'list';

interface Open {
  q: Question;
  form: Form;
  /** Offset where the answer begins (after an `A:` marker), if known. */
  answerFrom?: number;
}

/**
 * What one block says about questions and answers on its own, whatever
 * comes before it. Offsets are relative to the block's start.
 */
interface Reading {
  /** A heading: is it a question, and its text without the marker. */
  heading?: { isQuestion: boolean; question: Span; text: string };
  /** Several questions in one paragraph, each on a line of its own (offsets relative to the block). */
  entries?: NonNullable<ReturnType<typeof paragraphEntries>>;
  /** A paragraph opening with a `Q:` marker; the answer may follow an `A:` in it. */
  marked?: { question: Span; text: string; answerFrom?: number };
  /** A paragraph opening with an `A:` marker: where its answer text begins. */
  answerFrom?: number;
  /** A paragraph that is only an emphasised question. */
  emphasised?: { question: Span; text: string };
  /** A question on the paragraph's first line, its answer below. */
  split?: { question: Span; text: string; answerFrom: number; emphasised: boolean } | null;
  /** A paragraph that is a question and nothing else (the plain form). */
  plainQuestion?: boolean;
  /** A list of questions: each item a question and maybe its answer. */
  items?: Array<{ question: Span; text: string; entryStart: number; answer?: Span }>;
  /**
   * The list reads as an FAQ of its own even under another question: every
   * item asks, and the list is numbered or every item carries its answer.
   */
  standsAlone?: boolean;
}

/**
 * Readings by block tree. A tree is kept as long as its chunk is, and the
 * same tree means the same text, so a keystroke reads only the blocks of the
 * chunk it changed; the rest of an FAQ costs a lookup per block.
 */
const readings = new WeakMap<object, Reading>();

function readingOf(text: string, b: Block): Reading {
  let r = readings.get(b.node);
  if (!r) {
    r = read(text, b);
    readings.set(b.node, r);
  }
  return r;
}

/** `A:`, `**A:**` where a list item's answer starts: the marker, not the answer ("A: TK" answers nothing). */
const LIST_ANSWER_MARKER = /^(?:\*\*|__|\*|_)?\s*A(?:nswer)?\s*[:.)]\s*(?:\*\*|__|\*|_)?[ \t]*/i;
function pastAnswerMarker(text: string, from: number, end: number): number {
  const m = LIST_ANSWER_MARKER.exec(text.slice(from, end));
  return m && from + m[0].length < end ? from + m[0].length : from;
}

/** `<summary>…</summary>` in an HTML block, and the `</details>` that closes the entry. */
const SUMMARY = /<summary\b[^>]*>([\s\S]{1,400}?)<\/summary>/i;
const DETAILS_END = /<\/details>\s*$/i;

function read(text: string, b: Block): Reading {
  const rel = (s: Span): Span => ({ start: s.start - b.start, end: s.end - b.start });
  if (b.type === 'heading') {
    const title = b.plain;
    // "### 1. Who is the customer", "### I6. Who owns it": the number is no part of the question.
    const asked = title.replace(Q_MARKER, '').replace(ITEM_LABEL, '');
    const isQuestion = looksLikeQuestion(asked) || Q_MARKER.test(title);
    return { heading: { isQuestion, question: rel(headingTextSpan(text, b)), text: asked.trim() } };
  }
  if (b.type === 'paragraph') {
    const plain = b.plain;
    const raw = text.slice(b.start, b.end);
    const entries = paragraphEntries(text, b.start, b.end);
    if (entries) return { entries };
    const lead = leadQuestion(text, b.node as Paragraph, treeShift(b));
    if (Q_MARKER.test(plain)) {
      const a = A_LINE.exec(raw) ?? A_INLINE.exec(raw);
      // `**Q: Why now?**` then the answer, with no `A:` marker: the bold question ends the question.
      if (!a && lead) return { marked: { question: rel(markerStripped(text, lead.question.start, lead.question.end, Q_MARKER)), text: lead.text.replace(Q_MARKER, '').trim(), answerFrom: lead.answerFrom - b.start } };
      // `Q1: Why now? Because…` on one line, or the answer on the next with no `A:`: the question ends at its "?".
      const split = a ? null : markedQuestion(text, b.start, b.end);
      if (split) return { marked: { question: rel(split.question), text: split.text, answerFrom: split.answerFrom - b.start } };
      // `**Q11. Open concerns from the review**` then the answer on the next line: the bold line is the question, "?" or not.
      const line = a ? null : firstLineQuestion(text, b.start, b.end);
      if (line?.emphasised) return { marked: { question: rel(markerStripped(text, line.question.start, line.question.end, Q_MARKER)), text: line.text.replace(Q_MARKER, '').trim(), answerFrom: line.answerFrom - b.start } };
      const qEnd = a ? b.start + a.index : b.end;
      const qText = plainText(b.node).replace(Q_MARKER, '');
      const question = rel(markerStripped(text, b.start, qEnd, Q_MARKER));
      const t = (a ? qText.slice(0, Math.max(0, qText.search(/\bA(?:nswer)?\s*\d*\s*[:.)]/i))) : qText).trim() || qText.trim();
      return { marked: { question, text: t, answerFrom: a ? a.index + a[0].length : undefined } };
    }
    const r: Reading = {};
    if (A_MARKER.test(plain)) {
      const m = /^[\s>]*(?:\*\*|__|\*|_)?\s*A(?:nswer)?\s*\d*\s*[:.)]\s*(?:\*\*|__|\*|_)?\s*/i.exec(raw);
      r.answerFrom = m ? m[0].length : 0;
    }
    if (isEmphasisOnly(b.node as Paragraph) && looksLikeQuestion(plain)) r.emphasised = { question: rel(emphasisInner(text, b)), text: plain.trim() };
    const split = firstLineQuestion(text, b.start, b.end);
    if (split) r.split = { question: rel(split.question), text: split.text, answerFrom: split.answerFrom - b.start, emphasised: split.emphasised };
    else if (lead) r.split = { question: rel(lead.question), text: lead.text, answerFrom: lead.answerFrom - b.start, emphasised: true };
    else {
      // "C1. Can I book…? Yes, at two workshops.": a labelled question with its answer on the same line, read as the plain form.
      const labelled = labelledQuestion(text, b.start, b.end);
      // "Does it cost extra? No, it is free.": no label at all, a question word and the answer after its "?"
      // (read only where the FAQ asks in plain paragraphs: at its start or after another such question).
      const unmarked = labelled ?? markedQuestion(text, b.start, b.end, true);
      if (unmarked) r.split = { question: rel(unmarked.question), text: unmarked.text, answerFrom: unmarked.answerFrom - b.start, emphasised: false };
    }
    // "C1. Can I book…?": the item label's full stop ends no sentence.
    const asked = plain.replace(ITEM_LABEL, '');
    r.plainQuestion = looksLikeQuestion(asked) && /\?["”*_)\]]*$/.test(asked.trim()) && asked.split(/\s+/).length <= 40 && !/[.!]\s/.test(asked);
    return r;
  }
  if (b.type === 'list' && isQuestionList(b.node as List)) {
    const list = b.node as List;
    const items: NonNullable<Reading['items']> = [];
    const shiftDelta = treeShift(b);
    let asks = true;
    for (const item of list.children) {
      const first = item.children[0];
      if (!item.position || !first?.position) continue;
      const qStart = first.position.start.offset! + shiftDelta;
      const qEnd = first.position.end.offset! + shiftDelta;
      if (first.type !== 'paragraph' || !looksLikeQuestion(text.slice(qStart, qEnd).split(/\r?\n|\r/)[0].replace(/^[*_\s]+/, ''))) asks = false;
      const entryStart = item.position.start.offset! + shiftDelta - b.start;
      const itemEnd = item.position.end.offset! + shiftDelta;
      // "1. Is there a free plan?⏎   TK": a first line that ends in "?" is the
      // question even when the whole paragraph would read as one (a question
      // word opens it and no full stop ends it).
      // "- **Q:** What does it cost? **A:** Nine dollars.": the question and its answer on one line, the markers between.
      const split =
        first.type !== 'paragraph'
          ? null
          : ((!looksLikeQuestion(plainText(first)) || firstLineIsQuestion(first) ? firstLineQuestion(text, qStart, qEnd) : null) ?? leadQuestion(text, first, shiftDelta) ?? markedQuestion(text, qStart, qEnd, true));
      if (split) {
        items.push({ question: rel(split.question), text: split.text, entryStart, answer: rel({ start: pastAnswerMarker(text, split.answerFrom, itemEnd), end: itemEnd }) });
        continue;
      }
      // "1. Q: Is there a free plan?⏎   A: TK": the `A:` line ends the question.
      const aLine = first.type === 'paragraph' ? A_LINE.exec(text.slice(qStart, qEnd)) : null;
      if (aLine && looksLikeQuestion(text.slice(qStart, qStart + aLine.index).replace(Q_MARKER, ''))) {
        const question = markerStripped(text, qStart, qStart + aLine.index, Q_MARKER);
        items.push({ question: rel(question), text: text.slice(question.start, question.end).replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim(), entryStart, answer: rel({ start: qStart + aLine.index + aLine[0].length, end: itemEnd }) });
        continue;
      }
      const rest = item.children.slice(1);
      items.push({
        question: rel(markerStripped(text, qStart, qEnd, Q_MARKER)),
        text: plainText(first).replace(Q_MARKER, '').trim(),
        entryStart,
        answer: rest.length ? rel({ start: pastAnswerMarker(text, rest[0].position!.start.offset! + shiftDelta, itemEnd), end: itemEnd }) : undefined,
      });
    }
    const standsAlone = items.length === list.children.length && (asks || items.every((x) => x.answer)) && (!!list.ordered || items.every((x) => x.answer));
    return { items, standsAlone };
  }
  if (b.type === 'table') {
    const items = tableQuestions(b);
    if (items) return { items, standsAlone: true };
  }
  if (b.type === 'html') {
    // "<details><summary>Does it cost extra?</summary>", GitHub's folding FAQ: the summary is the question.
    const raw = text.slice(b.start, b.end);
    const m = SUMMARY.exec(raw);
    const asked = m ? m[1].replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim() : '';
    if (m && asked && looksLikeQuestion(asked)) {
      const start = m.index + m[0].indexOf('>') + 1;
      const question = { start: start + (m[1].length - m[1].trimStart().length), end: start + m[1].trimEnd().length };
      // "<details><summary>…?</summary>⏎No, it is free.⏎</details>" with no blank line: the answer is in the same block.
      const after = m.index + m[0].length;
      const inside = raw.slice(after).replace(DETAILS_END, '');
      return inside.replace(/<[^>]*>/g, '').trim() ? { marked: { question, text: asked, answerFrom: after } } : { emphasised: { question, text: asked } };
    }
  }
  return {};
}

/**
 * "| 3 | What does it cost to run? | TBD | Daniel |": an FAQ kept as a
 * table, as exports from wikis and shared documents write it. A row asks in
 * its first or second cell (after a number) and the next cell answers. The
 * table is an FAQ's when at least two rows, and most of them, ask; the
 * header row ("| # | Question | Answer |") names the columns.
 */
function tableQuestions(b: Block): NonNullable<Reading['items']> | null {
  const table = b.node as Table;
  const shift = treeShift(b);
  const rows = table.children.slice(1);
  const items: NonNullable<Reading['items']> = [];
  const inner = (cell: Table['children'][number]['children'][number]): Span | null => {
    const kids = cell.children;
    const first = kids[0]?.position;
    const last = kids[kids.length - 1]?.position;
    return first && last ? { start: first.start.offset! + shift, end: last.end.offset! + shift } : null;
  };
  for (const row of rows) {
    if (!row.position) continue;
    const asked = row.children.slice(0, 2).map((cell) => plainText(cell).replace(ITEM_LABEL, '').trim());
    const at = asked.findIndex((t) => looksLikeQuestion(t));
    if (at < 0) continue;
    const question = inner(row.children[at]);
    if (!question) continue;
    const next = row.children[at + 1];
    const answer = next ? inner(next) : null;
    items.push({
      question: { start: question.start - b.start, end: question.end - b.start },
      text: asked[at],
      entryStart: row.position.start.offset! + shift - b.start,
      answer: answer ? { start: answer.start - b.start, end: answer.end - b.start } : undefined,
    });
  }
  return items.length >= 2 && items.length * 2 > rows.length ? items : null;
}

/** "The plan has three steps:" — a paragraph that ends with a colon introduces the list after it. */
function introducesList(text: string, prev: Block | undefined): boolean {
  return !!prev && prev.type === 'paragraph' && /:\s*$/.test(text.slice(prev.start, prev.end));
}

/**
 * "> What is the motivation for this change?", "> Is there a way to do this
 * today? What are the downsides?": a template's prompt left under its
 * question is a block quote that only asks, credited to nobody. An answer
 * answers; a quote that asks is someone's words (quotes.ts isQuote).
 */
function isPromptNote(b: Block): boolean {
  if (b.type !== 'blockquote' || isQuote(b)) return false;
  const t = b.plain.replace(/\s+/g, ' ').trim();
  return /\?$/.test(t) && t.split(/(?<=[.!?])\s+(?=[\p{Lu}\d"“*])/u).every((s) => /\?$/.test(s.trim()));
}

/** The answer's blocks are the template's instructions and nothing more (markup such as a comment aside). */
function templateOnly(blocks: Block[], answer: Span): boolean {
  let notes = 0;
  for (let i = firstNotBefore(blocks, (b) => b.end <= answer.start); i < blocks.length && blocks[i].start < answer.end; i++) {
    const b = blocks[i];
    if (b.start < answer.start || b.end > answer.end) return false;
    if (b.type === 'html' || b.type === 'thematicBreak') continue;
    if (!isTemplateNote(b) && !isPromptNote(b) && !isBracketPrompt(b)) return false;
    notes++;
  }
  return notes > 0;
}

/** A span relative to a block's start, at the block's place in the document. */
function placed(s: Span, base: number): Span {
  return { start: s.start + base, end: s.end + base };
}

/**
 * Extract the questions of one FAQ whose content is blocks[from, to);
 * `faqDepth`: the depth of the FAQ's heading, when it has one.
 */
export function extractQuestions(text: string, blocks: Block[], from: number, to: number, faq: FaqId, faqDepth?: number): Question[] {
  const out: Question[] = [];
  let open: Open | null = null;
  let answerEnd = -1;
  let answerStart = -1;
  let questionHeadingDepth = 0;
  /** The depth of the sub-headings an answer to a bold or `Q:` question opened with (0: none). */
  let answerHeadingDepth = 0;
  /** The FAQ writes questions as plain paragraphs: later ones may follow an answer. */
  let plainForm = false;

  const close = () => {
    if (!open) return;
    const q = open.q;
    const start = open.answerFrom ?? answerStart;
    if (start >= 0 && answerEnd > start) {
      const plain = answerText(text, blocks, start, answerEnd);
      q.answer = plain ? { start, end: answerEnd, text: plain } : null;
      q.entry.end = Math.max(q.entry.end, answerEnd);
    }
    q.answered = isAnswered(q.answer, q.text);
    // An RFC template's "> Describe your plan…" left under its question, and nothing else: no answer yet.
    if (q.answered && q.answer && templateOnly(blocks, q.answer)) {
      q.answered = false;
      q.template = true;
    }
    out.push(q);
    open = null;
    answerStart = -1;
    answerEnd = -1;
    answerHeadingDepth = 0;
  };
  const begin = (question: Span, qText: string, entryStart: number, form: Form) => {
    close();
    // "C1: Can I book…?", "**2. Why now?**": the outline and messages show the question, not its label (internalFromLabel reads the label from the source).
    const asked = qText.replace(ITEM_LABEL, '').trim() || qText;
    open = { form, q: { faq, text: asked, question, answer: null, answered: false, entry: { start: entryStart, end: question.end } } };
  };
  /** Inside the answer to a question asked in a heading: only another heading asks a new question. */
  const underHeading = () => open !== null && (open as Open).form === 'heading';
  /**
   * A bold or `Q:` question, then a heading at least two levels under the
   * FAQ's ("**What did you consider?**" then "#### Option A" and its text),
   * right under the question or after the answer's first paragraph ("Each
   * option has its own costs."): the answer goes on in sub-headings, as a
   * long answer does under a question heading. A heading right under the
   * FAQ's, or one followed by another question, starts a group instead.
   */
  const opensAnswer = (i: number, depth: number): boolean => {
    if (!open || underHeading() || faqDepth === undefined || depth <= faqDepth + 1) return false;
    const next = i + 1 < to ? blocks[i + 1] : null;
    if (!next || next.type === 'heading') return false;
    const r = readingOf(text, next);
    return !(r.entries || r.marked || r.emphasised || r.split || r.plainQuestion || r.items);
  };
  const extendAnswer = (b: { start: number; end: number }) => {
    if (!open) return;
    if (answerStart < 0) answerStart = b.start;
    answerEnd = b.end;
  };

  for (let i = from; i < to; i++) {
    const b = blocks[i];
    const r = readingOf(text, b);
    if (r.heading) {
      const depth = b.depth ?? 6;
      if (r.heading.isQuestion) {
        // A deeper question heading inside an answer ("#### What about cash?"
        // under "### How does matching work?") is a follow-up question.
        questionHeadingDepth = questionHeadingDepth === 0 ? depth : Math.min(questionHeadingDepth, depth);
        begin(placed(r.heading.question, b.start), r.heading.text, b.start, 'heading');
      } else if (open && underHeading() && depth > questionHeadingDepth) {
        extendAnswer(b); // a sub-heading inside a long answer
      } else if (open && answerHeadingDepth > 0 && depth >= answerHeadingDepth) {
        extendAnswer(b); // the next sub-heading of an answer that opened with one
      } else if (open && opensAnswer(i, depth)) {
        answerHeadingDepth = depth;
        extendAnswer(b);
      } else {
        // A heading no deeper than the questions' ("### Pricing" among "### …?"
        // questions), or any heading after a bold or `Q:` question, starts a new
        // group: the answer above ends there.
        close();
      }
      continue;
    }
    if (b.type === 'paragraph') {
      // Bold questions under a question heading are that answer's, as below.
      if (r.entries && (!r.entries[0].emphasised || questionHeadingDepth === 0)) {
        for (const e of r.entries) {
          begin(placed(e.question, b.start), e.text, b.start + e.start, e.emphasised ? 'emphasised' : 'marked');
          if (e.answerFrom !== undefined) {
            open!.answerFrom = b.start + e.answerFrom;
            answerEnd = b.start + e.end;
          }
        }
        continue;
      }
      if (r.marked) {
        begin(placed(r.marked.question, b.start), r.marked.text, b.start, 'marked');
        if (r.marked.answerFrom !== undefined) {
          open!.answerFrom = b.start + r.marked.answerFrom;
          answerEnd = b.end;
        }
        continue;
      }
      if (r.answerFrom !== undefined && open) {
        if ((open as Open).answerFrom === undefined && answerStart < 0) (open as Open).answerFrom = b.start + r.answerFrom;
        answerEnd = b.end;
        continue;
      }
      // A bold question line under a question heading is part of that answer.
      if (r.emphasised && !underHeading()) {
        begin(placed(r.emphasised.question, b.start), r.emphasised.text, b.start, 'emphasised');
        continue;
      }
      const split = r.split;
      if (split && (split.emphasised ? questionHeadingDepth === 0 : !open || plainForm)) {
        begin(placed(split.question, b.start), split.text, b.start, split.emphasised ? 'emphasised' : 'plain');
        if (!split.emphasised) plainForm = true;
        open!.answerFrom = split.answerFrom + b.start;
        answerEnd = b.end;
        continue;
      }
      if (r.plainQuestion && (!open || (plainForm && answerEnd > 0))) {
        begin({ start: b.start, end: b.end }, b.plain.trim(), b.start, 'plain');
        plainForm = true;
        continue;
      }
      extendAnswer(b);
      continue;
    }
    // "<details><summary>Does it cost extra?</summary>": a question, its answer the blocks up to the next.
    if (b.type === 'html' && r.emphasised && !underHeading()) {
      begin(placed(r.emphasised.question, b.start), r.emphasised.text, b.start, 'emphasised');
      continue;
    }
    if (b.type === 'html' && r.marked && !underHeading()) {
      begin(placed(r.marked.question, b.start), r.marked.text, b.start, 'marked');
      open!.answerFrom = b.start + r.marked.answerFrom!;
      const closing = DETAILS_END.exec(text.slice(b.start, b.end));
      answerEnd = closing ? b.start + closing.index : b.end;
      continue;
    }
    if (b.type === 'html' && open && /^\s*<\/details>\s*$/i.test(text.slice(b.start, b.end))) continue;
    // A list under a question asked in another form (a heading, a bold line,
    // `Q:`) is part of that question's answer, even when its items ask
    // something ("Should it also delete?"). A list is questions where the FAQ
    // asks in lists: at the start of the FAQ or of a group, or after an item.
    if (r.items && (!open || (open as Open).form === 'list' || (r.standsAlone && !underHeading() && !introducesList(text, blocks[i - 1])))) {
      for (const item of r.items) {
        begin(placed(item.question, b.start), item.text, item.entryStart + b.start, 'list');
        if (item.answer) extendAnswer(placed(item.answer, b.start));
      }
      continue;
    }
    extendAnswer(b);
  }
  close();
  return out;
}

/**
 * Answers seen in recent reviews, by the ids of the blocks they run over and
 * where in the first and last they start and end: the same ids hold the same
 * text, and the key is shorter than the answer (a Map hashes its keys).
 */
const stripped = new Map<string, string>();

/** The reading text of the answer text[start, end), markup stripped. */
function answerText(text: string, blocks: Block[], start: number, end: number): string {
  let first = firstNotBefore(blocks, (b) => b.end <= start);
  const ids: number[] = [];
  let last = first;
  for (let i = first; i < blocks.length && blocks[i].start < end; i++) {
    ids.push(blocks[i].id);
    last = i;
  }
  if (ids.length === 0 || blocks[first].start > start) first = -1;
  const key = first < 0 ? null : `${ids.join(',')}|${start - blocks[first].start}|${end - blocks[last].start}`;
  let plain = key === null ? undefined : stripped.get(key);
  if (plain === undefined) {
    plain = stripMarkupNow(text.slice(start, end));
    if (key !== null) {
      if (stripped.size >= 4096) stripped.clear();
      stripped.set(key, plain);
    }
  }
  return plain;
}

function stripMarkupNow(md: string): string {
  return md
    .replace(/<!--[\s\S]*?-->/g, ' ')
    // Link reference definitions ("[semver]: https://…") render as nothing: a reader sees no answer in them.
    .replace(/^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm, ' ')
    .replace(/^[ \t]*(?:#{1,6}|>|[-*+]|\d+[.)])[ \t]+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}


/** The letter of a question's label ("C1:", "**I2.**", "### I3)"), or null. */
const QUESTION_LABEL = /^[ \t>#*_+-]*(?:\d{1,3}[.)][ \t]+)?[*_]*([A-Z])\d{1,3}[.):]/;
function labelLetter(text: string, q: Question): string | null {
  return QUESTION_LABEL.exec(text.slice(q.entry.start, q.question.end))?.[1] ?? null;
}

/**
 * One FAQ whose questions are labelled `C1:`…`C3:` then `I1:`…`I4:`
 * (engine/lexicon/questions.ts): the index of the first internal question,
 * where the internal FAQ starts; -1 unless every question carries a label,
 * the customer ones come first and the internal ones run to the end.
 */
export function internalFromLabel(text: string, questions: Question[]): number {
  const letters = questions.map((q) => labelLetter(text, q));
  const k = letters.findIndex((l) => l !== null && INTERNAL_QUESTION_LABELS.includes(l));
  if (k <= 0) return -1;
  const customer = letters.slice(0, k).every((l) => l !== null && CUSTOMER_QUESTION_LABELS.includes(l));
  const internal = letters.slice(k).every((l) => l !== null && INTERNAL_QUESTION_LABELS.includes(l));
  return customer && internal ? k : -1;
}

/**
 * One FAQ, named neither way and with no labels, whose last questions all
 * ask what stakeholders ask (engine/lexicon/questions.ts STAKEHOLDER_ASKS)
 * while at most one before them does: the index where that run starts, the
 * internal FAQ; -1 when there is no such run of two questions or more.
 */
export function internalFromContent(questions: Question[]): number {
  const asks = questions.map((q) => STAKEHOLDER_ASK.test(q.text));
  // Where the run of stakeholder questions at the end starts (one pass: an FAQ may hold thousands).
  let k = asks.length;
  while (k > 0 && asks[k - 1]) k--;
  k = Math.max(k, 1);
  if (k > asks.length - 2) return -1;
  let before = 0;
  for (let i = 0; i < k; i++) if (asks[i]) before++;
  // (And one customer question at least before it: an FAQ of stakeholder questions only is not split.)
  return before <= 1 && before < k ? k : -1;
}
const STAKEHOLDER_ASK = new RegExp(`(?<![\\p{L}])(?:${phrasePattern(STAKEHOLDER_ASKS)})(?![\\p{L}])`, 'iu');
