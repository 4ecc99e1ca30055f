import { documentAnchor } from '../model/build.js';
import { measure } from '../genre/measure.js';
import { spanWords } from './helpers.js';
import type { Rule } from './types.js';

const para = (n: number) => Array.from({ length: n }, (_, i) => `Bank connections break about once a month per bank, case ${i + 1}.`).join(' ');

export const faqLength: Rule = {
  id: 'faq-length',
  description: 'The FAQs together are longer than five pages (2,500 words by default).',
  principle:
    'The FAQ is where the hard questions get answered, but it still has to be read in the meeting. Past five pages, readers skim and the important answers get lost among the minor ones; keep the questions a reviewer would really ask and move reference material to an appendix.',
  example: {
    before: 'An FAQ of 4,000 words with 45 questions, including the full API reference.',
    after: 'An FAQ of 2,000 words with the 18 questions reviewers ask; the API reference in an appendix.',
  },
  kinds: ['prfaq'],
  defaultSeverity: 'warning',
  group: 'structure',
  check(ctx) {
    const limit = ctx.config.limits.faqWords;
    const words = measure(ctx.model, spanWords(ctx)).faq;
    if (words <= limit) return;
    ctx.report({
      ...documentAnchor(ctx.model),
      message: `The FAQs are ${words} words, over the five-page limit of ${limit}. Keep the questions reviewers will really ask, shorten the answers, and move reference material to an appendix.`,
      data: { words, limit },
    });
  },
  examples: {
    invalid: [
      {
        doc: `# Ledger\n\nPORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger.\n\n## External FAQ\n\n### How much?\n\n${para(3)}\n\n## Internal FAQ\n\n### Risks?\n\n${para(3)}\n`,
        config: { limits: { faqWords: 60 } },
        findings: [{ data: { words: 73, limit: 60 } }],
      },
    ],
    valid: [
      `# Ledger\n\nPORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger. ${para(200)}\n\n## External FAQ\n\n### How much?\n\n$19 a month.\n\n\`\`\`\n${para(300)}\n\`\`\`\n\n## Appendix\n\n${para(300)}\n`,
    ],
  },
};
