/**
 * Which kind of document is this? Contract order: front matter `kind:`, the
 * file name, the user's globs, and last the content. A README with an FAQ
 * section must stay quiet, so content recognition asks for signals only
 * Working Backwards documents carry. The words it looks for are data in
 * engine/genre/kinds.ts and the narrative sections of the parts catalogue.
 *
 * File names come in two strengths. `idea.prfaq.md` is the team's own
 * convention, chosen on purpose: the file is reviewed as that kind whatever
 * it holds. `prfaq.md`, `press-release.md`, `six-pager.md` are names people
 * use in the wild, for drafts and for everything else (the README of a
 * PR/FAQ tool, a link to a shared document): the name gives the kind, but
 * when none of that kind's structure is there the review says so once
 * (`unrecognized`, reported by rule unrecognized-structure) instead of
 * judging a document it cannot read.
 */
import {
  KIND_FILE_NAMES,
  KIND_SUFFIXES,
  LAUNCH_QUESTIONS,
  MARKDOWN_EXTENSIONS,
  NARRATIVE_TITLES,
  PRFAQ_TITLES,
  RELEASE_LINES,
  RELEASE_OPENINGS,
} from '../genre/kinds.js';
import type { Paragraph } from 'mdast';
import { narrativeSectionsForHeading, tellingNarrativeSections, withoutNumbering } from '../genre/headings.js';
import { phraseMatcher, phrasePattern, type PhraseMatcher } from '../text/phrases.js';
import { firstSentence } from '../text/sentences.js';
import { ATTRIBUTION, EXTERNAL_FAQ, FAQ_HEADING, INTERNAL_FAQ, LAUNCH_CUE, QUOTATION } from './cues.js';
import { PLACED_DATELINE, emphasisedPlaceWithRegion } from './dateline.js';
import { plainText } from './prose.js';
import { isBoldLineAlone, isTitleLine } from './titleLine.js';
import type { Block, DocKind, Unrecognized } from './types.js';

export interface KindInput {
  path?: string;
  forced?: DocKind;
  frontMatter: Record<string, unknown> | null;
  globs?: { prfaq: string[]; narrative: string[] };
  blocks: Block[];
}

export interface KindDecision {
  kind: DocKind | null;
  reason: string;
  /** Set when only a file name of the wild gave the kind and none of that kind's structure is there. */
  unrecognized: Unrecognized | null;
}

export function decideKind(input: KindInput): KindDecision {
  const sure = (kind: DocKind | null, reason: string): KindDecision => ({ kind, reason, unrecognized: null });
  if (input.forced) return sure(input.forced, 'forced');
  const fm = input.frontMatter?.kind;
  if (fm === 'prfaq' || fm === 'narrative') return sure(fm, 'front matter');
  const path = input.path ?? '';
  const base = path.split(/[\\/]/).pop() ?? '';
  const suffix = kindOfSuffix(base);
  if (suffix) return sure(suffix, 'file name');
  if (path && input.globs) {
    const norm = path.replace(/\\/g, '/');
    for (const kind of ['prfaq', 'narrative'] as const) {
      const globs = input.globs[kind];
      if (globs.length && globMatcher(globs)(norm)) return sure(kind, 'glob setting');
    }
  }
  const evidence = collectEvidence(input.blocks);
  const content = judge(evidence);
  const named = kindOfName(base);
  if (!named) return sure(content.kind, content.reason);
  // The name says which kind; the content may only say which when the name does not.
  const kind: DocKind = named !== 'either' ? named : (content.kind ?? (shows(evidence, 'prfaq') || !shows(evidence, 'narrative') ? 'prfaq' : 'narrative'));
  const reason = `file name ${base}`;
  if (content.kind === kind || shows(evidence, kind)) return sure(kind, reason);
  return { kind, reason, unrecognized: { kind, file: base } };
}

/** The file's name without its Markdown extension, or null for another extension. */
function stem(base: string): string | null {
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || !MARKDOWN_EXTENSIONS.includes(base.slice(dot + 1).toLowerCase())) return null;
  return base.slice(0, dot);
}

/** `idea.prfaq.md` → prfaq. */
function kindOfSuffix(base: string): DocKind | null {
  const s = stem(base);
  if (!s) return null;
  const last = s.slice(s.lastIndexOf('.') + 1).toLowerCase();
  if (last === s.toLowerCase()) return null; // no inner dot: a bare `prfaq.md` is a name of the wild
  for (const kind of ['prfaq', 'narrative'] as const) if (KIND_SUFFIXES[kind].includes(last)) return kind;
  return null;
}

const squash = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

/** `PR-FAQ.md`, `press_release.md`, `6-pager.md` → the kind that name gives. */
export function kindOfName(base: string): DocKind | 'either' | null {
  const s = stem(base);
  if (!s) return null;
  const name = squash(s);
  for (const kind of ['prfaq', 'narrative', 'either'] as const) if (KIND_FILE_NAMES[kind].some((n) => squash(n) === name)) return kind;
  return null;
}

