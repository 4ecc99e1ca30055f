/**
 * Quick fixes, computed by each rule from its own findings.
 * - Every rule that should have a fix has one, for every finding in its examples.
 * - Applied to the rule's examples: exact text where it matters, nothing
 *   outside the edits changed, and the rule no longer reports the finding
 *   (or reports only the placeholder the fix put there).
 * - Round trip (markdownlint): apply all safe fixes to the flawed examples
 *   and the corpus, lint again — no safe fix remains, the rest is intact.
 * - Overlapping fixes never corrupt text, one after the other or all at once.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeConfig } from '../../engine/config/types.js';
import { applyEdits, disableFileFix, disableLineFix, fixAll, fixesFor, mergeFixes } from '../../engine/fix/index.js';
import { LineIndex } from '../../engine/model/lines.js';
import type { DocKind } from '../../engine/model/types.js';
import { review } from '../../engine/review.js';
import { partProse } from '../../engine/genre/templates.js';
import { RULES, ruleById } from '../../engine/rules/registry.js';
import type { Fix, RuleExample } from '../../engine/rules/types.js';
import { assertOnlyEditsChanged } from '../edits.js';

const ROOT = join(__dirname, '..', '..');

/** The rules the issue asks fixes for. A rule listed here without `fixes` fails. */
const FIXABLE = ['weasel-word', 'vague-customer', 'missing-section', 'missing-faq', 'missing-success-metric', 'unanswered-question', 'compound-metric', 'output-metric', 'narrative-bullets', 'undefined-acronym'];
/** Findings that name no text to change (a document that never names a customer). */
const NO_FIX = (code: string, data: unknown) => code === 'vague-customer' && (data as { reason?: string })?.reason === 'no-specific-customer';

function normalise(ex: RuleExample) {
  const e = typeof ex === 'string' ? { doc: ex } : ex;
  return { ...e, text: e.doc.replace(/[«»]/g, ''), kind: (e.kind ?? 'prfaq') as DocKind };
}

function run(text: string, kind: DocKind, only?: string[], config = mergeConfig()) {
  return review(text, { kind, only, config });
}

function sameAt(text: string, lines: LineIndex, d: { range: { start: { line: number; character: number }; end: { line: number; character: number } } }) {
  return text.slice(lines.offsetAt(d.range.start), lines.offsetAt(d.range.end));
}

