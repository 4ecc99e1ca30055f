import { documentAnchor } from '../model/build.js';
import { measure } from '../genre/measure.js';
import { spanWords } from './helpers.js';
import type { Rule } from './types.js';

const para = (n: number) => Array.from({ length: n }, (_, i) => `Technicians drive back to the depot for parts on visit ${i + 1}.`).join(' ');

export const narrativeLength: Rule = {
  id: 'narrative-length',
  description: 'The narrative body (appendix excluded) is longer than six pages (3,000 words by default).',
  principle:
    'A narrative is read in silence at the start of the meeting, so its length is the meeting\'s reading time. Past six pages the argument has not been distilled yet; cut to what the decision needs and move supporting data to the appendix, which readers consult only when they want to.',
  example: {
    before: 'A 4,200-word narrative with three pages of survey results in the middle.',
    after: 'A 2,800-word narrative that cites the survey\'s three key numbers; the full results in the appendix.',
  },
  kinds: ['narrative'],
  defaultSeverity: 'warning',
  group: 'structure',
  check(ctx) {
    const limit = ctx.config.limits.narrativeWords;
    const words = measure(ctx.model, spanWords(ctx)).body;
    if (words <= limit) return;
    ctx.report({
      ...documentAnchor(ctx.model),
      message: `The narrative is ${words} words before the appendix, over the six-page limit of ${limit}. Cut to what the decision needs and move supporting detail to the appendix.`,
      data: { words, limit },
    });
  },
  examples: {
    invalid: [
      {
        doc: `# Same-day repairs\n\n## Introduction\n\n${para(4)}\n\n## Appendix\n\n${para(50)}\n`,
        kind: 'narrative',
        config: { limits: { narrativeWords: 40 } },
        findings: [{ data: { words: 47, limit: 40 } }],
      },
    ],
    valid: [
      {
        doc: `# Same-day repairs\n\n## Introduction\n\n${para(20)}\n\n\`\`\`\n${para(400)}\n\`\`\`\n\n## Appendix\n\n${para(400)}\n`,
        kind: 'narrative',
      },
    ],
  },
};
