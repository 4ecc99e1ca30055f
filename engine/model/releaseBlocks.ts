/**
 * Small readings of top-level blocks that the press-release reader
 * (./pressRelease.ts, ./opening.ts) shares: where a named section ends,
 * which blocks carry no text of the release, what a part's span is.
 */
import type { List, Paragraph } from 'mdast';
import { PRESS_RELEASE_TITLE_WORDS } from '../genre/catalogue.js';
import { DOCUMENT_FACT_LABELS, PAGE_HISTORY_OPENINGS } from '../lexicon/cues.js';
import { phrasePattern } from '../text/phrases.js';
import { ADDRESSED_INSTRUCTION_OPENING, TEMPLATE_INSTRUCTION_OPENING } from './cues.js';
import { HOLDS_DATE, isReleaseLineAlone } from './dateline.js';
import { isLabelLine, partLabel } from './partLabels.js';
import { isBracketPromptText } from './blocks.js';
import { plainText } from './prose.js';
import { isQuote } from './quotes.js';
import type { Block, Part, PartId } from './types.js';

export function sectionEnd(blocks: Block[], i: number, to: number): number {
  const depth = blocks[i].depth ?? 6;
  let j = i + 1;
  while (j < to && !(blocks[j].type === 'heading' && (blocks[j].depth ?? 6) <= depth)) j++;
  return j;
}

/** A bold line standing as a heading runs to the next heading, the next such line or the next paragraph with a label of its own. */
export function lineSectionEnd(blocks: Block[], i: number, to: number): number {
  let j = i + 1;
  while (j < to && blocks[j].type !== 'heading' && !isLabelLine(blocks[j]) && !partLabel(blocks[j])) j++;
  return j;
}

export function partOf(id: PartId, blocks: Block[], idx: number[], heading?: number): Part {
  const first = blocks[heading ?? idx[0]];
  const last = blocks[idx.length ? idx[idx.length - 1] : (heading as number)];
  return { id, start: first.start, end: last.end, blocks: idx, heading };
}

export const isProseBlock = (b: Block) => b.type === 'paragraph' || b.type === 'blockquote';
export const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
export const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);

/** "* **Author**: @ana", "* **Tracking issue**: #52": a list of facts about the document, not its text. */
export function isMetadataList(b: Block): boolean {
  if (b.type !== 'list') return false;
  const items = (b.node as List).children;
  let known = 0;
  const all = items.length > 0 && items.every((item) => {
    const p = item.children[0];
    if (!p || p.type !== 'paragraph') return false;
    const first = p.children[0];
    const label = first && first.type === 'strong' ? plainText(first) : '';
    const next = p.children[1] && 'value' in p.children[1] ? p.children[1].value : '';
    if (label) {
      known++;
      return /:\s*$/.test(label) || /^\s*:/.test(next);
    }
    // Written plain: "* Original Author(s): @okonkwo-e", "* API Bar Raiser: TBD", "* Stage: API review":
    // a short label and a short value, each item; a label such writers use, or a handle or an issue number, in one at least.
    const text = plainText(p);
    const plainLabel = /^([^:\n]{1,40}):\s*(.*)$/s.exec(text);
    if (!plainLabel || wordCount(plainLabel[1]) > 4 || wordCount(plainLabel[2]) > 12) return false;
    if (FACT_LABEL_WITHIN.test(plainLabel[1]) || /(?:^|\s)[@#][\w-]+/.test(plainLabel[2])) known++;
    return true;
  });
  return all && known > 0;
}
const FACT_LABEL_WITHIN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrasePattern(DOCUMENT_FACT_LABELS, { wildcards: true })})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * "> This section should contain…", "> Describe your plan…": a template's
 * instruction left in a blockquote (an attributed quote that happens to
 * open with "Write your…" is someone's words, not the template's).
 */
export const isTemplateNote = (b: Block) =>
  b.type === 'blockquote' && (TEMPLATE_INSTRUCTION_OPENING.test(b.plain.trim()) || (ADDRESSED_INSTRUCTION_OPENING.test(b.plain.trim()) && !isQuote(b)));

/**
 * A paragraph that is one bracketed prompt of a template (blocks.ts
 * isBracketPromptText). Where a part goes it still marks the part's place:
 * the part is there, unfilled, and `placeholder` reports the prompt (as an
 * unfilled "[CITY] — [DATE]" is no missing summary). Under a question it
 * is no answer (./faq.ts).
 */
export const isBracketPrompt = (b: Block) => b.type === 'paragraph' && isBracketPromptText(b.plain);

/**
 * "RFC 0789 · Authors: Ana Ruiz · Status: in review", "Pellet RFC 0312 |
 * owner @hk | draft v3": a line of facts about the document, three fields
 * or more set apart by dots or bars, one of them a label such writers use
 * (DOCUMENT_FACT_LABELS) or a handle; or such fields one a line. It is no
 * headline, no subheading and no summary.
 */
