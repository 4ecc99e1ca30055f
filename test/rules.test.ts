/**
 * Every rule's examples are its tests. In an invalid example each expected
 * finding is marked «like this»; the rule must report exactly those spans.
 * Valid examples (the look-alikes) must produce nothing from that rule.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { mergeConfig } from '../engine/config/types.js';
import { LineIndex } from '../engine/model/lines.js';
import { documentAnchor, review } from '../engine/review.js';
import { RULES } from '../engine/rules/registry.js';
import type { RuleExample } from '../engine/rules/types.js';

const OPEN = '«';
const CLOSE = '»';

export function unmark(marked: string): { text: string; spans: Array<{ start: number; end: number }> } {
  let text = '';
  const spans: Array<{ start: number; end: number }> = [];
  const open: number[] = [];
  for (const ch of marked) {
    if (ch === OPEN) open.push(text.length);
    else if (ch === CLOSE) spans.push({ start: open.pop()!, end: text.length });
    else text += ch;
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, spans };
}

function normalise(ex: RuleExample) {
  return typeof ex === 'string' ? { doc: ex } : ex;
}

function run(ruleId: string, ex: RuleExample) {
  const e = normalise(ex);
  const { text, spans } = unmark(e.doc);
  const r = review(text, { kind: e.kind ?? (e.path ? undefined : 'prfaq'), path: e.path, only: [ruleId], config: mergeConfig(e.config) });
  const lines = new LineIndex(text);
  const found = r.diagnostics
    .filter((d) => d.code === ruleId)
    .map((d) => ({ start: lines.offsetAt(d.range.start), end: lines.offsetAt(d.range.end), data: d.data, message: d.message }));
  return { e, text, spans, found, model: r.model };
}

const show = (text: string, s: { start: number; end: number }) => JSON.stringify(text.slice(s.start, s.end)) + `@${s.start}-${s.end}`;

describe('rule examples', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has examples of both kinds, a description, a principle and a docs page', () => {
        assert.ok(rule.examples.invalid.length > 0, 'needs invalid examples');
        assert.ok(rule.examples.valid.length > 0, 'needs valid look-alikes');
        assert.ok(rule.description.length > 10 && rule.principle.length > 40);
        assert.ok(existsSync(join(__dirname, '..', 'docs', 'rules', `${rule.id}.md`)), `docs/rules/${rule.id}.md missing`);
      });
      rule.examples.invalid.forEach((ex, i) => {
        it(`reports invalid example ${i + 1}`, () => {
          const { e, text, spans, found, model } = run(rule.id, ex);
          if (e.findings) {
            const anchor = documentAnchor(model);
            assert.equal(found.length, e.findings.length, `expected ${e.findings.length} findings, got ${found.map((f) => JSON.stringify(f.data)).join(', ')}`);
            e.findings.forEach((want, k) => {
              if (want.data) assert.deepEqual(found.map((f) => f.data).find((d) => JSON.stringify(d) === JSON.stringify(want.data)), want.data, `no finding with data ${JSON.stringify(want.data)}`);
              assert.deepEqual({ start: found[k].start, end: found[k].end }, anchor, 'document-level findings sit on the first heading');
            });
          }
          if (spans.length || !e.findings) {
            assert.ok(spans.length > 0, 'an invalid example must mark its findings');
            assert.deepEqual(found.map((f) => show(text, f)), spans.map((s) => show(text, s)), e.note);
          }
          for (const f of found) assert.ok(f.message.length > 20, 'messages explain what to do');
        });
      });
      rule.examples.valid.forEach((ex, i) => {
        it(`stays quiet on look-alike ${i + 1}`, () => {
          const { text, found, e } = run(rule.id, ex);
          assert.deepEqual(found.map((f) => show(text, f)), [], e.note);
        });
      });
    });
  }
});
