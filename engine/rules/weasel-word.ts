/**
 * `weasel-word`: hedges, intensifiers, vague amounts, sizes and frequencies,
 * claims of ease and speed, self-praise and dates that are not dates. The
 * words and their exceptions are data (engine/lexicon/weasel.ts); this module
 * decides, for one word found in a span, whether the writer is making a
 * claim with it — not quoting someone, not asking, not giving the number or
 * the list right after it.
 */
import { FREQUENCIES as FREQUENCY_LIST, NEGATIONS, NOT_WEASEL, ONLY_WHERE, REPLIES, weaselForms, type WeaselKind } from '../lexicon/weasel.js';
import { articleEdit, deleteWord, matchCase, placeholderSelection } from '../fix/edits.js';
import { inRanges, isQuotation, listFollows, numberFollows, opensClause, quotedRanges, sentenceAround } from '../text/context.js';
import type { DocModel } from '../model/types.js';
import { ContextTable, phrasePattern } from '../text/phrases.js';
import { after, before, matchProse, reportMatch, type ProseMatch } from './helpers.js';
import type { Fix, Rule } from './types.js';

const FORMS = weaselForms();
/** Frequency adverbs hedge where they open a sentence; the phrases ("in most cases") wherever they stand. */
const FREQUENCIES = new Set(FREQUENCY_LIST);
const NOT = new ContextTable(NOT_WEASEL);
const ONLY = new ContextTable(ONLY_WHERE);

/** "nearly 40%", "several (3)", "many — 1,240 —": the data is right there. */
const DATA_FOLLOWS = /^[\s(—–:-]*(?:about |around |over |some |roughly )?[$€£¥]?\d/;
/** "How many customers…?" asks for the number rather than hiding it. */
const ASKING = /\b(?:how|as)\s*$/i;
/** Kinds that a figure a few words on makes precise ("lags significantly behind at ~10%"). */
const MEASURED_NEARBY = new Set<WeaselKind>(['amount', 'size', 'frequency', 'hedge']);
/** Kinds that a figure anywhere in the sentence measures ("Conductors rarely carry change: 2 riders in 5 lose…"). */
const MEASURED_IN_SENTENCE = new Set<WeaselKind>(['size', 'frequency', 'hedge', 'ease']);
/** A figure a reader can check: not a bare year. */
const FIGURE = /(?<![\p{L}\d])(?!(?:19|20)\d\d(?![\d%.,]))\d/u;
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
  if (long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.75 && kind === 'praise') return false;
  if (!/^\p{Lu}/u.test(word) || start === 0) return false;
  const prev = text.slice(Math.max(0, start - 40), start).trimEnd();
  if ((prev === '' && start <= 40) || /[.!?:"“]$/.test(prev)) return false; // sentence start
  const next = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 40));
  return !!next && /^\p{Lu}/u.test(next[1]);
}

/** A word with nothing after it in its clause: an intensifier there modifies nothing. */
const standsAlone = (text: string, end: number) => /^\s*[!.;:?)]/.test(text.slice(end, end + 4));
/** "Absolutely!", "Totally, you can.": a reply that means yes. */
const REPLY = new Set(REPLIES);
const replies = (lemma: string, text: string, end: number) => REPLY.has(lemma) && /^\s*(?:[!.,;:?)]|$)/.test(text.slice(end, end + 4));

