/**
 * Markdown → mdast with micromark and mdast-util-from-markdown (what
 * remark-parse runs): CommonMark + GFM + YAML front matter. Parsing is the
 * only step we run, since the review reads the tree and never serialises it.
 *
 * Each syntax extension costs time on every piece of text, whether or not
 * the text uses it: GFM's literal autolinks alone try an e-mail address at
 * every letter and then search every text node for URLs, which made them
 * the dearest part of the parse. But each one can only produce something
 * when a character it needs is present — no `|`, no table; no `@`, `www`,
 * `http` or character reference, no literal autolink — so a text is parsed
 * with exactly the extensions it could use. The tree is the one all of them
 * would give (test/unit/markdown.test.ts compares both on every fixture).
 */
import { fromMarkdown, type Extension as MdastExtension } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import type { Link, Nodes, Root } from 'mdast';
import { LineIndex } from './lines.js';
import { plainParagraph } from './plain.js';

interface Feature {
  /** Could `text` contain this syntax? Must never say no when it does. */
  mayUse(text: string): boolean;
  syntax: MicromarkExtension;
  tree: MdastExtension;
}

/** In remark-gfm's order, then front matter (as remark-frontmatter adds it). */
const FEATURES: Feature[] = [
  // `www.`, `http(s)://`, e-mail (`@`); `&` because the URL search reads decoded text, where `&#64;` is an `@`.
  { mayUse: (t) => /www|http|[@&]/i.test(t), syntax: gfmAutolinkLiteral(), tree: gfmAutolinkLiteralFromMarkdown() },
  { mayUse: (t) => t.includes('[^'), syntax: gfmFootnote(), tree: gfmFootnoteFromMarkdown() },
  { mayUse: (t) => t.includes('~'), syntax: gfmStrikethrough(), tree: gfmStrikethroughFromMarkdown() },
  { mayUse: (t) => t.includes('|'), syntax: gfmTable(), tree: gfmTableFromMarkdown() },
  // `[ ]`, `[x]`, `[X]`; micromark reads a CRLF inside the brackets as one space.
  { mayUse: (t) => /\[(?:\r\n|[\s xX])\]/.test(t), syntax: gfmTaskListItem(), tree: gfmTaskListItemFromMarkdown() },
  { mayUse: (t) => /^\uFEFF?---/.test(t), syntax: frontmatter(['yaml']), tree: frontmatterFromMarkdown(['yaml']) },
];

/** Parse options per set of features (a bit mask), built on first use. */
const optionsByMask = new Map<number, { extensions: MicromarkExtension[]; mdastExtensions: MdastExtension[] }>();

function optionsFor(text: string, all = false) {
  let mask = 0;
  for (let i = 0; i < FEATURES.length; i++) if (all || FEATURES[i].mayUse(text)) mask |= 1 << i;
  let options = optionsByMask.get(mask);
  if (!options) {
    const used = FEATURES.filter((_, i) => mask & (1 << i));
    options = { extensions: used.map((f) => f.syntax), mdastExtensions: used.map((f) => f.tree) };
    optionsByMask.set(mask, options);
  }
  return options;
}

/**
 * Pathologically nested containers (thousands of `>` or `-` levels, or list
 * items indented hundreds of columns deep) make the parser's work grow with
 * the square of the depth. Nobody writes prose 100 levels deep, so past that
 * we hide the extra container markers from the parser. Each becomes a
 * zero-width space: one UTF-16 unit like the marker, so every offset stays
 * where it was, and not whitespace, so the text after it stays prose.
 */
const MAX_NESTING = 100;
const DEEP_MARKERS = new RegExp(`(?:(?:[>*+-]|\\d{1,9}[.)])[ \\t]*){${MAX_NESTING}}`);
const DEEP_INDENT = new RegExp(`^[ \\t]{${2 * MAX_NESTING}}`, 'm');

/** Does `text` nest deeper than the parser is shown? (Each match lies within one line.) */
export function nestsTooDeep(text: string): boolean {
  return DEEP_MARKERS.test(text) || DEEP_INDENT.test(text);
}

export function flattenDeepNesting(text: string): string {
  if (!nestsTooDeep(text)) return text;
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
      // `>`, bullets, and the `.` or `)` that ends an ordered marker (`1.`).
      if (ch === '>' || ch === '-' || ch === '*' || ch === '+' || ch === '.' || ch === ')') depth++;
      const tooDeep = depth > MAX_NESTING || column >= 2 * MAX_NESTING;
      out += tooDeep ? '\u200B' : ch;
      column++;
    }
    return out;
  });
}

/**
 * Parse text already passed through `flattenDeepNesting` (chunks.ts
 * flattens once per document). A chunk that is one plain paragraph gets
 * its tree without the parser (plain.ts). `allFeatures`: the parser with
 * every extension, whether the text needs it or not (the tests compare).
 */
export function parseFlat(text: string, allFeatures = false): Root {
  const plain = allFeatures ? null : plainParagraph(text);
  if (plain) return plain;
  const root = fromMarkdown(text, optionsFor(text, allFeatures));
  restorePositions(root, text);
  return root;
}

/**
 * GFM's literal-autolink pass ("(see https://…)") replaces a text node with
 * new text and link nodes that carry no position. Give them theirs back: the
 * link's text is in the source as written, and the text around it fills the
 * gaps. Without this, prose in such a paragraph would map to offset 0.
 */
function restorePositions(root: Root, text: string): void {
  let index: LineIndex | null = null;
  const point = (offset: number) => {
    index ??= new LineIndex(text);
    const p = index.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1, offset };
  };
  const place = (node: Nodes, start: number, end: number) => {
    node.position = { start: point(start), end: point(end) };
  };
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    if (!('children' in parent)) continue;
    const children = parent.children as Nodes[];
    for (let i = 0; i < children.length; i++) {
      stack.push(children[i]);
      if (children[i].position || !parent.position) continue;
      // A run of unpositioned siblings between positioned ones (or the parent's edges).
      let j = i;
      while (j < children.length && !children[j].position) j++;
      let cursor = i > 0 ? children[i - 1].position!.end.offset! : parent.position.start.offset!;
      const limit = j < children.length ? children[j].position!.start.offset! : parent.position.end.offset!;
      for (let k = i; k < j; k++) {
        const node = children[k];
        if (node.type === 'text') {
          // Up to the next link's text, or the end of the run.
          const next = children.slice(k + 1, j).find((n) => n.type === 'link') as Link | undefined;
          const at = next ? linkStart(next, text, cursor, limit) : limit;
          if (at < 0) break;
          place(node, cursor, at);
          cursor = at;
        } else if (node.type === 'link') {
          const at = linkStart(node, text, cursor, limit);
          if (at < 0) break;
          const label = linkText(node);
          place(node, at, at + label.length);
          for (const c of node.children) if (!c.position) place(c, at, at + label.length);
          cursor = at + label.length;
        } else break;
      }
      i = j - 1;
    }
  }
}

function linkText(link: Link): string {
  return link.children.map((c) => ('value' in c ? c.value : '')).join('');
}

function linkStart(link: Link, text: string, from: number, limit: number): number {
  const label = linkText(link);
  const at = label ? text.indexOf(label, from) : -1;
  return at >= 0 && at + label.length <= limit ? at : -1;
}
