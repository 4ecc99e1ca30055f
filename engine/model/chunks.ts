/**
 * Incremental parsing. A document is cut into top-level chunks at places
 * where no Markdown construct can run across the cut; each chunk is parsed
 * on its own and its tree, blocks and prose spans are cached by its text,
 * so an edit re-parses only the chunk it touched. The result is the tree a
 * whole-document parse gives (test/unit/incremental.test.ts holds us to it).
 *
 * A cut goes before a line that follows a blank line, starts at column 0 and
 * cannot continue what came before: not a list marker, `>`, `|`, indent or
 * `-`, and not inside a fenced code block, an HTML block that only its end
 * marker closes (comments, `<script>`, `<pre>`…) or the front matter.
 * The one thing that reaches across blocks, a link or footnote definition,
 * is handed to the chunks that might use it (see "Definitions reach across chunks" in `parseDocument`, and definitions.ts).
 */
import type { Root, RootContent } from 'mdast';
import { collectBlocks, collectProse } from './blocks.js';
import { cut, splitChunks, type Chunk, type Split } from './cutting.js';
import { blockAt, moveChunk, parseChunk, type ChunkEntry } from './chunkEntry.js';
import { labelsIn, type Definition } from './definitions.js';
import { shiftTree } from './shift.js';
import { flattenDeepNesting, parseFlat } from './markdown.js';
import type { Block, ProseSpan } from './types.js';

export { splitChunks, type Chunk };


/**
 * Parsed chunks of one document (or of any texts: keys are the chunk texts).
 * Entries not used by the last two parses are dropped, so the cache holds
 * about one document's worth.
 */
export class ChunkCache {
  private readonly entries = new Map<string, ChunkEntry>();
  private generation = 0;
  /** Chunks parsed / reused by the last parse (benchmark and tests). */
  stats = { parsed: 0, reused: 0, chunks: 0 };
  /** @internal How the last text seen was cut, so the next can be cut again only around its change. */
  last: Split | null = null;

  /** @internal `original` (BOM-less) cut into chunks, remembered for the next text (see `cut`). */
  cut(original: string): Split {
    return (this.last = cut(original, this.last));
  }

  get size(): number {
    return this.entries.size;
  }

  /** @internal */ begin(): number {
    this.stats = { parsed: 0, reused: 0, chunks: 0 };
    return ++this.generation;
  }

  /** @internal */ get(key: string): ChunkEntry | undefined {
    const e = this.entries.get(key);
    if (e) e.used = this.generation;
    return e;
  }

  /** @internal */ set(key: string, e: ChunkEntry): void {
    e.used = this.generation;
    this.entries.set(key, e);
  }

  /** @internal */ sweep(): void {
    for (const [k, e] of this.entries) if (e.used < this.generation - 1) this.entries.delete(k);
  }

  clear(): void {
    this.entries.clear();
    this.last = null;
  }
}

export interface ParsedDocument {
  /**
   * The whole tree, every position in place. Built on first use: a review
   * reads blocks and spans, and only the preview and some quick fixes walk
   * the tree, so a keystroke need not copy the trees of all the chunks after
   * it to move their positions.
   */
  readonly root: Root;
  blocks: Block[];
  prose: ProseSpan[];
}

/**
 * Parse `source` (the document, BOM included) into its tree, top-level
 * blocks and prose spans. `shift` is 1 when `source` starts with a BOM.
 * Without a cache every chunk is parsed (still chunk by chunk, which costs
 * the same as one whole parse).
 */
