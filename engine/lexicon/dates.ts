/**
 * Calendar words a dateline is made of ("SEATTLE, WA — March 3, 2027 —"),
 * for engine/model/dateline.ts. Each month with the short forms writers
 * use; a dot after a short form ("Sept.") is read by the pattern.
 */
export const MONTHS: readonly string[] = [
  'january', 'jan', 'february', 'feb', 'march', 'mar', 'april', 'apr', 'may', 'june', 'jun', 'july', 'jul',
  'august', 'aug', 'september', 'sept', 'sep', 'october', 'oct', 'november', 'nov', 'december', 'dec',
];

/** Words that stand where a date will go, in a dateline written before the date is known ("SEATTLE — launch day —"). */
export const DATE_STAND_INS: readonly string[] = ['today', 'launch day'];
