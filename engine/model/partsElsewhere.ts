/**
 * Parts writers put outside the press release: quotes gathered in a
 * section after the FAQ, and, in a release with no summary of its own (an
 * RFC), the FAQ's answer to "What are we launching today?".
 */
import { isQuoteSectionHeading, partForHeading, partForQuestion } from '../genre/headings.js';
import { assignQuotes, isAttributionLine, isQuote, quoteRole } from './quotes.js';
import { isProseBlock, partOf, range, sectionEnd } from './releaseBlocks.js';
import type { Block, Part, PartId, Question } from './types.js';
import { PROBLEM_CUE, countMatches, solutionWords } from './cues.js';
import { NOT_ASKING_FOR_PAIN, PAIN_ASKING_WORDS, STATUS_QUO_ASKING_WORDS } from '../lexicon/questions.js';
import { phrasePattern } from '../text/phrases.js';

type Parts = Partial<Record<PartId, Part>>;

/**
 * Quote sections after the FAQ ("## Customer quotes" at the end of the
 * document): the part is there, though not inside the release. A section
 * that gathers anyone's quotes ("## What people are saying") gives each
 * quote to the part its speaker says, as the release's own quotes are.
 * `have`: the quote parts the release already holds.
 */
export function quoteSectionsAfter(blocks: Block[], indexes: number[], have: { leader: boolean; customer: boolean } = { leader: false, customer: false }): Parts {
  const parts: Parts = {};
  const inside = new Set(indexes);
  for (const i of indexes) {
    const b = blocks[i];
    if (b.type !== 'heading') continue;
    const id = partForHeading(b.plain);
    const named = id === 'customer-quote' || id === 'leader-quote';
    if ((named && parts[id]) || (!named && !isQuoteSectionHeading(b.plain))) continue;
    const end = sectionEnd(blocks, i, blocks.length);
    const body = range(i + 1, end).filter((j) => inside.has(j));
    if (named) {
      if (body.some((j) => isProseBlock(blocks[j]))) parts[id] = partOf(id, blocks, body, i);
      continue;
    }
    const attributionAfter = (j: number) => (inside.has(j + 1) && j + 1 < end && isAttributionLine(blocks[j + 1]) ? j + 1 : undefined);
    const quotes = body.filter((j) => isQuote(blocks[j]) || (blocks[j].type === 'blockquote' && attributionAfter(j) !== undefined));
    const roles = quotes.map((j) => {
      const a = attributionAfter(j);
      return quoteRole(blocks[j], a === undefined ? undefined : blocks[a]);
    });
    const { leader, customer } = assignQuotes(quotes, roles, { leader: have.leader || !!parts['leader-quote'], customer: have.customer || !!parts['customer-quote'] });
    const withAttribution = (j: number) => {
      const a = attributionAfter(j);
      return a === undefined ? [j] : [j, a];
    };
    if (leader !== undefined) parts['leader-quote'] = partOf('leader-quote', blocks, withAttribution(leader), i);
    if (customer !== undefined) parts['customer-quote'] = partOf('customer-quote', blocks, withAttribution(customer), i);
  }
  return parts;
}

/** A question that asks for the pain by name (engine/lexicon/questions.ts PAIN_ASKING_WORDS). */
const ASKS_FOR_PAIN = new RegExp(`(?<![\\p{L}])(?:${phrasePattern([...PAIN_ASKING_WORDS, ...STATUS_QUO_ASKING_WORDS])})(?![\\p{L}])`, 'iu');
const NOT_FOR_PAIN = new RegExp(`(?<![\\p{L}])(?:${phrasePattern(NOT_ASKING_FOR_PAIN)})(?![\\p{L}])`, 'iu');
/** Asks for the pain, or how things are today, and not for what the product leaves unsolved. */
const asksForPain = (q: string) => ASKS_FOR_PAIN.test(q) && !NOT_FOR_PAIN.test(q);

