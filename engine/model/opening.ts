/**
 * The opening of a press release: where the release itself starts (past a
 * title that names the document and a heading that wraps the release) and
 * which block under the headline is the subheading.
 */
import { partForHeading } from '../genre/headings.js';
import { ANNOUNCEMENT_SECTION_HEADING, CONTAINER_HEADING, LAUNCH_CUE, PROBLEM_CUE, RELEASE_WRAPPER_HEADING, countMatches, solutionWords } from './cues.js';
import { RELEASE_ADDING_VERBS } from '../lexicon/cues.js';
import { datelineOf, isReleaseLineAlone } from './dateline.js';
import { isChangelogEntry } from './documentation.js';
import { isLabelLine, partLabel } from './partLabels.js';
import { isQuote } from './quotes.js';
import { firstSentence, isEmphasisOnly, isFiller, range, sentencesOf, wordCount } from './releaseBlocks.js';
import type { Block } from './types.js';

/**
 * Where the release itself starts: after the last heading that names the
 * document or wraps the release ("# PRFAQ — Ledger", "## Press Release"),
 * when such headings stand before any prose (a preface in a blockquote may
 * sit between them). A title with a pitch under it and no such heading
 * starts the release itself.
 */
export function releaseStart(blocks: Block[], from: number, to: number): number {
  let start = from;
  for (let i = from; i < to; i++) {
    const b = blocks[i];
    if (b.type === 'heading' || isContainerLine(b)) {
      if (CONTAINER_HEADING.test(b.plain.trim())) start = i + 1;
      continue;
    }
    if (b.type === 'html' || b.type === 'thematicBreak' || b.type === 'blockquote' || b.type === 'definition' || b.type === 'yaml' || isReleaseLineAlone(b) || isBracketedNote(b)) continue;
    break;
  }
  while (start < to && isBracketedNote(blocks[start])) start++;
  const named = namedReleaseStart(blocks, start, to);
  if (named !== null) return named;
  return changelogOverHeadline(blocks, start, to) ? start + 1 : start;
}

/**
 * "(written by Tomasz, Saturday team. Please comment in the doc!)" under the title: a note about the
 * document in round brackets, a preface as a block quote is, before the release's headline.
 */
const isBracketedNote = (b: Block) => b.type === 'paragraph' && /^\([^()]*(?:\([^()]*\)[^()]*)*\)[.!]?$/.test(b.plain.trim()) && wordCount(b.plain) >= 4;

/** "CHANGELOG: `feat(edge): …`" over the release's own bold headline and its dateline: the entry is an artefact, the headline follows it. */
function changelogOverHeadline(blocks: Block[], j: number, to: number): boolean {
  return j + 1 < to && isChangelogEntry(blocks[j]) && isEmphasisOnly(blocks[j + 1]) && standsAsHeadline(blocks[j + 1]) && datelineWithin(blocks, j + 2, to, 2);
}

/**
 * An RFC or a design doc that holds its press release under a heading
 * naming it ("## Summary" … "## Working Backwards" / "### Press release" /
 * "**Oven timers warn bakers**"): the release starts under that heading,
 * and the document's own title and summary above it are the document's.
 * Only when the document has sections of its own before it ("## Summary")
 * or the release's headline stands right under the heading (a heading
 * naming no part, or a short line that is no sentence and no dateline):
 * "# Title" / "*subheading*" / "## Press release" over a dateline leaves
 * the headline to the title above, with its subheading between them. A
 * heading that only wraps the artefacts ("## Working Backwards" over a
 * CHANGELOG and a README) moves nothing: the pitch above it is the
 * release's (./documentation.ts). Not past a dateline either: the release
 * has begun by then.
 */
