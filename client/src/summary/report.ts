/**
 * The review summary as Markdown: findings grouped by the principle they
 * serve, a count per rule, and a link to each finding. Deliberately no
 * blended score: each measure stands on its own, so a writer sees which
 * input to work on. Pure: no `vscode` import.
 */
import type { BudgetInfo } from '../../../shared/protocol';
import { ruleLink } from '../ruleLinks';

export interface Principle {
  id: string;
  title: string;
  /** One line: what the principle asks of the writer. */
  asks: string;
  rules: string[];
}

/** Every rule id belongs to exactly one principle (a test checks against the registry). */
export const PRINCIPLES: Principle[] = [
  { id: 'customer-first', title: 'Customer first', asks: 'Open from the customer and their problem, not from the technology or the solution.', rules: ['solution-first'] },
  { id: 'named-customer', title: 'Named customer', asks: 'Say which customers, where, with what problem, and how many.', rules: ['vague-customer'] },
  { id: 'data', title: 'Data, not adjectives', asks: 'Replace hedges, intensifiers and superlatives with the number.', rules: ['weasel-word'] },
  { id: 'input-metrics', title: 'Input metrics', asks: 'Set goals on inputs the team controls; track components, not blended scores.', rules: ['output-metric', 'compound-metric'] },
  {
    id: 'structure',
    title: 'Structure',
    asks: 'Every part in place, every question answered, nothing left to fill in, within the page budgets.',
    rules: ['missing-section', 'missing-faq', 'unanswered-question', 'placeholder', 'press-release-length', 'faq-length', 'narrative-length', 'narrative-bullets'],
  },
  { id: 'plain', title: 'Plain, active sentences', asks: 'Short sentences, active voice, acronyms spelled out.', rules: ['readability', 'passive-voice', 'undefined-acronym'] },
  { id: 'comments', title: 'Disable comments', asks: 'Comments that silence rules must name rules that exist.', rules: ['unknown-rule'] },
];

/** Rules that apply only to one kind (the others apply to both). */
const ONLY: Record<string, 'prfaq' | 'narrative'> = {
  'missing-section': 'prfaq',
  'missing-faq': 'prfaq',
  'press-release-length': 'prfaq',
  'faq-length': 'prfaq',
  'narrative-length': 'narrative',
  'narrative-bullets': 'narrative',
};

export interface SummaryFinding {
  rule: string;
  message: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  /** 0-based, as LSP. */
  line: number;
  character: number;
}

export interface SummaryInput {
  /** Shown in the title. */
  name: string;
  /** The document's URI, for the links (`<uri>#L<line>,<col>`, 1-based). */
  uri: string;
  kind: 'prfaq' | 'narrative';
  findings: SummaryFinding[];
  budgets: BudgetInfo[];
  /** Rule ids the writer turned off (shown as such, not as clean). */
  off?: string[];
}

const BUDGET_LABEL: Record<BudgetInfo['id'], string> = { 'press-release': 'Press release', faq: 'FAQ', narrative: 'Narrative body (appendix excluded)' };
const SEVERITY_WORD = { error: 'error', warning: 'warning', info: 'info', hint: 'hint' } as const;

/** Markdown-safe inline text (findings quote the document, which is untrusted). */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}\[\]()<>#+!|~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

export function renderSummary(input: SummaryInput): string {
  const kindName = input.kind === 'prfaq' ? 'PR/FAQ' : 'narrative';
  const out: string[] = [`# Review summary: ${escapeMarkdown(input.name)}`, ''];
  out.push(`Reviewed as a ${kindName}. Each principle below is measured on its own; there is no overall score, because a total would hide which one needs the work.`, '');
  if (input.budgets.length) {
    out.push('## Length', '', '| Measure | Words | Budget |', '| --- | ---: | ---: |');
    for (const b of input.budgets) out.push(`| ${BUDGET_LABEL[b.id]} | ${b.words.toLocaleString('en-US')} | ${b.limit.toLocaleString('en-US')}${b.words > b.limit ? ' (over)' : ''} |`);
    out.push('');
  }
  const known = new Set(PRINCIPLES.flatMap((p) => p.rules));
  const groups = PRINCIPLES.map((p) => ({ ...p, rules: p.rules.filter((r) => !ONLY[r] || ONLY[r] === input.kind) }));
  const stray = [...new Set(input.findings.map((f) => f.rule).filter((r) => !known.has(r)))];
  if (stray.length) groups.push({ id: 'other', title: 'Other', asks: 'Findings from rules this summary does not group yet.', rules: stray });
  const off = new Set(input.off ?? []);
  for (const g of groups) {
    const mine = input.findings.filter((f) => g.rules.includes(f.rule));
    if (g.id === 'comments' && mine.length === 0) continue;
    out.push(`## ${g.title} — ${mine.length === 0 ? 'no findings' : `${mine.length} finding${mine.length === 1 ? '' : 's'}`}`, '', `_${g.asks}_`, '');
    out.push('| Rule | Findings |', '| --- | ---: |');
    for (const r of g.rules) {
      const count = mine.filter((f) => f.rule === r).length;
      out.push(`| [${r}](${ruleLink(r)}) | ${off.has(r) ? 'off' : count} |`);
    }
    out.push('');
    const sorted = [...mine].sort((a, b) => a.line - b.line || a.character - b.character);
    for (const f of sorted) {
      const at = `${f.line + 1}:${f.character + 1}`;
      out.push(`- [Ln ${at}](${input.uri}#L${f.line + 1},${f.character + 1}) ${SEVERITY_WORD[f.severity]} · \`${f.rule}\` — ${escapeMarkdown(f.message)}`);
    }
    if (sorted.length) out.push('');
  }
  return out.join('\n');
}
