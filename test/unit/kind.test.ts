/**
 * Which kind of document a file is (engine/model/kind.ts, words in
 * engine/genre/kinds.ts): file names of the wild, PR/FAQ titles as headings
 * or lines of their own, press-release openings with an FAQ, narrative
 * sections; and the other side of each, the README or changelog that must
 * stay quiet. A file named like a kind with none of its structure gets one
 * unrecognized-structure finding, never silence and never a pile.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from '../../engine/model/build.js';
import { kindOfName } from '../../engine/model/kind.js';
import { applyEdits, fixesFor } from '../../engine/fix/index.js';
import { review } from '../../engine/review.js';
import type { DocKind } from '../../engine/model/types.js';

const lines = (...l: string[]) => l.join('\n') + '\n';
const kindOf = (text: string, path = 'notes/draft.md') => buildModel(text, { path }).kind;

/** A press release with none of the content cues: a headline, prose and a quote. */
const BARE_RELEASE = lines(
  '# Ledger balances a bakery\'s books overnight',
  '',
  'Fernhill introduces Ledger, which matches every deposit to its invoice while the shop is closed.',
  '',
  'Owners of small bakeries spend their Sunday evenings matching card totals by hand.',
  '',
  '"I stopped doing the books on Sundays," said Ana Ruiz, owner of Crumb & Co in Salem.',
);

/** Links to a draft kept elsewhere: nothing of a PR/FAQ or a narrative. */
const POINTER = lines('# Ledger', '', 'The draft lives in the team folder.', '', '- [Draft](https://example.com/ledger)', '- [Review notes](https://example.com/notes)');

const NARRATIVE_PROSE = lines(
  '# Van stocking',
  '',
  'Technicians in the northern region drive back to the depot for a part on one visit in five, and the customer waits a second day for the repair.',
  '',
  'The vans are stocked from a list written four years ago, before the new boiler models arrived; most of the parts they lack are for those models.',
  '',
  'We propose stocking each van every night from the parts the next day\'s jobs are forecast to need, starting with the twelve vans of the northern depot.',
);

describe('kind: file names of the wild', () => {
  const named: Array<[string, DocKind | 'either']> = [
    ['prfaq.md', 'prfaq'], ['PRFAQ.md', 'prfaq'], ['pr-faq.md', 'prfaq'], ['PR_FAQ.md', 'prfaq'], ['PR-FAQ.markdown', 'prfaq'],
    ['press-release.md', 'prfaq'], ['pressrelease.md', 'prfaq'], ['PRESS_RELEASE.md', 'prfaq'], ['PressRelease.md', 'prfaq'], ['Press_Release.md', 'prfaq'],
    ['6-pager.md', 'narrative'], ['six-pager.md', 'narrative'], ['Six_Pager.md', 'narrative'], ['sixpager.md', 'narrative'], ['narrative.md', 'narrative'], ['NARRATIVE.md', 'narrative'], ['two-pager.md', 'narrative'], ['2-pager.md', 'narrative'],
    ['working-backwards.md', 'either'], ['Working_Backwards.md', 'either'],
  ];
  for (const [name, kind] of named) {
    it(`${name} names a ${kind}`, () => assert.equal(kindOfName(name), kind));
  }
  for (const name of ['README.md', 'press-release-length.md', 'narrative-bullets.md', 'my-prfaq-notes.md', 'prfaq.txt', 'prfaq', 'pr.md', 'faq.md', 'pager.md']) {
    it(`${name} names no kind`, () => assert.equal(kindOfName(name), null));
  }

  it('a press release named so, with no FAQ and no dateline, is reviewed as a PR/FAQ', () => {
    const r = review(BARE_RELEASE, { path: 'docs/PRESS_RELEASE.md' });
    assert.equal(r.kind, 'prfaq');
    assert.equal(r.model.unrecognized, null);
    // Reviewed in full: the FAQs are reported missing.
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'missing-faq').map((d) => d.data?.section), ['external-faq', 'internal-faq']);
    // Without the name, nothing in it is enough to tell a README apart.
    assert.equal(kindOf(BARE_RELEASE), null);
  });

  it('a six-pager of prose paragraphs without headings is reviewed as a narrative', () => {
    const m = buildModel(NARRATIVE_PROSE, { path: 'plans/six-pager.md' });
    assert.equal(m.kind, 'narrative');
    assert.equal(m.unrecognized, null);
    assert.equal(kindOf(NARRATIVE_PROSE), null);
  });

  it('working-backwards.md is whichever kind its content shows', () => {
    const memo = lines('# Van stocking', '', '## Tenets', '', 'We fix it on the first visit.', '', '## Lessons learned', '', 'Forecasts beat lists.');
    assert.equal(kindOf(memo, 'working-backwards.md'), 'narrative');
    assert.equal(kindOf(lines('# Working Backwards: Ledger', '', 'Owners close their books in ten minutes.'), 'working-backwards.md'), 'prfaq');
    const none = buildModel(POINTER, { path: 'working-backwards.md' });
    assert.deepEqual([none.kind, none.unrecognized], ['prfaq', { kind: 'prfaq', file: 'working-backwards.md' }]);
  });

  it('front matter, the *.prfaq.md convention and --kind outrank a name of the wild', () => {
    assert.equal(kindOf('---\nkind: narrative\n---\n' + POINTER, 'prfaq.md'), 'narrative');
    assert.equal(buildModel(POINTER, { path: 'six-pager.md', kind: 'prfaq' }).kind, 'prfaq');
    for (const path of ['ledger.prfaq.md', 'Ledger.PRFAQ.markdown']) {
      const m = buildModel(POINTER, { path });
      assert.deepEqual([m.kind, m.unrecognized], ['prfaq', null], path);
    }
  });
});

