/**
 * Turns the heading titles of the parts catalogue (./catalogue.ts) into
 * matchers. The pattern language is small on purpose, so that a newcomer
 * can add a synonym without writing a regular expression:
 *
 *   `getting started`         the words, in order
 *   `problem|problems`        either word
 *   `[the|our] proposal`      the bracketed words may be left out
 *   `[how to] get started`    (one or more words)
 *   `how * helps`             `*` stands for any words (at least one)
 *   `questions we expect [*]` `[*]`: any words, or none
 *
 * Words are compared without case; runs of spaces count as one.
 */
import { PART_IDS, type PartId } from '../model/types.js';
import {
  AUDIENCE_FAQ_TITLES, DOCUMENT_BEFORE_FAQ, FAQ_INFO, FAQ_TITLE_WORDS, FAQ_WHOLE_TITLES, NARRATIVE_SECTION_INFO, PART_INFO, PRESS_RELEASE_TITLE_WORDS, PRESS_RELEASE_WHOLE_TITLES,
  QUOTE_SECTION_HEADINGS, SHARED_PART_HEADINGS, DESIGN_SECTION_TITLES, README_SECTION_TITLES,
} from './catalogue.js';
import { OPEN_QUESTION_TITLE_WORDS } from '../lexicon/questions.js';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern as a regular expression source (no anchors). */
export function patternSource(pattern: string): string {
  let out = '';
  // Whether the next word needs a space before it: an optional word carries its own.
  let needSpace = false;
  for (const word of pattern.trim().match(/\[[^\]]*\]|\S+/g) ?? []) {
    const space = needSpace ? '\\s+' : '';
    if (word === '*') {
      out += `${space}\\S(?:.*\\S)?`;
      needSpace = true;
      continue;
    }
    // "[*]": any words, or none ("questions we expect [*]" is also "questions we expect in the review").
    if (word === '[*]') {
      out += needSpace ? '(?:\\s+\\S(?:.*\\S)?)?' : '(?:\\S(?:.*\\S)?\\s+)?';
      continue;
    }
    const optional = word.startsWith('[') && word.endsWith(']');
    const alts = (optional ? word.slice(1, -1) : word).split('|').map((alt) => escape(alt.trim()).replace(/ +/g, '\\s+')).join('|');
    if (!optional) {
      out += `${space}(?:${alts})`;
      needSpace = true;
    } else out += needSpace ? `(?:\\s+(?:${alts}))?` : `(?:(?:${alts})\\s+)?`;
  }
  return out;
}

/**
 * A matcher for the whole title (`whole`) or for titles that start with one
 * of the patterns and go on after a word boundary (`prefix`).
 */
