/**
 * engine/genre: the parts catalogue's heading titles are data in a small
 * pattern language, and adding one is a one-line change that the model
 * follows (the test edits the table in place, reloads the engine, and puts
 * the table back).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { NARRATIVE_SECTION_INFO, PART_INFO } from '../../engine/genre/catalogue.js';
import { headingMatcher, narrativeSectionForHeading, partForHeading } from '../../engine/genre/headings.js';
import type { buildModel as BuildModel } from '../../engine/model/build.js';
import { PART_IDS } from '../../engine/model/types.js';
import { forgetModules } from './reload.js';

const ENGINE = join(__dirname, '..', '..', 'engine');
/** Drop the engine's code from the module cache (not its data: the catalogue, the lexicon, which other tests hold), so matchers are compiled again from the (changed) table. */
function freshBuild(): typeof BuildModel {
  forgetModules((id) => id.startsWith(ENGINE) && !id.endsWith(join('genre', 'catalogue.ts')) && !id.includes(join('engine', 'lexicon')));
  return require(join(ENGINE, 'model', 'build.ts')).buildModel;
}

/**
 * `run` on an engine freshly loaded after `entry` was added to the catalogue
 * list `pick` chooses; the list is put back afterwards. The catalogue is
 * the one the engine will load (another test may have reloaded it since
 * this file's import).
 */
function withEntry<T>(pick: (c: typeof import('../../engine/genre/catalogue.js')) => string[], entry: string, run: (build: typeof BuildModel) => T): T {
  const list = pick(require(join(ENGINE, 'genre', 'catalogue.ts')));
  list.push(entry);
  try {
    return run(freshBuild());
  } finally {
    list.pop();
    freshBuild();
  }
}

describe('parts catalogue', () => {
  it('gives every part a label, a name, advice, a purpose, a budget and heading titles', () => {
    for (const id of PART_IDS) {
      const p = PART_INFO[id];
      assert.ok(p.label && p.name && p.advice && p.purpose && p.budget > 0 && p.headings.length > 0, id);
    }
  });

  it('reads its pattern language: alternatives, optional words, any words', () => {
    const re = headingMatcher(['[the|our] customer|user problem [statement]', 'how * helps', '[how to] get started'], 'whole')!;
    for (const t of ['customer problem', 'The user problem statement', 'our customer problem', 'How Kiln really helps', 'get started', 'How to get started']) assert.ok(re.test(t), t);
    for (const t of ['problem', 'the customer', 'how helps', 'how to get', 'customer problems']) assert.ok(!re.test(t), t);
    const prefix = headingMatcher(['lessons learned'], 'prefix')!;
    assert.ok(prefix.test('Lessons learned in 2026'));
    assert.ok(!prefix.test('Lessons learnedx'));
  });

  it('maps the usual headings to their parts and sections', () => {
    assert.equal(partForHeading('The Problem:'), 'problem');
    for (const t of ['Background', 'Motivation', 'Today', 'The status quo', 'Why now', 'Customer needs']) assert.equal(partForHeading(t), 'problem', t);
    assert.equal(partForHeading('How Kiln helps'), 'solution');
    assert.equal(partForHeading('Quote from the CEO'), 'leader-quote');
    assert.equal(partForHeading('Availability and getting started'), 'getting-started');
    assert.equal(partForHeading('Pricing'), null);
    // An emoji or a bullet before the words is no part of the title.
    assert.equal(partForHeading('😩 The problem'), 'problem');
    assert.equal(partForHeading('🚀 Getting started'), 'getting-started');
    assert.equal(partForHeading('🚲 Spoke'), null);
    assert.equal(narrativeSectionForHeading('Our tenets'), 'tenets');
    assert.equal(narrativeSectionForHeading('Lessons learned so far'), 'lessons-learned');
    assert.equal(narrativeSectionForHeading('What we have learned'), 'lessons-learned');
    assert.equal(narrativeSectionForHeading('3. What we’ve learned from the pilot'), 'lessons-learned');
  });

  it('adding a heading title is one line of data, and the model follows it', () => {
    const doc = '# Kiln\n\n## Headline\n\nKiln fires pots for potters in Ohio\n\n## What hurts today\n\nPotters in Ohio wait 9 days for a kiln slot.\n';
    const problemHeading = (build: typeof BuildModel) => build(doc, { kind: 'prfaq' }).parts.problem?.heading !== undefined;
    assert.equal(problemHeading(freshBuild()), false, 'not a problem heading before the change');
    assert.equal(withEntry((c) => c.PART_INFO.problem.headings, 'what hurts today', problemHeading), true, 'a problem heading after one line of data');
  });

  it('which FAQ a title names is data too: one word added, the model follows it', () => {
    // A lone FAQ with no word of either kind is read as the external one.
    const doc = '# Kiln\n\nSEATTLE, WA — May 1, 2027 — Kiln launched.\n\n## Lender FAQ\n\n### Why now?\n\nKilns got cheaper.\n';
    const internal = (build: typeof BuildModel) => build(doc, { kind: 'prfaq' }).faqs['internal-faq'] !== undefined;
    assert.equal(internal(freshBuild()), false, 'a lender FAQ is no internal FAQ before the change');
    assert.equal(withEntry((c) => c.FAQ_INFO['internal-faq'].titleWords, 'lender', internal), true, 'the internal FAQ after one word of data');
  });

  it('lists narrative sections in the order a six-pager has them', () => {
    assert.deepEqual(Object.keys(NARRATIVE_SECTION_INFO), ['introduction', 'tenets', 'current-state', 'lessons-learned', 'proposal', 'goals', 'risks', 'faq', 'appendix']);
  });
});
