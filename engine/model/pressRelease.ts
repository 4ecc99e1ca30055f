/**
 * Finds the parts of a press release, wherever writers put them. Two forms
 * are normal: parts named by headings (Markdown ones, a bold line standing
 * alone, or a bold label opening the paragraph: ./partLabels.ts), and the
 * classic form of plain paragraphs in a fixed order — dateline summary,
 * problem, solution, quotes with attribution, getting started, call to
 * action — recognised by what each paragraph says (./cues.ts). Named parts
 * win; a quote, getting started or a call to action found inside a section
 * named for another part is present too, and is carved out of it.
 *
 * A release written inside a fenced code block (an RFC that pastes its
 * README or press release as ```` ``` ```` text) is not read as the release:
 * the block is verbatim text, not Markdown the writer formatted. Such RFCs
 * answer "What are we launching today?" in their FAQ; that answer is the
 * summary, and missing-section then asks nothing of the release (see
 * engine/rules/missing-section.ts).
 */
import { PRESS_RELEASE_TITLE_WORDS } from '../genre/catalogue.js';
import { DOCUMENT_NOTE_WORDS, MARKET_SIZE_WORDS, NOT_SITUATION_OPENINGS, TRIAL_WORDS } from '../lexicon/cues.js';
import { partForHeading } from '../genre/headings.js';
import { phrasePattern } from '../text/phrases.js';
import { AIM_OPENING, CALL_TO_ACTION_CUE, CHANGELOG_ENTRY, CONTAINER_HEADING, CONTRAST_TURN, IMPERATIVE_OPENING, INVITING_OPENING, GETTING_STARTED_CUE, INSTALL_COMMAND, LAUNCH_CUE, NOT_CALL_TO_ACTION, launchesBeyondToday, PROBLEM_CUE, PROPOSAL_OPENING, SOLUTION_CUE, STRONG_GETTING_STARTED, USAGE_OPENING, countMatches, solutionWords } from './cues.js';
import { datelineOf, isDateLineAlone } from './dateline.js';
import { isChangelogEntry, isDocumentationHeading, namesOnlyArtefact, wrapsArtefacts } from './documentation.js';
import { NOTE_OPENING, isContainerLine, namedBeforeColon, opensWithLaunch, releaseStart, subheadingAt } from './opening.js';
import { isLabelLine, partLabel, type LabelForm } from './partLabels.js';
import { isPlaceholderAnswer } from './answers.js';
import { launchOf, productWords, wordsOfLaunch } from './organisations.js';
import { assignQuotes, isAttributionLine, isQuote, quoteRole, titledWithoutOrganisation } from './quotes.js';
import { firstSentence, hasCode, hasLink, isBracketPrompt, isEmphasisOnly, isFiller, isProseBlock, lineSectionEnd, partOf, range, sectionEnd, sentencesOf, wordCount } from './releaseBlocks.js';
import { summaryTellsProblem } from './summaryProblem.js';
import { htmlTitle, isTitleLine } from './titleLine.js';
import type { Block, Part, PartId } from './types.js';

/** A paragraph that opens as a vision, the company's story, a pilot's results, a goal or a price, or sizes a market (engine/lexicon/cues.ts). */
const NOT_SITUATION = new RegExp(`^\\W{0,3}(?:${phrasePattern(NOT_SITUATION_OPENINGS)})(?![\\p{L}])|^\\W{0,3}(?:in|during)\\s+(?:a|an|the|our)\\s+(?:[\\p{L}\\d-]+\\s+){0,2}(?:${phrasePattern(TRIAL_WORDS)})\\b|\\b(?:market|industry)\\b[^.]{0,60}?\\b(?:${phrasePattern(MARKET_SIZE_WORDS)})\\b|^\\S+(?:\\s+\\S+){0,3}\\s+(?:started|was founded)\\s+in\\s+\\d{4}|^\\W{0,3}about\\s+\\p{Lu}[^:.\\d]{0,40}:`, 'iu');
const tellsSomethingElse = (text: string) => NOT_SITUATION.test(text);

export { isQuote };
export { gettingStartedFromFaq, problemFromFaq, problemFromSection, quoteSectionsAfter, summaryFromFaq } from './partsElsewhere.js';

type Parts = Partial<Record<PartId, Part>>;

/**
 * Prose words from the start of the release after which paragraphs are no
 * longer read for their cues (named parts still count). Releases run to
 * about 800 words; past that, a README or a design fills the space before
 * the FAQ, and its links and instructions are not the release's close.
 */
export const RELEASE_WINDOW = 1000;

/** The part a heading names, from the parts catalogue's heading titles. */
export const namedPart = (title: string): PartId | null => partForHeading(title);

/**
 * A licence, a copyright or a press contact closes a release without
 * calling anyone to act. A paragraph that says one is no call to action,
 * unless another of its sentences invites all the same ("Tessera is
 * MIT-licensed. Get it at tessera.dev."): by the call-to-action words, or
 * a verb asking the reader to act with a link or a command.
 */
function callsNoOne(b: Block): boolean {
  const t = b.plain.trim();
  if (!NOT_CALL_TO_ACTION.test(t)) return false;
  const rest = sentencesOf(t).filter((x) => !NOT_CALL_TO_ACTION.test(x)).join(' ');
  return !rest || !(CALL_TO_ACTION_CUE.test(rest) || (IMPERATIVE_OPENING.test(rest) && (hasLink(b) || hasCode(b))));
}

/**
 * A sentence of the paragraph invites: call-to-action words or an address,
 * or a verb asking to act with a link; a licence sentence never. (The last
 * paragraph of a release may close on its price after the invitation: "…or
 * call any clinic. Uninsured patients pay from $15.")
 */
function invites(b: Block): boolean {
  return sentencesOf(b.plain.trim()).some((t) => !NOT_CALL_TO_ACTION.test(t) && (CALL_TO_ACTION_CUE.test(t) || (IMPERATIVE_OPENING.test(t) && hasLink(b))));
}

const callsToAction = (b: Block) => isProseBlock(b) && (CALL_TO_ACTION_CUE.test(b.plain) || hasLink(b)) && !callsNoOne(b);

/**
 * The names the release is about: capitalised words the headline and the
 * summary share, where the summary does not capitalise them for opening a
 * sentence ("Fernhill today launched Ledger" under "Ledger Closes the Books").
 */
function productNames(blocks: Block[], parts: Parts): string[] {
  if (!parts.headline || !parts.summary) return [];
  const words = (idx: number[]) => idx.map((i) => blocks[i].plain).join(' ');
  const headline = new Set(words(parts.headline.heading !== undefined ? [parts.headline.heading] : parts.headline.blocks).match(/\b[A-Z][\p{L}\d-]+/gu) ?? []);
  const summary = words(parts.summary.blocks).match(/(?<![.!?:]\s+|^)\b[A-Z][\p{L}\d-]+/gu) ?? [];
  return [...new Set(summary.filter((w) => headline.has(w) && w.length > 2 && w !== w.toUpperCase()))].map((w) => w.replace(/[-]/g, '\\-'));
}

