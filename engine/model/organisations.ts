/**
 * Whose organisation a quote's speaker belongs to. A title ("CTO", "head
 * baker", "founder") says a leader speaks, but not whose: customers quoted
 * in a release are often their own company's officers ("said Jane Doe, CTO
 * at Initech Bakeries"). When the summary names the company that launches
 * ("Fernhill today launched Ledger…") and the speaker works somewhere that
 * shares no name with it or with the product, the speaker is a customer.
 * The words that tell nothing (Inc., Labs; "VP of Engineering") are data in
 * engine/lexicon/cues.ts.
 */
import { COMPANY_NAME_FILLERS, DEPARTMENT_NAMES, LAUNCH_AFTER_TODAY, LAUNCH_WORDS } from '../lexicon/cues.js';
import { phrasePattern } from '../text/phrases.js';

/** A capitalised name of one or more words: "Initech Bakeries", "Amazon Web Services (AWS)", "Smith & Sons". */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:\(\p{Lu}[\p{L}\p{N}]*\)|\p{Lu}[\p{L}\p{N}&.'’-]*|&|and|of))*`;
const LAUNCH = `(?:(?:today|now)\\s+(?:${phrasePattern(LAUNCH_AFTER_TODAY)})|${phrasePattern(LAUNCH_WORDS.filter((w) => w !== 'today'), { wildcards: true })})`;
/**
 * "Fernhill today launched Ledger", "Fernhill, a Portland bakery-software
 * maker, announced the Ledger app": the name before the launch verb (an
 * aside between commas allowed) and the name after it.
 */
/** "the public beta of GleanGrid", "version 2 of Ledger": the stage named before the product. */
const STAGE_OF = String.raw`(?:(?:public\s+|private\s+|open\s+|general\s+)?(?:beta|preview|launch|release|availability|pilot|version\s+[\d.]+|first\s+version)\s+of\s+(?:the\s+)?)?`;
/**
 * A product named in lower case, as command-line tools and libraries are
 * ("crumb 1.0, a shell history tool", "`kfab`"): only with a version after
 * it, an aside that says what it is, or in code quotes, so that "releasing
 * support for…" names nothing.
 */
const LOWER_NAME = String.raw`\x60[\p{L}\p{N}._/-]+\x60|\p{Ll}[\p{L}\p{N}_-]*(?=\s+v?\d+(?:\.\d+)+\b|,\s+(?:a|an|the)\s)`;
const PRODUCT = String.raw`(?:${NAME}|${LOWER_NAME})`;
const LAUNCHER = new RegExp(String.raw`(${NAME})(?:,[^,.!?]{1,80},|\s*\([^()]{1,80}\))?\s+(?:today\s+|now\s+|this week\s+)?(?:${LAUNCH})\b\s*(?:the\s+|its\s+|a\s+new\s+|an?\s+)?${STAGE_OF}(${PRODUCT})?`, 'u');
/**
 * "The Developer Productivity team today announced Stagehand", "Today we
 * are releasing Ledger": what launches, when no name launches it.
 */
const LAUNCHED = new RegExp(String.raw`\b(?:${LAUNCH})\b\s*(?:the\s+|its\s+|our\s+|a\s+new\s+|an?\s+)?${STAGE_OF}(${PRODUCT})`, 'u');
/** "…, CTO at Initech Bakeries." / "…, founder of Fernhill": the organisation closing an attribution. */
const WORKS_AT = new RegExp(String.raw`\b(?:at|of|from)\s+(${NAME})\s*[.,;)]?\s*$`, 'u');
/** "…, Initech's head of IT.": the organisation before a title, in the possessive. */
const WORKS_FOR = new RegExp(String.raw`,\s+(${NAME})['’]s\s+[\p{L} -]{2,40}[.,;)]?\s*$`, 'u');
const FILLERS = new Set(COMPANY_NAME_FILLERS);
/** A launcher that is only the writer: "I", "We're". */
const SPEAKING_FOR_ONESELF = /^(?:I|We)(?:['’](?:m|re|ve|ll|d))?$/;
/** How much of a summary tells who launches what, and of an attribution where the speaker works (characters). */
const OPENING = 400;
const TAIL = 160;
/** A department, of one name or several ("Engineering", "Engineering Platforms", "Product and Design"): no organisation of its own. */
const DEPARTMENT = new RegExp(`^(?:${phrasePattern(DEPARTMENT_NAMES)})(?:\\s+(?:(?:and|&)\\s+)?(?:${phrasePattern(DEPARTMENT_NAMES)}))*$`, 'i');

const nameWords = (name: string) =>
  name
    .replace(/[()]/g, ' ')
    .split(/\s+/)
    .map((w) => w.toLowerCase().replace(/['’]s$/, '').replace(/[.,]$/, ''))
    .filter((w) => w && !FILLERS.has(w));

/**
 * The words naming who launches and what, read from the summary's opening
 * sentence; null when the summary names no launcher ("Today we're releasing
 * Ledger"): then nobody's organisation can be told apart from it.
 */
export function launcherWords(summary: string, productNames: readonly string[] = []): Set<string> | null {
  return wordsOfLaunch(launchOf(summary), productNames);
}

/** The same words, from a launch already read (launchOf), so a caller that needs both reads the summary once. */
export function wordsOfLaunch(launch: Launch | null, productNames: readonly string[] = []): Set<string> | null {
  if (!launch?.launcher) return null;
  const words = nameWords(launch.launcher);
  if (!words.length) return null;
  return new Set([...words, ...nameWords(launch.product ?? ''), ...productNames.flatMap(nameWords)]);
}

/**
 * The words naming what launches, whoever launches it ("Today we're
 * releasing Ledger": "ledger"): a speaker titled for it ("Ledger's product
 * lead") speaks for it. Null when nothing names the product.
 */
export function productWords(launch: Launch | null, productNames: readonly string[] = []): Set<string> | null {
  const words = [...nameWords(launch?.product ?? ''), ...productNames.flatMap(nameWords)];
  return words.length ? new Set(words) : null;
}

/** "a junior and ShelfSwap's project lead", "head of product at Ledger": a title held at one of `ours` (with `direct`, "who wrote Ledger"). */
export function titledFor(attribution: string, ours: ReadonlySet<string> | null, title: RegExp, direct = false): boolean {
  if (!ours) return false;
  const titles = new RegExp(title.source, title.flags.includes('g') ? title.flags : `${title.flags}g`);
  for (const m of attribution.matchAll(titles)) {
    // "Ledger's product lead", "ShiftSwap's four founders", or the name as a modifier: "a Keelson maintainer".
    const before = /([\p{L}\p{N}-]+)(?:['’]s\s+(?:[\p{L}-]+\s+)?|\s+)$/u.exec(attribution.slice(Math.max(0, m.index - 60), m.index));
    // A verb takes the product as its object with nothing between ("who wrote quillsync"): `direct`.
    const rest = attribution.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const after = (direct ? /^\s+(?:the\s+)?([\p{L}\p{N}-]+)/u : /^\s+(?:at|of|for)\s+(?:the\s+)?([\p{L}\p{N}-]+)/u).exec(rest);
    // "who leads Live & Touring at Tidewell": the verb's object is a team, and the launcher comes after "at".
    const team = direct ? /^\s+[^,.;:!?]{1,40}?\s(?:at|of)\s+(?:the\s+)?([\p{L}\p{N}-]+)/u.exec(rest) : null;
    if ([before?.[1], after?.[1], team?.[1]].some((w) => w && ours.has(w.toLowerCase()))) return true;
  }
  return false;
}

export interface Launch {
  /** Null when the summary names no launcher ("Today we're releasing Ledger"). */
  launcher: string | null;
  product: string | null;
}

/** Who launches and the name of what they launch, as the summary writes them ("Fernhill", "Ledger"); null when it tells no launch. */
export function launchOf(summary: string): Launch | null {
  // The launch is told in the summary's opening words; reading no further
  // keeps the work bounded on a paragraph of any length.
  const opening = summary.slice(0, OPENING);
  const clean = (name: string | undefined) => (name ? name.replace(/[.,]+$/, '').replace(/^\x60|\x60$/g, '').trim() : null);
  const m = LAUNCHER.exec(opening);
  if (m) {
    // "Today I'm releasing crumb": the capitals are the sentence's and the pronoun's, no organisation's.
    const launcher = clean(m[1])!.replace(/^Today\s+/, '');
    return { launcher: SPEAKING_FOR_ONESELF.test(launcher) ? null : launcher, product: clean(m[2]) };
  }
  const only = LAUNCHED.exec(opening);
  return only ? { launcher: null, product: clean(only[1]) } : null;
}

/** The organisation an attribution ends on ("…, CTO at Initech Bakeries", "…, Initech's CTO"), not a department ("VP of Engineering"); null when none. */
export function speakerOrganisation(attribution: string): string | null {
  // The organisation closes the attribution: its last words are all there is to read.
  const tail = attribution.trim().slice(-TAIL);
  for (const re of [WORKS_AT, WORKS_FOR]) {
    const m = re.exec(tail);
    const name = m ? m[1].replace(/[.,]+$/, '').trim() : '';
    if (name && !DEPARTMENT.test(name)) return name;
  }
  return null;
}

/** The speaker works for an organisation that is neither the launching company nor its product. */
export function worksElsewhere(attribution: string, ours: ReadonlySet<string> | null): boolean {
  if (!ours) return false;
  const org = speakerOrganisation(attribution);
  if (!org) return false;
  const words = nameWords(org);
  return words.length > 0 && !words.some((w) => ours.has(w));
}
