/**
 * Acronyms in prose: where they are (a run of two to six capitals, digits
 * and "&" inside, maybe a plural "s") and where a text spells one out
 * ("service level agreement (SLA)", "SLA stands for …", a glossary line).
 * Pure text; `undefined-acronym` decides what to report.
 */

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
export function definitionsIn(t: string, element: string): Array<{ acronym: string; start: number }> {
  const defs: Array<{ acronym: string; start: number }> = [];
  const define = (acronym: string, start: number) => defs.push({ acronym, start });
  for (const { acronym, start, end } of acronymsIn(t)) {
    const before = t.slice(Math.max(0, start - 80), start);
    const afterText = t.slice(end, end + 100);
    // "service level agreement (SLA)", "… ("SLA")", "… (or SLA)", "(hereafter SLA)"
    const paren = /\(\s*(?:or\s+|aka\s+|a\.k\.a\.?\s+|hereafter\s+|hereinafter\s+|the\s+)?["“'‘]?$/i.exec(before);
    if (paren && /^["”'’]?\s*(?:[),;]|for short|from now on)/.test(afterText)) {
      const lead = before.slice(0, paren.index).split(/\s+/).slice(-(capitals(acronym) + 4)).join(' ');
      if (spellsOut(acronym, lead)) define(acronym, start);
      continue;
    }
    // "SLA (service level agreement)"
    const inner = /^\s*\(([^()]{2,80})\)/.exec(afterText);
    if (inner && spellsOut(acronym, inner[1])) {
      define(acronym, start);
      continue;
    }
    // "SLA stands for …", "SLA, or service level agreement,", "SLA means …"
    if (/^\s*(?:,\s*or\s+\p{L}|,?\s*(?:stands|stood)\s+for\b|\s+is\s+short\s+for\b|,?\s+(?:means|meaning)\b)/iu.test(afterText)) {
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
  return defs;
}