/**
 * `*.pr.md` matches the file name anywhere; `plans/**` matches that folder
 * anywhere in the path (the path may be absolute). picomatch's `matchBase`
 * would break the second kind, so each pattern gets the treatment it needs.
 */
function globMatcher(globs: string[]): (path: string) => boolean {
  const expanded = globs.flatMap((g) => {
    const pattern = g.replace(/\\/g, '/').replace(/^\.\//, '');
    if (!pattern.includes('/')) return [`**/${pattern}`];
    return pattern.startsWith('/') || pattern.startsWith('**/') ? [pattern] : [pattern, `**/${pattern}`];
  });
  // Loaded on first use, like yaml in build.ts: kind globs are a setting few set.
  const picomatch = require('picomatch') as typeof import('picomatch');
  return picomatch(expanded, { dot: true });
}

/** What the blocks show of either kind. */
export interface KindEvidence {
  /** A "PR/FAQ", "Press Release" or "Working Backwards" title (heading or a line of its own). */
  prfaqTitle: boolean;
  /** A "Narrative" or "Six-pager" title. */
  narrativeTitle: boolean;
  /** "FOR IMMEDIATE RELEASE". */
  releaseLine: boolean;
  /** A dateline paragraph near the top. */
  dateline: boolean;
  /** A press release's opening sentence ("Today we're releasing…", "Now … can"). */
  opening: boolean;
  /** Launch words or an attributed quotation in the first blocks (enough for a file named a press release). */
  announcement: boolean;
  /** FAQ headings (or lines), and how many of them say internal or external. */
  faq: number;
  /** A question heading or line asking "What are we launching today?": the PR/FAQ template's first question. */
  launchQuestion: boolean;
  typedFaq: number;
  /** Narrative sections opened by the headings of the top three levels, and those whose titles point to a six-pager. */
  sections: Set<string>;
  telling: Set<string>;
  /** Paragraphs of prose (a dozen words or more), counted up to a few. */
  paragraphs: number;
}

/** "### What are we launching today?", "**Q1. What are we launching?**": numbering, "Q:" and emphasis around the question allowed. */
const LAUNCH_QUESTION = new RegExp(`^[\\s*_]*(?:(?:q\\s*\\d*|\\d+)\\s*[.:)]\\s*)?(?:${phrasePattern(LAUNCH_QUESTIONS)})\\s*\\??[\\s*_]*$`, 'i');

/** How far down the openings, datelines and announcements are looked for: a press release starts at the top. */
const TOP_BLOCKS = 40;
const OPENING_PARAGRAPHS = 4;
const PROSE_PARAGRAPHS = 3;
/** Narrative sections that outweigh a typed FAQ when only one of them tells a six-pager (PR/FAQs of the wild hold two at most). */
const MEMO_SECTIONS = 4;
/** A line standing alone as a title: short, and no sentence. */
const TITLE_LINE_WORDS = 8;

export function collectEvidence(blocks: Block[]): KindEvidence {
  const e: KindEvidence = {
    prfaqTitle: false, narrativeTitle: false, releaseLine: false, dateline: false, opening: false, announcement: false,
    faq: 0, typedFaq: 0, launchQuestion: false, sections: new Set(), telling: new Set(), paragraphs: 0,
  };
  let openings = 0;
  let top = 0;
  for (const b of blocks) {
    if (b.type === 'yaml' || b.type === 'html' || b.type === 'definition') continue;
    const atTop = top++ < TOP_BLOCKS;
    const text = b.plain.trim();
    const line = b.type === 'heading' || (b.type === 'paragraph' && standsAlone(b, text));
    if (line) {
      const segs = titleSegments(text);
      if (prfaqTitleIn(segs)) e.prfaqTitle = true;
      if (narrativeTitleIn(segs)) e.narrativeTitle = true;
      if (LAUNCH_QUESTION.test(text)) e.launchQuestion = true;
      if (FAQ_HEADING.test(text)) {
        e.faq++;
        if (INTERNAL_FAQ.test(text) || EXTERNAL_FAQ.test(text)) e.typedFaq++;
      }
    }
    // A bold line standing alone opens a section as a heading does ("**1. Context**", "**Lessons learned**"),
    // and so does a bold label alone on its line ("**Purpose:**", "**Tenets:**").
    if ((b.type === 'heading' && (b.depth ?? 1) <= 3) || isTitleLine(b) || numberedTitleLine(b, text) || (isBoldLineAlone(b) && /:["”’)*_]*$/.test(text) && wordCount(text) <= TITLE_LINE_WORDS)) {
      for (const id of narrativeSectionsForHeading(text)) e.sections.add(id);
      for (const id of tellingNarrativeSections(text)) e.telling.add(id);
    } else {
      // "**Purpose:**⏎This document asks…": a bold label on the paragraph's first line opens a section too.
      const label = boldLabelLine(b);
      if (label) {
        for (const id of narrativeSectionsForHeading(label)) e.sections.add(id);
        for (const id of tellingNarrativeSections(label)) e.telling.add(id);
      }
    }
    if (!atTop) {
      if (b.type === 'paragraph' && e.paragraphs < PROSE_PARAGRAPHS && wordCount(text) >= 12) e.paragraphs++;
      continue;
    }
    if (b.type === 'paragraph' || b.type === 'blockquote') {
      if (matcher(RELEASE_LINES).at(text.toLowerCase().replace(/^[^\p{L}]+/u, ''), 0)) e.releaseLine = true;
      if (b.type === 'paragraph' && (looksLikeDateline(text) || emphasisedPlaceWithRegion(b))) e.dateline = true;
      if (QUOTATION.test(text) && (ATTRIBUTION.test(text) || /["”]\s*[—–-]{1,2}\s*\p{L}/u.test(text))) e.announcement = true;
      if (b.type === 'paragraph' && wordCount(text) >= 12 && e.paragraphs < PROSE_PARAGRAPHS) e.paragraphs++;
    }
    if ((b.type === 'paragraph' && !line) || (b.type === 'heading' && openings === 0)) {
      if (openings++ < OPENING_PARAGRAPHS + 1) {
        if (opensLikeARelease(text)) e.opening = true;
        if (b.type === 'paragraph' && LAUNCH_CUE.test(text)) e.announcement = true;
      }
    }
  }
  if (e.opening || e.dateline || e.releaseLine) e.announcement = true;
  return e;
}

/** The bold label on a paragraph's own first line ("**Tenets:**" over the text), or null. */
function boldLabelLine(b: Block): string | null {
  if (b.type !== 'paragraph') return null;
  const kids = (b.node as Paragraph).children;
  const first = kids[0];
  const next = kids[1];
  // The label ends its line: a line break, or text that opens with one.
  const endsLine = !!next && (next.type === 'break' || (next.type === 'text' && /^[ \t]*\r?\n/.test(next.value)));
  if (!first || first.type !== 'strong' || !endsLine) return null;
  const label = plainText(first).trim();
  return /:$/.test(label) && wordCount(label) <= TITLE_LINE_WORDS ? label : null;
}

/** What content alone says (no name, no setting). */
export function judge(e: KindEvidence): { kind: DocKind | null; reason: string } {
  if (e.releaseLine) return { kind: 'prfaq', reason: '"for immediate release" line' };
  if (e.dateline) return { kind: 'prfaq', reason: 'dateline paragraph' };
  if (e.prfaqTitle) return { kind: 'prfaq', reason: 'PR/FAQ title' };
  const narrative = (e.telling.size > 0 || e.narrativeTitle) && e.sections.size + (e.narrativeTitle ? 1 : 0) >= 2;
  // Tenets, lessons learned and a proposal with an "Internal FAQ" at the end are a narrative's FAQ; so are
  // context, proposal, goals and risks with no press-release opening (PR/FAQs hold two such sections at most).
  const memo = narrative && (e.telling.size >= 2 || (e.sections.size >= MEMO_SECTIONS && !e.opening));
  // Two FAQs typed apart ("Customer FAQ" and "Internal FAQ") are a PR/FAQ's, even inside a design document's sections.
  if (e.typedFaq >= 2 || (e.typedFaq > 0 && !memo)) return { kind: 'prfaq', reason: 'FAQ sections' };
  if (e.faq > 0 && e.opening) return { kind: 'prfaq', reason: 'press-release opening and an FAQ' };
  if (e.launchQuestion && !memo) return { kind: 'prfaq', reason: 'the FAQ asks "What are we launching today?"' };
  if (narrative) return { kind: 'narrative', reason: 'narrative sections' };
  return { kind: null, reason: 'not a Working Backwards document' };
}

/** Whether the blocks show any structure of `kind`: what a file named for that kind must show to be reviewed as one. */
function shows(e: KindEvidence, kind: DocKind): boolean {
  if (kind === 'prfaq') return e.prfaqTitle || e.releaseLine || e.dateline || e.announcement || e.faq > 0;
  return e.narrativeTitle || e.sections.size > 0 || e.paragraphs >= PROSE_PARAGRAPHS;
}

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;

/**
 * A paragraph of one short line that is no sentence: "**Press Release**",
 * "FAQ", "PRESS RELEASE". A plain line ending in a colon introduces what
 * follows ("Before — internal FAQ:") and is no title; a bold one may be.
 */
function standsAlone(b: Block, text: string): boolean {
  // Cheap tests first: this runs on every paragraph of every review.
  if (!text || text.length > TITLE_LINE_WORDS * 16 || /[\r\n]/.test(text) || wordCount(text) > TITLE_LINE_WORDS) return false;
  if (/[.!?,;]["”’)*_]*$/.test(text)) return false;
  const children = (b.node as { children?: Array<{ type: string }> }).children ?? [];
  const emphasised = children.length === 1 && (children[0].type === 'strong' || children[0].type === 'emphasis');
  return emphasised || !text.endsWith(':');
}

/**
 * A numbered bold title line ("**3. What we learned from the North Fork
 * trial**", "**Part 2 — Lessons learned**"): its numbering, in every form
 * withoutNumbering reads, is no word of the title. (./titleLine.ts skips
 * only a plain "3." or "IV." before counting; the kind reads more forms.)
 */
function numberedTitleLine(b: Block, text: string): boolean {
  if (!isBoldLineAlone(b)) return false;
  const t = withoutNumbering(text);
  return t !== text && !!t && wordCount(t) <= TITLE_LINE_WORDS && !/[.!?:;,]["”’)]*$/.test(t);
}

/** "Press Release", "PR/FAQ: Ledger", "Ledger PR / FAQ", "Part 1 — Press Release", "The Workshop — PRFAQ (draft)"; not "PR/FAQ Studio". */
export function isPrfaqTitle(title: string): boolean {
  return prfaqTitleIn(titleSegments(title));
}

function prfaqTitleIn(segs: string[]): boolean {
  if (!segs.length) return false;
  return segs.some((s) => PRFAQ_TITLES.includes(s)) || PRFAQ_TITLES.some((t) => segs[0].endsWith(` ${t}`));
}

/** "Narrative", "Six-pager: van stocking", "A six-page narrative". */
export function isNarrativeTitle(title: string): boolean {
  return narrativeTitleIn(titleSegments(title));
}

function narrativeTitleIn(segs: string[]): boolean {
  if (!segs.length) return false;
  return segs.some((s) => NARRATIVE_TITLES.includes(s)) || NARRATIVE_TITLES.some((t) => segs[0].endsWith(` ${t}`));
}

/**
 * A title cut where writers separate the document's name from the
 * product's ("PRFAQ — Ledger", "Ledger: Press Release (draft)"), each piece
 * in lower case, with `/ - _ & +` read as spaces and a leading "the" dropped.
 */
function titleSegments(title: string): string[] {
  return withoutNumbering(title)
    .split(/\s*[:|()[\]—–]\s*|\s+-\s+/)
    .map((s) => s.toLowerCase().replace(/[/_&+\-.]+/g, ' ').replace(/[^\p{L}\p{N} ]+/gu, '').replace(/\s+/g, ' ').trim().replace(/^the /, ''))
    .filter(Boolean);
}

/**
 * A dateline near the top, as a reader would take it: it starts with a
 * capital and its dash is a dash, not a hyphen inside a word ("draft-04/06"
 * is a version, "SEATTLE - March 3" a dateline) nor a colon ("Left in the
 * draft: [TK]" is a sentence).
 */
function looksLikeDateline(text: string): boolean {
  const m = PLACED_DATELINE.exec(text);
  if (!m) return false;
  const head = m[0].replace(/^[^\p{L}]+/u, '');
  if (!/^\p{Lu}/u.test(head)) return false;
  // The dash may close the match or follow it ("(Seattle, WA) March 3, 2027 -").
  return /[—–]|\s-|-\s|--/.test(text.slice(0, m[0].length + 4));
}

const matchers = new Map<readonly string[], PhraseMatcher>();
function matcher(list: readonly string[]): PhraseMatcher {
  let m = matchers.get(list);
  if (!m) matchers.set(list, (m = phraseMatcher(list)));
  return m;
}

/** The first sentence opens (or, for `anywhere` openings, holds) one of the release openings. */
export function opensLikeARelease(text: string): boolean {
  // firstSentence does not cut at "Inc." or "e.g.": "Today, Acme Inc. announced…" opens a release.
  const body = text.replace(/^[^\p{L}]+/u, '');
  const sentence = body.slice(...firstSentence(body));
  for (const o of RELEASE_OPENINGS) {
    const opens = matcher(o.opens);
    const hit = o.anywhere ? opens.first(sentence) : opens.at(sentence, 0);
    if (!hit) continue;
    if (!o.then) return true;
    const then = matcher(o.then);
    // Each of the next `within` words may start what follows.
    const rest = sentence.slice(hit.end);
    const starts = [...rest.matchAll(/[\p{L}\p{N}]/gu)].filter((w) => w.index === 0 || !/[\p{L}\p{N}'’]/u.test(rest[w.index - 1]));
    for (const w of starts.slice(0, (o.within ?? 0) + 1)) if (then.at(rest, w.index)) return true;
  }
  return false;
}
