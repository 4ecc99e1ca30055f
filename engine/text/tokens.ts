/**
 * Words and sentences of a prose span. Deliberately simple and linear: the
 * spans are short, and the rules only need word boundaries and sentence
 * boundaries that survive abbreviations and decimals.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’&-]*[\p{L}\p{N}\p{M}])?/gu;

export function words(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'prof', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'st',
  'no', 'fig', 'approx', 'est', 'dept', 'u.s', 'u.k', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m', 'ph.d', 'cf', 'al',
]);

/** The text with the full stop after an abbreviation or an initial dropped ("Dr. Mira Okafor" → "Dr Mira Okafor"), for patterns that read a full stop as a sentence's end. Same length less the dots. */
export function withoutAbbreviationDots(text: string): string {
  return text.replace(/(?<![\p{L}.])([\p{L}]+(?:\.[\p{L}]+)*)\.(?=\s|$)/gu, (all, word: string) => (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) ? word : all));
}

/** Sentence ranges [start, end) within `text`, trimmed of surrounding space. */
export function sentences(text: string): Token[] {
  const out: Token[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '\n') continue;
    if (c === '\n') {
      // A blank-ish line break inside a paragraph is a soft wrap, not an end.
      continue;
    }
    // Swallow closing quotes/brackets and repeated punctuation.
    let j = i + 1;
    while (j < text.length && /[.!?"”’')\]]/.test(text[j])) j++;
    if (j < text.length && !/\s/.test(text[j])) continue; // "3.5", "example.com"
    if (c === '.') {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i));
      const word = before ? before[1].toLowerCase() : '';
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
      // Next sentence should start with a capital, digit, quote or bracket.
      const next = /\S/.exec(text.slice(j));
      if (next && /\p{Ll}/u.test(next[0])) continue;
    }
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}
