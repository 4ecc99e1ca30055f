/**
 * Markdown text → DocModel: parse once, then find the regions (press
 * release, FAQs, narrative sections, appendix) and give every prose span its
 * place. Rules never re-parse; they read this.
 */
import { AUDIENCE_FAQ_TITLE_LINE, FAQ_TITLE_LINE, IF_YOU_ARE, isDesignSectionHeading, isOpenQuestionsTitle, isReadmeSectionHeading, narrativeSectionForHeading, normaliseTitle, partForHeading, SAYS_PRESS_RELEASE, withoutNumbering } from '../genre/headings.js';
import { APPENDIX_HEADING, CONTAINER_HEADING, EXTERNAL_FAQ, FAQ_HEADING, INTERNAL_FAQ, NUMBER_QUESTION, TRADE_OFF_QUESTION } from './cues.js';
import { extractQuestions, internalFromContent, internalFromLabel, looksLikeQuestion } from './faq.js';
import { firstNotBefore } from './sorted.js';
import { decideKind } from './kind.js';
import { isEnglish } from '../text/language.js';
import { parseDocument, parseWhole, type ChunkCache } from './chunks.js';
import { classifyParts, gettingStartedFromFaq, problemFromFaq, problemFromSection, quoteSectionsAfter, summaryFromFaq } from './pressRelease.js';
import { documentationStart, releaseInAnotherForm } from './documentation.js';
import { isTitleLine, titleDepths } from './titleLine.js';
import { isContentsEntry, range } from './releaseBlocks.js';
import type { Block, DocKind, DocModel, Faq, FaqId, PartId, ProseContext, ProseSpan, Question, Section } from './types.js';

export interface BuildOptions {
  path?: string;
  kind?: DocKind;
  globs?: { prfaq: string[]; narrative: string[] };
  /** Chunks parsed for earlier versions of this document: only changed chunks are parsed again. */
  chunks?: ChunkCache;
  /** Parse the text in one piece, without chunks (the reference the tests compare against). */
  whole?: boolean;
}

