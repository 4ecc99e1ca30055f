import { FAQ_INFO } from '../genre/catalogue.js';
import { outlineOf, planFaq } from '../genre/plan.js';
import { selectInserted } from '../fix/edits.js';
import { documentAnchor } from '../model/build.js';
import { FAQ_IDS, type DocModel, type FaqId } from '../model/types.js';
import type { Fix, Rule } from './types.js';

/** The FAQ with its starter questions, or the questions under an empty FAQ heading (engine/genre/plan.ts). */
function insertFaq(model: DocModel, id: FaqId): Fix[] {
  const outline = outlineOf(model);
  if (!outline) return [];
  const { offset, text } = planFaq(outline, id);
  const edit = { start: offset, end: offset, newText: text };
  const title = model.faqs[id] ? `Add starter questions to the ${FAQ_INFO[id].label}` : `Insert an ${FAQ_INFO[id].label} with starter questions`;
  return [{ title, edits: [edit], isPreferred: true, select: selectInserted(edit) }];
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
  group: 'structure',
  check(ctx) {
    const { model } = ctx;
    const anchor = documentAnchor(model);
    for (const id of FAQ_IDS) {
      const faq = model.faqs[id];
      if (!faq) {
        ctx.report({ ...anchor, message: `There is no ${FAQ_INFO[id].name}. Add a section headed "${FAQ_INFO[id].label}" that answers ${FAQ_INFO[id].asks}.`, data: { section: id } });
      } else if (!model.questions.some((q) => q.faq === id)) {
        ctx.report({ ...anchor, message: `The ${FAQ_INFO[id].name} has a heading but no question. Write the questions readers will ask — ${FAQ_INFO[id].asks} — each with its answer.`, data: { section: id } });
      }
    }
  },
  fixes(f, { model }) {
    const id = f.data?.section;
    return id === 'external-faq' || id === 'internal-faq' ? insertFaq(model, id) : [];
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
