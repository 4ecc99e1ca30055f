/**
 * The document's outline for editors, from the model (offsets only; the
 * server turns them into LSP symbols, folding ranges and code lenses):
 * press-release parts, FAQs with their questions, narrative sections —
 * also for a press release written without headings.
 */
import type { PrfaqConfig } from '../config/types.js';
import { PART_IDS, type DocModel, type Question } from '../model/types.js';
import { isOpenQuestionsTitle } from '../genre/headings.js';
import { budgets, type BudgetId } from '../genre/measure.js';
import { FAQ_INFO, NARRATIVE_SECTION_INFO, PART_INFO } from '../genre/catalogue.js';

export interface OutlineSymbol {
  name: string;
  detail?: string;
  kind: 'press-release' | 'part' | 'faq' | 'question' | 'section';
  start: number;
  end: number;
  /** What to highlight when the symbol is picked (its heading or first line). */
  selStart: number;
  selEnd: number;
  children: OutlineSymbol[];
}

function firstLine(text: string, start: number, end: number): number {
  const nl = text.slice(start, end).search(/\r?\n|\r/);
  return nl >= 0 ? start + nl : end;
}

function short(s: string, n = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
}

function questionSymbol(q: Question): OutlineSymbol {
  return { name: short(q.text, 80), kind: 'question', start: q.entry.start, end: q.entry.end, selStart: q.question.start, selEnd: q.question.end, children: [] };
}

/** The open questions (DocModel.openQuestions) between two offsets, as symbols. */
function openQuestionsIn(model: DocModel, start: number, end: number): OutlineSymbol[] {
  return model.openQuestions.filter((q) => q.entry.start >= start && q.entry.start < end).map(questionSymbol);
}

export function outline(model: DocModel): OutlineSymbol[] {
  const { text } = model;
  const out: OutlineSymbol[] = [];
  // A file only named like a PR/FAQ, with nothing of one found, is outlined by its headings.
  if (model.kind === 'prfaq' && !model.unrecognized) {
    if (model.pressRelease) {
      const pr = model.pressRelease;
      const parts = PART_IDS.map((id) => model.parts[id]).filter((p) => !!p).sort((a, b) => a.start - b.start);
      out.push({
        name: 'Press release',
        kind: 'press-release',
        start: pr.start,
        end: pr.end,
        selStart: pr.start,
        selEnd: firstLine(text, pr.start, pr.end),
        children: parts.map((p) => ({
          name: PART_INFO[p.id].label,
          detail: short(model.blocks[p.blocks[0] ?? p.heading!]?.plain ?? ''),
          kind: 'part' as const,
          start: p.start,
          end: p.end,
          selStart: p.start,
          selEnd: firstLine(text, p.start, p.end),
          children: [],
        })),
      });
    }
    for (const faq of Object.values(model.faqs).filter((f) => !!f).sort((a, b) => a.start - b.start)) {
      const h = model.blocks[faq.heading];
      out.push({
        // An untitled FAQ (one that starts at its first `I1:` question) is named by what it is.
        name: (!faq.untitled && h.plain.trim()) || FAQ_INFO[faq.id].label,
        detail: FAQ_INFO[faq.id].label,
        kind: 'faq',
        start: faq.start,
        end: Math.max(faq.start, trimEnd(text, faq.end)),
        selStart: h.start,
        selEnd: h.end,
        children: model.questions
          .filter((q) => q.faq === faq.id && q.entry.start >= faq.start && q.entry.start < faq.end)
          .map(questionSymbol),
      });
    }
    // An RFC's "## Unresolved questions", outside the FAQs: its questions, to jump to.
    for (const s of model.sections) {
      const children = openQuestionsIn(model, s.start, s.end);
      if (!children.length || !isOpenQuestionsTitle(s.title)) continue;
      const h = model.blocks[s.heading];
      out.push({ name: s.title, detail: 'Open questions', kind: 'section', start: s.start, end: Math.max(s.start, trimEnd(text, s.end)), selStart: h.start, selEnd: h.end, children });
    }
    return out.sort((a, b) => a.start - b.start);
  }
  // Narrative (and anything else): the heading tree.
  const stack: Array<{ depth: number; sym: OutlineSymbol }> = [];
  for (const s of model.sections) {
    const h = model.blocks[s.heading];
    const open = isOpenQuestionsTitle(s.title) ? openQuestionsIn(model, s.start, s.end) : [];
    const sym: OutlineSymbol = { name: s.title || '(untitled)', detail: sectionDetail(s.title, s.id), kind: 'section', start: s.start, end: Math.max(s.start, trimEnd(text, s.end)), selStart: h.start, selEnd: h.end, children: open };
    while (stack.length && stack[stack.length - 1].depth >= s.depth) stack.pop();
    (stack.length ? stack[stack.length - 1].sym.children : out).push(sym);
    stack.push({ depth: s.depth, sym });
  }
  return out;
}

/**
 * What a recognised narrative section is, when its title does not say it
 * plainly ("Part 2 — Our principles" → Tenets, "Where we stand" → Current
 * state); nothing when it does ("Tenets", "Goals" for "Goals and metrics").
 */
export function sectionDetail(title: string, id: string | undefined): string | undefined {
  const label = id ? NARRATIVE_SECTION_INFO[id]?.label : undefined;
  if (!label) return undefined;
  const plain = (t: string) => ` ${t.toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim()} `;
  const [t, l] = [plain(title), plain(label)];
  return t.includes(l) || l.includes(t) ? undefined : label;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}

/** FAQ entries (question and answer) that can fold, as offsets. */
export function foldable(model: DocModel): Array<{ start: number; end: number }> {
  return [...model.questions, ...model.openQuestions].map((q) => ({ start: q.entry.start, end: trimEnd(model.text, q.entry.end) }));
}

export interface WordBudget {
  label: string;
  words: number;
  limit: number;
  /** Where the lens goes. */
  at: number;
}

/** Word count against its budget (engine/genre/measure.ts), with the place for its lens. */
export function wordBudgets(model: DocModel, config: PrfaqConfig): WordBudget[] {
  const at: Record<BudgetId, number | undefined> = {
    'press-release': model.pressRelease?.start,
    faq: Object.values(model.faqs).filter((f) => !!f).sort((a, b) => a.start - b.start)[0]?.start,
    narrative: model.blocks.find((b) => b.type !== 'yaml' && b.type !== 'html')?.start,
  };
  return budgets(model, config.limits).flatMap((b) => (at[b.id] === undefined ? [] : [{ label: b.label, words: b.words, limit: b.limit, at: at[b.id]! }]));
}
