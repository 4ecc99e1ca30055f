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

/**
 * Words that only add emphasis: deleting them loses nothing. Only before a
 * judgement (JUDGEMENTS: "very costly", "quite confusing", "extremely
 * fast"): before anything else they describe or stress a verb ("really
 * comes from", "very long time", "very little"), and a reviewer lets them be.
 */
export const INTENSIFIERS: readonly string[] = [
  'very', 'really', 'quite', 'extremely', 'truly', 'incredibly', 'highly', 'totally', 'absolutely', 'literally',
  'basically', 'essentially', 'super', 'so much', 'remarkably', 'exceptionally', 'insanely', 'ridiculously', 'amazingly',
  'utterly', 'woefully', 'notoriously', 'hugely', 'massively',
];

/**
 * Words that soften as they stress ("fairly simple", "pretty easy"). Only
 * before a claim of ease, speed or quality (EASE_CLAIMS): "fairly simple"
 * promises little work; "somewhat complicated" and "pretty much limited to"
 * describe, and are left alone. ("somewhat" is not listed: it never claims.)
 */
export const DOWNTONERS: readonly string[] = ['fairly', 'rather', 'pretty'];
/**
 * Vague amounts. Only where the number hides who or how much demand
 * ("many customers", "a lot of requests", "several teams": a noun of
 * PEOPLE_OR_DEMAND, or the lexicon's people and customer nouns, after it),
 * or anywhere in the claims of a PR/FAQ — its press release (not the
 * problem it describes) and the external FAQ's answers. Elsewhere a vague
 * amount of things is a technical description ("several issues with the
 * parser", "many properties", "a number of factors"), and the list or the
 * number is usually right there.
 */
export const VAGUE_QUANTITIES: readonly string[] = [
  'many', 'several', 'various', 'numerous', 'a lot of', 'lots of', 'a number of', 'a handful of', 'countless',
  'tons of', 'a ton of', 'plenty of', 'nearly all', 'almost all', 'the vast majority', 'the majority of', 'most of the',
  'most of them', 'most of our', 'most of these', 'a fraction of', 'a significant number',
  'a large number of', 'a growing number of', 'a wide range of', 'a broad range of',
  'a wide variety of', 'a variety of', 'a great deal of', 'a bunch of', 'a broad set of', 'a wide set of',
  'a wide array of', 'a broad array of', 'a host of', 'a myriad of', 'a plethora of', 'a multitude of', 'a slew of',
  // Informal and British forms: "scores of clinics", "loads of associations have asked", "the bulk of our minutes".
  'scores of', 'loads of', 'heaps of', 'a heap of', 'a load of', 'the bulk of', 'a good number of', 'a fair number of',
  'a great many', 'a big amount of', 'a large amount of', 'a sizeable share of', 'a sizable share of', 'a large share of',
  'a big share of', 'a good share of',
  // "agents spend a large part of every shift searching": a share with no figure.
  'a large part of', 'a big part of', 'a good part of', 'a significant part of', 'a considerable part of', 'a large portion of',
  'a significant portion of', 'a sizeable portion of', 'a sizable portion of', 'a big chunk of', 'a large chunk of', 'a good chunk of',
  // Only where it opens a claim about a group ("Most teams…"): the rule's hedgingMost().
  'most',
];

/**
 * Vague amounts that are a share: "Most of these patients do not decide to
 * skip. When staff called back 600 of them, 58% said they forgot…" gives
 * the share in the next sentence, and the word is measured.
 */
export const VAGUE_SHARES: readonly string[] = [
  'most', 'most of the', 'most of them', 'most of our', 'most of these', 'nearly all', 'almost all', 'the vast majority', 'the majority of',
];

/**
 * Vague amounts that are one only where they open a claim about people or
 * demand ("Multiple shops asked for it", "…, and multiple teams wrote in").
 * Inside a sentence they describe ("the app alerts multiple nearby
 * helpers", "apply multiple tags"): the real documents' reviewer left
 * those alone, in press releases too. ("some" is not listed: even opening a
 * clause, "some developers work where…" mostly describes part of the
 * audience, and a reviewer is divided on it.)
 */
export const PEOPLE_ONLY_QUANTITIES: readonly string[] = ['multiple'];

/**
 * Round counts that stand for a number nobody gave: "trusted by thousands of
 * teams", "used by hundreds of companies". In the claims of a PR/FAQ and
 * before people they are a vague count of customers; elsewhere ("thousands
 * of rows", "hundreds of resources") they size a system, and are left alone.
 */
export const ROUND_COUNTS: readonly string[] = [
  'dozens of', 'hundreds of', 'thousands of', 'tens of thousands of', 'hundreds of thousands of', 'millions of',
];

/**
 * A change or a comparison claimed without its size: "much faster", "far
 * better", "improves it greatly", "orders of magnitude cheaper". Claims
 * wherever they stand.
 */
export const COMPARATIVE_AMOUNTS: readonly string[] = [
  'greatly', 'orders of magnitude', 'by far',
  // "beat manual matching by a wide margin": a lead claimed, not measured.
  'by a wide margin', 'by a large margin', 'by a huge margin', 'by a big margin', 'by a significant margin', 'by a considerable margin',
  // Only before a comparative ("much faster", "way faster", "a lot quicker"): see ONLY_WHERE.
  'much', 'far', 'way', 'a lot',
];

