/**
 * Turns Markdown inline content into prose spans: the words a reader reads,
 * with every character mapped back to its place in the source. Code, HTML,
 * link targets, images and bare URLs are never prose; inline code is kept as
 * a neutral placeholder word so sentences around it still read as sentences.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import type { ProseSpan } from './types.js';

type Segment = [t: number, d: number, len: number];

let lastId = 0;
/** A new id for a block or span (see Block.id, ProseSpan.id). */
export function newId(): number {
  return ++lastId;
}

/** Stands in for inline code and similar atoms inside a sentence. */
export const ATOM = 'x';

export class ProseBuilder {
  text = '';
  segments: Segment[] = [];

  constructor(private readonly source: string, private readonly shift: number) {}

  /** Append `value`, which the parser derived from source[start, end). */
  appendAligned(value: string, start: number, end: number): void {
    const src = this.source;
    let j = start;
    let i = 0;
    while (i < value.length) {
      // Skip source characters the parser dropped: escapes, `> ` prefixes
      // of continuation lines, the tail of character references.
      if (j < end && src[j] !== value[i]) {
        // Indentation and `>` markers of a continuation line, however long
        // (deeply nested lists): skipped whole, or the rest of the line
        // would map to one point.
        let k = j;
        while (k < end && src[k] !== value[i] && (src[k] === ' ' || src[k] === '\t' || src[k] === '>')) k++;
        if (k < end && src[k] === value[i]) j = k;
        else {
          k = j + 1;
          const limit = Math.min(end, j + 12);
          while (k < limit && src[k] !== value[i]) k++;
          if (k < limit) j = k;
        }
      }
      // Extend a run of characters that match one to one.
      const runT = this.text.length;
      const runD = j;
      let n = 0;
      while (i < value.length && j < end && src[j] === value[i]) {
        i++;
        j++;
        n++;
      }
      if (n > 0) {
        this.text += value.slice(i - n, i);
        this.pushSegment(runT, runD, n);
      } else {
        // No counterpart in the source (a decoded entity): map it to where we are.
        this.text += value[i];
        this.pushSegment(runT, Math.min(j, end - 1 < start ? start : end - 1), 1);
        i++;
      }
    }
  }

  /** A placeholder that covers source[start, end) as a whole. */
  appendAtom(atom: string, start: number, end: number): void {
    const t = this.text.length;
    this.text += atom;
    // Map each placeholder char into the range so spans stay inside it.
    for (let k = 0; k < atom.length; k++) this.pushSegment(t + k, Math.min(start + k, Math.max(start, end - 1)), 1);
  }

  appendSpace(at: number): void {
    if (this.text.length === 0 || /\s$/.test(this.text)) return;
    this.text += ' ';
    this.pushSegment(this.text.length - 1, at, 1);
  }

  private pushSegment(t: number, d: number, len: number): void {
    const last = this.segments[this.segments.length - 1];
    if (last && last[0] + last[2] === t && last[1] + last[2] === d) last[2] += len;
    else this.segments.push([t, d, len]);
  }

  appendInline(nodes: readonly PhrasingContent[]): void {
    // An explicit stack, not recursion: nesting depth is attacker-controlled.
    const stack: PhrasingContent[] = [...nodes].reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      const pos = node.position;
      const start = (pos?.start.offset ?? 0) + this.shift;
      const end = (pos?.end.offset ?? 0) + this.shift;
      switch (node.type) {
        case 'text':
          this.appendAligned(node.value, start, end);
          break;
        case 'inlineCode':
          this.appendAtom(ATOM, start, end);
          break;
        case 'break':
          this.appendSpace(start);
          break;
        case 'link': {
          // A bare URL (GFM autolink) is a target, not prose.
          const only = node.children.length === 1 ? node.children[0] : null;
          if (only && only.type === 'text' && (only.value === node.url || node.url === `mailto:${only.value}` || /^(https?:|www\.)/i.test(only.value))) {
            this.appendAtom(ATOM, start, end);
          } else {
            for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]);
          }
          break;
        }
        case 'emphasis':
        case 'strong':
        case 'delete':
        case 'linkReference':
          for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k] as PhrasingContent);
          break;
        case 'html':
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
        default:
          // Inline HTML (comments included) and images are not read as prose.
          break;
      }
    }
  }

  /** Drop the first `n` characters of the text read so far (what a reader skips before the words). */
  dropLeading(n: number): void {
    if (n <= 0) return;
    this.text = this.text.slice(n);
    const kept: Segment[] = [];
    for (const [t, d, len] of this.segments) {
      const cut = Math.max(0, Math.min(len, n - t));
      if (cut < len) kept.push([t + cut - n, d + cut, len - cut]);
    }
    this.segments = kept;
  }

  build(block: number, element: ProseSpan['element']): ProseSpan {
    return { id: newId(), text: this.text, segments: this.segments, block, element, context: { region: 'preamble' } };
  }
}

/** Document offset of prose index `i` (0 ≤ i ≤ text.length). */
export function toDocOffset(span: ProseSpan, i: number): number {
  const segs = span.segments;
  if (segs.length === 0) return 0;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid][0] <= i) lo = mid;
    else hi = mid - 1;
  }
  const [t, d, len] = segs[lo];
  if (i < t) return d;
  if (i >= t + len) return d + len; // past the end of a run: just after it
  return d + (i - t);
}

/** Document range covering prose [start, end). */
export function toDocRange(span: ProseSpan, start: number, end: number): { start: number; end: number } {
  const s = toDocOffset(span, start);
  const e = end > start ? toDocOffset(span, end - 1) + 1 : s;
  return { start: s, end: Math.max(s, e) };
}

/** Plain reading text of any mdast node (iterative; for titles and cues). */
export function plainText(node: Nodes): string {
  let out = '';
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') out += n.value;
    else if (n.type === 'inlineCode') out += n.value;
    else if (n.type === 'break') out += ' ';
    else if ('children' in n) {
      // Blocks end with a space so that neighbouring paragraphs do not fuse.
      if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell') stack.push({ type: 'text', value: ' ' });
      for (let k = n.children.length - 1; k >= 0; k--) stack.push(n.children[k] as Nodes);
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}
