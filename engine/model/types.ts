/**
 * The document model every rule reads. Pure data: no editor or protocol
 * types, so the server, the CLI and the preview share it unchanged.
 * All offsets are UTF-16 indices into the original document text.
 */
import type { Nodes, Root } from 'mdast';

export type DocKind = 'prfaq' | 'narrative';

export const PART_IDS = [
  'headline',
  'subheading',
  'summary',
  'problem',
  'solution',
  'leader-quote',
  'getting-started',
  'customer-quote',
  'call-to-action',
] as const;
export type PartId = (typeof PART_IDS)[number];

/** The two FAQs of a PR/FAQ, in document order. */
export const FAQ_IDS = ['external-faq', 'internal-faq'] as const;
export type FaqId = (typeof FAQ_IDS)[number];

export interface Span {
  start: number;
  end: number;
}

/** One top-level Markdown block (a paragraph, heading, list, quote, code…). */
export interface Block extends Span {
  /**
   * Made by the parse that made the block. The same id means the same tree
   * and source text (positions may have moved with its chunk), so caches
   * can key on it.
   */
  id: number;
  index: number;
  type: Nodes['type'];
  /**
   * The block's tree. Its positions are where its chunk was parsed, which an
   * edit above it may since have moved: add `treeShift(block)` (blocks.ts)
   * to get document offsets. The model's `root` has every position in place.
   */
  node: Nodes;
  /** Heading depth, for headings. */
  depth?: number;
  /** The block's reading text (prose only, markup stripped). */
  plain: string;
}

/**
 * A run of prose as the reader reads it (markup, code and link targets
 * removed), with a map back to document offsets. Word rules work on these.
 */
export interface ProseSpan {
  /**
   * Made by the parse that made the span. The same id means the same text,
   * element and source map (shifted, if its chunk moved), so caches can key
   * on it; the context is decided per review and is not part of it.
   */
  id: number;
  text: string;
  /** Sorted segments: text[t .. t+len) came from doc[d .. d+len). */
  segments: Array<[t: number, d: number, len: number]>;
  /** Index of the top-level block this span belongs to. */
  block: number;
  /** What kind of Markdown element produced it. */
  element: 'paragraph' | 'heading' | 'listItem' | 'tableCell' | 'blockquote';
  /** Where in the document it sits. */
  context: ProseContext;
}

export interface ProseContext {
  region: 'press-release' | 'faq' | 'narrative' | 'appendix' | 'preamble';
  part?: PartId;
  faq?: FaqId;
  /** Index into DocModel.questions when inside an FAQ entry. */
  question?: number;
  role?: 'question' | 'answer' | 'heading';
  /** Narrative section id, when known. */
  section?: string;
  /**
   * In the press release: the block is part of a README or CHANGELOG (an
   * RFC's) — the release has a heading that says so, or its only summary is
   * the FAQ's answer to "What are we launching today?" (Part.by 'faq') —
   * from the heading that wraps it on (engine/model/documentation.ts). It
   * documents the product more than it tells a story.
   */
  readme?: true;
  /**
   * In an FAQ answer: its question asks for the case against or the other
   * roads ("What are the drawbacks?", "What alternatives did you
   * consider?"): the answer weighs costs (engine/lexicon/questions.ts).
   * Outside the release and the FAQs, so does the text of a section titled
   * so ("## Alternatives considered", "## Drawbacks").
   */
  weighs?: true;
  /** In an FAQ answer: its question asks for a number ("How many customers are affected?", engine/lexicon/questions.ts). */
  asksNumber?: true;
  /**
   * In an FAQ answer: its question is unanswered (the answer is only a
   * placeholder or a promise): that gap is unanswered-question's one
   * finding, and word rules leave the answer's words be.
   */
  unanswered?: true;
  /**
   * In an FAQ answer: the answer stands as the release's summary (an RFC's
   * "What are we launching today?" when the release has no summary of its
   * own), so it announces as a summary does.
   */
  launches?: true;
}

export interface Part extends Span {
  id: PartId;
  /** Top-level block indexes that make up the part. */
  blocks: number[];
  /** The heading naming the part, when the writer used one. */
  heading?: number;
  /**
   * How the part was found when neither its form nor its words told: by its
   * place alone, as a proposal's "This RFC proposes…", or from an FAQ answer.
   * Absent for a part read by its heading, form or words.
   */
  by?: 'position' | 'proposal' | 'faq';
}

export interface Question {
  faq: FaqId;
  /** The question text as written (markers such as `Q:` removed). */
  text: string;
  question: Span;
  /** The answer's text, or null when nothing follows the question. */
  answer: (Span & { text: string }) | null;
  /** Whether the answer is a real one: not missing, not only TBD/TK/"to be decided" (engine/model/answers.ts). */
  answered: boolean;
  /** The answer is only the template's instruction ("> Describe your plan…"), so the question is unanswered. */
  template?: boolean;
  /** Whole entry: question and answer. */
  entry: Span;
}

export interface Faq extends Span {
  id: FaqId;
  /** The FAQ's title block; for an untitled FAQ, the block of its first question. */
  heading: number;
  /**
   * No title of its own: the FAQ starts at its first question, under the
   * title of the FAQ before it ("### FAQ" holding `C1:`…`C3:` then
   * `I1:`…`I4:`, the internal FAQ from I1 on).
   */
  untitled?: true;
}

export interface Section extends Span {
  heading: number;
  depth: number;
  title: string;
  /** Recognised narrative section id (introduction, tenets, …), if any. */
  id?: string;
}

/**
 * A file whose name of the wild (`prfaq.md`, `six-pager.md`) gave the kind,
 * but in which none of that kind's structure was found: rule
 * unrecognized-structure says so once, and no other rule judges it.
 */
export interface Unrecognized {
  /** The kind the name gives (what the review reports). */
  kind: DocKind;
  /** The file name that gave it. */
  file: string;
}

export interface DocModel {
  text: string;
  kind: DocKind | null;
  /** Why the kind was chosen, for hovers and debugging. */
  kindReason: string;
  /** Set when the kind came from a file name alone and the document shows none of that kind's structure. */
  unrecognized: Unrecognized | null;
  /**
   * Whether the prose is English (engine/text/language.ts). Rules that judge
   * English words do not run on other prose; the structure rules do.
   */
  readonly english: boolean;
  root: Root;
  frontMatter: { span: Span; data: Record<string, unknown> | null; error?: string } | null;
  blocks: Block[];
  prose: ProseSpan[];
  sections: Section[];
  /** Press-release region (prfaq), from the first block to the first FAQ. */
  pressRelease: (Span & { blocks: number[] }) | null;
  parts: Partial<Record<PartId, Part>>;
  faqs: Partial<Record<FaqId, Faq>>;
  questions: Question[];
  /**
   * Questions the document lists as still open outside its FAQs, under its
   * own "Unresolved questions" (an RFC's section): questions a reader can
   * count, but no FAQ's, so no FAQ rule judges them (their `faq` is only the
   * form they were read in).
   */
  openQuestions: Question[];
  /** Where the appendix starts (narrative body and lengths stop there). */
  appendixStart: number | null;
}
