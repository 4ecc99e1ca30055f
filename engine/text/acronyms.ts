/**
 * Acronyms in prose: where they are (a run of two to six capitals, digits
 * and "&" inside, maybe a plural "s") and where a text spells one out
 * ("service level agreement (SLA)", "SLA stands for …", a glossary line).
 * Pure text; `undefined-acronym` decides what to report.
 */

import { daleChall } from 'dale-chall';
import { spache } from 'spache';

/**
 * Familiar English words (the Dale–Chall and Spache lists of words young
 * readers know, already loaded for readability): a run of capitals that
 * spells one ("MATCH", "SEND", "ANSWER") is a word written for emphasis or
 * as a value's name, not an acronym.
 */
const FAMILIAR = new Set([...daleChall, ...spache].map((w) => w.toLowerCase()));

/** Is this run of capitals (three letters or more) an ordinary English word? */
export function isEnglishWord(caps: string): boolean {
  return FAMILIAR.has(caps.toLowerCase());
}

/** A run of 2–6 capitals (digits and "&" allowed inside), maybe a plural "s". */
const TOKEN = /(?<![\p{L}\p{N}_;&.])([A-Z][A-Z0-9&]*[A-Z0-9])(s)?(?![\p{L}\p{N}_&])/gu;

function capitals(s: string): number {
  return (s.match(/[A-Z]/g) ?? []).length;
}

function isCandidate(token: string): boolean {
  const n = capitals(token);
  if (n < 2 || n > 6 || token.length > 8) return false;
  if (/&$|^&|&&/.test(token)) return false;
  return true;
}

