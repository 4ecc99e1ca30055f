/**
 * The document's Markdown tree → a safe HTML tree (hast), one entry per
 * top-level block. mdast-util-to-hast converts (raw HTML is dropped, never
 * passed through), hast-util-sanitize cleans with our strict schema, and
 * only then do we add `data-line` attributes (numbers we compute, so they
 * need no cleaning) for the preview to follow the editor's scroll.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import type { Image, ImageReference, Nodes as MdastNodes, Root } from 'mdast';
import { toHast, type State } from 'mdast-util-to-hast';
import { SANITIZE_SCHEMA } from './schema.js';

/** Elements that mark a line in the source: the preview scrolls to them. */
const LINE_MARKED = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'table', 'tr', 'hr']);

export interface SafeBlocks {
  /** Top-level safe elements keyed by the source offset of their mdast block (without a BOM). */
  byOffset: Map<number, Element>;
  /** What has no block of its own (the footnotes section). */
  trailing: Element[];
}

/** An image is never loaded: it becomes a marker with its alt text. */
function imageAlt(state: State, node: Image | ImageReference): Element {
  const alt = (node.alt ?? '').trim();
  const result: Element = {
    type: 'element',
    tagName: 'span',
    properties: { className: ['prfaq-image'] },
    children: [{ type: 'text', value: alt ? `[image: ${alt}]` : '[image]' }],
  };
  state.patch(node, result);
  return result;
}

export function toSafeBlocks(root: Root): SafeBlocks {
  const filtered: Root = { type: 'root', children: root.children.filter((c) => c.type !== 'yaml') };
  const hast = toHast(filtered as MdastNodes, {
    allowDangerousHtml: false,
    handlers: { image: imageAlt, imageReference: imageAlt },
    // Anything a future plugin adds that we do not know: dropped.
    unknownHandler: () => undefined,
  }) as HastRoot;
  const clean = sanitize(hast, SANITIZE_SCHEMA) as HastRoot;
  const byOffset = new Map<number, Element>();
  const trailing: Element[] = [];
  for (const child of clean.children) {
    if (child.type !== 'element') continue;
    markLines(child);
    const offset = child.position?.start.offset;
    if (offset === undefined) trailing.push(child);
    else byOffset.set(offset, child);
  }
  return { byOffset, trailing };
}

/** `data-line` (0-based source line) on every block-level element, depth-first, without recursion limits. */
export function markLines(top: Element): void {
  const stack: Element[] = [top];
  while (stack.length) {
    const el = stack.pop()!;
    const line = el.position?.start.line;
    if (line !== undefined && LINE_MARKED.has(el.tagName)) el.properties.dataLine = line - 1;
    if (el.tagName === 'a' && typeof el.properties.href === 'string' && /^(?:https?|mailto):/i.test(el.properties.href)) {
      el.properties.rel = ['noopener', 'noreferrer'];
    }
    for (const c of el.children) if (c.type === 'element') stack.push(c);
  }
}

/** The text a reader sees in a node. */
export function textOf(node: HastContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  let s = '';
  for (const c of node.children) s += textOf(c);
  return s;
}
