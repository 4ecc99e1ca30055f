/**
 * Words a reviewer would ask to see replaced by a number, a date or nothing,
 * for `weasel-word`. Users add and remove words with `weaselWords`; the rule
 * reads the result through engine/text/vocabulary.ts.
 *
 * Each word is listed once, by its lemma; the lists say which forms the
 * matcher adds (engine/text/forms.ts): "significant" is also found as
 * "significantly", "easy" as "easily" and "easier", "revolutionize" as
 * "revolutionized". Below the lists, the exception tables: where a listed
 * word carries no weasel meaning, as the word and what stands right before
 * or after it.
 */
import { adverbOf, verbFormsOf } from '../text/forms.js';
import type { ContextRow } from '../text/phrases.js';

/** Words that only add emphasis: deleting them loses nothing. */
export const INTENSIFIERS: readonly string[] = [
  'very', 'really', 'quite', 'fairly', 'extremely', 'truly', 'incredibly', 'highly', 'rather', 'somewhat',
  'totally', 'absolutely', 'literally', 'basically', 'essentially', 'super', 'so much', 'pretty',
];

/** Intensifiers that, standing alone, answer yes ("Absolutely!", "Totally, you can."). */
export const REPLIES: readonly string[] = ['absolutely', 'totally'];

/** Vague amounts and comparisons that a number should replace. */
export const VAGUE_QUANTITIES: readonly string[] = [
  'many', 'several', 'various', 'numerous', 'a lot of', 'lots of', 'a number of', 'a handful of', 'countless',
  'tons of', 'a ton of', 'plenty of', 'nearly all', 'almost all', 'the vast majority', 'the majority of', 'most of the',
  'most of them', 'most of our', 'most of these', 'greatly', 'a fraction of', 'a significant number',
  'a large number of', 'a growing number of', 'orders of magnitude', 'a wide range of', 'a broad range of',
  'a wide variety of', 'a variety of', 'a great deal of', 'a bunch of',
  // Only before a comparative ("much faster"): see ONLY_WHERE.
  'much', 'far',
  // Only where it opens a claim about a group ("Most teams…"): the rule's hedgingMost().
  'most',
];

/** Sizes without a number. Found with their adverbs, which are vague amounts ("significantly cheaper"). */
export const SIZES: readonly string[] = [
  'significant', 'substantial', 'considerable', 'dramatic', 'vast', 'massive', 'huge', 'enormous', 'tremendous',
  'immense', 'negligible',
];

/**
 * How often, or for how many, said without a rate or a share. Only where
 * one opens the sentence ("Sometimes, imports fail."): there it hedges the
 * whole claim; inside a sentence it mostly describes ("the shop often learns
 * of a missing part at the counter") and the data sits around it.
 */
export const FREQUENCIES: readonly string[] = [
  'often', 'usually', 'generally', 'typically', 'sometimes', 'frequently', 'rarely', 'seldom', 'occasionally',
  'mostly', 'largely',
];
/** The same as phrases, which hedge wherever they stand. */
export const FREQUENCY_PHRASES: readonly string[] = [
  'in some cases', 'in many cases', 'in most cases', 'most of the time', 'for the most part', 'more often than not',
  'to some extent', 'to some degree', 'to a large extent', 'by and large',
];

/** Words that soften a claim without saying by how much. */
export const QUALIFIERS: readonly string[] = ['arguably', 'relatively', 'virtually', 'comparatively', 'more or less'];

/**
 * Ease and speed claimed, not measured. Found with their adverbs ("easily",
 * "quickly"); not their comparatives: "makes it easier to use" compares with
 * today, which the reader knows.
 */
export const EASE_AND_SPEED: readonly string[] = ['easy', 'quick', 'instant', 'effortless', 'painless', 'frictionless'];
/** The same as phrases, matched as written. */
export const EASE_PHRASES: readonly string[] = ['hassle-free', 'hassle free', 'in no time', 'in a snap', 'with ease'];

/** Praise the writer gives themselves. Found with their adverbs ("seamlessly", "perfectly"). */
export const SUPERLATIVES: readonly string[] = [
  'seamless', 'revolutionary', 'groundbreaking', 'unparalleled', 'unprecedented', 'magical', 'delightful',
  'amazing', 'awesome', 'incredible', 'disruptive', 'robust', 'unmatched', 'preeminent', 'unrivaled',
  'unrivalled', 'unbeatable', 'flawless',
];
/** Praise as a verb, found in every tense ("revolutionizes", "supercharged"). */
export const PRAISE_VERBS: readonly string[] = ['revolutionize', 'supercharge', 'turbocharge'];
/** Praise as phrases and hyphenated words, matched as written; and "perfect", whose adverb is precision, not praise ("perfectly aligned"). */
export const PRAISE_PHRASES: readonly string[] = [
  'perfect',
  'world-class', 'world class', 'best-in-class', 'best in class', 'best of breed', 'cutting-edge', 'cutting edge',
  'state-of-the-art', 'state of the art', 'game-changing', 'game changer', 'game-changer', 'ground-breaking',
  'next-generation', 'industry-leading', 'best-ever', 'blazing fast', 'blazing-fast', 'lightning-fast',
  'lightning fast', 'world-leading', 'pre-eminent', 'paradigm shift', 'synergy', 'than ever',
  'than ever before', 'like never before',
];