/** The words under a part's label, or after it on its line, are only a placeholder or a promise of one. */
function unfilledSlot(blocks: Block[], at: number, form: LabelForm, body: number[]): boolean {
  let text: string;
  if (form === 'run-in') {
    const m = /^[^:.]{1,60}[:.]\s*/.exec(blocks[at].plain.trim());
    text = m ? blocks[at].plain.trim().slice(m[0].length) : '';
  } else text = body.filter((j) => isProseBlock(blocks[j])).map((j) => blocks[j].plain).join('\n');
  // A note to self in brackets stands in the slot too, however long: "[Customer quote — need someone from the pilot]".
  return text.trim() !== '' && (isPlaceholderAnswer(text) || /^\s*\[[^\]]{1,300}\]\s*\.?\s*$/.test(text));
}

/** Words of a note about the document itself, set off where a subheading could stand ("_Draft blog post for the 3.0 release._") (engine/lexicon/cues.ts). */
const DOCUMENT_NOTE = new RegExp(`(?<![\\p{L}])${phrasePattern(DOCUMENT_NOTE_WORDS)}(?![\\p{L}])`, 'iu');

/** The most words of an RFC's summing-up paragraph above its release, read as the subheading. */
const SUMMED_UP_WORDS = 75;

/** Sentences that tell a pain (more problem words than solution words), then "This RFC proposes…". */
function painThenProposal(text: string): boolean {
  const sentences = sentencesOf(text.trim());
  const proposal = sentences.findIndex((x) => PROPOSAL_OPENING.test(x));
  if (proposal <= 0) return false;
  const before = sentences.slice(0, proposal).join(' ');
  const pain = countMatches(before, PROBLEM_CUE);
  return pain >= 1 && pain > countMatches(before, SOLUTION_CUE);
}

/** A line of three words or more written in capitals, as some writers set a headline. */
const inCapitals = (t: string) => wordCount(t) >= 3 && /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);

/**
 * What a title says after naming the document: "Press Release: Supper
 * Plans Tonight" → "Supper Plans Tonight", "Working Backwards: `shoal
 * check` tells you…" → the rest ("" when nothing follows a label). The
 * names are the catalogue's (PRESS_RELEASE_TITLE_WORDS).
 */
const LABELLED_TITLE = new RegExp(`^[^:—–]*?(?<![\\p{L}\\p{N}])(${phrasePattern(PRESS_RELEASE_TITLE_WORDS)})(?![\\p{L}\\p{N}])\\s*(?::|\\s[—–-])\\s*(.+)$`, 'iu');
function headlineAfterLabel(t: string): string {
  const m = LABELLED_TITLE.exec(t.trim());
  if (!m) return '';
  // "Working Backwards" names a method, not a release: what follows is the
  // headline only when it tells news at a headline's length ("Working
  // Backwards: `shoal check` tells you which migration will lock a busy
  // table"), not when it names the document ("…: The Single Server User
  // Experience").
  if (/^working\s+backwards$/i.test(m[1]) && wordCount(m[2]) < 6) return '';
  return m[2];
}

