/**
 * Markdown → mdast with remark (CommonMark + GFM tables + YAML front matter).
 * The processor is built once; parsing is the only step we run, since the
 * review reads the tree and never serialises it back.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/**
 * Pathologically nested containers (thousands of `>` or `-` levels, or list
 * items indented hundreds of columns deep) make the parser's work grow with
 * the square of the depth. Nobody writes prose 100 levels deep, so past that
 * we hide the extra container markers from the parser. Each becomes a
 * zero-width space: one UTF-16 unit like the marker, so every offset stays
 * where it was, and not whitespace, so the text after it stays prose.
 */
const MAX_NESTING = 100;
const DEEP_MARKERS = new RegExp(`(?:[>*+-][ \\t]*){${MAX_NESTING}}`);
const DEEP_INDENT = new RegExp(`^[ \\t]{${2 * MAX_NESTING}}`, 'm');

export function flattenDeepNesting(text: string): string {
  if (!DEEP_MARKERS.test(text) && !DEEP_INDENT.test(text)) return text;
  return text.replace(/^[ \t>*+\-0-9.)]*/gm, (prefix) => {
    let depth = 0;
    let column = 0;
    let out = '';
    for (const ch of prefix) {
      if (ch === ' ' || ch === '\t') {
        column += ch === '\t' ? 4 : 1;
        out += ch;
        continue;
      }
      if (ch === '>' || ch === '-' || ch === '*' || ch === '+') depth++;
      const tooDeep = depth > MAX_NESTING || column >= 2 * MAX_NESTING;
      out += tooDeep ? '\u200B' : ch;
      column++;
    }
    return out;
  });
}

export function parseMarkdown(text: string): Root {
  return processor.parse(flattenDeepNesting(text)) as Root;
}