function namedReleaseStart(blocks: Block[], from: number, to: number): number | null {
  const wraps = (b: Block) => (b.type === 'heading' || isContainerLine(b)) && CONTAINER_HEADING.test(b.plain.trim());
  for (let i = from; i < to; i++) {
    const b = blocks[i];
    if (b.type === 'paragraph' && datelineOf(b) === 'sure') return null;
    // "# shardwalk" / a note about the draft / "**shardwalk: see every index…**" /
    // "> For on-call engineers…" / "**Berlin, 12 May 2026** – …": past a note
    // under the document's title (a paragraph no subheading is: two sentences
    // or more, or long), the bold line over the dateline is the headline.
    if (i > from + 1 && isEmphasisOnly(b) && standsAsHeadline(b) && datelineWithin(blocks, i + 1, to, 2) && range(from + 1, i).some((k) => isNote(blocks[k]))) return i;
    if (b.type === 'heading' && ANNOUNCEMENT_SECTION_HEADING.test(b.plain.trim())) {
      const at = announcedHeadline(blocks, i + 1, to);
      if (at !== null) return at;
      continue;
    }
    if (!wraps(b)) continue;
    const t = b.plain.trim();
    let j = i + 1;
    while (j < to && (isFiller(blocks[j]) || wraps(blocks[j]))) j++;
    if (RELEASE_WRAPPER_HEADING.test(t) && changelogOverHeadline(blocks, j, to)) return j + 1;
    // "## Working Backwards" over a headline with its dateline or its launch
    // sentence under it (a subheading between them, at most: "### feat(synth):
    // …" / "> …" / "Today, Plinth 3.1 adds…") wraps a press release, not only
    // the artefacts: the release starts at that headline. Before a launch
    // sentence, a heading of a few words ("### Announcing TVPF") titles the
    // section; the document's title above stays the headline.
    const wrapsArtefacts = RELEASE_WRAPPER_HEADING.test(t);
    const headlineOver = (p: Block) => datelineOf(p) === 'sure' || (opensWithLaunch(p.plain) && wordCount(blocks[j].plain) > 4);
    if (wrapsArtefacts && j < to && standsAsHeadline(blocks[j]) && paragraphWithin(blocks, j + 1, to, 2, headlineOver)) return j;
    if (wrapsArtefacts || wordCount(t) > 5) continue;
    // The document's own sections before it ("## Summary"), past its title: what is above is the document's.
    const ownSections = range(from + 1, i).some((k) => blocks[k].type === 'heading' && !wraps(blocks[k]));
    // "### Announcement (working backwards)" / "_@ana: my first try, tear it apart_" / "**Cairn 0.9: …**":
    // a note to the reviewers between the heading and the headline is theirs, not the release's.
    const past = j < to && !standsAsHeadline(blocks[j]) ? announcedHeadline(blocks, j, to) : null;
    if (past !== null) return past;
    if (j < to && (ownSections || standsAsHeadline(blocks[j]))) return j;
    // "# Claims Operations : SnapClaim PR-FAQ" over a page's facts and a
    // template's note, then "## Press Release": a title that names the
    // document starts no release; a heading further on may.
  }
  return null;
}

/**
 * Under a section that holds an announcement ("## Customer experience"):
 * the headline, past filler and at most one paragraph that introduces it
 * ("We wrote this as the post for launch day."), when a dateline or a
 * launch sentence follows it within two blocks (a subheading between).
 */
function announcedHeadline(blocks: Block[], at: number, to: number): number | null {
  let j = at;
  for (let intro = 0; j < to; j++) {
    if (isFiller(blocks[j])) continue;
    if (standsAsHeadline(blocks[j])) break;
    if (blocks[j].type !== 'paragraph' || intro++ > 0) return null;
  }
  return j < to && paragraphWithin(blocks, j + 1, to, 2, (p) => datelineOf(p) === 'sure' || opensWithLaunch(p.plain)) ? j : null;
}

/** A sure dateline among the next `n` blocks that are not filler, from `at`. */
const datelineWithin = (blocks: Block[], at: number, to: number, n: number) => paragraphWithin(blocks, at, to, n, (p) => datelineOf(p) === 'sure');
/** A paragraph about the document, not of the release: more than a subheading holds (two sentences or more, or over 30 words), with no dateline. */
const isNote = (b: Block) => b.type === 'paragraph' && !isEmphasisOnly(b) && !datelineOf(b) && (sentencesOf(b.plain.trim()).length >= 2 || wordCount(b.plain) > 30);

/** A paragraph that passes `test` among the next `n` blocks that are not filler, from `at`. */
function paragraphWithin(blocks: Block[], at: number, to: number, n: number, test: (p: Block) => boolean): boolean {
  for (let k = at, seen = 0; k < to && seen < n; k++) {
    if (isFiller(blocks[k])) continue;
    if (blocks[k].type === 'paragraph' && test(blocks[k])) return true;
    seen++;
  }
  return false;
}

