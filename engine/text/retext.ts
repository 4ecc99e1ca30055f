/**
 * The bridge to retext: parse a prose span into natural-language syntax
 * (nlcst) once, run a retext plugin's check over it and hand back what the
 * plugin reported, as offsets into span.text. The rules that wrap retext
 * plugins (readability, passive-voice) stamp their own id and message on
 * top; the plugins' ids and wording never reach the user.
 */
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Root, Sentence, SentenceContent } from 'nlcst';
import { DATELINE } from '../model/cues.js';
import type { ProseSpan } from '../model/types.js';

/** Built once: parsing is the only step we run through unified. */
const english = unified().use(retextEnglish).freeze();

/** One tree per span, shared by every rule in a review (spans live as long as their model). */
const trees = new WeakMap<ProseSpan, Root>();

export function nlcstOf(span: ProseSpan): Root {
  let tree = trees.get(span);
  if (!tree) {
    tree = splitAfterLetters(english.parse(withoutDateline(span.text)) as Root);
    trees.set(span, tree);
  }
  return tree;
}

/**
 * The English parser reads a single letter and a full stop as an initial
 * ("J. Smith"), and a number and a full stop as an ordinal, and runs on
 * into the next sentence. A lower-case letter is no initial: it is a
 * variable ("from a to b. Then …") or, most often, the stand-in for inline
 * code in prose ("run `npm test`. Then …" reads "run x. Then …"); and
 * English writes no ordinals so ("3 Saturdays in 5. Several owners …").
 * Such a sentence is cut after the full stop when a capitalised word
 * follows, so that a rule judging sentences sees one sentence, not two.
 */
function splitAfterLetters(tree: Root): Root {
  for (const para of tree.children) {
    if (para.type !== 'ParagraphNode') continue;
    const out: typeof para.children = [];
    for (const node of para.children) {
      if (node.type !== 'SentenceNode') {
        out.push(node);
        continue;
      }
      let rest = node.children;
      for (let i = 0; i + 2 < rest.length; i++) {
        if (!(isLetterAndStop(rest[i]) && rest[i + 1].type === 'WhiteSpaceNode' && /^\p{Lu}/u.test(wordText(rest[i + 2])))) continue;
        // The blank between the two goes between the sentences, where the parser puts it.
        out.push(sentence(rest.slice(0, i + 1)), rest[i + 1] as (typeof para.children)[number]);
        rest = rest.slice(i + 2);
        i = -1;
      }
      out.push(rest === node.children ? node : sentence(rest));
    }
    para.children = out;
  }
  return tree;
}

function isLetterAndStop(node: SentenceContent): boolean {
  if (node.type !== 'WordNode' || node.children.length !== 2) return false;
  const [letter, stop] = node.children;
  return letter.type === 'TextNode' && /^(?:\p{Ll}|\p{N}+)$/u.test(letter.value) && stop.type === 'PunctuationNode' && stop.value === '.';
}

function sentence(children: SentenceContent[]): Sentence {
  const first = children[0].position!;
  const last = children[children.length - 1].position!;
  return { type: 'SentenceNode', children, position: { start: first.start, end: last.end } };
}

/**
 * A press release's dateline ("SEATTLE, WA — March 3, 2027 —") is a label,
 * not part of the first sentence: blank it out (same length, so every offset
 * stays put) before the sentence is judged.
 */
export function withoutDateline(text: string): string {
  const m = DATELINE.exec(text);
  if (!m || m.index !== 0) return text;
  let end = m[0].length;
  const dash = /^\s*[—–-]{1,3}/.exec(text.slice(end));
  if (dash) end += dash[0].length;
  return ' '.repeat(end) + text.slice(end);
}

/** Parse a piece of text that is not a span (not cached). */
export function parseText(text: string): Root {
  return english.parse(text) as Root;
}

/** Every sentence of a tree, in order. */
export function sentenceNodes(tree: Root): Sentence[] {
  const out: Sentence[] = [];
  for (const para of tree.children) {
    if (para.type !== 'ParagraphNode') continue;
    for (const s of para.children) if (s.type === 'SentenceNode') out.push(s);
  }
  return out;
}

/** A tree holding only `sentences` (positions unchanged), to check a few sentences cheaply. */
export function treeOf(sentences: Sentence[]): Root {
  return { type: 'RootNode', children: [{ type: 'ParagraphNode', children: sentences }] };
}

/** The text of a word node as written ("built-in", "it's"). */
export function wordText(node: SentenceContent): string {
  if (node.type !== 'WordNode') return '';
  let s = '';
  for (const c of node.children) s += 'value' in c ? c.value : '';
  return s;
}

export interface RetextReport {
  /** Offsets into the parsed text. */
  start: number;
  end: number;
  /** The plugin's own rule id (e.g. the matched phrase for retext-passive). */
  pluginRule: string;
}

interface Point {
  offset?: number;
}
interface MessageOptions {
  place?: { start?: Point; end?: Point } | Point;
  ruleId?: string;
}

/** What a retext plugin's attacher returns: a check over a tree and a file. */
export type RetextCheck = (tree: Root, file: never) => unknown;

/**
 * Run a retext check over `tree` and collect its messages. The check only
 * calls `file.message(reason, options)` and decorates the result, so a
 * minimal collector stands in for a VFile.
 */
export function runCheck(check: RetextCheck, tree: Root): RetextReport[] {
  const out: RetextReport[] = [];
  const file = {
    message(_reason: string, options?: MessageOptions) {
      const place = options?.place;
      const start = place && 'start' in place ? place.start?.offset : (place as Point | undefined)?.offset;
      const end = place && 'end' in place ? place.end?.offset : start;
      if (start !== undefined && end !== undefined) out.push({ start, end, pluginRule: options?.ruleId ?? '' });
      return {};
    },
  };
  check(tree, file as never);
  return out;
}