/**
 * Who or what a vague amount hides the count of, besides the people and
 * customer nouns of ./people.ts: groups of people and organisations, and
 * demand ("a lot of requests"). Plurals are found too. Mass nouns of demand
 * count in the singular ("a lot of feedback").
 */
export const PEOPLE_OR_DEMAND: readonly string[] = [
  'team', 'company', 'partner', 'provider', 'agency', 'marketplace', 'community', 'household', 'shop',
  'request', 'complaint', 'ticket', 'deal', 'signup', 'sign-up', 'subscription', 'download', 'install',
  'installation', 'vote', 'upvote', 'inquiry', 'enquiry', 'feature request',
  // People met at work and in research, not customers: "a number of associates told us", "many respondents".
  'associate', 'colleague', 'coworker', 'co-worker', 'teammate', 'respondent', 'participant', 'interviewee',
];
/**
 * Verbs only people do, right after a vague amount: its subject is people
 * even when no noun is said ("the vast majority said…", "many told us…").
 * ("reported" and "requested" are left out: "several reported issues" is a
 * participle before a noun.)
 */
export const SPOKEN_BY_PEOPLE: readonly string[] = [
  'said', 'say', 'says', 'told', 'tell', 'asked', 'want', 'wanted', 'prefer', 'preferred', 'complained', 'agreed',
  'answered', 'responded', 'replied', 'mentioned', 'wrote', 'voted', 'signed up', 'would switch', 'would pay',
];
export const DEMAND_MASS_NOUNS: readonly string[] = ['feedback', 'demand', 'interest', 'traffic'];
/**
 * Demand and adoption claimed without a count: "a highly requested
 * feature", "widely used", "in high demand". Usually the case for the
 * work, where the reviewer wants the number of requests or users.
 */
export const DEMAND_CLAIMS: readonly string[] = [
  'highly requested', 'highly-requested', 'much requested', 'much-requested', 'frequently requested',
  'often requested', 'oft-requested', 'widely requested', 'widely used', 'widely-used', 'widely adopted',
  'widely-adopted', 'in high demand', 'by popular demand', 'hugely popular',
  // (Not "most requested": it ranks, and the count usually stands by it — "the fourth most-requested service (214 upvotes)".)
  'sought-after', 'sought after', 'heavily used', 'heavily-used',
];
/** Sizes without a number. Found with their adverbs, which are vague amounts ("significantly cheaper"). */
export const SIZES: readonly string[] = [
  'significant', 'substantial', 'considerable', 'dramatic', 'vast', 'massive', 'huge', 'enormous', 'tremendous',
  'immense', 'negligible', 'drastic', 'noticeable', 'appreciable',
];

/**
 * How often, or for how many, said without a rate or a share. Only where
 * one opens the sentence ("Sometimes, imports fail."): there it hedges the
 * whole claim; inside a sentence it mostly describes ("the shop often learns
 * of a missing part at the counter") and the data sits around it.
 */
export const FREQUENCIES: readonly string[] = [
  'often', 'usually', 'generally', 'typically', 'sometimes', 'frequently', 'rarely', 'seldom', 'occasionally',
  'mostly', 'largely', 'regularly', 'routinely',
];
/** The same as phrases, which hedge wherever they stand. */
export const FREQUENCY_PHRASES: readonly string[] = [
  'in some cases', 'in many cases', 'in most cases', 'most of the time', 'for the most part', 'more often than not',
  'to some extent', 'to some degree', 'to a large extent', 'by and large', 'to a certain extent', 'to a certain degree',
  // How often, with no rate: "we see this constantly", "it happens all the time".
  'constantly', 'all the time', 'time and again', 'over and over again',
  // How often, as a phrase: "from time to time the sync stalls".
  'from time to time', 'every so often', 'now and then', 'now and again', 'once in a while',
];

/**
 * How-often words that, outside the claims of a PR/FAQ (its press release
 * and external FAQ answers), describe how a system behaves ("Usually the
 * cache is warm", "in some cases the write is retried", "Typically `0`"):
 * technical prose is full of them, and no reviewer asks for their rate.
 * There (and outside the customer's situation: SITUATION_SECTIONS) they
 * are reported only where they hedge a claim about people
 * ("Usually, owners wait a week": ./people.ts) or a claim of quality or
 * ease (EASE_CLAIMS and QUALITY_COMPARATIVES: "in most cases it is
 * faster"). Learned from the READMEs of other people's packages
 * (scripts/evaluate.ts --readmes), where 42 of 43 such findings were
 * descriptions.
 */
export const BEHAVIOUR_FREQUENCIES: readonly string[] = [
  ...FREQUENCIES, 'in some cases', 'in many cases', 'in most cases', 'most of the time', 'more often than not',
  'constantly', 'all the time', 'from time to time', 'every so often', 'now and then', 'now and again', 'once in a while',
];

/**
 * Where a document tells the customer's situation today: a PR/FAQ's problem
 * part and these narrative sections. There a how-often word hides the rate a
 * reviewer asks for ("Usually a return waits four days"), as in the claims.
 */
export const SITUATION_SECTIONS: readonly string[] = ['current-state', 'introduction'];

