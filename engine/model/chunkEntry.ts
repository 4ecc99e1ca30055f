/**
 * One parsed chunk of a document (see chunks.ts): its tree, blocks and prose
 * spans, and how they move when the text before the chunk changes. Kept
 * apart from the cache and the document assembly so each reads on its own.
 */
import type { Root, RootContent } from 'mdast';
import { collectBlocks, collectProse } from './blocks.js';
import type { Chunk } from './cutting.js';
import { definitionsIn, type Definition } from './definitions.js';
import { endPoint } from './lines.js';
import { shiftInPlace } from './shift.js';
import { parseFlat } from './markdown.js';
import type { Block, ProseSpan } from './types.js';

/** One parsed chunk, with what the model needs from it, at its last position. */
export interface ChunkEntry {
  /**
   * Top-level nodes, positioned where the chunk was parsed (`nodesOffset`/
   * `nodesLine`), which is not where it is now once text before it changed.
   */
  nodes: RootContent[];
  nodesOffset: number;
  nodesLine: number;
  rootEnd: { line: number; column: number; offset: number };
  offset: number;
  line: number;
  defs: Definition[];
  blocks: Block[];
  spans: ProseSpan[];
  /** Generation of the last review that used it. */
  used: number;
  /** The last block runs into the blank lines that end the chunk: something the cut did not see is still open. */
  swallows: boolean;
  /** Every definition appended for the parse came out as a definition. */
  defsParsed: boolean;
}

/** `document` is the whole flattened text (what the parser saw), `flat` this chunk of it. */
export function parseChunk(document: string, flat: string, defs: string, chunk: Chunk): ChunkEntry {
  const root = parseFlat(defs ? `${flat}\n\n${defs}\n` : flat);
  const nodes = defs ? root.children.filter((n) => (n.position?.start.offset ?? 0) < flat.length) : root.children;
  const end = root.position?.end;
  const rel = defs || !end ? endPoint(flat) : { line: end.line, column: end.column, offset: end.offset ?? flat.length };
  let lastContent = flat.length;
  while (lastContent > 0 && /[ \t\r\n]/.test(flat[lastContent - 1])) lastContent--;
  const lastNode = nodes[nodes.length - 1];
  const swallows = !!lastNode && (lastNode.position?.end.offset ?? 0) > lastContent;
  const appended = root.children.slice(nodes.length);
  const defsParsed = !defs || (appended.length === defs.split('\n\n').length && appended.every((n) => n.type === 'definition' || n.type === 'footnoteDefinition'));
  // A fresh tree belongs to nobody yet: position it in place.
  shiftInPlace(nodes, chunk.start, chunk.line);
  const local: Root = { type: 'root', children: nodes };
  const blocks = collectBlocks(local, 0);
  const spans = collectProse(document, blocks, 0);
  return {
    nodes,
    nodesOffset: chunk.start,
    nodesLine: chunk.line,
    rootEnd: { line: rel.line + chunk.line, column: rel.column, offset: rel.offset + chunk.start },
    offset: chunk.start,
    line: chunk.line,
    defs: definitionsIn(local),
    blocks,
    spans,
    used: 0,
    swallows,
    defsParsed,
  };
}

/**
 * Re-position a chunk's blocks and spans at `offset`/`line` (its nodes stay
 * where they were parsed: see `ParsedDocument.root`). Blocks and segment
 * arrays are copied, never changed in place: an older model may still hold
 * the previous ones.
 */
export function moveChunk(e: ChunkEntry, offset: number, line: number): void {
  const dOffset = offset - e.offset;
  const dLine = line - e.line;
  if (dOffset === 0 && dLine === 0) return;
  e.rootEnd = { ...e.rootEnd, line: e.rootEnd.line + dLine, offset: e.rootEnd.offset + dOffset };
  e.blocks = e.blocks.map((b) => blockAt(b, b.index, b.start + dOffset, b.end + dOffset));
  e.spans = e.spans.map((s) => ({
    id: s.id,
    text: s.text,
    segments: s.segments.map(([t, d, l]) => [t, d + dOffset, l] as [number, number, number]),
    block: s.block,
    element: s.element,
    context: s.context,
  }));
  e.offset = offset;
  e.line = line;
}

/**
 * A copy of `b` at another index and offsets. Spelled out rather than
 * spread: this runs for every block on every keystroke, and V8 copies with
 * `...` far more slowly than it builds an object of a known shape.
 */
export function blockAt(b: Block, index: number, start: number, end: number): Block {
  return { id: b.id, index, type: b.type, node: b.node, depth: b.depth, start, end, plain: b.plain };
}
