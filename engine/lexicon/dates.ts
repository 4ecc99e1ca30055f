/**
 * Calendar words a dateline is made of ("SEATTLE, WA — March 3, 2027 —"),
 * for engine/model/dateline.ts. Each month with the short forms writers
 * use; a dot after a short form ("Sept.") is read by the pattern.
 */
export const MONTHS: readonly string[] = [
  'january', 'jan', 'february', 'feb', 'march', 'mar', 'april', 'apr', 'may', 'june', 'jun', 'july', 'jul',
  'august', 'aug', 'september', 'sept', 'sep', 'october', 'oct', 'november', 'nov', 'december', 'dec',
];

/** Parts of a year a plan may be dated by, besides its months ("in Q3", "by spring"). */
export const PERIODS: readonly string[] = ['q1', 'q2', 'q3', 'q4', 'spring', 'summer', 'autumn', 'fall', 'winter'];

/** Words that stand where a date will go, in a dateline written before the date is known ("SEATTLE — launch day —"). */
export const DATE_STAND_INS: readonly string[] = ['today', 'launch day'];

/**
 * Lines that open a press release in place of a dateline ("FOR IMMEDIATE
 * RELEASE", "EMBARGOED UNTIL 9:00 ET"). Alone on their line they mark where
 * the release starts; followed by text, that text is the summary.
 */
export const RELEASE_LINES: readonly string[] = [
  'for immediate release', 'for release', 'for worldwide release', 'for global release', 'for public release',
  'embargoed until', 'under embargo until',
];
