/**
 * The scaffolds and the insertion planner, judged by the engine itself: a
 * new PR/FAQ has every part and both FAQs (so `missing-section` and
 * `missing-faq` stay quiet), and inserting the missing sections into a
 * damaged document restores every part, each at its place in the order.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../engine/config/types.js';
import { LineIndex } from '../../engine/model/lines.js';
import { PART_IDS } from '../../engine/model/types.js';
import { review } from '../../engine/review.js';
import { outlineFrom, planMissingSections, planQuestion, questionSnippet, questionStyle, type Insertion, type Outline } from '../../engine/genre/plan.js';
import { narrativeScaffold } from '../../engine/scaffold/narrative.js';
import { partBlock } from '../../engine/genre/templates.js';
import { fileNameFor, prfaqScaffold, slug } from '../../engine/scaffold/prfaq.js';
import { describe as describeModel } from '../../server/src/documentModel.js';

const ROOT = join(__dirname, '..', '..');
const FACTS = {
  product: 'Lantern Bookings',
  customer: 'independent bike shop owners in Oregon',
  problem: 'lose repair bookings when the phone rings while they work',
  city: 'Portland, OR',
  date: 'April 6, 2027',
};

const structural = (text: string, path = 'doc.md') =>
  review(text, { path, only: ['missing-section', 'missing-faq'] }).diagnostics.map((d) => `${d.code}:${(d.data as { section: string }).section}`);

/** The outline the editor would build from the server's answer. */
function outline(text: string, path = 'doc.md'): Outline {
  const r = review(text, { path });
  const lines = new LineIndex(text);
  const d = describeModel(r.model, (s, e) => ({ start: lines.positionAt(s), end: lines.positionAt(e) }), DEFAULT_CONFIG.limits);
  const o = outlineFrom({ kind: r.kind, ...d }, text, (p) => lines.offsetAt(p));
  assert.ok(o, 'the document has a kind');
  return o;
}

function apply(text: string, edits: Insertion[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.text + out.slice(e.offset);
  return out;
}

/** Part ids in document order. */
function order(text: string, path = 'doc.md'): string[] {
  const m = review(text, { path }).model;
  return Object.values(m.parts)
    .filter((p) => !!p)
    .sort((a, b) => a.start - b.start)
    .map((p) => p.id);
}

function removeBlock(text: string, needle: string): string {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `fixture has ${needle}`);
  const end = text.indexOf('\n\n', at);
  return text.slice(0, at) + text.slice(end + 2);
}

