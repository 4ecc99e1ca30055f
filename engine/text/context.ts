/**
 * What surrounds a word in a run of prose, for rules that judge a word by
 * its company: the sentence it stands in, whether it is inside a quotation,
 * and whether the number or the list that makes it precise follows it.
 * Pure functions over a span's text; offsets are into that text.
 */

/** How far around a word the sentence is looked for: keeps the checks linear on huge lines. */
const WINDOW = 300;

/**
 * The sentence around text[start, end): the part before the word and the
 * part after it (with its final mark). A line break inside a paragraph is a
 * wrapped line, not a sentence end; a blank line is.
 */
export function sentenceAround(text: string, start: number, end: number): { before: string; after: string } {
  const ends = (i: number) => /[.!?]/.test(text[i]) || (text[i] === '\n' && /^\n|^\r\n/.test(text.slice(i + 1, i + 3)));
  let s = start;
  const floor = Math.max(0, start - WINDOW);
  // A mark with a letter or digit right after it ("2.0", "2.x", "example.com") ends no sentence, going back as going forward.
  const inWord = (i: number) => /[\p{L}\p{N}]/u.test(text[i] ?? '');
  while (s > floor && !(ends(s - 1) && !inWord(s)) && !(text[s - 2] === '\n' && text[s - 1] === '\n')) s--;
  let e = end;
  const ceiling = Math.min(text.length, end + WINDOW);
  while (e < ceiling && !(ends(e) && !inWord(e + 1))) e++;
  return { before: text.slice(s, start), after: text.slice(end, Math.min(text.length, e + 1)) };
}

/**
 * Stretches inside double quotation marks, straight or curly: someone else's
 * words, or a term the writer holds at arm's length. A mark left open runs to
 * the end of the text (a quotation that goes on in the next paragraph).
 */
export function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  let curly = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open < 0 && (c === '“' || c === '"')) {
      open = i;
      curly = c === '“';
    } else if (open >= 0 && (curly ? c === '”' : c === '"')) {
      out.push([open, i + 1]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}

export const inRanges = (ranges: ReadonlyArray<[number, number]>, at: number): boolean => ranges.some(([s, e]) => at >= s && at < e);

/** A number a reader can check: not a bare year ("in 2027"). */
const FIGURE = /^[(~≈<>≤≥+±$€£¥-]*\d/;
const YEAR = /^(?:19|20)\d\d(?![\d%.,])/;

/**
 * Does a figure follow within `words` words, in the same clause? "lags
 * significantly behind at ~10%", "several (3)", "many — 1,240 —".
 */
export function numberFollows(text: string, end: number, words = 3): boolean {
  const tail = text.slice(end, end + 80);
  // The clause ends at a mark followed by a space: "1,240" and "2.5" stay whole.
  const clause = tail.split(/[.;!?,](?=\s|$)/)[0];
  const tokens = clause.split(/\s+/).filter(Boolean).slice(0, words + 1);
  return tokens.some((t) => {
    const bare = t.replace(/^[(—–:]+/, '');
    return FIGURE.test(bare) && !YEAR.test(bare.replace(/^[(~≈<>≤≥+±$€£¥-]+/, ''));
  });
}

/** Opening the next sentence, words that announce the members: "…many reasons. The following items…", "…several challenges. First, …". */
// ("First," ends in a comma: no word boundary after it, so it stands outside the \b.)
const LIST_AHEAD = /^\s*(?:(?:the following|these (?:include|are)|they (?:include|are)|for example|for instance)\b|first(?:ly)?,)/i;

/** Words that introduce examples or the members of a group. */
const EXAMPLES = /^,?\s*(?:such as|including|like|e\.\s?g\.|for example|for instance|namely)\b/i;

/**
 * Does the list that gives the amount follow? The clause ends in a colon
 * and the list comes after it ("Several countries fund the training:"), a
 * parenthesis lists the members ("various formats (PDF, CSV)"), or examples
 * are named ("many tools such as …").
 */
export function listFollows(text: string, end: number): boolean {
  const { after } = sentenceAround(text, end, end);
  const colon = after.indexOf(':');
  if (colon >= 0) {
    const rest = after.slice(colon + 1).trim();
    if (rest === '' || /,|;|\band\b/.test(rest)) return true;
  }
  // The next sentence announces the list, or ends in a colon before it.
  const next = text.slice(end + after.length, end + after.length + 200);
  if (LIST_AHEAD.test(next) || /^[^.!?\n]*:\s*$/.test(next.split('\n')[0] ?? '')) return true;
  // Within the next three words.
  let rest = after;
  for (let i = 0; i <= 3; i++) {
    if (EXAMPLES.test(rest.replace(/^\s+/, ''))) return true;
    const paren = /^\s*\(([^)]*)\)/.exec(rest);
    if (paren && /,|\band\b|\bor\b/.test(paren[1])) return true;
    const next = /^[\s-]+[\p{L}\p{N}'’-]+/u.exec(rest);
    if (!next) break;
    rest = rest.slice(next[0].length);
  }
  return false;
}

/** Does text[start…] open a sentence or a clause ("Most teams…", "…, and most teams…")? */
export function opensClause(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - 30), start);
  if (/^\s*$/.test(lead) && start <= 30) return true;
  return /(?:[.!?:;,—–(]|\b(?:and|but|while|so|because|since|although|though|yet|where|as|whereas))\s+$/i.test(lead);
}

/** A line that names who spoke: "— Dana Kim, owner", "- Albert from San Francisco". */
const ATTRIBUTION = /(?:^|\n)[>\s*_]*[-—–~]{1,2}\s*\p{Lu}[\p{L}'’.-]*(?:[ ,]+[\p{L}\p{N}'’.&-]+){0,8}[\s*_]*$|[—–]\s*\p{Lu}[\p{L}'’.-]*(?:[ ,]+[\p{L}\p{N}'’.&-]+){0,8}[\s*_]*$/mu;

/**
 * Is a block quote (its Markdown source) a quotation — someone's words, in
 * quotation marks or with a line that names who said them — rather than a
 * note set aside?
 */
export function isQuotation(source: string): boolean {
  return /["“”]/.test(source) || ATTRIBUTION.test(source) || /\b(?:said|says)\b/i.test(source);
}