/** A headline's forms at the release's start: a heading naming no part, or a short line that is no sentence and no dateline. */
function standsAsHeadline(b: Block): boolean {
  if (b.type === 'heading') return !partForHeading(b.plain) && !CONTAINER_HEADING.test(b.plain.trim());
  // Set in bold, a headline may run long ("**Hopp riders who use wheelchairs can now book…**"), as the headline step allows.
  return b.type === 'paragraph' && wordCount(b.plain) <= (isEmphasisOnly(b) ? 30 : 20) && !/[.!?]["”)]*$/.test(b.plain.trim()) && !datelineOf(b) && !partLabel(b);
}

/** "**PRESS RELEASE**" or "PR/FAQ" alone on a short line: a heading that wraps the release, written without "#". */
export function isContainerLine(b: Block): boolean {
  if (b.type !== 'paragraph' || !CONTAINER_HEADING.test(b.plain.trim())) return false;
  return isLabelLine(b) || b.plain.trim().split(/\s+/).length <= 4;
}

/** "Note:", "Status: draft", "**Note** —", "DRAFT v0.3 —": a block that opens with a label is a note about the document, not its subheading or summary. */
export const NOTE_OPENING = /^\W{0,3}(?:[\p{L} ]{1,20}|(?:draft|wip|version)\s*v?\d+(?:\.\d+)*)\W{0,3}\s*(?::|\s[—–-]\s)/iu;

/**
 * "**Cairn Testing: infrastructure tests that fail when…**": a name before
 * the colon, not a note's label ("Status:", "Note:"), opens a headline.
 */
const NOTE_LABELS = /^(?:note|notes|status|draft|update|updated|warning|caution|author|authors|owner|owners|date|context|summary|tl;?dr|background|disclaimer|fyi|todo|edit|comment|comments|version|reviewers?|editors?)$/i;
export function namedBeforeColon(text: string): boolean {
  const m = /^\W{0,3}([\p{L}\p{N} .'’&-]{1,40}?)\W{0,3}:\s+\S/u.exec(text.trim());
  if (!m || NOTE_LABELS.test(m[1].trim())) return false;
  return m[1].trim().split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/**
 * Does this paragraph open by announcing the launch? A launch word in its
 * first sentence ("Fernhill today launched…", "Today we're releasing…"),
 * or "Now <customers> can…". "Today" alone is no launch: "Today, owners
 * spend an hour…" describes the problem.
 */
export function opensWithLaunch(t: string): boolean {
  return announcesLaunch(t) || NOW_CAN.test(t.trim());
}

/** "Supper is a dinner planner…", "The Ferry Times widget is a…": a paragraph that opens by saying what the product is, as a summary does. */
const DEFINES_PRODUCT = /^\W*(?:the\s+)?(?:\p{Lu}[\p{L}\d-]*\s+){1,4}(?:is|are)\s+(?:a|an|the)\s/u;

/** "Now riders can…": the benefit told as news, which may open the release or sit over it as its subheading. */
const NOW_CAN = /^\W*now\b[^.!?]{0,60}?\bcan\b/i;

/** "Today, Plinth 3.1 adds…": a product by name (and a version) and a verb that tells what the release brings (engine/lexicon/cues.ts). */
const TODAY_PRODUCT_ADDS = new RegExp(String.raw`^\W*[Tt]oday,?\s+(?:\p{Lu}[\p{L}\p{N}.-]*\s+){1,3}(?:v?\d+(?:\.\d+)*\s+)?(?:${RELEASE_ADDING_VERBS.join('|')})\b`, 'u');

/** A launch word in the first sentence ("Fernhill today launched…", "Today we're releasing…", "Today, Plinth 3.1 adds…"). */
function announcesLaunch(t: string): boolean {
  return LAUNCH_CUE.test(firstSentence(t.trim()).replace(/^\W*(?:today|now)\b,?/i, '')) || TODAY_PRODUCT_ADDS.test(t.trim());
}

/**
 * The subheading starting at block `j`: a heading, or a line in bold or
 * italics (and a second one right under it), a short blockquote, or a short
 * plain paragraph of one or two sentences — never a dateline, a quote or
 * the launch itself. `emphasisedOnly` asks for the forms a reader cannot
 * take for body text (a heading, emphasis, a blockquote).
 */
export function subheadingAt(blocks: Block[], j: number, to: number, emphasisedOnly = false): number[] {
  const b = blocks[j];
  if (b.type === 'heading') return partForHeading(b.plain) || CONTAINER_HEADING.test(b.plain.trim()) ? [] : [j];
  if (b.type === 'blockquote') {
    // "> Owners match a day of sales in ten minutes.": a subheading set off as a blockquote.
    const t = b.plain.trim();
    const sentences = sentencesOf(t).length;
    return !isQuote(b) && !NOTE_OPENING.test(t) && wordCount(t) <= 45 && sentences <= 2 && !opensWithLaunch(t) ? [j] : [];
  }
  // "**Working Backwards**", "**Press Release**": a bold line that wraps the release is its heading, not its subheading.
  if (b.type !== 'paragraph' || datelineOf(b) || isQuote(b) || partLabel(b) || isContainerLine(b)) return [];
  const t = b.plain.trim();
  const words = wordCount(t);
  if (isEmphasisOnly(b)) {
    if (words > 60) return [];
    let k = j + 1;
    while (k < to && isFiller(blocks[k])) k++;
    return k < to && isEmphasisOnly(blocks[k]) && wordCount(blocks[k].plain) <= 60 && !datelineOf(blocks[k]) ? [j, k] : [j];
  }
  if (emphasisedOnly) return [];
  if (LAUNCH_CUE.test(firstSentence(t)) && /\b(?:today|now)\b/i.test(t)) return [];
  let k = j + 1;
  while (k < to && isFiller(blocks[k])) k++;
  // "Now riders can…" over a paragraph that announces the launch (a dateline,
  // or a launch word: "Today we're releasing…") is the subheading, not the launch.
  const launchNext = k < to && blocks[k].type === 'paragraph' && (datelineOf(blocks[k]) === 'sure' || announcesLaunch(blocks[k].plain));
  // Over "Supper is a dinner planner for…" (the summary by its form, with no
  // launch word), "Now home cooks can…" is the subheading too.
  const definesNext = k < to && blocks[k].type === 'paragraph' && DEFINES_PRODUCT.test(blocks[k].plain);
  if (announcesLaunch(t) || (NOW_CAN.test(t) && !launchNext && !definesNext)) return [];
  const sentences = sentencesOf(t).length;
  // "Islanders now see the next sailing on their lock screen." over the
  // problem, with no dateline or launch after it: a release with no
  // subheading that opens with its benefit as news. That line is the
  // summary; the problem follows it.
  // So is a line that defines the product ("Supper is a dinner planner…"),
  // or one longer than a subheading is (over 30 words), over the problem.
  if ((/\bnow\b/.test(t) || DEFINES_PRODUCT.test(t) || words > 30) && problemFollows(blocks, k, to)) return [];
  // A short paragraph between the headline and the summary (a dateline, or
  // an opening that announces the launch) can only be the subheading, even
  // when the writer used two or three sentences.
  const summaryFollows = [k, k + 1].some((x) => x < to && blocks[x].type === 'paragraph' && (datelineOf(blocks[x]) === 'sure' || (x === k && opensWithLaunch(blocks[x].plain))));
  if ((sentences === 1 && words <= 45) || (sentences === 2 && words <= 35) || (summaryFollows && sentences <= 3 && words <= 60)) return [j];
  return [];
}


/**
 * The paragraph at `k` reads as the problem (more problem words than
 * solution words), and none of the next few paragraphs is a summary by its
 * form (a dateline, a launch).
 */
function problemFollows(blocks: Block[], k: number, to: number): boolean {
  if (k >= to || blocks[k].type !== 'paragraph' || datelineOf(blocks[k])) return false;
  const t = blocks[k].plain;
  const p = countMatches(t, PROBLEM_CUE);
  if (p === 0 || p <= solutionWords(t)) return false;
  return !range(k, Math.min(to, k + 4)).some((x) => blocks[x].type === 'paragraph' && (datelineOf(blocks[x]) === 'sure' || opensWithLaunch(blocks[x].plain)));
}
