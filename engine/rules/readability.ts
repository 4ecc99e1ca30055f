import { daleChall } from 'dale-chall';
import retextReadability from 'retext-readability';
import { spache } from 'spache';
import type { Sentence } from 'nlcst';
import type { PrfaqConfig } from '../config/types.js';
import { toDocRange } from '../model/prose.js';
import { nlcstOf, runCheck, sentenceNodes, treeOf, wordText, type RetextCheck } from '../text/retext.js';
import { countWords } from './helpers.js';
import type { Rule } from './types.js';
import { LEGAL_BOILERPLATE } from '../lexicon/cues.js';
import { phrasePattern } from '../text/phrases.js';

type Settings = PrfaqConfig['readability'];
/** engine/lexicon/cues.ts LEGAL_BOILERPLATE, with any spacing (built on first use: the lexicon's module may load after this one). */
let legal: RegExp | undefined;
const isLegalText = (text: string) => (legal ??= new RegExp(`(?<![\\p{L}])${phrasePattern(LEGAL_BOILERPLATE)}(?![\\p{L}])`, 'iu')).test(text);
/** What the formulas read of the settings (the length limit is ours). */
type FormulaSettings = Pick<Settings, 'age' | 'threshold' | 'minWords'>;

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
function checkFor(s: FormulaSettings): RetextCheck {
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
export function mightBeHard(sentence: Sentence, s: FormulaSettings): boolean {
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

/** A long word: nine letters or more ("documentation", "necessitate", "attributable"). */
const LONG_WORD_LETTERS = 9;
/** A dense sentence: at least this share of its words are long. */
const DENSE_SHARE = 3 / 5;

/** Is the sentence made mostly of long words? Letters only: "provider-specific" counts its letters, not its hyphen. */
export function isDense(sentence: Sentence): boolean {
  let words = 0;
  let long = 0;
  for (const node of sentence.children) {
    if (node.type !== 'WordNode') continue;
    words++;
    if (wordText(node).replace(/[^\p{L}]/gu, '').length >= LONG_WORD_LETTERS) long++;
  }
  return words > 0 && long / words >= DENSE_SHARE;
}

/** The words of a sentence as the formulas count them (inline code is one word). */
function wordsOf(sentence: Sentence): number {
  let n = 0;
  for (const node of sentence.children) if (node.type === 'WordNode') n++;
  return n;
}

/** An enumeration: at least this many items in a row, each of at most ENUMERATION_ITEM_WORDS words. */
const ENUMERATION_ITEMS = 4;
const ENUMERATION_ITEM_WORDS = 2;

/** A series: at least this many items after a colon, set apart by semicolons. */
const SERIES_ITEMS = 3;

/**
 * "We will report three numbers every quarter: rides per night (target 900
 * by December); pass holders (target 3,000); and …": a colon, then items
 * set apart by semicolons. The reader takes the items one at a time, so the
 * sentence is as long as its lead and its longest item; null when the
 * sentence is no such series.
 */
function seriesLength(sentence: Sentence): number | null {
  // Words before the colon; -1 until it is met. Then the words of each item.
  let before = 0;
  let lead = -1;
  const items: number[] = [];
  for (const node of sentence.children) {
    if (node.type === 'WordNode') {
      if (lead < 0) before++;
      else items[items.length - 1]++;
    } else if (node.type === 'PunctuationNode' && node.value === ':' && lead < 0) {
      lead = before;
      items.push(0);
    } else if (node.type === 'PunctuationNode' && node.value === ';' && lead >= 0) items.push(0);
  }
  if (lead < 0) return null;
  if (items.length >= SERIES_ITEMS) return lead + Math.max(...items);
  // "…everything comes back: the same windows on the same displays, the same tabs in the same order, …, and
  // the scrollback above the prompt": a colon, then items set apart by commas, each short enough to take in
  // one at a time.
  const commaItems = itemsAfterColon(sentence);
  // Not after a long lead: a reader who has carried 37 words to the colon still carries them through the list.
  const short = commaItems && commaItems.length >= COMMA_SERIES_ITEMS && Math.max(...commaItems) <= COMMA_ITEM_WORDS && lead <= COMMA_LEAD_WORDS;
  return short ? lead + Math.max(...commaItems) : null;
}

/** A comma series after a colon: at least this many items, each of at most COMMA_ITEM_WORDS words, after at most COMMA_LEAD_WORDS. */
const COMMA_SERIES_ITEMS = 3;
const COMMA_ITEM_WORDS = 15;
const COMMA_LEAD_WORDS = 25;

/**
 * Verbs that make an item a clause of its own: "71 of the 96 calls were about collection times, which a
 * booking page can answer" runs on as clauses do, where "the same tabs in the same order" is an item.
 */
const CLAUSE_VERB = /^(?:is|are|was|were|has|have|had|can|could|will|would|should|may|might|must|does|did)$/i;

/**
 * The words of each comma-set item after a sentence's first colon (an item's closing "and"/"or" is its
 * own); null with no colon, or when two items or more have a verb of their own (a run of clauses).
 */
function itemsAfterColon(sentence: Sentence): number[] | null {
  let colon = false;
  const items: number[] = [];
  const clauses = new Set<number>();
  for (const node of sentence.children) {
    if (node.type === 'PunctuationNode' && node.value === ':' && !colon) {
      colon = true;
      items.push(0);
    } else if (!colon) continue;
    else if (node.type === 'WordNode') {
      items[items.length - 1]++;
      if (CLAUSE_VERB.test(wordText(node))) clauses.add(items.length - 1);
    } else if (node.type === 'PunctuationNode' && node.value === ',') items.push(0);
  }
  return colon && clauses.size < 2 ? items.filter((n) => n > 0) : null;
}

/** A calculation written out ("(75/100)^1 = .75"): hard to read however many figures it holds. */
const holdsFormula = (sentence: Sentence): boolean => sentence.children.some((n) => ('value' in n && n.value === '=') || (n.type === 'WordNode' && /[=^]/.test(wordText(n))));

/**
 * A long sentence that gives this many figures or more (years aside) lists
 * measured facts — "waits 9.2 days to get paid, spends 41 minutes a load,
 * and 1 in 6 who left said…" — and reads as the table it could be: four
 * outside writers (sets W and Y) left every such sentence of theirs
 * unflagged, and signed many long sentences of clauses. A calculation
 * stays hard to read (holdsFormula).
 */
const DATA_SENTENCE_FIGURES = 4;

/** The figures a sentence gives (a year is a date, not a figure). */
function figuresIn(sentence: Sentence): number {
  let n = 0;
  for (const node of sentence.children) {
    if (node.type !== 'WordNode') continue;
    const w = wordText(node);
    if (/\d/.test(w) && !/^(?:19|20)\d\d$/.test(w)) n++;
  }
  return n;
}

/**
 * The length a reader feels: a list of names ("Leeds, York, Hull, Ripon,
 * Selby…", "Go, Rust, Java, Kotlin and Swift") is read at a glance,
 * so a run of short items between commas counts as two words, not as one
 * per name. Clauses between commas are not short, and count in full.
 */
export function feltLength(sentence: Sentence): number {
  const series = seriesLength(sentence);
  if (series !== null) return series;
  const items: number[] = [0];
  for (const node of sentence.children) {
    if (node.type === 'WordNode') items[items.length - 1]++;
    else if (node.type === 'PunctuationNode' && /^[,;:]$/.test(node.value)) items.push(0);
  }
  let felt = 0;
  for (let i = 0; i < items.length; ) {
    let j = i;
    while (j < items.length && items[j] > 0 && items[j] <= ENUMERATION_ITEM_WORDS) j++;
    if (j - i >= ENUMERATION_ITEMS) {
      felt += 2;
      i = j;
    } else {
      felt += items[i];
      i++;
    }
  }
  return felt;
}

/**
 * Decisions (issue 17): a writer agrees with this rule in two cases, and
 * only those are reported.
 * - A long sentence: more than `maxWords` words (60). Past that length a
 *   reader holds the start in mind to the end, whatever the words; this is
 *   what most long-sentence findings a reviewer would sign are. Not 40: on
 *   the real documents' tuning half a reviewer signed 3 of 15 findings on
 *   sentences of 41–50 words (technical prose runs long and is read by
 *   people who know its terms). Not 50 either: over the tuning halves of
 *   the real documents and of sets W, X, Y and Z, findings on sentences of
 *   51–60 words were 1 signed, 5 false and 4 judgement calls, and every
 *   finding past 60 was signed.
 * - A dense sentence: at least `minWords` words (12), three in five of them
 *   long (nine letters or more), that the formulas (`threshold`, five of
 *   seven) put above the reader's `age` — a pile of long, abstract words.
 *   The formulas alone also fire on plain technical sentences of 12–17
 *   words whose only fault is a product name or two ("CloudFormation",
 *   "provider-specific"), and a writer rightly ignores those: in such
 *   sentences at most half the words are that long.
 * The underline is one sentence: inline code ends a sentence like a word
 * (engine/text/retext.ts), so two sentences are never reported as one.
 */
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
    const shortest = Math.min(settings.minWords, settings.maxWords + 1);
    for (const span of ctx.model.prose) {
      if (span.element === 'heading' || span.element === 'tableCell') continue;
      if (span.context.region === 'appendix' || span.context.role === 'heading') continue;
      if (countWords(span.text) < shortest) continue;
      // A licence's legal text is the same in every project: nobody here wrote it, nobody here can shorten it.
      if (isLegalText(span.text)) continue;
      const candidates: Sentence[] = [];
      for (const sentence of sentenceNodes(nlcstOf(span))) {
        const words = wordsOf(sentence);
        if (words > settings.maxWords && feltLength(sentence) > settings.maxWords && !(figuresIn(sentence) >= DATA_SENTENCE_FIGURES && !holdsFormula(sentence))) {
          ctx.report({
            ...toDocRange(span, sentence.position!.start.offset!, sentence.position!.end.offset!),
            message: `This sentence has ${words} words: readers must hold its start in mind to its end. Split it where a new idea starts.`,
            data: { words },
          });
        } else if (isDense(sentence) && mightBeHard(sentence, settings)) {
          candidates.push(sentence);
        }
      }
      if (candidates.length === 0) continue;
      for (const r of runCheck(check, treeOf(candidates))) {
        const words = countWords(span.text.slice(r.start, r.end));
        ctx.report({
          ...toDocRange(span, r.start, r.end),
          message: `This sentence is hard to read: ${words} words, many of them long. Split it into shorter sentences and prefer short, common words.`,
          data: { words },
        });
      }
    }
  },
  examples: {
    invalid: [
      {
        doc: '«The number of active shares is now 1, hence (75/100)^1 = .75 = 75% of the maximum vCPUs are reserved for all shares that do not have the identifier A, which for this example are B and C, but if jobs are submitted with another identifier those would be treated just as B and C are, until the scheduler runs again and the number of active shares changes.»',
        note: 'a calculation written out stays hard to read, however many figures it holds',
      },
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
      {
        doc: '«When a bakery owner in a small town opens the app on a busy Saturday morning before the first customers arrive, she sees every order that came in overnight, the time each customer wants to collect it, and a note from anyone who asked for a change to the usual recipe or wanted the loaf sliced, wrapped and left at the side door.»',
        note: 'more than 60 words, however plain: the reader holds the start in mind to the end',
      },
      {
        doc: '«Spoke today opened booking for every one of its repair workshops in Leeds and York, a service that riders reach from the app or the website and that automates the whole repair: a booking for a slot, a reminder the evening before, a text when the bike is ready, and a receipt that lists every part fitted with its price and the warranty that comes with it.»',
        note: 'a list after a colon does not shorten a sentence whose lead alone runs past 25 words',
      },
      {
        doc: 'Install the tool with `npm install -g prfaq`. «When a bakery owner in a small town opens the app on a busy Saturday morning before the first customers arrive, she sees every order that came in overnight, the time each customer wants to collect it, and a note from anyone who asked for a change to the usual recipe or wanted the loaf sliced, wrapped and left at the side door.»',
        note: 'inline code ends the sentence before it: only the long sentence is underlined',
      },
      {
        doc: '«When a bakery owner in a small town opens the app on a busy Saturday morning, she sees every order that came in overnight, with the event that raised it, e.g. `order.created`, the time each customer wants to collect it, and a note from anyone who asked for a change to the usual recipe or wanted the loaf sliced, wrapped and left at the side door.»',
        note: 'an abbreviation before inline code does not end the sentence: "e.g." reads on',
      },
      {
        doc: '# Repairs\n\n## FAQ\n\n**Q: What does the owner see?**\n**A:** «When a bike shop owner opens the app on a rainy Monday morning before the first riders arrive at the door, she sees every repair that was booked over the long weekend, the time each rider wants to collect the bike, and a note from anyone who asked for a different brand of part or wanted the old chain kept, bagged and left at the front desk.»',
        note: 'the A: marker is a label, not the first word of the sentence',
      },
      {
        doc: '**YORK, UK – May 2, 2027** – «When a bike shop owner opens the app on a rainy Monday morning before the first riders arrive at the door, she sees every repair that was booked over the long weekend, the time each rider wants to collect the bike, and a note from anyone who asked for a different brand of part or wanted the old chain kept, bagged and left at the front desk.»',
        note: 'a bold dateline is no part of the first sentence',
      },
      {
        doc: '«Bakery owners see every order that came in overnight and the time each customer will collect it.»',
        config: { readability: { maxWords: 15 } },
        note: 'maxWords is configurable',
      },
    ],
    valid: [
      {
        doc: 'When a small carrier books a load with us today, they wait an average of 9.2 days to get paid, they spend 41 minutes per load on our paperwork and on our check-calls, and 1 in 6 of the carriers who left us last year said in the exit survey that they stopped hauling for us because the money was too slow.',
        note: 'a long sentence that lists measured facts reads as the table it could be',
      },
      {
        doc: 'When you open Spoke again, everything comes back: the same workshops on the same map, the same bookings in the same order, the same notes under the same riders, each bike in the slot it was booked into, and the repair history below the calendar, marked with a thin line and the day the repair ended.',
        note: 'a short lead, then items set apart by commas: read one item at a time, 56 words feel like 19',
      },
      { doc: '## License\n\nPermission is hereby granted, and without any payment or registration of any kind, whether the copy is made for a shop, a school or a home kitchen, free of charge, to any person who obtains a copy of these oven timer files and the notes that come with them, to use, copy, change, merge and share them without limit, on the conditions below.', note: "a licence's legal text, the same in every project: nobody here wrote it" },
      {
        doc: 'If the first three workshops fill most of their repair slots by the end of the summer, Spoke will open online booking next spring in every town that the pilot riders asked for in their survey answers: Leeds, York, Hull, Bradford, Sheffield, Wakefield, Halifax, Huddersfield, Harrogate, Ripon, Selby, Goole, Doncaster, Barnsley, Rotherham, Skipton, Otley, Ilkley and Keighley.',
        note: 'a list of names is read at a glance: 57 words, but the names count as two',
      },
      {
        doc: 'Before the first morning, each shop sets up its own oven, its proofing cabinet, its walk-in fridge, its scales, its mixers, its till, its label printer, etc. The kitchen screen then lists every order that came in overnight and the time each customer wants to collect it, so that the baker can start with the earliest one.',
        note: '"etc." before a capital ends the sentence: two sentences of 26 and 29 words, not one of 55',
      },
      {
        doc: 'Since the service opened in 2019, every single bike in the city has been locked at its station by the operator every night from midnight until 5 a.m. Beginning next month, four hundred of the e-bikes will stay unlocked every night at sixty stations near the hospitals, the warehouses and the port for the riders who work night shifts.',
        note: 'a time\'s "a.m." before a capital ends the sentence: two sentences of 28 and 31 words, not one of 59',
      },
      {
        doc: 'We will report these four numbers to the council every quarter: overnight rides per night, with a target of 900 by December; holders of the night pass, with a target of 3,000 by December; the share of overnight stations with a bike at 3 in the morning, with a target of 95%; and rides that end in a support call, with a target of under 1 in 500.',
        note: 'a colon, then items set apart by semicolons: read one at a time, so the lead and the longest item count, not all 66 words',
      },
      {
        doc: 'The oven warms up in ten minutes and holds its heat through the morning bake for every tray that goes in. `preheat` then drops to half power, so that a baker who forgets to switch it off at noon pays for a few minutes of heat and not for a whole afternoon of it.',
        note: 'a sentence that opens with inline code is a sentence of its own: two sentences of 20 and 36 words, not one of 56',
      },
      {
        doc: 'A rollout that doubles each step sends the new menu to a growing share of the shops in each region, and the owner picks a step size of two, three or four, so that the steps run as follows:\n  2 shops\n  4 shops\n  8 shops\n  16 shops\n  32 shops\n  64 shops\n  128 shops\n  256 shops',
        note: 'a colon at the end of a line ends the sentence: the lines under it are laid out, not read on',
      },
      {
        doc: 'Each till keeps the orders of the last hour and sends them to the kitchen screen for the purposes of the count. eg if a shop takes forty orders in an hour, the screen shows forty rows and the till keeps them until the last one is collected by the customer who placed it.',
        note: 'a sentence its writer opened in lower case after a full stop is still a new sentence',
      },
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
      {
        doc: 'The sync worker retries failed webhook deliveries with exponential backoff and idempotency keys.',
        note: 'a plain technical sentence of 12 words: its terms are the reader\'s own',
      },
      {
        doc: '# Repairs\n\n## FAQ\n\nQ: What does the owner see?\nA: She sees every repair that was booked over the long weekend, the time each rider wants to collect the bike, and a note from anyone who asked for a different brand of part.',
        note: 'the Q: and A: markers are not words of the sentences: 36 words, not 37',
        config: { readability: { maxWords: 36 } },
      },
      {
        doc: 'Every exported invoice includes carrier-specific reconciliation guidance with direct links to settlement dashboards.',
        note: 'a plain technical sentence the formulas call hard only for a few long names: most of its words are short',
      },
      {
        doc: 'When a bakery owner in a small town opens the app on a busy Saturday morning, she sees every order that came in overnight, the time each customer wants to collect it, and a note from anyone who asked for a change to the usual recipe.',
        note: '46 words: long, but a reviewer of real documents left most sentences of 41–50 words alone',
      },
      {
        doc: 'When a bakery owner in a small town opens the app on a busy Saturday morning before the doors open, she sees every order that came in overnight, the time each customer wants to collect it, and a note from anyone who asked for a change to the usual recipe.',
        note: 'exactly 50 words: long, but under the limit of 60',
      },
      {
        doc: 'Install the command-line tool on the build machine, next to the other linters your team already runs, with `npm install -g prfaq`. Then run it on the draft, read each finding, fix the ones you agree with and leave a comment on the others so the reviewer knows why.',
        note: 'two sentences of 19 and 27 words split by inline code are not one of 46',
      },
      {
        doc: "In a survey of 30 cafés in Leeds, owners threw away a fifth of their pastries on 2 Mondays in 3. Most of them kept a notebook of what sold each day, but none of them read it before they planned the next morning's bake.",
        note: 'a number and a full stop end a sentence: two of 21 and 24 words, not one of 45',
      },
    ],
  },
};
