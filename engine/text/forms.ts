/**
 * Word forms from a lemma, so that a word list names each word once and the
 * matcher finds it however it is inflected: "significant" is also found as
 * "significantly", "easy" as "easily",
 * "revolutionize" as "revolutionizes", "revolutionised" and so on.
 *
 * The rules are the regular English spelling rules and nothing more; a word
 * they get wrong is one line in engine/lexicon/inflection.ts. A form the
 * rules make that nobody writes costs nothing: it never matches.
 */
import { IRREGULAR_ADVERBS } from '../lexicon/inflection.js';

const CONSONANT_Y = /[^aeiou]y$/;

/** The adverb of a one-word adjective: significant → significantly, easy → easily, dramatic → dramatically, considerable → considerably, full → fully. */
export function adverbOf(adjective: string): string | null {
  const a = adjective.toLowerCase();
  if (!/^\p{L}+$/u.test(a)) return null; // phrases and hyphenated words have no adverb
  if (IRREGULAR_ADVERBS[a]) return IRREGULAR_ADVERBS[a];
  if (a.endsWith('ly')) return null; // already an adverb, or "friendly"
  if (CONSONANT_Y.test(a)) return a.slice(0, -1) + 'ily';
  if (/[^aeiou]le$/.test(a)) return a.slice(0, -1) + 'y';
  if (a.endsWith('ic')) return a + 'ally';
  if (a.endsWith('ll')) return a + 'y';
  return a + 'ly';
}

/**
 * The forms of a one-word verb: revolutionize → revolutionizes,
 * revolutionized, revolutionizing; a verb in -ize also in -ise, and the
 * other way round (British and American spelling are one lemma).
 */
export function verbFormsOf(verb: string): string[] {
  const v = verb.toLowerCase();
  if (!/^\p{L}+$/u.test(v)) return [v];
  const spellings = /iz(?:e)$/.test(v) ? [v, v.replace(/ize$/, 'ise')] : /ise$/.test(v) ? [v, v.replace(/ise$/, 'ize')] : [v];
  const out: string[] = [];
  for (const s of spellings) {
    out.push(s);
    if (s.endsWith('e')) out.push(s + 's', s + 'd', s.slice(0, -1) + 'ing');
    else if (CONSONANT_Y.test(s)) out.push(s.slice(0, -1) + 'ies', s.slice(0, -1) + 'ied', s + 'ing');
    else if (/(?:s|x|z|ch|sh)$/.test(s)) out.push(s + 'es', s + 'ed', s + 'ing');
    else out.push(s + 's', s + 'ed', s + 'ing');
  }
  return out;
}
