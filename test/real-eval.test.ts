/**
 * The measuring stick for real documents (scripts/evaluate.ts --real) is
 * itself tested here, on small documents and labels written in this file, so
 * that a broken count cannot pass for a better or worse engine. The real
 * corpus is only checked for labels that point at nothing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { countWords, reviewFile, type Finding } from './corpus/harness.js';
import { compareFindings, findingsSummary, tallyFindings } from './real/findings-eval.js';
import { evaluateReal } from './real/evaluate-real.js';
import { findingsPath, HALVES, LABELS, readSplit, structurePath, type StructureLabel } from './real/labels.js';
import { parseRealArgs, TEST_HALF_FLAG } from './real/report.js';
import { compareStructure, observe, tallyStructure, type Observed } from './real/structure-eval.js';

const none = { headline: null, subheading: null, summary: null, problem: null, solution: null, 'leader-quote': null, 'getting-started': null, 'customer-quote': null, 'call-to-action': null };

describe('real-document evaluation: structure', () => {
  const label: StructureLabel = {
    doc: 'synthetic.md',
    kind: 'prfaq',
    parts: { ...none, headline: { line: 1, text: 'Ledger' }, subheading: { line: 3, text: 'For bakeries' }, summary: { line: 5, text: 'Today' } },
    faqs: { 'external-faq': { line: 9, title: 'FAQ' }, 'internal-faq': null },
    questions: [
      { line: 10, faq: 'external-faq', text: 'What is it?', answered: true },
      { line: 14, faq: 'external-faq', text: 'What does it cost?', answered: true },
      { line: 20, faq: 'external-faq', text: 'Who owns it?', answered: false },
    ],
    notQuestions: [{ line: 30, text: 'How it works' }],
    sections: [{ line: 9, title: 'FAQ', id: 'faq' }],
    appendix: null,
  };
  const seen: Observed = {
    kind: 'prfaq',
    // headline right and in place; subheading right but elsewhere; summary missed; problem invented.
    parts: { headline: { from: 1, to: 1 }, subheading: { from: 4, to: 6 }, problem: { from: 7, to: 7 } },
    faqs: { 'external-faq': { line: 9 } },
    questions: [
      { line: 11, text: 'What is it?', faq: 'external-faq', answered: true }, // one line off: found
      { line: 16, text: 'What does it cost?', faq: 'external-faq', answered: true }, // two lines off: a miss and an extra
      { line: 20, text: 'Who owns it?', faq: 'internal-faq', answered: true }, // found; answered and FAQ disagree
      { line: 30, text: 'How it works', faq: 'external-faq', answered: true }, // labelled not a question
    ],
    sections: [{ line: 9, title: 'FAQ', id: null }],
    appendix: null,
  };
  const r = compareStructure('synthetic.md', label, seen);
  const t = tallyStructure([r]);

  it('counts a part found where labelled as right, and a labelled part the model lacks as wrong', () => {
    const part = (id: string) => r.parts.find((p) => p.id === id)!;
    assert.deepEqual([part('headline').ok, part('headline').located], [true, true]);
    assert.deepEqual([part('subheading').ok, part('subheading').located], [true, false], 'present, but the labelled line is outside it');
    assert.deepEqual([part('summary').ok, part('summary').located], [false, null]);
    assert.deepEqual([part('problem').ok, part('problem').located], [false, null], 'a part the label says is absent');
    assert.deepEqual([part('solution').ok, part('solution').located], [true, null], 'absent on both sides is right');
    assert.deepEqual(t.allParts.presence, { n: 7, of: 9 });
    assert.deepEqual(t.allParts.located, { n: 1, of: 2 });
  });

  it('matches questions within one line, one to one; a question two lines off is a miss and an extra', () => {
    assert.deepEqual(t.questionsFound, { n: 2, of: 3 });
    assert.deepEqual(r.questions.missed.map((m) => m.line), [14]);
    assert.deepEqual(r.questions.extras.map((e) => [e.line, e.labelledNot]), [[16, false], [30, true]]);
    assert.deepEqual(t.nonQuestions, { n: 2, of: 4 });
    assert.equal(t.nonQuestionsLabelled, 1);
    assert.deepEqual(t.answered, { n: 1, of: 2 });
    assert.deepEqual(t.questionFaq, { n: 1, of: 2 });
  });

  it('counts kind, FAQs, sections and appendix', () => {
    assert.deepEqual(t.kind, { n: 1, of: 1 });
    assert.deepEqual(t.faqs['external-faq'], { presence: { n: 1, of: 1 }, located: { n: 1, of: 1 } });
    assert.deepEqual(t.faqs['internal-faq'].presence, { n: 1, of: 1 });
    assert.deepEqual(t.sectionsFound, { n: 1, of: 1 });
    assert.deepEqual(t.sectionIds, { n: 0, of: 1 });
    assert.deepEqual(t.appendixPresence, { n: 1, of: 1 });
    assert.deepEqual(tallyStructure([compareStructure('x', { ...label, kind: 'narrative' }, seen)]).kind, { n: 0, of: 1 });
  });

  it('reads questions and FAQs from a real review, with the answered verdict of the rule', () => {
    const text = ['# Ledger', '', '## Internal FAQ', '', '### Why now?', '', 'Card terminals opened their APIs in 2026.', '', '### What does it cost us?', '', 'TBD', ''].join('\n');
    const seenHere = observe(text, reviewFile('ledger.prfaq.md', text));
    assert.equal(seenHere.kind, 'prfaq');
    assert.deepEqual(seenHere.faqs, { 'internal-faq': { line: 3 } });
    assert.deepEqual(seenHere.questions.map((q) => [q.line, q.faq, q.answered]), [[5, 'internal-faq', true], [9, 'internal-faq', false]]);
    const res = compareStructure('ledger.prfaq.md', {
      doc: 'ledger.prfaq.md',
      kind: 'prfaq',
      faqs: { 'external-faq': { line: 3, title: 'FAQ' }, 'internal-faq': { line: 3, title: 'Internal FAQ' } },
      questions: [
        { line: 5, faq: 'internal-faq', text: 'Why now?', answered: true },
        { line: 11, faq: 'internal-faq', text: 'What does it cost us?', answered: false }, // on the answer's line: two off
      ],
    }, seenHere);
    assert.deepEqual(res.faqs.map((f) => [f.id, f.ok]), [['external-faq', false], ['internal-faq', true]]);
    assert.deepEqual(res.questions.missed.map((m) => m.line), [11]);
    assert.deepEqual(res.questions.found.map((f) => f.answeredOk), [true]);
  });
});

describe('real-document evaluation: findings', () => {
  const text = ['# Ledger', '', 'Very many users love it.', 'It was built by us.', ''].join('\n');
  const anchor = { start: 0, end: 8 };
  const at = (rule: string, needle: string, severity: number, data?: Record<string, unknown>): Finding => {
    const start = text.indexOf(needle);
    return { rule, start, end: start + needle.length, line: text.slice(0, start).split('\n').length, text: needle, message: '', severity, data };
  };

  it('counts true, missed, false and tolerated findings, and figures precision and recall by severity', () => {
    const r = compareFindings('d.md', text, {
      findings: [
        { rule: 'weasel-word', line: 3, text: 'Very' },
        { rule: 'weasel-word', line: 3, text: 'many', optional: true },
        { rule: 'vague-customer', line: 3, text: 'users' },
        { rule: 'press-release-length' },
        { rule: 'missing-section', data: { section: 'problem' } },
        { rule: 'a-future-rule' },
      ],
      traps: [{ rule: 'passive-voice', line: 4, text: 'was built' }],
    }, [
      at('weasel-word', 'Very', 2),
      at('weasel-word', 'many', 2),
      at('passive-voice', 'was built', 3),
      at('readability', 'It was built by us.', 3),
      { ...at('press-release-length', '# Ledger', 2), data: { words: 700, limit: 600 } },
      { ...at('missing-section', '# Ledger', 2), data: { section: 'problem' } },
    ], anchor);
    const s = findingsSummary(tallyFindings([r]));
    assert.deepEqual(s.total, { tp: 3, fn: 2, fp: 2, tolerated: 1 });
    assert.equal(s.recall, 3 / 5);
    assert.equal(s.recallImplementedRules, 3 / 4, 'a label of a rule that does not exist yet is left out of this figure');
    assert.deepEqual(s.notImplemented, ['a-future-rule']);
    assert.equal(s.precision.all, 3 / 5);
    assert.equal(s.precision.warnings, 1);
    assert.equal(s.precision.info, 0);
    const words = countWords(text);
    assert.equal(s.falsePer1k, 2000 / words);
    assert.equal(s.infoPer1k, 2000 / words);
    assert.deepEqual(s.traps, { labelled: 1, hit: 1 });
    assert.deepEqual([s.rules['weasel-word'].tp, s.rules['weasel-word'].tolerated, s.rules['vague-customer'].fn], [1, 1, 1]);
  });

  it('a document-level label takes only a finding where document-level findings sit, never a word finding', () => {
    const word = at('vague-customer', 'users', 2);
    const whole = { ...at('vague-customer', '# Ledger', 2), data: { reason: 'no-specific-customer' } };
    const r1 = compareFindings('d.md', text, { findings: [{ rule: 'vague-customer' }] }, [word], anchor);
    assert.deepEqual([r1.tp.length, r1.fn.length, r1.fp.length], [0, 1, 1]);
    const r2 = compareFindings('d.md', text, { findings: [{ rule: 'vague-customer' }] }, [word, whole], anchor);
    assert.deepEqual([r2.tp.map((t) => t.finding), r2.fp], [[whole], [word]]);
  });

  it('a finding on a trap is false even where an optional label would tolerate it', () => {
    const f = at('weasel-word', 'many', 2);
    const r = compareFindings('d.md', text, {
      findings: [{ rule: 'weasel-word', line: 3, text: 'many users', optional: true }],
      traps: [{ rule: 'weasel-word', line: 3, text: 'many' }],
    }, [f], anchor);
    assert.deepEqual([r.fp, r.tolerated, r.trapHits.length], [[f], [], 1]);
  });
});

describe('real-document evaluation: command line', () => {
  it('refuses to show the test half document by document unless told in so many words', () => {
    assert.equal(typeof parseRealArgs(['--real', '--show']), 'string');
    assert.equal(typeof parseRealArgs(['--real', '--show', '--half', 'test']), 'string');
    assert.deepEqual((parseRealArgs(['--real', '--show', '--half', 'tuning']) as { halves: string[] }).halves, ['tuning']);
    assert.equal(typeof parseRealArgs(['--real', '--show', '--half', 'test', TEST_HALF_FLAG]), 'object');
    assert.equal(typeof parseRealArgs(['--real', '--half', 'all']), 'string');
  });

  it('reads another labelled set with --labels, its own split and labels, not test/real\'s', () => {
    const root = mkdtempSync(join(tmpdir(), 'prfaq-labels-'));
    try {
      const corpus = join(root, 'docs');
      const labels = join(root, 'labels');
      const doc = 'team/ledger/PRFAQ.md';
      mkdirSync(join(corpus, 'team', 'ledger'), { recursive: true });
      mkdirSync(join(labels, 'structure', 'team', 'ledger'), { recursive: true });
      mkdirSync(join(labels, 'findings', 'team', 'ledger'), { recursive: true });
      writeFileSync(join(corpus, doc), '# Ledger for bakeries\n\nToday we are releasing Ledger. It is very fast.\n');
      writeFileSync(join(labels, 'split.json'), JSON.stringify({ seed: 1, tuning: [doc], test: [] }));
      writeFileSync(structurePath(doc, labels), JSON.stringify({ doc, kind: 'prfaq', parts: none, faqs: { 'external-faq': null, 'internal-faq': null }, questions: [], notQuestions: [], sections: [], appendix: null }));
      writeFileSync(findingsPath(doc, labels), JSON.stringify({ findings: [{ rule: 'weasel-word', line: 3, text: 'very' }] }));
      const o = parseRealArgs(['--real', '--corpus', corpus, '--labels', labels]);
      assert.equal(typeof o, 'object');
      const [tuning, test] = evaluateReal(corpus, ['tuning', 'test'], (o as { labels: string }).labels);
      assert.deepEqual([tuning.documents, tuning.structure.length, tuning.findings.length, test.documents], [1, 1, 1, 0]);
      assert.equal(tuning.structure[0].kind.ok, true, 'PRFAQ.md is a PR/FAQ by its name');
      assert.deepEqual([tuning.findings[0].tp.length, tuning.findings[0].fn.length], [1, 0], 'the label in the other set is the one matched');
      assert.equal(typeof parseRealArgs(['--real', '--labels']), 'string', '--labels with no folder is refused');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

const CORPUS = join(__dirname, '..', '..', 'shared', 'corpus');
const corpusHere = existsSync(CORPUS);

function labelFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) labelFiles(p, out);
    else if (name.endsWith('.json')) out.push(p);
  }
  return out;
}

describe('real-document labels', () => {
  const split = readSplit();
  const names = HALVES.flatMap((h) => split[h]);
  const title = corpusHere
    ? 'every document of the split has a structure label, every label names a document of the split, and the documents are in ../shared/corpus'
    : 'every document of the split has a structure label and every label names a document of the split (../shared/corpus is absent here: documents not checked)';
  it(title, () => {
    assert.equal(new Set(names).size, names.length, 'a document is in both halves, or twice in one');
    const problems: string[] = [];
    for (const n of names) if (!existsSync(structurePath(n))) problems.push(`${n}: no structure label`);
    for (const kind of ['structure', 'findings']) {
      for (const file of labelFiles(join(LABELS, kind))) {
        const doc = relative(join(LABELS, kind), file).replace(/\\/g, '/').replace(/(?:\.expected)?\.json$/, '.md');
        if (!names.includes(doc)) problems.push(`${kind}/${doc}: not in split.json`);
        if (corpusHere && !existsSync(join(CORPUS, doc))) problems.push(`${kind}/${doc}: no such document in ${CORPUS}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});

for (const set of ['set-w', 'set-x', 'set-y', 'set-z']) describe(`${set} (test/${set}): documents written and labelled outside the engine's sight`, () => {
  const root = join(__dirname, set);
  it('every label anchor is found on its line, and every document of the split has both labels', () => {
    const r = spawnSync(process.execPath, [join(__dirname, '..', 'scripts', 'check-real-labels.mjs'), join(root, 'docs'), '--labels', join(root, 'labels')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const split = readSplit(join(root, 'labels'));
    const names = HALVES.flatMap((h) => split[h]);
    assert.equal(new Set(names).size, names.length, 'a document is in both halves, or twice in one');
    for (const n of names) {
      assert.ok(existsSync(join(root, 'docs', n)), `${n}: no document`);
      assert.ok(existsSync(structurePath(n, join(root, 'labels'))) && existsSync(findingsPath(n, join(root, 'labels'))), `${n}: a label is missing`);
    }
  });
});