/** The words a bracketed prompt opens with, up to a dash, colon, comma or bracket: "[Customer quote — ask Ana]" → "Customer quote". */
const bracketHead = (plain: string) => plain.trim().replace(/^\[/, '').split(/\s+[—–-]\s+|[:,(\]]/)[0].trim();

export interface ClassifyOptions {
  /**
   * The FAQ answers "What are we launching today?" (an RFC's public FAQ):
   * that answer is the summary when the release has none of its own, so
   * the release's first paragraph is not taken for it by position alone.
   */
  summaryElsewhere?: boolean;
}

export function classifyParts(blocks: Block[], from: number, to: number, options: ClassifyOptions = {}): Parts {
  const parts: Parts = {};
  /** Blocks that hold a part of their own (or are the heading of one). */
  const taken = new Set<number>();
  /** Blocks inside a section named for a part: a quote or a close inside it is still found. */
  const named = new Set<number>();
  const start = releaseStart(blocks, from, to);
  /** The heading that says the release is written as a README or a CHANGELOG ("### README"), if any. */
  const readmeAt = range(start, to).find((i) => isDocumentationHeading(blocks[i]));

  // 1. Parts the writer named: a heading, a bold line, a bold opening label.
  /** Second parts a shared title's section plays (an "Availability" section that is getting started too). */
  const alsoNamed: Part[] = [];
  // "Subtitle: …" under the document's title, above "## Summary" where the
  // release starts: a headline or subheading the writer named is the
  // release's, wherever it stands.
  for (let i = from; i < to; i++) {
    const label = partLabel(blocks[i]);
    if (!label || (i < start && label.part !== 'headline' && label.part !== 'subheading')) continue;
    const end = label.form === 'heading' ? sectionEnd(blocks, i, to) : label.form === 'line' ? lineSectionEnd(blocks, i, to) : i + 1;
    const body = label.form === 'run-in' ? [i] : range(i + 1, end);
    const invites = body.some((j) => callsToAction(blocks[j]));
    const id = label.part ?? (invites ? label.shared![0] : label.shared![1]);
    // "## Availability" that invites and also says how to begin ("turn it on in
    // Settings, then book at …"): both parts, unless a section names the other.
    if (!label.part && invites && label.form !== 'run-in' && body.some((j) => isProseBlock(blocks[j]) && GETTING_STARTED_CUE.test(blocks[j].plain))) {
      const other = label.shared![1];
      alsoNamed.push(label.form === 'heading' ? partOf(other, blocks, body, i) : partOf(other, blocks, [i, ...body]));
    }
    const existing = parts[id];
    if (existing) {
      // "**How it works, plainly.**" after "**The solution.**": the same part goes on.
      if (label.form === 'run-in' && existing.heading === undefined && existing.blocks[existing.blocks.length - 1] < i) {
        existing.blocks.push(i);
        existing.end = blocks[i].end;
        taken.add(i);
      }
      continue;
    }
    if ((id === 'headline' || id === 'subheading') && body.length === 0) continue;
    // "Quote from leader: TBD — ask Priya", "Customer quote: [need someone from the pilot]": a slot
    // labelled in the text that the writer has not filled holds no part (placeholder reports what is
    // left in it). Under a heading ("## Subheadline" over "[The one benefit]") the part stays: an
    // unfilled template is reported once, as a template (missing-section).
    if (label.form !== 'heading' && unfilledSlot(blocks, i, label.form, body)) continue;
    // "## Summary" left over from a template, with the whole release under
    // it and no further heading: the summary is its first paragraph, and the
    // paragraphs after it are read for their parts as any others are.
    const prose = body.filter((j) => isProseBlock(blocks[j]));
    if (id === 'summary' && label.form === 'heading' && prose.length >= 3) {
      const first = body.filter((j) => j <= prose[0]);
      parts[id] = partOf(id, blocks, first, i);
      taken.add(i);
      for (const j of first) taken.add(j);
      continue;
    }
    if (label.form === 'heading') {
      parts[id] = partOf(id, blocks, body, i);
      taken.add(i);
    } else {
      // A bold line is the first line of its part, not a Markdown heading.
      parts[id] = partOf(id, blocks, label.form === 'line' ? [i, ...body] : body);
      if (label.form === 'line') taken.add(i);
    }
    for (const j of body) (id === 'headline' || id === 'subheading' || id === 'summary' ? taken : named).add(j);
  }

  for (const p of alsoNamed) if (!parts[p.id]) parts[p.id] = p;
  // "[CUSTOMER QUOTE — ask the folks from #412]": a bracketed prompt that opens with a part's name
  // holds that part's place, unfilled (placeholder reports it; no part is missing there).
  for (let i = start; i < to; i++) {
    const id = isBracketPrompt(blocks[i]) ? partForHeading(bracketHead(blocks[i].plain)) : null;
    if (id && !parts[id] && !taken.has(i)) {
      parts[id] = partOf(id, blocks, [i]);
      taken.add(i);
    }
  }

  const free: number[] = [];
  for (let i = start; i < to; i++) {
    const b = blocks[i];
    if (taken.has(i) || isFiller(b)) continue;
    if ((b.type === 'heading' && CONTAINER_HEADING.test(b.plain.trim())) || isContainerLine(b)) continue;
    free.push(i);
  }
  const take = (id: PartId, idx: number[]) => {
    if (parts[id] || idx.length === 0) return;
    parts[id] = partOf(id, blocks, idx);
    for (const j of idx) taken.add(j);
    // Carved out of a section named for another part.
    for (const other of Object.values(parts)) if (other && other.id !== id) other.blocks = other.blocks.filter((j) => !idx.includes(j));
  };
  const open = free.filter((i) => !named.has(i));
  /**
   * A block inside a section named for another part may hold a part of its
   * own (a quote inside "The solution"), unless it is that section's only
   * prose: "## Call to action" with one "sign up" line is the call to action.
   */
  const carvable = (i: number) => {
    if (!named.has(i)) return true;
    const owner = Object.values(parts).find((p) => p && p.blocks.includes(i));
    return !!owner && owner.blocks.filter((j) => isProseBlock(blocks[j]) && !isLabelLine(blocks[j])).length >= 2;
  };

  // 2. Headline: the first heading; failing that a short, unpunctuated first
  // line; failing that the title above the heading that wraps the release.
  // "**Introducing RotatingSecret: …**" right over "Subheading: …": the line
  // over a subheading the writer named is the headline, whatever title the
  // document has above it.
  if (!parts.headline && parts.subheading && parts.subheading.heading === undefined) {
    let k = parts.subheading.blocks[0] - 1;
    while (k >= from && isFiller(blocks[k])) k--;
    const b = blocks[k];
    if (k >= from && !taken.has(k) && !named.has(k) && b && (isEmphasisOnly(b) || b.type === 'heading') && wordCount(b.plain) <= 30 && !/[.!?]$/.test(b.plain.trim()) && !datelineOf(b) && !CONTAINER_HEADING.test(b.plain.trim()) && !partForHeading(b.plain)) take('headline', [k]);
  }
  // Where the release's own text starts, past filler (a line naming the document, a table of contents).
  const bodyStart = range(start, to).find((i) => !isFiller(blocks[i])) ?? start;
  if (!parts.headline && open.length) {
    // "### CHANGELOG" over "feat(ovens): …" names the artefact, not the news: the entry is the headline (below).
    const firstHeading = open.findIndex((i) => blocks[i].type === 'heading' && !namesOnlyArtefact(blocks[i]));
    const first = blocks[open[0]];
    // "**Supper Plans Tonight**" over "## Home cooks turn what they have into
    // dinner": a bold title line with a sentence set as a sub-heading under it
    // is the headline, and the heading its subheading.
    const boldOverHeading =
      firstHeading === 1 && isEmphasisOnly(first) && wordCount(first.plain) <= 20 && !/[.!?:]$/.test(first.plain.trim()) && !datelineOf(first) && (!NOTE_OPENING.test(first.plain.trim()) || namedBeforeColon(first.plain)) &&
      (!isLabelLine(first) || open[0] === bodyStart) && !partLabel(first) && (blocks[open[1]].depth ?? 1) >= 2 && wordCount(blocks[open[1]].plain) >= 6;
    // "# Ledger" right over "## Fernhill Launches Ledger for Bakeries": a
    // name alone over a deeper, longer heading that names it again is the
    // document's title, and the heading under it the headline. (Over "## For
    // bakers: one benefit", which does not name it, the name is the headline
    // and that heading its subheading.)
    //
    // So is a bold line that names it again ("# Shoebox 1.0" over
    // "**Shoebox 1.0: every photo…**"), and a title that names an event or
    // a team ("# Hackweek 14 — Team Night Owls") over a heading that names
    // what the next paragraph launches. A line ending in a full stop is a
    // sentence, the subheading under a title that is the headline.
    const titleOver = (k: number) => {
      const a = blocks[open[k]];
      const b = blocks[open[k + 1]];
      let next = open[k] + 1;
      while (next < to && isFiller(blocks[next])) next++;
      if (!b || next !== open[k + 1] || a.type !== 'heading' || wordCount(b.plain) < 5 || /[.!]$/.test(b.plain.trim())) return false;
      const deeper = b.type === 'heading' && (b.depth ?? 1) > (a.depth ?? 1);
      const boldLine = b.type === 'paragraph' && isEmphasisOnly(b) && wordCount(b.plain) <= 25 && !datelineOf(b) && !partLabel(b) && !NOTE_OPENING.test(b.plain.trim());
      if (!deeper && !boldLine) return false;
      if (partForHeading(b.plain) || namesOnlyArtefact(b) || /\[/.test(b.plain)) return false;
      const said = (w: string, t: string) => new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(t);
      const names = (t: string) => (t.match(/\p{Lu}[\p{L}\p{N}]{2,}/gu) ?? []);
      // The name as the title writes it: "Permit" in "# Millbrook Permit Tracker" is not "a building permit".
      if (wordCount(a.plain) <= 3) return (a.plain.match(/[\p{L}\p{N}]{3,}/gu) ?? []).some((w) => said(w, b.plain));
      if (!deeper || wordCount(a.plain) > 8) return false;
      let after = open[k + 1] + 1;
      while (after < to && isFiller(blocks[after])) after++;
      if (after >= to || blocks[after].type !== 'paragraph') return false;
      const text = blocks[after].plain;
      return names(a.plain).every((w) => !said(w, text)) && names(b.plain).some((w) => w.length >= 4 && said(w, text));
    };
    if (boldOverHeading) take('headline', [open[0]]);
    else if (firstHeading >= 0 && firstHeading <= 2 && titleOver(firstHeading)) take('headline', [open[firstHeading + 1]]);
    else if (firstHeading >= 0 && firstHeading <= 2 && !partForHeading(blocks[open[firstHeading]].plain)) take('headline', [open[firstHeading]]);
    // A bold line that names no part is a headline written without "#".
    // A headline set in bold may run long ("**Pallwick engineers can now turn a feature on for one employer, or off for everyone, in seconds…**").
    // So may one set in capitals ("NEIGHBORS IN HARLAN COUNTY CAN NOW BOOK A PANTRY PICKUP BY TEXT…").
    else if (first.type === 'paragraph' && wordCount(first.plain) <= (isEmphasisOnly(first) || inCapitals(first.plain) ? 30 : 20) && !/[.!?]$/.test(first.plain) && !datelineOf(first) && (!isLabelLine(first) || open[0] === bodyStart)) take('headline', [open[0]]);
  }
  if (!parts.headline && start > from) {
    const title = range(from, start).find((i) => blocks[i].type === 'heading' && !CONTAINER_HEADING.test(blocks[i].plain.trim()));
    // "# Press Release: Supper Plans Tonight": a heading that names the
    // release and, after a colon or a dash, the headline itself.
    const named = range(from, start).find((i) => blocks[i].type === 'heading' && wordCount(headlineAfterLabel(blocks[i].plain)) >= 2);
    if (title !== undefined) parts.headline = partOf('headline', blocks, [title]);
    else if (named !== undefined) parts.headline = partOf('headline', blocks, [named]);
  }

  // A README that centres its title in HTML ("<h1 align=\"center\">Lantern</h1>",
  // a tagline in "<p>" or "<h3>" under it): with no other headline, the first
  // HTML heading before the release's first paragraph is the headline, and an
  // HTML line of text right under it the subheading. HTML blocks are filler
  // to everything else in the model; only these two parts read their words.
  if (!parts.headline) {
    const firstProse = range(from, to).find((i) => isProseBlock(blocks[i]) || blocks[i].type === 'heading');
    const h = range(from, firstProse ?? to).find((i) => (htmlTitle(blocks[i])?.level ?? 0) > 0);
    if (h !== undefined) {
      take('headline', [h]);
      let k = h + 1;
      while (k < to && blocks[k].type === 'html' && !htmlTitle(blocks[k])) k++;
      if (!parts.subheading && k < to && htmlTitle(blocks[k])) take('subheading', [k]);
    }
  }

  // 3. Subheading: what sits right under the headline (past a list of facts about the document).
  // A headline that is the title above "## Press Release" has its subheading
  // at the release's start, in a form set off from the text (emphasis, a
  // heading, a blockquote): a plain paragraph there opens the release.
  const inRelease = (i: number) => i >= start;
  if (!parts.subheading && parts.headline && parts.headline.heading === undefined) {
    const inside = inRelease(parts.headline.blocks[0]);
    let j = inside ? parts.headline.blocks[parts.headline.blocks.length - 1] + 1 : start;
    while (j < to && isFiller(blocks[j])) j++;
    let sub = j < to && !taken.has(j) && !named.has(j) ? subheadingAt(blocks, j, to, !inside) : [];
    // "The old module only works in JavaScript." over "The new module brings
    // it to every language.": a plain line under the title that tells the
    // problem, with a line that can be the subheading right under it, is
    // the problem; the next line is the subheading.
    const tellsProblem = (i: number) =>
      blocks[i].type === 'paragraph' && !isEmphasisOnly(blocks[i]) && !AIM_OPENING.test(blocks[i].plain) && countMatches(blocks[i].plain, PROBLEM_CUE) > countMatches(blocks[i].plain, SOLUTION_CUE);
    if (sub.length === 1 && tellsProblem(sub[0])) {
      let k = sub[0] + 1;
      while (k < to && isFiller(blocks[k])) k++;
      const next = k < to && !taken.has(k) && !named.has(k) && blocks[k].type === 'paragraph' && !tellsProblem(k) ? subheadingAt(blocks, k, to, !inside) : [];
      // Only when a line that can be the subheading follows: alone, the line stays the subheading.
      if (next.length) {
        if (!parts.problem) take('problem', [sub[0]]);
        sub = next;
      }
    }
    // An RFC's title over its facts ("* **Tracking Issue**: #88") and one
    // paragraph that sums it up before the first section: that paragraph is
    // what a release's subheading is, though it may run to three sentences.
    // One that only tells the pain is the problem; one that tells the pain
    // and then what the RFC proposes is both.
    if (!sub.length) {
      // Under the headline, or under the document's title when a CHANGELOG entry further down is the headline.
      const title = blocks[from].type === 'heading' && (blocks[from].depth ?? 1) === 1 && parts.headline.blocks[0] > from ? from : undefined;
      const end = (title ?? parts.headline.blocks[parts.headline.blocks.length - 1]) + 1;
      let k = end;
      while (k < to && isFiller(blocks[k])) k++;
      let after = k + 1;
      // A note to the reviewers set off below it ("> **Note to reviewers:** …") is no text of the release.
      while (after < to && (isFiller(blocks[after]) || (blocks[after].type === 'blockquote' && NOTE_OPENING.test(blocks[after].plain.trim())))) after++;
      const b = blocks[k];
      const summingUp = (i: number) => {
        const t = blocks[i].plain.trim();
        return blocks[i].type === 'paragraph' && !isEmphasisOnly(blocks[i]) && !datelineOf(blocks[i]) && !isQuote(blocks[i]) && !partLabel(blocks[i]) && !NOTE_OPENING.test(t) && !opensWithLaunch(t) && sentencesOf(t).length <= 3 && wordCount(t) <= SUMMED_UP_WORDS;
      };
      if (k > end && k < to && !taken.has(k) && !named.has(k) && (after >= to || blocks[after].type === 'heading') && summingUp(k)) {
        if (painThenProposal(b.plain) || !tellsProblem(k)) sub = [k];
      }
    }
    // "# Import existing resources" / a table of facts / "## Working Backwards" /
    // "> Bring the tables you already run under a Plinth app." / "Today, we are
    // announcing…": the line set off right under the wrapper, over the launch, is the subheading.
    if (!sub.length) {
      const w = range(parts.headline.blocks[parts.headline.blocks.length - 1] + 1, to).find((i) => !isFiller(blocks[i]) && blocks[i].type !== 'table');
      if (w !== undefined && wrapsArtefacts(blocks[w])) {
        let k = w + 1;
        while (k < to && isFiller(blocks[k])) k++;
        let n = k + 1;
        while (n < to && isFiller(blocks[n])) n++;
        // A heading there ("### Loom now speaks Helm") titles the release's section; only a line set off as text is the subheading.
        const line = k < to && !taken.has(k) && !named.has(k) && blocks[k].type !== 'heading' ? subheadingAt(blocks, k, to, true) : [];
        // (Not a note about the document: "_Draft blog post for the 3.0 release. Numbers are from the prototype._")
        if (line.length === 1 && !DOCUMENT_NOTE.test(blocks[k].plain) && n < to && blocks[n].type === 'paragraph' && (opensWithLaunch(blocks[n].plain) || datelineOf(blocks[n]) === 'sure')) sub = line;
      }
    }
    // "### README" / "# rivet gc" / "_Delete the images old deployments left behind._":
    // with no summing-up paragraph, the README's tagline under its own title is the subheading.
    if (!sub.length) {
      let k = readmeAt === undefined ? to : readmeAt + 1;
      while (k < to && isFiller(blocks[k])) k++;
      if (k < to && blocks[k].type === 'heading' && !partForHeading(blocks[k].plain)) k++;
      while (k < to && isFiller(blocks[k])) k++;
      if (k < to && !taken.has(k) && !named.has(k) && blocks[k].type === 'paragraph' && isEmphasisOnly(blocks[k]) && wordCount(blocks[k].plain) <= 30 && !datelineOf(blocks[k])) sub = [k];
    }
    // "Riders lose two days to a broken chain. This RFC proposes…": the
    // pain before the proposal is the problem, told in the subheading.
    if (sub.length === 1 && blocks[sub[0]].type === 'paragraph' && !parts.problem && painThenProposal(blocks[sub[0]].plain)) parts.problem = partOf('problem', blocks, sub);
    if (sub.length) take('subheading', sub);
  }

  // The window: prose read for its cues.
  const wordsBefore = new Map<number, number>();
  let n = 0;
  for (let i = start; i < to; i++) {
    wordsBefore.set(i, n);
    // Code counts by its words too: it is how far into the document a block sits that matters here.
    const b = blocks[i];
    n += wordCount(b.type === 'code' ? (b.node as { value: string }).value : b.plain);
  }
  const inWindow = (i: number) => (wordsBefore.get(i) ?? 0) < RELEASE_WINDOW;
  // An RFC that writes its release as a CHANGELOG and a README: the
  // CHANGELOG entry ("feat(ovens): add timer constructs") is its headline,
  // in place of the RFC's title above "## Working Backwards"; the pitch
  // under that title stays the subheading (./documentation.ts).
  // Only under a heading that names the artefact, or an entry that names it
  // ("**CHANGELOG**: feat: …"): "Fix: …" opening a paragraph of a release is no entry.
  const wrapper = range(start, to).find((i) => wrapsArtefacts(blocks[i]));
  if (wrapper !== undefined && (!parts.headline || (parts.headline.heading ?? parts.headline.blocks[0]) < wrapper)) {
    const entry = range(wrapper, to).find((i) => !taken.has(i) && isChangelogEntry(blocks[i]));
    const logged = (i: number) => /^[\W_]{0,4}changelog/i.test(blocks[i].plain.trim()) || range(wrapper, i).some((k) => isDocumentationHeading(blocks[k]));
    if (entry !== undefined && inWindow(entry) && logged(entry)) {
      parts.headline = partOf('headline', blocks, [entry]);
      taken.add(entry);
    }
  }

  // A bold line standing alone as a heading ("**README**") is no prose to read for cues.
  const readable = free.filter((i) => !taken.has(i) && !named.has(i) && isProseBlock(blocks[i]) && !isTitleLine(blocks[i]) && inWindow(i));

  // 4. Summary: the dateline paragraph, or an opening that announces a launch,
  // or an RFC's "This RFC proposes…"; failing these, the first paragraph of
  // the release body, which is where every release tells its story (unless
  // it reads as the problem, or the FAQ holds the summary).
  const score = (i: number) => {
    const t = blocks[i].plain;
    return { p: countMatches(t, PROBLEM_CUE), s: solutionWords(t) };
  };
  const problemToday = (i: number) => {
    const { p, s } = score(i);
    return p >= 2 && p > s && !launchesBeyondToday(firstSentence(blocks[i].plain.trim()));
  };
  if (!parts.summary) {
    // A CHANGELOG entry ("feat: announcing …") is a headline of its own kind, not the story.
    // A note above the headline ("> Working-backwards doc for the 1.0
    // release…") tells the reader about the document; the release's story
    // starts under its headline.
    const headlineAt = parts.headline ? (parts.headline.heading ?? parts.headline.blocks[0]) : -1;
    const paragraphs = readable.filter((i) => !CHANGELOG_ENTRY.test(blocks[i].plain.trim()) && !(i < headlineAt && blocks[i].type === 'blockquote'));
    const dl = paragraphs.find((i) => {
      const d = datelineOf(blocks[i]);
      return d === 'sure' || (d === 'maybe' && LAUNCH_CUE.test(blocks[i].plain));
    });
    // A launch word anywhere in the first paragraph; in a blockquote (a note,
    // a template's instruction) only in its first sentence.
    const opening = (i: number) => !isQuote(blocks[i]) && ((blocks[i].type === 'paragraph' && LAUNCH_CUE.test(blocks[i].plain)) || opensWithLaunch(blocks[i].plain));
    // Its only launch word is "today": with the summary in the FAQ, "Today, only JavaScript developers can use the module" is the pain's time.
    const todayOnly = (i: number) => !launchesBeyondToday(blocks[i].plain) && !opensWithLaunch(blocks[i].plain);
    const proposal = paragraphs.slice(0, 4).find((i) => PROPOSAL_OPENING.test(blocks[i].plain));
    // "*Columbus, OH — Q2 2026*" on a line of its own: the dateline heads the paragraph under it.
    // (Not a short sentence that ends: "SEATTLE — Acme launched Ledger." is the whole summary.)
    const alone = dl !== undefined && wordCount(blocks[dl].plain) <= 8 && !/[.!?]["”'’*_)]*$/.test(blocks[dl].plain.trim()) ? paragraphs.find((i) => i > dl) : undefined;
    if (dl !== undefined) take('summary', alone !== undefined && range(dl + 1, alone).every((k) => isFiller(blocks[k])) && blocks[alone].type === 'paragraph' ? [dl, alone] : [dl]);
    // A README whose summary is the FAQ's may open with the pain as it is
    // today ("Today, owners type each receipt by hand…"): that "today" is
    // the problem's time, not a launch's.
    else if (paragraphs.length && opening(paragraphs[0]) && !(options.summaryElsewhere && (problemToday(paragraphs[0]) || todayOnly(paragraphs[0])))) take('summary', [paragraphs[0]]);
    // "Practice managers today rely on spreadsheets…" under a first paragraph
    // that says what the product does: "today" is the time of the problem, not
    // of a launch, when it is the only launch word and the paragraph reads as
    // the problem.
    else if (paragraphs.length > 1 && opensWithLaunch(blocks[paragraphs[1]].plain) && !isQuote(blocks[paragraphs[1]]) && !problemToday(paragraphs[1])) take('summary', [paragraphs[1]]);
    else if (proposal !== undefined) {
      take('summary', [proposal]);
      parts.summary!.by = 'proposal';
    }
    else if (paragraphs.length && !options.summaryElsewhere) {
      const i = paragraphs[0];
      const b = blocks[i];
      const { p, s } = score(i);
      if (b.type === 'paragraph' && !isQuote(b) && !isLabelLine(b) && !NOTE_OPENING.test(b.plain.trim()) && !/:$/.test(b.plain.trim()) && !(p >= 2 && p > s)) {
        take('summary', [i]);
        // Under the release's date on a line of its own ("2025"), the paragraph is a dateline's: found by its form.
        if (!(i > 0 && isDateLineAlone(blocks[i - 1]))) parts.summary!.by = 'position';
      }
    }
  }
  // Found by its form (a dateline, a launch, a heading), or else as a
  // proposal's statement or by its place alone (Part.by).
  const summaryByForm = !!parts.summary && parts.summary.by === undefined;
  // A proposal states its problem before "This RFC proposes…": the parts that
  // follow the summary in a release may come before it there.
  const summaryAt = parts.summary && parts.summary.heading === undefined && summaryByForm ? parts.summary.blocks[0] : -1;
  const after = (i: number) => i > summaryAt;

  // 5. Quotes, anywhere in the release (inside a section named for another part too), told apart by who speaks.
  // (Quote parts so far are sections the writer named: their quotes are theirs.)
  const inQuoteSection = new Set([...(parts['leader-quote']?.blocks ?? []), ...(parts['customer-quote']?.blocks ?? [])]);
  // A quote may be attributed in a paragraph of its own under it ("— Aisha Khan, commuter"): that line is the quote's.
  const attributionAfter = (i: number) => (i + 1 < to && !taken.has(i + 1) && isAttributionLine(blocks[i + 1]) ? i + 1 : undefined);
  const quotes = free.filter(
    (i) => !taken.has(i) && !inQuoteSection.has(i) && carvable(i) && inWindow(i) && after(i) && (isQuote(blocks[i]) || (blocks[i].type === 'blockquote' && attributionAfter(i) !== undefined)),
  );
  const withAttribution = (i: number) => {
    const a = attributionAfter(i);
    return a === undefined ? [i] : [i, a];
  };
  // Who launches ("Fernhill today launched Ledger"): a titled speaker from another organisation is a customer.
  const summaryText = parts.summary && parts.summary.by === undefined ? parts.summary.blocks.map((i) => blocks[i].plain).join(' ') : null;
  const launch = summaryText === null ? null : launchOf(summaryText);
  const names = productNames(blocks, parts);
  const ours = wordsOfLaunch(launch, names);
  const products = productWords(launch, names);
  /** What the summary launches, by its own words ("Fernhill today launched Ledger": "Ledger"). */
  const launched = launch?.product ?? null;
  /** The paragraph's subject is what the summary launches ("Ledger connects…", "Permit Clock changes…"). */
  const opensWithLaunched = (i: number) => {
    if (!launched) return false;
    // "For developers, Beacon means…": a reader named first, then the product as the subject.
    const t = blocks[i].plain.replace(/^\W{0,3}(?:for\s+[^,.]{1,40},\s*)?(?:the\s+)?/i, '');
    return t.startsWith(launched) && !/^[\p{L}\p{N}]/u.test(t.slice(launched.length));
  };
  // "## Why this matters" over the rest of the release (no heading after
  // it): the problem ends where a paragraph has the product as its subject
  // ("Meterline pulls the Cost and Usage Report hourly…"); what follows is
  // read for its parts as text under no heading is.
  const underHeading = parts.problem;
  if (underHeading?.heading !== undefined) {
    const cut = underHeading.blocks.findIndex((j, k) => k > 0 && isProseBlock(blocks[j]) && opensWithLaunched(j));
    if (cut > 0) {
      for (const j of underHeading.blocks.slice(cut)) named.delete(j);
      parts.problem = partOf('problem', blocks, underHeading.blocks.slice(0, cut), underHeading.heading);
    }
  }
  // "## What customers say" holding the founder's quote too: a section named
  // for one quote part gives a quote whose speaker reads as the other to
  // that part, when the release has none.
  for (const [id, other, role] of [['customer-quote', 'leader-quote', 'leader'], ['leader-quote', 'customer-quote', 'customer']] as const) {
    const p = parts[id];
    if (!p || p.heading === undefined || parts[other]) continue;
    const held = p.blocks.filter((j) => isQuote(blocks[j]));
    const k = held.length >= 2 ? held.find((j) => quoteRole(blocks[j], undefined, ours, products) === role) : undefined;
    if (k === undefined) continue;
    parts[other] = partOf(other, blocks, [k]);
    parts[id] = partOf(id, blocks, p.blocks.filter((j) => j !== k), p.heading);
  }
  const lineOf = (i: number) => { const a = attributionAfter(i); return a === undefined ? undefined : blocks[a]; };
  const { leader, customer } = assignQuotes(
    quotes,
    quotes.map((i) => quoteRole(blocks[i], lineOf(i), ours, products)),
    { leader: !!parts['leader-quote'], customer: !!parts['customer-quote'] },
    // Read only when the fallback needs it.
    (k) => titledWithoutOrganisation(blocks[quotes[k]], lineOf(quotes[k])),
  );
  if (leader !== undefined) take('leader-quote', withAttribution(leader));
  if (customer !== undefined) take('customer-quote', withAttribution(customer));
  for (const q of quotes) for (const j of withAttribution(q)) taken.add(j);

  // 6. The close: call to action last, getting started before or with it.
  // Both may sit inside a section named for another part.
  // A bold line standing alone as a heading is read as a heading is: not as a close, a problem or the solution's first paragraph.
  const rest = free.filter((i) => !taken.has(i) && !quotes.includes(i) && carvable(i) && after(i) && inWindow(i) && !isTitleLine(blocks[i]) && (isProseBlock(blocks[i]) || blocks[i].type === 'list'));
  const lastHalf = rest.slice(Math.floor(rest.length / 2));
  // A close is short: a long paragraph that ends "for more information, see …" is documentation, unless it ends the release.
  const lastProse = rest.filter((i) => isProseBlock(blocks[i])).pop();
  // A bare link is a close only at the end: the last paragraph, or one after every quote.
  const atEnd = (i: number) => i === lastProse || (quotes.length > 0 && i > quotes[quotes.length - 1]);
  // Inside a README the release documents: an instruction with a command ("To force a full check, run `verify --no-cache`.") is documentation.
  const documents = (i: number) => readmeAt !== undefined && i > readmeAt;
  const closes = (i: number) => {
    const t = blocks[i].plain.trim();
    if (!isProseBlock(blocks[i]) || callsNoOne(blocks[i]) || /:$/.test(t)) return false;
    if (CALL_TO_ACTION_CUE.test(t)) return wordCount(t) <= 50 || i === lastProse;
    if (documents(i)) return (hasLink(blocks[i]) ? IMPERATIVE_OPENING.test(t) : INVITING_OPENING.test(t)) && wordCount(t) <= 50;
    // An invitation by its form: a sentence that opens with a verb asking the
    // reader to act, and somewhere to go (a link or a command to run), or
    // the release's last words ("To try Ledger, open the app and tap Books.").
    if (IMPERATIVE_OPENING.test(t) && (hasLink(blocks[i]) || hasCode(blocks[i]) || atEnd(i)) && wordCount(t) <= 50) return true;
    return hasLink(blocks[i]) && atEnd(i);
  };
  let cta = parts['call-to-action'] ? undefined : [...lastHalf].reverse().find(closes);
  // A README (the summary is the FAQ's) points to more wherever its
  // overview ends: a short "For more details, see …" with a link in it or
  // right after it is its call to action.
  if (cta === undefined && !parts['call-to-action'] && options.summaryElsewhere) {
    const linked = (i: number) => hasLink(blocks[i]) || (i + 1 < to && blocks[i + 1].type === 'paragraph' && hasLink(blocks[i + 1]) && wordCount(blocks[i + 1].plain) <= 12);
    cta = rest.find((i) => isProseBlock(blocks[i]) && CALL_TO_ACTION_CUE.test(blocks[i].plain) && !callsNoOne(blocks[i]) && wordCount(blocks[i].plain) <= 25 && linked(i));
  }
  if (!parts['getting-started']) {
    // Weak cues ("simply", "it takes") only count after the first quote; an
    // explicit "to get started" / "sign up" counts anywhere after the opening.
    // A weak cue inside the paragraph right after the summary that reads as
    // the problem ("…and then they simply give up") starts nothing: that is
    // where the problem stands.
    const problemSlot = rest.find((i) => isProseBlock(blocks[i]));
    const painful = (i: number) => {
      const { p, s } = score(i);
      return i === problemSlot && p >= 2 && p > s;
    };
    const cued = (i: number) => isProseBlock(blocks[i]) && GETTING_STARTED_CUE.test(blocks[i].plain) && (quotes.length === 0 || i > quotes[0] || i === cta) && (!painful(i) || STRONG_GETTING_STARTED.test(blocks[i].plain));
    // "…through the alerting setup you already have." then "Getting started is a few lines of YAML:": a
    // paragraph that says it starts the reader off outranks one that only holds a weak cue before it.
    const gs =
      rest.find((i) => cued(i) && STRONG_GETTING_STARTED.test(blocks[i].plain)) ??
      rest.find(cued) ??
      rest.find((i) => isProseBlock(blocks[i]) && STRONG_GETTING_STARTED.test(blocks[i].plain) && i !== rest[0]);
    // A developer tool shows how to begin as a command and says no more: a
    // code block that installs or starts the tool, after the summary.
    const command = gs === undefined ? free.find((i) => !taken.has(i) && after(i) && inWindow(i) && blocks[i].type === 'code' && INSTALL_COMMAND.test((blocks[i].node as { value: string }).value)) : undefined;
    // A README shows how to begin as a line that ends in a colon over a code
    // block ("Pass a policy when you create the client:" / ```ts …```): the
    // first such pair after the summary is the getting-started part (it is
    // how the tuning RFCs' READMEs begin: "To import a resource:" over a command).
    const usage =
      gs === undefined && command === undefined
        ? rest.find((i) => {
            if (blocks[i].type !== 'paragraph' || !/:$/.test(blocks[i].plain.trim()) || wordCount(blocks[i].plain) > 40 || isEmphasisOnly(blocks[i]) || isLabelLine(blocks[i])) return false;
            const last = sentencesOf(blocks[i].plain.trim()).pop() ?? '';
            // Over a code block; or "To import an existing resource:" over a list of the steps.
            return USAGE_OPENING.test(last) && (blocks[i + 1]?.type === 'code' || (blocks[i + 1]?.type === 'list' && /^[\W_]{0,3}to\s/i.test(last)));
          })
        : undefined;
    if (gs !== undefined) take('getting-started', [gs]);
    else if (command !== undefined) take('getting-started', [command]);
    // Not taken: the line often tells what the product does too, and the solution may read it.
    else if (usage !== undefined) parts['getting-started'] = partOf('getting-started', blocks, [usage, usage + 1]);
    else if (leader !== undefined && customer !== undefined && leader < customer) {
      // The classic order puts getting started between the two quotes; when
      // the only paragraph there is the call to action ("Go to paved.internal
      // and press New service"), it is both.
      const between = rest.find((i) => i > leader && i < customer && i !== cta && blocks[i].type === 'paragraph') ?? (cta !== undefined && cta > leader && cta < customer ? cta : undefined);
      if (between !== undefined) take('getting-started', [between]);
    }
  }
  // The close is the last paragraph after every quote, whatever it says (a
  // licence line is none), in the quote's own section: past a heading it is
  // another artefact's text (an RFC's "### README" after its release).
  if (cta === undefined && !parts['call-to-action'] && quotes.length) {
    // The close may be the getting-started paragraph too ("Dock is open today at dock.example. Teams should add…").
    const open = (i: number) => !taken.has(i) || !!parts['getting-started']?.blocks.includes(i);
    const last = rest.filter(open).pop();
    const lastQuote = quotes[quotes.length - 1];
    if (last !== undefined && last > lastQuote && blocks[last].type === 'paragraph' && !callsNoOne(blocks[last]) && !range(lastQuote + 1, last).some((j) => blocks[j].type === 'heading')) cta = last;
    else {
      // Another artefact under its own heading after the release (an RFC's "### README"): the last paragraph of the
      // quote's section closes the release when it invites ("Try it on your next change and tell us on #655").
      const nextHeading = range(lastQuote + 1, to).find((j) => blocks[j].type === 'heading') ?? to;
      const close = rest.filter((i) => open(i) && i > lastQuote && i < nextHeading).pop();
      const t = close === undefined ? '' : blocks[close].plain;
      if (close !== undefined && blocks[close].type === 'paragraph' && !callsNoOne(blocks[close]) && (invites(blocks[close]) || sentencesOf(t).some((x) => IMPERATIVE_OPENING.test(x) || INVITING_OPENING.test(x)))) cta = close;
    }
  }
  // "### Getting started" whose paragraph ends "Download it at [link]." and
  // with it the release: that paragraph is the call to action too.
  if (cta === undefined && !parts['call-to-action'] && parts['getting-started']) {
    const last = parts['getting-started'].blocks.filter((i) => isProseBlock(blocks[i])).pop();
    let end = to - 1;
    while (end > start && !isProseBlock(blocks[end])) end--;
    if (last !== undefined && last === end && !isQuote(blocks[last]) && invites(blocks[last])) cta = last;
  }
  // "To learn more and get started, visit …": one paragraph may be both.
  if (cta !== undefined && (!taken.has(cta) || parts['getting-started']?.blocks.includes(cta))) {
    if (!parts['call-to-action']) parts['call-to-action'] = partOf('call-to-action', blocks, [cta]);
    taken.add(cta);
  }

  // 7. Problem and solution among what is left between the summary and the close.
  const body = rest.filter((i) => !taken.has(i) && !named.has(i) && isProseBlock(blocks[i]));
  let problem: number | undefined;
  if (!parts.problem) {
    // The problem comes early: among the first paragraphs after the summary, not deep in a README.
    // "At the end of the year, a plumber faces:" over a list of the pains:
    // the line and its list are read, and taken, together. A label over a
    // list ("**Key features:**") is a heading, not a sentence telling a pain.
    const listAfter = (i: number) => (/:$/.test(blocks[i].plain.trim()) && !isEmphasisOnly(blocks[i]) && !isLabelLine(blocks[i]) && wordCount(blocks[i].plain) >= 4 && i + 1 < to && blocks[i + 1].type === 'list' && !taken.has(i + 1) && !named.has(i + 1) ? i + 1 : undefined);
    const scoreWithList = (i: number) => {
      const l = listAfter(i);
      if (l === undefined) return score(i);
      const t = `${blocks[i].plain}\n${blocks[l].plain}`;
      return { p: countMatches(t, PROBLEM_CUE), s: solutionWords(t) };
    };
    // "Ledger connects to the till… the few it cannot place": a paragraph
    // whose subject is what the summary launches describes the product,
    // whatever pain word it holds.
    const opensWithName = (i: number) => names.some((n) => new RegExp(`^\\W{0,3}(?:the\\s+)?${n}\\b`, 'i').test(blocks[i].plain));
    // A README (the summary is the FAQ's) tells its problem before it shows
    // code: past the first code block under its opening prose it documents
    // the product ("During synthesis Keel generates:" over "an alarm that
    // fires if a rotation fails"). A README may open with the code itself
    // (a command's help): the prose under that still tells the problem.
    const firstProse = range(start, to).find((i) => isProseBlock(blocks[i]) && !taken.has(i));
    const firstCode = options.summaryElsewhere && firstProse !== undefined ? (range(firstProse, to).find((i) => blocks[i].type === 'code') ?? to) : to;
    problem = body.slice(0, 6).find((i) => {
      const { p, s } = scoreWithList(i);
      return p >= 1 && p > s && !isQuote(blocks[i]) && !opensWithLaunched(i) && !tellsSomethingElse(blocks[i].plain) && i < firstCode;
    });
    // A release that opens from the customer tells the problem before the
    // dateline ("On a Saturday morning, players queue at the fence…"): a
    // paragraph between the headline and the summary that reads as the problem.
    if (problem === undefined && summaryAt > start) {
      problem = range(start, summaryAt).find((i) => {
        if (taken.has(i) || named.has(i) || blocks[i].type !== 'paragraph' || isQuote(blocks[i])) return false;
        const { p, s } = score(i);
        return p >= 1 && p > s;
      });
    }
    const plainParagraph = (i: number) => blocks[i].type === 'paragraph' && !isQuote(blocks[i]) && !/:$/.test(blocks[i].plain.trim());
    // "However, you can now…" offers the fix: the paragraph before it told the problem.
    if (problem === undefined) {
      const k = body.slice(1, 6).findIndex((i) => CONTRAST_TURN.test(blocks[i].plain) && score(i).s >= 1);
      const before = k >= 0 ? body[k] : undefined;
      if (before !== undefined && plainParagraph(before) && score(before).s === 0) problem = before;
    }
    // No paragraph sounds like a complaint: the classic order still puts the
    // problem right after the summary, before a paragraph that offers the
    // fix — unless it opens a list (that is the product's features). A
    // paragraph that offers nothing and never names the product tells the
    // situation before it, whatever the next one says.
    // (Only after a summary found by its form: a summary taken by its place
    // alone is itself a guess, and a guess is not built on a guess.)
    if (problem === undefined && summaryByForm && body.length >= 2) {
      const [a, b] = body;
      const mentions = names.some((n) => new RegExp(`\\b${n}\\b`).test(blocks[a].plain));
      const aboutSomethingElse = names.length > 0 && score(a).s === 0 && !mentions;
      // Or the next paragraph has the product as its subject ("Roamly starts
      // where parents start…"): what stands before it, weighing at least as
      // much pain as fix ("takes the better part of three weeks… museums
      // allow strollers"), tells the situation the product meets.
      const beforeTheProduct = opensWithLaunched(b) && score(a).p >= score(a).s;
      if ((score(a).p === 0 || beforeTheProduct) && !opensWithName(a) && !opensWithLaunched(a) && !tellsSomethingElse(blocks[a].plain) && (score(a).s <= score(b).s || aboutSomethingElse || beforeTheProduct) && plainParagraph(a) && a < (quotes[0] ?? Infinity)) problem = a;
    }
    if (problem !== undefined) take('problem', listAfter(problem) === undefined ? [problem] : [problem, listAfter(problem)!]);
    // "…today announced Treeline. Until now, owners were stuck copying…": a
    // summary that tells the problem in a sentence of its own holds the
    // problem part too (engine/model/summaryProblem.ts).
    else if (parts.summary && parts.summary.heading === undefined && parts.summary.blocks.length === 1) {
      const i = parts.summary.blocks[0];
      if (summaryTellsProblem(blocks[i].plain)) parts.problem = partOf('problem', blocks, [i]);
    }
  }
  // An RFC states the problem in its own "## Motivation" (or "Background",
  // "The problem") above "## Press Release": the release that follows tells
  // no pain of its own because the reader has just read it. A section above
  // the release, titled for the problem and holding prose, is the problem
  // part when the release has none.
  if (!parts.problem && start > from) {
    const h = range(from, start).find((i) => blocks[i].type === 'heading' && namedPart(blocks[i].plain) === 'problem');
    if (h !== undefined) {
      const prose = range(h + 1, Math.min(sectionEnd(blocks, h, to), start)).filter((j) => isProseBlock(blocks[j]) && !isTitleLine(blocks[j]));
      if (prose.length) parts.problem = partOf('problem', blocks, prose, h);
    }
  }
  if (!parts.solution) {
    const candidates = body.filter((i) => i !== problem);
    // The first paragraph that offers the fix, or one before it that has the
    // product as its subject ("Permit Clock changes the process in three
    // ways. First, …" over "Third, corrections no longer…").
    const offers = candidates.find((i) => score(i).s >= 1);
    const first = offers !== undefined ? (candidates.find((i) => i < offers && opensWithLaunched(i)) ?? offers) : candidates.find((i) => problem === undefined || i > problem);
    if (first !== undefined) {
      // The solution runs on through the following paragraphs and lists.
      const idx = [first];
      for (let j = first + 1; j < to; j++) {
        const b = blocks[j];
        if (taken.has(j) || named.has(j) || b.type === 'heading' || isLabelLine(b)) break;
        if (isProseBlock(b) || b.type === 'list' || b.type === 'table' || b.type === 'code') idx.push(j);
      }
      take('solution', idx);
    }
  }
  // A short release tells what the product does inside its summary ("Today
  // we released bulk import. Admins upload a CSV; the page shows which rows
  // are valid and creates the accounts."): with no paragraph of its own for
  // the solution, a summary found by its form that goes on past its first
  // sentence holds the solution too. Only in the RFC form above, whose
  // problem is its "## Motivation" before the release: a release that tells
  // its own problem and lost its solution paragraph is still told so.
  const problemAbove = !!parts.problem && (parts.problem.heading ?? parts.problem.blocks[0]) < start;
  if (!parts.solution && problemAbove && summaryByForm && parts.summary!.heading === undefined && parts.summary!.blocks.length === 1) {
    const i = parts.summary!.blocks[0];
    if (blocks[i].type === 'paragraph' && sentencesOf(blocks[i].plain).length >= 2) parts.solution = partOf('solution', blocks, [i]);
  }
  return parts;
}

