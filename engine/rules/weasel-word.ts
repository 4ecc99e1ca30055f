import { INTENSIFIERS, SUPERLATIVES, VAGUE_TIME } from '../text/vocabulary.js';
import { after, before, matchProse, reportMatch } from './helpers.js';
import type { Rule } from './types.js';

const intensifiers = new Set(INTENSIFIERS);
const superlatives = new Set(SUPERLATIVES);
const vagueTime = new Set(VAGUE_TIME);

/** "nearly 40%", "several (3)", "many — 1,240 —": the data is right there. */
const DATA_FOLLOWS = /^[\s(—–:-]*(?:about |around |over |some |roughly )?[$€£¥]?\d/;
/** "How many customers…?" asks for the number rather than hiding it. */
const ASKING = /\b(?:how|as)\s*$/i;
/** Inside a proper name ("Very Good Coffee Co"): capitalised mid-sentence. */
function inProperName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/^\p{Lu}/u.test(word) || start === 0) return false;
  const prev = text.slice(0, start).trimEnd();
  if (prev === '' || /[.!?:"“]$/.test(prev)) return false; // sentence start
  const next = /^\s+(\p{L}+)/u.exec(text.slice(end));
  return !!next && /^\p{Lu}/u.test(next[1]);
}

export const weaselWord: Rule = {
  id: 'weasel-word',
  description: 'Hedges, intensifiers, vague amounts and self-praise that a number or a fact should replace.',
  principle:
    'Reviewers trust numbers, not adjectives. "Significantly faster" invites the question "how much?", and "world-class" is a claim only customers can make. Replace the word with the figure, the date or the fact that made you reach for it — or delete it if it only adds emphasis.',
  example: { before: 'Checkout is significantly faster for many sellers.', after: 'Checkout takes 4 seconds instead of 11 for 1,240 sellers.' },
  kinds: ['prfaq', 'narrative'],
  defaultSeverity: 'warning',
  check(ctx) {
    for (const m of matchProse(ctx.model.prose, ctx.vocabulary.weasel)) {
      if (DATA_FOLLOWS.test(after(m.span, m.end))) continue;
      if (ASKING.test(before(m.span, m.start))) continue;
      if (inProperName(m.span.text, m.start, m.end)) continue;
      const word = m.text.toLowerCase().replace(/\s+/g, ' ');
      let message: string;
      let fix: string;
      if (intensifiers.has(word)) {
        message = `"${m.text}" adds emphasis, not information. Delete it, or say what makes this remarkable with a number.`;
        fix = 'delete';
      } else if (superlatives.has(word)) {
        message = `"${m.text}" is praise the reader has no reason to believe. Replace it with the evidence: a measurement, a comparison, a customer's result.`;
        fix = 'evidence';
      } else if (vagueTime.has(word)) {
        message = `"${m.text}" is not a date. Give the date or the quarter.`;
        fix = 'date';
      } else {
        message = `"${m.text}" is an amount without a number. Give the figure: how many, how much, what share.`;
        fix = 'number';
      }
      reportMatch(ctx, m, message, { word, fix });
    }
  },
  examples: {
    invalid: [
      'The new checkout is «very» fast and «significantly» cheaper than the old one.',
      'We heard from «several» teams that the setup is «seamless».',
      'The feature ships «soon» to «nearly all» regions.',
      'It is a «world-class» experience.',
    ],
    valid: [
      'Nearly 40% of sellers abandon the form, and several (3) pilots confirmed it.',
      'How many customers does this serve?',
      'Run `very fast` in the terminal, or read [the guide](https://example.com/very-significantly).',
      '| metric | value |\n|---|---|\n| signups | 1,240 |',
      '---\nkind: prfaq\ntitle: very many\n---\n\nCheckout takes 4 seconds.',
      '```\nThis is very seamless.\n```',
      'Members of Very Good Coffee Co wait 3 minutes per order.',
    ],
  },
};