describe('kind: titles that name a PR/FAQ', () => {
  const faq = lines('', '**Q: How much does it cost?**', '', 'A: $19 a month.');
  const titles = [
    '## PRFAQ',
    '# PR/FAQ: Ledger for bakeries',
    '# PR-FAQ — Ledger',
    '# Ledger PR / FAQ',
    '# Press Release',
    '## PRESS RELEASE',
    '## Part 1 — Press Release',
    '# 🚀 Press Release #',
    '# The Workshop — PRFAQ (working name)',
    '# Working Backwards: Ledger',
  ];
  for (const t of titles) {
    it(`"${t}" makes a PR/FAQ`, () => assert.equal(kindOf(lines(t, '', 'Bakery owners close their books in ten minutes.') + faq), 'prfaq'));
  }
  for (const t of ['**Press Release**', 'PRESS RELEASE', '**PR/FAQ**', 'PRFAQ']) {
    it(`"${t}" on a line of its own makes a PR/FAQ`, () => assert.equal(kindOf(lines('# Ledger', '', t, '', 'Bakery owners close their books in ten minutes.')), 'prfaq'));
  }

  it('stays quiet on a README of a PR/FAQ tool, with an FAQ section', () => {
    const readme = lines('# PR/FAQ Studio', '', 'Reviews press releases as you write them.', '', '## Press releases we like', '', 'A list.', '', '## FAQ', '', '### Does it need a network?', '', 'No.');
    assert.equal(kindOf(readme, 'README.md'), null);
    assert.deepEqual(review(readme, { path: 'README.md' }).diagnostics, []);
  });

  it('stays quiet on a sentence or a label that mentions a press release', () => {
    assert.equal(kindOf(lines('# fastjson', '', 'See the press release.', '', 'Before — press release:', '', '## FAQ', '', '### Why?', '', 'Speed.')), null);
  });
});

