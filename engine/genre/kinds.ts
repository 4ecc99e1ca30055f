/**
 * What tells a reader which kind of Working Backwards document a file is:
 * the names people give the files, the titles that name the document, the
 * sentences a press release opens with and the words of a narrative's
 * title. engine/model/kind.ts reads these tables; adding a name, a title or
 * an opening is one entry here (and a must-recognise and a must-stay-quiet
 * case in test/unit/kind.test.ts).
 *
 * Everything is a literal phrase, compared without case; nothing here is a
 * regular expression.
 */
import type { DocKind } from '../model/types.js';

/**
 * File names used in the wild, without the extension. Case is ignored, and
 * the words may be joined by `-`, `_`, a space or nothing: "press release"
 * is press-release.md, PRESS_RELEASE.md, PressRelease.md and
 * pressrelease.md. `either`: the name says "a Working Backwards document"
 * without saying which kind, so the content decides (a PR/FAQ when it
 * cannot). A name only suggests the kind: when the document shows none of
 * that kind's structure, the review says so (rule unrecognized-structure)
 * instead of reporting every part missing.
 */
export const KIND_FILE_NAMES: Record<DocKind | 'either', readonly string[]> = {
  prfaq: ['pr faq', 'press release'],
  // A two-pager is the genre's short narrative: a decision memo in the same prose form.
  narrative: ['six pager', '6 pager', 'two pager', '2 pager', 'narrative'],
  either: ['working backwards'],
};

/**
 * `idea.prfaq.md`, `memo.narrative.md`: the team's own naming convention.
 * Chosen on purpose, so it is as sure as front matter and the document is
 * reviewed as that kind whatever it holds.
 */
export const KIND_SUFFIXES: Record<DocKind, readonly string[]> = {
  prfaq: ['prfaq'],
  narrative: ['narrative'],
};

/** Extensions a Markdown document is saved with. */
export const MARKDOWN_EXTENSIONS: readonly string[] = ['md', 'markdown'];

/**
 * Titles that name the whole document (or its press release) as a PR/FAQ:
 * "# PRFAQ: Ledger", "## Press Release", "# Ledger PR / FAQ", "Part 1 —
 * Press Release", "The Workshop — PRFAQ (working name)", "**PRESS
 * RELEASE**" on a line of its own. Compared after `/`, `-`, `_`, `&` and
 * `+` are read as spaces, so "pr faq" is also PR/FAQ, PR-FAQ and PR & FAQ.
 * A title counts when it is a whole piece of the heading (pieces are cut at
 * `:`, `—`, `–`, `|`, brackets and a spaced hyphen) or ends its first piece
 * ("Ledger PR/FAQ"). It does not count at the start of a longer name: "PR/FAQ
 * Studio" is a product, and its README no PR/FAQ.
 */
export const PRFAQ_TITLES: readonly string[] = [
  'prfaq', 'pr faq', 'press release', 'working backwards', 'press release draft', 'prfaq draft', 'pr faq draft',
  'prfaq document', 'pr faq document',
];

/**
 * The question a PR/FAQ's FAQ opens with, in the template writers copy:
 * "What are we launching today?". A heading or a bold line asking it marks
 * the document a PR/FAQ, whatever its FAQ is called ("## Frequently Asked
 * Questions" names no kind). Matched after the question's numbering and
 * "Q:" are stripped, "?" optional.
 */
export const LAUNCH_QUESTIONS: readonly string[] = [
  'what are we launching', 'what are we launching today', 'what is launching today', 'what are we announcing',
  'what are we announcing today', 'what are we releasing', 'what are we releasing today', 'what did we launch',
];

/** Titles that name the document a narrative: "# Six-pager: van stocking", "## Narrative". */
export const NARRATIVE_TITLES: readonly string[] = ['narrative', 'six pager', '6 pager', 'two pager', '2 pager', 'six page narrative', '6 page narrative', 'six page memo'];

/**
 * A line that on its own marks a press release, wherever it stands in the
 * first blocks. Nothing but a press release carries it.
 */
export const RELEASE_LINES: readonly string[] = ['for immediate release'];

/**
 * How press releases open, in the first sentence of one of the first
 * paragraphs (or the headline): `opens` starts the sentence (or, with
 * `anywhere`, stands in it), then one of `then` follows within `within`
 * words. With an FAQ in the document, one such opening makes it a PR/FAQ:
 * a README rarely opens this way *and* has an FAQ.
 */
export interface ReleaseOpening {
  opens: readonly string[];
  then?: readonly string[];
  within?: number;
  anywhere?: boolean;
}

const LAUNCH_VERBS = [
  'release', 'releases', 'releasing', 'released', 'launch', 'launches', 'launching', 'launched', 'announce', 'announces',
  'announcing', 'announced', 'introduce', 'introduces', 'introducing', 'introduced', 'unveil', 'unveils', 'unveiled',
  'unveiling', 'ship', 'ships', 'shipping', 'shipped', 'open', 'opens', 'opened', 'is available', 'are available',
  'is now available', 'are now available', 'becomes available', 'debuts',
  // Internal launches: a platform team "turned on" or "rolled out" a service for the teams it serves.
  'turned on', 'turns on', 'switched on', 'rolled out', 'rolls out', 'is rolling out', 'went live', 'goes live',
];

const GLAD = ['proud', 'excited', 'happy', 'thrilled', 'pleased', 'delighted'];
const TO_SHARE = ['announce', 'introduce', 'release', 'launch', 'unveil', 'share'];

export const RELEASE_OPENINGS: readonly ReleaseOpening[] = [
  // "Today we're releasing…", "Today, Fernhill launched…", "Today Ledger is available…"
  { opens: ['today'], then: LAUNCH_VERBS, within: 6 },
  // "Fernhill today announced…"
  { opens: ['today'], then: LAUNCH_VERBS, within: 1, anywhere: true },
  // "We're proud to announce…", "We are excited to introduce…"
  { opens: ['we are', 'we’re', "we're", 'we’re very', "we're very", 'we are very'], then: GLAD.flatMap((g) => TO_SHARE.map((s) => `${g} to ${s}`)), within: 0 },
  // "Now shop owners can…", "Now every nurse on the ward can…"
  { opens: ['now'], then: ['can', 'no longer have to', 'no longer need to', 'never have to'], within: 8 },
  // "Announcing Ledger", "Introducing…"
  { opens: ['announcing', 'introducing'] },
];

/**
 * What a file named for a kind must show to be reviewed as one, in the
 * words of the unrecognized-structure finding ("Looked for …").
 */
export const LOOKED_FOR: Record<DocKind, string> = {
  prfaq: 'a "Press Release" or "PR/FAQ" title, a dateline, an opening such as "Today we are releasing…" or "Now … can", a quote, or an FAQ section',
  narrative: 'narrative sections (Introduction, Tenets, Current state, Lessons learned, Proposal, Goals, FAQ, Appendix), a "Narrative" or "Six-pager" title, or paragraphs of prose',
};
