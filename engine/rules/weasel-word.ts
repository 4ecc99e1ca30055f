/**
 * `weasel-word`: hedges, intensifiers, vague amounts, sizes and frequencies,
 * claims of ease and speed, self-praise and dates that are not dates. The
 * words and their exceptions are data (engine/lexicon/weasel.ts); this module
 * decides, for one word found in a span, whether the writer is making a
 * claim with it — not quoting someone, not asking, not giving the number or
 * the list right after it.
 */
import { GENERIC_CUSTOMERS, HOMONYM_ROLES, roleNouns } from '../lexicon/people.js';
import {
  BEHAVIOUR_FREQUENCIES, COMPARATIVE_AMOUNTS, COMPARATIVES, CONDITIONAL_MODALS, DEMAND_CLAIMS, DEMAND_MASS_NOUNS, EASE_CLAIMS, GAIN_COMPARATIVES, GAIN_VERBS, INTENSIFIERS, DOWNTONERS, JUDGEMENTS, NEGATIONS, NOT_WEASEL, ONLY_WHERE, PEOPLE_OR_DEMAND,
  EASE_AND_SPEED, EASE_PHRASES, NO_SETUP_CLAIMS, NOT_SUPERLATIVES, RANK_COUNTS, RANK_OWNERS, RANK_PLACES, RANK_STRESS, OTHERS_WHO_WILL, SPEED_ADJECTIVES, PROMISED_ONLY, TIME_TAKEN_UNITS, QUALITY_COMPARATIVES, RATING_VERBS, SAVED_RESOURCES, SITUATION_SECTIONS, SHARE_AFTER_NUMBER, VAGUE_SHARES, SIZES, SPOKEN_BY_PEOPLE, weaselForms, type WeaselKind, type WeaselScope,
} from '../lexicon/weasel.js';
import { articleEdit, deleteWord, matchCase, placeholderSelection } from '../fix/edits.js';
import { inRanges, isQuotation, listFollows, numberFollows, opensClause, quotedRanges, sentenceAround } from '../text/context.js';
import type { DocModel, ProseContext } from '../model/types.js';
import { ContextTable, nounForms, phrasePattern } from '../text/phrases.js';
import { NUMBER_WORDS } from '../lexicon/numbers.js';
import { MONTHS } from '../lexicon/dates.js';
import { after, before, inUnansweredAnswer, matchProse, reportMatch, type ProseMatch } from './helpers.js';
import { ATOM, toDocOffset } from '../model/prose.js';
import type { Fix, Rule } from './types.js';

const FORMS = weaselForms();
const NOT = new ContextTable(NOT_WEASEL);
const ONLY = new ContextTable(ONLY_WHERE);

/** "nearly 40%", "several (3)", "many — 1,240 —": the data is right there. */
const DATA_FOLLOWS = /^[\s(—–:-]*(?:about |around |over |some |roughly )?[$€£¥]?\d/;
/**
 * "Most tailors we interviewed, 19 of the 26, want…", "Many clients change
 * numbers often: 61 of the 154…": the share, set off a few words on, after
 * the noun phrase or the claim (engine/lexicon/weasel.ts).
 */
/** Numbers in words that are a count ("five", "twelve"), not a rough amount ("a few", "a couple"). */
const COUNT_WORDS = phrasePattern(NUMBER_WORDS.filter((w) => !w.startsWith('a ')));
/** A count, in figures or in words ("five of the twelve"). */
const COUNT = `(?:[~≈]?\\d[\\d,.]*|${COUNT_WORDS})`;
const SHARE_SET_OFF = new RegExp(
  `^[^.;:!?,()—–]{0,60}(?:,|:|\\s[—–]|\\()\\s*${COUNT}\\s*${phrasePattern(SHARE_AFTER_NUMBER)}(?![\\p{L}])`,
  'iu',
);
/**
 * "several stations, seven models from four brands so far": the count set
 * off by a comma right after the noun, with a noun of its own (not a time:
 * "several teams, two weeks ago, …" gives no count).
 */
const TIME_UNITS_AFTER_COUNT = ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes', 'ago'];
const COUNT_AFTER_COMMA = new RegExp(`^(?:\\s+[\\p{L}'’-]+){1,3}?,\\s*${COUNT}\\s+(?!(?:${phrasePattern(TIME_UNITS_AFTER_COUNT)})(?![\\p{L}]))[\\p{L}-]+`, 'iu');
/**
 * "Several owners — five of the 19 — said…", "several exporters — seven as
 * of 1.8 —", "several gyms (four, so far)": the count set off by a dash or a
 * bracket right after the noun gives the number the word hides. In a
 * bracket it may come a few words in: "many moving parts (the README covers
 * eleven of them)", "several teams (we counted 3)".
 */
const COUNT_SET_OFF = new RegExp(`^(?:\\s+[\\p{L}'’-]+){0,4}?\\s*(?:[—–]|\\s-\\s|\\((?:\\s*[\\p{L}'’-]+){0,4}?)\\s*(?!(?:19|20)\\d\\d(?![\\d%]))${phrasePattern(['#'], { wildcards: true })}(?![\\p{L}])`, 'iu');
/**
 * "Several contributors have built their own wrappers; we found four on the
 * registry", "Many teams asked: we counted 31 issues": the count given in the
 * next clause, after a semicolon or a colon, a few words in (not a time:
 * "many asked; two weeks later…").
 */
const COUNT_NEXT_CLAUSE = new RegExp(
  `^[^.;:!?]{0,80}[;:]\\s*(?:[\\p{L}'’-]+\\s+){0,3}?(?!(?:19|20)\\d\\d(?![\\d%]))${COUNT}\\s+(?!(?:${phrasePattern(TIME_UNITS_AFTER_COUNT)})(?![\\p{L}]))[\\p{L}-]+`,
  'iu',
);
/**
 * Two names or code spans in a list ("Kubernetes, ECS", "`httpx`,
 * `aiohttp`": prose reads inline code as the stand-in ATOM): what a claim
 * of no setup covers, named.
 */
const NAME_OR_CODE = String.raw`(?:(?<![\p{L}\p{N}])${ATOM}(?![\p{L}\p{N}])|\p{Lu}[\p{L}\p{N}.+-]*)`;
const NAMES_IN_A_LIST = new RegExp(`${NAME_OR_CODE}\\s*,\\s*${NAME_OR_CODE}`, 'u');
/** "How many customers…?" asks for the number rather than hiding it. */
const ASKING = /\b(?:how|as)\s*$/i;
/**
 * What a README release's body still claims: praise and ease ("blazing fast", "seamless", "super easy"), and
 * its promises ("Azure sources will come in a future release": documentation that promises still owes a date).
 */
const README_CLAIMS = new Set<WeaselKind>(['praise', 'ease', 'time']);
/**
 * A size word grading a gain, a word or two on: "significantly lowers your bill", "dramatically faster", "much more
 * reliable", "far less memory" (GAIN_VERBS, GAIN_COMPARATIVES, "more" before EASE_CLAIMS, "less" before SAVED_RESOURCES); not a cost ("much slower", "far more complicated").
 */
const GRADES_GAIN = new RegExp(`^(?:\\s+[\\p{L}-]+)?\\s+(?:${phrasePattern(GAIN_VERBS, { wildcards: true })}|${phrasePattern(GAIN_COMPARATIVES)}|more\\s+${phrasePattern(EASE_CLAIMS)}|less\\s+${phrasePattern(SAVED_RESOURCES)})(?![\\p{L}])`, 'iu');
function gradesGain(text: string, end: number, word: string): boolean {
  const lemma = FORMS.get(word)?.lemma ?? word;
  return (SIZE_LEMMAS.has(lemma) || COMPARISONS.has(lemma)) && GRADES_GAIN.test(text.slice(end));
}
/** After an intensifier, its word (and a noun) then a colon, a bracket or a dash, and a figure in what they set off. */
const MEASURED_AFTER_HEAD = /^\s+[\p{L}-]+(?:\s+[\p{L}-]+)?(?:\s*(?::|\(|\s[—–]\s)[^.;!?()]{0,50}?\d|\s+(?:with|of)\s+(?:more than\s+|over\s+|up to\s+|at least\s+|fewer than\s+|under\s+)?\d)/u;
/** Kinds that a figure a few words on makes precise ("lags significantly behind at ~10%"). */
const MEASURED_NEARBY = new Set<WeaselKind>(['amount', 'size', 'frequency', 'hedge']);
/** Kinds that a figure anywhere in the sentence measures ("Conductors rarely carry change: 2 riders in 5 lose…"). */
const MEASURED_IN_SENTENCE = new Set<WeaselKind>(['size', 'frequency', 'hedge', 'ease']);
/** A size that grades a share: "a substantial share of", "a large part of". */
const SHARE_AFTER = /^\s+(?:share|portion|proportion|part|fraction|percentage|majority|minority)\s+of\b/i;
/** A figure a reader can check: not a bare year. */
const FIGURE = /(?<![\p{L}\d])(?!(?:19|20)\d\d(?![\d%.,]))\d/u;
/**
 * Version numbers measure nothing: "Agent 3.0 is easy to roll out", "v2",
 * "2.x". A dotted number right after a name, a v-number, or an .x series.
 */
const VERSION = /(?<=\p{Lu}[\p{L}-]*\s)\d+(?:\.\d+)+(?![\d%])|(?<![\p{L}\d.])(?:v\d+(?:\.\d+)*|\d+(?:\.\d+)*\.x)(?![\p{L}\d])/gu;
/**
 * Nor do the days of a calendar date: "LEEDS — March 3, 2027 — Tipjar is arguably the simplest way…" (a dateline),
 * "on 3 June", "2027-03-03". (Years alone FIGURE already passes over.)
 */
/** The months as a name opens them ("March", "Mar"): for DAY_OF_MONTH and CALENDAR_DATE. */
const CAPITALISED_MONTHS = MONTHS.map((m) => m[0].toUpperCase() + m.slice(1)).join('|');
const MONTH_NAME = `(?:${CAPITALISED_MONTHS})(?![\\p{L}])\\.?`;
const DAY_OF_MONTH = new RegExp(
  `${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\d%:.])|(?<![\\p{L}\\d.,])\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}|(?<![\\d.])(?:19|20)\\d\\d-\\d\\d-\\d\\d(?!\\d)`,
  'gu',
);
const withoutVersions = (s: string) => s.replace(VERSION, ' ').replace(DAY_OF_MONTH, ' ');
/**
 * Where a clause of the sentence ends: ", and …", ", but …", "; …". A claim
 * of ease is measured only by a figure in its own clause: in "Setup is
 * effortless, and it works with the 14 banks we support" the figure counts
 * banks, not the effort. A new clause has its own subject ("…, and it…");
 * "easy, and takes 5 minutes" goes on about the same claim.
 */
const CLAUSE_BREAK = /,\s+(?:and|but|so|while|yet)\s+(?=(?:the|a|an|it|its|we|they|you|our|their|this|that|these|those|every|each|there)\s)|;\s/gi;
const clauseBefore = (s: string) => { let at = 0; for (const m of s.matchAll(CLAUSE_BREAK)) at = m.index! + m[0].length; return s.slice(at); };
const clauseAfter = (s: string) => { const m = new RegExp(CLAUSE_BREAK.source, 'i').exec(s); return m ? s.slice(0, m.index) : s; };
/**
 * A size whose change is given further on in its sentence: "significantly
 * reduces synth time from 40 s to 9 s", "cut costs dramatically, by 30%".
 * The figures are there; the word only announces them.
 */
/** Claims no figure in the sentence measures: "works out of the box with the 14 banks" claims no setup at all (engine/lexicon/weasel.ts). */
const UNMEASURED: ReadonlySet<string> = new Set(NO_SETUP_CLAIMS);
const DEMAND: ReadonlySet<string> = new Set(DEMAND_CLAIMS);
const CHANGE_MEASURED = /\bfrom\s+(?:about\s+|around\s+|roughly\s+|(?:a|an|the)\s+(?:median|mean|average|p\d\d|total)\s+of\s+)?[~≈]?[$€£¥]?\d(?:[^.;!?]|\.(?!\s|$)){0,40}?\bto\s+(?:about\s+|around\s+|under\s+|below\s+|roughly\s+)?[~≈]?[$€£¥]?\d|\bby\s+(?:about\s+|around\s+|roughly\s+)?[~≈]?\d[\d.,]*\s*(?:%|percent|per cent|x\b|times\b)/i;
/**
 * A size word, its comparative, then the ratio set off after it: "significantly
 * faster, roughly 4x", "much smaller (about 30%)", "dramatically cheaper — a
 * third of the cost". The figure is the size the word announced.
 */
const SIZE_SET_OFF = /^\s+[\p{L}-]+(?:\s+than\s+[^,;:.()—–]{1,40})?\s*(?:,|:|\(|\s[—–]\s)\s*(?:roughly|about|around|nearly|almost|over|some|by|at least)?\s*[~≈]?(?:\d[\d.,]*\s*(?:x|×|%|times|percent|per cent)(?![\p{L}])|(?:a|one)\s+(?:half|third|quarter|tenth)\b)/iu;
/** A rate: "about four a year", "twice a week", "3 times per month". */
const RATE_IN_WORDS = new RegExp(`(?<![\\p{L}\\d])(?:\\d+|${COUNT_WORDS}|once|twice)\\s+(?:times\\s+)?(?:a|an|per|each|every)\\s+(?:day|week|month|quarter|year|release|deploy)(?![\\p{L}])`, 'iu');
/** A time taken or a count of steps, as a figure ("in 41 seconds", "takes 3 minutes", "four taps") (engine/lexicon/weasel.ts). */
const TIME_TAKEN = new RegExp(`(?<![\\p{L}\\d])(?:\\d[\\d.,]*|${phrasePattern(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'])})\\s*${phrasePattern(TIME_TAKEN_UNITS)}(?![\\p{L}])`, 'iu');
/**
 * The text of the next `n` sentences after `end` (the rest of the word's own
 * sentence included), read no further than NEXT_SENTENCES_READ characters:
 * asked once per word, so a paragraph with no full stop is not read again
 * to its end for every word in it.
 */
const NEXT_SENTENCES_READ = 600;
function nextSentences(text: string, end: number, n: number): string {
  const window = text.slice(end, end + NEXT_SENTENCES_READ);
  const stop = /[.!?](?:\s|$)/g;
  let at = 0;
  for (let k = 0; k <= n && at < window.length; k++) {
    stop.lastIndex = at;
    const m = stop.exec(window);
    at = m ? m.index + 1 : window.length;
  }
  return window.slice(0, at);
}
/** "one app to ", "one evaluation suite against ": one of a thing, then the many it meets (a cardinality). */
const ONE_AGAINST_MANY = /(?<![\p{L}\p{N}])one\s+(?:[\p{L}-]+\s+){1,3}?(?:to|against|across|into|over|on|in|for|with)\s+$/iu;
/** The sentence `start` is in, up to `start`, and the `n` sentences before it. */
function sentencesBefore(text: string, start: number, n: number): string {
  const window = text.slice(Math.max(0, start - NEXT_SENTENCES_READ), start);
  const stops = [...window.matchAll(/[.!?](?=\s)/g)];
  return stops.length > n ? window.slice(stops[stops.length - 1 - n].index! + 1) : window;
}
/** Plural groups of people that do not end in "s": "about 380,000 people, most of them…". */
const IRREGULAR_GROUPS = ['people', 'children', 'men', 'women', 'staff', 'folk', 'personnel'];
/**
 * A group counted just before: "about 2,300 shippers", "140 trucks", "300 of
 * them" (not a time: "a median of 94 minutes"). "Most of them" after it
 * describes a group whose size the reader has.
 */
const COUNTED_GROUP = new RegExp(
  `(?<![\\p{L}\\p{N}])(?!(?:19|20)\\d\\d(?![\\d%]))${COUNT}\\s+(?:of\\s+(?:them|these|those|us)|(?:[\\p{L}'’-]+\\s+){0,2}?(?!(?:${phrasePattern(TIME_UNITS_AFTER_COUNT)})(?![\\p{L}]))(?:[\\p{L}'’-]+s|${phrasePattern(IRREGULAR_GROUPS)}))(?![\\p{L}])`,
  'iu',
);
/** The sentence after the one `end` is in, and no more. */
function sentenceAfter(text: string, end: number): string {
  const window = nextSentences(text, end, 1);
  const stop = /[.!?](?:\s|$)/.exec(window);
  return stop ? window.slice(stop.index + 1) : '';
}
/** Kinds whose members the list after them gives ("several countries: …", "various formats (PDF, CSV)"). */
const COUNTED_BY_LIST = new Set<WeaselKind>(['amount', 'size']);
/** Kinds that only strengthen or soften the next word: when that word is reported, the pair is one finding. */
const MODIFIERS = new Set<WeaselKind>(['intensifier', 'hedge', 'frequency']);
/**
 * Kinds a modifier joins: the claim's fix (delete it, or put the evidence in
 * its place) covers the modifier too. An amount or a date needs its own
 * placeholder, so "really many" stays two findings, and the intensifier keeps
 * its safe delete.
 */
const JOINED = new Set<WeaselKind>(['intensifier', 'hedge', 'frequency', 'size', 'ease', 'praise']);

/** A top-level block's Markdown source. (A span rule may read its own block: an edit to the block gives the span a new id.) */
const blockSource = (model: DocModel, block: number) => (model.blocks[block] ? model.text.slice(model.blocks[block].start, model.blocks[block].end) : '');

/** Inside a proper name ("Very Good Coffee Co"): capitalised mid-sentence. */
function inProperName(text: string, start: number, end: number, kind: WeaselKind | undefined): boolean {
  const word = text.slice(start, end);
  // In a Title Case Headline every word is capitalised: that says nothing about names.
  const { before: lead, after: tail } = sentenceAround(text, start, end);
  const long = (lead + word + tail).match(/\p{L}{4,}/gu) ?? [];
  const titleCase = long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.75;
  // Praise and intensifiers are rarely a name's words ("Insanely Simple", "World-Class Support").
  if (titleCase && (kind === 'praise' || kind === 'intensifier')) return false;
  if (!/^\p{Lu}/u.test(word) || start === 0) return false;
  const prev = text.slice(Math.max(0, start - 40), start).trimEnd();
  if ((prev === '' && start <= 40) || /[.!?:"“]$/.test(prev)) return false; // sentence start
  const next = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 40));
  if (next && /^\p{Lu}/u.test(next[1])) return true;
  // "SEPA Instant with a usable API": a capital after a capitalised name, in a sentence not in Title Case.
  return !titleCase && /(?:^|\s)\p{Lu}[\p{L}\p{N}]*$/u.test(prev) && !/(?:^|\s)(?:I|The|A|An|Our|We|It)$/.test(prev);
}


/**
 * "Most teams…", "…, and most owners…", "Most volunteer coaches…": a claim about a group. ("the most convenient",
 * "most likely" are not; past a word before the noun, only people: "most use cases" scopes a design.)
 */
function hedgingMost(text: string, start: number, end: number): boolean {
  const next = /^\s+([\p{L}'’-]+)(\s+of\b)?(?:\s+([\p{L}'’-]+))?/u.exec(text.slice(end, end + 60));
  if (!next || next[2] || !opensClause(text, start)) return false;
  return (/[^s]s$/i.test(next[1]) && next[1].length > 3) || (!!next[3] && PEOPLE_PLURALS.has(next[3].toLowerCase()));
}

/** "Sometimes, imports fail.", "…: typically, stateful resources…". */
function opensSentence(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - 40), start).replace(/[\s"“(*_]+$/, '');
  return (lead === '' && start <= 40) || /[.!?:;]$/.test(lead);
}

/** "Enterprise prospects frequently ask…": a plural noun for people right before the word, opening its clause. */
function afterPeopleSubject(text: string, start: number): boolean {
  const m = /(?:^|[.!?:;,]\s+|\b(?:and|but|so|because|that)\s+)(?:(?:the|our|most|many|some|these|those|their|your|all)\s+)?(?:[\p{L}-]+\s+)?([\p{L}-]+)\s+$/iu.exec(text.slice(Math.max(0, start - 60), start));
  return !!m && PEOPLE_PLURALS.has(m[1].toLowerCase());
}

/** A figure in the sentence before, the word's own sentence, or the next one. */
function figuresAround(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - NEXT_SENTENCES_READ), start);
  const stops = [...before.matchAll(/[.!?](?:\s|$)/g)];
  const from = stops.length >= 2 ? stops[stops.length - 2].index! + 1 : 0;
  return FIGURE.test(withoutVersions(before.slice(from) + nextSentences(text, end, 1)));
}

