/**
 * Prose rules judge English (the contract). A Spanish or German PR/FAQ
 * keeps its structure findings and gets no finding from a rule that reads
 * English words; an English PR/FAQ with German names and quotes in it is
 * judged as usual. The three documents in test/fixtures/language/ are the
 * team's own.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from '../../engine/model/build.js';
import { review } from '../../engine/review.js';
import { ENGLISH_READ_FINDINGS, RULES, RULE_JUDGES } from '../../engine/rules/registry.js';
import { LANGUAGE_SHARE, countLanguage } from '../../engine/text/language.js';

const DIR = join(__dirname, '..', 'fixtures', 'language');
const read = (f: string) => readFileSync(join(DIR, f), 'utf8');
const SPANISH = read('turnero.es.md');
const GERMAN = read('werkbank.de.md');
const ENGLISH = read('bakery-munich.en.md');
const ENGLISH_RULES = new Set(Object.entries(RULE_JUDGES).filter(([, j]) => j === 'english').map(([id]) => id));
const codes = (text: string) => review(text, { path: 'launch.prfaq.md' }).diagnostics.map((d) => d.code);

describe('language: which prose is English', () => {
  it('tells the Spanish and German PR/FAQs from the English one by a wide margin', () => {
    const count = (t: string) => countLanguage(buildModel(t, { kind: 'prfaq' }).prose.map((s) => s.text));
    for (const [t, name] of [[SPANISH, 'spanish'], [GERMAN, 'german']] as const) {
      const c = count(t);
      assert.ok(c.english < LANGUAGE_SHARE / 2, `${name}: English share ${c.english}`);
      assert.equal(c.other.name, name);
      assert.ok(c.other.share > LANGUAGE_SHARE * 2, `${name}: own share ${c.other.share}`);
    }
    const en = count(ENGLISH);
    assert.ok(en.english > LANGUAGE_SHARE * 2 && en.other.share < en.english, `English with German quotes: ${JSON.stringify(en)}`);
    for (const [t, english] of [[SPANISH, false], [GERMAN, false], [ENGLISH, true]] as const) assert.equal(buildModel(t, { kind: 'prfaq' }).english, english);
  });

  it('takes prose that shows no language, or too little of it, as English', () => {
    assert.equal(buildModel('# Turnero\n\nAvisa al paciente.\n', { kind: 'prfaq' }).english, true);
    const labels = Array.from({ length: 200 }, (_, i) => `## Heading ${i}`).join('\n\n');
    assert.equal(buildModel(labels, { kind: 'prfaq' }).english, true);
  });

  it('takes prose in another script as not English', () => {
    const greek = Array.from({ length: 20 }, () => 'Οι ασθενείς περιμένουν στο σπίτι και όχι στην αίθουσα αναμονής.').join(' ');
    assert.equal(buildModel(`# Turnero\n\n${greek}\n`, { kind: 'prfaq' }).english, false);
  });

  it('lets front matter lang: decide', () => {
    assert.equal(buildModel('---\nlang: es\n---\n' + ENGLISH, { kind: 'prfaq' }).english, false);
    assert.equal(buildModel('---\nlanguage: en-GB\n---\n' + SPANISH, { kind: 'prfaq' }).english, true);
  });
});

describe('language: what a non-English document is told', () => {
  for (const [name, doc] of [['Spanish', SPANISH], ['German', GERMAN]] as const) {
    it(`the ${name} PR/FAQ gets no finding from a rule that reads English words`, () => {
      assert.deepEqual(codes(doc).filter((c) => ENGLISH_RULES.has(c)), []);
      // Judged as English, the same text draws English findings: the silence above is the language test's doing.
      const judged = codes('---\nlang: en\n---\n' + doc);
      assert.ok(judged.some((c) => ENGLISH_RULES.has(c)), judged.join(', '));
    });

    it(`the ${name} PR/FAQ is not told that parts it has are missing`, () => {
      const missing = review(doc, { path: 'launch.prfaq.md' }).diagnostics.filter((d) => d.code === 'missing-section');
      assert.deepEqual(missing, []);
      const judged = review('---\nlang: en\n---\n' + doc, { path: 'launch.prfaq.md' }).diagnostics.filter((d) => d.code === 'missing-section');
      assert.ok(judged.length > 0, 'read as English, its parts are not seen');
    });
  }

  it('keeps the structure findings: a missing FAQ, an unanswered question, a placeholder', () => {
    // The Spanish PR/FAQ with its internal FAQ cut, an answer left to decide and a gap in the text.
    const cut = SPANISH.slice(0, SPANISH.indexOf('## FAQ interno'))
      .replace('Es gratis para los pacientes. El centro paga dos euros por cada mil mensajes enviados.', 'TBD')
      .replace('Más información', 'Más información [TK]');
    const r = review(cut, { path: 'launch.prfaq.md' });
    assert.equal(r.model.english, false);
    const got = r.diagnostics.map((d) => `${d.code}${d.data?.section ? ':' + d.data.section : ''}`);
    for (const want of ['missing-faq:internal-faq', 'unanswered-question', 'placeholder']) assert.ok(got.includes(want), `${want} in ${got.join(', ')}`);
    assert.ok(got.every((c) => !ENGLISH_RULES.has(c.split(':')[0])), got.join(', '));
  });

  it('judges an English PR/FAQ with German names and quotes as English', () => {
    const r = review(ENGLISH, { path: 'launch.prfaq.md' });
    assert.equal(r.model.english, true);
    assert.ok(r.diagnostics.some((d) => d.code === 'weasel-word' && d.data?.word === 'very'), 'the English "very" beside German names and quotes is still a weasel word (inside a quotation it would not be: weasel-word leaves quotes alone)');
  });
});

describe('language: every rule says what it judges', () => {
  it('classifies each registered rule, and nothing else', () => {
    assert.deepEqual(Object.keys(RULE_JUDGES).sort(), RULES.map((r) => r.id).sort());
    for (const id of ['weasel-word', 'passive-voice', 'readability', 'vague-customer', 'undefined-acronym', 'solution-first']) assert.equal(RULE_JUDGES[id], 'english', id);
    for (const id of ['missing-section', 'missing-faq', 'unanswered-question', 'placeholder', 'press-release-length', 'faq-length', 'narrative-length', 'narrative-bullets']) assert.equal(RULE_JUDGES[id], 'structure', id);
  });

  it('names only registered rules among the findings that rest on English words', () => {
    for (const id of Object.keys(ENGLISH_READ_FINDINGS)) assert.equal(RULE_JUDGES[id], 'structure', id);
  });
});
