/**
 * `placeholder`: template text a writer meant to replace — `[TK]`, `TBD`,
 * `{{name}}`, `<customer>`, `[Product name]`, `???`, lorem ipsum.
 *
 * Angle placeholders such as `<customer>` are inline HTML to the Markdown
 * parser, so they never reach the prose spans. This rule therefore reads the
 * raw source of each prose block, with everything that is not prose blanked
 * out first (code, HTML comments, link and image syntax, footnote markers),
 * so offsets stay exact and nothing inside code can match.
 */
import type { Nodes, Paragraph } from 'mdast';
import * as L from '../lexicon/placeholders.js';
import { treeShift } from '../model/blocks.js';
import { ADDRESSED_INSTRUCTION_SOURCE } from '../model/cues.js';
import { datelineOf } from '../model/dateline.js';
import { isQuote } from '../model/quotes.js';
import { isBracketPrompt } from '../model/releaseBlocks.js';
import { isItalicOnly, isItalicPromptText } from '../model/blocks.js';
import type { Block } from '../model/types.js';
import { escapeRegExp, phrasePattern } from '../text/phrases.js';
import { inUnansweredAnswer, missingParts } from './helpers.js';
import type { Rule, RuleContext } from './types.js';
import { OPEN_QUESTIONS_TITLE } from '../genre/headings.js';

/** HTML elements a writer may really use in Markdown. */
const HTML_ELEMENTS = new Set(
  (
    'a abbr address article aside audio b bdi bdo big blockquote body br button canvas caption center cite code col colgroup ' +
    'data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 ' +
    'head header hr html i iframe img input ins kbd label legend li link main map mark meta meter nav noscript object ol ' +
    'optgroup option output p param picture pre progress q rp rt ruby s samp script section select small source span strike ' +
    'strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr svg path'
  ).split(' '),
);
/** Elements that never have a closing tag. */
const VOID_ELEMENTS = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));

/** Words that make a bracketed phrase read as "fill this in" (engine/lexicon/placeholders.ts). */
const SLOT_WORDS = new RegExp(`\\b(?:${phrasePattern(L.SLOT_WORDS)}|xx+)\\b`, 'i');
/** The last word is a slot: "[media contact info]", "[link to policy documents]" reads as a gap, not an insertion. */
const ENDS_IN_SLOT = new RegExp(`\\b${phrasePattern(L.SLOT_WORDS)}$`, 'i');
/** Phrases that start an instruction to the writer. */
const INSTRUCTION = new RegExp(`^${phrasePattern(L.INSTRUCTION_LEADS)}\\b`, 'i');
/** "[the app]", "[sic]": an editor's insertion in a quotation. */
const INSERTION = new RegExp(`^${phrasePattern(L.INSERTION_LEADS)}\\b`, 'i');

interface Candidate {
  start: number;
  end: number;
  /** The word in `<…>`: a placeholder unless the document closes it as an HTML element. */
  angle?: string;
  /** A template's instruction to the writer, not a slot. */
  instruction?: boolean;
}

/** Blank out (with spaces, keeping offsets and line breaks) what is not prose. */
function maskedSource(text: string, block: Block): string {
  const chars = text.slice(block.start, block.end).split('');
  const shift = treeShift(block);
  const blank = (s: number, e: number) => {
    for (let i = Math.max(s, block.start); i < Math.min(e, block.end); i++) {
      const k = i - block.start;
      if (chars[k] !== '\n' && chars[k] !== '\r') chars[k] = ' ';
    }
  };
  // "`SEATTLE, WA — [DATE] —` AWS today announced…": a dateline set in code is read as the dateline it is.
  const dateline = block.type === 'paragraph' && datelineOf(block) === 'sure' ? (block.node as Paragraph).children[0] : null;
  const stack: Nodes[] = [block.node];
  while (stack.length) {
    const node = stack.pop()!;
    const s = (node.position?.start.offset ?? 0) + shift;
    const e = (node.position?.end.offset ?? 0) + shift;
    switch (node.type) {
      case 'inlineCode':
        if (node === dateline) {
          for (let i = Math.max(s, block.start); i < Math.min(e, block.end); i++) if (chars[i - block.start] === '`') chars[i - block.start] = ' ';
          continue;
        }
        blank(s, e);
        continue;
      case 'code':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
      case 'definition':
      case 'yaml':
        blank(s, e);
        continue;
      case 'html':
        if (/^\s*<!--/.test(node.value)) blank(s, e);
        continue;
      case 'link':
      case 'linkReference': {
        const kids = node.children;
        const only = kids.length === 1 ? kids[0] : null;
        const bare = node.type === 'link' && only?.type === 'text' && (only.value === node.url || /^(?:https?:|www\.|mailto:)/i.test(only.value) || node.url === `mailto:${only.value}`);
        if (kids.length === 0 || bare || !kids[0].position) {
          blank(s, e);
          continue;
        }
        // Keep the link text, blank the brackets and the target.
        blank(s, (kids[0].position.start.offset ?? 0) + shift);
        blank((kids[kids.length - 1].position!.end.offset ?? 0) + shift, e);
        break;
      }
      default:
        break;
    }
    if ('children' in node) for (const c of node.children as Nodes[]) stack.push(c);
  }
  return chars.join('');
}