export function parseDocument(source: string, shift: number, cache: ChunkCache = new ChunkCache()): ParsedDocument {
  const original = shift ? source.slice(1) : source;
  const { flat, flattened, chunks: candidates, keys: candidateKeys } = cache.cut(original);
  cache.begin();

  const lookup = (c: Chunk, at: number): { e: ChunkEntry; key: string } => {
    const key = candidates[at] === c ? candidateKeys[at] : flattened + original.slice(c.start, c.end);
    let e = cache.get(key);
    if (!e) {
      e = parseChunk(flat, flat.slice(c.start, c.end), '', c);
      cache.set(key, e);
      cache.stats.parsed++;
    } else cache.stats.reused++;
    return { e, key };
  };
  const chunks: Chunk[] = [];
  const entries: ChunkEntry[] = [];
  const keys: string[] = [];
  for (let i = 0; i < candidates.length; i++) {
    let c = candidates[i];
    let { e, key } = lookup(c, i);
    // A construct the cut did not see (a fence or comment whose opener hides
    // in a list, say) runs on through the chunk's end: the cut is wrong, so
    // join the following chunks (1, 2, 4… at a time, to stay linear).
    for (let more = 1; e.swallows && i + 1 < candidates.length; more *= 2) {
      i = Math.min(candidates.length - 1, i + more);
      c = { start: c.start, end: candidates[i].end, line: c.line, open: candidates[i].open };
      ({ e, key } = lookup(c, -1));
    }
    chunks.push(c);
    entries.push(e);
    keys.push(key);
  }
  cache.stats.chunks = chunks.length;

  // Definitions reach across chunks: a chunk that names one defined elsewhere is parsed with it.
  // Looked up by label, never by trying every definition on every chunk:
  // a document of thousands of definitions and references was quadratic.
  const byId = new Map<string, Array<{ d: Definition; order: number }>>();
  let order = 0;
  for (const e of entries) {
    for (const d of e.defs) {
      const same = byId.get(d.id);
      if (!same) byId.set(d.id, [{ d, order: order++ }]);
      else if (!same.some((x) => x.d.footnote === d.footnote)) same.push({ d, order: order++ }); // the first of each kind
    }
  }
  if (byId.size > 0 && chunks.length > 1) {
    for (let i = 0; i < chunks.length; i++) {
      const own = new Set(entries[i].defs.map((d) => d.id));
      const wanted: Array<{ d: Definition; order: number }> = [];
      for (const label of labelsIn(original, chunks[i].start, chunks[i].end)) {
        if (own.has(label)) continue;
        for (const x of byId.get(label) ?? []) wanted.push(x);
      }
      if (wanted.length === 0) continue;
      // In document order, so the key of a chunk's parse does not depend on where its references stand.
      const needed = wanted.sort((a, b) => a.order - b.order).map((x) => x.d);
      // A chunk ending inside a fence would swallow the appended definitions: parse whole.
      if (chunks[i].open || entries[i].swallows) return parseWhole(source, shift);
      const defs = needed.map((d) => (d.footnote ? `[^${d.label.replace(/\s+/g, ' ')}]: x` : `[${d.label.replace(/\s+/g, ' ')}]: #`)).join('\n\n');
      const key = `${keys[i]}\u0000${defs}`;
      let e = cache.get(key);
      if (!e) {
        e = parseChunk(flat, flat.slice(chunks[i].start, chunks[i].end), defs, chunks[i]);
        cache.set(key, e);
        cache.stats.parsed++;
      }
      if (!e.defsParsed) return parseWhole(source, shift);
      entries[i] = e;
    }
  }

  const blocks: Block[] = [];
  const prose: ProseSpan[] = [];
  const placed: Array<{ nodes: RootContent[]; dOffset: number; dLine: number }> = [];
  for (let i = 0; i < chunks.length; i++) {
    const e = entries[i];
    moveChunk(e, chunks[i].start, chunks[i].line);
    placed.push({ nodes: e.nodes, dOffset: e.offset - e.nodesOffset, dLine: e.line - e.nodesLine });
    const firstBlock = blocks.length;
    for (const b of e.blocks) blocks.push(blockAt(b, blocks.length, b.start, b.end));
    for (const s of e.spans) prose.push({ id: s.id, text: s.text, segments: s.segments, block: s.block + firstBlock, element: s.element, context: { region: 'preamble' } });
  }
  const end = { ...entries[entries.length - 1].rootEnd };
  // Block offsets and span segments include the BOM shift.
  if (shift) {
    for (const b of blocks) {
      b.start += shift;
      b.end += shift;
    }
    for (const s of prose) s.segments = s.segments.map(([t, d, l]) => [t, d + shift, l]);
  }
  cache.sweep();
  let root: Root | undefined;
  return {
    get root(): Root {
      if (!root) {
        // Copies, never the cached nodes changed in place: an older model may still hold those.
        const children: RootContent[] = [];
        for (const p of placed) for (const n of p.nodes) children.push(p.dOffset || p.dLine ? (shiftTree(n, p.dOffset, p.dLine) as RootContent) : n);
        root = { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
      }
      return root;
    },
    blocks,
    prose,
  };
}

/** The reference: one parse of the whole text (tests, and the rare case chunks cannot handle). */
export function parseWhole(source: string, shift: number): ParsedDocument {
  const original = shift ? source.slice(1) : source;
  const flat = flattenDeepNesting(original);
  const root = parseFlat(flat);
  const blocks = collectBlocks(root, shift);
  // Prose is aligned against the text the parser saw (same length as the
  // source): markers flattened past the nesting cap are in the tree's text.
  return { root, blocks, prose: collectProse(shift ? source[0] + flat : flat, blocks, shift) };
}


/**
 * Parse the chunks of `source` that `cache` lacks, one at a time, until
 * `stop()` says to pause. True when every chunk is parsed. The server calls
 * this in slices, so a newer edit can cancel a long document's review
 * between chunks; the review that follows finds the chunks parsed.
 */
export function warmChunks(source: string, cache: ChunkCache, stop: () => boolean): boolean {
  const original = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const { flat, chunks, keys } = cache.cut(original);
  for (let i = 0; i < chunks.length; i++) {
    if (cache.get(keys[i])) continue;
    cache.set(keys[i], parseChunk(flat, flat.slice(chunks[i].start, chunks[i].end), '', chunks[i]));
    if (stop()) return false;
  }
  return true;
}