const FACT = new RegExp(`^\\W{0,3}(?:${phrasePattern(DOCUMENT_FACT_LABELS, { wildcards: true })})(?![\\p{L}\\p{N}])|(?:^|\\s)@[\\w-]+`, 'iu');
export function isMetadataLine(b: Block): boolean {
  // Also set off as a block quote: "> **Author:** @hk · **Tracking issue:** #1302 · **Status:** Implementing".
  if ((b.type !== 'paragraph' && b.type !== 'blockquote') || wordCount(b.plain) > 40) return false;
  const fields = b.plain.trim().split(/\s+[·|•]\s+/);
  if (fields.length >= 3 && fields.some((f) => FACT.test(f.trim()))) return true;
  // One field a line: "Status: Proposed⏎Author: Ana Ruiz (@ana)⏎Issue: #1420".
  // (`plain` joins a paragraph's lines with spaces; its text nodes keep the line breaks.)
  if (b.type !== 'paragraph') return false;
  const raw = (b.node as Paragraph).children.map((c) => (c.type === 'text' ? c.value : plainText(c))).join('');
  const lines = raw.trim().split(/\n+/);
  return lines.length >= 2 && lines.every((l) => /^[^:]{1,30}:\s*\S/.test(l.trim())) && lines.some((l) => FACT.test(l.trim()));
}

/** A paragraph made only of links to places in the document: "[2. External FAQ](#heading=h.gxd6nc)". */
function linksWithin(p: Paragraph): boolean {
  const kids = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()) && c.type !== 'break');
  return kids.length > 0 && kids.every((c) => c.type === 'link' && c.url.startsWith('#'));
}

/**
 * A table of contents, as documents exported from Google Docs or Word carry
 * it: its title ("**Table of contents**", "Contents"), and entries that link
 * to headings in the document, one per paragraph or as a list. None of it
 * is text of the release, and "[2. External FAQ](#…)" opens no FAQ.
 */
export function isContentsEntry(b: Block): boolean {
  if (b.type === 'paragraph') return linksWithin(b.node as Paragraph) || (wordCount(b.plain) <= 3 && CONTENTS_TITLE.test(b.plain.trim()));
  if (b.type === 'heading') return CONTENTS_TITLE.test(b.plain.trim());
  if (b.type !== 'list') return false;
  const items = (b.node as List).children;
  return items.length > 0 && items.every((item) => item.children.length === 1 && item.children[0].type === 'paragraph' && linksWithin(item.children[0] as Paragraph));
}
const CONTENTS_TITLE = /^[\W_]*(?:table of contents|contents|toc)[\W_]*$/i;

/**
 * "Stallbuch – press release & FAQ (draft v2, Jonas)": a line that names
 * the document after its subject (the catalogue's PRESS_RELEASE_TITLE_WORDS
 * after a dash or a colon) is the document's title, not the headline.
 */
const NAMES_THE_DOCUMENT = new RegExp(`^[^—–:]{1,60}(?:\\s[—–-]\\s|:\\s)(?:the\\s+)?${phrasePattern(PRESS_RELEASE_TITLE_WORDS)}(?![\\p{L}\\p{N}])`, 'iu');
export const isDocumentTitleLine = (b: Block) => b.type === 'paragraph' && wordCount(b.plain) <= 14 && !b.plain.includes('\n') && NAMES_THE_DOCUMENT.test(b.plain.trim());

/**
 * "Created by Priya Raman, last modified by Daniel Osei on Feb 11, 2025": a
 * wiki page's history line, kept by an export under the title. It opens
 * with PAGE_HISTORY_OPENINGS and holds a date; it is no headline.
 */
const PAGE_HISTORY = new RegExp(`^\\W{0,3}(?:${phrasePattern(PAGE_HISTORY_OPENINGS)})(?![\\p{L}\\p{N}])`, 'iu');
export const isPageHistoryLine = (b: Block) => b.type === 'paragraph' && wordCount(b.plain) <= 25 && PAGE_HISTORY.test(b.plain.trim()) && HOLDS_DATE.test(b.plain);

/** Blocks that carry no text of the release: markup, rules, link definitions, a lone release line, a line of facts about the document, a template's instruction, a table of contents, a line naming the document, a page's history. */
export const isFiller = (b: Block) =>
  b.type === 'html' || b.type === 'thematicBreak' || b.type === 'definition' || b.type === 'yaml' || isReleaseLineAlone(b) || isMetadataList(b) || isMetadataLine(b) || isTemplateNote(b) || isContentsEntry(b) || isDocumentTitleLine(b) || isPageHistoryLine(b);

export function isEmphasisOnly(b: Block): boolean {
  if (b.type !== 'paragraph') return false;
  const kids = (b.node as Paragraph).children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return kids.length === 1 && (kids[0].type === 'strong' || kids[0].type === 'emphasis');
}

/** Does the block hold a node of this type anywhere inside it? */
function holds(b: Block, type: string): boolean {
  const stack = [b.node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === type) return true;
    if ('children' in n) stack.push(...(n.children as typeof stack));
  }
  return false;
}

/** A command to run written in the text: "`npx ledger init`". */
export const hasCode = (b: Block): boolean => holds(b, 'inlineCode');

export const hasLink = (b: Block): boolean => holds(b, 'link');

/**
 * A paragraph's sentences (a rough cut: the model counts and scans them, it
 * does not underline them). One ends after ".", "!" or "?" and a space,
 * unless a lower-case word follows ("a 9 a.m. cancellation", "e.g. the
 * till") or the full stop ends a title ("Dr. Okafor"). "No. It exports…"
 * is two sentences.
 */
const SENTENCE_BREAK = /(?<=[.!?])(?<!(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|St|Mt|Jr|Sr|vs)\.)\s+(?=[^\s\p{Ll}])/u;
export const sentencesOf = (t: string): string[] => t.split(SENTENCE_BREAK);

/** "Today Fernhill launched Ledger…": a launch told in the first sentence. */
export const firstSentence = (t: string) => t.split(SENTENCE_BREAK)[0] ?? t;

