/**
 * The lexicon (engine/lexicon/) is data the rules read. These tests keep it
 * clean and prove it is wired in:
 *
 *  - no entry is listed twice, and none is unreachable: shadowed by another
 *    entry's plural, missing from the list it refines, or written so that the
 *    matcher or the lookup reading it can never see it;
 *  - each list is consulted: one entry added or removed, in a freshly loaded
 *    engine, changes what the rule reports on an example. That is also the
 *    recipe for a data change (CONTRIBUTING.md): one line in the list, one
 *    case here.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import * as acronyms from '../../engine/lexicon/acronyms.js';
import * as benefit from '../../engine/lexicon/benefit.js';
import * as goals from '../../engine/lexicon/goals.js';
import { IRREGULAR_PLURALS } from '../../engine/lexicon/inflection.js';
import * as metrics from '../../engine/lexicon/metrics.js';
import * as passive from '../../engine/lexicon/passive.js';
import * as people from '../../engine/lexicon/people.js';
import * as placeholders from '../../engine/lexicon/placeholders.js';
import * as questions from '../../engine/lexicon/questions.js';
import * as segments from '../../engine/lexicon/segments.js';
import * as tech from '../../engine/lexicon/tech.js';
import * as weasel from '../../engine/lexicon/weasel.js';
import type { Diagnostic } from '../../engine/diagnostic.js';
import type { review as Review } from '../../engine/review.js';
import { formsOf, normalisePhrase, nounForms, phraseMatcher, sequences, type MatcherOptions } from '../../engine/text/phrases.js';
import { forgetModules } from './reload.js';

const MODULES = { acronyms, benefit, goals, metrics, passive, people, placeholders, segments, tech, weasel } as Record<string, Record<string, unknown>>;
const isList = (v: unknown): v is readonly string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Every word list of the lexicon, by name ("people.PEOPLE.health", "segments.NARROWING_PREPOSITIONS.in"). */
function allLists(): Array<[string, readonly string[]]> {
  const out: Array<[string, readonly string[]]> = [];
  for (const [mod, exports] of Object.entries(MODULES)) {
    for (const [name, value] of Object.entries(exports)) {
      if (isList(value)) out.push([`${mod}.${name}`, value]);
      else if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [key, list] of Object.entries(value)) if (isList(list)) out.push([`${mod}.${name}.${key}`, list]);
      }
    }
  }
  goals.GOAL_CUES.forEach((cue, i) => cue.words.forEach((slot, j) => out.push([`goals.GOAL_CUES[${i}].words[${j}]`, slot])));
  placeholders.PROMISE_ROWS.forEach((row, i) => row.forEach((slot, j) => out.push([`placeholders.PROMISE_ROWS[${i}][${j}]`, slot])));
  return out;
}

function duplicates(list: Iterable<string>, options: MatcherOptions = {}): string[] {
  const seen = new Set<string>();
  const dup: string[] = [];
  for (const w of list) {
    const n = normalisePhrase(w, options);
    if (seen.has(n)) dup.push(w);
    seen.add(n);
  }
  return dup;
}

/** Forms that two entries of one matcher both produce: the later entry can never be told apart. */
function shadowed(entries: readonly string[], options: MatcherOptions): string[] {
  const owner = new Map<string, string>();
  const out: string[] = [];
  for (const e of entries) {
    for (const [form] of formsOf([e], options)) {
      const first = owner.get(form);
      if (first !== undefined && first !== normalisePhrase(e, options)) out.push(`${e} (${form}, also from ${first})`);
      else owner.set(form, normalisePhrase(e, options));
    }
  }
  return out;
}

const missingFrom = (sub: readonly string[], from: readonly string[]) => sub.filter((w) => !from.includes(w));
const ROLE_NOUNS = people.roleNouns();
const customerRoles = ROLE_NOUNS.filter((w) => !people.HOMONYM_ROLES.includes(w));

/** The lists the phrase matcher compiles, with the options their rules compile them with. */
const MATCHED: Array<[string, readonly string[], MatcherOptions]> = [
  ['role nouns', ROLE_NOUNS, { plural: true }],
  ['solution-first customer words', [...benefit.BENEFIT_WORDS, ...benefit.READER_WORDS, ...people.GENERIC_CUSTOMERS, ...nounForms(customerRoles)], { hyphenEndsWord: true }],
  ['generic customers', people.GENERIC_CUSTOMERS, {}],
  ['weasel words', weasel.weaselWords(), {}],
  ['technology words', [...tech.TECH_TERMS, ...nounForms(tech.TECH_NOUNS)], { hyphens: true, hyphenEndsWord: true }],
  ['technology acronyms', [...tech.TECH_ACRONYMS, ...nounForms(tech.TECH_ACRONYM_NOUNS)], { matchCase: true, hyphenEndsWord: true }],
  ['compound nouns', [...segments.COMPOUND_WORDS, ...nounForms(segments.COMPOUND_NOUNS)], { hyphenEndsWord: true }],
  ['outputs', goals.OUTPUTS, {}],
  ['not the metric', [...goals.NOT_THE_METRIC_WORDS, ...nounForms(goals.NOT_THE_METRIC_NOUNS)], { hyphenEndsWord: true }],
  ['inputs', [...goals.INPUT_WORDS, ...nounForms(goals.INPUT_NOUNS), ...goals.INPUT_LEADS], { hyphenEndsWord: true }],
  ['goal cues', goals.GOAL_CUES.flatMap((c) => sequences(c.words)), { hyphenEndsWord: true }],
];

