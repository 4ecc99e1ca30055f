/**
 * Inline silencing comments (contract: Silencing):
 *   <!-- prfaq-disable-next-line RULE[, RULE] -->
 *   <!-- prfaq-disable RULE --> … <!-- prfaq-enable RULE -->
 *   <!-- prfaq-disable-file RULE -->
 * No rule named means every rule. Only real HTML comments count: the same
 * text inside a code block is an example, not an instruction.
 */
import type { Nodes } from 'mdast';
import { treeShift } from './model/blocks.js';
import type { LineIndex } from './model/lines.js';
import type { Block } from './model/types.js';

export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable' | 'disable-file';
  /** Empty means all rules. */
  rules: string[];
  start: number;
  end: number;
  /** Unknown rule names with their offsets, to report. */
  unknown: Array<{ name: string; start: number; end: number }>;
}

const COMMENT = /<!--\s*prfaq-(disable-next-line|disable-file|disable|enable)\b([\s\S]*?)-->/g;

export function findDirectives(blocks: Block[], text: string, known: Set<string>): Directive[] {
  const out: Directive[] = [];
  // Blocks are in order: only those holding a "prfaq-" are walked, and the text is searched once.
  let next = text.indexOf('prfaq-');
  for (const block of blocks) {
    if (next >= 0 && next < block.start) next = text.indexOf('prfaq-', block.start);
    if (next < 0) break;
    if (next >= block.end) continue;
    const shift = treeShift(block);
    const stack: Nodes[] = [block.node];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'html' && node.position) {
        const base = (node.position.start.offset ?? 0) + shift;
        const raw = text.slice(base, (node.position.end.offset ?? 0) + shift);
        COMMENT.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = COMMENT.exec(raw))) {
          const argsStart = base + m.index + m[0].indexOf(m[2], 4 + m[1].length);
          const rules: string[] = [];
          const unknown: Directive['unknown'] = [];
          const NAME = /[^\s,]+/g;
          let n: RegExpExecArray | null;
          while ((n = NAME.exec(m[2]))) {
            const name = n[0];
            rules.push(name);
            if (!known.has(name)) unknown.push({ name, start: argsStart + n.index, end: argsStart + n.index + name.length });
          }
          out.push({ kind: m[1] as Directive['kind'], rules, start: base + m.index, end: base + m.index + m[0].length, unknown });
        }
      } else if ('children' in node) {
        for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k] as Nodes);
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Decides, per finding, whether a directive silences it. */
export class Silencer {
  private readonly fileWide = new Set<string>();
  private fileAll = false;
  /** line → rules silenced on it ('*' = all). */
  private readonly lines = new Map<number, Set<string>>();
  /** Disabled ranges per rule ('*' = all): [start, end) offsets. */
  private readonly ranges: Array<{ rule: string; start: number; end: number }> = [];

  constructor(directives: Directive[], lines: LineIndex, textLength: number) {
    const open = new Map<string, number>();
    for (const d of directives) {
      const names = d.rules.length ? d.rules : ['*'];
      switch (d.kind) {
        case 'disable-file':
          for (const r of names) r === '*' ? (this.fileAll = true) : this.fileWide.add(r);
          break;
        case 'disable-next-line': {
          // The next line that has content after the comment's own line.
          const line = lines.positionAt(d.end).line + 1;
          const set = this.lines.get(line) ?? new Set<string>();
          for (const r of names) set.add(r);
          this.lines.set(line, set);
          break;
        }
        case 'disable':
          for (const r of names) if (!open.has(r)) open.set(r, d.end);
          break;
        case 'enable':
          if (d.rules.length === 0) {
            for (const [r, s] of open) this.ranges.push({ rule: r, start: s, end: d.start });
            open.clear();
          } else {
            for (const r of names) {
              const s = open.get(r);
              if (s !== undefined) this.ranges.push({ rule: r, start: s, end: d.start });
              open.delete(r);
            }
          }
          break;
      }
    }
    for (const [r, s] of open) this.ranges.push({ rule: r, start: s, end: textLength + 1 });
  }

  silences(rule: string, start: number, line: number): boolean {
    if (this.fileAll || this.fileWide.has(rule)) return true;
    const set = this.lines.get(line);
    if (set && (set.has('*') || set.has(rule))) return true;
    for (const r of this.ranges) {
      if ((r.rule === '*' || r.rule === rule) && start >= r.start && start < r.end) return true;
    }
    return false;
  }
}
