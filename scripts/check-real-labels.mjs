// Checks the hand-written labels in test/real against the documents they
// describe: every JSON file parses, and every line+text anchor (structure
// parts, FAQ titles, questions, sections; findings and traps) is found
// starting on its line, matched the way test/corpus/harness.ts matches labels
// (whitespace-insensitive, whole words). A label that points at the wrong
// line is a labelling mistake that would otherwise surface later as a false
// "miss" in the evaluation, so this runs before any label is committed.
//   node scripts/check-real-labels.mjs [CORPUS_ROOT] [--labels DIR]
//   (defaults: ../shared/corpus and test/real; --labels checks another
//   labelled set laid out like test/real, e.g. one a reviewer wrote outside
//   the repository)
// Exit status 1 when any anchor is not found.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--labels');
const labels = at >= 0 ? args.splice(at, 2)[1] : join(process.cwd(), 'test', 'real');
if (!labels) throw new Error('--labels needs a folder');
const corpus = args[0] || join(process.cwd(), '..', 'shared', 'corpus');

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The same pattern as textPattern() in test/corpus/harness.ts.
function pattern(t) {
  const body = t.trim().split(/\s+/).map(escape).join('\\s+');
  const lead = /^[\p{L}\p{N}]/u.test(t.trim()) ? '(?<![\\p{L}\\p{N}])' : '';
  const tail = /[\p{L}\p{N}]$/u.test(t.trim()) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(lead + body + tail, 'gu');
}

function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** 1-based lines on which `needle` starts. */
function linesOf(text, starts, needle) {
  const out = [];
  const re = pattern(needle);
  let m;
  while ((m = re.exec(text))) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= m.index) lo = mid;
      else hi = mid - 1;
    }
    out.push(lo + 1);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.json')) out.push(p);
  }
  return out;
}

/** [what, line, text] for every anchor a label file holds. */
function anchors(kind, j) {
  const out = [];
  if (kind === 'structure') {
    for (const [id, p] of Object.entries(j.parts ?? {})) if (p) out.push([`part ${id}`, p.line, p.text]);
    for (const [id, f] of Object.entries(j.faqs ?? {})) if (f) out.push([`faq ${id}`, f.line, f.title]);
    for (const q of j.questions ?? []) out.push(['question', q.line, q.text]);
    for (const q of j.notQuestions ?? []) out.push(['notQuestion', q.line, q.text]);
    for (const s of j.sections ?? []) out.push(['section', s.line, s.title]);
  } else {
    for (const l of j.findings ?? []) if (l.text != null || l.line != null) out.push([l.rule, l.line, l.text]);
    for (const l of j.traps ?? []) out.push([`trap ${l.rule}`, l.line, l.text]);
  }
  return out;
}

let checked = 0;
const problems = [];
for (const kind of ['structure', 'findings']) {
  const root = join(labels, kind);
  for (const file of walk(root)) {
    const doc = relative(root, file).replace(/(\.expected)?\.json$/, '.md');
    const where = `${kind}/${doc}`;
    let j;
    try {
      j = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      problems.push(`${where}: not JSON (${e.message})`);
      continue;
    }
    if (kind === 'structure' && j.doc !== doc) problems.push(`${where}: "doc" says ${j.doc}`);
    const path = join(corpus, doc);
    if (!existsSync(path)) {
      problems.push(`${where}: no document at ${path}`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const starts = lineStarts(text);
    for (const [what, line, t] of anchors(kind, j)) {
      checked++;
      if (typeof line !== 'number' || typeof t !== 'string' || !t.trim()) {
        problems.push(`${where}: ${what} needs both line and text`);
        continue;
      }
      const found = linesOf(text, starts, t);
      if (!found.includes(line)) {
        const elsewhere = found.length ? ` (found on ${found.slice(0, 5).join(', ')})` : '';
        problems.push(`${where}: ${what} ${JSON.stringify(t)} not found on line ${line}${elsewhere}`);
      }
    }
  }
}
for (const p of problems) console.log(p);
console.log(`${checked} anchors checked, ${problems.length} problem(s)`);
process.exitCode = problems.length ? 1 : 0;