describe('scaffold', () => {
  describe('new PR/FAQ', () => {
    for (const [name, facts] of [['with every answer', FACTS], ['with no answers', {}], ['with only a product', { product: 'Kiln' }]] as const) {
      it(`${name}: is a PR/FAQ with all nine parts, in order, and both FAQs`, () => {
        const text = prfaqScaffold(facts);
        const r = review(text, { path: 'Untitled-1' });
        assert.equal(r.kind, 'prfaq', 'recognised from its content alone (an untitled document)');
        assert.deepEqual(structural(text, 'Untitled-1'), []);
        assert.deepEqual(order(text, 'Untitled-1'), [...PART_IDS]);
        assert.ok(r.model.questions.some((q) => q.faq === 'external-faq'));
        assert.ok(r.model.questions.some((q) => q.faq === 'internal-faq'));
      });
    }

    it('fills in the answers it was given and marks every gap as a placeholder', () => {
      const text = prfaqScaffold(FACTS);
      assert.match(text, /^# Lantern Bookings/);
      assert.match(text, /^PORTLAND, OR — April 6, 2027 — /m);
      assert.match(text, /Today, independent bike shop owners in Oregon lose repair bookings when the phone rings while they work\./);
      const r = review(text, { path: 'lantern-bookings.prfaq.md' });
      // Questions whose answer is known are answered; the rest are open.
      assert.deepEqual(
        r.model.questions.filter((q) => q.answered).map((q) => q.text),
        ['When and where can I get Lantern Bookings?', 'Who exactly is the customer, and how many are there?', 'What problem do they have, and how do we know?'],
      );
      // Still mostly template: the gaps are one finding until filled, counting the open answers too (domain.md: "one problem, not fourteen").
      const template = r.diagnostics.filter((d) => d.code === 'placeholder' || d.code === 'unanswered-question' || d.code === 'missing-section');
      assert.equal(template.length, 1, template.map((d) => d.message).join('\n'));
      assert.equal(template[0].code, 'placeholder');
      const open = r.model.questions.filter((q) => !q.answered).length;
      assert.ok((template[0].data as { slots: number }).slots > open, 'the slots counted include the release\'s gaps and the open answers');
    });

    it('never nests a placeholder in a placeholder', () => {
      for (const text of [prfaqScaffold({}), prfaqScaffold(FACTS), narrativeScaffold({})]) assert.doesNotMatch(text, /\[TK:[^\]]*\[/);
    });

    it('names the file after the product', () => {
      assert.equal(fileNameFor('Lantern Bookings', 'prfaq'), 'lantern-bookings.prfaq.md');
      assert.equal(fileNameFor('Café Ü/../../etc', 'narrative'), 'cafe-u-etc.narrative.md');
      assert.equal(slug('???'), 'untitled');
    });
  });

  describe('new narrative', () => {
    it('is a narrative with the usual sections and no bullet list', () => {
      const text = narrativeScaffold({ title: 'Closing plan', customer: 'first-time home buyers in Ohio', problem: 'miss deadlines', ask: 'fund four engineers' });
      const r = review(text, { path: 'Untitled-2' });
      assert.equal(r.kind, 'narrative');
      assert.deepEqual(
        r.model.sections.filter((s) => s.depth === 2).map((s) => s.id),
        ['introduction', 'tenets', 'current-state', 'lessons-learned', 'proposal', 'goals', 'faq', 'appendix'],
      );
      assert.deepEqual(review(text, { path: 'x.narrative.md', only: ['narrative-bullets'] }).diagnostics, []);
    });
  });

  describe('insert missing sections', () => {
    const full = prfaqScaffold(FACTS);
    const good = readFileSync(join(ROOT, 'examples/good.prfaq.md'), 'utf8');

    it('plans nothing for a complete document', () => {
      assert.deepEqual(planMissingSections(outline(full)), []);
      assert.deepEqual(planMissingSections(outline(good, 'good.prfaq.md')), []);
    });

    const cases: Array<[string, (t: string) => string]> = [
      ['the problem paragraph', (t) => removeBlock(t, 'Today, independent')],
      ['both quotes', (t) => removeBlock(removeBlock(t, '"[TK: why'), '"[TK: the experience')],
      ['the subheading and the call to action', (t) => removeBlock(removeBlock(t, '## For independent'), 'Independent bike shop owners in Oregon can learn')],
      ['the internal FAQ', (t) => t.slice(0, t.indexOf('## Internal FAQ'))],
      ['the external FAQ', (t) => t.slice(0, t.indexOf('## External FAQ')) + t.slice(t.indexOf('## Internal FAQ'))],
    ];
    for (const [what, damage] of cases) {
      it(`restores ${what} at its place in the order`, () => {
        const broken = damage(full);
        assert.notDeepEqual(structural(broken, 'x.prfaq.md'), []);
        const fixed = apply(broken, planMissingSections(outline(broken, 'x.prfaq.md')));
        assert.deepEqual(structural(fixed, 'x.prfaq.md'), []);
        assert.deepEqual(order(fixed, 'x.prfaq.md'), [...PART_IDS]);
        const m = review(fixed, { path: 'x.prfaq.md' }).model;
        assert.ok(m.faqs['external-faq']!.start < m.faqs['internal-faq']!.start, 'external FAQ before internal');
        assert.ok(m.pressRelease!.end < m.faqs['external-faq']!.start, 'press release before the FAQs');
      });
    }

    it('restores parts in a real press release, in the middle rather than at the end', () => {
      const broken = removeBlock(removeBlock(good, 'Lantern Bookings takes the booking'), '"Last spring');
      assert.deepEqual(structural(broken, 'good.prfaq.md').sort(), ['missing-section:customer-quote', 'missing-section:solution']);
      const plan = planMissingSections(outline(broken, 'good.prfaq.md'));
      assert.ok(plan.every((p) => p.offset < broken.indexOf('## External FAQ')), 'inserted inside the press release');
      const fixed = apply(broken, plan);
      assert.deepEqual(structural(fixed, 'good.prfaq.md'), []);
    });

    it('uses headings when the writer gave each part a heading', () => {
      const headed = PART_IDS.filter((id) => id !== 'problem' && id !== 'getting-started').map((id) => partBlock(id, FACTS, true)).join('\n\n') + '\n\n## External FAQ\n\n### What does it cost?\n\n$29.\n';
      const broken = `# Press release\n\n${headed}`;
      const plan = planMissingSections(outline(broken, 'h.prfaq.md'));
      assert.ok(plan.some((p) => p.text.includes('## Problem\n\nToday,')));
      const fixed = apply(broken, plan);
      assert.deepEqual(structural(fixed, 'h.prfaq.md'), []);
      assert.deepEqual(order(fixed, 'h.prfaq.md'), [...PART_IDS]);
    });

    it('fills an empty PR/FAQ file from the top', () => {
      const fixed = apply('', planMissingSections(outline('', 'empty.prfaq.md')));
      assert.deepEqual(structural(fixed, 'empty.prfaq.md'), []);
    });

    it('restores narrative sections before the appendix', () => {
      const text = narrativeScaffold({});
      const broken = removeBlock(removeBlock(text, '## Tenets'), '## Lessons learned');
      const fixed = apply(broken, planMissingSections(outline(broken, 'n.narrative.md')));
      const ids = review(fixed, { path: 'n.narrative.md' }).model.sections.filter((s) => s.depth === 2).map((s) => s.id);
      assert.deepEqual(ids, ['introduction', 'tenets', 'current-state', 'lessons-learned', 'proposal', 'goals', 'faq', 'appendix']);
    });
  });

  describe('add a question', () => {
    const expand = (snippet: string) => snippet.replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_, s: string) => s.replace(/\\(.)/g, '$1'));

    it('adds to the end of the right FAQ, in its style', () => {
      const text = prfaqScaffold(FACTS);
      for (const faq of ['external-faq', 'internal-faq'] as const) {
        const o = outline(text);
        const plan = planQuestion(o, faq);
        assert.equal(plan.createdFaq, false);
        const after = text.slice(0, plan.offset) + expand(plan.snippet) + text.slice(plan.offset);
        const m = review(after).model;
        const qs = m.questions.filter((q) => q.faq === faq);
        assert.equal(qs[qs.length - 1].text, 'What would a reader ask?');
        assert.equal(m.questions.length, review(text).model.questions.length + 1);
      }
    });

    it('writes heading questions under an FAQ of heading questions', () => {
      const text = '# Kiln\n\nSEATTLE, WA — May 1, 2027 — Kiln launched.\n\n## External FAQ\n\n### What does it cost?\n\n$5.\n\n## Internal FAQ\n\n### Why now?\n\nBecause.\n';
      assert.deepEqual(questionStyle(text, text.indexOf('### What')), { form: 'heading', depth: 3 });
      const plan = planQuestion(outline(text, 'k.prfaq.md'), 'external-faq');
      assert.ok(plan.offset < text.indexOf('## Internal FAQ'));
      assert.match(plan.snippet, /^\n\n### \$\{1:/);
    });

    it('creates the FAQ when it is missing, after the press release', () => {
      const text = prfaqScaffold(FACTS);
      const noExternal = text.slice(0, text.indexOf('## External FAQ')) + text.slice(text.indexOf('## Internal FAQ'));
      const plan = planQuestion(outline(noExternal), 'external-faq');
      assert.equal(plan.createdFaq, true);
      const after = noExternal.slice(0, plan.offset) + expand(plan.snippet) + noExternal.slice(plan.offset);
      const m = review(after).model;
      assert.ok(m.faqs['external-faq'] && m.faqs['external-faq'].start < m.faqs['internal-faq']!.start);
      assert.deepEqual(m.questions.filter((q) => q.faq === 'external-faq').map((q) => q.text), ['What would a reader ask?']);
    });

    it('escapes snippet syntax in the placeholder answer', () => {
      assert.match(questionSnippet({ form: 'bold-q' }), /\*\*A:\*\* \$\{2:\[TK: the answer\]\}/);
    });
  });
});
