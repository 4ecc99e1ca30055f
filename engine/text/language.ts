/**
 * Is a document's prose English? The prose rules judge English words
 * (hedges, passive forms, generic customer nouns, sentence length by
 * English syllables); on Spanish or German prose every one of them would
 * be wrong. The test is cheap on purpose, since it runs on every review:
 * among the first words of the prose, the share of the commonest English
 * words against the share of the commonest words of other languages
 * (engine/lexicon/languages.ts), and whether the letters are Latin at all.
 *
 * English is the default: prose that shows no language (a list of labels,
 * "Heading 1 … Heading 9", too few words) is judged as before. Prose is
 * taken for another language only on evidence of one.
 */
import { ENGLISH_WORDS, OTHER_LANGUAGE_WORDS } from '../lexicon/languages.js';

/** Enough words to tell; a shorter document is taken as English. */
const MIN_WORDS = 40;
/** The first words are enough: a document does not change language halfway. */
const SAMPLE_WORDS = 2000;
/**
 * A language's share of common words above which the prose is in it.
 * Measured: English documents of the team's and the shared corpora score
 * 0.24 to 0.45 on the English list, the team's Spanish and German PR/FAQs
 * 0 on it and over 0.3 on their own (test/unit/language.test.ts).
 */
export const LANGUAGE_SHARE = 0.12;

const ENGLISH = new Set(ENGLISH_WORDS);
const OTHERS = Object.entries(OTHER_LANGUAGE_WORDS).map(([name, words]) => ({ name, words: new Set(words) }));
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
const LATIN = /\p{Script=Latin}/u;

export interface LanguageCount {
  words: number;
  /** Share of the common English words. */
  english: number;
  /** The other language whose common words are most frequent, and their share. */
  other: { name: string; share: number };
  /** Share of the letters that are not Latin (Cyrillic, Greek, CJK…). */
  nonLatin: number;
}

/** Counts the first words of `texts`. */
export function countLanguage(texts: Iterable<string>): LanguageCount {
  let words = 0;
  let english = 0;
  let letters = 0;
  let nonLatin = 0;
  const others = new Array<number>(OTHERS.length).fill(0);
  for (const text of texts) {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m && words < SAMPLE_WORDS; m = WORD.exec(text)) {
      words++;
      // One letter stands for its word: a word is in one script.
      letters++;
      if (!LATIN.test(m[0][0])) nonLatin++;
      // "MIT", "ES", "DE": an acronym is no article or pronoun of any language.
      if (m[0].length > 1 && m[0] === m[0].toUpperCase()) continue;
      const w = m[0].toLowerCase();
      if (ENGLISH.has(w)) english++;
      for (let i = 0; i < OTHERS.length; i++) if (OTHERS[i].words.has(w)) others[i]++;
    }
    if (words >= SAMPLE_WORDS) break;
  }
  const best = others.reduce((b, n, i) => (n > others[b] ? i : b), 0);
  const share = (n: number) => (words ? n / words : 0);
  return { words, english: share(english), other: { name: OTHERS[best].name, share: share(others[best]) }, nonLatin: letters ? nonLatin / letters : 0 };
}

/**
 * Whether the prose is English. Front matter `lang:` (or `language:`)
 * decides when present: `en`, `en-GB`, `English` are English, any other
 * value is not.
 */
export function isEnglish(texts: Iterable<string>, frontMatter?: Record<string, unknown> | null): boolean {
  const declared = frontMatter?.lang ?? frontMatter?.language;
  if (typeof declared === 'string' && declared.trim()) return /^en(?:glish)?\b/i.test(declared.trim());
  const c = countLanguage(texts);
  if (c.words < MIN_WORDS) return true;
  if (c.nonLatin > 0.5) return false;
  if (c.english >= LANGUAGE_SHARE) return true;
  return !(c.other.share >= LANGUAGE_SHARE && c.other.share > c.english);
}