/** Words that soften a claim without saying by how much. */
export const QUALIFIERS: readonly string[] = ['arguably', 'relatively', 'virtually', 'comparatively', 'more or less'];

/**
 * Ease and speed claimed, not measured. Found with their adverbs ("easily",
 * "quickly"); not their comparatives: "makes it easier to use" compares with
 * today, which the reader knows.
 */
export const EASE_AND_SPEED: readonly string[] = ['easy', 'instant', 'effortless', 'painless', 'frictionless'];
/**
 * "Setup is quick": found as the adjective only. "quickly deploy" mostly
 * retells what a service does, in its maker's words, and a reviewer lets it be.
 */
export const SPEED_ADJECTIVES: readonly string[] = ['quick'];
/**
 * Claims of no setup at all: a figure elsewhere in the sentence never
 * measures them ("works out of the box with the 14 banks" counts banks).
 */
export const NO_SETUP_CLAIMS: readonly string[] = ['out of the box'];
/** The same as phrases, matched as written. */
export const EASE_PHRASES: readonly string[] = [
  'hassle-free', 'hassle free', 'in no time', 'in a snap', 'with ease', 'with little effort', 'with minimal effort',
  'with no effort', 'without any effort', 'a breeze', 'at the click of a button', 'with the click of a button',
  // Speed with no figure: "builds a rota in a matter of seconds". (Not "in seconds": it is as often a unit, "TTL in seconds".)
  'in a matter of seconds', 'in a matter of minutes', 'in mere seconds', 'in mere minutes',
  // "the easiest way to…": first among every way there is, and no comparison shown.
  'the easiest way', 'the simplest way', 'the fastest way', 'the quickest way',
  // "works out of the box": no setup claimed, not shown. (Not the adjective "out-of-the-box support", which names a feature.)
  ...NO_SETUP_CLAIMS,
];

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
  // Superlatives a release cannot prove: "the world's first", "the most secure way to…", "the leading innovator".
  "world's first", 'world’s first', "world's best", 'world’s best', "world's leading", 'world’s leading', "world's most", 'world’s most',
  "industry's first", 'industry’s first', "industry's only", 'industry’s only', 'the very best',
  'the most advanced', 'the most innovative', 'the most secure', 'the most powerful', 'the most comprehensive', 'the most intuitive',
  'the most trusted', 'the leading provider', 'the leading innovator', 'the leading platform', 'the leading solution',
  // "The engine is the best in the industry", "the best on the market": first place, with no ranking shown.
  'the best in the industry', 'the best on the market', 'the best in the market', 'the best in the world', 'second to none',
  // Growth ranked with no figure: "one of the fastest-growing services on the platform".
  'the fastest-growing', 'the fastest growing', 'one of the fastest-growing', 'one of the fastest growing',
  // "a leading provider of…", "the leading app for…": only before the maker or the product (LEADING_HEADS), not "leading zeros".
  'leading',
];

/**
 * First place claimed with no ranking shown, wherever the superlative is
 * built from ("the world's smartest meal planner", "hands-down the most
 * personalized planner on the market", "the fastest way ever"): a
 * superlative ("most" or "least" and a word, or a word in -est) owned by the
 * world or an industry (RANK_OWNERS), or followed within a few words by
 * where it ranks (RANK_PLACES). Only in a PR/FAQ's claims; a stress before
 * it (RANK_STRESS) is part of the finding.
 */
export const RANK_OWNERS: readonly string[] = ["world's", "industry's", "nation's", "country's", "market's", "planet's", "internet's", "city's"];
export const RANK_PLACES: readonly string[] = [
  'on the market', 'in the market', 'in the industry', 'in the world', 'in its class', 'in the category', 'in the country',
  'anywhere', 'out there', 'ever made', 'ever built', 'ever',
];
export const RANK_STRESS: readonly string[] = ['hands-down', 'hands down', 'by far', 'easily', 'truly', 'simply'];
/** Superlatives that rank by a count, not by praise ("the most common cause in the industry", "the most requested feature"): left alone. */
export const RANK_COUNTS: readonly string[] = ['common', 'frequent', 'frequently', 'likely', 'recent', 'recently', 'important', 'used', 'requested', 'popular', 'widely', 'often'];
/** Words in -est that are no superlative: "the largest request", "of interest". */
export const NOT_SUPERLATIVES: readonly string[] = [
  'interest', 'request', 'honest', 'modest', 'forest', 'harvest', 'suggest', 'invest', 'test', 'west', 'guest', 'rest', 'quest',
  'contest', 'protest', 'manifest', 'digest', 'earnest', 'arrest', 'nest', 'chest', 'pest', 'vest', 'attest', 'detest',
  'ingest', 'infest', 'conquest', 'midwest', 'southwest', 'northwest', 'inquest', 'unrest', 'behest', 'priest', 'crest',
  'zest', 'fest', 'latest', 'backtest', 'pretest', 'retest', 'unittest', 'pytest',
];

/**
 * A benefit announced without its size: "a construct that makes it easier
 * to use Pipes", "makes nightly jobs more efficient". Only where the
 * release announces — its headline, subheading and summary (also the FAQ's
 * answer to "What are we launching today?" standing as the summary): there
 * it is often the launch's only benefit, and the reviewer asks how much
 * easier. Elsewhere "makes it easier to…" compares with today in passing,
 * or retells what a service does in its maker's words.
 */
