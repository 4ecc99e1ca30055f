/**
 * The cues the model uses to recognise the parts of a Working Backwards
 * document, compiled from data: the word tables are in
 * engine/lexicon/cues.ts (what a problem, a solution, a quote, getting
 * started and a call to action say), the people nouns in
 * engine/lexicon/people.ts, the dateline's pieces in ./dateline.ts. What is
 * left here is how those tables are put together.
 */
import * as C from '../lexicon/cues.js';
import { COMPANY_VOICES, PEOPLE } from '../lexicon/people.js';
import { DOCUMENT_WORDS, IMPERATIVE_VERBS, INSTRUCTION_ADVERBS, INSTRUCTION_OPENINGS, TEMPLATE_SELF, TEMPLATE_VERBS, WRITER_WORDS } from '../lexicon/placeholders.js';
import { NUMBER_QUESTIONS, TRADE_OFF_QUESTIONS } from '../lexicon/questions.js';
import { phrasePattern, type MatcherOptions } from '../text/phrases.js';

export { DATELINE } from './dateline.js';

/** A word table as one expression, whole words only (a hyphen ends a word, as `\b` does). */
function cue(words: readonly string[], flags: string, options: MatcherOptions = {}): RegExp {
  const body = phrasePattern(words, { wildcards: true, ...options });
  return new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, flags + 'u');
}

/** Heading titles that name the document or wrap the press release rather than being its headline (catalogue data). */
export { PRESS_RELEASE_TITLE as CONTAINER_HEADING } from '../genre/headings.js';

/** FAQ headings, and which FAQ a title names: data in the parts catalogue (engine/genre/catalogue.ts). */
export { EXTERNAL_FAQ_TITLE as EXTERNAL_FAQ, FAQ_TITLE as FAQ_HEADING, INTERNAL_FAQ_TITLE as INTERNAL_FAQ } from '../genre/headings.js';

export const APPENDIX_HEADING = /^(?:appendi(?:x|ces)|annex)\b/i;