export function buildModel(text: string, options: BuildOptions = {}): DocModel {
  // A byte-order mark is not content; parse without it and shift offsets back.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const parsed = options.whole ? parseWhole(text, shift) : parseDocument(text, shift, options.chunks);
  const { blocks, prose } = parsed;

  let frontMatter: DocModel['frontMatter'] = null;
  const fmBlock = blocks.find((b) => b.type === 'yaml');
  if (fmBlock) {
    let data: Record<string, unknown> | null = null;
    let error: string | undefined;
    try {
      // Loaded on first use: most documents have no front matter, and the YAML
      // parser is the largest library in the server bundle; a `require` here
      // keeps esbuild from evaluating it at start-up (issue #6, cold start).
      const { parse: parseYaml } = require('yaml') as typeof import('yaml');
      const parsed: unknown = parseYaml((fmBlock.node as { value: string }).value, { logLevel: 'error' });
      data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
    } catch (e) {
      error = (e as Error).message.split('\n')[0];
    }
    frontMatter = { span: { start: fmBlock.start, end: fmBlock.end }, data, error };
  }

  const { kind, reason, unrecognized } = decideKind({ path: options.path, forced: options.kind, frontMatter: frontMatter?.data ?? null, globs: options.globs, blocks });

  // Sections open at headings and at bold lines standing alone as headings (./titleLine.ts).
  const depths = titleDepths(blocks);
  const sections: Section[] = [];
  for (const b of blocks) {
    const depth = depths[b.index];
    if (depth === undefined) continue;
    let to = b.index + 1;
    while (to < blocks.length && !((depths[to] ?? 7) <= depth)) to++;
    const end = blocks[to]?.start ?? text.length;
    const title = b.plain.trim();
    const id = narrativeSectionForHeading(title) ?? (isAppendix(title) ? 'appendix' : FAQ_HEADING.test(title) ? 'faq' : undefined);
    sections.push({ heading: b.index, depth, title, start: b.start, end, id });
  }

  const appendixBlock = blocks.find((b) => depths[b.index] !== undefined && isAppendix(b.plain));
  const appendixStart = appendixBlock ? appendixBlock.start : null;

  const faqRegions = findFaqs(text, blocks);
  const questions: Question[] = [];
  const hasInternal = faqRegions.some((r) => r.id === 'internal-faq');
  for (const r of [...faqRegions]) {
    const asked = extractQuestions(text, blocks, r.heading + 1, r.to, r.id, blocks[r.heading].depth);
    // "### FAQ" holding `C1:`…`C3:` then `I1:`…`I4:`: the internal FAQ starts at I1, with no title of its own.
    // With no labels, a run of stakeholder questions at its end ("Why now?", "What are the risks?", "Who decides?").
    const untyped = !r.named && !hasInternal && r.id === 'external-faq';
    const labelled = untyped ? internalFromLabel(text, asked) : -1;
    const k = untyped && labelled <= 0 ? internalFromContent(asked) : labelled;
    if (k > 0) {
      let at = firstNotBefore(blocks, (b) => b.end <= asked[k].entry.start);
      const first = at;
      // "### For maintainers" over them: the group's own heading opens the internal FAQ.
      if (at - 1 > r.heading && blocks[at - 1].type === 'heading' && !looksLikeQuestion(blocks[at - 1].plain)) at--;
      if (at > r.heading && at < r.to && blocks[first].start === asked[k].entry.start) {
        faqRegions.push({ id: 'internal-faq', heading: at, named: false, untitled: true, to: r.to, end: r.end });
        r.to = at;
        r.end = blocks[at].start;
        for (const q of asked.slice(k)) q.faq = 'internal-faq';
      }
    }
    // One at a time: spreading a hundred thousand questions into push() overflows the stack.
    for (const q of asked) questions.push(q);
  }
  faqRegions.sort((a, b) => a.heading - b.heading);
  const faqs: DocModel['faqs'] = {};
  for (const r of faqRegions) {
    if (!faqs[r.id]) faqs[r.id] = r.untitled ? { id: r.id, heading: r.heading, start: blocks[r.heading].start, end: r.end, untitled: true } : { id: r.id, heading: r.heading, start: blocks[r.heading].start, end: r.end };
  }
  questions.sort((a, b) => a.entry.start - b.entry.start);
  // An RFC's own "## Unresolved questions", outside every FAQ ("## Open questions" is an FAQ, found above).
  // (A mark per block, not a search of the regions per heading: a document may hold thousands of each.)
  const inFaq = new Uint8Array(blocks.length);
  for (const r of faqRegions) inFaq.fill(1, r.heading, r.to);
  const openQuestions: Question[] = [];
  for (const b of blocks) {
    if (b.type !== 'heading' || inFaq[b.index] || !isOpenQuestionsTitle(b.plain)) continue;
    // Only what asks: an item "Name: `overlay()` vs `amend()`." lists an open choice, not a question.
    for (const q of extractQuestions(text, blocks, b.index + 1, sectionEndIndex(blocks, b.index), 'internal-faq', b.depth)) if (/[?？]/.test(q.text)) openQuestions.push(q);
  }

  let pressRelease: DocModel['pressRelease'] = null;
  let parts: DocModel['parts'] = {};
  if (kind === 'prfaq') {
    // "## FAQ" (or "**FAQ**") above "### External" / "### Internal" ends the press release too.
    const faqContainer = blocks.find((b) => (b.type === 'heading' && FAQ_HEADING.test(b.plain.trim()) && !looksLikeQuestion(b.plain)) || isFaqTitleLine(b));
    // Regions are in document order, so the first FAQ is the first to stop it (no spread: there may be thousands).
    let to = Math.min(faqRegions[0]?.heading ?? blocks.length, faqContainer?.index ?? blocks.length, appendixBlock?.index ?? blocks.length);
    // "## Working Backwards" then the RFC's own "## Detailed Design", "## Drawbacks"…: the release ends where they start.
    const wrapper = blocks.findIndex((b) => b.index < to && b.type === 'heading' && CONTAINER_HEADING.test(b.plain.trim()));
    if (wrapper >= 0) {
      const depth = blocks[wrapper].depth ?? 1;
      // A "## Press Release" kept in a project's README ends at the README's own "## Installation", "## Benchmarks".
      // (Not under "## Working Backwards": an RFC's README release has its own "## Installation", a part of it.)
      const pressRelease = SAYS_PRESS_RELEASE.test(blocks[wrapper].plain);
      const design = blocks.findIndex((b) => b.index > wrapper && b.index < to && b.type === 'heading' && (b.depth ?? 1) <= depth && (isDesignSectionHeading(b.plain.trim()) || (pressRelease && isReadmeSectionHeading(b.plain.trim()))));
      if (design >= 0) to = design;
      // "## Proposal" / "### Announcement (working backwards)" / … / "### User Stories": a release the writer
      // nested in a "##" section of the document's own ends where that section's next part begins. Not under
      // the title ("# Cairn" over "## Press Release"), nor under a "#" chapter ("# Guide-level explanation"),
      // where the release runs on to the design sections.
      const title = blocks.findIndex((b) => b.type === 'heading');
      let parent = -1;
      for (let i = wrapper - 1; i > title && parent < 0; i--) if (blocks[i].type === 'heading' && (blocks[i].depth ?? 1) < depth) parent = i;
      const nested = parent > title && (blocks[parent].depth ?? 1) >= 2 && !CONTAINER_HEADING.test(blocks[parent].plain.trim());
      // A sibling heading that names a part ("### The problem" after "### Press release") is still the release's.
      const next = nested ? blocks.findIndex((b) => b.index > wrapper && b.index < to && b.type === 'heading' && (b.depth ?? 1) <= depth && !partForHeading(b.plain)) : -1;
      if (next >= 0) to = next;
    }
    const from = blocks.findIndex((b) => b.type !== 'yaml');
    if (from >= 0 && from < to) {
      const idx: number[] = [];
      for (let i = from; i < to; i++) idx.push(i);
      pressRelease = { start: blocks[from].start, end: blocks[to - 1].end, blocks: idx };
      const faqSummary = summaryFromFaq(blocks, questions);
      parts = classifyParts(blocks, from, to, { summaryElsewhere: !!faqSummary });
      // Parts writers put elsewhere: quotes gathered after the FAQ, a summary only the FAQ gives.
      const inFaq = new Uint8Array(blocks.length);
      for (const r of faqRegions) inFaq.fill(1, r.heading, r.to);
      const appendixAt = appendixBlock?.index ?? blocks.length;
      const outside = [];
      for (let i = to; i < appendixAt; i++) if (!inFaq[i]) outside.push(i);
      for (const [id, part] of Object.entries(quoteSectionsAfter(blocks, outside, { leader: !!parts['leader-quote'], customer: !!parts['customer-quote'] }))) if (!parts[id as PartId]) parts[id as PartId] = part;
      if (!parts.summary && faqSummary) parts.summary = faqSummary;
      // A release in another form (an RFC's README, a summary the FAQ gives or only its place tells) leaves parts to
      // the rest of the document; a classic release owes them in the release itself, as the scaffold writes it.
      const otherForm = releaseInAnotherForm({ blocks, parts, pressRelease });
      if (!parts['getting-started'] && otherForm) {
        const faqStart = gettingStartedFromFaq(blocks, questions);
        if (faqStart) parts['getting-started'] = faqStart;
      }
      if (!parts.problem) {
        const faqProblem = problemFromFaq(blocks, questions, otherForm) ?? (otherForm ? problemFromSection(blocks, outside) : null);
        if (faqProblem) parts.problem = faqProblem;
      }
    }
  }

  let english: boolean | undefined;
  const model: DocModel = {
    text, kind, kindReason: reason, unrecognized,
    // Built when first read (see ParsedDocument.root).
    get root() {
      return parsed.root;
    },
    // Decided when a rule first asks: a document of neither kind never needs it.
    get english() {
      return (english ??= isEnglish(proseTexts(prose), frontMatter?.data));
    },
    frontMatter, blocks,
    prose,
    sections, pressRelease, parts, faqs, questions, openQuestions, appendixStart,
  };
  assignContexts(model, faqRegions);
  return model;
}

