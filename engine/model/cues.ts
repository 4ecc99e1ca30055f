/**
 * The vocabulary the model uses to recognise the parts of a Working
 * Backwards document. Kept in one place so that a reviewer can read what
 * "looks like a problem paragraph" means without reading the algorithm.
 */
import { COMPANY_VOICES, PEOPLE } from '../lexicon/people.js';
import { phrasePattern } from '../text/phrases.js';

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/**
 * `SEATTLE, WA — March 3, 2027 —`, `Berlin (Business Wire) – 3 March 2027 –`,
 * `**NEW YORK** – Q3 2027 –`. A place, a dash, then a date-like phrase.
 */
export const DATELINE = new RegExp(
  String.raw`^\W{0,3}[A-Z][\p{L}.'’ -]{1,40}(?:,\s*[\p{L}.' ]{2,30})?(?:\s*\([^)]{1,40}\))?\W{0,3}\s*(?:[—–-]{1,3}|:)\s*(?:\w+day,?\s*)?(?:(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS}),?(?:\s+\d{4})?|(?:${MONTHS})\.?\s+\d{4}|\d{4}-\d{2}(?:-\d{2})?|\d{1,2}\/\d{1,2}\/\d{2,4}|Q[1-4]\s+\d{4}|\[[^\]]{1,30}\]|<[^>]{1,30}>|today\b|launch\s+day)`,
  'iu',
);

/** Heading titles that wrap the press release rather than being its headline. */
export const CONTAINER_HEADING = /^(?:the\s+)?(?:press\s+release|pr\s*\/\s*faq|prfaq|working\s+backwards(?:\s*[-–—:].*)?|draft|announcement|pr|press\s+release\s+draft)\s*:?\s*$/i;

/** FAQ headings, and which FAQ a title names: data in the parts catalogue (engine/genre/catalogue.ts). */
export { EXTERNAL_FAQ_TITLE as EXTERNAL_FAQ, FAQ_TITLE as FAQ_HEADING, INTERNAL_FAQ_TITLE as INTERNAL_FAQ } from '../genre/headings.js';

export const APPENDIX_HEADING = /^(?:appendi(?:x|ces)|annex)\b/i;

/** A quotation: straight or curly quotes around at least a few words. */
export const QUOTATION = /["“][^"”]{15,}["”]/;
/** Who said it. */
export const ATTRIBUTION = /\b(?:said|says|adds?|added|explains?|explained|according to|notes?|noted|comments?|commented|shares?|shared|remarked|continued|tells?|told)\b/i;
export const LEADER_TITLE =
  /\b(?:ceo|cto|cfo|coo|cpo|chief\b|president|vice[- ]president|vp\b|svp|evp|director of|general manager|gm\b|founder|co-founder|head of|senior manager|product manager|product lead|spokes(?:person|woman|man)|engineering manager|leader of)\b/i;
/** "said Ana Ruiz, a teacher": every people noun of the lexicon but the roles a company's own spokesperson holds. */
const QUOTED_PEOPLE = Object.values(PEOPLE).flat().filter((w) => !COMPANY_VOICES.includes(w));
export const CUSTOMER_HINT = new RegExp(
  String.raw`\b(?:customer|user of|owner of|owner at|who (?:uses|tried|runs|owns)|beta|early access|pilot|a (?:\w+ )?${phrasePattern(QUOTED_PEOPLE)})\b`,
  'i',
);

export const PROBLEM_CUE =
  /\b(?:today|currently|struggl\w*|frustrat\w*|problem\w*|pain\w*|hard|harder|difficult\w*|spend|spends|spent|waste\w*|lose|loses|losing|lost|miss|misses|missed|can(?:no|'|’)t|unable|have to|has to|forced|manual\w*|tedious|slow|costly|expensive|risk\w*|worr\w*|challeng\w*|too (?:long|much|many)|no way|error-prone|confus\w*|stuck|wait|waiting|delays?|overwhelm\w*|juggl\w*)\b/gi;
export const SOLUTION_CUE =
  /\b(?:now|lets|let|allows?|enables?|introduc\w*|automatic\w*|instead|simply|you can|can now|helps?|with (?:the )?[A-Z]\w+|provides?|offers?|gives?|makes? it|built-in|in (?:one|a single) (?:click|step|place))\b/g;
export const GETTING_STARTED_CUE =
  /\b(?:get(?:ting)? started|to start|start(?:s|ing)? (?:by|with|using|in)|sign(?:ing)? up|set(?:ting)? ?up|install\w*|download\w*|in (?:a few|under \w+|\d+) (?:minutes|seconds|clicks|steps)|it takes|takes (?:less|under|only|just)|simply|just (?:open|go|visit|add|connect|scan|upload)|begin by|onboard\w*|first,? (?:customers|you)|connect (?:their|your)|no (?:setup|installation|credit card))\b/i;
export const CALL_TO_ACTION_CUE =
  /\b(?:learn more|visit|sign up|go to|for more (?:information|details)|to find out|find out more|available (?:today|now)|try it|request (?:access|an invite|a demo)|join|register|see\b|at\s+\S+\.(?:com|org|net|io|dev|co)\b|download\w*|starting (?:today|now|on)|(?:at|to|from|on)\s+(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?(?=[\s.,;!)]|$))|https?:\/\//i;
export const LAUNCH_CUE = /\b(?:today|announc\w*|launch\w*|introduc\w*|unveil\w*|now available|release[sd]?|debut\w*|open(?:s|ed)? (?:its|the))\b/i;

export function countMatches(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  const g = re.global ? re : new RegExp(re.source, re.flags + 'g');
  while (g.exec(text)) n++;
  return n;
}
