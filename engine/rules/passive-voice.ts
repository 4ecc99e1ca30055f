import retextPassive from 'retext-passive';
import { toDocRange } from '../model/prose.js';
import { parseText, runCheck, withoutDateline, type RetextCheck } from '../text/retext.js';
import type { Rule } from './types.js';

const QUOTE = /["“”'‘’]/;
const BE_IN_TEXT = /\b(?:am|are|is|was|were|be|been|being)\s/i;

/**
 * Participles that, after "be", nearly always describe a state rather than
 * an action someone performs: "we are done", "the old form is gone", "the
 * plan is fit for purpose", "customers are upset". Reporting them would
 * teach writers to ignore the rule.
 */
const STATIVE = ['done', 'gone', 'upset', 'fit', 'become', 'come', 'bet', 'ground', 'lit', 'wound', 'wed', 'beset'];

/**
 * retext-passive knows the irregular participles ("built", "sent", "made").
 * Regular ones ("is tagged", "will be migrated", "was actually deprioritised")
 * follow one pattern: a form of "be", at most one "-ly" adverb, a word in
 * "-ed". These participles after "be" usually describe a state or a feeling
 * rather than an action, so they stay quiet.
 */
/** Adverbs that sit between "be" and the participle without changing the voice. */
const BETWEEN = String.raw`(?:\p{L}+ly|often|always|never|still|already|also|usually|sometimes|then|now|not|rarely|seldom|typically)`;
const REGULAR = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(am|are|is|was|were|be|been|being)\s+(?:${BETWEEN}\s+)?(\p{L}{3,}ed)(?![\p{L}\p{N}'’-])`, 'giu');
const STATIVE_ED = new Set([
  'based', 'located', 'interested', 'involved', 'concerned', 'excited', 'pleased', 'tired', 'bored', 'worried', 'married',
  'qualified', 'experienced', 'skilled', 'advanced', 'detailed', 'complicated', 'sophisticated', 'dedicated', 'committed',
  'determined', 'related', 'unrelated', 'focused', 'focussed', 'supposed', 'scared', 'surprised', 'confused', 'frustrated',
  'satisfied', 'dissatisfied', 'delighted', 'amazed', 'annoyed', 'embarrassed', 'overwhelmed', 'stressed', 'limited',
  'prepared', 'closed', 'connected', 'called', 'named', 'titled', 'entitled', 'deprecated', 'enabled', 'disabled', 'aged',
  'hundred', 'sacred', 'naked', 'wicked', 'beloved', 'rugged', 'kindred', 'talented', 'gifted', 'biased', 'unbiased',
  'armed', 'crowded', 'ashamed', 'acquainted', 'accustomed', 'aligned', 'familiar', 'unexpected', 'varied', 'mixed',
  'fixed', 'balanced', 'motivated', 'engaged', 'impressed', 'relieved', 'convinced', 'assured', 'opinionated', 'outdated',
  'dated', 'sized', 'shaped', 'coloured', 'colored', 'licensed', 'registered', 'signed', 'logged', 'used',
]);
/** "indeed", "need", "exceed"; "unaffected", "unchanged" (no verb "unaffect"). */
const STATIVE_TAIL = /eed$|^un/i;

/** "was actually made": an adverb between "be" and an irregular participle, which retext-passive does not look past. */
const ADVERB_BETWEEN = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(?:am|are|is|was|were|be|been|being)\s+${BETWEEN}\s+(\p{L}+)(?![\p{L}\p{N}'’-])`, 'giu');
/** Is `word` one of retext-passive's participles? Asked of retext itself, once per word. */
const participles = new Map<string, boolean>();
function isListedParticiple(word: string): boolean {
  const w = word.toLowerCase();
  let yes = participles.get(w);
  if (yes === undefined) {
    yes = runCheck(check, parseText(`It was ${w}.`)).length > 0;
    if (participles.size > 5000) participles.clear();
    participles.set(w, yes);
  }
  return yes;
}

const check: RetextCheck = retextPassive({ ignore: STATIVE }) as RetextCheck;

/**
 * A form of "be", blanks, then a whole word (letters with inner hyphens or
 * apostrophes, as the English parser joins them): where retext-passive looks
 * for a participle. Reading these pairs from the text and asking retext
 * about the word alone (isListedParticiple, once per word) finds what
 * running retext-passive over each sentence's parsed tree found, without
 * parsing the sentences: about 8% of a full review.
 */
const BE_THEN_WORD = /(?<![\p{L}\p{N}'’-])(?:am|are|is|was|were|be|been|being)\s+([\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*)/giu;

/** At most this far from the start of "be" to its word: a longer run of blanks is layout, not one verb phrase. */
const BE_REACH = 16;

export const passiveVoice: Rule = {
  id: 'passive-voice',
  description: 'A passive verb ("was built", "is sent") that hides who does the action.',
  principle:
    'A passive sentence leaves out the actor, and in a plan the actor is the point: "the data is migrated" does not say whether the customer, the team or a script does it, or who answers for it when it fails. Name who acts and put them first.',
  example: { before: 'Orders are sent to the kitchen and the bill is split at the table.', after: 'The app sends orders to the kitchen, and guests split the bill at the table.' },
  kinds: ['prfaq', 'narrative'],
  defaultSeverity: 'info',
  group: 'plain',
  scope: 'span',
  check(ctx) {
    for (const span of ctx.model.prose) {
      if (span.element === 'heading' || span.element === 'tableCell') continue;
      if (span.context.region === 'appendix' || span.context.role === 'heading') continue;
      if (!BE_IN_TEXT.test(span.text)) continue;
      const seen = new Set<number>();
      const report = (start: number, end: number) => {
        if (seen.has(start)) return;
        if (QUOTE.test(span.text.charAt(start - 1)) && QUOTE.test(span.text.charAt(end))) return; // "was built", quoted
        seen.add(start);
        const phrase = span.text.slice(start, end).replace(/\s+/g, ' ');
        ctx.report({
          ...toDocRange(span, start, end),
          message: `"${phrase}" is passive: say who does it, and make them the subject ("the team built", "the app sends").`,
          data: { phrase },
        });
      };
      REGULAR.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = REGULAR.exec(span.text))) {
        const participle = m[2].toLowerCase();
        if (STATIVE_ED.has(participle) || STATIVE_TAIL.test(participle)) continue;
        report(m.index, m.index + m[0].length);
      }
      ADVERB_BETWEEN.lastIndex = 0;
      while ((m = ADVERB_BETWEEN.exec(span.text))) {
        if (isListedParticiple(m[1])) report(m.index, m.index + m[0].length);
      }
      // The dateline is a label, not a sentence: read the text with it blanked out.
      const text = withoutDateline(span.text);
      BE_THEN_WORD.lastIndex = 0;
      while ((m = BE_THEN_WORD.exec(text))) {
        const start = m.index + m[0].length - m[1].length;
        // The word may be the "be" of the next pair ("is being built").
        BE_THEN_WORD.lastIndex = start;
        if (!isListedParticiple(m[1])) continue;
        // Underline "be + participle".
        if (start - m.index <= BE_REACH) report(m.index, start + m[1].length);
      }
    }
  },
  examples: {
    invalid: [
      'The first version «was built» in six weeks.',
      'Orders «are sent» to the kitchen, and the bill «is split» at the table.',
      {
        doc: 'The migration script is «being written» now, and the old data has «been kept».',
        note: 'the form of "be" right before the participle starts the range',
      },
      'Every receipt «was\ntaken» by hand.',
      'Each order «is tagged» and will «be migrated» overnight; the old flow «was actually deprioritised».',
      'Reports «are often delayed», and the fix «was never written».',
      'Two formats «are supported» today.',
    ],
    valid: [
      'The team built the first version in six weeks.',
      'We are done with the pilot, the old form is gone, and the plan is fit for the launch.',
      'Owners are interested, the shop is located in Dublin, and the plan is based on the pilot.',
      'The feature is enabled by default and owners are frustrated by the phone.',
      'This is indeed the plan, and we used it in 2024; the prices are unchanged.',
      'The button is built-in and the file is read-only.',
      'Owners have been asking for this since 2023.',
      'Type "was built" in the search box.',
      'Run `was built` in the terminal.',
      '# The form was built in 2019\n\nOwners fill it in by hand.',
    ],
  },
};
