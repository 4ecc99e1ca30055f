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
 * is handed to the chunks that might use it (see `withDefinitions`).
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { collectBlocks, collectProse } from './blocks.js';
import { countLines, endPoint } from './lines.js';
import { flattenDeepNesting, nestsTooDeep, parseFlat } from './markdown.js';
import { firstNotBefore } from './sorted.js';
import type { Block, ProseSpan } from './types.js';

export interface Chunk {
  /** Offset in the (BOM-less) text. */
  start: number;
  end: number;
  /** 0-based line of `start`. */
  line: number;
  /** The chunk ends inside a fence or an HTML block (only possible for the last one). */
  open: boolean;
}

const LIST_MARKER = /^(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HTML_ENDS: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** Cut `text` (already without BOM) into chunks. */
export function splitChunks(text: string): Chunk[] {
  // Front matter: nothing is cut before its closing fence; unclosed, nothing at all.
  if (/^---[ \t]*(?:\r\n|\r|\n)/.test(text)) {
    const close = /(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/.exec(text.slice(3));
    if (!close) return [{ start: 0, end: text.length, line: 0, open: true }];
    const after = 3 + close.index + close[0].length;
    // The first line after the front matter stays with it.
    return scan(text, { start: 0, line: 0 }, after, countLines(text, 0, after), false).chunks;
  }
  return scan(text, { start: 0, line: 0 }, 0, 0, true).chunks;
}

/**
 * The cutting itself, from `pos` (line `line`) inside a chunk that began at
 * `first`, with nothing open. `stop(cut)` may end the scan at a cut: the
 * chunks up to it are returned and `stoppedAt` is the cut's index in `text`
 * (its line in `stoppedLine`); otherwise `stoppedAt` is -1.
 */
function scan(
  text: string,
  first: { start: number; line: number },
  pos: number,
  line: number,
  canCut: boolean,
  stop?: (cut: number) => boolean,
): { chunks: Chunk[]; stoppedAt: number; stoppedLine: number } {
  const chunks: Chunk[] = [];
  let chunkStart = first.start;
  let chunkLine = first.line;
  let prevBlank = false;
  let fence: { char: string; len: number } | null = null;
  let html: RegExp | null = null;
  let htmlName = '';

  while (pos < text.length) {
    let eol = pos;
    while (eol < text.length && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    const next = eol < text.length ? (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1) : eol;
    const content = text.slice(pos, eol);
    const blank = /^[ \t]*$/.test(content);
    let f: RegExpExecArray | null = null;

    if (fence) {
      const m = FENCE.exec(content);
      if (m && m[1][0] === fence.char && m[1].length >= fence.len && /^[ \t]*$/.test(m[2])) fence = null;
    } else if (html) {
      if (html.test(content) && (!htmlName || new RegExp(`</${htmlName}>`, 'i').test(content))) html = null;
    } else {
      if (!blank && canCut && prevBlank && pos > chunkStart && isCutLine(content)) {
        chunks.push({ start: chunkStart, end: pos, line: chunkLine, open: false });
        if (stop?.(pos)) return { chunks, stoppedAt: pos, stoppedLine: line };
        chunkStart = pos;
        chunkLine = line;
      }
      // Only a line starting with a space, a backtick, a tilde or `<` can open a fence or an HTML block.
      const c0 = content.charCodeAt(0);
      if (c0 !== 32 && c0 !== 96 && c0 !== 126 && c0 !== 60) {
        // nothing opens here
      } else if ((f = FENCE.exec(content)) && !(f[1][0] === '`' && f[2].includes('`'))) {
        fence = { char: f[1][0], len: f[1].length };
      } else {
        for (const [open, end] of HTML_ENDS) {
          const o = open.exec(content);
          if (!o) continue;
          htmlName = open === HTML_ENDS[0][0] ? o[1] : '';
          // The end marker may sit on the opening line, after the opener.
          const rest = content.slice(o.index + o[0].length);
          if (!(end.test(rest) && (!htmlName || new RegExp(`</${htmlName}>`, 'i').test(rest)))) html = end;
          break;
        }
      }
    }
    canCut = true;
    prevBlank = blank && !fence && !html;
    pos = next;
    line++;
  }
  chunks.push({ start: chunkStart, end: text.length, line: chunkLine, open: fence !== null || html !== null });
  return { chunks, stoppedAt: -1, stoppedLine: -1 };
}

function isCutLine(content: string): boolean {
  const c = content.charCodeAt(0);
  // space, tab, '>', '|', '-', '*', '+'
  if (c === 32 || c === 9 || c === 62 || c === 124 || c === 45 || c === 42 || c === 43) return false;
  // U+FEFF: the parser drops it at the start of its input only, so a chunk
  // starting with one would read differently from the whole document.
  if (c === 0xfeff) return false;
  return !LIST_MARKER.test(content);
}

/** Same normalisation as micromark's `normalizeIdentifier`. */
function normalizeLabel(value: string): string {
  return value.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase();
}

/**
 * The normalised labels text[from, to) could refer to: what stands between
 * a `[` and the next `]` (`[label]`, `[text][label]`, `![alt][label]`), and
 * for a footnote `[^note]` the label without its caret. A superset of the
 * references the parser resolves (brackets inside code count too), found in
 * one pass. The container markers of continuation lines (`> `) are also
 * dropped from a label, as the parser does not see them.
 */
function labelsIn(text: string, from: number, to: number): Set<string> {
  const out = new Set<string>();
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* backslash: the next character is escaped */) i++;
    else if (c === 91 /* [ */) open = i + 1;
    else if (c === 93 /* ] */ && open >= 0) {
      const raw = text.slice(open, i);
      open = -1;
      for (const variant of /[\r\n]/.test(raw) ? [raw, raw.replace(/([\r\n])[ \t>]*/g, '$1')] : [raw]) {
        const label = normalizeLabel(variant);
        out.add(label);
        if (label.startsWith('^')) out.add(label.slice(1));
      }
    }
  }
  return out;
}

interface Definition {
  label: string;
  footnote: boolean;
  id: string;
}

/** One parsed chunk, with what the model needs from it, at its last position. */
interface ChunkEntry {
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
    move(e, chunks[i].start, chunks[i].line);
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

/** `document` is the whole flattened text (what the parser saw), `flat` this chunk of it. */
function parseChunk(document: string, flat: string, defs: string, chunk: Chunk): ChunkEntry {
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

function shiftInPlace(nodes: Nodes[], dOffset: number, dLine: number): void {
  if (dOffset === 0 && dLine === 0) return;
  const stack: Nodes[] = [...nodes];
  while (stack.length) {
    const n = stack.pop()!;
    // New point objects, never changed ones: a plugin may share them between nodes.
    if (n.position) n.position = movePosition(n.position, dOffset, dLine);
    if ('children' in n) for (const c of n.children) stack.push(c as Nodes);
  }
}

function definitionsIn(root: Root): Definition[] {
  const out: Definition[] = [];
  const stack: Nodes[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'definition' || n.type === 'footnoteDefinition') {
      const label = n.label ?? n.identifier;
      out.push({ label, footnote: n.type === 'footnoteDefinition', id: normalizeLabel(label) });
    }
    if ('children' in n) for (const c of n.children) stack.push(c as Nodes);
  }
  return out;
}

/**
 * Re-position a chunk's blocks and spans at `offset`/`line` (its nodes stay
 * where they were parsed: see `ParsedDocument.root`). Blocks and segment
 * arrays are copied, never changed in place: an older model may still hold
 * the previous ones.
 */
function move(e: ChunkEntry, offset: number, line: number): void {
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
function blockAt(b: Block, index: number, start: number, end: number): Block {
  return { id: b.id, index, type: b.type, node: b.node, depth: b.depth, start, end, plain: b.plain };
}

/** A copy of `node` with every position moved (iterative: nesting depth is the writer's). */
function shiftTree(node: Nodes, dOffset: number, dLine: number): Nodes {
  const copy = (n: Nodes): Nodes => {
    const c = { ...n } as Nodes;
    if (n.position) c.position = movePosition(n.position, dOffset, dLine);
    return c;
  };
  const top = copy(node);
  const stack: Nodes[] = [top];
  while (stack.length) {
    const n = stack.pop()!;
    if (!('children' in n)) continue;
    const children = (n.children as Nodes[]).map(copy);
    (n as { children: Nodes[] }).children = children;
    for (const c of children) stack.push(c);
  }
  return top;
}

function movePosition(p: NonNullable<Nodes['position']>, dOffset: number, dLine: number): NonNullable<Nodes['position']> {
  return {
    start: { line: p.start.line + dLine, column: p.start.column, offset: p.start.offset === undefined ? undefined : p.start.offset + dOffset },
    end: { line: p.end.line + dLine, column: p.end.column, offset: p.end.offset === undefined ? undefined : p.end.offset + dOffset },
  };
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

/** A text (BOM-less) cut into chunks, with each chunk's cache key. */
interface Split {
  original: string;
  /** `original` with nesting past the cap flattened (usually the same string). */
  flat: string;
  flattened: 'F' | 'N';
  chunks: Chunk[];
  keys: string[];
}

/**
 * Cut `original` into chunks. With the cut of the text seen before, only the
 * stretch around the change is cut again: everything before the chunk ahead
 * of it is the same text, and from the first cut inside the unchanged end
 * that the old text also had, nothing is open at the cut and the text after
 * it is the same, so the old chunks follow, moved. The key strings are
 * reused too, so looking them up does not hash the text again. A keystroke
 * in a 200-page document thus no longer scans the whole text three times
 * (flattening check, cutting, keys).
 */
function cut(original: string, last: Split | null): Split {
  const again = last ? cutAgain(original, last) : null;
  if (again) return again;
  const flat = flattenDeepNesting(original);
  const flattened = flat !== original ? 'F' : 'N';
  const chunks = splitChunks(flat);
  return { original, flat, flattened, chunks, keys: chunks.map((c) => flattened + original.slice(c.start, c.end)) };
}

function cutAgain(b: string, last: Split): Split | null {
  const a = last.original;
  if (a === b) return last;
  // Texts with nesting flattened are rare: cut them whole.
  if (last.flattened === 'F') return null;
  const p = commonPrefix(a, b);
  const s = commonSuffix(a, b, Math.min(a.length, b.length) - p);
  const delta = b.length - a.length;
  // Deep nesting lies within one line: only the lines the change touched can have gained it.
  let from = p;
  while (from > 0 && b.charCodeAt(from - 1) !== 10 && b.charCodeAt(from - 1) !== 13) from--;
  let to = b.length - s;
  while (to < b.length && b.charCodeAt(to) !== 10 && b.charCodeAt(to) !== 13) to++;
  if (nestsTooDeep(b.slice(from, to))) return null;

  const old = last.chunks;
  // The chunk holding the first change, and the one before it, whose first line is unchanged and after which nothing is open.
  const k = lastStartingAtOrBefore(old, Math.min(p, a.length - 1));
  const r = k - 1;
  if (r < 1) return null; // the first chunk may hold front matter: cut from the top
  const unchangedFrom = b.length - s;
  let resume = -1;
  const { chunks: mid, stoppedAt, stoppedLine } = scan(b, { start: old[r].start, line: old[r].line }, old[r].start, old[r].line, true, (at) => {
    if (at < unchangedFrom) return false;
    const j = lastStartingAtOrBefore(old, at - delta);
    if (j < 0 || old[j].start !== at - delta) return false;
    resume = j;
    return true;
  });
  const chunks = old.slice(0, r);
  const keys = last.keys.slice(0, r);
  for (const c of mid) {
    chunks.push(c);
    keys.push('N' + b.slice(c.start, c.end));
  }
  if (stoppedAt >= 0) {
    const dLine = stoppedLine - old[resume].line;
    for (let j = resume; j < old.length; j++) {
      const c = old[j];
      chunks.push({ start: c.start + delta, end: c.end + delta, line: c.line + dLine, open: c.open });
      keys.push(last.keys[j]);
    }
  }
  return { original: b, flat: b, flattened: 'N', chunks, keys };
}

/** Index of the last chunk starting at or before `offset`, or -1. */
function lastStartingAtOrBefore(chunks: Chunk[], offset: number): number {
  return firstNotBefore(chunks, (c) => c.start <= offset) - 1;
}

/** Length of the common start of `a` and `b`. Whole blocks are compared first: slices compare in native code. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (let step = 1 << 14; step >= 16; step >>= 2) {
    while (i + step <= n && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  }
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common end of `a` and `b`, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  for (let step = 1 << 14; step >= 16; step >>= 2) {
    while (i + step <= max && a.slice(a.length - i - step, a.length - i) === b.slice(b.length - i - step, b.length - i)) i += step;
  }
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