export function headingMatcher(patterns: string[], mode: 'whole' | 'prefix'): RegExp | null {
  if (!patterns.length) return null;
  const body = patterns.map(patternSource).join('|');
  return new RegExp(mode === 'whole' ? `^(?:${body})$` : `^(?:${body})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Why titles are compared after this: "The Problem:" and "the problem" are one title. */
export function normaliseTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').replace(/[:.]$/, '').trim();
}

const PART_MATCHERS: Array<[PartId, RegExp]> = PART_IDS.flatMap((id) => {
  const re = headingMatcher(PART_INFO[id].headings, 'whole');
  return re ? [[id, re] as [PartId, RegExp]] : [];
});

/** The press-release part a heading names ("## The problem" → problem), or null. First in press-release order wins. */
export function partForHeading(title: string): PartId | null {
  for (const t of titleReadings(title)) for (const [id, re] of PART_MATCHERS) if (re.test(t)) return id;
  return null;
}

/**
 * A title without what writers put before its words: an emoji or a bullet,
 * and numbering ("2.", "2.1", "B.", "IV.", "Part 2 —", "Section B:").
 * "A new plan" keeps its "A": a letter counts as numbering only with its dot.
 */
export function withoutNumbering(title: string): string {
  return title
    .trim()
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/^(?:part|section|chapter)\s+(?:\d+|[ivx]+|[a-z])\b\s*[:.)\-–—]?\s*/iu, '')
    .replace(/^(?:\d+(?:\.\d+)*\.?|[A-Z]\.|[IVX]+\.|\(?[a-z\d]\))\s+/u, '')
    .replace(/^[^\p{L}\p{N}]+/u, '');
}

/**
 * A title as a whole, then the label before its colon, dash or comma: "The
 * Problem: Every Second Counts" and "How it works, plainly" name their
 * parts by their first words. What stands before the first letter or digit
 * (an emoji, a bullet: "## 😩 The problem") is no part of the title.
 */
function titleReadings(title: string): string[] {
  const t = normaliseTitle(title.replace(/^[^\p{L}\p{N}]+/u, ''));
  const cut = /\s*(?::|,|\s[—–-]\s)/.exec(t);
  return cut && cut.index > 0 ? [t, normaliseTitle(t.slice(0, cut.index))] : [t];
}

const QUESTION_MATCHERS: Array<[PartId, RegExp]> = PART_IDS.flatMap((id) => {
  const re = headingMatcher(PART_INFO[id].questions ?? [], 'whole');
  return re ? [[id, re] as [PartId, RegExp]] : [];
});

/** The part an FAQ question's answer plays ("What are we launching today?" → summary), or null. */
export function partForQuestion(question: string): PartId | null {
  const t = normaliseTitle(question.replace(/[?？]+\s*$/, ''));
  for (const [id, re] of QUESTION_MATCHERS) if (re.test(t)) return id;
  return null;
}

const QUOTE_SECTION = headingMatcher([...QUOTE_SECTION_HEADINGS], 'whole')!;

/** A title of a section that gathers quotes from anyone ("What people are saying"): who speaks each one decides its part. */
export function isQuoteSectionHeading(title: string): boolean {
  // "## 4. Quotes for the launch": numbered as the document's other sections are.
  return titleReadings(withoutNumbering(title)).some((t) => QUOTE_SECTION.test(t));
}

const SHARED_MATCHERS = SHARED_PART_HEADINGS.map((s) => ({ re: headingMatcher(s.headings, 'whole')!, parts: s.parts }));

/** A title two parts share ("Availability"): the part it names when its section reads as a call to action, and otherwise. */
export function sharedPartForHeading(title: string): readonly [PartId, PartId] | null {
  for (const t of titleReadings(title)) for (const s of SHARED_MATCHERS) if (s.re.test(t)) return s.parts;
  return null;
}

/**
 * A title that says "Press Release" in so many words (not "PR/FAQ" or
 * "Working Backwards", which name the whole document or an RFC's section):
 * what it heads is the release alone, so notes above it are not on the
 * release's page and a README's own sections after it are not in it.
 */
export const SAYS_PRESS_RELEASE = /\bpress[\s-]*release\b/i;

/** A heading that names the document or wraps its press release ("# PRFAQ — Ledger", "## Part 1 — Press Release"), not its headline. */
export const PRESS_RELEASE_TITLE = new RegExp(
  `${wordsAnywhere(PRESS_RELEASE_TITLE_WORDS)}|^(?:${PRESS_RELEASE_WHOLE_TITLES.map(patternSource).join('|')})\\s*:?$`,
  'iu',
);

const SECTION_MATCHERS: Array<[string, RegExp]> = Object.entries(NARRATIVE_SECTION_INFO).flatMap(([id, info]) => {
  const re = headingMatcher(info.headings, 'prefix');
  return re ? [[id, re] as [string, RegExp]] : [];
});
const TELLING_MATCHERS: Array<[string, RegExp]> = Object.entries(NARRATIVE_SECTION_INFO).flatMap(([id, info]) => {
  const re = headingMatcher(info.telling ?? [], 'prefix');
  return re ? [[id, re] as [string, RegExp]] : [];
});

/** The narrative section a heading opens ("## Lessons learned so far", "## 3. Lessons learned" → lessons-learned), or undefined. */
export function narrativeSectionForHeading(title: string): string | undefined {
  const t = withoutNumbering(title);
  for (const [id, re] of SECTION_MATCHERS) if (re.test(t)) return id;
  return undefined;
}

/** Every narrative section a heading's title could open (the kind guess counts them all). */
export function narrativeSectionsForHeading(title: string): string[] {
  const t = withoutNumbering(title);
  return SECTION_MATCHERS.filter(([, re]) => re.test(t)).map(([id]) => id);
}

/** The sections a title opens in words that on their own point to a six-pager (the catalogue's `telling` titles). */
export function tellingNarrativeSections(title: string): string[] {
  const t = withoutNumbering(title);
  return TELLING_MATCHERS.filter(([, re]) => re.test(t)).map(([id]) => id);
}

/** Any of `words` standing as whole words anywhere in a title. */
function wordsAnywhere(words: readonly string[], before = ''): string {
  return `${before}(?<![\\p{L}\\p{N}])(?:${words.map(patternSource).join('|')})(?![\\p{L}\\p{N}])`;
}


/**
 * A heading that opens an FAQ: one of the FAQ words anywhere in its title,
 * or one of the whole FAQ titles. "PR/FAQ: Product" and "Press Release /
 * FAQ" name the whole document, not its FAQ, so "faq" right after one of
 * DOCUMENT_BEFORE_FAQ does not count.
 */
/** Numbering before a whole title ("8. Open questions", "B. Questions the board may ask"), as withoutNumbering() reads it. */
const NUMBERING = '(?:(?:\\d+(?:\\.\\d+)*\\.?|[A-Z]\\.|[IVX]+\\.)\\s+)?';
const NOT_AFTER_DOCUMENT = `(?<!\\b(?:${DOCUMENT_BEFORE_FAQ.map(patternSource).join('|')})\\s*(?:[/&+-]|and)?\\s*)`;
/** "Appendix: questions we expect", "Appendix B — Open questions": an appendix that holds the FAQ, named before its title. */
const APPENDIX_LABEL = '(?:appendix(?:\\s+(?:[A-Z]|\\d+))?\\s*(?::|\\.|\\s[—–-])\\s*)?';
export const FAQ_TITLE = new RegExp(`${wordsAnywhere(FAQ_TITLE_WORDS, NOT_AFTER_DOCUMENT)}|^${NUMBERING}${APPENDIX_LABEL}(?:${FAQ_WHOLE_TITLES.map(patternSource).join('|')})$|${askedBy([...FAQ_INFO['internal-faq'].askers, ...FAQ_INFO['external-faq'].askers])}`, 'iu');
/**
 * "Questions from <askers>" and "<Askers> questions" (FAQ_INFO's askers):
 * "Questions from the Public Works Committee", "2. Questions from
 * residents", "Resident questions", "Council FAQ"; also "Questions for City
 * Council and staff" and "Questions riders will ask". The form opens the title
 * or follows its numbering ("Part 2: …"), so "Answers to the questions from
 * the board" in a sentence-like title is left alone.
 */
function askedBy(askers: readonly string[]): string {
  const who = `(?:${askers.map(patternSource).join('|')})`;
  const word = `[\\p{L}\\p{N}'’&.-]+`;
  const opens = `(?<!\\p{L}\\s*)`;
  return (
    `${opens}(?:questions|q\\s*&\\s*a)\\s+(?:from|by|asked\\s+by|for)\\s+(?:${word}\\s+){0,4}?${who}(?![\\p{L}\\p{N}])` +
    `|${opens}questions\\s+(?:${word}\\s+){0,2}?${who}\\s+(?:may|might|will|would|could|should)\\s+(?:probably\\s+|likely\\s+)?ask(?![\\p{L}\\p{N}])` +
    `|${opens}(?:${word}\\s+){0,2}?${who}(?:['’]s?|s['’])?\\s+(?:questions|faqs?|q\\s*&\\s*a)(?![\\p{L}\\p{N}])`
  );
}

/** "If you're a rider", "If you are deciding whether to fund this": a group titled by its reader, as "For …" is. */
export const IF_YOU_ARE = "if\\s+you(?:['’]re|\\s+are)";
/**
 * "For students", "For Student Government and our advisor", "If you're a
 * council member": a title that names whom its questions are for. Only
 * types an FAQ or a group already found (under "## FAQ"): "## For
 * developers" alone opens no FAQ.
 */
function forAskers(askers: readonly string[]): string {
  const who = `(?:${askers.map(patternSource).join('|')})`;
  // "For contributors, sponsors and the curious": readers listed, one of them an asker.
  return `^${NUMBERING}(?:for|${IF_YOU_ARE})\\s+(?:the\\s+|our\\s+|an?\\s+)?(?:[\\p{L}\\p{N}'’&.-]+,?\\s+){0,2}?${who}(?![\\p{L}\\p{N}])`;
}

/** Words in an FAQ's title that make it the internal or the external one, or who asks its questions. */
export const INTERNAL_FAQ_TITLE = new RegExp(`${wordsAnywhere(FAQ_INFO['internal-faq'].titleWords)}|${askedBy(FAQ_INFO['internal-faq'].askers)}|${forAskers(FAQ_INFO['internal-faq'].askers)}`, 'iu');
export const EXTERNAL_FAQ_TITLE = new RegExp(`${wordsAnywhere(FAQ_INFO['external-faq'].titleWords)}|${askedBy(FAQ_INFO['external-faq'].askers)}|${forAskers(FAQ_INFO['external-faq'].askers)}`, 'iu');

/**
 * An FAQ title written as a line of its own rather than a heading:
 * "**Frequently Asked Questions**", "Internal FAQ:", "FAQ — customers". The
 * whole line must be the title (an FAQ word with a word naming which FAQ
 * before or after it), so "See the FAQ below" is no title.
 */
const WHICH_FAQ = [...FAQ_INFO['external-faq'].titleWords, ...FAQ_INFO['internal-faq'].titleWords].map(patternSource).join('|');
export const FAQ_TITLE_LINE = new RegExp(
  `^(?:the\\s+)?(?:(?:${WHICH_FAQ})\\s*(?:/\\s*(?:${WHICH_FAQ})\\s*)?)?(?:${FAQ_TITLE_WORDS.map(patternSource).join('|')})(?:\\s+questions)?(?:\\s*\\((?:faq|faqs)\\))?(?:\\s*[:—–-]?\\s*(?:${WHICH_FAQ}|for\\s+\\S+(?:\\s+\\S+){0,3}))?\\s*:?$`,
  'iu',
);
/** "**For the person using it**" alone on its line: an FAQ title by its audience (catalogue data). */
export const AUDIENCE_FAQ_TITLE_LINE = headingMatcher([...AUDIENCE_FAQ_TITLES], 'whole')!;

const DESIGN_SECTION = headingMatcher([...DESIGN_SECTION_TITLES], 'whole')!;
const README_SECTION = headingMatcher([...README_SECTION_TITLES], 'whole')!;

/** "## Installation", "## Benchmarks": a README's own section, which ends a "## Press Release" kept inside the README. */
export function isReadmeSectionHeading(title: string): boolean {
  return titleReadings(withoutNumbering(title)).some((t) => README_SECTION.test(t));
}

/** "## Detailed Design", "## 5. Drawbacks": a section of an RFC's own, not of its press release. */
export function isDesignSectionHeading(title: string): boolean {
  return titleReadings(withoutNumbering(title)).some((t) => DESIGN_SECTION.test(t));
}

/** "## Open questions", "Unresolved questions we still have": a section that says its questions are open. */
export const OPEN_QUESTIONS_TITLE = new RegExp(`^[\\W_]{0,3}(?:${OPEN_QUESTION_TITLE_WORDS.join('|')})\\s+questions\\b`, 'i');

/** The same, past a section number: "## 3. Unresolved questions". */
export function isOpenQuestionsTitle(title: string): boolean {
  return OPEN_QUESTIONS_TITLE.test(withoutNumbering(title).trim());
}
