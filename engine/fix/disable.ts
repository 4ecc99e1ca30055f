/**
 * The two silencing fixes every rule gets (contract: Silencing):
 * `<!-- prfaq-disable-next-line RULE -->` above the finding's line, and
 * `<!-- prfaq-disable-file RULE -->` at the top of the document (after
 * front matter). The comment must land where the parser still sees it as an
 * HTML comment and where it does not change the document's structure:
 * - a line that starts a block or a list item gets the comment on its own
 *   line above, indented like the item's content and keeping `>` markers,
 *   so a list stays one list and a quote stays one quote;
 * - a continuation line of a paragraph gets the comment at the end of the
 *   line before it (an inline comment), so the paragraph is not split;
 * - a table row gets a disable/enable pair around the table.
 */
import type { ListItem, Nodes } from 'mdast';
import type { DocModel } from '../model/types.js';
import type { Fix } from '../rules/types.js';
import { eol, lineBounds } from './edits.js';

interface Container {
  node: Nodes;
  start: number;
  end: number;
  parent?: Container;
  index: number;
}

function shiftOf(model: DocModel): number {
  return model.text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** The innermost nodes around `offset`, outermost first. */
function pathAt(model: DocModel, offset: number): Container[] {
  const shift = shiftOf(model);
  const path: Container[] = [];
  let children = model.root.children as Nodes[];
  let parent: Container | undefined;
  for (;;) {
    const i = children.findIndex((c) => c.position && c.position.start.offset! + shift <= offset && offset <= c.position.end.offset! + shift);
    if (i < 0) return path;
    const node = children[i];
    const c: Container = { node, start: node.position!.start.offset! + shift, end: node.position!.end.offset! + shift, parent, index: i };
    path.push(c);
    if (!('children' in node) || node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableRow') return path;
    children = node.children as Nodes[];
    parent = c;
  }
}

/** `> - text` → `>   `: the prefix that puts a new line at the same place in the same containers. */
function containerPrefix(linePrefix: string): string {
  return linePrefix.replace(/[^>\t]/g, ' ');
}

export function disableLineFix(model: DocModel, rule: string, offset: number): Fix {
  const text = model.text;
  const nl = eol(text);
  const line = lineBounds(text, offset);
  const comment = `<!-- prfaq-disable-next-line ${rule} -->`;
  const title = `Disable ${rule} for this line`;
  const path = pathAt(model, offset);
  const table = path.find((c) => c.node.type === 'table');
  if (table) {
    const open = lineBounds(text, table.start);
    const pre = containerPrefix(text.slice(open.start, table.start));
    const close = lineBounds(text, table.end);
    return {
      title: `Disable ${rule} for this table`,
      edits: [
        { start: open.start, end: open.start, newText: `${pre}<!-- prfaq-disable ${rule} -->${nl}` },
        { start: close.end, end: close.end, newText: `${nl}${pre}<!-- prfaq-enable ${rule} -->` },
      ],
    };
  }
  // Which element does this line start, if any?
  const starts = path.filter((c) => lineBounds(text, c.start).start === line.start);
  const leaf = path[path.length - 1];
  if (leaf && starts.length === 0 && (leaf.node.type === 'paragraph' || leaf.node.type === 'heading') && line.start > leaf.start) {
    // A continuation line: end the previous line of the same paragraph with the comment.
    let prevEnd = line.start - 1;
    if (text[prevEnd] === '\n' && text[prevEnd - 1] === '\r') prevEnd--;
    let at = prevEnd;
    while (at > 0 && /[ \t]/.test(text[at - 1])) at--;
    // A hard break ("  " or "\") must stay at the line's end: put the comment before it.
    if (text[at - 1] === '\\') at--;
    return { title, edits: [{ start: at, end: at, newText: ` ${comment}` }] };
  }
  // Own line above. Inside a list item that is not its list's first, indent
  // to the previous item's content so the comment joins that item.
  const item = [...starts].reverse().find((c) => c.node.type === 'listItem');
  let prefix = containerPrefix(text.slice(line.start, starts[0] ? starts[0].start : offset));
  if (item && item.index > 0 && item.parent) {
    const prev = (item.parent.node as { children: ListItem[] }).children[item.index - 1];
    const firstChild = prev.children[0];
    if (firstChild?.position) {
      const col = firstChild.position.start.offset! + shiftOf(model) - lineBounds(text, firstChild.position.start.offset! + shiftOf(model)).start;
      const own = text.slice(line.start, line.end);
      prefix = containerPrefix(own.slice(0, col).padEnd(col, ' '));
    }
  } else if (item) {
    prefix = containerPrefix(text.slice(line.start, item.start));
  }
  return { title, edits: [{ start: line.start, end: line.start, newText: `${prefix}${comment}${nl}` }] };
}

export function disableFileFix(model: DocModel, rule: string): Fix {
  const text = model.text;
  const nl = eol(text);
  let at = shiftOf(model);
  if (model.frontMatter) {
    const end = lineBounds(text, model.frontMatter.span.end).end;
    at = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : text[end] === '\n' || text[end] === '\r' ? 1 : 0);
    if (at === end) return { title: `Disable ${rule} for this file`, edits: [{ start: at, end: at, newText: `${nl}${nl}<!-- prfaq-disable-file ${rule} -->` }] };
  }
  const blankAfter = at >= text.length || /^[ \t]*(?:\r?\n|\r|$)/.test(text.slice(at, at + 200));
  return { title: `Disable ${rule} for this file`, edits: [{ start: at, end: at, newText: `<!-- prfaq-disable-file ${rule} -->${nl}${blankAfter ? '' : nl}` }] };
}
