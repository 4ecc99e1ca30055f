/**
 * Text edits as plain offsets: applying them, merging the edits of several
 * fixes without letting overlapping ones corrupt the text, and the small
 * word-level helpers rule fixes share (deleting a word with its space,
 * keeping a sentence's capital, "a"/"an").
 */
import type { Fix, TextEdit } from '../rules/types.js';

/**
 * Apply edits that do not overlap (touching is fine). Edits at the same
 * insertion point keep their array order. Throws on overlap rather than
 * produce corrupted text.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
  let out = '';
  let at = 0;
  for (const { e } of sorted) {
    if (e.start < at || e.end < e.start || e.end > text.length) throw new Error(`overlapping or invalid edit ${e.start}-${e.end}`);
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at one point, or an insertion inside a replacement, conflict too.
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
}

/**
 * Edits of many fixes, all at once: a fix whose edits overlap an earlier
 * accepted fix is skipped whole (never half-applied). Returns the accepted
 * edits and how many fixes were skipped.
 */
export function mergeFixes(fixes: readonly Fix[]): { edits: TextEdit[]; applied: number; skipped: number } {
  const accepted: TextEdit[] = [];
  let applied = 0;
  let skipped = 0;
  for (const fix of fixes) {
    if (fix.edits.some((e) => accepted.some((a) => overlaps(a, e))) || fix.edits.some((e, i) => fix.edits.some((f, j) => i < j && overlaps(e, f)))) {
      skipped++;
      continue;
    }
    accepted.push(...fix.edits);
    applied++;
  }
  accepted.sort((a, b) => a.start - b.start || a.end - b.end);
  return { edits: accepted, applied, skipped };
}

/**
 * Delete the word at [start, end) with the space that separates it from its
 * neighbours, and a comma that only belonged to it ("Really, it works" →
 * "It works"). A capital at a sentence start moves to the next word.
 */
