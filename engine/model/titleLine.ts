/**
 * A heading written without "#": a bold line standing alone, short and no
 * sentence ("**Tenets**", "**Appendix**", "**README**"). domain.md lists it
 * among the headings writers use, so the model opens a section at it as at
 * a Markdown heading. Italic lines are left out (writers italicise a
 * preface, a purpose line or a subheading, not a title), and so is a line
 * ending in a colon ("**Key features:**"), which introduces what follows.
 */
import type { Paragraph } from 'mdast';
import type { Block } from './types.js';

/** A title is a few words: a longer bold line is a sentence set in bold. */
const TITLE_WORDS = 8;

/** A paragraph of one line that is all bold ("**Tenets**", "**3. What we learned**"): the form of a title line, whatever its length. */
export function isBoldLineAlone(b: Block): boolean {
  if (b.type !== 'paragraph' || !b.node.position || b.node.position.start.line !== b.node.position.end.line) return false;
  const kids = (b.node as Paragraph).children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return kids.length === 1 && kids[0].type === 'strong';
}

export function isTitleLine(b: Block): boolean {
  if (!isBoldLineAlone(b)) return false;
  const t = b.plain.trim();
  // The words after a section's number: "3. What we learned from the North Fork trial" is eight words long.
  const words = t.replace(/^(?:\d{1,2}|[IVX]{1,4})[.)]\s+/, '');
  return !!t && words.split(/\s+/).length <= TITLE_WORDS && !/[.!?:;,]["”’)]*$/.test(t);
}

/**
 * The depth of each block that opens a section: a heading's own, and for a
 * title line one under the heading above it (a bold line is a sub-heading of
 * where it stands; 2 under no heading, below a document title's 1).
 */
export function titleDepths(blocks: Block[]): Array<number | undefined> {
  let above = 1;
  return blocks.map((b) => {
    if (b.type === 'heading') return (above = b.depth ?? 1);
    return isTitleLine(b) ? Math.min(6, above + 1) : undefined;
  });
}

/**
 * A README's centred title written in HTML: one `<h1 align="center">Name</h1>`
 * (or `<h2>`…`<h6>`, or a `<p>` holding a line of text) as the whole block.
 * The block stays an HTML block (filler to every other reader, with its id
 * and place unchanged); only the press release's headline and subheading
 * read its words (engine/model/pressRelease.ts). Returns the words and the
 * element's level (0 for `<p>`), or null for any other HTML: images,
 * comments, badges, several elements.
 */
export function htmlTitle(b: Block): { text: string; level: number } | null {
  if (b.type !== 'html') return null;
  const v = (b.node as { value?: string }).value ?? '';
  const m = /^\s*<(h[1-6]|p)\b[^>]*>([\s\S]*?)<\/\1>\s*$/i.exec(v);
  if (!m || /<(?:h[1-6]|p|div|img|table)\b/i.test(m[2])) return null;
  const text = m[2].replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
  if (!text || text.split(' ').length > 30) return null;
  return { text, level: m[1].toLowerCase() === 'p' ? 0 : Number(m[1][1]) };
}
