/**
 * The dateline that opens a press release's summary paragraph, built from
 * named pieces so that each can be read (and extended) on its own:
 *
 *   SEATTLE, WA — March 3, 2027 —        place, region, dash, date
 *   Berlin (Business Wire) – 3 March 2027 –   place, agency, dash, date
 *   **NEW YORK** – Q3 2027 –              markup around the place is ignored
 *   SEATTLE, March 3, 2027 —              place, date, dash
 *   [CITY, STATE] – [DATE] –              slots not yet filled
 *
 * `DATELINE` reads a paragraph's text. `datelineOf` also reads its
 * markup, for the forms that carry no date: a bold place then a dash
 * ("**SAN FRANCISCO** — "), a place in capitals then a dash, an italic date
 * then a dash, and a release line ("FOR IMMEDIATE RELEASE — …"). The
 * calendar words are data in engine/lexicon/dates.ts.
 */
import type { Paragraph } from 'mdast';
import { DATE_STAND_INS, MONTHS, RELEASE_LINES } from '../lexicon/dates.js';
import { phrasePattern } from '../text/phrases.js';
import { plainText } from './prose.js';
import type { Block } from './types.js';

const MONTH = `(?:${phrasePattern(MONTHS)})\\.?`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const YEAR = String.raw`\d{4}`;

/** A place: a capitalised name (up to 40 letters, dots, apostrophes, spaces, hyphens), or a slot ("[CITY, STATE]"), with up to three marks of markup before it. */
const PLACE = String.raw`\W{0,3}(?:[A-Z][\p{L}.'’ -]{1,40}|\[[^\]\n]{1,40}\])`;
/** ", WA" or ", Germany" after the place. */
const REGION = String.raw`(?:,\s*[\p{L}.' ]{2,30})?`;
/** "(Business Wire)": a news agency in brackets. */
const AGENCY = String.raw`(?:\s*\([^)]{1,40}\))?`;
/** One to three dashes. */
const DASHES = '[—–-]{1,3}';
/** Markup closing the place, then the dashes or a colon. A hyphen needs a space beside it: "RFC-0456" is no place and date. */
const DASH = String.raw`\W{0,3}(?:\s*[—–]{1,3}|\s+-{1,3}|-{1,3}(?=\s)|\s*:)\s*`;
/** "Tuesday, " before the date. */
const WEEKDAY = String.raw`(?:\w+day,?\s*)?`;

/** Every way a date is written. */
const DATES = [
  `${MONTH}\\s+${DAY},?(?:\\s+${YEAR})?`, // March 3, 2027
  `${DAY}\\s+${MONTH},?(?:\\s+${YEAR})?`, // 3 March 2027
  `${MONTH}\\s+${YEAR}`, // March 2027
  String.raw`\d{4}-\d{2}(?:-\d{2})?`, // 2027-03-03
  String.raw`\d{1,2}\/\d{1,2}\/\d{2,4}`, // 3/3/2027
  `Q[1-4]\\s+${YEAR}`, // Q3 2027
  String.raw`\[[^\]]{1,30}\]`, // [DATE]
  String.raw`<[^>]{1,30}>`, // <launch date>
  `(?:${phrasePattern(DATE_STAND_INS)})\\b`, // today
  `(?:19|20)\\d{2}(?=\\W{0,3}\\s*${DASHES})`, // 2027 — (a year alone, then a dash; "RFC-0456 —" is a number)
];
const DATE = `(?:${DATES.join('|')})`;

/** "/PRNewswire/": a wire service in slashes after the date. */
const WIRE = String.raw`(?:\s*\/[^/\n]{1,30}\/)?`;
/** A date that is a date (not a slot or a stand-in such as "today"), for the forms that open with it. */
const CALENDAR_DATE = `(?:${DATES.slice(0, 6).join('|')})`;

