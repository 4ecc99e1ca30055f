/**
 * The dateline that opens a press release's summary paragraph, built from
 * named pieces so that each can be read (and extended) on its own:
 *
 *   SEATTLE, WA — March 3, 2027 —        place, region, dash, date
 *   Berlin (Business Wire) – 3 March 2027 –   place, agency, dash, date
 *   **NEW YORK** – Q3 2027 –              markup around the place is ignored
 *
 * The calendar words (months, stand-ins for a date) are data in
 * engine/lexicon/dates.ts.
 */
import { DATE_STAND_INS, MONTHS } from '../lexicon/dates.js';
import { phrasePattern } from '../text/phrases.js';

const MONTH = `(?:${phrasePattern(MONTHS)})\\.?`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const YEAR = String.raw`\d{4}`;

/** A place: a capitalised name (up to 40 letters, dots, apostrophes, spaces, hyphens), with up to three marks of markup before it. */
const PLACE = String.raw`\W{0,3}[A-Z][\p{L}.'’ -]{1,40}`;
/** ", WA" or ", Germany" after the place. */
const REGION = String.raw`(?:,\s*[\p{L}.' ]{2,30})?`;
/** "(Business Wire)": a news agency in brackets. */
const AGENCY = String.raw`(?:\s*\([^)]{1,40}\))?`;
/** Markup closing the place, then one to three dashes or a colon. */
const DASH = String.raw`\W{0,3}\s*(?:[—–-]{1,3}|:)\s*`;
/** "Tuesday, " before the date. */
const WEEKDAY = String.raw`(?:\w+day,?\s*)?`;

/** Every way a date is written after the dash. */
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
];

export const DATELINE = new RegExp(`^${PLACE}${REGION}${AGENCY}${DASH}${WEEKDAY}(?:${DATES.join('|')})`, 'iu');
