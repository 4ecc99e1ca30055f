import { daleChall } from 'dale-chall';
import retextReadability from 'retext-readability';
import { spache } from 'spache';
import type { Sentence } from 'nlcst';
import type { PrfaqConfig } from '../config/types.js';
import { toDocRange } from '../model/prose.js';
import { nlcstOf, runCheck, sentenceNodes, treeOf, wordText, type RetextCheck } from '../text/retext.js';
import { countWords } from './helpers.js';
import type { Rule } from './types.js';

type Settings = PrfaqConfig['readability'];

/**
 * retext-readability asks `list.includes(word)` of the Dale–Chall (2,942
 * words) and Spache (1,063) lists for every word of every sentence it
 * judges: a scan of the array each time, most of its work. These are the
 * very arrays it imported (one copy of each package: a test checks), so
 * each gets a membership test backed by a Set — the same answer in
 * constant time. The plugin only ever asks with one argument; nothing else
 * about the arrays changes.
 */
export const WORD_LISTS: ReadonlyArray<readonly string[]> = [daleChall, spache];
for (const list of WORD_LISTS) {
  const words = new Set(list);
  Object.defineProperty(list, 'includes', { value: (word: string) => words.has(word), configurable: true });
}

/** One retext-readability check per setting, built once. */
const checks = new Map<string, RetextCheck>();
function checkFor(s: Settings): RetextCheck {
  const key = `${s.age}/${s.threshold}/${s.minWords}`;
  let c = checks.get(key);
  if (!c) {
    c = retextReadability({ age: s.age, threshold: s.threshold, minWords: s.minWords }) as RetextCheck;
    if (checks.size > 16) checks.clear();
    checks.set(key, c);
  }
  return c;
}

/**
 * Could retext-readability possibly flag this sentence? Its seven formulas
 * vote; two of them (Automated Readability, Coleman–Liau) need only word
 * and letter counts, and two more (Spache, SMOG) have a ceiling that
 * depends only on the word count. If even with every other formula voting
 * "hard" the sentence cannot reach the threshold, retext need not look at
 * it — which spares its word-list scans on most sentences. The bound is
 * exact, so the screen never changes a result, only the time it takes.
 */
export function mightBeHard(sentence: Sentence, s: Settings): boolean {
  let words = 0;
  let letters = 0;
  for (const node of sentence.children) {
    if (node.type !== 'WordNode') continue;
    words++;
    letters += wordText(node).length;
  }
  if (words < s.minWords || words === 0) return false;
  const toAge = (grade: number) => Math.round(grade + 5);
  const ari = toAge(4.71 * (letters / words) + 0.5 * words - 21.43);
  const colemanLiau = toAge(0.0588 * ((letters / words) * 100) - 0.296 * ((1 / words) * 100) - 15.8);
  const spacheCeiling = toAge(0.659 + 0.121 * words + 0.082 * 100);
  const smogCeiling = Math.ceil(Math.sqrt(3.1291 + 1.043 * Math.sqrt(words * 30)) + 2.5);
  const possible = 3 + Number(ari > s.age) + Number(colemanLiau > s.age) + Number(spacheCeiling > s.age) + Number(smogCeiling > s.age);
  return possible / 7 >= (s.threshold || 4 / 7);
}

export const readability: Rule = {
  id: 'readability',
  description: 'A sentence so long or so dense with long words that readers must read it twice.',
  principle:
    'A review starts with everyone reading the document in silence, and a sentence that needs a second pass costs every reader that pass. Long sentences stacked with long, abstract words usually hide two or three ideas; split them, and put the plain word where the long one stood.',
  example: {
    before:
      'Consequently, organisational stakeholders experienced considerable operational inefficiencies attributable to inconsistent procurement documentation standardisation.',
    after: 'Buyers in each office used their own order forms. Finance spent two days a month fixing them.',
  },
  kinds: ['prfaq', 'narrative'],
  defaultSeverity: 'info',
  group: 'plain',
  scope: 'span',
  check(ctx) {
    const settings = ctx.config.readability;
    const check = checkFor(settings);
    for (const span of ctx.model.prose) {
      if (span.element === 'heading' || span.element === 'tableCell') continue;
      if (span.context.region === 'appendix' || span.context.role === 'heading') continue;
      if (countWords(span.text) < settings.minWords) continue;
      const candidates = sentenceNodes(nlcstOf(span)).filter((s) => mightBeHard(s, settings));
      if (candidates.length === 0) continue;
      for (const r of runCheck(check, treeOf(candidates))) {
        const words = countWords(span.text.slice(r.start, r.end));
        const range = toDocRange(span, r.start, r.end);
        ctx.report({
          ...range,
          message: `This sentence is hard to read (${words} words, many of them long). Split it into shorter sentences and prefer short, common words.`,
          data: { words },
        });
      }
    }
  },
  examples: {
    invalid: [
      '«Consequently, organisational stakeholders experienced considerable operational inefficiencies attributable to inconsistent procurement documentation standardisation across geographically distributed subsidiaries.» Buyers want one form.',
      {
        doc: 'Restaurant owners lose orders when the phone is busy. «Notwithstanding substantial infrastructural modernisation, institutional procurement methodologies systematically perpetuate administratively burdensome reconciliation responsibilities.»',
        note: 'only the hard sentence, not its easy neighbour',
      },
      {
        doc: 'Owners wait on hold. «Comprehensive interoperability specifications necessitate unambiguous documentation.»',
        config: { readability: { minWords: 5 } },
        note: 'minWords is configurable',
      },
    ],
    valid: [
      'Restaurant owners in mid-sized cities lose about twelve orders every Friday night because the phone line is busy. Now every call goes to a tablet in the kitchen, and no order is lost.',
      '# Comprehensive interoperability specifications necessitate unambiguous documentation across organisational boundaries everywhere\n\nOwners wait on hold.',
      'Comprehensive interoperability specifications necessitate unambiguous documentation.',
      '| notes |\n|---|\n| Consequently, organisational stakeholders experienced considerable operational inefficiencies attributable to inconsistent procurement documentation standardisation. |',
      {
        doc: '# Plan\n\nOwners wait on hold.\n\n## Appendix\n\nConsequently, organisational stakeholders experienced considerable operational inefficiencies attributable to inconsistent procurement documentation standardisation across subsidiaries.',
        kind: 'narrative',
        note: 'the appendix is reference material, read on demand',
      },
      {
        doc: 'Consequently, organisational stakeholders experienced considerable operational inefficiencies attributable to inconsistent procurement documentation standardisation across geographically distributed subsidiaries.',
        config: { rules: { readability: 'off' } },
      },
      'Run `organisationalStakeholdersExperiencedConsiderableOperationalInefficienciesAttributable` before you start the import of the order file.',
    ],
  },
};