describe('quick fixes', () => {
  describe('every rule that should have a fix has one', () => {
    for (const id of FIXABLE) {
      it(`${id} has fixes for each finding of its examples`, () => {
        const rule = ruleById(id)!;
        assert.ok(rule.fixes, `${id} must implement fixes()`);
        for (const ex of rule.examples.invalid) {
          const e = normalise(ex);
          const r = run(e.text, e.kind, [id], mergeConfig(e.config));
          for (const d of r.diagnostics) {
            if (NO_FIX(d.code, d.data)) continue;
            assert.ok(fixesFor(r.model, d).length > 0, `${id}: no fix for ${JSON.stringify(d.data)} in ${JSON.stringify(e.text.slice(0, 60))}`);
          }
        }
      });
    }
  });

  it('every rule page documents its quick fixes', () => {
    for (const rule of RULES) {
      const page = readFileSync(join(ROOT, 'docs/rules', `${rule.id}.md`), 'utf8');
      assert.match(page, /^## Quick fixes$/m, `docs/rules/${rule.id}.md needs a "Quick fixes" section`);
      assert.ok(page.includes(`Disable ${rule.id} for this line`), `docs/rules/${rule.id}.md: the disable fixes`);
    }
  });

  for (const rule of RULES.filter((r) => r.fixes)) {
    describe(`${rule.id} fixes on the rule's examples`, () => {
      rule.examples.invalid.forEach((ex, i) => {
        it(`example ${i + 1}: changes only its edits and resolves the finding`, () => {
          const e = normalise(ex);
          const config = mergeConfig(e.config);
          const r = run(e.text, e.kind, [rule.id], config);
          const lines = new LineIndex(e.text);
          for (const d of r.diagnostics) {
            for (const fix of fixesFor(r.model, d, config)) {
              if (!fix.edits.length) {
                assert.ok(fix.select, `${fix.title}: a fix without edits must at least take the writer somewhere`);
                continue;
              }
              const out = applyEdits(e.text, fix.edits);
              assertOnlyEditsChanged(e.text, out, fix.edits);
              // Word-level fixes stay on the finding's line.
              if (d.range.start.line === d.range.end.line && !['missing-section', 'missing-faq', 'missing-success-metric', 'unanswered-question', 'narrative-bullets', 'output-metric', 'compound-metric'].includes(rule.id)) {
                for (const ed of fix.edits) assert.equal(lines.positionAt(ed.start).line, d.range.start.line, `${fix.title} edits outside the finding's line`);
              }
              if (fix.select) assert.match(out.slice(fix.select.start, fix.select.end), /^\[[^\]]+\]$/, `${fix.title}: the selection is the placeholder`);
              const again = run(out, e.kind, [rule.id], config);
              const outLines = new LineIndex(out);
              const before = sameAt(e.text, lines, d);
              for (const x of again.diagnostics) {
                // Still reported: only allowed on the placeholder the fix inserted.
                const same = JSON.stringify(x.data) === JSON.stringify(d.data) && (d.range.start.line === 0 ? true : sameAt(out, outLines, x) === before);
                if (!same) continue;
                const at = outLines.offsetAt(x.range.start);
                const inserted = fix.edits.some((ed) => ed.newText.includes('[')) && /\[[^\]]*\]/.test(out.slice(Math.max(0, at - 200), at + 400));
                const needsOther = rule.id === 'missing-section' && (d.data as { section: string }).section === 'subheading' && !r.model.parts.headline;
                assert.ok(inserted || needsOther, `${fix.title}: ${rule.id} still reports ${JSON.stringify(x.data)} after the fix:\n${out}`);
              }
            }
          }
        });
      });
    });
  }

  describe('exact results', () => {
    const cases: Array<{ rule: string; doc: string; kind?: DocKind; pick?: (f: Fix) => boolean; want: string }> = [
      { rule: 'weasel-word', doc: 'The new checkout is very fast.', want: 'The new checkout is fast.' },
      { rule: 'weasel-word', doc: 'Extremely fast setup is here.', want: 'Fast setup is here.' },
      { rule: 'weasel-word', doc: 'We heard from several teams.', want: 'We heard from [Number] teams.' },
      { rule: 'weasel-word', doc: 'It is significantly cheaper.', want: 'It is [Number]% cheaper.' },
      { rule: 'weasel-word', doc: 'It ships to nearly all regions.', want: 'It ships to [Number]% of regions.' },
      { rule: 'weasel-word', doc: 'Refunds arrive soon.', want: 'Refunds arrive by [Date].' },
      { rule: 'weasel-word', doc: 'It is a world-class experience.', want: 'It is an experience.' },
      { rule: 'weasel-word', doc: 'The setup is seamless.', want: 'The setup is [Add the measured result].' },
      {
        rule: 'vague-customer',
        doc: '# Acme Tables helps users book\n\n## Internal FAQ\n\n### Who is the customer?\n\nIndependent restaurant owners in Ohio.\n',
        want: '# Acme Tables helps independent restaurant owners in Ohio book\n\n## Internal FAQ\n\n### Who is the customer?\n\nIndependent restaurant owners in Ohio.\n',
      },
      { rule: 'vague-customer', doc: '# Acme Tables lets everyone book a table\n\nIndependent restaurant owners in Ohio lose bookings.', want: '# Acme Tables lets [Name the customer segment] book a table\n\nIndependent restaurant owners in Ohio lose bookings.' },
      { rule: 'undefined-acronym', doc: 'Bakers get a POS terminal. Point of sale (POS) data flows to the ledger.', want: 'Bakers get a point of sale (POS) terminal. Point of sale (POS) data flows to the ledger.' },
      { rule: 'undefined-acronym', doc: 'Every seller gets an SLA.', want: 'Every seller gets an [Write the full term: S… L… A…] (SLA).' },
      {
        rule: 'narrative-bullets',
        kind: 'narrative',
        doc: '# Repairs\n\n## Current state\n\nThree reasons:\n\n- the van carried the wrong part\n- the depot had none;\n  - not even the spare\n\nWe fix the first.\n',
        want: '# Repairs\n\n## Current state\n\nThree reasons:\n\nThe van carried the wrong part. The depot had none. Not even the spare.\n\nWe fix the first.\n',
      },
      {
        rule: 'unanswered-question',
        doc: '# Ledger\n\n## Internal FAQ\n\n### Who owns the bank integrations?\n\n### Why now?\n\nTerminal vendors opened their APIs.\n',
        want: '# Ledger\n\n## Internal FAQ\n\n### Who owns the bank integrations?\n\n[TK: the answer]\n\n### Why now?\n\nTerminal vendors opened their APIs.\n',
      },
      {
        rule: 'unanswered-question',
        doc: '# Ledger\n\n## Internal FAQ\n\nQ: Why now?\n\nQ: What is the risk?\nA: Banks break.\n',
        want: '# Ledger\n\n## Internal FAQ\n\nQ: Why now?\nA: [TK: the answer]\n\nQ: What is the risk?\nA: Banks break.\n',
      },
      {
        rule: 'unanswered-question',
        doc: '# Ledger\n\n## Internal FAQ\n\n| # | Question | Answer | Owner |\n| --- | --- | --- | --- |\n| 1 | Why now? |  | Ana |\n| 2 | What is the risk? | Banks break. | Tom |\n',
        want: '# Ledger\n\n## Internal FAQ\n\n| # | Question | Answer | Owner |\n| --- | --- | --- | --- |\n| 1 | Why now? | [TK: the answer] | Ana |\n| 2 | What is the risk? | Banks break. | Tom |\n',
      },
      {
        rule: 'unanswered-question',
        doc: '# Ledger\n\n## Internal FAQ\n\n| Question | Answer |\n| --- | --- |\n| Why now? | Terminal vendors opened their APIs. |\n| What is the risk? |\n',
        want: '# Ledger\n\n## Internal FAQ\n\n| Question | Answer |\n| --- | --- |\n| Why now? | Terminal vendors opened their APIs. |\n| What is the risk? | [TK: the answer] |\n',
      },
    ];
    for (const c of cases) {
      it(`${c.rule}: ${JSON.stringify(c.doc.slice(0, 50))}`, () => {
        const kind = c.kind ?? 'prfaq';
        const r = run(c.doc, kind, [c.rule]);
        const d = r.diagnostics.find((x) => !NO_FIX(x.code, x.data));
        assert.ok(d, 'expected a finding');
        const fixes = fixesFor(r.model, d);
        const fix = fixes.find(c.pick ?? ((f) => !!f.isPreferred)) ?? fixes[0];
        assert.equal(applyEdits(c.doc, fix.edits), c.want);
      });
    }

    it('missing-section inserts the part where a press release has it, not at the end', () => {
      const doc = '# Ledger Closes the Books for Bakeries\n\nPORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger for bakery owners in Oregon.\n\nLedger now matches each deposit to the day\'s sales automatically.\n\n## External FAQ\n\n### How much?\n\n$19.\n';
      const r = run(doc, 'prfaq', ['missing-section']);
      const d = r.diagnostics.find((x) => (x.data as { section: string }).section === 'problem')!;
      const out = applyEdits(doc, fixesFor(r.model, d)[0].edits);
      assert.equal(
        out,
        // The scaffold's problem paragraph, the same words "Insert Missing Sections" writes.
        doc.replace('Oregon.\n\n', `Oregon.\n\n${partProse('problem', {})}\n\n`),
      );
      assert.ok(!run(out, 'prfaq', ['missing-section']).diagnostics.some((x) => (x.data as { section: string }).section === 'problem'));
    });

    it('missing-section inserts inside a press release quoted in full, keeping the quote whole', () => {
      const doc = '# PR/FAQ: Ledger\n\n## Press Release\n\n> ### Ledger Closes the Books for Bakeries\n>\n> PORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger for bakery owners in Oregon.\n>\n> Ledger now matches each deposit to the day\'s sales automatically.\n\n## External FAQ\n\n### How much?\n\n$19.\n';
      const r = run(doc, 'prfaq', ['missing-section']);
      const d = r.diagnostics.find((x) => (x.data as { section: string }).section === 'problem')!;
      const out = applyEdits(doc, fixesFor(r.model, d)[0].edits);
      assert.equal(out, doc.replace('Oregon.\n>\n', `Oregon.\n>\n> ${partProse('problem', {})}\n>\n`));
      assert.ok(!run(out, 'prfaq', ['missing-section']).diagnostics.some((x) => (x.data as { section: string }).section === 'problem'));
    });

    it('missing-section uses part headings when the press release has them', () => {
      const doc = '# Press release\n\n## Headline\n\nTidewater Text Booking\n\n## Summary\n\nBANGOR, ME — June 1, 2027 — Tidewater launched text booking.\n\n## The solution\n\nPatients text the clinic.\n';
      const r = run(doc, 'prfaq', ['missing-section']);
      const d = r.diagnostics.find((x) => (x.data as { section: string }).section === 'problem')!;
      const out = applyEdits(doc, fixesFor(r.model, d)[0].edits);
      assert.match(out, /launched text booking\.\n\n## Problem\n\nToday, \[TK: the specific customer\]/);
      assert.ok(!run(out, 'prfaq', ['missing-section']).diagnostics.some((x) => (x.data as { section: string }).section === 'problem'));
    });

    it('missing-section completes an unfilled template with every part it lacks, each at its place and at the level of its part headings', () => {
      const doc = '# Headline\n\n[Product name] for [customer]\n\n## Subheadline\n\n[The one benefit]\n\n## Intro paragraph\n\n[CITY, STATE] — [DATE] — [Company name] today launched [Product name].\n\n## Quote from You\n\n"[Why we built it]," said [Name], [Title].\n';
      const r = run(doc, 'prfaq', ['missing-section']);
      assert.equal(r.diagnostics.length, 1, 'one finding for the whole template');
      assert.match(r.diagnostics[0].message, /still an unfilled template: \d+ slots/);
      const out = applyEdits(doc, fixesFor(r.model, r.diagnostics[0])[0].edits);
      assert.ok(out.indexOf('## Problem') > out.indexOf('## Intro paragraph') && out.indexOf('## Solution') < out.indexOf('## Quote from You'));
      assert.ok(out.indexOf('## Getting started') > out.indexOf('## Quote from You'));
      assert.equal(run(out, 'prfaq', ['missing-section']).diagnostics.length, 0);
    });

    it('missing-faq puts the external FAQ before the internal one', () => {
      const doc = '# Ledger\n\nPORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger.\n\n## Internal FAQ\n\n### Why now?\n\nVendors opened their APIs.\n';
      const r = run(doc, 'prfaq', ['missing-faq']);
      const out = applyEdits(doc, fixesFor(r.model, r.diagnostics[0])[0].edits);
      assert.ok(out.indexOf('## External FAQ') < out.indexOf('## Internal FAQ') && out.indexOf('## External FAQ') > out.indexOf('launched'));
      assert.equal(run(out, 'prfaq', ['missing-faq']).diagnostics.length, 0);
    });
  });

  describe('disable comments', () => {
    const doc = [
      '# Ledger',
      '',
      'It is very fast,',
      'and very cheap.',
      '',
      '- first item is very good',
      '- second item is very good',
      '  - nested item is very good',
      '',
      '> quoted and very good',
      '',
      '| what | note |',
      '|---|---|',
      '| a | very good |',
      '',
    ].join('\n');
    it('silences exactly the line, keeps lists, quotes, paragraphs and tables whole', () => {
      const r = run(doc, 'prfaq', ['weasel-word']);
      assert.equal(r.diagnostics.length, 7);
      const lines = new LineIndex(doc);
      for (const d of r.diagnostics) {
        const fix = disableLineFix(r.model, 'weasel-word', lines.offsetAt(d.range.start));
        const out = applyEdits(doc, fix.edits);
        const again = run(out, 'prfaq', ['weasel-word', 'unknown-rule']);
        assert.equal(again.diagnostics.length, 6, `${fix.title} at line ${d.range.start.line}:\n${out}`);
        // Structure kept: as many blocks, lists, quotes and tables as before (comments aside).
        const shape = (t: string) => run(t, 'prfaq').model.blocks.filter((b) => b.type !== 'html').map((b) => b.type).join(',');
        assert.equal(shape(out), shape(doc), `${fix.title} changed the structure:\n${out}`);
      }
    });

    it('disables a rule for the file, after front matter', () => {
      const fm = '---\nkind: prfaq\n---\n' + doc;
      const r = run(fm, 'prfaq', ['weasel-word']);
      const out = applyEdits(fm, disableFileFix(r.model, 'weasel-word').edits);
      assert.ok(out.startsWith('---\nkind: prfaq\n---\n<!-- prfaq-disable-file weasel-word -->\n'));
      assert.equal(run(out, 'prfaq', ['weasel-word']).diagnostics.length, 0);
      assert.equal(run(out, 'prfaq').kind, 'prfaq');
    });
  });

  describe('overlapping fixes', () => {
    it('never corrupt text, one after the other or all at once', () => {
      const doc = 'It is very, very good and really quite seamless for many users.';
      // All at once.
      const r = run(doc, 'prfaq', ['weasel-word']);
      const all = fixAll(r.model, r.diagnostics, () => true);
      const once = applyEdits(doc, all.edits);
      assert.equal(once, 'It is good and [Add the measured result] for [Number] users.');
      // One after the other, reviewing in between (each fix computed for the current text).
      let text = doc;
      for (let guard = 0; guard < 20; guard++) {
        const rr = run(text, 'prfaq', ['weasel-word']);
        const d = rr.diagnostics.find((x) => fixesFor(rr.model, x).some((f) => f.edits.length && !text.slice(rr.model.text.length).length));
        if (!d) break;
        const f = fixesFor(rr.model, d).find((x) => x.isPreferred)!;
        text = applyEdits(text, f.edits);
      }
      assert.equal(text, once);
    });

    it('applyEdits refuses overlapping edits, mergeFixes skips a fix that overlaps a taken one', () => {
      assert.throws(() => applyEdits('abcdef', [{ start: 1, end: 3, newText: 'x' }, { start: 2, end: 4, newText: 'y' }]));
      const a: Fix = { title: 'a', edits: [{ start: 1, end: 3, newText: 'x' }] };
      const b: Fix = { title: 'b', edits: [{ start: 2, end: 4, newText: 'y' }, { start: 5, end: 6, newText: 'z' }] };
      const c: Fix = { title: 'c', edits: [{ start: 3, end: 3, newText: '!' }] };
      const m = mergeFixes([a, b, c]);
      assert.deepEqual({ applied: m.applied, skipped: m.skipped }, { applied: 2, skipped: 1 });
      assert.equal(applyEdits('abcdef', m.edits), 'ax!def');
    });
  });

  describe('round trip: apply all safe fixes, lint again', () => {
    const files = [
      ...readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.md')).map((f) => join(ROOT, 'examples', f)),
      ...readdirSync(join(ROOT, 'test/corpus')).filter((f) => f.endsWith('.md')).map((f) => join(ROOT, 'test/corpus', f)),
    ];
    for (const file of files) {
      it(file.slice(ROOT.length + 1), () => {
        const text = readFileSync(file, 'utf8');
        const path = file;
        const r = review(text, { path });
        if (!r.kind) return;
        const all = fixAll(r.model, r.diagnostics, (f) => !!f.safe);
        const out = applyEdits(text, all.edits);
        assertOnlyEditsChanged(text, out, all.edits);
        const again = review(out, { path });
        assert.equal(again.kind, r.kind);
        const left = again.diagnostics.filter((d) => fixesFor(again.model, d).some((f) => f.safe));
        assert.deepEqual(left.map((d) => `${d.code}@${d.range.start.line}`), [], 'a safe fix remains after fix-all');
        // Every other finding is still there: only the fixed ones went away.
        const fixedCodes = new Set(r.diagnostics.filter((d) => fixesFor(r.model, d).some((f) => f.safe)).map((d) => d.code));
        for (const code of new Set(r.diagnostics.map((d) => d.code))) {
          if (fixedCodes.has(code) || code === 'readability' || code === 'passive-voice') continue;
          assert.equal(again.diagnostics.filter((d) => d.code === code).length, r.diagnostics.filter((d) => d.code === code).length, `${code} changed`);
        }
        // Every preferred fix at once, too: text still parses and the edits never overlap.
        const preferred = fixAll(r.model, r.diagnostics, () => true);
        const all2 = applyEdits(text, preferred.edits);
        assertOnlyEditsChanged(text, all2, preferred.edits);
        assert.ok(review(all2, { path }).kind);
      });
    }
  });
});