/** "Appendix", "Appendices", "Appendix B: survey", also numbered ("Part 4 — Appendix", "7. Appendix"). */
function isAppendix(title: string): boolean {
  return APPENDIX_HEADING.test(withoutNumbering(title));
}

function* proseTexts(prose: ProseSpan[]): Iterable<string> {
  for (const s of prose) yield s.text;
}

function sectionEndIndex(blocks: Block[], i: number): number {
  const depth = blocks[i].depth ?? 6;
  let j = i + 1;
  while (j < blocks.length && !(blocks[j].type === 'heading' && (blocks[j].depth ?? 6) <= depth)) j++;
  return j;
}

/**
 * Where an FAQ ends. Usually at the next heading of its level, but writers
 * also put question headings at the FAQ heading's own level
 * ("### Internal FAQ" then "### Q: How many firms…?"): those belong to it.
 */
function faqEndIndex(blocks: Block[], i: number): number {
  const depth = blocks[i].depth ?? 6;
  let to = sectionEndIndex(blocks, i);
  // An FAQ that asks in its own body (a numbered list, bold lines) is followed
  // by a section, not a question, unless the heading asks with a "?": "## Why
  // OpenTelemetry" after "## FAQ" and its list is the design's next section.
  let asksInBody = false;
  for (let k = i + 1; k < to && !asksInBody; k++) asksInBody = blocks[k].type !== 'heading' && blocks[k].type !== 'html' && blocks[k].type !== 'thematicBreak';
  const asks = (b: Block) => (asksInBody ? /[?？]["”*_)\]]*\s*$/.test(b.plain.trim()) : looksLikeQuestion(b.plain));
  while (to < blocks.length && blocks[to].depth === depth && asks(blocks[to]) && !FAQ_HEADING.test(blocks[to].plain)) {
    to = sectionEndIndex(blocks, to);
  }
  return to;
}

/**
 * "**Frequently Asked Questions**" or "Internal FAQ:" alone on its line, no
 * heading: an FAQ title all the same (a one-line paragraph that is nothing
 * but the title, engine/genre/headings.ts).
 */
function isFaqTitleLine(b: Block): boolean {
  if (b.type !== 'paragraph' || !b.node.position || b.node.position.start.line !== b.node.position.end.line || isContentsEntry(b)) return false;
  const t = withoutNumbering(b.plain.trim());
  // "**3. FAQ**", and a bold line standing alone as a heading that an FAQ heading would title ("**Questions the board may ask**").
  return (t.split(/\s+/).length <= 8 && FAQ_TITLE_LINE.test(t)) || isAudienceTitleLine(b) || (isTitleLine(b) && FAQ_HEADING.test(t) && !looksLikeQuestion(t));
}

/** "**For the person using it**": an audience title only as a bold title line, never a sentence that opens so. */
function isAudienceTitleLine(b: Block): boolean {
  return isTitleLine(b) && AUDIENCE_FAQ_TITLE_LINE.test(normaliseTitle(b.plain));
}

/** An FAQ opened by a title line runs to the next heading that asks nothing, or the next FAQ title line. */
function lineFaqEndIndex(blocks: Block[], i: number): number {
  let j = i + 1;
  // Under "**FAQ**", "**For the person using it**" is a group of that FAQ (findFaqs splits it there), not the next FAQ.
  const groups = !isAudienceTitleLine(blocks[i]);
  // Questions asked in headings ("**Internal FAQ**" over "### Why are we doing this?"): a deeper heading
  // that asks nothing ("#### Model" in a long answer) is the answer's sub-heading, not the FAQ's end.
  let questionDepth = 7;
  for (; j < blocks.length; j++) {
    const b = blocks[j];
    if (isFaqTitleLine(b) && !(groups && isAudienceTitleLine(b))) break;
    if (b.type !== 'heading') continue;
    if (looksLikeQuestion(b.plain)) questionDepth = Math.min(questionDepth, b.depth ?? 6);
    else if ((b.depth ?? 6) <= questionDepth && !opensQuestionGroup(blocks, j)) break;
  }
  return j;
}

/**
 * A topic heading whose section starts with a question ("### Pricing" over
 * "#### How much does it cost?" or a bold question line): under an FAQ
 * title line ("**External FAQ**") it groups that FAQ's questions instead of
 * ending the FAQ.
 */
function opensQuestionGroup(blocks: Block[], j: number): boolean {
  const next = blocks[j + 1];
  if (!next || isFaqTitleLine(next)) return false;
  if (next.type === 'heading') return (next.depth ?? 6) > (blocks[j].depth ?? 6) && looksLikeQuestion(next.plain);
  if (next.type !== 'paragraph') return false;
  // "**How much is it?** $12 a month.": the question is the line up to its question mark.
  const line = next.plain.split('\n')[0];
  const mark = line.search(/[?？]/);
  return mark > 0 && looksLikeQuestion(line.slice(0, mark + 1));
}

/** A group title that says its group is questions ("More questions", "Questions from neighbours"), whoever asks them. */
const GROUP_OF_QUESTIONS = /(?<![\p{L}\p{N}])questions(?![\p{L}\p{N}])/iu;

interface FaqRegion {
  id: FaqId;
  /** The FAQ's title block; for an untitled FAQ, the block its first question opens. */
  heading: number;
  /** Its title says which FAQ it is (not read as the external one for want of a word). */
  named: boolean;
  /** No title of its own (Faq.untitled). */
  untitled?: true;
  /** Block index where the region ends (exclusive). */
  to: number;
  end: number;
}

/** A group titled by its reader: "For the board", "If you're deciding whether to fund this". */
const AUDIENCE_OPENING = new RegExp(`^(?:for|${IF_YOU_ARE})\\s`, 'i');

/**
 * A title in the writer's own words that says its section holds questions ("Your questions, answered", "Things
 * people ask", "Questions bakers ask", "Ask us anything"), short and asking nothing itself. Not an RFC's own
 * "Unresolved questions", which are left open on purpose (DocModel.openQuestions).
 */
const QUESTIONS_WORD = /(?<![\p{L}])(?:questions?|ask|asks|asked|answers?|answered)(?![\p{L}])/iu;
function namesQuestions(title: string): boolean {
  const t = shortStatedTitle(title);
  return t !== null && QUESTIONS_WORD.test(t) && !isOpenQuestionsTitle(title);
}

/** A short title that opens with its readers and asks nothing itself: "For account managers", "If you're a parent". */
function isAudienceTitle(title: string): boolean {
  const t = shortStatedTitle(title);
  return t !== null && AUDIENCE_OPENING.test(t);
}

/** The title past its number, when it is eight words or fewer and asks nothing itself; else null. */
function shortStatedTitle(title: string): string | null {
  const t = withoutNumbering(title).trim();
  return t.split(/\s+/).length <= 8 && !looksLikeQuestion(t) ? t : null;
}

/** FAQ headings, split into external and internal. */
function findFaqs(text: string, blocks: Block[]): FaqRegion[] {
  const textLength = text.length;
  const found: Array<{ heading: number; to: number; type: FaqId | null }> = [];
  // The blocks inside a region found so far (a mark per block: asking every
  // region for every FAQ heading was quadratic in a document of many FAQs).
  const inFound = new Uint8Array(blocks.length);
  const add = (f: { heading: number; to: number; type: FaqId | null }) => {
    found.push(f);
    inFound.fill(1, f.heading, f.to);
  };
  const typeOf = (title: string): FaqId | null => (INTERNAL_FAQ.test(title) ? 'internal-faq' : EXTERNAL_FAQ.test(title) ? 'external-faq' : null);
  /**
   * A group's title names its audience when it is short ("### Customer",
   * "#### For the board") or says it holds questions or whom they are for
   * ("For the people deciding whether to build it", "If you're deciding
   * whether to fund this", "Questions from the finance team"). A longer
   * title that only holds an audience word is a sub-heading of an answer ("#### 4. Leverage Cloud Control API to improve
   * user experience"), which names no FAQ.
   */
  const groupTypeOf = (title: string): FaqId | null => {
    const t = withoutNumbering(title);
    return t.split(/\s+/).length <= 6 || AUDIENCE_OPENING.test(t) || /\b(?:questions|faqs?|q\s*&\s*a)\b/i.test(t) ? typeOf(t) : null;
  };
  /**
   * An FAQ that does not say which it is may hold both, under group titles
   * that do (`isGroup`: the form its groups take). Adds them and returns
   * true; false when there are none.
   */
  /** A block that may title a group of questions: of the group's form, short, and asking nothing itself. */
  const titlesGroup = (j: number, isGroup: (j: number) => boolean) => isGroup(j) && !looksLikeQuestion(blocks[j].plain) && blocks[j].plain.split(/\s+/).length <= 10;
  /**
   * Adds the FAQ's groups: each runs to the next (a topic group after a
   * typed one, "### For the board" then "### Costs", goes on with it) and
   * takes its own type, or `parent`'s when its title names no audience. The
   * questions before the first group stay the FAQ's own ("## FAQ", "### For
   * coordinators", then "### For the board").
   */
  const addGroups = (at: number, to: number, subs: number[], isGroup: (j: number) => boolean, parent: FaqId | null, typeFor = groupTypeOf) => {
    let grouped = false;
    for (let j = at + 1; j < subs[0] && !grouped; j++) grouped = blocks[j].type === 'heading' || isGroup(j);
    if (grouped) add({ heading: at, to: subs[0], type: parent });
    subs.forEach((s, k) => add({ heading: s, to: subs[k + 1] ?? to, type: typeFor(blocks[s].plain) ?? parent }));
  };
  /**
   * Under a title that says which FAQ it is ("## Internal FAQ"), a group takes the other type only when its
   * title names its readers: "### For customers", "### Customer questions", "### Customers". "### Customer and
   * market" is a topic of the internal FAQ, as "### Build" and "### Risks" beside it are.
   */
  const readersTypeOf = (title: string): FaqId | null => {
    const t = withoutNumbering(title).trim();
    const forReaders = AUDIENCE_OPENING.test(t) || /\b(?:questions|faqs?|q\s*&\s*a)\b/i.test(t) || t.split(/\s+/).length <= 2;
    return forReaders ? groupTypeOf(t) : null;
  };
  /**
   * An FAQ that does not say which it is may hold both, under group titles
   * that do (`isGroup`: the form its groups take). Adds them and returns
   * true; false when there are none.
   */
  const splitIntoGroups = (at: number, end: number, isGroup: (j: number) => boolean): boolean => {
    let to = end;
    const parent = typeOf(blocks[at].plain);
    if (parent) return splitTypedParent(at, end, parent, isGroup);
    const subs: number[] = [];
    for (let j = at + 1; j < to; j++) {
      const s = blocks[j];
      if (!titlesGroup(j, isGroup)) continue;
      // After a typed group, a group titled as questions that names no audience
      // ("### More questions", "### Questions from neighbours") is an FAQ of its
      // own, typed below by what the others are; an appendix ends the groups.
      if (groupTypeOf(s.plain) || isAudienceTitle(s.plain) || (subs.length && (FAQ_HEADING.test(s.plain.trim()) || GROUP_OF_QUESTIONS.test(s.plain)))) subs.push(j);
      else if (subs.length && isAppendix(s.plain)) {
        to = j;
        break;
      }
    }
    // Groups titled by readers the catalogue does not name ("### For hospitals and nurses", "### For Tessaly"):
    // two of them at least, so one "### For example" or "### If you're migrating" is read as a topic.
    if (subs.length && subs.every((j) => !groupTypeOf(blocks[j].plain)) && subs.filter((j) => isAudienceTitle(blocks[j].plain)).length < 2) return false;
    if (!subs.length) return false;
    addGroups(at, to, subs, isGroup, null);
    return true;
  };
  /**
   * "### Stakeholder questions" over "#### For customers" and "#### For
   * Tessellate": a title typed one way whose groups include one typed the
   * other way holds both FAQs. Every group of its form counts; one that
   * names no audience keeps the title's type.
   */
  const splitTypedParent = (at: number, to: number, parent: FaqId, isGroup: (j: number) => boolean): boolean => {
    const subs = range(at + 1, to).filter((j) => titlesGroup(j, isGroup));
    if (!subs.some((j) => { const t = readersTypeOf(blocks[j].plain); return !!t && t !== parent; })) return false;
    addGroups(at, to, subs, isGroup, parent, readersTypeOf);
    return true;
  };
  /**
   * A heading that names its readers ("For account managers", "For the person holding the phone") or says it
   * holds questions ("Your questions, answered") over two questions or more, as headings beneath it or as its
   * own bold or numbered lines.
   */
  const firstHeading = blocks.find((b) => b.type === 'heading')?.index ?? -1;
  const titledFaq = (b: Block): boolean => {
    if (b.type !== 'heading' || !(isAudienceTitle(b.plain) || namesQuestions(b.plain)) || b.index === firstHeading) return false;
    // An FAQ's own title ("Frequently Asked Questions") is read below, with the groups it may hold.
    if (FAQ_HEADING.test(b.plain.trim())) return false;
    const to = sectionEndIndex(blocks, b.index);
    // (Not a section that holds the FAQs: "## For reviewers" over "### Customer FAQ" is found at those.)
    if (range(b.index + 1, to).some((j) => blocks[j].type === 'heading' && FAQ_HEADING.test(blocks[j].plain.trim()))) return false;
    return to - b.index >= 2 && extractQuestions(text, blocks, b.index + 1, to, 'external-faq', b.depth).length >= 2;
  };
  for (const b of blocks) {
    if (inFound[b.index]) continue; // already found, or nested under one
    // "## For account managers" over "### Does it replace my lawyer?", "### What does it handle?": no FAQ
    // heading, but a section titled by its readers (or as questions) that asks them questions is an FAQ.
    if (titledFaq(b)) {
      add({ heading: b.index, to: sectionEndIndex(blocks, b.index), type: groupTypeOf(b.plain) });
      continue;
    }
    if (isFaqTitleLine(b)) {
      const to = lineFaqEndIndex(blocks, b.index);
      // "**FAQ**" over "**For the person using it**" / "**For the people deciding…**": bold lines name the groups.
      if (!splitIntoGroups(b.index, to, (j) => isTitleLine(blocks[j]))) add({ heading: b.index, to, type: typeOf(b.plain) });
      continue;
    }
    if (b.type !== 'heading' || !FAQ_HEADING.test(b.plain.trim()) || looksLikeQuestion(b.plain)) continue;
    const to = faqEndIndex(blocks, b.index);
    // "## FAQ" with "### External" / "### Internal" (or "### For the person
    // using it") beneath: those are the FAQs. Only the level right under the
    // heading counts, so "#### … user experience" deep in an internal answer is no FAQ.
    let childDepth = 7;
    for (let j = b.index + 1; j < to; j++) if (blocks[j].type === 'heading') childDepth = Math.min(childDepth, blocks[j].depth ?? 6);
    if (!splitIntoGroups(b.index, to, (j) => blocks[j].type === 'heading' && blocks[j].depth === childDepth)) add({ heading: b.index, to, type: typeOf(b.plain) });
  }
  // "## FAQ", then "## For contributors, sponsors and the curious" over "### Who is it for?", "### Why now?":
  // a section at the FAQ's level, right after it, titled by its readers and holding questions, is the next FAQ.
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    const at = blocks[f.to];
    const depth = blocks[f.heading].depth;
    if (!at || at.type !== 'heading' || depth === undefined || at.depth !== depth || inFound[at.index]) continue;
    const type = groupTypeOf(at.plain);
    if (!type || looksLikeQuestion(at.plain)) continue;
    const to = sectionEndIndex(blocks, at.index);
    const questions = range(at.index + 1, to).filter((j) => blocks[j].type === 'heading' && blocks[j].depth === depth + 1 && looksLikeQuestion(blocks[j].plain));
    if (questions.length >= 2) add({ heading: at.index, to, type });
  }
  const named = new Set(found.filter((f) => f.type));
  // An FAQ not labelled either way is the external one, unless that exists.
  // (A narrative's "Questions we expect" stays so too: the rules read its
  // answers as the claims an external FAQ makes.)
  let external = found.some((g) => g.type === 'external-faq');
  for (const f of found) {
    if (f.type) continue;
    f.type = external ? 'internal-faq' : 'external-faq';
    external = true;
  }
  return found
    .map((f) => ({ id: f.type!, heading: f.heading, named: named.has(f), to: f.to, end: blocks[f.to]?.start ?? textLength }))
    .sort((a, b) => a.heading - b.heading);
}

function assignContexts(model: DocModel, faqRegions: FaqRegion[]): void {
  const { blocks, parts } = model;
  const blockPart = new Map<number, PartId>();
  for (const part of Object.values(parts)) {
    if (!part) continue;
    if (part.heading !== undefined) blockPart.set(part.heading, part.id);
    for (const i of part.blocks) blockPart.set(i, part.id);
  }
  const named = model.kind === 'narrative' ? namedSections(model) : [];
  // The release's README or CHANGELOG, from the heading that wraps it (engine/model/documentation.ts).
  const readmeFrom = documentationStart(model) ?? Infinity;
  const weighs = model.questions.map((x) => TRADE_OFF_QUESTION.test(x.text));
  const counts = model.questions.map((x) => NUMBER_QUESTION.test(x.text));
  // The question whose answer stands as the summary ("What are we launching today?" in an RFC with none of its own).
  const summary = model.parts.summary;
  const launching = summary?.by === 'faq' ? model.questions.findIndex((x) => x.answer?.start === summary.start) : -1;
  // The first FAQ region (in heading order) holding the block, found by a
  // sweep: regions [head, next) start at or before it, and those at the
  // front that ended before it end before every later block too.
  let head = 0;
  let next = 0;
  // The RFC's own sections outside the release and the FAQs ("## Alternatives considered", "## Drawbacks") weigh costs too.
  let weighingSection = false;
  const ctx: ProseContext[] = blocks.map((b) => {
    if (b.type === 'heading') weighingSection = TRADE_OFF_QUESTION.test(b.plain);
    if (model.appendixStart !== null && b.start >= model.appendixStart) return { region: 'appendix' };
    while (next < faqRegions.length && faqRegions[next].heading <= b.index) next++;
    while (head < next && faqRegions[head].to <= b.index) head++;
    const faq = head < next ? faqRegions[head] : undefined;
    if (faq) return { region: 'faq', faq: faq.id, role: b.index === faq.heading && !faq.untitled ? 'heading' : undefined };
    if (model.kind === 'prfaq' && model.pressRelease && b.start >= model.pressRelease.start && b.end <= model.pressRelease.end) {
      return b.index >= readmeFrom ? { region: 'press-release', part: blockPart.get(b.index), readme: true } : { region: 'press-release', part: blockPart.get(b.index) };
    }
    if (model.kind === 'narrative') return { region: 'narrative', section: named[b.index] };
    return weighingSection && b.type !== 'heading' ? { region: 'preamble', weighs: true } : { region: 'preamble' };
  });
  let q = 0;
  // Largest entry end among questions [0, i] (sorted by start): the look-back below is needed only when one reaches past `start`.
  const reach: number[] = [];
  for (const x of model.questions) reach.push(Math.max(reach[reach.length - 1] ?? -1, x.entry.end));
  for (const span of model.prose) {
    // Spans of one block share its context object unless they belong to a question.
    const shared = ctx[span.block];
    span.context = shared;
    if (shared.region === 'faq' && shared.role !== 'heading') {
      const start = span.segments[0]?.[1] ?? 0;
      while (q < model.questions.length && model.questions[q].entry.end <= start) q++;
      const question = model.questions[q];
      // Look back too: spans are in order but several share one question.
      const idx =
        question && question.entry.start <= start
          ? q
          : (reach[Math.min(q, reach.length) - 1] ?? -1) <= start // questions from q on start after `start`
            ? -1
            : model.questions.findIndex((x) => x.entry.start <= start && start < x.entry.end);
      // Spelled out rather than spread: copying objects of several shapes with `...` cost most of this loop.
      if (idx >= 0) {
        const role = start < model.questions[idx].question.end ? 'question' : 'answer';
        const context: ProseContext = { region: 'faq', faq: shared.faq, question: idx, role };
        if (role === 'answer' && weighs[idx]) context.weighs = true;
        // Also a "Q: … A: …" paragraph, which holds the answer: the rule reads the question's own sentence as a question anyway.
        if (counts[idx]) context.asksNumber = true;
        if (role === 'answer' && !model.questions[idx].answered) context.unanswered = true;
        if (role === 'answer' && idx === launching) context.launches = true;
        span.context = context;
      }
    }
  }
}

/**
 * For each block, the id of the innermost recognised section it lies in
 * (a heading lies in its own section). Headings open sections and a heading
 * closes those at its depth or deeper, so the sections around a block are a
 * stack: one pass, where asking every section for every block was quadratic.
 */
function namedSections(model: DocModel): Array<string | undefined> {
  const open: Array<{ depth: number; id: string | undefined }> = [];
  let s = 0;
  return model.blocks.map((b) => {
    if (s < model.sections.length && model.sections[s].heading === b.index) {
      const section = model.sections[s++];
      while (open.length && open[open.length - 1].depth >= section.depth) open.pop();
      // What the blocks inside see: this section's id, or the nearest enclosing one's.
      open.push({ depth: section.depth, id: section.id ?? open[open.length - 1]?.id });
    }
    return open[open.length - 1]?.id;
  });
}

/**
 * The first heading's first line, or line 0: where document-level findings
 * sit. Same answer as review.ts's `documentAnchor`; lives here so rules can
 * use it without importing review.ts (which imports every rule).
 */
export function documentAnchor(model: Pick<DocModel, 'blocks' | 'text'>): { start: number; end: number } {
  const h = model.blocks.find((b) => b.type === 'heading');
  if (h) {
    const nl = model.text.slice(h.start, h.end).search(/\r?\n|\r/);
    return { start: h.start, end: nl >= 0 ? h.start + nl : h.end };
  }
  return { start: 0, end: 0 };
}