export const UNSIZED_BENEFITS: readonly string[] = [
  'makes it easier', 'make it easier', 'making it easier', 'makes it simpler', 'make it simpler', 'making it simpler',
  'makes it faster', 'make it faster', 'making it faster', 'makes it quicker', 'make it quicker', 'making it quicker',
  'makes it cheaper', 'make it cheaper', 'making it cheaper', 'more efficient', 'more productive',
  // A gain as a verb with no size: "App Slashes Queues at Ferry Terminals", "streamlines timetabling", "boosts margin".
  'slashes', 'slash', 'slashing', 'streamlines', 'streamline', 'streamlining', 'boosts', 'boost', 'boosting',
];

/** Dates a reader cannot put in a calendar. */
export const VAGUE_TIME: readonly string[] = [
  'soon', 'in the near future', 'shortly', 'in the coming months', 'in the coming weeks', 'in the coming days',
  'at some point', 'down the road', 'in the near term', 'in a future release', 'in a future version',
  'in an upcoming release', 'in a later release', 'in a later version', 'in a few weeks', 'in a few months',
  'someday', 'some day', 'for a while', 'for some time', 'at a later date', 'at a later stage', 'in due course',
  'before long', 'in the coming years', 'in the coming quarters', 'in a future update', 'in an upcoming version',
  'in a subsequent release', 'in a follow-up release', 'at a future date', 'in the next few weeks', 'in the next few months',
  'in the next few days', 'in a later phase', 'in a future phase', 'in a later iteration', 'in a future iteration',
  // "We'll add the Kotlin bindings in a follow-up.": another change, with no date.
  'in a follow-up', 'in a follow-up pr', 'in a follow-up change', 'in a follow-up rfc', 'in a later pr',
  // "Mixed fleets are planned for a future release.", "slated for a later version".
  'for a future release', 'for a future version', 'for a later release', 'for a later version', 'for a future update', 'for an upcoming release',
  // Only in a promise ("we will share more later", "we intend to eventually…"): PROMISED_ONLY.
  'later', 'eventually',
  // Only after what is promised ("details to follow"): see ONLY_WHERE.
  'to follow',
];

/** The groups, as the rule tells them apart: each has its own message and fix. */
export type WeaselKind = 'intensifier' | 'amount' | 'size' | 'frequency' | 'hedge' | 'ease' | 'praise' | 'time';

/**
 * Where a family's words are weasel words (the rule checks each scope in
 * one place, engine/rules/weasel-word.ts inScope()):
 *
 * - `everywhere`: a claim wherever it stands (the exceptions below still apply);
 * - `opens-sentence`: only where it opens a sentence, hedging the whole claim;
 * - `before-judgement`: only before a word of JUDGEMENTS, EASE_CLAIMS or
 *   COMPARATIVES, or a claim word of these lists ("very costly", "quite a lot trickier");
 * - `before-ease-claim`: only before a word of EASE_CLAIMS or a claim word of
 *   these lists ("fairly simple", "pretty easily");
 * - `people`: only where it opens a clause and a people-or-demand noun
 *   follows ("Multiple shops…", "…, and multiple teams…");
 * - `people-in-claims`: only before a people noun, in a PR/FAQ's claims
 *   ("trusted by thousands of teams");
 * - `people-or-claim`: only before a people-or-demand noun ("many customers"),
 *   or anywhere in a PR/FAQ's claims: its press release but the problem, and
 *   the external FAQ's answers;
 * - `commitment`: a plan, not the past nor a hypothesis; PROMISED_ONLY words
 *   only with a word of promise in the sentence ("will", "plan to", "intention").
 */
export type WeaselScope = 'everywhere' | 'opens-sentence' | 'before-judgement' | 'before-ease-claim' | 'people-or-claim' | 'people' | 'people-in-claims' | 'commitment' | 'announcing';

export interface WeaselFamily {
  words: readonly string[];
  kind: WeaselKind;
  scope: WeaselScope;
  /** Forms the matcher adds: the adverb of each adjective (with its own kind), or every tense of each verb. */
  adverbs?: WeaselKind;
  verbs?: boolean;
}

/**
 * The policy, family by family. (A function, so that it reads the lists as
 * they are when a rule compiles it.)
 */
