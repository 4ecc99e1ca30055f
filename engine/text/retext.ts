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
import { ATOM } from '../model/prose.js';
import type { ProseSpan } from '../model/types.js';

/** Built once: parsing is the only step we run through unified. */
const english = unified().use(retextEnglish).freeze();

/** One tree per span, shared by every rule in a review (spans live as long as their model). */
const trees = new WeakMap<ProseSpan, Root>();

export function nlcstOf(span: ProseSpan): Root {
  let tree = trees.get(span);
  if (!tree) {
    tree = splitRunOns(english.parse(withoutQaMarkers(withoutDateline(span.text))) as Root);
    trees.set(span, tree);
  }
  return tree;
}

/**
 * Where the English parser runs two sentences into one, and a rule that
 * judges sentences (their length above all) would judge both as one:
 * - A single letter and a full stop read as an initial ("J. Smith"), a
 *   number and a full stop as an ordinal. A lower-case letter is no
 *   initial: it is a variable ("from a to b. Then …") or, most often, the
 *   stand-in for inline code in prose ("run `npm test`. Then …" reads "run
 *   x. Then …"); and English writes no ordinals so ("3 Saturdays in 5.
 *   Several owners …"). Cut after the full stop when a capitalised word
 *   follows, or an opening quote and a capitalised word ("… on Route
 *   31. "Now we …"). A number and a full stop before a word that opens
 *   with a figure ("… 1 in 140. 71 of the 96 tickets …") end a sentence
 *   too: the parser reads "140." as one word and runs on.
 * - A sentence that opens with inline code ("… after a minute. `retries`
 *   then doubles …"): the parser waits for a capital letter, and code
 *   has none. Cut after the stop when the next word is the code stand-in.
 * - A colon at the end of a line ("rolls out as follows:" above lines of
 *   formulas or values in the same paragraph): what follows is laid out,
 *   not read on as part of the sentence.
 * - A list that ends "etc." before a capitalised word: the parser reads
 *   the stop as the abbreviation's only.
 * - A sentence its writer opened in lower case ("… for the calculation.
 *   eg if the window is a minute …"): after a full stop that closes an
 *   ordinary word (not "e.g.", "etc.", "approx."), a new sentence starts.
 */
function splitRunOns(tree: Root): Root {
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
        if (!endsHere(rest[i], rest[i + 1], rest[i + 2], wordAfter(rest, i + 2))) continue;
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

/**
 * Words whose full stop marks a short form, not a sentence's end ("e.g.",
 * "etc.", "approx."): the text after them reads on.
 */
const ABBREVIATION = /\p{L}\.\p{L}{1,2}\.$|^(?:etc|approx|incl|excl|esp|resp|viz|misc|avg|est|dept|ref|min|max|sec|secs|mins|hrs|vol|fig|cf|vs|al|ca|no|nr|mr|mrs|ms|dr|st|jr|sr)\.$/iu;

const DAY_OR_MONTH = /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** Does a sentence end after `node`, given the blank and the word that follow it (`opener`: that word past an opening quote)? */
function endsHere(node: SentenceContent, blank: SentenceContent, next: SentenceContent, opener = next): boolean {
  if (blank.type !== 'WhiteSpaceNode') return false;
  if (isLetterAndStop(node) && /^\p{Lu}/u.test(wordText(opener))) return true;
  // "…against a median of 1 in 140. 71 of the 96 tickets…": a number and a full stop, then a sentence that opens with a figure.
  if (isLetterAndStop(node) && /^\p{N}/u.test(wordText(node)) && /^\p{N}/u.test(wordText(next))) return true;
  // "…, the scales, etc. The next step …": a list's "etc." ends the sentence when a capital follows.
  if (node.type === 'WordNode' && /^etc\.$/i.test(wordText(node)) && /^\p{Lu}/u.test(wordText(next))) return true;
  // "…from midnight to 5 a.m. Beginning next month, …": a time's "a.m." or "p.m." ends the sentence when a
  // capital opens the next; not before a time zone, a day or a month ("9 a.m. EST", "5 p.m. Friday").
  if (node.type === 'WordNode' && /^[ap]\.m\.$/i.test(wordText(node)) && /^\p{Lu}\p{Ll}/u.test(wordText(next)) && !DAY_OR_MONTH.test(wordText(next))) return true;
  if (node.type === 'PunctuationNode' && node.value === ':') return blank.value.includes('\n');
  const before = node.type === 'WordNode' ? wordText(node) : node.type === 'PunctuationNode' ? node.value : '';
  if (!/[.!?]$/.test(before) || ABBREVIATION.test(before)) return false;
  const after = wordText(next);
  // Code, or a word in lower case after a full stop that closes a word of three letters or more ("… purposes. eg if …").
  return after === ATOM || (/^\p{Ll}/u.test(after) && /^\p{L}{3,}[.!?]$/u.test(before));
}

/**
 * The word a new sentence would open with: past an opening quote or bracket
 * ("… on Route 31. "Now we wait …" opens with "Now").
 */
function wordAfter(nodes: SentenceContent[], at: number): SentenceContent {
  const node = nodes[at];
  const word = nodes[at + 1];
  return node.type === 'PunctuationNode' && /^["“‘'(\[]$/.test(node.value) && word?.type === 'WordNode' ? word : node;
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

/**
 * `Q:` and `A:` at the start of a line (an FAQ written "Q: …⏎A: …", the
 * emphasis already stripped from span text): labels, not words of the
 * sentence, so a sentence rule underlines from the first word after them.
 * Blanked, like the dateline, so that offsets stay those of span.text.
 */
const QA_MARKER = /(^|\n)([ \t>]*)((?:Q(?:uestion)?|A(?:nswer)?)[ \t]*:)(?=[ \t])/g;
export function withoutQaMarkers(text: string): string {
  return text.replace(QA_MARKER, (_m, nl: string, lead: string, marker: string) => nl + lead + ' '.repeat(marker.length));
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
