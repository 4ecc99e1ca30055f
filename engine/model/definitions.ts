/**
 * Link and footnote definitions: the one Markdown construct that reaches
 * across chunks. ./chunks.ts hands each chunk the definitions whose labels
 * it uses; these find the labels and the definitions.
 */
import type { Nodes, Root } from 'mdast';

/** Same normalisation as micromark's `normalizeIdentifier`. */
export function normalizeLabel(value: string): string {
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
export function labelsIn(text: string, from: number, to: number): Set<string> {
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

export interface Definition {
  label: string;
  footnote: boolean;
  id: string;
}

export function definitionsIn(root: Root): Definition[] {
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