export const weaselFamilies = (): WeaselFamily[] => [
  { words: INTENSIFIERS, kind: 'intensifier', scope: 'before-judgement' },
  { words: DOWNTONERS, kind: 'intensifier', scope: 'before-ease-claim' },
  { words: VAGUE_QUANTITIES, kind: 'amount', scope: 'people-or-claim' },
  { words: PEOPLE_ONLY_QUANTITIES, kind: 'amount', scope: 'people' },
  { words: ROUND_COUNTS, kind: 'amount', scope: 'people-in-claims' },
  { words: COMPARATIVE_AMOUNTS, kind: 'amount', scope: 'everywhere' },
  { words: DEMAND_CLAIMS, kind: 'amount', scope: 'everywhere' },
  { words: SIZES, kind: 'size', scope: 'everywhere', adverbs: 'amount' },
  { words: FREQUENCIES, kind: 'frequency', scope: 'opens-sentence' },
  { words: FREQUENCY_PHRASES, kind: 'frequency', scope: 'everywhere' },
  { words: QUALIFIERS, kind: 'hedge', scope: 'everywhere' },
  { words: EASE_AND_SPEED, kind: 'ease', scope: 'everywhere', adverbs: 'ease' },
  { words: SPEED_ADJECTIVES, kind: 'ease', scope: 'everywhere' },
  { words: EASE_PHRASES, kind: 'ease', scope: 'everywhere' },
  { words: SUPERLATIVES, kind: 'praise', scope: 'everywhere', adverbs: 'praise' },
  { words: PRAISE_VERBS, kind: 'praise', scope: 'everywhere', verbs: true },
  { words: PRAISE_PHRASES, kind: 'praise', scope: 'everywhere' },
  { words: VAGUE_TIME, kind: 'time', scope: 'commitment' },
  { words: UNSIZED_BENEFITS, kind: 'ease', scope: 'announcing' },
];

/** Vague times that are one only in a promise: "as described later", "the job eventually times out" promise nothing. */
export const PROMISED_ONLY: readonly string[] = [
  'later', 'eventually',
  // "everyone splits bills at some point" tells a habit; "we will add it at some point" is the vague plan.
  'at some point', 'someday', 'some day',
];

/**
 * Every form the lists spell, with its lemma, kind and scope. A form listed
 * as an entry wins over the same form made from another entry ("incredibly"
 * is an intensifier, not the adverb of "incredible").
 */
export function weaselForms(): Map<string, { lemma: string; kind: WeaselKind; scope: WeaselScope }> {
  const out = new Map<string, { lemma: string; kind: WeaselKind; scope: WeaselScope }>();
  const put = (form: string, lemma: string, kind: WeaselKind, scope: WeaselScope, listed: boolean) => {
    const f = form.toLowerCase();
    if (!out.has(f) || listed) out.set(f, { lemma, kind, scope });
  };
  const families = weaselFamilies();
  // Made forms first, so that a listed entry overwrites them.
  for (const { words, scope, adverbs, verbs } of families) {
    for (const w of words) {
      const a = adverbs && adverbOf(w);
      if (adverbs && a) put(a, w, adverbs, scope, false);
      if (verbs) for (const f of verbFormsOf(w)) put(f, w, 'praise', scope, false);
    }
  }
  for (const { words, kind, scope } of families) for (const w of words) put(w, w, kind, scope, true);
  return out;
}

/** Every weasel word, in every form the matcher looks for. */
export const weaselWords = (): string[] => [...weaselForms().keys()];

/**
 * After a vague amount, a figure set off by a comma, a dash or a parenthesis
 * gives the share it stands for: "Most tailors we interviewed, 19 of the 26,
 * want…", "Many owners — 7 in 10 — …". The figure must read as a share (a
 * percent, or "N of/in/out of M"); "Most tailors, 2 weeks later, …" is no
 * share. These words follow the number.
 */
export const SHARE_AFTER_NUMBER: readonly string[] = ['%', 'percent', 'per cent', 'of', 'out of', 'in'];

/** Words that say "not": earlier in its clause, an ease, size or praise word describes a problem, not a claim ("setup is not easy", "they can't be added to a queue easily"). */
export const NEGATIONS: readonly string[] = [
  'not', 'never', 'no', 'nor', 'nothing', "isn't", 'isn’t', "aren't", 'aren’t', "wasn't", 'wasn’t', "weren't",
  'weren’t', "can't", 'can’t', 'cannot', "don't", 'don’t', "doesn't", 'doesn’t', "won't", 'won’t', 'hardly',
  'far from', 'cannot be', "can't be", 'can’t be', 'not be', 'not always', 'not very', 'not so', 'not as',
  'not that', 'no way of', 'no way to',
];

/**
 * Modals of a consequence imagined, not promised: outside the claims of a
 * PR/FAQ (its press release and external FAQ), a size, a comparison or
 * praise after one of these in its clause weighs an option ("adding them
 * would dramatically grow the package", "it would be much nicer to…",
 * "that would break the amazing type checks", "there may be a chance to
 * make renewals seamless"): reasoning about a road not
 * yet taken, which the real documents' reviewer left alone. Intensifiers
 * and claims of ease are still reported there.
 */
export const CONDITIONAL_MODALS: readonly string[] = ['would', 'could', 'might', 'may'];

/** Comparatives: "much" and "far" before one of these are a vague amount ("much faster"). */
export const COMPARATIVES: readonly string[] = [
  'better', 'worse', 'more', 'less', 'fewer', 'faster', 'slower', 'easier', 'harder', 'simpler', 'cheaper',
  'smaller', 'larger', 'bigger', 'higher', 'lower', 'nicer', 'safer', 'quicker', 'clearer', 'greater', 'shorter',
  'longer', 'stronger', 'smoother', 'lighter', 'richer', 'sooner', 'tighter', 'cleaner', 'trickier', 'riskier',
  'costlier',
  // Quality claimed by comparison: "much smarter", "far quieter", "a lot friendlier".
  'smarter', 'sharper', 'quieter', 'healthier', 'happier', 'calmer', 'wider', 'broader', 'deeper', 'fresher', 'neater',
  'tidier', 'friendlier', 'sturdier', 'leaner', 'sleeker', 'wiser',
];