/** Kinds that carry a claim of their own: an intensifier or a downtoner before one of them stresses that claim. */
const CLAIM_KINDS = new Set<WeaselKind>(['ease', 'praise', 'size', 'hedge']);
const INTENSIFYING = new Set([...INTENSIFIERS, ...DOWNTONERS]);
const EASE_WORDS = new Set([...EASE_CLAIMS, ...COMPARATIVES]);
const JUDGEMENT_WORDS = new Set([...EASE_WORDS, ...JUDGEMENTS]);

/**
 * The word an intensifier stresses: the next one, past other intensifiers
 * and "a lot", "a bit", "much" ("really quite seamless", "quite a lot
 * trickier").
 */
function stressedWord(text: string, end: number): string {
  let rest = text.slice(end, end + 80);
  for (;;) {
    const m = /^[^\p{L}\p{N}.!?;:()\[\]]+(?:(?:a\s+lot|a\s+bit|much|so)\s+)?([\p{L}-]+)/iu.exec(rest);
    if (!m) return '';
    const w = m[1].toLowerCase();
    if (!INTENSIFYING.has(w)) return w;
    rest = rest.slice(m[0].length);
  }
}
function stressesClaim(text: string, end: number, words: ReadonlySet<string>): boolean {
  const w = stressedWord(text, end);
  const form = FORMS.get(w);
  return words.has(w) || (!!form && CLAIM_KINDS.has(form.kind));
}

/** People, customers, groups and demand, in the plural (and mass nouns of demand): what a vague amount may hide the count of. */
const HOMONYMS = new Set(HOMONYM_ROLES);
const PEOPLE_PLURALS = new Set(
  [...nounForms([...roleNouns().filter((n) => !HOMONYMS.has(n)), ...PEOPLE_OR_DEMAND]), ...GENERIC_CUSTOMERS]
    // The head noun: the last word, or the word before " of" ("teams of all types" counts teams, not types).
    .map((w) => w.toLowerCase().replace(/ of .*$/, '').split(' ').pop()!)
    .filter((w) => /s$/.test(w) || w === 'people' || w === 'children'),
);
const DEMAND_MASS = new Set(DEMAND_MASS_NOUNS);
/** Words that end the noun phrase a vague amount opens. */
const PHRASE_END = /^(?:and|or|but|to|in|on|at|for|with|from|by|of|that|which|who|whose|than|as|is|are|was|were|have|has|had|can|could|will|would|should|may|might|do|does|did|not|if|when|where|while)$/i;

/** "the vast majority said", "many told us": a verb only people do, right after the amount (engine/lexicon/weasel.ts). */
const SPOKEN_AFTER = new RegExp(`^\\s+${phrasePattern(SPOKEN_BY_PEOPLE)}\\b`, 'i');

/** "A number of our largest accounts have asked…": a short noun phrase, then a verb only people do. */
const SPOKEN_AFTER_PHRASE = new RegExp(`^\\s+(?:(?:of|[\\p{L}'’-]+)\\s+){0,3}[\\p{L}'’-]*[^\\Ws]s\\s+(?:(?:have|has|had)\\s+)?(?:also\\s+|repeatedly\\s+|already\\s+)?${phrasePattern(SPOKEN_BY_PEOPLE)}\\b`, 'iu');

/** Does the noun phrase after a vague amount name people or demand ("many small business owners", "a lot of requests", "many of our customers")? */
const SHARES: ReadonlySet<string> = new Set(VAGUE_SHARES);
/** A share in figures: "58%", "41,300 of 331,000", "7 in 10". */
const SHARE_FIGURE = /\d(?:[\d,.]*\d)?\s?(?:%|percent\b|per cent\b)|\b\d[\d,]*\s+(?:of|out of|in)\s+(?:the\s+|our\s+)?\d/;

/**
 * "A lot of companies have naming rules: a prefix, the environment, a cost
 * code": the list after the colon names the rules, the plural right before
 * it, not the companies counted; "Several countries fund the training:
 * Kenya, Ghana and Peru" names the countries.
 */