/** "Most teams…", "…, and most owners…": a claim about a group. ("the most convenient", "most likely" are not.) */
function hedgingMost(text: string, start: number, end: number): boolean {
  const next = /^\s+([\p{L}'’-]+)(\s+of\b)?/u.exec(text.slice(end, end + 40));
  return !!next && !next[2] && /[^s]s$/i.test(next[1]) && next[1].length > 3 && opensClause(text, start);
}

/** "Sometimes, imports fail.", "…: typically, stateful resources…". */
function opensSentence(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - 40), start).replace(/[\s"“(*_]+$/, '');
  return (lead === '' && start <= 40) || /[.!?:;]$/.test(lead);
}

/** "We will share more later.": a promise with no date. ("as described later", "a year later" are not.) */
const PROMISE = /\b(?:will|shall|going to|plan(?:s)? to|intend(?:s)? to)\b|['’]ll\b/i;
function promisedLater(text: string, start: number, end: number): boolean {
  return /^\s*(?:[!.;:?),]|$)/.test(text.slice(end, end + 4)) && PROMISE.test(sentenceAround(text, start, end).before);
}

const HYPOTHESIS = /\b(?:if|suppose|supposing|assume|assuming|unless|whether|in case)\b/i;
/** A "not" earlier in the clause (engine/lexicon/weasel.ts): "no easy way", "can't be added to a queue easily". */
const NEGATED = new RegExp(`(?<![\\p{L}'’])${phrasePattern(NEGATIONS)}(?![\\p{L}'’])[^,;:.!?—–]*$`, 'iu');
/** Kinds a negation turns into a description of the problem. */
const NEGATABLE = new Set<WeaselKind>(['ease', 'praise', 'size']);

/** Is this word, found here, a claim the writer makes? */
function isClaim(m: ProseMatch, lemma: string, kind: WeaselKind | undefined, quotes: ReadonlyArray<[number, number]>): boolean {
  const { text } = m.span;
  const { start, end } = m;
  if (inRanges(quotes, start)) return false; // someone else's words
  if (ONLY.covers(lemma) && !ONLY.holds(lemma, text, start, end)) return false;
  if (NOT.holds(lemma, text, start, end)) return false;
  if (DATA_FOLLOWS.test(after(m.span, end))) return false;
  if (ASKING.test(before(m.span, start))) return false;
  if (inProperName(text, start, end, kind)) return false;
  if (kind && MEASURED_NEARBY.has(kind) && numberFollows(text, end)) return false;
  if (kind && COUNTED_BY_LIST.has(kind) && listFollows(text, end)) return false;
  if (lemma === 'most' && !hedgingMost(text, start, end)) return false;
  if (FREQUENCIES.has(lemma) && !opensSentence(text, start)) return false;
  if (lemma === 'later' && !promisedLater(text, start, end)) return false;
  if (kind === 'intensifier' && (standsAlone(text, end) || replies(lemma, text, end))) return false;
  // "(Quick)": a word alone in parentheses is a label or a name.
  if (/\(\s*$/.test(text.slice(Math.max(0, start - 3), start)) && /^\s*\)/.test(text.slice(end, end + 3))) return false;
  const sentence = sentenceAround(text, start, end);
  // A question asks; it claims nothing ("Do we really need it?").
  if (/\?\s*$/.test(sentence.after)) return false;
  if (kind && MEASURED_IN_SENTENCE.has(kind) && (FIGURE.test(sentence.before) || FIGURE.test(sentence.after))) return false;
  if (kind && NEGATABLE.has(kind) && NEGATED.test(sentence.before)) return false;
  // A hypothesis or a condition is not a promise or a count ("if, at some point, …", "if there are many stacks").
  if ((kind === 'time' || kind === 'amount') && HYPOTHESIS.test(sentence.before)) return false;
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
      const quotes = quotedRanges(span.text);
      const found: Array<{ m: ProseMatch; word: string; kind: WeaselKind | undefined }> = [];
      for (const m of matchProse([span], ctx.vocabulary.weasel)) {
        const word = m.text.toLowerCase().replace(/\s+/g, ' ');
        const form = FORMS.get(word);
        if (isClaim(m, form?.lemma ?? word, form?.kind, quotes)) found.push({ m, word, kind: form?.kind });
      }
      // "really quite seamless", "very, very good": one claim, one finding, named for its last word.
      for (let i = 0; i < found.length; i++) {
        const first = found[i];
        while (
          i + 1 < found.length &&
          found[i].kind && MODIFIERS.has(found[i].kind!) &&
          found[i + 1].kind && JOINED.has(found[i + 1].kind!) &&
          /^[\s,-]*$/.test(span.text.slice(found[i].m.end, found[i + 1].m.start))
        ) i++;
        const { word, kind } = found[i];
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
      'The new checkout is «very» fast and «significantly» cheaper than the old one.',
      'We heard from «several» teams that the setup is «seamless».',
      'The feature ships «soon» to «nearly all» regions.',
      'It is a «world-class» experience.',
      'Setup is «rather» slow and «quite» confusing, so «a lot of» sellers give up.',
      'Refunds arrive «in the coming weeks», and the app is «blazing fast».',
      'We will support «various» card types «at some point».',
      'Sellers love the «very» simple form; «most of the» feedback says so, and «most of them» pay yearly.',
      '# Acme Launches a «Revolutionary» Checkout for Bakers',
      { doc: 'Refunds are «tidy» now.', config: { weaselWords: { add: ['tidy'], remove: [] } }, note: 'a word the project added' },
      { doc: 'Paper invoices are a «significant» cost, and the app «revolutionizes» billing.', note: 'families by lemma: the adjective and the verb, not only the listed spelling' },
      { doc: '«Sometimes», an order reaches the kitchen twice. «In most cases» the cook notices.', note: 'a frequency hedge that opens the sentence, and a hedging phrase anywhere' },
      { doc: 'Owners add a menu «easily», and the reorder button works «instantly».', note: 'ease and speed claimed, not measured' },
      { doc: 'Gift cards come «in a future release», refunds «in a few weeks», and we will publish the API «later».', note: 'vague times beyond "soon"' },
      { doc: 'Pricing details «to follow».', note: 'a promise with no date' },
      { doc: '«Most» owners close the till by hand.', note: '"most" opening a claim about a group' },
      { doc: 'The ledger is «highly» scalable and «much» faster.', note: '"highly" before praise; "much" before a comparative' },
      { doc: 'It is «really quite seamless».', note: 'stacked modifiers are one claim, one finding' },
    ],
    valid: [
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
      { doc: 'The new flow makes it easier to split a bill.', note: 'a comparison with today, which the reader knows' },
    ],
  },
};