/**
 * The problem a release without one tells in its FAQ: the answer to "Why
 * should I use this feature?" (an RFC's public FAQ) when it reads as the
 * pain of today, more problem words than solution words. An answer that
 * only praises what is built ("It gives you typed props") is no problem.
 * Asked for the pain by name, or how things are today ("What is the
 * customer's pain today?", "Who has this problem, and how badly?", "How
 * do restaurants cost their menus today?"), the answer is the problem
 * unless it sells more than it complains.
 */
export function problemFromFaq(blocks: Block[], questions: Question[], otherForm = true): Part | null {
  for (const q of questions) {
    // ("What are we launching today?" asks for the summary, whatever "today" says.)
    const part = partForQuestion(q.text);
    // (Only for a release in another form: a classic release owes its problem paragraph whatever the FAQ says.)
    const byName = otherForm && (part === null || part === 'problem') && asksForPain(q.text);
    if (!q.answered || !q.answer || (part !== 'problem' && !byName)) continue;
    const idx = answerBlocks(blocks, q).filter((i) => isProseBlock(blocks[i]));
    const text = idx.map((i) => blocks[i].plain).join('\n');
    const p = countMatches(text, PROBLEM_CUE);
    const s = solutionWords(text);
    if ((p >= 1 && p > s) || (byName && idx.length > 0 && p >= s)) return { id: 'problem', start: q.answer.start, end: q.answer.end, blocks: idx, by: 'faq' };
  }
  return null;
}

/**
 * The problem a release without one tells in a section of its own after the
 * release and the FAQ: an RFC's "## Motivation" or "## Background" below
 * its Working Backwards part, when the section reads as the pain of today
 * (the same test as an FAQ answer: more problem words than solution words).
 * `indexes`: the blocks outside the release, the FAQs and the appendix.
 */
export function problemFromSection(blocks: Block[], indexes: number[]): Part | null {
  const inside = new Set(indexes);
  for (const i of indexes) {
    const b = blocks[i];
    if (b.type !== 'heading' || partForHeading(b.plain) !== 'problem') continue;
    const body = range(i + 1, sectionEnd(blocks, i, blocks.length)).filter((j) => inside.has(j) && isProseBlock(blocks[j]));
    const text = body.map((j) => blocks[j].plain).join('\n');
    const p = countMatches(text, PROBLEM_CUE);
    if (body.length && p >= 1 && p > solutionWords(text)) return partOf('problem', blocks, body, i);
  }
  return null;
}

/**
 * The summary a release without one has in its FAQ: the answer to "What
 * are we launching today?" (an RFC's public FAQ), by the catalogue's
 * questions for the summary.
 */
export function summaryFromFaq(blocks: Block[], questions: Question[]): Part | null {
  return answerAsPart(blocks, questions, 'summary');
}

/**
 * How to begin, in a release that says nothing of it: the FAQ's answer to
 * "How do I get started?" or "How can I try it?" (the catalogue's questions
 * for getting started), when it is answered.
 */
export function gettingStartedFromFaq(blocks: Block[], questions: Question[]): Part | null {
  return answerAsPart(blocks, questions, 'getting-started');
}

/** The answer to the first answered question the catalogue asks for this part, as that part. */
function answerAsPart(blocks: Block[], questions: Question[], id: PartId): Part | null {
  const q = questions.find((x) => x.answered && x.answer && partForQuestion(x.text) === id);
  if (!q || !q.answer) return null;
  return { id, start: q.answer.start, end: q.answer.end, blocks: answerBlocks(blocks, q), by: 'faq' };
}

/**
 * The blocks an FAQ answer holds, by index: also the paragraph it opens with
 * a marker ("A: Right now…" starts at the "A:", before the answer's text),
 * though not one that holds the question too ("Q: … A: …" in one paragraph).
 */
function answerBlocks(blocks: Block[], q: Question): number[] {
  const answer = q.answer!;
  return blocks.filter((b) => b.end > answer.start && b.start < answer.end && b.end <= answer.end && !(b.start <= q.question.start && q.question.start < b.end)).map((b) => b.index);
}