describe('kind: press-release openings with an FAQ', () => {
  const withFaq = (opening: string) => lines('# Ledger', '', opening, '', 'It matches deposits to invoices.', '', '## FAQ', '', '### How much is it?', '', '$19 a month.');
  const openings = [
    "Today we're releasing Ledger, a bookkeeping app for bakeries.",
    'Today, Fernhill launched Ledger for independent bakeries.',
    'We are proud to announce Ledger, bookkeeping for bakeries.',
    'Now bakery owners in Oregon can close their books in ten minutes.',
    'Fernhill today announced Ledger, a bookkeeping app for bakeries.',
    'Announcing Ledger: bookkeeping for bakeries.',
    'Today the Developer Platform team turned on Ledger for every bakery in the chain.',
    'Today Fernhill rolled out Ledger to its 40 bakeries.',
  ];
  for (const o of openings) {
    it(`"${o.slice(0, 40)}…" with an FAQ makes a PR/FAQ`, () => assert.equal(kindOf(withFaq(o)), 'prfaq'));
    it(`"${o.slice(0, 40)}…" without an FAQ is not enough`, () => assert.equal(kindOf(lines('# Ledger', '', o, '', 'It matches deposits.')), null));
  }

  it('FOR IMMEDIATE RELEASE needs nothing else', () => {
    assert.equal(kindOf(lines('# Ledger', '', 'FOR IMMEDIATE RELEASE', '', 'Fernhill launched Ledger.')), 'prfaq');
  });

  it('an opening further down, or not opening its sentence, is not one', () => {
    const readme = lines('# fastjson', '', 'A JSON parser.', '', '## Install', '', 'npm install fastjson', '', '## Usage', '', 'Call parse().', '', '## Speed', '', 'Parsing is two times faster than it was, and now you can stream.', '', '## FAQ', '', '### Why is it fast?', '', 'SIMD.');
    assert.equal(kindOf(readme, 'README.md'), null);
  });

  it('a dateline with a place makes a press release; a date alone opens a dated note as well', () => {
    const doc = (opening: string) => lines('# Spring menu', '', `${opening} Fernhill bakers plan the spring menu.`, '', 'Flour costs more this year.', '', '## FAQ', '', '### Who brings bread?', '', 'Ana.');
    for (const placed of ['(Portland, OR) March 3, 2027 -', 'Portland, OR (March 3, 2027) –', 'PORTLAND, OR, March 3, 2027 /PRNewswire/ --']) assert.equal(kindOf(doc(placed)), 'prfaq', placed);
    assert.equal(kindOf(doc('March 3, 2027 —')), null);
  });

  it('a version string or a colon is no dateline', () => {
    for (const p of ['Supports the schema drafts draft-04/06/07 and 2020-12.', 'Left in the draft: [TK], TBD and TODO markers.']) {
      assert.equal(kindOf(lines('# ajv-like', '', p, '', '## FAQ', '', '### Why?', '', 'Speed.')), null, p);
    }
  });
});