/** Dates a reader cannot put in a calendar. */
export const VAGUE_TIME: readonly string[] = [
  'soon', 'in the near future', 'shortly', 'in the coming months', 'in the coming weeks', 'in the coming days',
  'at some point', 'down the road', 'in the near term', 'in a future release', 'in a future version',
  'in an upcoming release', 'in a later release', 'in a later version', 'in a few weeks', 'in a few months',
  'eventually', 'someday', 'some day', 'for a while', 'at a later date', 'at a later stage', 'in due course',
  'before long',
  // Only in a promise ("we will share more later"): the rule's promisedLater().
  'later',
  // Only after what is promised ("details to follow"): see ONLY_WHERE.
  'to follow',
];

/** The groups, as the rule tells them apart: each has its own message and fix. */
export type WeaselKind = 'intensifier' | 'amount' | 'size' | 'frequency' | 'hedge' | 'ease' | 'praise' | 'time';

/**
 * Every form the lists spell, with its lemma and kind. A form listed as an
 * entry wins over the same form made from another entry ("incredibly" is an
 * intensifier, not the adverb of "incredible"). (A function, so that it reads
 * the lists as they are when a rule compiles it.)
 */
export function weaselForms(): Map<string, { lemma: string; kind: WeaselKind }> {
  const out = new Map<string, { lemma: string; kind: WeaselKind }>();
  const put = (form: string, lemma: string, kind: WeaselKind, listed: boolean) => {
    const f = form.toLowerCase();
    if (!out.has(f) || listed) out.set(f, { lemma, kind });
  };
  const listed: Array<[readonly string[], WeaselKind]> = [
    [INTENSIFIERS, 'intensifier'], [VAGUE_QUANTITIES, 'amount'], [SIZES, 'size'], [FREQUENCIES, 'frequency'], [FREQUENCY_PHRASES, 'frequency'],
    [QUALIFIERS, 'hedge'], [EASE_AND_SPEED, 'ease'], [EASE_PHRASES, 'ease'], [SUPERLATIVES, 'praise'],
    [PRAISE_VERBS, 'praise'], [PRAISE_PHRASES, 'praise'], [VAGUE_TIME, 'time'],
  ];
  // Made forms first, so that a listed entry overwrites them.
  for (const w of SIZES) { const a = adverbOf(w); if (a) put(a, w, 'amount', false); }
  for (const w of EASE_AND_SPEED) { const a = adverbOf(w); if (a) put(a, w, 'ease', false); }
  for (const w of SUPERLATIVES) { const a = adverbOf(w); if (a) put(a, w, 'praise', false); }
  for (const w of PRAISE_VERBS) for (const f of verbFormsOf(w)) put(f, w, 'praise', false);
  for (const [list, kind] of listed) for (const w of list) put(w, w, kind, true);
  return out;
}

/** Every weasel word, in every form the matcher looks for. */
export const weaselWords = (): string[] => [...weaselForms().keys()];

/** Words that say "not": earlier in its clause, an ease, size or praise word describes a problem, not a claim ("setup is not easy", "they can't be added to a queue easily"). */
export const NEGATIONS: readonly string[] = [
  'not', 'never', 'no', 'nor', 'nothing', "isn't", 'isn’t', "aren't", 'aren’t', "wasn't", 'wasn’t', "weren't",
  'weren’t', "can't", 'can’t', 'cannot', "don't", 'don’t', "doesn't", 'doesn’t', "won't", 'won’t', 'hardly',
  'far from', 'cannot be', "can't be", 'can’t be', 'not be', 'not always', 'not very', 'not so', 'not as',
  'not that', 'no way of', 'no way to',
];

/** Comparatives: "much" and "far" before one of these are a vague amount ("much faster"). */
export const COMPARATIVES: readonly string[] = [
  'better', 'worse', 'more', 'less', 'fewer', 'faster', 'slower', 'easier', 'harder', 'simpler', 'cheaper',
  'smaller', 'larger', 'bigger', 'higher', 'lower', 'nicer', 'safer', 'quicker', 'clearer', 'greater', 'shorter',
  'longer', 'stronger', 'smoother', 'lighter', 'richer', 'sooner', 'tighter', 'cleaner',
];

