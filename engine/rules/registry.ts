/**
 * Every rule, once. Adding a rule: write engine/rules/<id>.ts with its
 * examples, add one line here, write docs/rules/<id>.md. The tests check
 * that ids are unique, every contract id is present and every page exists.
 */
import type { DocKind, DocModel } from '../model/types.js';
import { PRINCIPLE_GROUPS } from './groups.js';
import type { Rule } from './types.js';
import { solutionFirst } from './solution-first.js';
import { vagueCustomer } from './vague-customer.js';
import { missingSection } from './missing-section.js';
import { missingFaq } from './missing-faq.js';
import { unansweredQuestion } from './unanswered-question.js';
import { weaselWord } from './weasel-word.js';
import { compoundMetric } from './compound-metric.js';
import { outputMetric } from './output-metric.js';
import { readability } from './readability.js';
import { passiveVoice } from './passive-voice.js';
import { pressReleaseLength } from './press-release-length.js';
import { faqLength } from './faq-length.js';
import { narrativeLength } from './narrative-length.js';
import { narrativeBullets } from './narrative-bullets.js';
import { undefinedAcronym } from './undefined-acronym.js';
import { placeholder } from './placeholder.js';
import { missingSuccessMetric } from './missing-success-metric.js';
import { unrecognizedStructure } from './unrecognized-structure.js';

export const RULES: readonly Rule[] = [
  solutionFirst,
  vagueCustomer,
  missingSection,
  missingFaq,
  unansweredQuestion,
  weaselWord,
  compoundMetric,
  outputMetric,
  readability,
  passiveVoice,
  pressReleaseLength,
  faqLength,
  narrativeLength,
  narrativeBullets,
  undefinedAcronym,
  placeholder,
  missingSuccessMetric,
  unrecognizedStructure,
];

/**
 * What each rule judges, which decides the documents it runs on:
 * - `english`: English words (a lexicon, English grammar or syllables). Not
 *   run when the prose is not English (DocModel.english): on Spanish or
 *   German every finding would be wrong.
 * - `structure`: the parts, FAQs, lengths, lists and placeholders, in any
 *   language.
 * - `recognition`: that the structure was not found at all. When a file is
 *   only named like a kind and shows none of it (DocModel.unrecognized),
 *   this is the only rule that runs.
 * A test checks that every rule is in this table.
 */
export const RULE_JUDGES: Readonly<Record<string, 'english' | 'structure' | 'recognition'>> = {
  'solution-first': 'english',
  'vague-customer': 'english',
  'missing-section': 'structure',
  'missing-faq': 'structure',
  'unanswered-question': 'structure',
  'weasel-word': 'english',
  'compound-metric': 'english',
  'output-metric': 'english',
  readability: 'english',
  'passive-voice': 'english',
  'press-release-length': 'structure',
  'faq-length': 'structure',
  'narrative-length': 'structure',
  'narrative-bullets': 'structure',
  'undefined-acronym': 'english',
  placeholder: 'structure',
  'missing-success-metric': 'english',
  'unrecognized-structure': 'recognition',
};

/**
 * Findings of `structure` rules that rest on English words all the same:
 * the press-release parts the model tells apart by what their sentences say
 * (a dateline's month, "said", "today", "sign up": engine/model/cues.ts).
 * On prose that is not English those parts cannot be seen, so "missing"
 * would be a guess; they are not reported. The headline and subheading,
 * found by their place, still are, as are missing FAQs, unanswered
 * questions, lengths, bullets and placeholders.
 */
export const ENGLISH_READ_FINDINGS: Readonly<Record<string, { key: string; values: readonly string[] }>> = {
  'missing-section': { key: 'section', values: ['summary', 'problem', 'solution', 'leader-quote', 'getting-started', 'customer-quote', 'call-to-action'] },
};

/** Whether a finding of `rule` with `data` rests on English words (ENGLISH_READ_FINDINGS). */
export function readsEnglish(rule: string, data: Record<string, unknown> | undefined): boolean {
  const read = ENGLISH_READ_FINDINGS[rule];
  return !!read && read.values.includes(String(data?.[read.key]));
}

/** Whether `rule` judges this document at all (its kind aside): see RULE_JUDGES. */
export function judges(rule: string, model: Pick<DocModel, 'unrecognized' | 'english'>): boolean {
  const what = RULE_JUDGES[rule];
  if (model.unrecognized) return what === 'recognition';
  return what !== 'english' || model.english;
}

/** Ids that may appear in config and disable comments. */
export const RULE_IDS: string[] = [...RULES.map((r) => r.id), 'unknown-rule'];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/** `unknown-rule` is no Rule module (the engine reports it while reading disable comments); its group. */
const UNKNOWN_RULE_GROUP = 'comments';

/** The principles with the rule ids that serve them, for documents of `kind`, in summary order. */
export function principlesFor(kind: DocKind): Array<{ id: string; title: string; asks: string; rules: string[] }> {
  return PRINCIPLE_GROUPS.map((g) => ({
    id: g.id,
    title: g.title,
    asks: g.asks,
    rules: [...RULES.filter((r) => r.group === g.id && r.kinds.includes(kind)).map((r) => r.id), ...(g.id === UNKNOWN_RULE_GROUP ? ['unknown-rule'] : [])],
  }));
}
