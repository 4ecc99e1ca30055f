/** Where the first sentence of a text ends, without cutting at an abbreviation ("Acme Inc.", "e.g.") or a lower-case continuation. */

const ABBREVIATION = /\b(?:inc|co|corp|ltd|llc|dr|mr|mrs|ms|st|jr|sr|vs|etc|e\.g|i\.e|u\.s|approx|no|fig|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/i;

/** The first sentence of `text` from `from`: [start, end) in text offsets. */
export function firstSentence(text: string, from = 0): [number, number] {
  let s = from;
  while (s < text.length && /\s/.test(text[s])) s++;
  const re = /[.!?]+["”’)\]]*(?=\s|$)/g;
  re.lastIndex = s;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && ABBREVIATION.test(text.slice(Math.max(s, m.index - 6), m.index + 1))) continue;
    const next = text.slice(end).trimStart();
    if (next && !/^["“(\[]?[\p{Lu}\d]/u.test(next)) continue;
    return [s, end];
  }
  let e = text.length;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}
