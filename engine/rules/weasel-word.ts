import { INTENSIFIERS, SUPERLATIVES, VAGUE_TIME, weaselWords } from '../lexicon/weasel.js';
import { articleEdit, deleteWord, matchCase, placeholderSelection } from '../fix/edits.js';
import { after, before, matchProse, reportMatch } from './helpers.js';
import type { Fix, Rule } from './types.js';

const intensifiers = new Set(INTENSIFIERS);
const superlatives = new Set(SUPERLATIVES);
const vagueTime = new Set(VAGUE_TIME);
const builtIn = new Set(weaselWords());

/** "nearly 40%", "several (3)", "many — 1,240 —": the data is right there. */
const DATA_FOLLOWS = /^[\s(—–:-]*(?:about |around |over |some |roughly )?[$€£¥]?\d/;
/** "How many customers…?" asks for the number rather than hiding it. */
const ASKING = /\b(?:how|as)\s*$/i;
/** How far around a match the context checks look: keeps the rule linear on huge lines. */
const WINDOW = 300;

/** Inside a proper name ("Very Good Coffee Co"): capitalised mid-sentence. */
function inProperName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  // In a Title Case Headline every word is capitalised: that says nothing about names.
  const { before: lead, after: tail } = sentenceAround(text, start, end);
  const long = (lead + word + tail).match(/\p{L}{4,}/gu) ?? [];
  if (long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.75 && superlatives.has(word.toLowerCase())) return false;
  if (!/^\p{Lu}/u.test(word) || start === 0) return false;
  const prev = text.slice(Math.max(0, start - 40), start).trimEnd();
  if ((prev === '' && start <= 40) || /[.!?:"“]$/.test(prev)) return false; // sentence start
  const next = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 40));
  return !!next && /^\p{Lu}/u.test(next[1]);
}

/** The sentence around a match, for questions and conditionals. */
function sentenceAround(text: string, start: number, end: number): { before: string; after: string } {
  let s = start;
  const floor = Math.max(0, start - WINDOW);
  while (s > floor && !/[.!?\n]/.test(text[s - 1])) s--;
  let e = end;
  const ceiling = Math.min(text.length, end + WINDOW);
  while (e < ceiling && !/[.!?\n]/.test(text[e])) e++;
  return { before: text.slice(s, start), after: text.slice(end, Math.min(text.length, e + 1)) };
}

/**
 * Uses of a listed word that carry no weasel meaning: "rather than", "the
 * very first", "a first-class citizen", "highly available", an intensifier in
 * a question ("Do we really need it?"), a vague time in a hypothesis ("if, at
 * some point, …") or in the past ("we eventually dropped it").
 */
function isIdiom(word: string, text: string, start: number, end: number): boolean {
  const next = /^[\s-]*([\p{L}']+)/u.exec(text.slice(end, end + 30))?.[1]?.toLowerCase() ?? '';
  const prev = /([\p{L}']+)[\s,]*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1]?.toLowerCase() ?? '';
  if (word === 'rather' && (next === 'than' || /^(?:would|'d|or|but)$/.test(prev) || /['’]d\s*$/.test(text.slice(Math.max(0, start - 8), start)))) return true;
  if (word === 'very' && prev === 'the' && /^(?:first|same|last|end|beginning|start|moment|idea|thing|top|bottom|heart|core|least|next|few)$/.test(next)) return true;
  if ((word === 'first-class' || word === 'first class') && /^citizens?$/.test(next)) return true;
  if (word === 'highly' && next === 'available') return true;
  if (word === 'super' && !/^(?:fast|easy|simple|quick|cheap|useful|helpful|powerful|important|cool|smooth|clear|intuitive|happy)$/.test(next)) return true;
  const { before, after } = sentenceAround(text, start, end);
  if (intensifiers.has(word) && /\?\s*$/.test(after)) return true;
  if (vagueTime.has(word)) {
    if (/\b(?:if|suppose|supposing|assume|assuming|unless|whether|in case)\b/i.test(before)) return true;
    if (/^\s*\p{L}+ed\b/u.test(text.slice(end, end + 40)) || /\b(?:we|they|it|he|she|i)\s+$/i.test(before) && /^\s*\p{L}+ed\b/u.test(after)) return true;
  }
  return false;
}

/** The figure a vague amount stands for, as a placeholder that reads in place. */
function numberPlaceholder(word: string): string {
  if (/^most of (the|them|our|these)$/.test(word)) return `[Number]% of ${word.slice(8)}`;
  if (/^(?:nearly all|almost all|a fraction of|the majority of)$/.test(word)) return '[Number]% of';
  if (word === 'the vast majority') return '[Number]%';
  if (word === 'orders of magnitude') return '[Number] times';
  if (/ly$/.test(word)) return '[Number]%';
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
    for (const m of matchProse(ctx.model.prose, ctx.vocabulary.weasel)) {
      if (DATA_FOLLOWS.test(after(m.span, m.end))) continue;
      if (ASKING.test(before(m.span, m.start))) continue;
      if (inProperName(m.span.text, m.start, m.end)) continue;
      const word = m.text.toLowerCase().replace(/\s+/g, ' ');
      if (isIdiom(word, m.span.text, m.start, m.end)) continue;
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
      } else if (builtIn.has(word)) {
        message = `"${m.text}" is an amount without a number. Give the figure: how many, how much, what share.`;
        fix = 'number';
      } else {
        // A word the team added in its configuration: we only know it is unwanted.
        message = `"${m.text}" is on this project's list of words to avoid. Replace it with the fact or the figure behind it.`;
        fix = 'evidence';
      }
      reportMatch(ctx, m, message, { word, fix });
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
      { doc: 'Refunds are «frictionless» now.', config: { weaselWords: { add: ['frictionless'], remove: [] } }, note: 'a word the project added' },
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
    ],
  },
};