/**
 * Verbs of a gain the product brings: a size word right before one of these
 * (or before a comparative) grades the benefit ("significantly lowers your
 * storage bill", "dramatically faster"). A README release's body documents
 * the product, but such a sentence still sells it (engine/rules/weasel-word.ts).
 */
export const GAIN_VERBS: readonly string[] = [
  'reduc*', 'lower', 'lowers', 'lowered', 'lowering', 'cut', 'cuts', 'cutting', 'improv*', 'simplif*', 'speed* up',
  'sped up', 'boost*', 'shorten*', 'accelerat*', 'streamlin*', 'increas*', 'rais*', 'sav*', 'eas*', 'shrink*',
  'decreas*', 'lessen*', 'enhanc*',
];

/**
 * Comparatives of a gain: a size word right before one of these grades the
 * product's benefit ("much faster", "dramatically simpler", "much lower
 * latency"), and "more" before a claim of ease or quality (EASE_CLAIMS) does
 * too ("much more reliable"). Not the comparatives of a cost ("much slower",
 * "much worse", "far more complicated", "a much bigger job"): in a README
 * release's body those document what a mode or a way costs, and sell nothing.
 */
export const GAIN_COMPARATIVES: readonly string[] = [
  'better', 'faster', 'easier', 'simpler', 'cheaper', 'nicer', 'safer', 'quicker', 'clearer', 'smoother', 'cleaner',
  'lighter', 'smaller', 'lower', 'fewer', 'shorter', 'sooner', 'stronger', 'richer', 'smarter', 'sharper', 'quieter',
  'friendlier', 'sturdier', 'leaner', 'sleeker', 'tidier', 'neater', 'healthier', 'happier', 'calmer', 'fresher',
];

/** What a product saves, after "less": "far less memory", "much less boilerplate" grade a gain ("much less predictable" does not). */
export const SAVED_RESOURCES: readonly string[] = [
  'memory', 'time', 'cpu', 'code', 'effort', 'work', 'storage', 'disk', 'space', 'bandwidth', 'boilerplate',
  'configuration', 'setup', 'money', 'power', 'battery', 'traffic', 'latency', 'overhead', 'downtime', 'toil', 'waste',
];

/**
 * Claims of quality or ease that a how-often word outside the claims may
 * hedge ("in most cases it is faster", "usually simpler"): EASE_CLAIMS, and
 * these comparatives. Not the neutral ones ("more", "longer", "larger"),
 * which describe ("usually takes longer when the file is large").
 */
export const QUALITY_COMPARATIVES: readonly string[] = [
  'better', 'worse', 'faster', 'slower', 'easier', 'harder', 'simpler', 'cheaper', 'nicer', 'safer', 'quicker',
  'clearer', 'smoother', 'cleaner',
];

/**
 * Claims of ease, speed and quality: what a downtoner may stand before
 * ("fairly simple", "pretty fast") and an intensifier too. The words of the
 * lists above (ease, praise, sizes) and COMPARATIVES count as well.
 */
export const EASE_CLAIMS: readonly string[] = [
  'easy', 'easily', 'simple', 'simply', 'straightforward', 'trivial', 'trivially', 'quick', 'quickly', 'fast',
  'rapid', 'rapidly', 'cheap', 'cheaply', 'affordable', 'good', 'great', 'nice', 'neat', 'cool', 'useful',
  'helpful', 'valuable', 'efficient', 'efficiently', 'effective', 'effectively', 'reliable', 'secure', 'safe',
  'stable', 'intuitive', 'convenient', 'flexible', 'smooth', 'smoothly', 'clean', 'clear', 'successful', 'popular',
  'scalable', 'performant', 'accurate', 'happy', 'satisfied', 'excited', 'proud', 'low-cost',
];

/**
 * Judgements of difficulty, cost and weight, besides EASE_CLAIMS: what an
 * intensifier stands before when it stands in for a figure ("very costly",
 * "quite high", "extremely slow"). Not the neutral measures ("very long
 * time", "very little", "very first") a writer uses to describe.
 */
export const JUDGEMENTS: readonly string[] = [
  'hard', 'difficult', 'tough', 'tricky', 'painful', 'tedious', 'cumbersome', 'frustrating', 'confusing', 'complex',
  'complicated', 'costly', 'expensive', 'slow', 'slowly', 'high', 'low', 'large', 'big', 'bad', 'poor', 'risky',
  'dangerous', 'error-prone', 'time-consuming', 'inefficient', 'unreliable', 'unstable', 'important', 'critical',
  'crucial', 'essential', 'common', 'rare', 'busy', 'annoying', 'unhappy', 'fragile', 'brittle',
  // Skill stands in for tenure or error rates: "quite experienced", "very skilled".
  'experienced', 'skilled',
  // Price, demand and quality, which have figures: "very competitive", "highly accurate".
  'competitive', 'affordable', 'cheap', 'inexpensive', 'popular', 'reliable', 'accurate',
  // Strain, which attrition, overtime or complaint counts measure: "extremely stressful".
  'stressful', 'exhausting', 'overwhelming',
  // Feelings, which a survey counts: "very embarrassing for both sides", "really awkward".
  'embarrassing', 'awkward', 'uncomfortable', 'humiliating', 'upsetting',
  // Crowds and care, which a count or a fact shows: "very crowded", "we take it really seriously", "works very well".
  // (Not "different": "diffing very different texts" describes the input.)
  'crowded', 'packed', 'seriously', 'well',
  // A chance or a verdict with no figure: "which we think is very likely", "technicians were very positive about it".
  'likely', 'unlikely', 'positive', 'negative',
  // Power claimed, not shown: "an incredibly powerful planner".
  'powerful',
];