/** A bracketed slot joined to another by a path's or a name's separator, with no space: part of a pattern. */
const CHAINED_BEFORE = /\][/_.:@-]$/;
const CHAINED_AFTER = /^[/_.:@-]\[/;
const BRACKET = /\[\s*([^[\]\n]{1,80}?)\s*\](?![(:[])/g;
/** The name of a template's variable: capitals, digits and underscores ("AUTHOR", "TRACKING_ISSUE"). */
const TEMPLATE_VARIABLE = /^\p{Lu}{2,}[\p{Lu}\d]*(?:_[\p{Lu}\d]+)*$/u;
const CURLY = /\{\{[^{}\n]{0,80}\}\}|\{\s*([A-Za-z][^{}\n]{0,40}?)\s*\}/g;
const ANGLE = /(?<![\p{L}\p{N}_])<\s*([A-Za-z][^<>\n]{0,80}?)\s*>/gu;
// Also a date's format where the date goes ("deprecated on YYYY-MM-DD"; "dates use the YYYY-MM-DD format" describes one),
// and a blank to write on ("against __________ nodes").
const MARKERS = /(?<![\p{L}\p{N}_-])(?:@[xX]{3,}|TK(?:TK)*|TBD|tbd|TBA|TBC|TODO|FIXME|[$£€¥][Xx]+(?:\.[Xx]+)?|[Xx]{1,3}(?:\.[Xx]+)?%|(?:\+\d{1,3}\s)?[\d(][\d()-]*X{2,}[X\d()-]*|X{2,}|(?<=\b(?:on|by|from|until|before|after|as of)\s)(?:YYYY-MM-DD|DD\/MM\/YYYY|MM\/DD\/YYYY)|_{5,})(?![\p{L}\p{N}_-])/gu;
const QUESTION_MARKS = /(?<![\p{L}\p{N}?!])\?{2,}/gu;
/** "??TODO??", "??NAME??": a marker wrapped in question marks, one placeholder. */
const WRAPPED_MARKER = /(?<![\p{L}\p{N}?!])\?{2,}\p{Lu}{2,}\?{2,}/gu;
const LOREM = /\blorem\s+ipsum(?:\s+dolor\s+sit\s+amet)?\b/gi;
/** "Quote from a club secretary goes here": the template naming what belongs in its place. */
const GOES_HERE = /(?<![\p{L}\p{N}])\p{L}[^.!?"“”\n]{0,60}?\bgoes here\b/giu;
/** "WHO? announced…": a question word in capitals where the fact goes. */
const QUESTION_SLOT = new RegExp(`(?<![\\p{L}\\p{N}])(?:${L.QUESTION_SLOTS.map(escapeRegExp).join('|')})\\?`, 'gu');

/** A template's instruction left in a block quote: "Write one sentence which…", "This section should contain…", "Describe your plan…". */
const TEMPLATE_INSTRUCTION = new RegExp(
  `(?:^|[.!?:]\\s+)(?:>\\s*)*((?:${phrasePattern(L.TEMPLATE_VERBS)})\\b[^.!?]*?\\b${phrasePattern(L.DOCUMENT_WORDS, { plural: true })}\\b[^.!?]*[.!?]?|(?!(?:${phrasePattern(L.PLACEMENT_NOTES)})\\b)(?:${phrasePattern(L.TEMPLATE_SELF)})\\b[^.!?]*[.!?]?)`,
  'i',
);

/** "Describe your plan…", "Briefly list…", "Feel free to…" opening a block quote (engine/model/cues.ts): the template speaking to the writer, unless the block is someone's quote. */
const ADDRESSED_INSTRUCTION = new RegExp(`^(?:>\\s*)*((?:${ADDRESSED_INSTRUCTION_SOURCE})[^.!?]*[.!?]?)`, 'i');

/**
 * "Write one paragraph here describing the problem…", "Describe the customer
 * and their pain in two sentences.": an order that sets its own length is the
 * template's, in a plain paragraph too (LENGTH_UNITS, engine/lexicon/placeholders.ts).
 */
const LENGTH_INSTRUCTION = new RegExp(
  `^[\\W_]{0,3}((?:(?:${phrasePattern(L.INSTRUCTION_ADVERBS)})\\s+)?(?:${phrasePattern(L.IMPERATIVE_VERBS)}|write|list|state)\\b[^.!?\\n]{0,80}?\\b(?:one|two|three|four|five|a|a few|1|2|3|4|5)\\s+(?:short\\s+)?(?:${phrasePattern(L.LENGTH_UNITS, { plural: true })})\\b[^.!?\\n]*[.!?]?)`,
  'i',
);

/** The first instruction sentence of a block quote, as offsets into its source. */
function templateInstruction(masked: string, re = TEMPLATE_INSTRUCTION): Candidate | null {
  const m = re.exec(masked);
  if (!m) return null;
  const start = m.index + m[0].length - m[1].length;
  return { start, end: start + m[1].trimEnd().length, instruction: true };
}

/**
 * "* `size` {Number}", "`to`: **{String|Number}**": in API documentation a
 * word in braces right after a parameter's name in code is its type, not a
 * slot. The masked source has the code blanked: the blank run, then an
 * optional colon and emphasis, stands where the name was.
 */
// (A code span blanks to three spaces at least: two backticks and a character.)
const AFTER_CODE_NAME = / {3,}:?[ \t]*[*_]{0,2}$/;
function isParameterType(m: RegExpExecArray): boolean {
  // ("{{…}}" has no group 1: never a type.)
  return /^[\p{L}.]+(?:\s*\|\s*[\p{L}.]+)*$/u.test((m[1] ?? '').trim()) && AFTER_CODE_NAME.test(m.input.slice(Math.max(0, m.index - 60), m.index));
}

const NOTICE: ReadonlySet<string> = new Set(L.NOTICE_LABELS);
/** "[Quote from a new starter … – to be added]": what is still to be written, named at the end (L.PENDING_TAILS). */
const PENDING_TAIL = new RegExp(`(?:^|[\\s,;:–—-])(?:${phrasePattern(L.PENDING_TAILS)})\\s*[.!]?$`, 'i');
/** "> Quote from a maintainer: why are we doing this, and why now?": the template's prompt for a quote (L.QUOTE_PROMPT_SPEAKERS). */
const QUOTE_PROMPT = new RegExp(`^(?:>\\s*)*((?:${phrasePattern(L.QUOTE_PROMPT_SPEAKERS)})(?:\\s+(?:from|by)\\s+[^:\\n]{1,50})?\\s*[:—–]\\s*[^\\n]*\\?)\\s*$`, 'i');
function bracketIsPlaceholder(inner: string): boolean {
  const t = inner.trim();
  if (/^\.{3}/.test(t)) return false; // "findUp([...names])": a rest parameter
  if (/^[.…\s]+$/.test(t) || t.startsWith('^')) return false; // "[…]" omission, footnote
  if (/^(?:TK|TBD|TBA|TBC|TODO|FIXME|X{2,}|\?+|N\/?A)$/i.test(t) && !/^(?:na|n\/a)$/i.test(t)) return true;
  if (INSTRUCTION.test(t)) return true;
  if (PENDING_TAIL.test(t)) return true;
  // "[Product name]", "[City, State]", "[CUSTOMER NAME]": a short capitalised slot.
  const words = t.split(/[\s,/&-]+/).filter(Boolean);
  if (words.length === 0 || words.length > 6 || t.length < 3) return false; // "[X]" is a ticked box
  if (!words.every((w) => /^[\p{L}'’.]+$/u.test(w))) return false;
  // "[PAYMENT PROVIDER]": two or more words in capitals, one a word rather than an acronym, name a blank ("[AWS CDK]" names a product).
  if (words.length >= 2 && t === t.toUpperCase() && words.some((w) => /^\p{Lu}{5,}$/u.test(w))) return true;
  // "[REGIONS]", "[PARTNER]": one word of six capitals or more is a blank's name, unless it labels a notice ("[BREAKING]").
  if (words.length === 1 && /^\p{Lu}{6,}$/u.test(t) && !NOTICE.has(t.toLowerCase())) return true;
  if (/^\p{Lu}/u.test(t)) return SLOT_WORDS.test(t);
  // In lower case, "[media contact info]" is a gap and "[the app]" an editor's insertion in a quote.
  return !INSERTION.test(t) && ENDS_IN_SLOT.test(t);
}

function angleIsPlaceholder(inner: string, doc: string): boolean {
  if (/[="'/:@]/.test(inner)) return false; // attributes, closing tags, autolinks
  const words = inner.trim().split(/\s+/);
  const name = words[0].toLowerCase();
  if (HTML_ELEMENTS.has(name)) {
    // "<link to design doc>": an element's name, then words no tag holds — a slot in words.
    if (VOID_ELEMENTS.has(name)) return words.length > 2 && /^(?:to|for|of|the|here)$/i.test(words[1]);
    if (new RegExp(`</\\s*${name}\\s*>`, 'i').test(doc)) return false;
    // An element name on its own, never closed: a slot ("<title>", "<time>").
    return words.length === 1 && SLOT_WORDS.test(name);
  }
  // Custom elements are written lower-case with a hyphen and usually closed.
  if (/^[a-z]+-[a-z-]+$/.test(inner.trim()) && new RegExp(`</\\s*${name}`, 'i').test(doc)) return false;
  return true;
}

/**
 * What a block's masked source holds that may be a placeholder, as offsets
 * into it. Angle words are kept with their word: whether they are HTML
 * depends on the rest of the document.
 */
function candidates(masked: string): Candidate[] {
  const out: Candidate[] = [];
  const scan = (re: RegExp, accept: (m: RegExpExecArray) => boolean, angle = false) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(masked))) {
      if (accept(m)) out.push(angle ? { start: m.index, end: m.index + m[0].length, angle: m[1] } : { start: m.index, end: m.index + m[0].length });
    }
  };
  // "[owner-name]/[repo-name]", "assets-[ACCOUNT]-[REGION]": slots chained into a pattern describe a format, not a blank left.
  // "\[UNICODE]": a bracket escaped on purpose is a citation's label, written as it reads.
  scan(BRACKET, (m) => masked[m.index - 1] !== '\\' && bracketIsPlaceholder(m[1]) && !CHAINED_BEFORE.test(masked.slice(Math.max(0, m.index - 2), m.index)) && !CHAINED_AFTER.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 2)));
  // "{RFC_TITLE}", "@{BAR_RAISER_USER}", "{REGIONS}": a template's variable in capitals is a slot whatever its words
  // (the underscores would hide "title" from SLOT_WORDS).
  scan(CURLY, (m) => !isParameterType(m) && (m[0].startsWith('{{') || TEMPLATE_VARIABLE.test(m[1] ?? '') || SLOT_WORDS.test(m[1] ?? '') || INSTRUCTION.test(m[1] ?? '')));
  scan(ANGLE, () => true, true);
  scan(MARKERS, () => true);
  scan(QUESTION_MARKS, () => true);
  scan(WRAPPED_MARKER, () => true);
  scan(LOREM, () => true);
  scan(GOES_HERE, () => true);
  scan(QUESTION_SLOT, () => true);
  return out;
}

/** A block's candidates that are placeholders in `doc`, one per placeholder. */
function placeholders(found: Candidate[], doc: string): Candidate[] {
  const out = found.filter((c) => c.angle === undefined || angleIsPlaceholder(c.angle, doc));
  // One finding per placeholder: "[TK]" is not also "TK".
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of out) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    kept.push(c);
  }
  return kept;
}

const SCANNED = new Set(['paragraph', 'heading', 'list', 'blockquote', 'table']);

/** A block's candidates, template instructions included. */
function blockCandidates(doc: string, b: Block): Candidate[] {
  if (SCANNED.has(b.type)) {
    const masked = maskedSource(doc, b);
    const found = candidates(masked);
    if (b.type === 'blockquote') {
      // An attributed quote that opens "Write your…" is a person's words, not the template's.
      const instruction = templateInstruction(masked) ?? (isQuote(b) ? null : templateInstruction(masked, ADDRESSED_INSTRUCTION) ?? templateInstruction(masked, QUOTE_PROMPT));
      if (instruction) found.push(instruction);
    } else if (b.type === 'paragraph' && isItalicOnly(b.node as Paragraph) && isItalicPromptText(b.plain)) {
      // "_One sentence: who is the customer and what do they get?_" under a part's heading: the template speaking.
      const open = masked.search(/[*_]/);
      const close = Math.max(masked.lastIndexOf('*'), masked.lastIndexOf('_'));
      return [{ start: open, end: close + 1, instruction: true }];
    } else if (isBracketPrompt(b)) {
      // A long prompt in brackets, a paragraph of its own: the template's instruction, whatever its words.
      const open = masked.indexOf('[');
      return [{ start: open, end: masked.lastIndexOf(']') + 1, instruction: true }];
    } else if (b.type === 'paragraph') {
      const instruction = templateInstruction(masked, LENGTH_INSTRUCTION);
      if (instruction) found.push(instruction);
    }
    return found;
  }
  const source = doc.slice(b.start, b.end);
  if (b.type === 'html' && !/^\s*<!--/.test(source) && !source.includes('\n')) return candidates(source); // "<Product name>" alone on its line
  return [];
}

/** The placeholders in one block (offsets relative to the block): what this rule reports, and what `missing-section` counts to tell a template from a draft. */
export function placeholdersIn(doc: string, b: Block, found = blockCandidates(doc, b)): Array<{ start: number; end: number; instruction?: boolean }> {
  return found.length ? placeholders(found, doc) : [];
}

/**
 * Words that name a marker rather than leave one: "answers marked TBD",
 * "cells labelled TK", "it says TODO". Without quote marks, see SAYS_WORD
 * and namedBefore.
 */
const MENTIONED = /\b(?:marked|labell?ed|flagged|tagged|listed|shown)(?:\s+as)?\s*["“'‘]?$|\b(?:says?|said|reads?)\s*["“'‘]$/i;
/** A marker word a text says ("if your note says TBD"); a slot in brackets after "said" is an editor's insertion or a gap ("She said [the team]…"). */
const SAYS_WORD = /\b\p{L}+\s+(?:says|said|reads|contains)\s+$/iu;
/** The same marker word named earlier in the sentence ("if your note says TBD, it stays TBD"). */
const namedBefore = (lead: string, marker: string) => new RegExp(`\\b(?:says|said|reads|contains|marked|labell?ed)\\s+["“'‘]?${marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b[^.!?]*$`, 'i').test(lead);

/** The message on a placeholder left in the draft. */
const leftIn = (found: string) => `"${found}" is a placeholder left in the draft. Fill it in, or say plainly what is still open, who decides it and by when.`;

/** What stands between two slots of one gap: a comma, a dash, a bar ("[CITY] — [DATE]", "[CITY], [DATE]"). */
const ADJACENT_SLOTS = /^[ \t]*[,–—\-:|/]?[ \t]*$/;

/** A marker word alone (not a slot in brackets): "TBD", "TBC", "TBA". */
const MARKER_WORD = /^(?:tbd|tbc|tba)$/i;
const wordsIn = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** Blocks under a heading that declares its questions open ("## Unresolved questions"), to the next heading as high. */
function underOpenQuestions(blocks: readonly Block[]): Set<number> {
  const out = new Set<number>();
  let depth = 0;
  for (const b of blocks) {
    if (b.type === 'heading') {
      if (depth && (b.depth ?? 6) <= depth) depth = 0;
      if (!depth && OPEN_QUESTIONS_TITLE.test(b.plain.trim())) depth = b.depth ?? 6;
    } else if (depth) out.add(b.index);
  }
  return out;
}

/**
 * The unfilled slots of a press release that is still mostly template: at
 * least three placeholders, and in at least half of its paragraphs. Null
 * for a draft, however many gaps it has left. Such a template is one
 * problem, reported once: by `missing-section` when parts are missing too
 * (its fix inserts their templates), otherwise by this rule.
 */
export function templateSlots(ctx: RuleContext): number | null {
  const t = templateCounts(ctx);
  return t && mostlyTemplate(t) ? t.slots : null;
}

/** At least three placeholders, in at least half of the release's paragraphs. */
const mostlyTemplate = (t: { slots: number; prose: number; withSlots: number }) => t.slots >= 3 && t.withSlots * 2 >= t.prose;

/** The press release's placeholders, its paragraphs, and how many of them hold a placeholder. */
function templateCounts(ctx: RuleContext): { slots: number; prose: number; withSlots: number } | null {
  const { model } = ctx;
  if (!model.pressRelease) return null;
  let slots = 0;
  let prose = 0;
  let withSlots = 0;
  for (const i of model.pressRelease.blocks) {
    const b = model.blocks[i];
    if (b.type !== 'paragraph' && b.type !== 'blockquote' && b.type !== 'list' && b.type !== 'heading') continue;
    const n = ctx.perBlock('template-slots', b, (x) => placeholdersIn(model.text, x).length);
    slots += n;
    if (b.type === 'heading') continue;
    prose++;
    if (n > 0) withSlots++;
  }
  return { slots, prose, withSlots };
}

/**
 * A release whose parts are there to be filled in, at least TEMPLATE_PARAGRAPHS
 * of its paragraphs holding a slot: a writer who has not started, not a draft
 * with a few gaps left. Its slots, and the FAQ's empty answers, are one finding.
 */
const TEMPLATE_PARAGRAPHS = 4;

/** The FAQ's questions left with no answer or a slot for one: a template's slots too, which unanswered-question leaves to the template's finding. */
const unansweredSlots = (ctx: RuleContext) => ctx.model.questions.filter((q) => !q.answered).length;

/** Which rule reports an unfilled template, as its one finding: `missing-section` when parts are missing too, otherwise this rule; null for a draft. */
export function templateOwner(ctx: RuleContext): 'missing-section' | 'placeholder' | null {
  const t = templateCounts(ctx);
  if (!t || !mostlyTemplate(t) || t.withSlots < TEMPLATE_PARAGRAPHS) return null;
  const bySections = ctx.config.rules['missing-section'] !== 'off' && ctx.model.kind === 'prfaq' && missingParts(ctx.model).length > 0;
  if (bySections) return 'missing-section';
  return ctx.config.rules.placeholder === 'off' ? null : 'placeholder';
}

export const placeholder: Rule = {
  id: 'placeholder',
  description: 'Template placeholders left in the text: [TK], TBD, TODO, {{name}}, <customer>, [Product name], ???, lorem ipsum.',
  principle:
    'A placeholder is a decision the draft has not made yet, and readers stop at it: they cannot judge a launch date of "TBD" or a customer called "<customer>". Fill the gap before the review, or state plainly what is still unknown, who will settle it and when.',
  example: { before: 'Acme Tables launches on [date] for <customer>.', after: 'Acme Tables launches on March 3, 2027 for independent restaurant owners.' },
  kinds: ['prfaq', 'narrative'],
  defaultSeverity: 'warning',
  group: 'structure',
  check(ctx) {
    const doc = ctx.model.text;
    const open = underOpenQuestions(ctx.model.blocks);
    const hits: Array<{ start: number; end: number; message: string; data: { placeholder: string }; instruction?: boolean }> = [];
    for (const block of ctx.model.blocks) {
      const found = ctx.perBlock('candidates', block, (b) => blockCandidates(doc, b));
      /** A table row of "TBD" cells is one gap to fill: one finding per placeholder per line. */
      const seenOnLine = new Set<string>();
      for (const c of placeholdersIn(doc, block, found)) {
        const start = block.start + c.start;
        const end = block.start + c.end;
        // A placeholder in an answer unanswered-question reports is that rule's finding, not a second one.
        if (inUnansweredAnswer(ctx, start, end)) continue;
        const found = doc.slice(start, end);
        // "the FAQ answers marked TBD": the marker named, not left in.
        const lead = doc.slice(Math.max(block.start, start - 30), start);
        if (!c.instruction && (MENTIONED.test(lead) || (/^\p{L}+$/u.test(found) && (SAYS_WORD.test(lead) || namedBefore(doc.slice(Math.max(block.start, start - 80), start), found))))) continue;
        // 'owners recorded as "TBD"', 'the "TBD owners" problem': a marker word in quote marks is named, not left in
        // (a slot in brackets stays one: "[Customer quote TK]").
        if (!c.instruction && /^[\p{L}]+$/u.test(found) && /["“‘]$/.test(doc.slice(start - 1, start)) && /^[^"”’\n]{0,30}["”’]/.test(doc.slice(end, end + 31))) continue;
        // Under "## Unresolved questions", "decision TBD after the beta feedback" says what is open and when, as the section asks.
        if (open.has(block.index) && MARKER_WORD.test(found) && wordsIn(block.plain) >= 6) continue;
        if (block.type === 'table') {
          const key = `${doc.lastIndexOf('\n', start)}:${found.toLowerCase()}`;
          if (seenOnLine.has(key)) continue;
          seenOnLine.add(key);
        }
        // "[CITY, STATE] – [Launch date] – Today…": the slots of an unfilled dateline, with only punctuation between
        // them at the paragraph's start, are one gap to fill (outside reviewers labelled it once in seven documents).
        const last = hits[hits.length - 1];
        const opening = last && last.start >= block.start && /^[\s*_>]*$/.test(doc.slice(block.start, last.start));
        if (opening && !c.instruction && !last.instruction && ADJACENT_SLOTS.test(doc.slice(last.end, start)) && /^\[/.test(found) && /\]$/.test(last.data.placeholder)) {
          const joined = doc.slice(last.start, end);
          Object.assign(last, { end, message: leftIn(joined), data: { placeholder: joined } });
          continue;
        }
        const quoted = found.replace(/\s*\n[\s>]*/g, ' ');
        hits.push({
          instruction: c.instruction,
          start,
          end,
          message: c.instruction
            ? `"${quoted.length > 60 ? quoted.slice(0, 59) + '…' : quoted}" is the template's instruction, still in the draft. Write what it asks for, then delete it.`
            : leftIn(found),
          data: { placeholder: found },
        });
      }
    }
    // A press release still mostly template: one finding, on its first slot, with the count of them all
    // (none here when missing-section reports the template with the parts it lacks).
    const template = templateOwner(ctx);
    if (template === 'missing-section') return;
    if (hits.length && template === 'placeholder') {
      const first = hits[0];
      const slots = hits.length + unansweredSlots(ctx);
      ctx.report({
        start: first.start,
        end: first.end,
        message: `The document is still an unfilled template: ${slots} slots wait for text, this one first. Fill the template in; each part is checked once it reads as a press release.`,
        data: { placeholder: first.data.placeholder, template: true, slots },
      });
      return;
    }
    for (const { instruction: _, ...h } of hits) ctx.report(h);
  },
  examples: {
    invalid: [
      { doc: '# Khata Remind\n\nTo know more, give a missed call to «080-4XXX-XXXX» or text «+1 555-XXXX».\n', note: 'a phone number whose digits are still masked' },
      {
        doc: '# Porchlift\n\n## Subheadline\n«_One sentence: who is the customer and what do they get?_»\n\nChicago renters who are moving get their furniture picked up and sold.\n\n## Headline\n«*Name the product in a way the customer will understand.*»\n',
        note: 'a template\'s instruction set in italics under a part\'s heading',
      },
      {
        doc: '# Harbour Museum members carry their card on their phone\n\n## Subheadline\n\n«[One sentence. Who is the customer and what is the single biggest benefit?]»\n\n## Summary\n\n[CITY] – [DATE] – [Two or three sentences: what launches, for whom, and why they care.]\n\n## Problem\n\n[Describe the problem from the customer\'s point of view.]\n\n## Solution\n\n[How does the product solve it? Describe what the customer sees.]\n\n## Leader quote\n\n"[Insert quote from a spokesperson]" – [Name, Title]\n\n## Getting started\n\n[How does a member start using it?]\n\n## Customer quote\n\n"Insert customer quote here" – [Member name, town]\n\n## Call to action\n\n[Where can the customer go to sign up?]\n\n## Internal FAQ\n\n1. **Why now?**\n   [Answer]\n\n2. **How will we measure success?**\n   [Answer]\n',
        note: 'a press release still all template, its parts under their headings: one finding on the first slot, with the count of them all (the FAQ\'s empty answers too)',
      },
      { doc: '# Spoke\n\n«Write one paragraph here describing the problem from the rider\'s side.»\n\nIt ships to «[REGIONS]» first, approved by «@xxxxx».\n', note: "an order that sets its own length, in a plain paragraph; one word of six capitals in brackets; a handle of x's" },
      { doc: 'We deprecate v1 on «YYYY-MM-DD». The load test ran against «__________» nodes; see «<source for these figures>».', note: 'a date\'s format where the date goes, a blank to write on, and a slot that opens with a tag\'s name' },
      { doc: 'Ledger launches today.\n\n«[Quote from a baker who took part in the pilot – to be added]»\n\n> «Quote from a Fernhill founder: why are we doing this, and why now?»\n', note: 'a slot of any length that says it is still to be written, and the template\'s prompt for a quote' },
      { doc: 'Ledger launches today.\n\n“«[Quote from exec sponsor — Helen? explain why we are doing this]»”\n', note: 'a prompt in brackets standing alone, inside the quote marks of the quote it stands for' },
      { doc: 'The market reaches $4 billion by 2030 «[need source]», and churn is 3% «[confirm with finance]».', note: "an editor's note to the writer in brackets" },
      { doc: 'Members pay through «[PAYMENT PROVIDER]» at «£X» a month.\n\n"«Quote from a club secretary goes here»," said Fiona Reid, secretary of Carnoustie Otters.', note: 'a blank in capitals, a price in pounds, and the template naming what goes in its place' },
      { doc: '## Public FAQ\n\n> «Use this section to answer the questions readers will ask about the launch.»\n', note: 'an order that names the part it stands in is the template speaking' },
      { doc: '| Service | Owner | Date |\n| --- | --- | --- |\n| checkout | «TBD» | TBD |\n| search | «TK» | «TBD» |\n', note: 'one finding per placeholder per table row' },
      { doc: '`PORTLAND, OR — «[LAUNCH DATE]» —` Fernhill today launched Ledger for bakeries.', note: 'a dateline set in inline code is still the dateline a reader sees' },
      'Acme Tables is available in «[TK]» cities from «TBD».',
      { doc: '"«[Customer quote TK]»," said «[Customer name]».', note: 'a slot in brackets inside quote marks is still a slot' },
      { doc: 'The launch budget is «TBC» with finance.', note: '"to be confirmed", as British writers mark it' },
      '# «[Product Name]» helps bakers sell out by noon',
      'We expect «{{number}}» bakeries to sign up in the first month.',
      'Built for «<customer>», who today loses «<number>» orders a week.',
      'Pricing starts at «$X» per month, a saving of «XX%».',
      'The pilot runs in «[insert city]» with «[Partner Company]».',
      '«TODO»: add the quote from the pilot bakery.',
      'Launch date: «???»',
      { doc: 'Refunds arrive in «??TODO??» days, and we save «{Number}» hours a week.', note: 'a marker wrapped in question marks is one placeholder; a slot in braces inside a sentence' },
      '«Lorem ipsum dolor sit amet», consectetur adipiscing elit.',
      '- Who pays for delivery? «TBD»\n- When do we start? «TK»',
      '> "This saved my Saturdays," said «[Customer Name]», owner of a bakery in Tulsa.',
      '| Item | Value |\n|---|---|\n| Launch city | «[City, State]» |',
      { doc: 'Press: «[media contact info]», «[Phone]», and «[link to the pricing page]».', note: 'slots in lower case, a one-word slot, an instruction to add a link' },
      { doc: '**«[CITY, STATE] – [Launch date]»** – Today Spoke opens booking in Leeds, and «[Leader name]», «[title]» at Spoke, said it was time.', note: 'the slots of an unfilled dateline are one gap; slots later in the paragraph are one each' },
      { doc: '«WHO?» announced the first release today, priced at «WHAT?»', note: 'a question word in capitals where the fact goes' },
      { doc: '# Ledger\n\n> «Write one sentence that describes the feature and who it is for.» Keep it short.\n\n> «This section should contain the press release.»\n', note: "a template's instructions left in block quotes" },
      { doc: '# Ledger\n\n> «This section will describe how a shop closes its day.»\n', note: 'the template describing what its section will hold' },
      { doc: '# Ledger\n\n## Internal FAQ\n\n> «The purpose of this section is to help the team decide whether to build it.»\n', note: 'the template saying what its section is for' },
      {
        doc: '# «{PROPOSAL_TITLE}»\n\n* **Author**: @«{AUTHOR}»\n* **Reviewer**: @«{REVIEWER_HANDLE}»\n\nShop managers book repairs from the terminal. It ships to «{REGIONS}» first.\n',
        note: "a template's variables in capitals, in the title, the document's facts and the prose",
      },
      { doc: '# Oven timers\n\n> «Describe your plan from the first prototype to general availability.»\n\nBakers set a timer per oven.\n', note: 'an instruction that speaks to the writer' },
      {
        doc: '# Oven timers\n\nBakers set a timer per oven.\n\n> «Briefly list the designs we weighed.»\n\n> «Explain the risks of shipping it.»\n\n> «Feel free to add appendices.»\n',
        note: 'an order to the writer that names neither "you" nor a part of the document: after a softening word, with a verb a quote never opens with, or a set phrase',
      },
      {
        doc: '# Ledger\n\n## External FAQ\n\n### Is there a free plan?\n\n«TBD»\n',
        config: { rules: { 'unanswered-question': 'off' } },
        note: 'with unanswered-question off, the placeholder answer is this rule\'s to report',
      },
    ],
    valid: [
      {
        doc: '# Overlays\n\n## Unresolved questions\n\n- Should selectors accept a label expression? Leaning no for v0.18; decision TBD after the beta feedback.\n',
        note: 'under a heading that declares its questions open, "TBD" in a sentence says what is open and when, as the section asks',
      },
      { doc: '**[BREAKING]** The old flag is gone. We describe the bike in two sentences on the ticket, and the mechanic reads them. Write to ana@xxxxx.example for access. See **\\[UNICODE]** for the table.', note: 'a notice label in capitals, our own practice told in the present, an address, a citation label escaped on purpose' },
      { doc: 'A repository written as "[owner-name]/[repo-name]" becomes a GitHub URL, and buckets are named `assets-[ACCOUNT]-[REGION]` or assets-[ACCOUNT]-[REGION].', note: 'slots chained into a pattern describe a format' },
      { doc: 'Dates use the YYYY-MM-DD format. Line one<br>line two.', note: 'a date format described, not left to fill in; a void tag' },
      { doc: 'Read the [AWS CDK] guide and [RFC 12] first.', note: 'acronyms in brackets name a product, not a blank' },
      { doc: 'crumbs only touches a line it must merge: if your note says TBD, it stays TBD.', note: 'what a customer\'s own text says, then the same marker again: named, not left in' },
      { doc: '# Ledger\n\n## README\n\n> This section will be added to the Ledger README, after "Install".\n\nLedger reads the till every evening.\n', note: "a writer's note on where the text will go, not the template" },
      { doc: '> Comments welcome, especially on the FAQ answers marked TBD.', note: 'the marker named in a note, not left in' },
      { doc: 'Five of the 14 teams had owners recorded as "TBD" in their catalogue, and the "TBD owners" problem came up twice.', note: 'a marker word in quote marks is named, not left in' },
      { doc: '## API\n\n### findTill([...names])\n\n- `size` {Number} the size in bytes\n- `from`: **{String|Number}** the first label', note: 'a rest parameter, and a parameter\'s type after its name in API documentation' },
      { doc: 'Read `rows[0]` first — it holds the total, and `opts[verbose]` prints each step.', note: 'brackets in code that is no dateline' },
      'Press <kbd>Ctrl</kbd>+<kbd>S</kbd> to save.<br>The form closes itself.',
      'Read [the pilot report](https://example.com/tbd-report) and [our notes][notes].\n\n[notes]: https://example.com/TODO',
      '- [ ] Call the pilot bakeries\n- [x] Draft the FAQ\n- [X] Book the venue',
      'Orders rose 30% in the pilot.[^1]\n\n[^1]: Measured over 6 weeks.',
      'Run `prfaq lint [FILE]` or `echo {{name}}`.',
      '```\nTODO: fill in <customer> and [TK]\n```',
      '<!-- TODO: ask finance for the [Price] -->\nBakers pay $12 a month.',
      'Our Stockholm office uses TKO boxing classes and the Atkins diet.',
      '---\ntitle: TBD\n---\n\nBakers pay $12 a month.',
      'He told us "it [the app] paid for itself in a week" and later "we sold out […] by noon".',
      'Visit <https://example.com/signup> or write to <team@example.com>.',
      'The result type is `Promise<Order>`, and the queue holds List<Item> entries.',
      '<details>\n<summary>Pricing detail</summary>\n\nBakers pay $12 a month.\n\n</details>',
      'Do we really need a mobile app?! We think not.',
      { doc: '# Ledger\n\n## External FAQ\n\n### Is there a free plan?\n\nTBD\n', note: 'unanswered-question reports this answer; one finding for one TBD' },
      { doc: 'The owner said [the team] sent the refund in a day, and [sic] thanked us.', note: "an editor's insertions in lower case" },
      { doc: '> Write to us at the shop; we answer every letter.\n> - Ana, owner', note: 'a block quote that is no template: it names no part of a document' },
      { doc: '> Write your bake times on the card and the timer does the rest, I stopped burning the rye.\n> — Ana Ruiz, owner of Fernhill Bakery', note: 'an attributed quote that opens like an instruction' },
      { doc: 'Who? Nobody yet: the first pilot starts in May.', note: 'a question in ordinary case' },
      { doc: '> Explain the timer once and the new baker gets it.\n> — Ana Ruiz, owner of Fernhill Bakery', note: 'an attributed quote that opens with a verb of orders' },
      { doc: '> Outline of the plan: one timer per oven, one phone per shift.', note: '"outline" as a noun' },
    ],
  },
};
