/**
 * Where a document may be cut into chunks that parse on their own (see
 * ./chunks.ts for why and what is cached), and how a cut is redone after an
 * edit by cutting again only around the change.
 */
import { countLines } from './lines.js';
import { flattenDeepNesting, nestsTooDeep } from './markdown.js';
import { firstNotBefore } from './sorted.js';

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

/** A text (BOM-less) cut into chunks, with each chunk's cache key. */
export interface Split {
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
export function cut(original: string, last: Split | null): Split {
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