/**
 * Verbs of judging that "highly" may follow, past their object, as the
 * whole verdict at the end of its clause: "pilot teams rated the product
 * highly", "owners speak highly of it". The rating is claimed; its score
 * is not given.
 */
export const RATING_VERBS: readonly string[] = [
  'rate', 'rated', 'rates', 'rank', 'ranked', 'ranks', 'score', 'scored', 'scores', 'review', 'reviewed', 'reviews',
  'speak', 'speaks', 'spoke', 'think', 'thinks', 'thought', 'regard', 'regards', 'regarded',
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
/** What "a leading" or "the leading" may rank: the company or its product ("a leading provider of payroll software"). */
export const LEADING_HEADS: readonly string[] = [
  'provider', 'platform', 'solution', 'company', 'innovator', 'maker', 'manufacturer', 'supplier', 'vendor', 'brand', 'app',
  'application', 'tool', 'service', 'marketplace', 'developer', 'producer', 'retailer', 'fintech', 'startup', 'expert',
  'authority', 'player', 'name', 'choice', 'destination', 'partner',
];

export const ONLY_WHERE: readonly ContextRow[] = [
  { words: ['leading'], before: ['a', 'the', 'our'], after: LEADING_HEADS },
  { words: ['highly'], after: HIGHLY_PRAISED },
  { words: ['much', 'far', 'way', 'a lot'], after: COMPARATIVES },
  {
    words: ['to follow'],
    before: ['details', 'more', 'availability', 'pricing', 'updates', 'information', 'info', 'news', 'documentation', 'docs', 'specifics', 'dates', 'a date', 'timeline', 'announcement', 'announcements', 'support', 'rollout',
      // What is promised next: "available in Oregon today, with other states to follow".
      'states', 'countries', 'regions', 'cities', 'languages', 'platforms', 'markets', 'integrations', 'others', 'more to'],
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
  // The easier of two parts, not a claim: "the front end was the easy part".
  { words: ['easy'], before: ['the'], after: ['part', 'bit'] },
  // A cost, not praise: "the change will be significantly disruptive for them", "too disruptive".
  { words: ['disruptive'], before: ['significantly', 'very', 'too', 'quite', 'less', 'more', 'highly', 'hugely', 'extremely', 'not'] },
  // A choice of how many, not a count claimed: "point it at any folder, or several", "one shop or many".
  { words: ['several', 'many'], before: ['or'] },
  { words: ['rather'], before: ['would', 'or', 'but', "'d", '’d'] },
  { words: ['very'], before: ['the'], after: ['first', 'same', 'last', 'end', 'beginning', 'start', 'moment', 'idea', 'thing', 'top', 'bottom', 'heart', 'core', 'least', 'next', 'few'] },
  { words: ['really', 'truly', 'absolutely', 'totally', 'literally', 'basically', 'essentially'], before: VERB_LEADS },
  { words: ['essentially', 'basically'], after: DETERMINERS },
  { words: ['generally'], after: ['available', 'availability'] },
  { words: ['frequently'], after: ['asked'] },
  { words: FREQUENCIES, before: ['most', 'more', 'less', 'how', 'as', 'too', 'so'] },
  { words: ['significant'], before: ['statistically'] },
  { words: ['significant'], after: ['digit', 'figure', 'bit', 'other'] },
  // Terms of computing, not praise: "perfect forward secrecy", "a perfect hash", "massively parallel", "a robust estimator".
  { words: ['perfect'], after: ['forward secrecy', 'hash', 'hashing', 'hash function'] },
  { words: ['massive'], after: ['parallel', 'multiplayer'] }, // "massively parallel": read by its lemma
  { words: ['robust'], after: ['estimator', 'estimators', 'statistic', 'statistics', 'regression'] },
  // A place, not a time: "a mile down the road from home", "the shop just down the road".
  { words: ['down the road'], before: ['mile', 'miles', 'metres', 'meters', 'yards', 'kilometres', 'kilometers', 'km', 'block', 'blocks', 'just', 'right', 'walk', 'minutes', 'further up', 'shop', 'store', 'house', 'office'] },
  { words: ['soon'], before: ['as'], after: ['as'] },
  // "shortly after the deploy": a sequence, not a date.
  { words: ['soon', 'shortly'], after: ['after', 'afterwards', 'thereafter', 'before'] },
  { words: ['eventually'], after: ['consistent', 'consistency'] },
  // Terms of art: a refund or a payment made at once, as the trade names it ("an instant refund at drop-off").
  { words: ['instant'], after: ['messaging', 'message', 'messages', 'refund', 'refunds', 'payout', 'payouts', 'payment', 'payments', 'transfer', 'transfers'] },
  // A ranking that counts ("the two most widely used platforms"), not demand claimed without a count.
  { words: ['widely used', 'widely-used'], before: ['most', 'more', 'less'] },
  // A short piece of writing, not a fast product: "a quick overview", "Quick Example".
  { words: ['quick'], after: ['start', 'reference', 'link', 'look', 'note', 'tip', 'fix', 'tour', 'glance', 'question', 'pick', 'guide', 'example', 'examples', 'overview', 'summary', 'intro', 'introduction', 'recap', 'reminder', 'aside', 'demo', 'sample', 'walkthrough', 'word', 'primer', 'rundown', 'refresher', 'mapping', 'check'] },
  // Ease of a mistake is the problem, not a claim: "it is easy to miss a renewal", "very easy to get into weird states".
  { words: ['easy'], after: ['to miss', 'to forget', 'to lose', 'to overlook', 'to break', 'to get wrong', 'to misconfigure', 'to misread', 'to misuse', 'to confuse', 'to get lost', 'to get into', 'to fall into', 'to end up', 'to leak', 'to abuse', 'to exploit', 'to mess up', 'to make mistakes', 'to make a mistake', 'to mistake', 'to trip over', 'to ignore', 'to skip', 'to overspend', 'to double-book'] },
  // "this soon becomes unmanageable": a sequence, not a date.
  { words: ['soon'], after: ['becomes', 'become', 'became', 'gets', 'got', 'turns', 'turned', 'grows', 'grew', 'runs out', 'ran out', 'fills up', 'filled up'] },
  // An effort level in sport, not a claim: "an easy pace", "two easy runs a week".
  { words: ['easy'], after: ['pace', 'effort', 'run', 'runs', 'swim', 'swims', 'ride', 'rides', 'jog', 'spin', 'lap', 'laps', 'length', 'lengths', 'mile', 'miles', 'intensity', 'zone'] },
  { words: ['easy'], after: ['to reach', 'to serve', 'to find', 'to sell to', 'to acquire', 'to target', 'to identify', 'to contact'] },
  { words: ['later'], before: ['described', 'discussed', 'explained', 'shown', 'covered', 'see', 'defined', 'detailed', 'introduced', 'listed', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'moment', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'moments'] },
  // "wait until later to retry": a moment in a description, not a date promised.
  { words: ['later'], before: ['until', 'till'] },
  // Not matched, not peerless: "the day's unmatched deposits", "payments left unmatched", "the unmatched bank lines".
  { words: ['unmatched'], after: ['bank', 'card', 'deposit', 'deposits', 'transaction', 'transactions', 'record', 'records', 'row', 'rows', 'entry', 'entries', 'item', 'items', 'payment', 'payments', 'invoice', 'invoices', 'receipt', 'receipts', 'line', 'lines', 'pair', 'pairs', 'bracket', 'brackets', 'parenthesis', 'parentheses', 'quote', 'quotes', 'tag', 'tags', 'file', 'files', 'route', 'routes', 'request', 'requests', 'pattern', 'patterns', 'event', 'events', 'order', 'orders', 'charge', 'charges', 'claim', 'claims', 'donor', 'donors', 'candidate', 'candidates'] },
  { words: ['unmatched'], before: ['left', 'remain', 'remains', 'remained', 'go', 'goes', 'went', 'stay', 'stays', 'stayed', 'still', 'as'] },
  // "more robust", "as easy as": a comparison with today, which the reader knows.
  { words: [...EASE_AND_SPEED, ...SPEED_ADJECTIVES, ...EASE_PHRASES, ...SUPERLATIVES, ...SIZES, 'perfect'], before: ['more', 'less', 'as'] },
  // "some files, e.g. various .json files": an example, not a count.
  { words: [...VAGUE_QUANTITIES, ...PEOPLE_ONLY_QUANTITIES], before: ['e.g.', 'i.e.', 'such as', 'including', 'like'] },
  // "one visit, however many things they fix": any number at all, not a vague one.
  { words: ['many', 'much'], before: ['however', 'no matter how'] },
];

/**
 * Who a "will … eventually" can be about other than the team: "Anyone who
 * sets it will eventually delete the bundle" tells what befalls them, and
 * promises nothing. (The team's own "we will eventually" stays a vague
 * promise.)
 */
export const OTHERS_WHO_WILL: readonly string[] = [
  'anyone', 'anybody', 'someone', 'somebody', 'everyone', 'everybody', 'you', 'they', 'user', 'users', 'customer', 'customers',
  'people', 'team', 'teams', 'owner', 'owners', 'nobody', 'no one',
];

/**
 * Units of a time taken or of the steps a task needs: a claim of ease
 * measured a sentence or two later ("Setup is easy. … from install to the
 * first reading in 41 seconds") is measured.
 */
export const TIME_TAKEN_UNITS: readonly string[] = [
  'second', 'seconds', 's', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'step', 'steps', 'click', 'clicks',
  'tap', 'taps', 'command', 'commands', 'line', 'lines',
  // "Getting started is easy. Upgrade and set one option:": the steps, counted as settings.
  'option', 'options', 'setting', 'settings', 'flag', 'flags',
];