function listOfSomethingElse(text: string, end: number, word: string): boolean {
  if (!countsPeople(text, end, word)) return false;
  const { after } = sentenceAround(text, end, end);
  const colon = after.indexOf(':');
  if (colon < 0) return false;
  const words = after.slice(0, colon).match(/[\p{L}'’-]+/gu) ?? [];
  const counted = words[0] === 'of' ? words[1] : words[0];
  const last = words[words.length - 1] ?? '';
  return words.length >= 3 && last !== counted && /\p{Ll}{3,}s$/u.test(last) && !/ss$/.test(last);
}

function countsPeople(text: string, end: number, word: string): boolean {
  let rest = text.slice(end, end + 120);
  if (SPOKEN_AFTER.test(rest) || SPOKEN_AFTER_PHRASE.test(rest)) return true;
  // "a lot of them told us…": a pronoun, then what only people do.
  const pronoun = /^\s+(?:of\s+)?(?:them|us)\b/i.exec(rest);
  if (pronoun && (SPOKEN_AFTER.test(rest.slice(pronoun[0].length)) || SPOKEN_AFTER_PHRASE.test(rest.slice(pronoun[0].length)))) return true;
  if (!/\bof$/.test(word)) rest = rest.replace(/^\s+of\s+(?:the|our|your|their|these|those|its|my)\b/i, '');
  const tokens = rest.split(/(?=[^\p{L}'’-])/u).map((t) => t.trim()).filter(Boolean);
  let n = 0;
  for (const t of tokens) {
    if (!/^[\p{L}'’-]+$/u.test(t) || PHRASE_END.test(t)) return false;
    const w = t.toLowerCase();
    if (PEOPLE_PLURALS.has(w) || DEMAND_MASS.has(w)) return true;
    if (++n >= 4) return false;
  }
  return false;
}
/** The words of a stretch of text, in lower case. */
const wordsOf = (s: string) => s.split(/[^\p{L}'’-]+/u).map((w) => w.toLowerCase());
/** "Most of them", after a sentence about people: the pronoun counts them. */
function pronounForPeople(text: string, start: number, word: string): boolean {
  if (!/\b(?:them|us)$/.test(word)) return false;
  return wordsOf(text.slice(Math.max(0, start - 300), start)).some((w) => PEOPLE_PLURALS.has(w));
}

/**
 * Where a PR/FAQ makes its claims: the press release (not the problem it
 * describes) and the external FAQ's answers. A release written as an RFC's
 * README or CHANGELOG (ProseContext.readme, engine/model/documentation.ts)
 * claims in its headline, subheading, summary and problem; the rest documents the
 * product ("several properties", "many sources"), and only its praise, its
 * claims of ease (README_CLAIMS) and a size that grades a gain ("significantly
 * lowers your bill", GRADES_GAIN) are claims there. (A "Q: … A: …"
 * paragraph is one span with the question's role; its question is no claim
 * anyway: the rule skips what a question asks.)
 */
function inClaims(context: ProseContext): boolean {
  // A paragraph of the release that no part claims is still the release talking ("Autopilot also works with various
  // ticketing systems"); in a README release, only the parts that announce (ANNOUNCING) sell, the rest documents.
  if (context.region === 'press-release') return context.part !== 'problem' && (!!context.part || !context.readme);
  // An answer to "How many…?", "How often…?" in any FAQ gives its number or withholds it.
  return context.region === 'faq' && context.role !== 'heading' && (context.faq === 'external-faq' || context.asksNumber === true);
}

/** "We will share more later.", "Our intention is for every region to eventually get it.": a promise with no date. */
const PROMISE = /\b(?:will|shall|going to|plan(?:s|ned)? to|intend(?:s)? to|intention|aim(?:s)? to|expect(?:s)? to|hop(?:e|es|ing) to)\b|['’]ll\b/i;
const PROMISED = new Set(PROMISED_ONLY);

/** "Anyone who sets it will…", "users will…": the future of someone the sentence names, not the team's promise (engine/lexicon/weasel.ts). */
const OTHERS_FUTURE = new RegExp(`(?:^|[^\\p{L}])${phrasePattern(OTHERS_WHO_WILL)}(?![\\p{L}])[^.;:!?]*?\\b(?:will|['’]ll)\\s+$`, 'iu');

/** "…, we want every trust on it", "we'll add it": the team's plan, after a vague time that opens the sentence ("we hope that node.js can…" hopes for others). */
const OUR_PLAN_AFTER = /^[\s,]*(?:we|our\s+team|the\s+team)\b(?:['’]ll\b|[^.!?]{0,30}?\b(?:will|want|plan|intend|aim|hope(?!\s+that)|expect|would\s+like)\b)/i;

/**
 * Where the release announces: its headline, subheading and summary, or the FAQ's answer standing as the summary.
 * (Read from the span's context, which the review cache keys on: a document-level lookup here would go stale.)
 */
const ANNOUNCING_PARTS: ReadonlySet<string> = new Set(['headline', 'subheading', 'summary']);
const announces = (c: ProseContext) => (c.region === 'press-release' && ANNOUNCING_PARTS.has(c.part ?? '')) || c.launches === true;

/** The release's problem part: the customer's situation today. */
const inProblemPart = (c: ProseContext) => c.region === 'press-release' && c.part === 'problem';

/** The parts of a README release that announce (the rest documents). */
const ANNOUNCING: ReadonlySet<string> = new Set([...ANNOUNCING_PARTS, 'problem']);

/**
 * The release's problem part told with no figure at all: the customer's
 * pain, which the genre asks to be specific and quantified. A problem that
 * gives its numbers ("140 owners… six to eight hours a week") may say
 * "often" between them.
 */
function unmeasuredProblem(span: ProseMatch['span']): boolean {
  if (!inProblemPart(span.context)) return false;
  // Asked once per span, not once per word: a long problem paragraph is read once.
  let figureless = FIGURELESS.get(span);
  if (figureless === undefined) FIGURELESS.set(span, (figureless = !FIGURE.test(withoutVersions(span.text))));
  return figureless;
}
const FIGURELESS = new WeakMap<object, boolean>();

/** Is the word, found here, inside its family's scope (engine/lexicon/weasel.ts WeaselScope)? */
function inScope(scope: WeaselScope, m: ProseMatch, lemma: string, word: string): boolean {
  const { text } = m.span;
  switch (scope) {
    case 'everywhere':
    case 'announcing': // where the release announces: decided by the span's context, in check()
      return true;
    case 'opens-sentence':
      // In the release's problem a how-often word hides the rate of the pain ("…and often lose two days"), wherever it stands.
      // Right after people as the subject it hedges what they do ("prospects frequently ask for SSO", "Shoppers regularly reorder").
      // Unless the figures stand around it ("Engineers often wait longer… In April the median wait was 11 minutes").
      return opensSentence(text, m.start) || unmeasuredProblem(m.span) || (afterPeopleSubject(text, m.start) && !figuresAround(text, m.start, m.end));
    case 'before-judgement':
      // And before the pain in a problem told with no figure ("setting it up is very painful").
      return stressesClaim(text, m.end, JUDGEMENT_WORDS) || unmeasuredProblem(m.span);
    case 'before-ease-claim':
      return stressesClaim(text, m.end, EASE_WORDS);
    case 'people-in-claims':
      return inClaims(m.span.context) && countsPeople(text, m.end, word);
    case 'people':
      return opensClause(text, m.start) && countsPeople(text, m.end, word);
    case 'people-or-claim':
      // The problem should be told in numbers: "many challenges", "various problems with the apps" there hide them.
      return inClaims(m.span.context) || unmeasuredProblem(m.span) || countsPeople(text, m.end, word) || pronounForPeople(text, m.start, word);
    case 'commitment':
      if (!PROMISED.has(lemma)) return true;
      // "later" at the end of its clause ("we will add it later."); "eventually" anywhere in a promise.
      // "…later to address this": a purpose after it still leaves "later" the promise's only date.
      // "we might add it at some point": a plan of ours, however hedged.
      const { before: lead, after: tail } = sentenceAround(text, m.start, m.end);
      // "Eventually we want every trust on it": opening the sentence, the team's plan follows the word.
      if (lemma === 'eventually' && !lead.trim() && OUR_PLAN_AFTER.test(tail)) return true;
      // "Anyone who sets it will eventually delete the bundle": what will befall someone else, not a plan of ours.
      if (OTHERS_FUTURE.test(lead)) return false;
      return (PROMISE.test(lead) || (lemma !== 'later' && lemma !== 'eventually' && OUR_PLAN.test(lead))) && (lemma !== 'later' || /^\s*(?:[!.;:?),]|$|to\s+\p{L})/u.test(text.slice(m.end, m.end + 8)));
  }
}

/** How-often words that outside the claims describe a system, unless they hedge a claim about people or quality (engine/lexicon/weasel.ts). */
const BEHAVIOUR: ReadonlySet<string> = new Set(BEHAVIOUR_FREQUENCIES);
const HEDGED_QUALITY: ReadonlySet<string> = new Set([...EASE_CLAIMS, ...QUALITY_COMPARATIVES]);
const SITUATION: ReadonlySet<string> = new Set(SITUATION_SECTIONS);
/** The claims, or the customer's situation today (a problem part, a narrative's current state or introduction): where a how-often word hides a rate. */
function claimsOrSituation(c: ProseContext): boolean {
  return inClaims(c) || inProblemPart(c) || (c.region === 'narrative' && SITUATION.has(c.section ?? ''));
}
/** Does the sentence around a how-often word claim something of people ("owners", "most teams") or of quality ("faster", "easy")? */
function hedgesClaim(sentence: { before: string; after: string }): boolean {
  return wordsOf(`${sentence.before} ${sentence.after}`).some((w) => PEOPLE_PLURALS.has(w) || DEMAND_MASS.has(w) || HEDGED_QUALITY.has(w));
}

/**
 * A date a reader can put in a calendar: a month as a name ("in May", not
 * the verb "may"), a quarter, a year. "In the coming months we ship three
 * changes: offline mode in May, shared lists in June" dates what it promises.
 */
const CALENDAR_DATE = new RegExp(`(?<![\\p{L}\\d])(?:(?:${CAPITALISED_MONTHS})(?![\\p{L}])|Q[1-4](?![\\p{L}\\d])|(?:19|20)\\d\\d(?![\\d%]))`, 'u');
/** Words that open a condition: the same for a hypothesis anywhere before the word and for the word inside a condition's clause. */
const CONDITION_OPENERS = ['if', 'suppose', 'supposing', 'assuming', 'unless', 'in case'];
const HYPOTHESIS = new RegExp(`\\b(?:${[...CONDITION_OPENERS, 'assume', 'whether'].join('|')})\\b`, 'i');
/**
 * Inside a condition's own clause ("If the pilot turns out to be extremely
 * popular, we…", "Should we later need various backends, …"): what might
 * be true claims nothing. The main clause after the comma still claims
 * ("If you ship daily, Ledger makes it effortless").
 */
const IN_CONDITION = new RegExp(String.raw`(?:\b(?:${CONDITION_OPENERS.join('|')})\b|(?:^\s*|[.;:!?]\s*)(?:should|were|had)\s+(?:we|you|they|it|the|a|an|our|your|their|this|that|users?|customers?)\b)[^,;:.!?—–]{0,60}$`, 'i');
/** Size words by lemma: left be in an answer that weighs costs (ProseContext.weighs). */
const SIZE_LEMMAS: ReadonlySet<string> = new Set(SIZES);
/** A "not" earlier in the clause (engine/lexicon/weasel.ts): "no easy way", "can't be added to a queue easily". */
const NEGATED = new RegExp(`(?<![\\p{L}'’])${phrasePattern(NEGATIONS)}(?![\\p{L}'’])[^,;:.!?—–]*$`, 'iu');
/** "The simplest way to declare a queue is shown below": a how-to that points at its example, not a claim. */
// So is one that names the way ("The simplest way to customise it is to tokenize the text yourself", "…, is by using the playground").
const WAY_SHOWN = /^\s+(?:to\s+[^.;:!?]{1,60}?,?\s+)?(?:is|are)\s+(?:shown|as follows|illustrated|given|to\s+\p{L}|by\s+\p{L})/iu;
/** The ease phrases that rank a way first ("the simplest way", "the fastest way"): engine/lexicon/weasel.ts EASE_PHRASES. */
/** Ease said in one word ("easy", "easily", "quick", "instantly"), not the phrases ("the easiest way", "with little effort"). */
const BARE_EASE: ReadonlySet<string> = new Set([...EASE_AND_SPEED, ...SPEED_ADJECTIVES]);
/** An intensifier or a downtoner right before: "very easy", "pretty easily", "super quick". */
const STRESSED = new RegExp(`(?<![\\p{L}])(?:${phrasePattern([...INTENSIFIERS, ...DOWNTONERS])})\\s+$`, 'iu');
const FIRST_WAYS: ReadonlySet<string> = new Set(EASE_PHRASES.filter((p) => /^the \p{L}+est way$/u.test(p)));
/** "not", "n't", "never", "hardly" right before a comparison ("is not much quicker", "isn't any faster"). */
const DENIED_RIGHT_BEFORE = /(?:\bnot|n['’]t|\bnever|\bhardly)\s+(?:(?:be|get|getting|gets|any)\s+)?$/i;
/** A bracket with a figure in it, in the same clause: "(16 s against 1 s)", "(about 30%)". */
// Or a before and after in words: "reduces the time cost (from quadratic to linear)".
const FIGURES_IN_BRACKET = /^[^.;:!?()—–]{0,60}\((?:[^()]*\d[^()]*|\s*from\s[^()]+\sto\s[^()]+)\)/;
/** Praise or ease with its evidence in a bracket right after: "robust (2,000 tests, 100% coverage)", "fast (40 ms at p99)". */
const EVIDENCE_IN_BRACKET = /^[^.;:!?()—–]{0,30}\([^()]*\d[^()]*\)/;
/** "would", "could", "might", "may" earlier in the clause (engine/lexicon/weasel.ts CONDITIONAL_MODALS). */
const IMAGINED = new RegExp(`(?<![\\p{L}'’])${phrasePattern(CONDITIONAL_MODALS)}(?![\\p{L}'’])[^,;:.!?—–]*$`, 'iu');
/** "we might add it…": a plan of ours, however hedged. */
const OUR_PLAN = new RegExp(`\\bwe\\s+${phrasePattern(CONDITIONAL_MODALS)}\\b`, 'i');
/** Kinds, and comparisons ("much nicer"), that an imagined consequence outside the claims only weighs (not a count of people: "would help many shops"). */
const WEIGHED_IF_IMAGINED = new Set<WeaselKind>(['size', 'praise', 'hedge']);
const COMPARISONS: ReadonlySet<string> = new Set(COMPARATIVE_AMOUNTS);
/** Kinds a negation turns into a description of the problem. */
const NEGATABLE = new Set<WeaselKind>(['ease', 'praise', 'size', 'intensifier']);

/** "rated the product highly", "speak highly": a verb of judging up to three words before, in the same clause (engine/lexicon/weasel.ts RATING_VERBS). */
// ("…rated the till highly.", "…speak highly of it": "highly" ends the clause or goes on with "of".)
const RATED_BEFORE = new RegExp(`(?<![\\p{L}'’])${phrasePattern(RATING_VERBS)}(?:\\s+[\\p{L}'’-]+){0,3}\\s+$`, 'iu');

/** "…rated the till highly.": "highly" as the whole verdict of a verb of judging. */
function isVerdict(text: string, start: number, end: number): boolean {
  return RATED_BEFORE.test(text.slice(Math.max(0, start - 60), start)) && /^(?:\s*(?:[.,;:!?)]|$)|\s+of\b)/.test(text.slice(end, end + 4));
}

/**
 * What a list after a comparison shows: the things it adds, in a bracket
 * ("does a lot more than Larder (chores, batteries, recipes)"), or figures
 * after its colon ("much lighter: the server idles at 25 MB"). A colon that
 * only explains ("much smarter: it scales before the backlog exists")
 * leaves the comparison without its size.
 */
function comparisonShown(text: string, end: number): boolean {
  if (/^[^:.;!?()]{0,60}\(/.test(text.slice(end, end + 64))) return true;
  return FIGURE.test(withoutVersions(sentenceAround(text, end, end).after));
}

/** Is this word, found here, a claim the writer makes? */
function isClaim(m: ProseMatch, word: string, form: { lemma: string; kind: WeaselKind; scope: WeaselScope } | undefined, quotes: ReadonlyArray<[number, number]>): boolean {
  const lemma = form?.lemma ?? word;
  const kind = form?.kind;
  const { text } = m.span;
  const { start, end } = m;
  // Someone else's words, except the company's own praise in its leader's quote
  // ("a seamless, all-in-one solution"): the launching company makes that claim.
  // So is the size of the change it promises ("it will significantly improve how people eat").
  if (inRanges(quotes, start) && !(m.span.context.part === 'leader-quote' && (kind === 'praise' || SIZE_LEMMAS.has(lemma)))) return false;
  const ratedHighly = lemma === 'highly' && isVerdict(text, start, end);
  if (ONLY.covers(lemma) && !ONLY.holds(lemma, text, start, end) && !ratedHighly) return false;
  if (NOT.holds(lemma, text, start, end)) return false;
  if (DATA_FOLLOWS.test(after(m.span, end))) return false;
  if (ASKING.test(before(m.span, start))) return false;
  // (A gain announced in a Title Case headline, "App Slashes Queues at Ferry Terminals", is the headline's verb, not a name.)
  if (form?.scope !== 'announcing' && inProperName(text, start, end, kind)) return false;
  if (kind && MEASURED_NEARBY.has(kind) && numberFollows(text, end)) return false;
  // "very fast: importing six files takes 0.8 seconds", "very large tables (over 50 million rows)": the figure set off after its word measures it.
  if (kind === 'intensifier' && MEASURED_AFTER_HEAD.test(text.slice(end, end + 90))) return false;
  if (kind === 'amount' && (SHARE_SET_OFF.test(text.slice(end, end + 120)) || COUNT_SET_OFF.test(text.slice(end, end + 80)) || COUNT_AFTER_COMMA.test(text.slice(end, end + 80)) || COUNT_NEXT_CLAUSE.test(text.slice(end, end + 140)))) return false;
  // "Most of these patients do not decide to skip. … 58% said they forgot": the share, one sentence on.
  // (The next sentence only: "Most of them leave work to come, and 1 in 8 leaves before being seen" gives another share.)
  if (SHARES.has(lemma) && SHARE_FIGURE.test(sentenceAfter(text, end))) return false;
  // "deploys one app to many regions", "runs one suite against several checkpoints": one set against many is
  // what the product handles, a cardinality, not a count it hides.
  if (kind === 'amount' && ONE_AGAINST_MANY.test(text.slice(Math.max(0, start - 60), start))) return false;
  // "about 2,300 shippers, most of them mid-sized manufacturers", "Around 140 trucks arrive … Most of them are small
  // carriers": the share of a group counted in the same or the sentence before describes it; the total is given.
  if (/^most of (?:them|these|those)$/i.test(word) && COUNTED_GROUP.test(withoutVersions(sentencesBefore(text, start, 1)))) return false;
  if (kind && COUNTED_BY_LIST.has(kind) && listFollows(text, end) && (!COMPARISONS.has(lemma) || comparisonShown(text, end)) && !listOfSomethingElse(text, end, word)) return false;
  if (form && !ratedHighly && !inScope(form.scope, m, lemma, word)) return false;
  if (lemma === 'most' && !hedgingMost(text, start, end)) return false;
  // "(Quick)": a word alone in parentheses is a label or a name.
  if (/\(\s*$/.test(text.slice(Math.max(0, start - 3), start)) && /^\s*\)/.test(text.slice(end, end + 3))) return false;
  // Outside the claims, a bare word of ease ("the CLI can be extended easily", "nodes communicate easily") describes
  // how a system or a job goes; stressed ("very easy", "pretty easily") it still sells (engine/lexicon/weasel.ts).
  // (A narrative argues for its proposal in its body: there it still claims.)
  if (kind === 'ease' && BARE_EASE.has(lemma) && m.span.context.region !== 'narrative' && !inClaims(m.span.context) && !inProblemPart(m.span.context) && !STRESSED.test(text.slice(Math.max(0, start - 30), start))) return false;
  const sentence = sentenceAround(text, start, end);
  // A question asks; it claims nothing ("Do we really need it?"). A question in quotation marks inside a
  // statement ("the easiest way ever to answer “what's for dinner?” and it's out today") is no question.
  if (/\?\s*$/.test(sentence.after) && !/^["”’]/.test(text.slice(end + sentence.after.length))) return false;
  // Outside the claims and the customer's situation, "Usually the cache is warm", "in some cases the write is retried": how a system behaves.
  if (kind === 'frequency' && BEHAVIOUR.has(lemma) && !claimsOrSituation(m.span.context) && !hedgesClaim(sentence)) return false;
  // "`urllib3`, `requests` and `aiohttp` are all supported out of the box": what works with no setup, named, is a fact.
  if (UNMEASURED.has(lemma) && NAMES_IN_A_LIST.test(`${sentence.before} ${sentence.after}`)) return false;
  if (kind && MEASURED_IN_SENTENCE.has(kind) && !UNMEASURED.has(lemma)) {
    const [lead, tail] = kind === 'ease' ? [clauseBefore(sentence.before), clauseAfter(sentence.after)] : [sentence.before, sentence.after];
    // "a substantial share of the installed base": only a share measures a share ("38%", "1 in 4"), not the price beside it.
    const figure = kind === 'size' && SHARE_AFTER.test(text.slice(end, end + 30)) ? SHARE_FIGURE : FIGURE;
    if (figure.test(withoutVersions(lead)) || figure.test(withoutVersions(tail))) return false;
  }
  // "Getting started is easy. Download the app… the median tester got to their first reading in 41 seconds.": measured two sentences on.
  if (kind === 'ease' && !UNMEASURED.has(lemma) && TIME_TAKEN.test(nextSentences(text, end, 2))) return false;
  // "…cuts synth time significantly on bigger apps. On our benchmark a cold synth went from 41 s to 6.2 s.": the change, one sentence on.
  if ((SIZE_LEMMAS.has(lemma) || COMPARISONS.has(lemma)) && CHANGE_MEASURED.test(nextSentences(text, end, 1))) return false;
  // "Rarely: we publish one only for … about four a year.": the rate, in words.
  if (kind === 'frequency' && RATE_IN_WORDS.test(`${sentence.before} ${sentence.after}`)) return false;
  if (SIZE_LEMMAS.has(lemma) && (CHANGE_MEASURED.test(sentence.after) || SIZE_SET_OFF.test(text.slice(end, end + 90)))) return false;
  // A "no" inside a closed bracket ("(no tracking of names) pretty easily") qualifies its own aside, not the claim.
  if (kind && NEGATABLE.has(kind) && NEGATED.test(sentence.before.replace(/\([^()]*\)/g, ' '))) return false;
  // A comparison denied right before it tells the problem too ("booking online is not much quicker than queuing";
  // not "the number we do not see is much larger", where the "not" is another clause's).
  if (COMPARISONS.has(lemma) && DENIED_RIGHT_BEFORE.test(sentence.before)) return false;
  // "waits far longer than the first one (16 s against 1 s)": the figures, in a bracket further on in the clause.
  if ((COMPARISONS.has(lemma) || SIZE_LEMMAS.has(lemma)) && FIGURES_IN_BRACKET.test(sentence.after)) return false;
  if ((kind === 'praise' || kind === 'ease') && EVIDENCE_IN_BRACKET.test(text.slice(end, end + 200))) return false;
  // Outside the claims, "it would be much nicer", "would dramatically grow": an option weighed, not a claim made.
  if (kind && (WEIGHED_IF_IMAGINED.has(kind) || COMPARISONS.has(lemma) || SIZE_LEMMAS.has(lemma)) && !inClaims(m.span.context) && IMAGINED.test(sentence.before)) return false;
  // Outside the claims, "it might go away at some point": a possibility, not a plan ("we might add it at some point" stays a vague plan).
  if (kind === 'time' && !inClaims(m.span.context) && IMAGINED.test(sentence.before) && !OUR_PLAN.test(sentence.before)) return false;
  // A hypothesis or a condition is not a promise or a count ("if, at some point, …", "if there are many stacks").
  if ((kind === 'time' || kind === 'amount') && HYPOTHESIS.test(sentence.before)) return false;
  if (IN_CONDITION.test(sentence.before)) return false;
  if (FIRST_WAYS.has(lemma) && WAY_SHOWN.test(text.slice(end, end + 100))) return false;
  // "Out of the box, the service retries a failed call 185 times": opening the sentence it means "by default", and tells what the default is.
  if (UNMEASURED.has(lemma) && opensSentence(text, start)) return false;
  // "takes about 8 seconds, almost all of it spent listing pods": a share of the figure just given.
  if (kind === 'amount' && /^\s+of\s+(?:it|them|this|that|these|those)\b/i.test(text.slice(end, end + 20)) && FIGURE.test(withoutVersions(sentence.before))) return false;
  // The dates follow in the same sentence.
  if (kind === 'time' && CALENDAR_DATE.test(sentence.after.slice(0, 120))) return false;
  // In the past, a vague time is a story, not a plan ("we eventually dropped it").
  if (kind === 'time' && (/^\s*\p{L}+ed\b/u.test(text.slice(end, end + 40)) || (/\b(?:we|they|it|he|she|i)\s+$/i.test(sentence.before) && /^\s*\p{L}+ed\b/u.test(sentence.after)))) return false;
  return true;
}

const MESSAGES: Record<WeaselKind, (w: string) => string> = {
  intensifier: (w) => `"${w}" adds emphasis, not information. Delete it, or say what makes this remarkable with a number.`,
  amount: (w) => `"${w}" is an amount without a number. Give the figure: how many, how much, what share.`,
  size: (w) => `"${w}" gives a size without a number. Say how big or how small: the count, the cost, the time or the share.`,
  frequency: (w) => `"${w}" says how often without a rate. Give it ("in 3 of 10 orders", "twice a week"), or state the claim plainly.`,
  hedge: (w) => `"${w}" softens the claim without saying by how much. Compare it with something the reader knows, with a number, or state it plainly.`,
  ease: (w) => `"${w}" claims ease or speed without measuring it. Say how long it takes or how many steps, compared with today.`,
  praise: (w) => `"${w}" is praise the reader has no reason to believe. Replace it with the evidence: a measurement, a comparison, a customer's result.`,
  time: (w) => `"${w}" is not a date. Give the date or the quarter.`,
};
const FIX: Record<WeaselKind, string> = {
  intensifier: 'delete',
  amount: 'number',
  size: 'evidence',
  frequency: 'number',
  hedge: 'evidence',
  ease: 'evidence',
  praise: 'evidence',
  time: 'date',
};

/** The figure a vague amount stands for, as a placeholder that reads in place. */
function numberPlaceholder(word: string): string {
  if (FORMS.get(word)?.kind === 'frequency') return 'in [Number]% of cases';
  if (/^most of (the|them|our|these)$/.test(word)) return `[Number]% of ${word.slice(8)}`;
  if (/^(?:nearly all|almost all|a fraction of|the majority of|most)$/.test(word)) return '[Number]% of';
  if (word === 'the vast majority') return '[Number]%';
  if (word === 'orders of magnitude') return '[Number] times';
  if (/ly$/.test(word) || word === 'much' || word === 'far') return '[Number]%';
  return '[Number]';
}

/** Fixes for one weasel word: delete it, or put the placeholder for the data in its place. */
function weaselFixes(text: string, start: number, end: number, word: string, kind: unknown): Fix[] {
  const original = text.slice(start, end);
  const replace = (title: string, placeholder: string, preferred: boolean): Fix => {
    const edit = { start, end, newText: matchCase(text, start, original, placeholder) };
    const article = articleEdit(text, start, edit.newText);
    const edits = article ? [article, edit] : [edit];
    return { title, edits, isPreferred: preferred, select: placeholderSelection(edits, edit) };
  };
  const remove = (preferred: boolean, safe: boolean): Fix => {
    const del = deleteWord(text, start, end);
    const next = /^[\p{L}\p{N}]+/u.exec(text.slice(del.end - del.newText.length).replace(/^\s+/, ''))?.[0] ?? '';
    const edits = [del];
    const article = del.start === start || /\s/.test(text[start - 1] ?? '') ? articleEdit(text, start, next) : null;
    if (article) edits.unshift(article);
    return { title: `Delete "${original}"`, edits, isPreferred: preferred, safe };
  };
  switch (kind) {
    case 'delete':
      return [remove(true, true)];
    case 'number':
      return [replace(`Replace "${original}" with the number (${numberPlaceholder(word)})`, numberPlaceholder(word), true)];
    case 'date':
      return [replace(`Replace "${original}" with the date (by [Date])`, 'by [Date]', true)];
    case 'evidence': {
      // "a seamless setup": the adjective can go; "setup is seamless.": it needs the evidence.
      const next = /^[ \t]+([\p{L}\p{N}][\p{L}\p{N}-]*)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
      const attributive = next !== '' && !/^(?:for|to|and|or|but|nor|in|on|at|with|from|by|of|than|as|when|if|because|so|yet|since|while|until|unless|though|although|enough|too)$/i.test(next);
      return [remove(attributive, false), replace(`Replace "${original}" with the evidence ([Add the measured result])`, '[Add the measured result]', !attributive)];
    }
    default:
      return [];
  }
}

/** A superlative: "most" or "least" and a word that is no count (RANK_COUNTS), or one word in -est that is no noun or verb (NOT_SUPERLATIVES). */
const SUPERLATIVE = String.raw`(?:most|least)\s+(?!(?:${RANK_COUNTS.join('|')})(?![\p{L}]))[\p{L}-]+|(?!(?:${NOT_SUPERLATIVES.join('|')})(?![\p{L}]))\p{L}{2,}est(?![\p{L}])`;
const apostrophes = (w: string) => [w, w.replace(/'/g, '’')];
/** "the world's smartest", "hands-down the most personalized planner on the market": first place, no ranking (engine/lexicon/weasel.ts RANK_*). */
const RANKED = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${phrasePattern(RANK_STRESS)})\s+)?(?:(?:the\s+)?(?:${phrasePattern(RANK_OWNERS.flatMap(apostrophes))})\s+(?:${SUPERLATIVE})|the\s+(?:${SUPERLATIVE})(?=\s+(?:[\p{L}-]+\s+){0,3}?(?:${phrasePattern(RANK_PLACES)})(?![\p{L}])))`,
  'giu',
);

/** First place claimed in the claims of a PR/FAQ, outside quotation marks, where no listed weasel word was found already. */
function rankClaims(span: ProseMatch['span'], quotes: ReadonlyArray<[number, number]>, found: ReadonlyArray<{ m: ProseMatch }>): ProseMatch[] {
  if (!inClaims(span.context)) return [];
  const out: ProseMatch[] = [];
  RANKED.lastIndex = 0;
  for (let r = RANKED.exec(span.text); r; r = RANKED.exec(span.text)) {
    const start = r.index;
    const end = start + r[0].length;
    if (inRanges(quotes, start) || found.some((f) => f.m.start < end && start < f.m.end)) continue;
    out.push({ span, start, end, text: r[0] });
  }
  return out;
}

export const weaselWord: Rule = {
  id: 'weasel-word',
  description: 'Hedges, intensifiers, vague amounts and self-praise that a number or a fact should replace.',
  principle:
    'Reviewers trust numbers, not adjectives. "Significantly faster" invites the question "how much?", and "world-class" is a claim only customers can make. Replace the word with the figure, the date or the fact that made you reach for it — or delete it if it only adds emphasis.',
  example: { before: 'Checkout is significantly faster for many sellers.', after: 'Checkout takes 4 seconds instead of 11 for 1,240 sellers.' },
  kinds: ['prfaq', 'narrative'],
  defaultSeverity: 'warning',
  group: 'data',
  fixAllTitle: 'Fix all weasel words in this document',
  scope: 'span',
  check(ctx) {
    for (const span of ctx.model.prose) {
      // A quotation holds someone else's words: judge the quote as a whole, not its adjectives.
      if (span.element === 'blockquote' && isQuotation(blockSource(ctx.model, span.block))) continue;
      // The body of a README release documents the product (and the service under it), often in the service's own words.
      const c = span.context;
      // Its counts and sizes ("several properties", "many sources") are documentation; its praise and its
      // claims of ease ("a blazing fast store", "super easy to roll back") still sell (README_CLAIMS).
      const documenting = !!c.readme && c.region === 'press-release' && !ANNOUNCING.has(c.part ?? '');
      // An answer that is only a promise ("We will share details later…") is unanswered-question's one finding, not a second one here.
      if (c.unanswered && ctx.config.rules['unanswered-question'] !== 'off') continue;
      const quotes = quotedRanges(span.text);
      const found: Array<{ m: ProseMatch; word: string; kind: WeaselKind | undefined }> = [];
      // An answer that weighs costs and alternatives: its sizes describe what is weighed (engine/lexicon/questions.ts).
      const weighing = span.context.weighs === true;
      for (const m of matchProse([span], ctx.vocabulary.weasel)) {
        const word = m.text.toLowerCase().replace(/\s+/g, ' ');
        const form = FORMS.get(word);
        // Its comparisons too: "Much more precise, but needs instrumentation" sets one option against another.
        if (weighing && form && (SIZE_LEMMAS.has(form.lemma) || COMPARISONS.has(form.lemma))) continue;
        // A verdict ("rated it highly") is praise without its score: the fix asks for the rating, not a deletion.
        // An answer on its question's own line ("6. **Does it run on Windows?** We'll share more later.")
        // shares its prose span with the question: the span's role does not tell, the offset does.
        if (inUnansweredAnswer(ctx, toDocOffset(span, m.start))) continue;
        if (form?.scope === 'announcing' && !announces(span.context)) continue;
        if (isClaim(m, word, form, quotes)) found.push({ m, word, kind: word === 'highly' && isVerdict(span.text, m.start, m.end) ? 'praise' : form?.kind });
      }
      for (const m of rankClaims(span, quotes, found)) found.push({ m, word: m.text.toLowerCase().replace(/\s+/g, ' '), kind: 'praise' });
      found.sort((a, b) => a.m.start - b.m.start);
      // "really quite seamless", "very, very good": one claim, one finding, named for its last word.
      for (let i = 0; i < found.length; i++) {
        const first = found[i];
        while (
          i + 1 < found.length &&
          found[i].kind && MODIFIERS.has(found[i].kind!) &&
          // "quite a lot trickier": a comparison's "much", "far", "a lot" stress as an intensifier does.
          found[i + 1].kind && (JOINED.has(found[i + 1].kind!) || COMPARISONS.has(FORMS.get(found[i + 1].word)?.lemma ?? found[i + 1].word)) &&
          /^[\s,-]*$/.test(span.text.slice(found[i].m.end, found[i + 1].m.start))
        ) i++;
        const { word, kind } = found[i];
        const lemma = FORMS.get(word)?.lemma ?? word;
        // A size that grades a gain ("it significantly lowers your bill") sells as praise does.
        // So does a vague count of the people who asked for it ("Many teams have asked for backfills"): the case for the work.
        // "A number of backoff strategies are provided out of the box": in documentation, what comes built in.
        if (documenting && UNMEASURED.has(lemma)) continue;
        // Demand claimed without a count ("by popular demand", "a highly requested feature") is the case for the work, there too.
        if (documenting && !DEMAND.has(lemma) && !(kind && README_CLAIMS.has(kind)) && !gradesGain(span.text, found[i].m.end, word) && !(kind === 'amount' && countsPeople(span.text, found[i].m.end, word))) continue;
        const m = { ...first.m, end: found[i].m.end, text: span.text.slice(first.m.start, found[i].m.end) };
        // A word the team added in its configuration: we only know it is unwanted.
        const message = kind ? MESSAGES[kind](m.text) : `"${m.text}" is on this project's list of words to avoid. Replace it with the fact or the figure behind it.`;
        reportMatch(ctx, m, message, { word, fix: kind ? FIX[kind] : 'evidence' });
      }
    }
  },
  fixes(f, { model }) {
    const text = model.text;
    const word = typeof f.data?.word === 'string' ? f.data.word : text.slice(f.start, f.end).toLowerCase();
    return weaselFixes(text, f.start, f.end, word, f.data?.fix);
  },
  examples: {
    invalid: [
      { doc: '# Dock waits\n\n## Current state\n\nParents who bring a sick child wait a median of 94 minutes to see a clinician. «Most of them» leave work to come.', kind: 'narrative', note: 'the group before it is not counted: the share hides a number' },
      {
        doc: '# Forkcast Launches «the World\'s Smartest» Meal Planner\n\nParents plan a week of dinners in five minutes.\n\nAUSTIN, TX — May 3, 2027 — Forkcast today launched Weekly Plan. It is «hands-down the most personalized» planner on the market, and «the fastest way» ever to plan dinner.\n',
        note: 'first place claimed with no ranking: owned by the world, or placed on the market or ever',
      },
      {
        doc: '# Forkcast\n\nAUSTIN, TX — May 3, 2027 — Forkcast today launched Weekly Plan, an «incredibly» powerful planner and the easiest, most «seamless» way to answer "what is for dinner?" every night.\n\n## Internal FAQ\n\n### What are the risks?\n\nAdoption depends on the dietitians, which we think is «very» likely. In the pilot, nurses were «really» positive about it, and «a lot of» them told us they plan on Sundays.\n',
        note: 'a question in quotation marks inside a statement is no question; a chance, a verdict and power with no figure; a pronoun for people, then what only people do',
      },
      {
        doc: '# RFC: Oven timers\n\n## Working Backwards\n\n### README\n\nThe `Timer` construct reads one oven.\n\n```ts\nnew Timer(oven);\n```\n\nGas ovens are supported «by popular demand», and we will add the Welsh messages «in a follow-up».\n\n## Public FAQ\n\n### What are we launching today?\n\nA timer construct for bakery ovens.\n',
        note: "in a README release's body, demand claimed without a count is still the case for the work; another change promised with no date",
      },
      { doc: 'Print time falls «significantly». We have 40 shops.', note: 'a figure one sentence on that measures no change' },
      { doc: 'Owners of the old till get a $150 credit, which we expect a «substantial» share of them to take within 18 months.', note: 'a price and a time measure no share: only a share does ("38%", "1 in 4")' },
      { doc: '# PlateCost Makes Menu Pricing «Insanely» Simple\n\n## Ferry App «Slashes» Queues at Island Terminals\n', note: 'in Title Case an intensifier or an announced gain is no name' },
      { doc: '# Tipjar\n\nLEEDS — May 3, 2027 — Tipjar is available in Leeds today, with other cities «to follow».\n\n## Internal FAQ\n\n### Where next?\n\n«Eventually» we want every café in Yorkshire on Tipjar.\n', note: 'more promised with no date, and a plan that follows the vague time opening its sentence' },
      {
        doc: '# Ledger\n\n## Internal FAQ\n\n### Why now?\n\n«A number of» our largest accounts have asked for a ledger export, and «most» volunteer coaches give up on the spreadsheet after two tries.\n',
        note: 'a count of people hidden behind a noun that is not a person ("accounts have asked"), and "most" before a role with a word in front of it',
      },
      {
        doc: '# RFC: Oven timers\n\n## Working Backwards\n\n### README\n\nThe `Timer` construct reads one oven.\n\n## Public FAQ\n\n### What are we launching today?\n\nA construct that «makes it easier» to watch every oven in a bakery.\n',
        note: 'the launch answer standing as the summary: its one benefit, unsized',
      },
      { doc: '# Tipjar\n\nLEEDS — March 3, 2027 — Tipjar splits card tips by the hours worked, which is «arguably the simplest way» for café owners to share them. It is «easy» to set up.', note: 'the day in a dateline measures nothing' },
      { doc: 'We can ship the short version (no history yet) «pretty easily».', note: 'a "no" inside a closed bracket belongs to the aside, not to the claim' },
      { doc: 'Ink costs fell «drastically» after the move, and «from time to time» a print run still fails.', note: 'a size adverb and a how-often phrase' },
      { doc: 'Setters change a route «with little effort», and «a broad set of» gyms asked for it.', note: 'ease as a phrase, and a vague amount of people' },
      { doc: 'We will open a second workshop «in the coming years», and add shared lists «in a later phase».', note: 'promises with no date' },
      { doc: 'Lane bookings are «way» faster now, the new sheet is «remarkably» clear, and the export is «heavily used».', note: 'a comparison with no size, an intensifier, and use claimed with no count' },
      { doc: 'Merging the two sheets gets «quite a lot» trickier every term. «Regularly», setters rebook by phone.', note: 'an intensifier and the comparison it stresses make one finding; a how-often word opening the sentence' },
      {
        doc: '# RFC 7: Route sync\n\n## Working Backwards\n\n### README\n\nThe `RouteSync` construct copies routes between gyms.\n\n## Motivation\n\nSetters keep two route sheets today, and merging them by hand is «very» tedious.\n\n```ts\nnew RouteSync(stack);\n```\n',
        note: "a README release's problem is the case for the work, not documentation: its intensifiers and amounts are read",
      },
      {
        doc: '# RFC: Oven timers\n\nBakers burn a tray a week because no one hears the oven bell over the mixer, and each tray costs £40.\n\n## Working Backwards\n\n### README\n\nThe oven service heats evenly and scales significantly past a few ovens. The `Timer` construct reads one oven and rings a bell in the shop; it «significantly» lowers the number of burnt trays.\n\n## Public FAQ\n\n### What are we launching today?\n\nA timer construct for bakery ovens.\n',
        note: "in a README release's body, a size that grades a gain sells the product: the size it documents (\"scales significantly past\") is left alone",
      },
      {
        doc: '# RFC: Oven timers\n\nBakers burn a tray a week because no one hears the oven bell over the mixer, and each tray costs £40.\n\n## Working Backwards\n\n### README\n\nThe oven service heats evenly. Version 2 of the `Timer` construct reads the oven with «far» less memory, and rings «much» faster after the tray is done.\n\n## Public FAQ\n\n### What are we launching today?\n\nA timer construct for bakery ovens.\n',
        note: "in a README release's body, a gain graded without its size still sells: less of a resource, a comparative of a gain",
      },
      {
        doc: '# Crumb Launches Shelf Labels for Leeds Bakers\n\nLEEDS — April 2, 2027 — Crumb today launched shelf labels that bakers print from the till in one step.\n\nBakers in Leeds reprint 40 labels a week by hand, and one in five is wrong.\n\nWith Crumb, the till prints the label when the price changes.\n\n"Bakers told us labels cost them an hour a day," said Tom Hale, founder of Crumb.\n\nCrumb also prints on «various» label rolls that bakers already own.\n\n"We print every label right," said Ana Ruiz, owner of Ruiz Bakery.\n\nTo get started, download the app at crumb.example.\n',
        note: 'a paragraph of the press release that is none of its parts still makes its claims',
      },
      { doc: '«Several» bakeries, two weeks ago, asked for labels.', note: 'a time set off after the noun is no count' },
      { doc: '# Crumb Launches Shelf Labels\n\nLEEDS — April 2, 2027 — Crumb, trusted by «thousands of» bakers, today launched shelf labels.\n', note: 'a round count of customers in the claims' },
      { doc: 'Crumb, a «leading» provider of shelf labels, prints 40 labels a day.', note: '"a leading" before the maker it ranks' },
      { doc: 'The new timer is «much» smarter: it rings before the tray burns, so bakers are at the oven in time.', note: 'a colon that explains a comparison gives no size' },
      { doc: '# Spoke\n\n## Internal FAQ\n\n### How is the booking log kept?\n\nOld bookings are «very easy» to archive, and riders can «pretty easily» export them.\n', note: 'outside the claims, ease stressed by an intensifier or a downtoner still sells' },
      {
        doc: '# Crumb\n\n## Internal FAQ\n\n**Q: How many bakeries lose labels today?**\nA: Quite a lot. Last year there were «many» complaints and «several» refunds.\n',
        note: 'in any FAQ, an answer to a question that asks for a number withholds it with vague amounts',
      },
      { doc: 'Today couriers lose parcels at the depot «constantly», and it happens «all the time» at the weekend.', note: 'how often, with no rate' },
      { doc: 'We take card data «really» seriously, and on Saturdays the shop gets «very» crowded.', note: 'an intensifier before care and crowds, which a fact would show' },
      {
        doc: '# Spoke Books Bike Repairs for Leeds Riders\n\nLEEDS, UK — April 2, 2027 — Spoke today opened online booking for riders at its three workshops.\n\n"We built Spoke to be a «seamless», «world-class» way to book a repair, and we believe it will «significantly» change how Leeds commutes," said Tom Reed, founder of Spoke.\n',
        note: "the company's own praise, and the size of the change it promises, in its leader's quote",
      },
      'The new checkout is «very» fast and «significantly» cheaper than the old one.',
      { doc: 'Spoke is the «world\'s first» repair booking app and «the most secure» way to book, from «the leading innovator» in cycling.', note: 'superlatives a release cannot prove' },
      'We heard from «several» teams that the setup is «seamless».',
      'The feature ships «soon» to «nearly all» regions.',
      'It is a «world-class» experience.',
      { doc: 'Ledger 2.0 is «easy» to set up for every bakery.', note: 'a version number measures nothing' },
      { doc: '«Most» florists we surveyed, 3 weeks ago, wanted delivery before noon.', note: 'a figure set off after the amount that is no share (a time) does not give it' },
      { doc: 'Booking is «very» fast: riders love it.', note: 'set off after its word, but no figure: the intensifier stays' },
      {
        doc: '# Spoke books bike repairs in Leeds\n\nLEEDS — April 2, 2027 — Spoke today opened online booking for its repair workshops.\n\nA rider with a broken chain phones around, waits on hold and «often» loses days of cycling, and «many» workshops never call back. Booking is «very» painful.\n\nSpoke shows the open slots at every workshop nearby.\n',
        note: 'a problem told with no figure: its how-often and how-many words hide the numbers the problem needs',
      },
      { doc: '«Many» shops (see the list in the appendix) want it, and «several» riders (in the 2026 survey) asked.', note: 'a bracket after the noun with no count in its first words, or only a year, gives no number' },
      { doc: '## Internal FAQ\n\n### Why are we doing this?\n\nThe new importer is «significantly» faster for every shop.', note: 'a size outside the trade-offs is still a claim' },
      {
        doc: '# RFC: Oven timers\n\nBakers burn a tray a week because no one hears the oven bell over the mixer, and each burnt tray costs them about £40 in flour, butter and time. The new timers make baking «much» safer for every bakery that has more than one oven.\n\n## Working Backwards\n\n### README\n\nThe oven service scales to a dozen ovens. The `Timer` construct reads one oven.\n\n## Public FAQ\n\n### What are we launching today?\n\nA timer construct that is «significantly» cheaper than a new oven.\n',
        note: "an RFC's pitch above its README, and its FAQ, still claim",
      },
      {
        doc: '# RFC: Oven timers\n\n## Working Backwards\n\n### README\n\nThe `Timer` construct is a «blazing fast», «seamless» way to watch an oven, and rolling a timer back is «super easy».\n\n## Public FAQ\n\n### What are we launching today?\n\nA timer construct for bakery ovens.\n',
        note: "praise and claims of ease in a README release's body still sell",
      },
      {
        doc: '# RFC: Oven timers\n\n## Working Backwards\n\n### README\n\nThe `Timer` construct reads one oven and rings a bell in the shop. «Many» bakeries have asked for a second bell, and gas ovens will come «in a future release».\n\n## Public FAQ\n\n### What are we launching today?\n\nA timer construct for bakery ovens.\n',
        note: "a README release's body still promises, and still tells how many asked: a vague date and a vague count of people are findings there",
      },
      { doc: 'Printing labels is a «highly requested» feature, and the scanner is «widely used» in repair shops.', note: 'demand and adoption claimed without a count' },
      'Setup is «very» slow and «quite» confusing, so «a lot of» sellers give up.',
      'Refunds arrive «in the coming weeks», and the app is «blazing fast».',
      'We will support «various» card types «at some point».',
      'Sellers love the «very» simple form; «most of the» feedback says so, and «most of them» pay yearly.',
      '# Acme Launches a «Revolutionary» Checkout for Bakers',
      { doc: 'Refunds are «tidy» now.', config: { weaselWords: { add: ['tidy'], remove: [] } }, note: 'a word the project added' },
      { doc: 'Paper invoices are a «significant» cost, and the app «revolutionizes» billing.', note: 'families by lemma: the adjective and the verb, not only the listed spelling' },
      { doc: 'We heard from «several» teams — and the riders who use them — that it breaks.', note: 'a dash aside that gives no count leaves the word vague' },
      { doc: '«Sometimes», an order reaches the kitchen twice. «In most cases» the cook notices.', note: 'a frequency hedge that opens the sentence, and a hedging phrase anywhere' },
      { doc: 'Owners add a menu «easily», and the reorder button works «instantly».', note: 'ease and speed claimed, not measured' },
      { doc: 'The light on the lens makes pacing «easy».', note: '"easy" as a claim, beside the sport words it leaves alone' },
      { doc: 'Gift cards come «in a future release», refunds «in a few weeks», and we will publish the API «later».', note: 'vague times beyond "soon"' },
      { doc: 'Names are generated, but «a lot of» companies have naming rules: a team prefix, the environment, a cost code.', note: 'the list after the colon names the rules, not the companies' },
      { doc: 'Our matching engine is «the best in the industry»: it beat manual matching «by a wide margin», and mixed tills are planned «for a future release». Ledger is «one of the fastest-growing» apps for bakers.', note: 'first place with no ranking, a lead with no size, a plan with no date, and growth ranked with no figure' },
      { doc: 'Pricing details «to follow».', note: 'a promise with no date' },
      {
        doc: '# Spoke\n\n## External FAQ\n\n### When does it reach Leeds?\n\nWe will share more «later».\n',
        config: { rules: { 'unanswered-question': 'off' } },
        note: 'with unanswered-question off, a promise-only answer is this rule\'s to report',
      },
      { doc: '«Most» owners close the till by hand.', note: '"most" opening a claim about a group' },
      { doc: 'The ledger is «highly» scalable and «much» faster.', note: '"highly" before praise; "much" before a comparative' },
      { doc: 'It is «really quite seamless».', note: 'stacked modifiers are one claim, one finding' },
      { doc: '«Many» bakers asked for it, and we got «a lot of» requests from shop owners.', kind: 'narrative', note: 'a vague amount of people or of demand, wherever it stands' },
      { doc: '# Crumb Launches Shelf Labels\n\nBakers print labels from «various» templates.', note: 'any vague amount in the claims of a PR/FAQ: its press release' },
      { doc: '## FAQ\n\n### Which scales work?\n\nTwo at launch, and «several» more brands after that.', note: '… and its external FAQ\'s answers' },
      { doc: 'Bakers wait 20 minutes at the till. «Most of them» leave.', kind: 'narrative', note: '"them" after a sentence about people' },
      { doc: 'The import is «very» slow, and «quite a lot» harder to undo.', kind: 'narrative', note: 'an intensifier before a judgement' },
      { doc: 'The migration is «fairly» simple and «pretty quick».', kind: 'narrative', note: 'a downtoner before a claim of ease or speed (with a listed word, one finding)' },
      { doc: 'We intend to «eventually» support refunds.', kind: 'narrative', note: '"eventually" in a promise' },
      { doc: 'Sign-up is «quick».', kind: 'narrative', note: '"quick" as a claim (not its adverb)' },
      { doc: 'Bike shops wait a day for parts. «Multiple» shop owners asked for next-day delivery.', kind: 'narrative', note: '"multiple" opening a claim about people' },
      { doc: '# Crumb Launches Oven Timers\n\nBakers in Leeds say the timer would make baking «much» safer.', note: 'in the claims, a result imagined with "would" is still a claim' },
      { doc: 'Splitting the package would be «very» hard, and it could help «many» bakers.', kind: 'narrative', note: 'after "would", an intensifier before a judgement and a count of people are still reported' },
      { doc: 'The lock is «arguably» the safest in town, and the app «virtually» ends missed pick-ups.', note: 'a qualifier softens the claim without saying by how much' },
      { doc: 'The booking page is «robust», its uptime «unmatched», and the shop calls it the «preeminent» tool for repairs; the fit is «perfect».', note: 'praise in other words' },
      { doc: 'Bulk buyers skip our stores today, and «the vast majority» said they would switch. «A number of» associates told us the same.', kind: 'narrative', note: 'a vague amount before a verb only people do, or before a word for colleagues' },
      { doc: 'Associates on the returns line are «quite» experienced.', kind: 'narrative', note: 'an intensifier before a judgement of skill' },
      { doc: 'When a bill gets old, the owner must ask at the counter, which is «very» embarrassing for both sides.', kind: 'narrative', note: 'an intensifier before a feeling a survey could count' },
      { doc: 'Hiring is the biggest risk. We will work with the recruiting team «later» to address this.', kind: 'narrative', note: '"later" before the purpose of a promise is still its only date' },
      { doc: 'Setup is «effortless», and the till works with the 14 card readers we sell.', kind: 'narrative', note: 'a figure in another clause counts something else, not the effort' },
      { doc: 'Pilot bakers rated the till «highly».', kind: 'narrative', note: 'a verdict claimed without its score' },
      { doc: 'Owners speak «highly» of the new till.', kind: 'narrative', note: '… or with "of" after it' },
      { doc: '## Design\n\n«In most cases» the new index is faster. «Usually», shop owners reprint the labels by hand.', kind: 'narrative', note: 'outside the claims, a how-often word that hedges a claim of quality or a claim about people' },
      { doc: '## Current state\n\n«Usually», a return waits four days in the dock queue.', kind: 'narrative', note: "in the customer's situation today, a how-often word hides the rate" },
      { doc: '## Plan\n\nWe might add gift cards «at some point».', kind: 'narrative', note: 'a vague plan of ours, even with "might"' },
      { doc: 'The scale works «out of the box» with the 14 tills we sell.', kind: 'narrative', note: 'no setup claimed without showing it; the figure counts tills, it cannot measure "no setup"' },
    ],
    valid: [
      { doc: 'This RFC adds a construct that deploys one app to many regions and accounts in waves, and a batch mode that runs one evaluation suite against several model checkpoints at once.', note: 'one of a thing against many: a cardinality, not a hidden count' },
      { doc: '# Dock waits\n\n## Current state\n\nHarrow Freight moves truckload freight for about 2,300 shippers, most of them mid-sized manufacturers in the Midwest.', kind: 'narrative', note: 'a share of a group counted just before describes it' },
      { doc: 'Sole traders who file their own returns — about 380,000 people, most of them with a turnover under $400k.', note: 'a group counted with a plural that takes no "s"' },
      { doc: '# Forkcast\n\nAUSTIN, TX — May 3, 2027 — Forkcast today launched Weekly Plan. The most common question on the market is price, and the latest release of interest is the largest test we ran.\n', note: 'a superlative that ranks by a count, and words in -est that are no superlative' },
      { doc: 'JSON is more widely used than JSON5, so the timer reads both; its timeout is given in seconds.', note: 'a comparison of adoption between two formats, and a unit' },
      { doc: 'The timer is robust (2,000 tests, 100% coverage), and it cuts the wait for a free oven dramatically (from an hour to ten minutes).', note: 'praise with its evidence in a bracket right after, and a change with its before and after in words' },
      { doc: 'Payouts go through SEPA Instant with each partner bank.', note: 'a capital after a capitalised name: part of the name' },
      { doc: 'The plan takes about 8 seconds, almost all of it spent listing pods.', note: 'a share of the figure just given' },
      { doc: 'Out of the box, the service retries a failed call 185 times.', note: 'opening the sentence, "out of the box" means "by default" and says what the default is' },
      { doc: 'Today booking a lane online is not much quicker than queuing at the desk.', note: 'a comparison denied right before it tells the problem' },
      { doc: 'If the pilot turns out to be extremely popular, we add a second support shift. Should we later need various storage backends, the interface leaves room for them.', note: 'inside a condition: what might be true claims nothing' },
      { doc: 'In the coming months we ship three changes: offline mode in May, shared lists in June and a watch app in July.', note: 'the dates follow in the same sentence' },
      { doc: 'With backoff, the fifth retry waits far longer than the first one (16 s against 1 s).', note: 'the figures, in a bracket further on in the clause' },
      { doc: '# Ledger\n\n## Internal FAQ\n\n### What is out of scope?\n\nThere may be a chance to make renewals seamless for fleets, but it is not in this launch.\n', note: '"may" weighs a possibility outside the claims, as "might" does' },
      { doc: 'The export targets massively parallel warehouses, and each table has a perfect hash.', note: 'terms of computing, not praise' },
      { doc: 'The simplest way to declare a queue is shown below.', note: 'a how-to that points at its example' },
      { doc: 'Setters face several problems today. First, they re-key every route. Second, they print each sheet twice.', note: 'the next sentence opens the list with "First,"' },
      { doc: 'Very large bakeries with more than 200 ovens work too. Caching cuts print time significantly on bigger shops. On our benchmark a print went from 41 s to 6.2 s.', note: 'a size measured right after its noun ("with more than 200"), and a change given one sentence on' },
      { doc: '## Internal FAQ\n\n### How often will riders see a notice?\n\nRarely: we publish one only for bugs that can lose a booking, about four a year.', note: 'a rate given in words' },
      { doc: 'Several beta teams, five of the twelve, book daily. Crumb reads several printers, seven models from four brands so far.', note: 'the count set off by a comma, in figures or in words' },
      { doc: 'In the preview, the time to print went down significantly, from a median of 9 minutes to 4 minutes across 120 bakeries.', note: 'a change given from a median to a figure' },
      { doc: 'Getting started is easy. Download the app and pick a plan. In the beta the median rider got from install to a booked repair in 41 seconds.', note: 'the ease measured a sentence or two on, as a time taken' },
      { doc: '# Crumb\n\n## FAQ\n\n### Why not a lifecycle rule?\n\nA lifecycle rule cannot tell old from unused. Anyone who sets one will eventually delete a label still in use.', note: 'what will befall someone else, not a promise of ours' },
      { doc: 'On a cold run the lookups took 2.3 s against 9.1 s before. That is significantly faster, roughly 4x, because reads are batched.', note: 'the ratio set off after the comparative is the size the word announced' },
      {
        doc: '# Crumb\n\n## Internal FAQ\n\n### What alternatives did you consider?\n\n1. **Test impact analysis.** Much more precise, but needs instrumentation in each language.\n',
        note: 'an answer that weighs alternatives: its comparisons set one option against another',
      },
      { doc: '# RFC 12: Crumb labels for bakers\n\n## Working Backwards\n\n### Press release\n\nLEEDS — April 2, 2027 — Crumb today launched shelf labels for Leeds bakers.\n\n## Alternatives considered\n\nCaching per file would be far simpler, and much slower on large repositories.', note: 'an RFC\'s own section that weighs alternatives' },
      { doc: '## Internal FAQ\n\n### How does sync work?\n\nThe sync worker polls the queue constantly and retries a failed write.', note: 'how a system behaves, outside the claims' },
      { doc: 'Everyone splits a bill with a friend at some point.', note: 'a habit, not a plan: a vague time is one only in a promise' },
      { doc: 'Many riders change their number often: 61 of the 154 we surveyed had a new one last year.', note: 'the share right after a colon' },
      { doc: 'Several workshops — five of the 12 we called — said they lose a day to it, and Spoke ships several exporters (four, so far).', note: 'the count set off by a dash or a bracket right after the noun' },
      { doc: 'A booking has many moving parts (the guide covers nine of them), and several shops already run one (we counted 3 in Leeds).', note: 'the count a few words into a bracket after the noun' },
      { doc: 'One visit by a mechanic, however many things they fix.', note: '"however many": any number at all' },
      { doc: 'Ledger reads `csv`, `ofx` and `qif` exports out of the box, and works out of the box with Square, Shopify and Toast.', note: 'what works with no setup, named in a list, is a fact' },
      {
        doc: '# Spoke Books Bike Repairs for Leeds Riders\n\nLEEDS, UK — April 2, 2027 — Spoke today opened online booking for riders at its three workshops.\n\n"Booking a repair is relatively painless in a village and miserable in a city," said Tom Reed, founder of Spoke.\n',
        note: 'ease described in the leader\'s quote, about the world before the product: only praise there is the company\'s claim',
      },
      { doc: 'The scanner also cuts its own memory use significantly, from 310 MB per device in 2.x to 95 MB.', note: 'the change is given in the sentence, even past a version number' },
      { doc: 'When a chain snaps a mile down the road from home, the rider books the nearest van. We report the median, a robust statistic.', note: 'a place down the road, and a term of statistics, are no weasel words' },
      {
        doc: '# RFC: Oven timers\n\nBakers burn a tray a week because no one hears the oven bell over the mixer, and each tray costs £40.\n\n## Working Backwards\n\n### README\n\nThe oven service heats evenly and scales significantly past a few ovens. The `Timer` construct reads one oven.\n\n## Public FAQ\n\n### What are we launching today?\n\nA timer construct for bakery ovens.\n',
        note: "the body of an RFC's README documents the service under it, in that service's words: its sizes and amounts are description",
      },
      {
        doc: '# RFC: Oven timers\n\nBakers burn a tray a week because no one hears the oven bell over the mixer, and each tray costs £40.\n\n## Working Backwards\n\n### README\n\nThe `Timer` construct reads one oven. Polling every oven from one timer is much slower and far more complicated to set up, so use one timer per oven.\n\nThe simplest way to test a timer is to point it at the demo oven. Three alarm sounds are provided out of the box: bell, chime and buzzer. The timer accepts many different types of tray.\n\n## Public FAQ\n\n### What are we launching today?\n\nA timer construct for bakery ovens.\n',
        note: "the body of an RFC's README documents the costs of a way (\"much slower\", \"far more complicated\"), names the way to do something, what comes built in, and a vague amount of things (not of people: \"types\" counts no one): no claim",
      },
      {
        doc: '## Internal FAQ\n\n### What are the drawbacks of this solution?\n\nEach region keeps its own copy, which means a significant rewrite of the importer and a huge migration for the two oldest shops.',
        note: 'an answer that weighs costs: its sizes describe what is weighed',
      },
      {
        doc: '## Internal FAQ\n\n### What are the risks of shipping in May?\n\nIf the label vendor slips, that means a significant rework of the printer driver and far more support calls in the first week.',
        note: 'an answer about risks weighs them too',
      },
      {
        doc: '# Spoke\n\n## External FAQ\n\n### When does it reach Leeds?\n\nWe will share more later, once the depot lease is signed.\n',
        note: 'an answer that is only a promise is reported once, by unanswered-question',
      },
      {
        doc: '# RFC: Oven timers\n\n## Working Backwards\n\n### README\n\nThis library holds constructs for bakery oven timers.\n\nThe timer construct reads several sensors and raises an alert when one of them runs hot.\n\n## FAQ\n\n### What are we launching today?\n\nA timer construct for bakery ovens.\n',
        note: 'a README release (its summary is the FAQ\'s launch answer) documents the product: a vague amount of things there is a description',
      },
      { doc: 'A frequently asked question is how to print labels, and the highly regulated shops keep paper copies.', note: 'a name for the FAQ, and a description: no demand claimed' },
      { doc: 'Leading zeros are kept, the leading edge of the label is cut square, and the change is leading to fewer reprints.', note: '"leading" that ranks no maker' },
      { doc: '# Spoke\n\n## Internal FAQ\n\n### How is the booking log kept?\n\nThe sync job can read each workshop diary easily, and new workshops are quick to add.\n', note: 'outside the claims, a bare word of ease describes how a job goes' },
      { doc: 'The printer is much lighter: it weighs 400 g against 1.2 kg. The app now does a lot more (labels, stock, reorders).', note: 'a comparison shown after its colon by figures, or in a bracket by the things it adds' },
      { doc: '# Crumb Launches Shelf Labels\n\nLEEDS — April 2, 2027 — Crumb today launched shelf labels that print thousands of prices a day.\n\n## Internal FAQ\n\n### Who asked for it?\n\nHundreds of bakers wrote to us; the list is in the appendix.\n', note: 'a round count of things, and one outside the claims' },
      'Nearly 40% of sellers abandon the form, and several (3) pilots confirmed it.',
      'How many customers does this serve?',
      'Run `very fast` in the terminal, or read [the guide](https://example.com/very-significantly).',
      '| metric | value |\n|---|---|\n| signups | 1,240 |',
      '---\nkind: prfaq\ntitle: very many\n---\n\nCheckout takes 4 seconds.',
      '```\nThis is very seamless.\n```',
      'Members of Very Good Coffee Co wait 3 minutes per order.',
      'Sellers get paid the same day rather than after a week, from the very first order.',
      'Do we really need a mobile app for this?',
      'Orders and tags have a many-to-many relation.',
      'If, at some point, a seller closes the store, we keep the data for 30 days.',
      'We eventually dropped the paper form.',
      'The ledger is a first-class citizen, and the service is highly available.',
      'I would rather ship in March.',
      { doc: 'Most florists we surveyed, 31 of the 40, want delivery before noon, and many of them (60%) open at 7.', note: 'the share, set off right after the noun phrase' },
      { doc: 'Booking is very fast: a rider books a slot in 40 seconds, and for very large workshops (over 30 bays) the list is paged.', note: 'an intensifier whose word a figure measures, set off right after it' },
      { doc: 'Several contributors have built their own wrappers; we found four on the registry.', note: 'the count given in the next clause' },
      { doc: 'Point it at any folder, or several. Book one shop or many.', note: 'a choice of how many, not a count claimed' },
      { doc: 'The front end was the easy part. Moving the crews off the spreadsheet will be too disruptive before the summer.', note: 'the easier of two parts, and a cost rather than praise' },
      { doc: 'Getting started is easy. Upgrade to Lumen 3.0 and set one option:\n\n```yaml\nsampling: adaptive\n```', note: 'the ease measured in the next sentence, as the settings it takes' },
      { doc: 'Most of these patients do not mean to miss the visit. When staff called back 600 of them, 58% said they forgot the date.', note: 'a share, given in figures one sentence on' },
      { doc: 'The most recent release books in 40 seconds, and batch jobs are most powerful when run across 12 nodes.', note: '"most" before a date word, and a superlative said of a condition, not of the product' },
      {
        doc: '# Spoke books bike repairs in Leeds\n\nLEEDS — April 2, 2027 — Spoke today opened online booking for its repair workshops.\n\nWe asked 140 riders. One in four waits on hold for a repair, and the workshop often learns of a missing part only when the bike arrives.\n\nSpoke shows the open slots at every workshop nearby.\n',
        note: 'a problem that gives its numbers may say "often" between them',
      },
      { doc: 'Three regions fund the pilot, and several more pay for it:\n\n- Ohio\n- Iowa', note: 'the list that gives the number follows the colon' },
      { doc: 'Reports export in various formats (PDF, CSV and HTML), and the queue lags significantly behind at ~10%.', note: 'the members, or the figure, right after the word' },
      { doc: '"It is the most seamless setup I have seen," said Ana Ruiz, who runs a bakery in Leeds.', note: 'a customer\'s own words' },
      { doc: '> Setup was amazing and quick.\n> - Ana Ruiz, baker', note: 'a quotation set as a block quote, with who said it' },
      { doc: '## FAQ\n\n### Can I pay with several cards?\n\nAbsolutely! Add each card under Payments.', note: 'a question asks, and "Absolutely!" answers yes' },
      { doc: 'The results were statistically significant. See the frequently asked questions, or the quick start guide.', note: 'terms, not claims' },
      { doc: 'Today, booking a table is not easy, and nothing dramatic changed last year. Old orders cannot be moved to the new shop easily.', note: 'a negated claim describes the problem, wherever the "not" stands in its clause' },
      { doc: 'To make retries more robust, we pin the SDK. Some files, e.g. various JSON files, are left out.', note: 'a comparison with today; an amount inside an example' },
      { doc: 'There are several reasons owners give up.\nThe following list ranks them by cost.', note: 'the next sentence announces the list, across a wrapped line' },
      { doc: '**AllAtOnce** (Quick): deploys to every till at once.', note: 'a word alone in parentheses is a label' },
      { doc: 'It is significantly cheaper: a significant saving.', config: { weaselWords: { add: [], remove: ['significant'] } }, note: 'removing a word removes its family' },
      { doc: 'The shop often learns about a missing part at the counter, and owners sell out less often.', note: 'a frequency inside a sentence describes; the rule asks only where one hedges the whole claim' },
      { doc: 'As described later, the steps to follow are short; two years later the form was gone.', note: '"later" and "to follow" that promise nothing' },
      { doc: 'The most common request is a refund, and it will most likely come first. Banks are highly regulated.', note: '"most" as a superlative, "highly" as a description' },
      {
        doc: '# Bill splitting\n\nPORTLAND — May 3, 2027 — Crumb launched bill splitting for cafés with one till.\n\nThe new flow makes it easier to split a bill.',
        note: 'past the headline, subheading and summary, a comparison with today, which the reader knows',
      },
      { doc: 'There are several issues with the parser: many properties are ignored, and a number of factors decide the order. Most of these issues have workarounds.', kind: 'narrative', note: 'a vague amount of things in a technical discussion: no people, no demand, not the claims of a PR/FAQ' },
      { doc: '# Crumb Launches Shelf Labels\n\nBakers print labels at the counter.\n\n## Internal FAQ\n\n### Why now?\n\nThe label printer has several quirks that we cover in the appendix.', note: 'an internal FAQ discusses; it is not the claim' },
      { doc: 'The nightly jobs retry twice. Most of them pass.', kind: 'narrative', note: '"them" after a sentence about things' },
      { doc: 'The cache holds very little, the job ran for a very long time, and the cost really comes from storage. It is not very fast today.', kind: 'narrative', note: 'an intensifier before a neutral word or a verb, or under a "not", describes' },
      { doc: 'Its retention policy is somewhat complicated, and rollbacks are pretty much limited to one step.', kind: 'narrative', note: 'a downtoner before a description' },
      { doc: 'The retry eventually times out, and the store is eventually consistent. Shortly after the upload, the file is scanned.', kind: 'narrative', note: '"eventually" and "shortly" that promise nothing' },
      { doc: 'Several reported issues were fixed in May, and the majority of requested features are in the appendix.', kind: 'narrative', note: 'a participle before a noun of things is not a verb people do' },
      { doc: 'We will add refunds later this year, and the job will wait until later to retry.', kind: 'narrative', note: '"later" with its own date, or inside a description of what a job does' },
      { doc: 'Owners can quickly scan the list.', kind: 'narrative', note: '"quickly" is not listed, only "quick": it mostly retells what a service does' },
      { doc: 'The app alerts multiple nearby mechanics, and riders can add multiple tags to a repair.', kind: 'narrative', note: '"multiple" inside a sentence describes what the product does' },
      { doc: 'Splitting the package would be much nicer for installs, but it would dramatically slow the build and could break the amazing type checks.', kind: 'narrative', note: 'outside the claims, a size, a comparison or praise in a consequence imagined with "would" weighs an option' },
      { doc: '## Design\n\nUsually the cache is warm. In some cases the write is retried, and the offset is typically `0`.', kind: 'narrative', note: 'outside the claims and the customer\'s situation, a how-often word describes how a system behaves' },
      { doc: '## Design\n\nA quick overview of the queue follows. It is easy to miss a renewal by hand, the list soon becomes long, and the old flag might go away at some point.', kind: 'narrative', note: 'a short piece of writing, the ease of a mistake, "soon" in a sequence, a time in a possibility' },
      { doc: 'Blue means an easy pace and green means the target zone. Coaches plan two easy swims a week.', note: 'an effort level in sport, not a claim of ease' },
      { doc: 'Each evening Ledger lists the unmatched deposits, and payments left unmatched go to a review queue.', note: '"unmatched" as not matched: a deposit with no sale, not a product with no equal' },
      { doc: 'Shoppers get an instant refund at drop-off, and merchants get plugins for the two most widely used store platforms.', note: 'a term of art ("instant refund") and a ranking that counts' },
      { doc: 'The repair plan is relatively cheap at $4 a month, and every session uses perfect forward secrecy.', note: 'a hedge with its figure in the sentence; a term of art' },
      { doc: 'Each morning the bookkeeper sees the unmatched bank lines on the left and the open invoices on the right.', note: 'a bookkeeping state, not praise' },
      { doc: 'In the test shop, the new index significantly reduces lookup time from 40 ms to 9 ms, and the cache dramatically cuts misses, by 30%.', kind: 'narrative', note: 'a size whose change the sentence gives further on' },
      { doc: 'Setup is easy, and takes 5 minutes. The SDK has out-of-the-box support for retries.', kind: 'narrative', note: 'the figure in the same claim; the adjective names a feature' },
      { doc: 'We rated each bakery on hygiene; highly regulated shops scored 4.6 of 5 and think highly specific labels help.', kind: 'narrative', note: '"highly" in another clause than the rating, or before a description' },
    ],
  },
};