describe('kind: narratives by their sections', () => {
  it('recognises numbered and emoji section titles, strategic priorities and an FAQ at the end', () => {
    const doc = lines('# Van stocking', '', '## 1. Introduction', '', 'Technicians miss parts.', '', '## 🧭 Tenets', '', 'First visit fixes.', '', '## Strategic priorities', '', 'Stock vans nightly.', '', '## FAQ', '', '### What does it cost?', '', 'Two hours a night.', '', '## Appendix', '', 'Survey notes.');
    const m = buildModel(doc, { path: 'memo.md' });
    assert.equal(m.kind, 'narrative');
    assert.deepEqual(m.sections.filter((s) => s.depth <= 2).map((s) => s.id), [undefined, 'introduction', 'tenets', 'proposal', 'faq', 'appendix']);
    assert.equal(m.questions.length, 1, 'the FAQ at the end holds its question');
  });

  it('an internal FAQ at the end of a memo with tenets and lessons learned keeps it a narrative', () => {
    const doc = lines('# Van stocking', '', '## Tenets', '', 'First visit fixes.', '', '## Lessons learned', '', 'Lists age.', '', '## Proposal', '', 'Forecast parts.', '', '## Internal FAQ', '', '### Why now?', '', 'New boilers.');
    assert.equal(kindOf(doc), 'narrative');
  });

  it('reads bold lines standing alone as section titles, numbered or not', () => {
    const doc = lines('# Van stocking', '', '**1. Context**', '', 'Technicians miss parts on one visit in five.', '', '**2. Lessons learned**', '', 'Lists age within a week.', '', '**3. Proposal**', '', 'Forecast parts nightly.', '', '**4. FAQ**', '', '*Why now?* New boilers arrive in May.');
    assert.equal(kindOf(doc, 'memo.md'), 'narrative');
    // Named "working backwards", the bold "FAQ" line no longer tips it to a PR/FAQ.
    assert.equal(kindOf(doc, 'docs/working-backwards.md'), 'narrative');
    // Nor an FAQ the board asks, under a long numbered title line (the number is no word of the title).
    const asked = doc.replace('**2. Lessons learned**', '**2. What we learned from the Leeds van trial**').replace('**4. FAQ**', '**4. Questions the board may ask**');
    assert.equal(kindOf(asked, 'docs/working-backwards.md'), 'narrative');
    const readme = lines('# fastjson', '', '**Overview**', '', 'A parser.', '', '**Background**', '', 'Old parsers were slow.', '', '**Goals**', '', 'Speed.', '', '**FAQ**', '', '**Why?** SIMD.');
    assert.equal(kindOf(readme, 'README.md'), null);
  });

  it('a memo with context, proposal, goals and risks keeps its "Internal FAQ" a narrative\'s; a PR/FAQ with goals and risks stays one', () => {
    const memo = lines('# Home delivery', '', '## Context', '', 'Readers who cannot drive stopped borrowing.', '', '## Proposal', '', 'Two vans.', '', '## Goals', '', 'Deliveries on time: 97%.', '', '## Risks', '', 'Snow.', '', '## Internal FAQ', '', '### Why not post?', '', 'Books came back late.');
    assert.equal(kindOf(memo, 'docs/working-backwards.md'), 'narrative');
    const release = lines('# Ledger closes the books for bakeries', '', 'Today Fernhill is launching Ledger, which matches deposits overnight.', '', '## Background', '', 'Owners reconcile by hand.', '', '## Proposal', '', 'Match nightly.', '', '## Goals', '', 'Ten minutes.', '', '## Risks', '', 'Bank feeds.', '', '## External FAQ', '', '### Is there a trial?', '', 'Yes.', '', '## Internal FAQ', '', '### Why now?', '', 'APIs opened.');
    assert.equal(kindOf(release, 'docs/working-backwards.md'), 'prfaq', 'a press-release opening keeps it a PR/FAQ');
  });

  it('stays quiet on a README with overview, background, goals and an FAQ', () => {
    const readme = lines('# fastjson', '', '## Overview', '', 'A parser.', '', '## Background', '', 'Old parsers were slow.', '', '## Goals', '', 'Speed.', '', '## FAQ', '', '### Why?', '', 'SIMD.');
    assert.equal(kindOf(readme, 'README.md'), null);
  });

  it('stays quiet on API docs whose deep headings happen to say "Context"', () => {
    const api = lines('# unified-like', '', '## Intro', '', 'Process text.', '', '## API', '', '### `process()`', '', '###### Context', '', 'The file.', '', '###### Returns', '', 'A promise.');
    assert.equal(kindOf(api, 'readme.md'), null);
  });

  it('leaves the appendix, at any numbering, out of the six-page body', () => {
    const doc = lines('# Van stocking', '', '## Tenets', '', 'We fix it on the first visit.', '', '## Part 4 — Appendix', '', '- survey notes', '- raw numbers');
    const r = review(doc, { path: 'six-pager.md' });
    assert.equal(r.kind, 'narrative');
    assert.ok(r.model.appendixStart !== null && doc.slice(r.model.appendixStart).startsWith('## Part 4'));
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'narrative-bullets'), [], 'bullets in the appendix are fine');
  });
});