export function deleteWord(text: string, start: number, end: number): TextEdit {
  let s = start;
  let e = end;
  const sentenceStart = /^$|[.!?:]\s*$|^\s*[#>*_\-\d.]*\s*$/.test(lineBefore(text, start));
  const word = text.slice(start, end).toLowerCase();
  const repeated = text.slice(end + 1, end + 2 + word.length).trimStart().toLowerCase().startsWith(word);
  if (text[e] === ',' && (sentenceStart || repeated || /[,;(]\s*$/.test(text.slice(Math.max(0, s - 2), s)))) e++;
  if (/[ \t]/.test(text[e] ?? '')) {
    while (/[ \t]/.test(text[e] ?? '')) e++;
  } else {
    while (s > 0 && /[ \t]/.test(text[s - 1])) s--;
  }
  let newText = '';
  const wasCapital = /^\p{Lu}/u.test(text.slice(start, end));
  if (wasCapital && sentenceStart && /^\p{Ll}/u.test(text[e] ?? '')) {
    newText = text[e].toUpperCase();
    e++;
  }
  return { start: s, end: e, newText };
}

function lineBefore(text: string, at: number): string {
  let s = at;
  while (s > 0 && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
  return text.slice(s, at);
}

/** Does the word at `start` open a sentence (capital expected)? */
export function atSentenceStart(text: string, start: number): boolean {
  return /^$|[.!?:"“]\s*$|^\s*(?:#{1,6}|>|[*+-]|\d+[.)])?\s*(?:\*\*|__|\*|_)?$/.test(lineBefore(text, start));
}

/** `replacement` with the first letter's case of `original` when it opens a sentence. */
export function matchCase(text: string, start: number, original: string, replacement: string): string {
  if (/^\p{Lu}/u.test(original) && atSentenceStart(text, start)) return replacement.replace(/^(\W*)(\p{Ll})/u, (_, p, c) => p + c.toUpperCase());
  return replacement;
}

/** The edit that turns a preceding "a" into "an" (or back) for the word that now follows it. */
export function articleEdit(text: string, start: number, nextWord: string): TextEdit | null {
  if (nextWord.startsWith('[')) return null; // "a [placeholder]": the writer's words decide
  const m = /(?<![\p{L}])(a|an|A|An)(\s+)$/u.exec(text.slice(Math.max(0, start - 6), start));
  if (!m) return null;
  const at = start - m[0].length;
  const vowel = /^[aeiou]/i.test(nextWord.replace(/^\W+/, '')) && !/^(?:uni|use|one|eu)/i.test(nextWord.replace(/^\W+/, ''));
  const want = vowel ? 'an' : 'a';
  if (m[1].toLowerCase() === want) return null;
  return { start: at, end: at + m[1].length, newText: m[1][0] === 'A' ? want[0].toUpperCase() + want.slice(1) : want };
}

/** Start of the line holding `at`, and its end (before the line break). */
export function lineBounds(text: string, at: number): { start: number; end: number } {
  let s = at;
  while (s > 0 && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
  let e = at;
  while (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++;
  return { start: s, end: e };
}

/** The document's line break ("\r\n" when it uses them). */
export function eol(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

/**
 * Where the first `[placeholder]` of `edit.newText` lands once all `edits`
 * are applied: the range to select so the writer can type over it.
 */
export function placeholderSelection(edits: readonly TextEdit[], edit: TextEdit): { start: number; end: number } | undefined {
  const open = edit.newText.indexOf('[');
  const close = open >= 0 ? edit.newText.indexOf(']', open) : -1;
  if (close < 0) return undefined;
  let shift = 0;
  for (const e of edits) if (e !== edit && e.end <= edit.start) shift += e.newText.length - (e.end - e.start);
  const at = edit.start + shift;
  return { start: at + open, end: at + close + 1 };
}

/**
 * Insert `body` (one or more Markdown blocks) at `at` — a block's start, a
 * block's end or the end of the text — with exactly one blank line on each
 * side, so it neither merges with its neighbours nor leaves gaps.
 */
export function insertBlock(text: string, at: number, body: string): TextEdit {
  const nl = eol(text);
  const quoted = insertQuoted(text, at, body, nl);
  if (quoted) return quoted;
  const before = /(?:\r?\n|\r)*[ \t]*$/.exec(text.slice(Math.max(0, at - 8), at))![0];
  const after = /^[ \t]*(?:\r?\n|\r)*/.exec(text.slice(at, at + 8))![0];
  const count = (s: string) => (s.match(/\r?\n|\r/g) ?? []).length;
  const atStart = text.slice(0, at).replace(/^\uFEFF/, '') === '';
  const prefix = atStart ? '' : nl.repeat(Math.max(0, 2 - count(before)));
  const suffix = at >= text.length ? (count(before) > 0 || atStart ? nl : '') : nl.repeat(Math.max(0, 2 - count(after)));
  return { start: at, end: at, newText: `${prefix}${body}${suffix}` };
}

/** The block-quote markers that open a line (">", "> > "). */
const QUOTE_MARKER = /^[ \t]{0,3}(?:>[ \t]?)+/;

/**
 * Inside a block quote (a press release quoted in full), the inserted
 * blocks are quoted too, each line behind the line's own markers and a
 * quoted blank line on each side: text put there without them would end
 * the quote and cut the release in two.
 */
function insertQuoted(text: string, at: number, body: string, nl: string): TextEdit | null {
  const line = lineBounds(text, at);
  const marker = QUOTE_MARKER.exec(text.slice(line.start, line.end))?.[0];
  if (!marker) return null;
  const blank = marker.trimEnd();
  const lines = body.split(/\r?\n|\r/).map((l) => (l ? marker + l : blank));
  // At a block's start (only the markers before `at`): the body, a quoted blank line, and the markers again for the block it now precedes.
  if (text.slice(line.start, at) === marker) return { start: at, end: at, newText: `${lines.join(nl).slice(marker.length)}${nl}${blank}${nl}${marker}` };
  // At a block's end: a quoted blank line, then the body.
  return { start: at, end: at, newText: `${nl}${blank}${nl}${lines.join(nl)}` };
}

/** Offsets of the first `[placeholder]` inside an inserted block, once inserted. */
export function selectInserted(edit: TextEdit): { start: number; end: number } | undefined {
  return placeholderSelection([edit], edit);
}
