import { documentAnchor } from '../model/build.js';
import { measure } from '../genre/measure.js';
import { releaseIsDocumentation } from '../model/documentation.js';
import { spanWords } from './helpers.js';
import type { Rule } from './types.js';

const para = (n: number) => Array.from({ length: n }, (_, i) => `Owners match the day's card sales, cash counts and supplier invoices in one screen, number ${i + 1}.`).join(' ');

export const pressReleaseLength: Rule = {
  id: 'press-release-length',
  description: 'The press release is longer than one page (600 words by default).',
  principle:
    'A press release is read in one sitting by someone deciding whether they care. If it runs past a page, the story is not yet clear enough to tell briefly; move the detail into the FAQ, where readers who want it will look.',
  example: {
    before: 'A press release of 900 words that explains pricing tiers, integrations and the roadmap.',
    after: 'A press release of 450 words; pricing, integrations and the roadmap answered in the external FAQ.',
  },
  kinds: ['prfaq'],
  defaultSeverity: 'warning',
  group: 'structure',
  check(ctx) {
    // An RFC's imagined README is as long as its API; the page budget is a press release's.
    if (releaseIsDocumentation(ctx.model)) return;
    const limit = ctx.config.limits.pressReleaseWords;
    const words = measure(ctx.model, spanWords(ctx)).pressRelease;
    if (words <= limit) return;
    ctx.report({
      ...documentAnchor(ctx.model),
      message: `The press release is ${words} words, over the one-page limit of ${limit}. Cut it to the customer, the problem, the solution and how to start; move the rest into the FAQ.`,
      data: { words, limit },
    });
  },
  examples: {
    invalid: [
      {
        doc: `# Ledger for bakeries\n\nPORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger.\n\n${para(4)}\n\n## External FAQ\n\n### How much?\n\n${para(10)}\n`,
        config: { limits: { pressReleaseWords: 50 } },
        findings: [{ data: { words: 76, limit: 50 } }],
      },
    ],
    valid: [
      {
        doc: `# RFC: Ledger matching\n\n## Working Backwards\n\n### README\n\n${para(8)}\n\n## Public FAQ\n\n### What are we launching today?\n\nA matcher for bakery deposits.\n`,
        config: { limits: { pressReleaseWords: 50 } },
        note: "an RFC's README, written as the feature's documentation, is no press release to keep to a page",
      },
      {
        doc: `# PR/FAQ: Ledger\n\nDraft 4, Fernhill finance team. Internal working document, not for release; comments to the author by Friday, please, before the review.\n\n## Press Release\n\nPORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger.\n\n${para(2)}\n\n## External FAQ\n\n### How much?\n\nNothing.\n`,
        config: { limits: { pressReleaseWords: 50 } },
        note: 'the notes above "## Press Release" are not on its page: 43 words, not 66',
      },
      `# Ledger for bakeries\n\nPORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger.\n\n${para(2)}\n\n\`\`\`\n${para(20)}\n\`\`\`\n\n## External FAQ\n\n### How much?\n\n${para(60)}\n`,
    ],
  },
};