/** Every acronym-like run in `text` that could be an acronym, with its offsets. */
export function acronymsIn(text: string): Array<{ acronym: string; start: number; end: number }> {
  const out: Array<{ acronym: string; start: number; end: number }> = [];
  for (const m of text.matchAll(TOKEN)) if (isCandidate(m[1])) out.push({ acronym: m[1], start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** Does `words` (the text before or inside a parenthesis) spell `acronym` out? */
function spellsOut(acronym: string, words: string): boolean {
  const initial = acronym[0].toLowerCase();
  const list = words.split(/[\s/-]+/).filter((w) => /\p{L}/u.test(w));
  if (list.length === 0) return false;
  // A single long word can expand a short acronym ("K8S (Kubernetes)") only when it starts right.
  return list.some((w) => w.replace(/^[^\p{L}]+/u, '')[0]?.toLowerCase() === initial) && list.join('').length > acronym.length;
}

/** Where a span spells acronyms out: each acronym with its offset in the span's text. */
export function definitionsIn(t: string, element: string): Array<{ acronym: string; start: number; loose?: true }> {
  const defs: Array<{ acronym: string; start: number; loose?: true }> = [];
  const define = (acronym: string, start: number, loose = false) => defs.push(loose ? { acronym, start, loose } : { acronym, start });
  for (const { acronym, start, end } of acronymsIn(t)) {
    const before = t.slice(Math.max(0, start - 80), start);
    const afterText = t.slice(end, end + 100);
    // "service level agreement (SLA)", "… ("SLA")", "… (or SLA)", "(hereafter SLA)"
    const paren = /\(\s*(?:or\s+|aka\s+|a\.k\.a\.?\s+|hereafter\s+|hereinafter\s+|the\s+)?["“'‘]?$/i.exec(before);
    if (paren && /^["”'’]?\s*(?:[),;]|for short|from now on)/.test(afterText)) {
      const lead = before.slice(0, paren.index).split(/\s+/).slice(-(capitals(acronym) + 4)).join(' ');
      // "walks the tree in preorder (NLR)": a term the letters do not spell still tells the reader what they name
      // (a word of three letters or more: inline code reads as one letter, and "`40001` (OCC)" names a code, not a term).
      // It only tells the uses after it: it spells nothing out, so uses before it are not "spelled out later".
      if (spellsOut(acronym, lead)) define(acronym, start);
      else if (/(?<![\p{L}\p{N}])\p{Ll}[\p{L}-]{2,}[*_]{0,2}\s*$/u.test(before.slice(0, paren.index))) define(acronym, start, true);
      continue;
    }
    // "SLA (service level agreement)"
    const inner = /^\s*\(([^()]{2,80})\)/.exec(afterText);
    if (inner && spellsOut(acronym, inner[1])) {
      define(acronym, start);
      continue;
    }
    // "SLA stands for …", "SLA, which stands for …", "SLA, or service level agreement,", "SLA means …"
    if (/^\s*(?:,\s*or\s+\p{L}|,?\s*(?:(?:which|that)\s+)?(?:stands|stood)\s+for\b|\s+is\s+short\s+for\b|,?\s+(?:means|meaning)\b)/iu.test(afterText)) {
      define(acronym, start);
      continue;
    }
    // "service level agreements, or SLAs,", "known as SLA", "called SLA"
    if (/(?:\p{L},?\s+or|known\s+as|called|referred\s+to\s+as)\s+["“]?$/iu.test(before) && spellsOut(acronym, before.slice(-60))) {
      define(acronym, start);
      continue;
    }
    // Glossary lines and tables: "SLA: service level agreement", "SLA — …", "| SLA | … |".
    if (before.trim() === '' && (element === 'tableCell' ? afterText.trim() === '' : /^\s*(?:[:—–]|\s-\s)\s*\p{L}/u.test(afterText))) {
      define(acronym, start);
    }
  }
  // A variant in brackets: "attested TLS (aTLS)", "edge name servers (ENSes)".
  // The words before spell out the variant; the bare acronym counts as defined.
  for (const m of t.matchAll(VARIANT)) {
    const prefix = m[1];
    const acronym = m[2] ?? m[3];
    const start = m.index! + m[0].indexOf(acronym);
    const lead = t.slice(Math.max(0, m.index! - 80), m.index!).split(/\s+/).slice(-(capitals(acronym) + 4)).join(' ');
    if (spellsOut(prefix ? prefix + acronym : acronym, lead)) define(acronym, start);
  }
  return defs;
}

/** "(aTLS)", "(mTLS)", "(ENSes)": a lower-case prefix or an "-es" plural that TOKEN does not read as the acronym. */
const VARIANT = /\(\s*(?:([a-z]{1,2})([A-Z][A-Z0-9&]*[A-Z0-9])s?|([A-Z][A-Z0-9&]*[A-Z0-9])es)\s*\)/g;


/** Short words a name keeps in lower case, which its acronym may skip or keep: "Bill of Materials" (BOM), "Department of Energy" (DOE, DE). */
const NAME_JOINERS = new Set(['of', 'and', 'for', 'the', 'to', 'in', 'on', 'as', 'a', '&']);
const NAME_WORD = /[\p{L}\p{N}&]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Names written in capitalised words, as the acronyms their initials spell:
 * "American Heart Association" → AHA, "Software Bill of Materials" → SBOM
 * or SBM. Only runs of three to six capitalised words count, so that two
 * words that happen to start a sentence ("By default") never pass for a name.
 */
export function namesIn(text: string): Array<{ acronym: string; start: number }> {
  const out: Array<{ acronym: string; start: number }> = [];
  let run: Array<{ initial: string; start: number; joiner: boolean }> = [];
  let lastEnd = -1;
  const flush = () => {
    while (run.length && run[run.length - 1].joiner) run.pop();
    for (let i = 0; i < run.length; i++) {
      if (run[i].joiner) continue;
      let caps = 0;
      for (let j = i; j < run.length && caps < 6; j++) {
        if (run[j].joiner) continue;
        if (++caps < 3) continue;
        const words = run.slice(i, j + 1);
        const start = run[i].start;
        out.push({ acronym: words.filter((w) => !w.joiner).map((w) => w.initial).join(''), start });
        if (words.some((w) => w.joiner)) out.push({ acronym: words.map((w) => w.initial.toUpperCase()).join(''), start });
      }
    }
    run = [];
  };
  for (const m of text.matchAll(NAME_WORD)) {
    const w = m[0];
    const start = m.index!;
    // Only blanks between the words of a name: a comma or a full stop ends it.
    if (lastEnd >= 0 && !/^[ \t]+$/.test(text.slice(lastEnd, start))) flush();
    lastEnd = start + w.length;
    if (/^\p{Lu}\p{Ll}/u.test(w)) run.push({ initial: w[0], start, joiner: false });
    else if (run.length && !run[run.length - 1].joiner && NAME_JOINERS.has(w)) run.push({ initial: w[0], start, joiner: true });
    else flush();
  }
  flush();
  return out;
}