/** Claims of quality "highly" intensifies ("highly scalable"); before other words it is a description ("highly regulated"). */
export const HIGHLY_PRAISED: readonly string[] = [
  'scalable', 'secure', 'efficient', 'effective', 'reliable', 'accurate', 'performant', 'optimized', 'optimised',
  'intuitive', 'flexible', 'customizable', 'customisable', 'configurable', 'extensible', 'innovative', 'advanced',
  'sophisticated', 'successful', 'popular', 'productive', 'resilient', 'robust', 'valuable', 'recommended',
  'competitive', 'responsive', 'powerful',
];

/**
 * Where a listed word is a weasel word only: it is one when a row about it
 * holds, and only then. "super fast" but not "super user"; "details to
 * follow" but not "the steps to follow".
 */
export const ONLY_WHERE: readonly ContextRow[] = [
  { words: ['super'], after: ['fast', 'easy', 'simple', 'quick', 'cheap', 'useful', 'helpful', 'powerful', 'important', 'cool', 'smooth', 'clear', 'intuitive', 'happy'] },
  { words: ['highly'], after: HIGHLY_PRAISED },
  { words: ['pretty'], after: ['much', 'sure', 'good', 'great', 'easy', 'easily', 'simple', 'simply', 'quick', 'quickly', 'fast', 'straightforward', 'well', 'cool', 'neat', 'trivial', 'clear', 'powerful', 'robust', 'seamless', 'seamlessly'] },
  { words: ['much', 'far'], after: COMPARATIVES },
  {
    words: ['to follow'],
    before: ['details', 'more', 'availability', 'pricing', 'updates', 'information', 'info', 'news', 'documentation', 'docs', 'specifics', 'dates', 'a date', 'timeline', 'announcement', 'announcements', 'support', 'rollout'],
  },
];

/** Words that may stand before a verb an intensifier then stresses ("we truly own", "to really think"): no claim about the product. */
const VERB_LEADS = ['i', 'you', 'we', 'they', 'he', 'she', 'it', 'to', 'can', 'could', 'will', 'would', 'should', 'must', 'may', 'might', 'do', 'does', 'did', 'not', 'never', 'who', 'just', 'also'];
/** Words that open a noun phrase: "is essentially a queue" defines, it does not hedge. */
const DETERMINERS = ['a', 'an', 'the', 'your', 'our', 'their', 'its', 'this', 'that', 'these', 'those', 'what', 'how', 'one', 'any', 'all', 'no', 'just'];

/**
 * Uses of a listed word that carry no weasel meaning: the word, and what
 * stands right before and/or after it.
 */
export const NOT_WEASEL: readonly ContextRow[] = [
  { words: ['rather'], after: ['than'] },
  { words: ['rather'], before: ['would', 'or', 'but', "'d", '’d'] },
  { words: ['very'], before: ['the'], after: ['first', 'same', 'last', 'end', 'beginning', 'start', 'moment', 'idea', 'thing', 'top', 'bottom', 'heart', 'core', 'least', 'next', 'few'] },
  { words: ['really', 'truly', 'absolutely', 'totally', 'literally', 'basically', 'essentially'], before: VERB_LEADS },
  { words: ['essentially', 'basically'], after: DETERMINERS },
  { words: ['generally'], after: ['available', 'availability'] },
  { words: ['frequently'], after: ['asked'] },
  { words: FREQUENCIES, before: ['most', 'more', 'less', 'how', 'as', 'too', 'so'] },
  { words: ['significant'], before: ['statistically'] },
  { words: ['significant'], after: ['digit', 'figure', 'bit', 'other'] },
  { words: ['perfect'], after: ['forward secrecy'] },
  { words: ['soon'], before: ['as'], after: ['as'] },
  { words: ['quick'], after: ['start', 'reference', 'link', 'look', 'note', 'tip', 'fix', 'tour', 'glance', 'question', 'pick', 'guide'] },
  { words: ['instant'], after: ['messaging', 'message'] },
  { words: ['easy'], after: ['to reach', 'to serve', 'to find', 'to sell to', 'to acquire', 'to target', 'to identify', 'to contact'] },
  { words: ['later'], before: ['described', 'discussed', 'explained', 'shown', 'covered', 'see', 'defined', 'detailed', 'introduced', 'listed', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'moment', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'moments'] },
  // "more robust", "as easy as": a comparison with today, which the reader knows.
  { words: [...EASE_AND_SPEED, ...EASE_PHRASES, ...SUPERLATIVES, ...SIZES, 'perfect'], before: ['more', 'less', 'as'] },
  // "some files, e.g. various .json files": an example, not a count.
  { words: VAGUE_QUANTITIES, before: ['e.g.', 'i.e.', 'such as', 'including', 'like'] },
];
