/**
 * Parts writers put outside the press release: quotes gathered in a
 * section after the FAQ, and, in a release with no summary of its own (an
 * RFC), the FAQ's answer to "What are we launching today?".
 */
import { partForHeading, partForQuestion } from '../genre/headings.js';
import { isProseBlock, partOf, range, sectionEnd } from './releaseBlocks.js';
import type { Block, Part, PartId, Question } from './types.js';

type Parts = Partial<Record<PartId, Part>>;

/**
 * Quote sections after the FAQ ("## Customer quotes" at the end of the
 * document): the part is there, though not inside the release.
 */
export function quoteSectionsAfter(blocks: Block[], indexes: number[]): Parts {
  const parts: Parts = {};
  for (const i of indexes) {
    const b = blocks[i];
    if (b.type !== 'heading') continue;
    const id = partForHeading(b.plain);
    if ((id !== 'customer-quote' && id !== 'leader-quote') || parts[id]) continue;
    const end = sectionEnd(blocks, i, blocks.length);
    const body = range(i + 1, end).filter((j) => indexes.includes(j));
    if (body.some((j) => isProseBlock(blocks[j]))) parts[id] = partOf(id, blocks, body, i);
  }
  return parts;
}

/**
 * The summary a release without one has in its FAQ: the answer to "What
 * are we launching today?" (an RFC's public FAQ), by the catalogue's
 * questions for the summary.
 */
export function summaryFromFaq(blocks: Block[], questions: Question[]): Part | null {
  const q = questions.find((x) => x.answered && x.answer && partForQuestion(x.text) === 'summary');
  if (!q || !q.answer) return null;
  const idx = blocks.filter((b) => b.start >= q.answer!.start && b.end <= q.answer!.end).map((b) => b.index);
  return { id: 'summary', start: q.answer.start, end: q.answer.end, blocks: idx, by: 'faq' };
}