/** A line that is dated: a calendar date or a year anywhere in it ("… last modified on Feb 11, 2025"), or a time ago. */
export const HOLDS_DATE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CALENDAR_DATE}|(?:19|20)\\d{2}|ago|yesterday)(?![\\p{L}\\p{N}])`, 'iu');

/** The forms that name a place: enough, near a document's top, to call it a press release (engine/model/kind.ts). */
const PLACED = [
  // SEATTLE, WA — March 3, 2027 — / SEATTLE, WA, March 3, 2027 /PRNewswire/ --
  `${PLACE}${REGION}${AGENCY}(?:${DASH}${WEEKDAY}${DATE}|,\\s*${WEEKDAY}${DATE}${WIRE}(?=\\W{0,3}\\s*${DASHES}))`,
  // Seattle, WA (March 3, 2027) –
  `${PLACE}${REGION}\\s*\\(\\s*${WEEKDAY}${CALENDAR_DATE}\\s*\\)(?=\\W{0,3}\\s*${DASHES})`,
  // (Seattle, WA) March 3, 2027 –
  `\\W{0,3}\\(${PLACE}${REGION}\\)\\s*${WEEKDAY}${CALENDAR_DATE}(?=\\W{0,3}\\s*${DASHES})`,
];
/**
 * "March 3, 2027 — Seattle —", "Q3 2027 —": a date first. In a press
 * release it opens the summary; alone it does not make a document one (a
 * dated note opens so too).
 */
const DATE_FIRST = `\\W{0,3}${WEEKDAY}${CALENDAR_DATE}(?=\\W{0,3}\\s*${DASHES}\\s*\\S)`;

export const PLACED_DATELINE = new RegExp(`^(?:${PLACED.join('|')})`, 'iu');
export const DATELINE = new RegExp(`^(?:${[...PLACED, DATE_FIRST].join('|')})`, 'iu');

/**
 * "SAN FRANCISCO —", "NEW YORK, NY –": a place in capitals, then a dash. A
 * hyphen counts only with a space before it: "RFC-0456 — Cache prewarm" is
 * a document number, not a place.
 */
const CAPITAL_PLACE = new RegExp(String.raw`^\W{0,3}[A-Z][A-Z.'’ -]{0,40}[A-Z.](?:,\s*[\p{L}.' ]{2,30})?\W{0,3}(?:\s*[—–]{1,3}|\s+-{1,3})\s*\S`, 'u');
/** A short capitalised name: what a bold or italic place looks like ("San Francisco, CA"). */
const NAME = /^\s*(?:[A-Z\p{Lu}][\p{L}.'’-]*(?:[\s,]+[\p{L}.'’-]+){0,5}|\[[^\]]{1,40}\])\s*$/u;
/** A date alone, for an emphasised date that opens the paragraph ("*2027-03-03* — …"). */
const DATE_ALONE = new RegExp(`^\\s*${WEEKDAY}${DATE}\\s*$`, 'iu');
const STARTS_WITH_DASH = new RegExp(`^\\s*(?:${DASHES}|:)\\s*\\S`, 'u');

export const RELEASE_LINE = new RegExp(`^\\W{0,3}${phrasePattern(RELEASE_LINES)}\\b`, 'iu');

/** A paragraph that is only a calendar date or a year: "2025", "*March 3, 2027*" (not a slot: "[DATE]" alone is a placeholder). */
const DATE_LINE_ALONE = new RegExp(`^\\W{0,3}(?:${WEEKDAY}${CALENDAR_DATE}|(?:19|20)\\d{2})\\W{0,3}$`, 'iu');
/** A paragraph that is only the release's date ("2025", "*March 3, 2027*"): the dateline, set apart from the summary under it. */
export const isDateLineAlone = (b: Block) => b.type === 'paragraph' && DATE_LINE_ALONE.test(b.plain.trim());
/** What may follow a release line in a heading: a date, or nothing ("## For immediate release: March 3, 2027"). */
const DATE_OR_NOTHING = new RegExp(`^\\W*(?:${WEEKDAY}${DATE})?\\W*$`, 'iu');

/**
 * A paragraph or heading that is only a release line ("**FOR IMMEDIATE
 * RELEASE**", "### FOR WORLDWIDE RELEASE WHEN THE PILOT ENDS"): it marks
 * where the release starts, and is no headline. A heading must say it in
 * capitals or say nothing more than a date, since a headline may open with
 * the same words ("## For Release Engineers, Deploys Stop Breaking").
 */
export function isReleaseLineAlone(b: Block): boolean {
  if (b.type !== 'paragraph' && b.type !== 'heading') return false;
  const t = b.plain.trim();
  // "2025" or "March 3, 2027" on its own line over the summary: the date of the release, set apart.
  if (isDateLineAlone(b)) return true;
  const m = RELEASE_LINE.exec(t);
  if (!m || t.split(/\s+/).length > 14 || /[.!?]\s+\S/.test(t) || /\s[—–-]{1,3}\s+\S/.test(t)) return false;
  return b.type === 'paragraph' || m[0] === m[0].toUpperCase() || DATE_OR_NOTHING.test(t.slice(m[0].length));
}

/**
 * Does this paragraph open with a dateline, in any of the forms above?
 * 'sure' for a place with a date, a place in capitals or with its region,
 * a slot or a release line; 'maybe' for an emphasised name in ordinary
 * capitals then a dash ("**Seattle** — …"), which could also be a bold
 * label: the caller asks the paragraph's words.
 */
export function datelineOf(b: Block): 'sure' | 'maybe' | null {
  const t = b.type === 'paragraph' ? b.plain.trimStart() : '';
  if (DATELINE.test(t) || CAPITAL_PLACE.test(t)) return 'sure';
  return markedDateline(b);
}

/**
 * "**Austin, TX** — …", "*Portland, Oregon* – …": an emphasised place with
 * its region, then a dash. Enough, near a document's top, to call it a
 * press release (engine/model/kind.ts): a bold label has no region. (A
 * bold place alone, "**SEATTLE** —", could be "**WARNING** —".)
 */
export function emphasisedPlaceWithRegion(b: Block): boolean {
  if (markedDateline(b) !== 'sure') return false;
  const first = (b.node as Paragraph).children[0];
  return (first.type === 'strong' || first.type === 'emphasis') && /\p{L},\s*\p{L}/u.test(plainText(first));
}

/** The forms datelineOf reads from the markup: a release line, or an emphasised place or date then a dash. */
function markedDateline(b: Block): 'sure' | 'maybe' | null {
  if (b.type !== 'paragraph') return null;
  const t = b.plain.trimStart();
  if (RELEASE_LINE.test(t) && !isReleaseLineAlone(b)) return 'sure';
  const p = b.node as Paragraph;
  const first = p.children[0];
  if (!first || (first.type !== 'strong' && first.type !== 'emphasis' && first.type !== 'inlineCode') || p.children.length < 2) return null;
  const opening = (first.type === 'inlineCode' ? first.value : plainText(first)).trim();
  const after = p.children.slice(1).map((c) => ('value' in c ? c.value : plainText(c))).join('');
  if (!STARTS_WITH_DASH.test(after)) return null;
  if (DATE_ALONE.test(opening)) return 'sure';
  if (!NAME.test(opening)) return null;
  // "**CHANGELOG**: feat…", "**NOTE**: …": one word in capitals then a colon
  // is as often a label as a place; the caller asks the paragraph's words.
  if (/^\s*:/.test(after) && !/[\s,]/.test(opening.trim())) return 'maybe';
  return opening === opening.toUpperCase() || opening.includes(',') || opening.startsWith('[') ? 'sure' : 'maybe';
}