describe('kind: a file named like a kind with none of its structure (unrecognized-structure)', () => {
  it('gets exactly one information finding that says what was looked for and how to force the kind', () => {
    const r = review(POINTER, { path: 'docs/prfaq.md' });
    assert.equal(r.kind, 'prfaq', 'the kind the name gives, as the JSON reports it');
    assert.deepEqual(r.diagnostics.map((d) => [d.code, d.severity, d.range.start.line]), [['unrecognized-structure', 3, 0]]);
    const [d] = r.diagnostics;
    assert.deepEqual(d.data, { kind: 'prfaq', file: 'prfaq.md' });
    assert.match(d.message, /named like a PR\/FAQ \(prfaq\.md\)/);
    assert.match(d.message, /Looked for .*"Press Release".*dateline.*FAQ/);
    assert.match(d.message, /front matter "kind: prfaq"/);
  });

  it('forced by front matter, the same file gets the full review (the pile it was spared)', () => {
    const r = review('---\nkind: prfaq\n---\n' + POINTER, { path: 'docs/prfaq.md' });
    assert.ok(r.diagnostics.filter((d) => d.code === 'missing-section').length >= 5);
    assert.ok(!r.diagnostics.some((d) => d.code === 'unrecognized-structure'));
  });

  it('its quick fix adds the front matter, in a new block or the existing one, and the review then runs in full', () => {
    for (const text of [POINTER, '---\ntitle: Ledger\n---\n' + POINTER, '\ufeff' + POINTER]) {
      const r = review(text, { path: 'prfaq.md' });
      const fixes = fixesFor(r.model, r.diagnostics[0]);
      assert.equal(fixes[0].title.startsWith('Review as a PR/FAQ'), true, fixes[0].title);
      const fixed = applyEdits(text, fixes[0].edits);
      const again = buildModel(fixed, { path: 'prfaq.md' });
      assert.deepEqual([again.kind, again.kindReason, again.unrecognized], ['prfaq', 'front matter', null], fixed);
      if (text.includes('title:')) assert.match(fixed, /^---\nkind: prfaq\ntitle: Ledger\n---\n/);
    }
  });

  it('a narrative-named file of only a table gets it too, naming the narrative', () => {
    const r = review(lines('# Van stocking', '', '| depot | trips |', '|---|---|', '| North | 120 |'), { path: 'plans/6-pager.md' });
    assert.equal(r.kind, 'narrative');
    assert.deepEqual(r.diagnostics.map((d) => [d.code, d.data]), [['unrecognized-structure', { kind: 'narrative', file: '6-pager.md' }]]);
    assert.match(r.diagnostics[0].message, /Tenets.*Lessons learned/);
  });

  it('can be silenced or turned off like any rule', () => {
    assert.deepEqual(review('<!-- prfaq-disable-file unrecognized-structure -->\n' + POINTER, { path: 'prfaq.md' }).diagnostics, []);
  });

  it('a file of no kind at all still gets nothing', () => {
    assert.deepEqual(review(POINTER, { path: 'README.md' }).diagnostics, []);
  });
});

describe('kind: the team corpus and examples keep their kinds', () => {
  const root = join(__dirname, '..', '..');
  for (const dir of ['examples', 'test/corpus']) {
    for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.md'))) {
      it(`${dir}/${f} is recognised and not flagged unrecognised`, () => {
        const m = buildModel(readFileSync(join(root, dir, f), 'utf8'), { path: join(dir, f) });
        assert.ok(m.kind);
        assert.equal(m.unrecognized, null);
      });
    }
  }
  it('the repository\'s own README, CONTRIBUTING, CHANGELOG and rule pages stay quiet', () => {
    const pages = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...readdirSync(join(root, 'docs/rules')).map((f) => `docs/rules/${f}`)];
    for (const p of pages) assert.equal(buildModel(readFileSync(join(root, p), 'utf8'), { path: p }).kind, null, p);
  });
});