/** A quotation: straight or curly quotes around at least a few words. */
export const QUOTATION = /["“][^"”]{15,}["”]/;
/** Who said it. */
export const ATTRIBUTION = cue(C.ATTRIBUTION_VERBS, 'i');
export const LEADER_TITLE = cue(C.LEADER_TITLES, 'i');
/** "who wrote quillsync": the maker of the product named right after (engine/lexicon/cues.ts). */
export const MAKER_VERB = cue(C.MAKER_VERBS, 'i');
/** "customer services", "user research": a department, not a customer (engine/lexicon/cues.ts). */
export const CUSTOMER_DEPARTMENT = cue(C.CUSTOMER_DEPARTMENTS, 'gi');
/**
 * "…, said Aisha Khan" / "…, says the product owner": the attribution of a
 * quotation written without quote marks (verbs as written, lower case; the
 * speaker a capitalised name or "the|a|an|our …"). ./quotes.ts also asks
 * for first-person speech before it.
 */
export const UNMARKED_ATTRIBUTION = new RegExp(String.raw`,\s+${phrasePattern(C.UNMARKED_ATTRIBUTION_VERBS)}\s+(?:\p{Lu}|(?:the|a|an|our)\s+\p{L})`, 'u');

/** "said Ana Ruiz, a teacher": every people noun of the lexicon but the roles a company's own spokesperson holds. */
const QUOTED_PEOPLE = Object.values(PEOPLE).flat().filter((w) => !COMPANY_VOICES.includes(w));
export const CUSTOMER_HINT = new RegExp(
  String.raw`\b(?:${phrasePattern(C.CUSTOMER_SPEAKER_WORDS)}|a (?:\w+ )?${phrasePattern(QUOTED_PEOPLE)})\b`,
  'i',
);
/**
 * "…, said Ana, who tried it", "said Ana Ruiz, a baker in Salem" or "said Ana
 * Ruiz, platform lead at a logistics company": the speaker is a customer.
 */
const NOT_ROLE = `(?!${phrasePattern(C.NOT_CUSTOMER_ROLE_OPENERS, { wildcards: true })}\\b)`;
export const CUSTOMER_CLAUSE = new RegExp(
  String.raw`\b(?:${phrasePattern(C.CUSTOMER_SPEAKER_CLAUSES)}|,\s+an?\s+${NOT_ROLE}[a-z][\p{L}-]*(?:\s+[a-z][\p{L}-]*)?\s+${phrasePattern(C.SPEAKER_PLACE_WORDS)}\b` +
    String.raw`|,\s+${NOT_ROLE}(?![a-z]+ing\b)[a-z][\p{L}-]*(?:\s+(?![a-z]+ing\b)[a-z][\p{L}-]*)?\s+${phrasePattern(C.SPEAKER_AT_SOME_ORGANISATION)}\s+[a-z])`,
  'iu',
);
export const COMPANY_VOICE = cue(C.COMPANY_VOICE_WORDS, 'gi');
export const CUSTOMER_VOICE = cue(C.CUSTOMER_VOICE_WORDS, 'gi');

/** "…sent to the office instead.": a workaround word closing a sentence (or a clause before a semicolon). */
const WORKAROUND_ENDING = `${cue(C.WORKAROUND_ENDINGS, '').source}(?=["”’)]*\\s*(?:[.!?;]|$))`;
/**
 * A pain word is the problem's, unless a relief word stands up to two words
 * before it ("no more guesswork", "without the hassle", "no longer have
 * to"): then the solution is saying the pain is gone.
 */
const NOT_RELIEVED = String.raw`(?<!(?<![\p{L}\p{N}_])${phrasePattern(C.RELIEF_WORDS, { wildcards: true })}\s+(?:[\p{L}\p{N}'’-]+\s+){0,2})`;
const NOT_PROBLEM = `(?!${phrasePattern(C.NOT_PROBLEM_PHRASES, { wildcards: true })}(?![\\p{L}\\p{N}_]))`;
export const PROBLEM_CUE = new RegExp(`${NOT_RELIEVED}${NOT_PROBLEM}(?:${cue(C.PROBLEM_WORDS, '').source}|${WORKAROUND_ENDING})`, 'giu');
/** Solution words as written (lower case), or "with (the) Name"; not a workaround word at a sentence's end, nor inside a phrase that tells the pain ("give up"). */
const NOT_SOLUTION = `(?!${phrasePattern(C.NOT_SOLUTION_PHRASES, { wildcards: true })}(?![\\p{L}\\p{N}_]))`;
export const SOLUTION_CUE = new RegExp(`(?!${WORKAROUND_ENDING})${NOT_SOLUTION}${cue(C.SOLUTION_WORDS, '', { matchCase: true }).source}|${NOT_SOLUTION}${cue(C.RELIEF_SOLUTION_WORDS.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]), '', { matchCase: true }).source}|\\b[Ww]ith (?:the )?[A-Z]\\w+\\b`, 'gu');
/** "available in Plinth 3.6", "ships in `pipekit` 2.7": a lead, up to three words (code too), then a version with a dot (engine/lexicon/cues.ts VERSION_AVAILABILITY_LEADS). */
const VERSION_AVAILABILITY = String.raw`\b(?:${phrasePattern(C.VERSION_AVAILABILITY_LEADS)})\s+(?:[\p{L}@/_.\x60-]+\s+){0,3}v?\d+\.\d+(?:\.\d+)?(?![\d.]*\d)`;
export const GETTING_STARTED_CUE = new RegExp(`${cue(C.GETTING_STARTED_WORDS, 'i').source}|${VERSION_AVAILABILITY}`, 'iu');
export const STRONG_GETTING_STARTED = cue(C.STRONG_GETTING_STARTED_WORDS, 'i');
/** A line of code that installs or starts a tool: "brew install x", "$ npx x init" (engine/lexicon/cues.ts). */
export const INSTALL_COMMAND = new RegExp(`^\\s*(?:\\$\\s+)?${phrasePattern(C.INSTALL_COMMANDS)}(?![\\p{L}\\p{N}_-])`, 'imu');
/** A web address: "at fernhill.example/ledger", "visit nestly.app", "under kranich.example/belegfluss", "https://…". */
const WEB_ADDRESS = String.raw`\bat\s+\S+\.(?:com|org|net|io|dev|co)\b|\b(?:at|to|from|on|under|via|visit)\s+(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?(?=[\s.,;!)]|$)|https?:\/\/`;
export const CALL_TO_ACTION_CUE = new RegExp(`${cue(C.CALL_TO_ACTION_WORDS, '').source}|${WEB_ADDRESS}`, 'iu');
/** A question that asks for the case against or the other roads ("What are the drawbacks?"). */
export const TRADE_OFF_QUESTION = cue(TRADE_OFF_QUESTIONS, 'i');
/** A question that asks for a number (engine/lexicon/questions.ts). */
export const NUMBER_QUESTION = cue(NUMBER_QUESTIONS, 'i');

/** A CHANGELOG entry: "feat(scope): …", "**feat:** …", "CHANGELOG: fix: …", "- feat(x): …" (engine/lexicon/cues.ts). */
export const CHANGELOG_ENTRY = new RegExp(String.raw`^[\W_]{0,4}(?:changelog[\W_]{0,4})?(?:${C.CHANGELOG_ENTRY_TYPES.join('|')})(?:\([^)]*\))?!?[*_]{0,2}:`, 'i');
export const LAUNCH_CUE = new RegExp(`${cue(C.LAUNCH_WORDS, 'i').source}(?!\\s+(?:${C.LAUNCH_PROCESS_NOUNS.join('|')})(?![\\p{L}\\p{N}_]))`, 'iu');
/**
 * A launch word other than "today": "today" alone is as often the time of
 * the problem ("Today, owners type each receipt by hand") as of a launch.
 */
export const launchesBeyondToday = (text: string) => LAUNCH_CUE.test(text.replace(/\btoday\b,?/gi, ''));
/** A sentence that opens inviting the reader ("Tell us what's missing…", "Join the preview…") (engine/lexicon/cues.ts INVITING_VERBS). */
export const INVITING_OPENING = new RegExp(String.raw`(?:^|[.!?:]\s+)[\W_]{0,3}(?:please\s+|so\s+)?${cue(C.INVITING_VERBS, '').source}`, 'iu');
/** A sentence that opens with an invitation to act: "Try it…", "Please visit…", "To start, run…", "To try it, open the app…". */
export const IMPERATIVE_OPENING = new RegExp(
  String.raw`(?:^|[.!?:]\s+)[\W_]{0,3}(?:(?:please\s+|so\s+|to [\p{L} ]{1,30},\s*|then\s+)?${cue(C.CALL_TO_ACTION_VERBS, '').source}|to\s+${cue(C.PURPOSE_VERBS, '').source}[\p{L} ]{0,30},\s*${cue(C.CALL_TO_ACTION_AFTER_PURPOSE, '').source})`,
  'iu',
);
/**
 * A template's instruction opening a block ("Write one sentence which
 * describes…", "This section should contain…", "Describe your plan…"):
 * the words of the placeholder rule's instructions
 * (engine/lexicon/placeholders.ts), read at the block's start. Such a block
 * is no text of the release, and no answer to a question.
 */
export const TEMPLATE_INSTRUCTION_OPENING = new RegExp(
  `^[\\W_]{0,3}(?:(?:${phrasePattern(TEMPLATE_VERBS)})\\b[^.!?]*?\\b${phrasePattern(DOCUMENT_WORDS, { plural: true })}\\b|${phrasePattern(TEMPLATE_SELF)}\\b)`,
  'i',
);
/**
 * The opening of an order to the writer, as a pattern's source: a verb of
 * the template's that speaks to "you" ("Describe your plan…"), any of them
 * after a softening word ("Briefly list…"), a verb a writer's own quote
 * never opens with ("Explain the risks…"), or a set phrase ("Feel free to
 * add…"). Unlike TEMPLATE_INSTRUCTION_OPENING it needs no part of the
 * document named, so it is read only in a block quote nobody is credited
 * with: a customer's quote may open the same way, and callers tell them
 * apart (engine/model/quotes.ts isQuote). The placeholder rule reads it at
 * a block quote's start too, to report the sentence.
 */
export const ADDRESSED_INSTRUCTION_SOURCE =
  `(?:(?:${phrasePattern(INSTRUCTION_ADVERBS)})\\s+)?(?:(?:${phrasePattern(TEMPLATE_VERBS)})\\b[^.!?]*?\\b${phrasePattern(WRITER_WORDS)}\\b` +
  `|(?:${phrasePattern(IMPERATIVE_VERBS)})\\b(?!\\s*(?:of\\b|[:(\\-–—]))` +
  `|${phrasePattern(INSTRUCTION_OPENINGS)}\\b)` +
  `|(?:${phrasePattern(INSTRUCTION_ADVERBS)})\\s+(?:${phrasePattern(TEMPLATE_VERBS)})\\b`;
/** An order to the writer opening a block (a quote may open so too: callers tell them apart). */
export const ADDRESSED_INSTRUCTION_OPENING = new RegExp(`^[\\W_]{0,3}(?:${ADDRESSED_INSTRUCTION_SOURCE})`, 'i');

/** "Allow teams to…", "Make the CLI work…": a proposal's aim in the imperative, at a paragraph's start. */
/** A how-to line over a code block: "To import a resource:", "Pass a policy when…:" (engine/lexicon/cues.ts). */
export const USAGE_OPENING = new RegExp(`^[\\W_]{0,3}${cue(C.USAGE_OPENINGS, '').source}`, 'iu');
export const AIM_OPENING = new RegExp(`^[\\W_]{0,3}${cue(C.AIM_VERBS, '').source}`, 'iu');

/** "However, you can…": a paragraph that opens by turning to the fix. */
export const CONTRAST_TURN = new RegExp(`^[\\W_]{0,3}${cue(C.CONTRAST_TURNS, '').source}`, 'iu');
/** "This RFC proposes…" at the start of a paragraph (markup before it aside). */
export const PROPOSAL_OPENING = new RegExp(`^[\\W_]{0,3}${cue(C.PROPOSAL_OPENINGS, '').source}`, 'iu');
export const NOT_CALL_TO_ACTION = cue(C.NOT_CALL_TO_ACTION_WORDS, 'i');

/** ", but the carers…": where a sentence turns from a concession to the pain (engine/lexicon/cues.ts). */
const CONCESSION = new RegExp(`[,;]\\s+${cue(C.CONCESSION_TURNS, '').source}[\\s,]`, 'iu');

/**
 * Solution words in a paragraph, leaving out those a sentence concedes
 * before turning to the pain ("Agencies offer cover, but…": "offer" is not
 * the product's).
 */
export function solutionWords(text: string): number {
  return sentencesOfText(text).reduce((n, t) => {
    const m = CONCESSION.exec(t);
    return n + countMatches(m ? t.slice(m.index) : t, SOLUTION_CUE);
  }, 0);
}
const sentencesOfText = (t: string): string[] => t.split(/(?<=[.!?])\s+(?=\S)/);

export function countMatches(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  const g = re.global ? re : new RegExp(re.source, re.flags + 'g');
  while (g.exec(text)) n++;
  return n;
}

/** "### README", "README: prevent creation of roles", "Working Backwards - README" (engine/lexicon/cues.ts). */
export const DOCUMENTATION_HEADING = new RegExp(String.raw`^[\W_]{0,3}(?:working backwards\s*[-–—:]\s*)?(?:${C.DOCUMENTATION_HEADINGS.map((h) => h.replace(/\./g, '\\.')).join('|')})(?![\p{L}\p{N}])`, 'iu');

/** "## Working Backwards" alone: a heading that wraps the release's artefacts without naming one (engine/lexicon/cues.ts). */
export const RELEASE_WRAPPER_HEADING = new RegExp(String.raw`^[\W_]{0,3}(?:${phrasePattern(C.RELEASE_WRAPPER_TITLES)})[\W_]*$`, 'iu');
export const ANNOUNCEMENT_SECTION_HEADING = new RegExp(String.raw`^[\W_]{0,3}(?:\d+[.)]?\s+)?(?:${phrasePattern(C.ANNOUNCEMENT_SECTION_TITLES)})[\W_]*$`, 'iu');
