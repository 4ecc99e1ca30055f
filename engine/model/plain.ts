/**
 * The tree of a paragraph that holds no Markdown at all, without running
 * the parser. Most chunks of a draft are plain sentences; micromark still
 * walks them character by character through every construct it knows, and
 * that was a tenth of a full review. For a chunk this module can prove is
 * one plain paragraph, the tree is known: a paragraph holding one text
 * node whose value is the chunk without its trailing blank lines.
 *
 * "Prove" is deliberately narrow. Anything that might start a construct
 * sends the chunk to the parser:
 * - anywhere: `\` `` ` `` `*` `_` `[` `]` `<` `>` `&` (escapes, code,
 *   emphasis, links, HTML and autolinks, entities), `|` `~` `@`, `www`,
 *   `http` (the GFM extensions), CR, tab and NUL (which the parser
 *   rewrites or measures differently);
 * - a space or tab at the end of a line (a hard break, or whitespace the
 *   parser strips from the text);
 * - a line that does not start with a letter, a quotation mark or an
 *   opening parenthesis: headings, lists, quotes, fences, thematic breaks,
 *   setext underlines, indented code and front matter all start otherwise.
 * test/unit/markdown.test.ts checks the tree against the parser's on every
 * fixture and corpus chunk and on generated text full of near-misses.
 */
import type { Root } from 'mdast';
import type { Point } from 'unist';
import { endPoint } from './lines.js';

/** Whatever could make the text more than one plain paragraph (see above). */
const NOT_PLAIN = /[\\`*_[\]<>&|~@\r\t\0]|www|http| \n| $|(?:^|\n)(?![\p{L}"'“‘(])/iu;

/** The parser's tree for `text` if it is one plain paragraph, else null. */
export function plainParagraph(text: string): Root | null {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  if (end === 0) return null;
  const content = end === text.length ? text : text.slice(0, end);
  if (NOT_PLAIN.test(content)) return null;
  const start = (): Point => ({ line: 1, column: 1, offset: 0 });
  const contentEnd = endPoint(content);
  const rootEnd = end === text.length ? { ...contentEnd } : endPoint(text);
  return {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [{ type: 'text', value: content, position: { start: start(), end: { ...contentEnd } } }],
        position: { start: start(), end: contentEnd },
      },
    ],
    position: { start: start(), end: rootEnd },
  };
}
