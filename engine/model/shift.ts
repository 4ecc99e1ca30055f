/**
 * Moving a parsed tree's positions: a chunk is parsed where it stood, and
 * its nodes are moved to where the chunk stands in the document now.
 */
import type { Nodes } from 'mdast';

export function shiftInPlace(nodes: Nodes[], dOffset: number, dLine: number): void {
  if (dOffset === 0 && dLine === 0) return;
  const stack: Nodes[] = [...nodes];
  while (stack.length) {
    const n = stack.pop()!;
    // New point objects, never changed ones: a plugin may share them between nodes.
    if (n.position) n.position = movePosition(n.position, dOffset, dLine);
    if ('children' in n) for (const c of n.children) stack.push(c as Nodes);
  }
}

/** A copy of `node` with every position moved (iterative: nesting depth is the writer's). */
export function shiftTree(node: Nodes, dOffset: number, dLine: number): Nodes {
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

export function movePosition(p: NonNullable<Nodes['position']>, dOffset: number, dLine: number): NonNullable<Nodes['position']> {
  return {
    start: { line: p.start.line + dLine, column: p.start.column, offset: p.start.offset === undefined ? undefined : p.start.offset + dOffset },
    end: { line: p.end.line + dLine, column: p.end.column, offset: p.end.offset === undefined ? undefined : p.end.offset + dOffset },
  };
}
