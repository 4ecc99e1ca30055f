/**
 * The review summary as Markdown: findings grouped by the principle they
 * serve, a count per rule, and a link to each finding. Deliberately no
 * blended score: each measure stands on its own, so a writer sees which
 * input to work on. Pure: no `vscode` import.
 */
import type { BudgetInfo, DocumentModelResult } from '../../../shared/protocol';
import { ruleLink } from '../ruleLinks';

/** A principle and the ids of its rules that apply to the document's kind (from the server's rule registry). */
export type Principle = DocumentModelResult['catalogue']['principles'][number];

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
  /** The groups to list, in order (the `catalogue.principles` of the server's document model). */
  principles: Principle[];
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
  const known = new Set(input.principles.flatMap((p) => p.rules));
  const groups = input.principles.map((p) => ({ ...p, rules: [...p.rules] }));
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
