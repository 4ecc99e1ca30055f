#!/usr/bin/env node
// Checks the hand-written labels under test/real against the documents in
// ../shared/corpus: every file parses, and every anchor (line + text) really
// occurs on its line, so a typo in a label shows up before anyone measures
// against it. Usage: node scripts/check-real-labels.mjs [corpus-dir]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(process.argv[2] ?? join(root, '..', 'shared', 'corpus'));
const labelsDir = join(root, 'test', 'real');

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.json')) out.push(p);
  }
  return out;
}

// Same idea as test/corpus/harness.ts: any run of whitespace matches any other.
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Whole words, as the harness matches them: "very" must not match inside "every".
const pattern = (t) => {
  const body = t.trim().split(/\s+/).map(escape).join('\\s+');
  const lead = /^[\p{L}\p{N}]/u.test(t.trim()) ? '(?<![\\p{L}\\p{N}])' : '';
  const tail = /[\p{L}\p{N}]$/u.test(t.trim()) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(lead + body + tail, 'u');
};

let problems = 0;
const report = (file, msg) => {
  problems++;
  console.log(`${relative(root, file)}: ${msg}`);
};

function checkAnchor(file, lines, what, line, text) {
  if (line == null || text == null) return;
  // A label's text starts on its line and may run over the following lines.
  const from = (lines[line - 1] ?? '') + '\n' + lines.slice(line, line + 3).join('\n');
  const m = pattern(text).exec(from);
  if (!m || m.index > (lines[line - 1] ?? '').length) report(file, `${what}: ${JSON.stringify(text)} not on line ${line}`);
}

for (const kind of ['structure', 'findings']) {
  for (const file of walk(join(labelsDir, kind))) {
    let label;
    try {
      label = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      report(file, `not JSON: ${e.message}`);
      continue;
    }
    const rel = relative(join(labelsDir, kind), file).replace(kind === 'structure' ? /\.json$/ : /\.expected\.json$/, '.md');
    const docPath = join(corpus, rel);
    if (!existsSync(docPath)) {
      report(file, `no document at ${docPath}`);
      continue;
    }
    const lines = readFileSync(docPath, 'utf8').split(/\r?\n/);
    if (kind === 'structure') {
      if (label.doc !== rel) report(file, `doc is ${label.doc}, expected ${rel}`);
      for (const [id, part] of Object.entries(label.parts ?? {})) if (part) checkAnchor(file, lines, `part ${id}`, part.line, part.text);
      for (const [id, faq] of Object.entries(label.faqs ?? {})) if (faq) checkAnchor(file, lines, `faq ${id}`, faq.line, faq.title);
      for (const q of label.questions ?? []) checkAnchor(file, lines, `question`, q.line, q.text);
      for (const q of label.notQuestions ?? []) checkAnchor(file, lines, `notQuestion`, q.line, q.text);
      for (const s of label.sections ?? []) checkAnchor(file, lines, `section`, s.line, s.title);
    } else {
      for (const f of label.findings ?? []) checkAnchor(file, lines, `finding ${f.rule}`, f.line, f.text);
      for (const t of label.traps ?? []) checkAnchor(file, lines, `trap ${t.rule}`, t.line, t.text);
    }
  }
}
console.log(problems ? `${problems} problem(s)` : 'all labels parse and every anchor is on its line');
process.exit(problems ? 1 : 0);
