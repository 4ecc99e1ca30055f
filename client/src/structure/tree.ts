/**
 * What the structure view shows, computed from the server's document model
 * alone: the press-release parts in order (present with their word counts,
 * or missing), each FAQ with its questions (answered or not), and a
 * narrative's sections; the names of the parts come with the model from
 * the engine's parts catalogue. Pure: no `vscode` import, so it is unit-tested.
 */
import type { DocumentModelResult, LspRange, QuestionInfo, SectionInfo } from '../../../shared/protocol';

export type NodeState = 'group' | 'present' | 'missing' | 'answered' | 'unanswered' | 'section' | 'over-budget';

export interface StructureNode {
  /** Stable across updates, so the tree keeps its expansion state. */
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  state: NodeState;
  /** Where a click takes the writer. */
  range?: LspRange;
  children: StructureNode[];
}

const n = (x: number) => x.toLocaleString('en-US');
const words = (x: number) => `${n(x)} word${x === 1 ? '' : 's'}`;

export function buildStructure(m: DocumentModelResult | null): StructureNode[] {
  if (!m || !m.kind) return [];
  if (m.unrecognized) return [unrecognizedNode(m, m.unrecognized)];
  return m.kind === 'prfaq' ? prfaqTree(m) : narrativeTree(m);
}

/**
 * A file named like a PR/FAQ or narrative in which nothing of that kind was
 * found: one node saying so (the words of its finding), not nine missing parts.
 */
function unrecognizedNode(m: DocumentModelResult, message: string): StructureNode {
  const kind = m.kind === 'prfaq' ? 'PR/FAQ' : 'narrative';
  return { id: 'unrecognized', label: `No ${kind} structure found`, description: 'not reviewed', tooltip: message, state: 'missing', children: [] };
}

function budgetOf(m: DocumentModelResult, id: 'press-release' | 'faq' | 'narrative') {
  return m.budgets.find((b) => b.id === id);
}

function prfaqTree(m: DocumentModelResult): StructureNode[] {
  const budget = budgetOf(m, 'press-release');
  const parts = m.catalogue.parts.map(({ id, label, name }): StructureNode => {
    const p = m.parts.find((x) => x.id === id);
    if (!p) {
      return { id: `part:${id}`, label, description: 'missing', state: 'missing', tooltip: `The press release has no ${name}. Run "PR/FAQ: Insert Missing Sections" to add it in its place.`, children: [] };
    }
    return { id: `part:${id}`, label, description: words(p.words), state: 'present', range: p.range, children: [] };
  });
  const missing = parts.filter((p) => p.state === 'missing').length;
  const over = !!budget && budget.words > budget.limit;
  const release: StructureNode = {
    id: 'press-release',
    label: 'Press release',
    description: [budget ? `${n(budget.words)} / ${n(budget.limit)} words` : undefined, missing ? `${missing} missing` : undefined].filter(Boolean).join(' · '),
    tooltip: budget ? `${words(budget.words)} against a budget of ${n(budget.limit)} (about one page).` : undefined,
    state: over ? 'over-budget' : 'group',
    range: m.pressRelease?.range,
    children: parts,
  };
  const faqs = m.catalogue.faqs.map(({ id, label }): StructureNode => {
    const f = m.faqs.find((x) => x.id === id);
    if (!f) {
      const verb = id === 'external-faq' ? 'Add External FAQ Question' : 'Add Internal FAQ Question';
      return { id, label, description: 'missing', state: 'missing', tooltip: `There is no ${label}. Run "PR/FAQ: ${verb}" to start it.`, children: [] };
    }
    const qs = m.questions.filter((q) => q.faq === id);
    const open = qs.filter((q) => !q.answered).length;
    return {
      id,
      label,
      description: qs.length ? `${qs.length} question${qs.length === 1 ? '' : 's'}${open ? ` · ${open} unanswered` : ''}` : 'no questions',
      state: qs.length ? 'group' : 'missing',
      range: f.range,
      children: qs.map((q, i) => questionNode(q, `${id}:${i}`)),
    };
  });
  return [release, ...faqs];
}

function questionNode(q: QuestionInfo, id: string): StructureNode {
  return {
    id: `q:${id}`,
    label: q.text,
    description: q.answered ? undefined : 'unanswered',
    tooltip: q.answered ? q.text : `${q.text}\n\nNo real answer yet: a placeholder is an open risk, not an answer.`,
    state: q.answered ? 'answered' : 'unanswered',
    range: q.range,
    children: [],
  };
}

function narrativeTree(m: DocumentModelResult): StructureNode[] {
  const budget = budgetOf(m, 'narrative');
  const byLine = new Map(m.questions.map((q) => [q.range.start.line, q]));
  const headingQuestions = new Set<QuestionInfo>();
  const roots: StructureNode[] = [];
  const stack: Array<{ depth: number; node: StructureNode; section: SectionInfo }> = [];
  m.sections.forEach((s, i) => {
    const q = byLine.get(s.range.start.line);
    let node: StructureNode;
    if (q) {
      headingQuestions.add(q);
      node = { ...questionNode(q, `s${i}`), description: q.answered ? words(s.words) : 'unanswered' };
    } else {
      node = { id: `section:${i}:${s.title}`, label: s.title, description: sectionDescription(s, m), state: 'section', range: s.range, children: [] };
    }
    while (stack.length && stack[stack.length - 1].depth >= s.depth) stack.pop();
    (stack.length ? stack[stack.length - 1].node.children : roots).push(node);
    stack.push({ depth: s.depth, node, section: s });
  });
  // Questions written as paragraphs (`**Q:** …`) go under their section.
  m.questions.forEach((q, i) => {
    if (headingQuestions.has(q)) return;
    const owner = deepest(roots, q.range);
    (owner ? owner.children : roots).push(questionNode(q, `p${i}`));
  });
  const over = !!budget && budget.words > budget.limit;
  return [
    {
      id: 'narrative',
      label: 'Narrative',
      description: budget ? `${n(budget.words)} / ${n(budget.limit)} words` : undefined,
      tooltip: budget ? `${words(budget.words)} in the body (appendix excluded) against a budget of ${n(budget.limit)} (about six pages).` : undefined,
      state: over ? 'over-budget' : 'group',
      children: roots,
    },
  ];
}

/**
 * Words, and what the section is when its title does not say it plainly
 * ("Part 2 — Our principles" is the tenets); the appendix is not counted
 * in the six pages, and says so.
 */
function sectionDescription(s: SectionInfo, m: DocumentModelResult): string {
  const appendix = m.appendix && before(m.appendix, s.range.start) ? 'not in the six pages' : undefined;
  return [s.label, words(s.words), appendix].filter(Boolean).join(' · ');
}

const before = (a: LspRange['start'], b: LspRange['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);

function deepest(nodes: StructureNode[], r: LspRange): StructureNode | undefined {
  for (const node of nodes) {
    if (node.state !== 'section' || !node.range) continue;
    if (before(node.range.start, r.start) && before(r.end, node.range.end)) return deepest(node.children, r) ?? node;
  }
  return undefined;
}
