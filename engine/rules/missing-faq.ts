import { FAQ_INFO } from '../explain/parts.js';
import { eol, insertBlock, selectInserted } from '../fix/edits.js';
import { faqQuestions } from '../scaffold/parts.js';
import { documentAnchor } from '../model/build.js';
import type { DocModel, FaqId } from '../model/types.js';
import type { Fix, Rule } from './types.js';

const LABEL: Record<FaqId, string> = { 'external-faq': 'external (customer) FAQ', 'internal-faq': 'internal (stakeholder) FAQ' };
const ASKS: Record<FaqId, string> = {
  'external-faq': 'what customers and the press would ask: price, availability, how it works, what it does not do',
  'internal-faq': 'what stakeholders would ask: who exactly the customer is and how many there are, why now, costs, the biggest risks, dependencies and how success is measured',
};

/** The scaffold's starter questions and answer placeholders, as headings one level below `depth`. */
function starter(id: FaqId, depth: number, nl: string): string {
  return faqQuestions(id, {}).map(({ q, a }) => `${'#'.repeat(Math.min(6, depth + 1))} ${q}${nl}${nl}${a}`).join(nl + nl);
}

/** Where a new FAQ goes: the external one before the internal one, the internal one after it; both before an appendix. */
function insertFaq(model: DocModel, id: FaqId): Fix {
  const text = model.text;
  const nl = eol(text);
  const faq = model.faqs[id];
  const other = model.faqs[id === 'external-faq' ? 'internal-faq' : 'external-faq'];
  const depth = faq ? model.blocks[faq.heading].depth ?? 2 : other ? model.blocks[other.heading].depth ?? 2 : 2;
  let at: number;
  let body: string;
  if (faq) {
    // A heading with no question under it: add the questions at its end.
    at = faq.end;
    body = starter(id, depth, nl);
  } else {
    body = `${'#'.repeat(depth)} ${FAQ_INFO[id].label}${nl}${nl}${starter(id, depth, nl)}`;
    if (id === 'external-faq' && other) at = other.start;
    else if (id === 'internal-faq' && other) at = other.end;
    else at = model.appendixStart ?? text.length;
  }
  const edit = insertBlock(text, at, body);
  return { title: faq ? `Add starter questions to the ${FAQ_INFO[id].label}` : `Insert an ${FAQ_INFO[id].label} with starter questions`, edits: [edit], isPreferred: true, select: selectInserted(edit) };
}

export const missingFaq: Rule = {
  id: 'missing-faq',
  description: 'The external or the internal FAQ is missing, or has no question in it.',
  principle:
    'The press release makes promises; the FAQs test them. The external FAQ answers what customers will ask, and the internal FAQ faces the hard questions about cost, risk and who the customer really is. A PR/FAQ without one of them has skipped half of the thinking the format exists to force.',
  example: {
    before: '## FAQ\n\n### How much does it cost?\n\n$19 a month.',
    after: '## External FAQ\n\n### How much does it cost?\n\n$19 a month.\n\n## Internal FAQ\n\n### What is the biggest risk?\n\nBank connections break; we budget one engineer to keep them working.',
  },
  kinds: ['prfaq'],
  defaultSeverity: 'warning',
  check(ctx) {
    const { model } = ctx;
    const anchor = documentAnchor(model);
    for (const id of ['external-faq', 'internal-faq'] as const) {
      const faq = model.faqs[id];
      if (!faq) {
        ctx.report({ ...anchor, message: `There is no ${LABEL[id]}. Add a section headed "${id === 'external-faq' ? 'External FAQ' : 'Internal FAQ'}" that answers ${ASKS[id]}.`, data: { section: id } });
      } else if (!model.questions.some((q) => q.faq === id)) {
        ctx.report({ ...anchor, message: `The ${LABEL[id]} has a heading but no question. Write the questions readers will ask — ${ASKS[id]} — each with its answer.`, data: { section: id } });
      }
    }
  },
  fixes(f, { model }) {
    const id = f.data?.section;
    return id === 'external-faq' || id === 'internal-faq' ? [insertFaq(model, id)] : [];
  },
  examples: {
    invalid: [
      {
        note: 'only an external FAQ',
        doc: '# Ledger for bakeries\n\nPORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger.\n\n## External FAQ\n\n### How much does it cost?\n\n$19 a month.\n',
        findings: [{ data: { section: 'internal-faq' } }],
      },
      {
        note: 'an internal FAQ heading with nothing under it, and no external FAQ',
        doc: '# Ledger for bakeries\n\nPORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger.\n\n## Internal FAQ\n\nWe will write this later.\n',
        findings: [{ data: { section: 'external-faq' } }, { data: { section: 'internal-faq' } }],
      },
    ],
    valid: [
      '# Ledger for bakeries\n\n## Customer FAQ\n\n**Q:** How much does it cost?\n\n**A:** $19 a month.\n\n## Stakeholder FAQ\n\n**Q:** What is the biggest risk?\n\n**A:** Bank connections that break.\n',
      '# Ledger for bakeries\n\n## FAQ\n\n### External\n\n#### How much does it cost?\n\n$19 a month.\n\n### Internal\n\n#### What is the biggest risk?\n\nBank connections that break.\n',
      '# Ledger for bakeries\n\n## Public FAQ\n\nQ: How much does it cost?\nA: $19 a month.\n\n## Internal FAQ\n\n1. What is the biggest risk?\n\n   Bank connections that break.\n',
    ],
  },
};