describe('lexicon', () => {
  it('lists no entry twice', () => {
    for (const [name, list] of allLists()) assert.deepEqual(duplicates(list), [], name);
    for (const [name, list, options] of MATCHED) assert.deepEqual(duplicates(list, options), [], name);
    assert.deepEqual(duplicates(ROLE_NOUNS), [], 'a role noun in two groups');
  });

  it('lets no entry shadow another through its plural or its spelling', () => {
    for (const [name, list, options] of MATCHED) assert.deepEqual(shadowed(list, options), [], name);
  });

  it('finds every entry of every matched list, as listed and in capitals where case does not matter', () => {
    for (const [name, list, options] of MATCHED) {
      const m = phraseMatcher(list, options);
      for (const entry of list) {
        for (const written of options.matchCase ? [entry] : [entry, entry.toUpperCase()]) {
          const text = `We met ${written} today.`;
          const found = m.all(text);
          assert.ok(found.some((f) => f.text === written), `${name}: "${written}" is never found in ${JSON.stringify(text)}`);
        }
      }
    }
  });

  it('refines only lists that hold the refined entries', () => {
    assert.deepEqual(missingFrom(people.HOMONYM_ROLES, ROLE_NOUNS), [], 'weak roles the role list cannot match');
    assert.deepEqual(missingFrom(people.BROAD_ROLES, ROLE_NOUNS), [], 'broad roles the role list cannot match');
    assert.deepEqual(missingFrom(people.COMPANY_VOICES, Object.values(people.PEOPLE).flat()), [], 'company voices that are no people noun');
    assert.deepEqual(people.ORGANISATIONS.filter((w) => Object.values(people.PEOPLE).flat().includes(w)), [], 'organisations listed as people');
    assert.deepEqual(missingFrom(segments.UNIVERSAL_WORDS, people.GENERIC_CUSTOMERS), [], 'universal words that are no generic customer');
    // A singular generic noun may be a modifier ("customer support"); users may add singulars the built-in list has only as plurals.
    const genericSingulars = people.GENERIC_CUSTOMERS.flatMap((w) => [w, w.replace(/s$/, '')]);
    assert.deepEqual(missingFrom(segments.MODIFIER_NOUNS, genericSingulars), [], 'modifier nouns that are no generic customer');
    assert.deepEqual(Object.keys(goals.INPUT_NOT_AFTER).filter((w) => !goals.INPUT_NOUNS.includes(w) && !goals.INPUT_WORDS.includes(w)), [], 'exceptions for inputs that are not listed');
    for (const w of Object.keys(IRREGULAR_PLURALS)) assert.ok(ROLE_NOUNS.some((r) => r.split(' ').pop() === w), `irregular plural of "${w}", which no list uses`);
  });

  it('never lists a word that a list checked before it always claims', () => {
    // narrowedBefore reads NOT_NARROWING first: an entry in both can never narrow.
    assert.deepEqual(segments.NARROWING_MODIFIERS.filter((w) => segments.NOT_NARROWING.includes(w)), []);
    // narrowedAfter reads "in" + a time or set phrase first: such a word can never be an exception for "in".
    const notAPlace = [...segments.IN_NOT_A_PLACE, ...nounForms(segments.IN_NOT_A_PLACE_NOUNS)];
    assert.deepEqual(segments.NARROWING_PREPOSITIONS.in.filter((w) => notAPlace.includes(w)), []);
  });

  it('lists each weasel lemma once, and only words and rows its rule can reach', () => {
    const lemmaLists = [weasel.INTENSIFIERS, weasel.DOWNTONERS, weasel.VAGUE_QUANTITIES, weasel.COMPARATIVE_AMOUNTS, weasel.SIZES, weasel.FREQUENCIES, weasel.FREQUENCY_PHRASES, weasel.QUALIFIERS, weasel.EASE_AND_SPEED, weasel.SPEED_ADJECTIVES, weasel.EASE_PHRASES, weasel.SUPERLATIVES, weasel.PRAISE_VERBS, weasel.PRAISE_PHRASES, weasel.VAGUE_TIME];
    assert.deepEqual(duplicates(lemmaLists.flat()), [], 'a lemma in two lists');
    const forms = weasel.weaselForms();
    const lemmas = new Set([...forms.values()].map((f) => f.lemma));
    for (const [name, rows] of [['NOT_WEASEL', weasel.NOT_WEASEL], ['ONLY_WHERE', weasel.ONLY_WHERE]] as const) {
      rows.forEach((row, i) => {
        assert.deepEqual(row.words.filter((w) => !lemmas.has(w)), [], `${name}[${i}]: words that are no weasel lemma`);
        assert.ok(row.before || row.after, `${name}[${i}] says nothing about what stands around the word`);
        for (const side of [row.before, row.after]) if (side) assert.deepEqual(duplicates(side), [], `${name}[${i}]`);
      });
    }
    assert.deepEqual(weasel.PROMISED_ONLY.filter((w) => !weasel.VAGUE_TIME.includes(w)), [], 'promised-only words that are no vague time');
  });

  it('writes each single-word lookup as one word its lookup can read', () => {
    const word = /^[\p{L}\p{N}'’-]+$/u;
    for (const [name, list] of [
      ['NOT_NARROWING', segments.NOT_NARROWING],
      ['NARROWING_MODIFIERS', segments.NARROWING_MODIFIERS],
      ['NAME_FILLERS', metrics.NAME_FILLERS],
      ['NAME_DETERMINERS', metrics.NAME_DETERMINERS],
    ] as const) {
      assert.deepEqual(list.filter((w) => !word.test(w) || w !== w.toLowerCase()), [], name);
    }
    // "the public" is read as people when the next word is lower case letters only.
    assert.deepEqual(segments.PUBLIC_AS_PEOPLE.filter((w) => !/^\p{Ll}+$/u.test(w)), []);
    assert.deepEqual(segments.ADJECTIVE_ENDINGS.filter((w) => !/^\p{Ll}+$/u.test(w)), []);
  });
});

/**
 * A freshly loaded engine after `change` edits the lexicon in place; the
 * lexicon is put back afterwards. Engine modules are read again, so every
 * matcher is compiled from the changed data.
 */
const ENGINE = join(__dirname, '..', '..', 'engine');
/** Drop the engine's modules (not the lexicon's) from the module cache: the next require reads them again. */
function forgetEngine(): void {
  forgetModules((id) => id.startsWith(ENGINE) && !id.includes(join('engine', 'lexicon')));
}
function freshEngine(): typeof Review {
  forgetEngine();
  return require(join(ENGINE, 'review.ts')).review;
}
function withChange<T>(list: readonly string[], change: { add?: string; remove?: string }, run: (review: typeof Review) => T): T {
  const l = list as string[];
  const removedAt = change.remove === undefined ? -1 : l.indexOf(change.remove);
  if (change.remove !== undefined) assert.ok(removedAt >= 0, `"${change.remove}" is not in the list`);
  if (change.add !== undefined) assert.ok(!l.includes(change.add), `"${change.add}" is already in the list`);
  if (removedAt >= 0) l.splice(removedAt, 1);
  if (change.add !== undefined) l.push(change.add);
  try {
    return run(freshEngine());
  } finally {
    if (change.add !== undefined) l.pop();
    if (removedAt >= 0) l.splice(removedAt, 0, change.remove!);
    forgetEngine();
  }
}

const DL = 'SEATTLE, WA — March 3, 2027 — ';
const findings = (review: typeof Review, rule: string, doc: string, kind: 'prfaq' | 'narrative' = 'prfaq') =>
  review(doc, { kind, only: [rule] }).diagnostics.map((d: Diagnostic) => `${d.range.start.line}:${d.range.start.character} ${JSON.stringify(d.data)}`);

interface Case {
  list: readonly string[];
  name: string;
  change: { add?: string; remove?: string };
  rule: string;
  doc: string;
  kind?: 'prfaq' | 'narrative';
}

const NO_SEGMENT = { reason: 'no-specific-customer' };
const CASES: Case[] = [
  { name: 'a people noun', list: people.PEOPLE.trades, change: { add: 'potter' }, rule: 'vague-customer', doc: `# Kiln\n\n${DL}Potters in Ohio can now prove a mug is handmade.\n` },
  { name: 'a word that opens an event', list: people.EVENT_LEADS, change: { remove: 'when' }, rule: 'vague-customer', doc: '# Relay delivers every webhook\n\nOnly when a customer files a ticket do engineering teams at payroll companies with 50 to 500 staff learn of a failed event.\n' },
  { name: 'a people noun, removed', list: people.PEOPLE.health, change: { remove: 'nurse' }, rule: 'vague-customer', doc: '# Handover\n\nNurses on night shifts get a handover that takes 5 minutes.\n' },
  { name: 'an organisation', list: people.ORGANISATIONS, change: { remove: 'clinic' }, rule: 'vague-customer', doc: `# Triage\n\n${DL}Rural clinics get an answer within a day.\n` },
  { name: 'a broad role', list: people.BROAD_ROLES, change: { remove: 'member' }, rule: 'vague-customer', doc: `# Gym\n\n${DL}Acme launched Gym for members.\n` },
  { name: 'a homonym role', list: people.HOMONYM_ROLES, change: { remove: 'driver' }, rule: 'solution-first', doc: `# Ledger\n\n${DL}Acme today announced Ledger, a blockchain platform that drivers open.\n` },
  { name: 'a company voice', list: people.COMPANY_VOICES, change: { remove: 'director' }, rule: 'missing-section', doc: `# Ledger\n\n${DL}Acme launched Ledger for bakery owners.\n\nToday owners lose money.\n\n"Setting it up took ten minutes and the reports are clear," said Ana Ruiz, a director.\n` },
  { name: 'a generic customer', list: people.GENERIC_CUSTOMERS, change: { add: 'shoppers' }, rule: 'vague-customer', doc: `# Tables\n\n${DL}Shoppers book faster. Bakery owners in Ohio love it.\n` },
  { name: 'a narrowing modifier', list: segments.NARROWING_MODIFIERS, change: { add: 'ferry' }, rule: 'vague-customer', doc: `# Tickets\n\n${DL}Acme helps ferry customers buy tickets.\n` },
  { name: 'a word that does not narrow', list: segments.NOT_NARROWING, change: { remove: 'loyal' }, rule: 'vague-customer', doc: `# Tickets\n\n${DL}Acme helps loyal customers buy tickets.\n` },
  { name: 'an adjective ending', list: segments.ADJECTIVE_ENDINGS, change: { remove: 'al' }, rule: 'vague-customer', doc: `# Tickets\n\n${DL}Acme helps regional customers buy tickets.\n` },
  { name: 'a compound noun', list: segments.COMPOUND_WORDS, change: { remove: 'support' }, rule: 'vague-customer', doc: `# Tickets\n\n${DL}Acme cuts the customer support calls of bakery owners in Ohio.\n` },
  { name: 'a preposition exception', list: segments.NARROWING_PREPOSITIONS.in, change: { remove: 'the world' }, rule: 'vague-customer', doc: `# Tickets\n\n${DL}Acme helps customers in the world buy tickets.\n` },
  { name: 'a set phrase after "in"', list: segments.IN_NOT_A_PLACE, change: { remove: 'general' }, rule: 'vague-customer', doc: `# Tickets\n\n${DL}Acme helps customers in general buy tickets.\n` },
  { name: 'a word that narrows after', list: segments.NARROWING_AFTER, change: { remove: 'using' }, rule: 'vague-customer', doc: `# Tickets\n\n${DL}Acme helps people using screen readers buy tickets.\n` },
  { name: 'a technology noun', list: tech.TECH_NOUNS, change: { add: 'hologram' }, rule: 'solution-first', doc: `# Acme Launches Hologram Ledger\n\n${DL}Bakery owners close their books in ten minutes.\n` },
  { name: 'an architecture term', list: tech.TECH_TERMS, change: { remove: 'service mesh' }, rule: 'solution-first', doc: `# Order History on a Service Mesh\n\n${DL}Bakery owners close their books in ten minutes.\n` },
  { name: 'a technology term', list: tech.TECH_TERMS, change: { remove: 'serverless' }, rule: 'solution-first', doc: `# Serverless ledger tracks deposits\n\n${DL}Bakery owners close their books in ten minutes.\n` },
  { name: 'a technology acronym', list: tech.TECH_ACRONYMS, change: { remove: 'IoT' }, rule: 'solution-first', doc: `# IoT ledger tracks deposits\n\n${DL}Bakery owners close their books in ten minutes.\n` },
  { name: 'a technology suffix', list: tech.TECH_SUFFIXES, change: { remove: 'powered' }, rule: 'solution-first', doc: `# GPS-powered ledger tracks deposits\n\n${DL}Bakery owners close their books in ten minutes.\n` },
  { name: 'a benefit word', list: benefit.BENEFIT_WORDS, change: { remove: 'faster' }, rule: 'solution-first', doc: `# Acme Ledger Closes Books Faster With Machine Learning\n\n${DL}Bakery owners close their books.\n` },
  { name: 'a known acronym', list: acronyms.KNOWN_ACRONYMS.engineering, change: { remove: 'JSON' }, rule: 'undefined-acronym', doc: '# Plan\n\nThe service answers in JSON.\n' },
  { name: 'a product vendor', list: acronyms.PRODUCT_VENDORS, change: { remove: 'Amazon' }, rule: 'undefined-acronym', doc: '# Plan\n\nAmazon MWAA runs the nightly jobs.\n' },
  { name: 'a word in capitals', list: acronyms.CAPS_WORDS, change: { remove: 'SYNC' }, rule: 'undefined-acronym', doc: '# Plan\n\nSet the mode to SYNC.\n' },
  { name: 'an owner-hiding participle', list: passive.ACCOUNTABLE.prioritised, change: { remove: 'shelved' }, rule: 'passive-voice', doc: '# Plan\n\nThe pilot was shelved in May.\n' },
  { name: 'a subject that makes "made" hide an owner', list: passive.ACCOUNTABLE_WITH_SUBJECT.made, change: { remove: 'mistake' }, rule: 'passive-voice', doc: '# Plan\n\nMistakes were made.\n' },
  { name: 'a word before a counted subject', list: passive.COUNT_LEADS, change: { remove: 'about' }, rule: 'passive-voice', doc: '# Plan\n\nAbout 40 orders were cancelled in May.\n' },
  { name: 'an impersonal verb that needs nothing after it', list: passive.IMPERSONAL_ALONE, change: { remove: 'felt' }, rule: 'passive-voice', doc: '# Plan\n\nThe team wanted to wait, or so it was felt.\n' },
  { name: 'someone whose future a sentence tells', list: weasel.OTHERS_WHO_WILL, change: { remove: 'anyone' }, rule: 'weasel-word', doc: '# Crumb\n\n## FAQ\n\n### Why not a lifecycle rule?\n\nAnyone who sets one will eventually delete a label still in use.\n' },
  { name: 'a unit of time taken', list: weasel.TIME_TAKEN_UNITS, change: { remove: 'seconds' }, rule: 'weasel-word', doc: '# Crumb\n\nLEEDS — May 1, 2027 — Crumb today launched labels for Leeds bakers. Setup is easy. Download the app. Bakers print a first label in 41 seconds.\n' },
  { name: 'a question that asks for a number', list: questions.NUMBER_QUESTIONS, change: { remove: 'how many' }, rule: 'weasel-word', doc: '# Crumb\n\n## Internal FAQ\n\n**Q: How many labels go missing today?**\nA: Last year bakers reported many lost labels.\n' },
  { name: 'where a view was settled', list: passive.SETTLED_WHERE, change: { remove: 'in' }, rule: 'passive-voice', doc: '# Plan\n\nIt was agreed in the March call with the bakers that we wait.\n' },
  { name: 'a system role noun', list: people.SYSTEM_ROLE_NOUNS, change: { remove: 'consumers' }, rule: 'vague-customer', doc: '# Pending verification\n\nConsumers see the verification on their own pull request.\n\n```toml\n[verify]\npending = true\n```\n\nToday the Stipulate project released pending verification.\n' },
  { name: 'a record a system keeps', list: segments.ACCOUNT_RECORDS, change: { remove: 'roles' }, rule: 'vague-customer', doc: '# Ledger\n\nAUSTIN — May 1, 2027 — Acme today launched Ledger, so users, roles and audit logs live in one place.\n\nIt was built with bakery owners in Leeds.\n' },
  { name: 'an impersonal verb', list: passive.IMPERSONAL, change: { remove: 'felt' }, rule: 'passive-voice', doc: '# Plan\n\nIt was felt that we should wait.\n' },
  { name: 'an adverb of a crowd\'s view', list: passive.VIEW_ADVERBS, change: { remove: 'widely' }, rule: 'passive-voice', doc: '# Plan\n\nThe old sheet is widely regarded as the cause.\n' },
  { name: 'a verb of a view', list: passive.VIEWS, change: { remove: 'regarded' }, rule: 'passive-voice', doc: '# Plan\n\nThe old sheet is widely regarded as the cause.\n' },
  { name: 'a personal-data noun', list: passive.PERSONAL_DATA, change: { remove: 'phone number' }, rule: 'passive-voice', doc: '# Plan\n\nThe phone number is collected at sign-up.\n' },
  { name: 'a data-handling verb', list: passive.DATA_HANDLING, change: { remove: 'sold' }, rule: 'passive-voice', doc: '# Plan\n\nYour data is sold to partners.\n' },
  { name: 'a "by" that names no agent', list: passive.BY_NOT_AGENT, change: { remove: 'the end' }, rule: 'passive-voice', doc: '# Plan\n\nThe bug will be fixed by the end of May.\n' },
  { name: 'an output', list: goals.OUTPUTS, change: { add: 'bookings' }, rule: 'output-metric', doc: '# Plan\n\nOur goal is to grow bookings by 20% next year.\n', kind: 'narrative' },
  { name: 'an input', list: goals.INPUT_WORDS, change: { remove: 'latency' }, rule: 'output-metric', doc: '# Plan\n\nOur goal is to cut latency and grow revenue by 20% next year.\n', kind: 'narrative' },
  { name: 'a change verb', list: goals.CHANGE_VERBS, change: { remove: 'double' }, rule: 'output-metric', doc: '# Plan\n\n## Goals\n\nBy next year we double revenue.\n', kind: 'narrative' },
  { name: 'a weasel word', list: weasel.SUPERLATIVES, change: { add: 'splendid' }, rule: 'weasel-word', doc: '# Plan\n\nIt is a splendid tool.\n', kind: 'narrative' },
  { name: 'a weasel adjective, found with its adverb', list: weasel.SUPERLATIVES, change: { add: 'splendid' }, rule: 'weasel-word', doc: '# Plan\n\nIt works splendidly.\n', kind: 'narrative' },
  { name: 'a size', list: weasel.SIZES, change: { remove: 'huge' }, rule: 'weasel-word', doc: '# Plan\n\nThe backlog is huge.\n', kind: 'narrative' },
  { name: 'a size, found as its adverb', list: weasel.SIZES, change: { remove: 'substantial' }, rule: 'weasel-word', doc: '# Plan\n\nIt is substantially cheaper.\n', kind: 'narrative' },
  { name: 'a frequency', list: weasel.FREQUENCIES, change: { remove: 'sometimes' }, rule: 'weasel-word', doc: '# Plan\n\nSometimes, owners wait a week for the export.\n', kind: 'narrative' },
  { name: 'a how-often word that describes a system outside the claims', list: weasel.BEHAVIOUR_FREQUENCIES, change: { remove: 'usually' }, rule: 'weasel-word', doc: '# Plan\n\n## Design\n\nUsually the cache is warm.\n', kind: 'narrative' },
  { name: 'a comparative a how-often word hedges', list: weasel.QUALITY_COMPARATIVES, change: { remove: 'faster' }, rule: 'weasel-word', doc: '# Plan\n\n## Design\n\nIn most cases the export is faster.\n', kind: 'narrative' },
  { name: "a section that tells the customer's situation", list: weasel.SITUATION_SECTIONS, change: { remove: 'current-state' }, rule: 'weasel-word', doc: '# Plan\n\n## Current state\n\nUsually, a return waits four days.\n', kind: 'narrative' },
  { name: 'a frequency phrase', list: weasel.FREQUENCY_PHRASES, change: { remove: 'in most cases' }, rule: 'weasel-word', doc: '# Plan\n\nThe export is faster in most cases.\n', kind: 'narrative' },
  { name: 'a qualifier', list: weasel.QUALIFIERS, change: { remove: 'arguably' }, rule: 'weasel-word', doc: '# Plan\n\nIt is arguably the cheapest plan.\n', kind: 'narrative' },
  { name: 'an ease word', list: weasel.EASE_AND_SPEED, change: { remove: 'easy' }, rule: 'weasel-word', doc: '# Plan\n\nOwners sign up easily.\n', kind: 'narrative' },
  { name: 'a speed adjective', list: weasel.SPEED_ADJECTIVES, change: { remove: 'quick' }, rule: 'weasel-word', doc: '# Plan\n\nSign-up is quick.\n', kind: 'narrative' },
  { name: 'an ease phrase', list: weasel.EASE_PHRASES, change: { remove: 'in no time' }, rule: 'weasel-word', doc: '# Plan\n\nOwners sign up in no time.\n', kind: 'narrative' },
  { name: 'a praise verb', list: weasel.PRAISE_VERBS, change: { remove: 'revolutionize' }, rule: 'weasel-word', doc: '# Plan\n\nLedger revolutionised our billing.\n', kind: 'narrative' },
  { name: 'a praise phrase', list: weasel.PRAISE_PHRASES, change: { remove: 'than ever' }, rule: 'weasel-word', doc: '# Plan\n\nBilling is simpler than ever.\n', kind: 'narrative' },
  { name: 'a vague time', list: weasel.VAGUE_TIME, change: { remove: 'in a future release' }, rule: 'weasel-word', doc: '# Plan\n\nGift cards come in a future release.\n', kind: 'narrative' },
  { name: 'an intensifier', list: weasel.INTENSIFIERS, change: { remove: 'very' }, rule: 'weasel-word', doc: '# Plan\n\nSetup is very slow.\n', kind: 'narrative' },
  { name: 'a downtoner', list: weasel.DOWNTONERS, change: { remove: 'fairly' }, rule: 'weasel-word', doc: '# Plan\n\nSetup is fairly simple.\n', kind: 'narrative' },
  { name: 'a judgement an intensifier stresses', list: weasel.JUDGEMENTS, change: { remove: 'costly' }, rule: 'weasel-word', doc: '# Plan\n\nSetup is very costly.\n', kind: 'narrative' },
  { name: 'an ease claim a downtoner stresses', list: weasel.EASE_CLAIMS, change: { remove: 'simple' }, rule: 'weasel-word', doc: '# Plan\n\nSetup is fairly simple.\n', kind: 'narrative' },
  { name: 'a vague amount', list: weasel.VAGUE_QUANTITIES, change: { remove: 'many' }, rule: 'weasel-word', doc: '# Plan\n\nMany owners asked for it.\n', kind: 'narrative' },
  { name: 'a comparative amount', list: weasel.COMPARATIVE_AMOUNTS, change: { remove: 'greatly' }, rule: 'weasel-word', doc: '# Plan\n\nIt improves checkout greatly.\n', kind: 'narrative' },
  { name: 'a people-or-demand noun', list: weasel.PEOPLE_OR_DEMAND, change: { remove: 'complaint' }, rule: 'weasel-word', doc: '# Plan\n\nWe got a lot of complaints.\n', kind: 'narrative' },
  { name: 'a mass noun of demand', list: weasel.DEMAND_MASS_NOUNS, change: { remove: 'feedback' }, rule: 'weasel-word', doc: '# Plan\n\nWe got a lot of feedback.\n', kind: 'narrative' },
  { name: 'a word that needs a promise', list: weasel.PROMISED_ONLY, change: { remove: 'eventually' }, rule: 'weasel-word', doc: '# Plan\n\nThe job eventually stops.\n', kind: 'narrative' },
  { name: 'a negation', list: weasel.NEGATIONS, change: { remove: 'not' }, rule: 'weasel-word', doc: '# Plan\n\nBooking a table is not easy.\n', kind: 'narrative' },
  { name: 'a comparative', list: weasel.COMPARATIVES, change: { remove: 'faster' }, rule: 'weasel-word', doc: '# Plan\n\nIt is much faster.\n', kind: 'narrative' },
  { name: 'a gain a size word grades in a README release', list: weasel.GAIN_VERBS, change: { remove: 'lowers' }, rule: 'weasel-word', doc: '# RFC 7: Route sync\n\n## Working Backwards\n\n### README\n\n# Route sync\n\n_Copy routes between gyms._\n\nThe `RouteSync` construct copies the route sheet of one gym to another every night.\n\nIt significantly lowers the cost of a route change.\n\n```ts\nnew RouteSync(stack);\n```\n' },
  { name: 'a round count of people in the claims', list: weasel.ROUND_COUNTS, change: { remove: 'thousands of' }, rule: 'weasel-word', doc: '# Frameloom Launches SSO\n\nBERLIN — May 12, 2026 — Frameloom, trusted by thousands of teams, today announced SSO.\n' },
  { name: 'what "a leading" ranks', list: weasel.LEADING_HEADS, change: { remove: 'provider' }, rule: 'weasel-word', doc: '# Plan\n\nCrumb, a leading provider of shelf labels, sells to bakers.\n', kind: 'narrative' },
  { name: 'a praise "highly" intensifies', list: weasel.HIGHLY_PRAISED, change: { remove: 'scalable' }, rule: 'weasel-word', doc: '# Plan\n\nIt is highly scalable.\n', kind: 'narrative' },
  { name: 'an exception after a word', list: weasel.NOT_WEASEL.find((r) => r.words.includes('frequently'))!.after!, change: { remove: 'asked' }, rule: 'weasel-word', doc: '# Plan\n\n## Current state\n\nFrequently asked questions pile up.\n', kind: 'narrative' },
  { name: 'a word "to follow" needs before it', list: weasel.ONLY_WHERE.find((r) => r.words.includes('to follow'))!.before!, change: { remove: 'details' }, rule: 'weasel-word', doc: '# Plan\n\nPricing details to follow.\n', kind: 'narrative' },
  { name: 'a metric-name filler', list: metrics.NAME_FILLERS, change: { remove: 'new' }, rule: 'compound-metric', doc: '# Plan\n\nOur new store health score combines latency, errors and NPS.\n', kind: 'narrative' },
];

const FAQ = (answer: string) => `# Ledger\n\n## External FAQ\n\n### When can I buy it?\n\n${answer}\n`;
CASES.push(
  { name: 'a verb that makes an output the activity', list: goals.ACTIVITY_VERBS, change: { remove: 'pause' }, rule: 'output-metric', doc: '# Plan\n\n## Goals\n\nOur target is 1,500 classrooms by June; if the audit target is missed, we will pause sales in that region.\n', kind: 'narrative' },
  { name: 'an output stated as money', list: goals.MONEY_OUTPUTS, change: { remove: 'bookings' }, rule: 'output-metric', doc: '# Plan\n\nOur goal is $3M in bookings next year.\n', kind: 'narrative' },
  { name: 'an announcing verb, found in its tenses', list: tech.ANNOUNCING_VERBS, change: { remove: 'launch' }, rule: 'solution-first', doc: `# Fernhill Launches Ledger 2.0\n\n${DL}Fernhill today shipped Ledger 2.0.\n` },
  { name: 'a product noun', list: tech.PRODUCT_NOUNS, change: { remove: 'platform' }, rule: 'solution-first', doc: `# Bakeries Close Their Books Faster\n\n**A platform for matching card deposits to the till, so owners stop guessing.**\n\n${DL}Fernhill launched Ledger.\n` },
  { name: 'a title label', list: tech.TITLE_LABELS, change: { remove: 'headline' }, rule: 'solution-first', doc: `# Press release\n\nHeadline: Acme Announces AI-Powered Ledger\n\n${DL}Bakery owners close their books in ten minutes.\n` },
  { name: 'a verb of wanting', list: segments.WANTING, change: { remove: 'needs' }, rule: 'vague-customer', doc: '# Ledger\n\n## Internal FAQ\n\n### Who is the target user?\n\nBookkeepers, and anyone who needs to track deposits for 3 shops every day.\n' },
  { name: 'a verb that claims its object as the customer', list: segments.CLAIMING_VERBS, change: { remove: 'allows' }, rule: 'vague-customer', doc: '# Ledger\n\n## How it works\n\nNot every deposit matches the till. Ledger allows users to match them.\n\nIt was built with bakery owners in Leeds.\n' },
  { name: 'a determiner before a claimed customer', list: segments.CLAIM_DETERMINERS, change: { remove: 'the' }, rule: 'vague-customer', doc: '# Ledger\n\n## How it works\n\nNot every deposit matches the till. The user can match them now.\n\nIt was built with bakery owners in Leeds.\n' },
  { name: 'a slot word', list: placeholders.SLOT_WORDS, change: { remove: 'phone' }, rule: 'placeholder', doc: 'Call [Phone] today.\n' },
  { name: 'an instruction lead', list: placeholders.INSTRUCTION_LEADS, change: { remove: 'link' }, rule: 'placeholder', doc: 'Read [link to the pricing notes] first.\n' },
  { name: "an editor's insertion lead", list: placeholders.INSERTION_LEADS, change: { remove: 'the' }, rule: 'placeholder', doc: 'She said [the team] fixed it.\n' },
  { name: 'a question slot', list: placeholders.QUESTION_SLOTS, change: { remove: 'WHO' }, rule: 'placeholder', doc: 'WHO? announced it today.\n' },
  { name: 'a template verb', list: placeholders.TEMPLATE_VERBS, change: { remove: 'write' }, rule: 'placeholder', doc: '# Ledger\n\n> Write one sentence about the feature.\n' },
  { name: 'a document word', list: placeholders.DOCUMENT_WORDS, change: { remove: 'sentence' }, rule: 'placeholder', doc: '# Ledger\n\n> Write one sentence about the feature.\n' },
  { name: 'a template describing itself', list: placeholders.TEMPLATE_SELF, change: { remove: 'this section should' }, rule: 'placeholder', doc: '# Ledger\n\n> This section should hold the press release.\n' },
  { name: 'a promise', list: placeholders.PROMISE_ROWS[0][0], change: { remove: 'details' }, rule: 'unanswered-question', doc: FAQ('Details to follow.') },
  { name: 'the end of a promise', list: placeholders.PROMISE_TAILS, change: { remove: 'in a few weeks' }, rule: 'unanswered-question', doc: FAQ('Check back in a few weeks.') },
  { name: 'a verb of work under way', list: placeholders.STUDY_VERBS, change: { remove: 'doing' }, rule: 'unanswered-question', doc: FAQ('Jonah is doing a competitive teardown.') },
  { name: 'a piece of work the answer waits on', list: placeholders.STUDY_NOUNS, change: { remove: 'teardown' }, rule: 'unanswered-question', doc: FAQ('Jonah is doing a competitive teardown.') },
);

describe('lexicon: every list is read by its rule', () => {
  for (const c of CASES) {
    it(`${c.name} (${c.change.add ? `adding "${c.change.add}"` : `removing "${c.change.remove}"`}) changes ${c.rule}'s findings`, () => {
      const before = findings(freshEngine(), c.rule, c.doc, c.kind);
      const after = withChange(c.list, c.change, (review) => findings(review, c.rule, c.doc, c.kind));
      assert.notDeepEqual(after, before);
    });
  }

  it('an irregular plural added to the lexicon is found as the plural of its noun', () => {
    const doc = `# Nets\n\n${DL}Fishermen in Maine track their catch.\n`;
    const plurals = IRREGULAR_PLURALS as Record<string, string>;
    assert.equal(plurals.fisherman, undefined);
    const before = findings(freshEngine(), 'vague-customer', doc);
    plurals.fisherman = 'fishermen';
    try {
      assert.deepEqual(findings(freshEngine(), 'vague-customer', doc), []);
    } finally {
      delete plurals.fisherman;
      forgetEngine();
    }
    assert.deepEqual(before, [`0:0 ${JSON.stringify(NO_SEGMENT)}`]);
  });

  it('a people noun added to the lexicon makes its plural with a place a named segment', () => {
    const doc = `# Kiln\n\n${DL}Potters in Ohio can now prove a mug is handmade.\n`;
    const noSegment = (review: typeof Review) => review(doc, { kind: 'prfaq', only: ['vague-customer'] }).diagnostics.some((d) => JSON.stringify(d.data) === JSON.stringify(NO_SEGMENT));
    assert.equal(noSegment(freshEngine()), true);
    assert.equal(withChange(people.PEOPLE.trades, { add: 'potter' }, noSegment), false);
  });
});
