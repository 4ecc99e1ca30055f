/**
 * Properties of the quick fixes over generated Markdown: every fix the rules
 * offer (and the disable-comment fixes) applies cleanly — edits inside the
 * text, not overlapping, never inside a surrogate pair — and changes nothing
 * outside its edits; applying every safe fix (fix-all), reviewing and again
 * converges within a few rounds, and never makes a rule crash.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, disableFileFix, disableLineFix, fixAll, fixesFor } from '../../engine/fix/index.js';
import { LineIndex } from '../../engine/model/lines.js';
import { review } from '../../engine/review.js';
import type { Fix } from '../../engine/rules/types.js';
import { doc, isHigh, isLow, params } from './gen.js';
import { assertOnlyEditsChanged } from '../edits.js';

const splits = (text: string, o: number) => o > 0 && o < text.length && isLow(text.charCodeAt(o)) && isHigh(text.charCodeAt(o - 1));

function assertFixApplies(text: string, fix: Fix, what: string) {
  for (const e of fix.edits) {
    assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${what}: edit ${e.start}-${e.end} outside the text`);
    assert.ok(!splits(text, e.start) && !splits(text, e.end), `${what}: edit ${e.start}-${e.end} splits a surrogate pair`);
  }
  const out = applyEdits(text, fix.edits); // throws on overlap
  assertOnlyEditsChanged(text, out, fix.edits);
  return out;
}

describe('property: quick fixes over generated Markdown', function () {
  this.timeout(0);

  it('every offered fix applies cleanly and changes nothing outside its edits', () => {
    fc.assert(
      fc.property(doc, ({ text, kind }) => {
        const r = review(text, { kind });
        if (!r.kind) return;
        const lines = new LineIndex(text);
        for (const d of r.diagnostics) {
          for (const fix of fixesFor(r.model, d, undefined, lines)) assertFixApplies(text, fix, `${d.code} "${fix.title}"`);
          assertFixApplies(text, disableLineFix(r.model, d.code, lines.offsetAt(d.range.start)), `${d.code} disable line`);
        }
        for (const code of new Set(r.diagnostics.map((d) => d.code))) assertFixApplies(text, disableFileFix(r.model, code), `${code} disable file`);
      }),
      params(500),
    );
  });

  it('fix-all of the safe fixes converges: no safe fix left after a few rounds', () => {
    fc.assert(
      fc.property(doc, ({ text, kind }) => {
        let current = text;
        let r = review(current, { kind });
        if (!r.kind) return;
        for (let round = 0; round < 4; round++) {
          assert.deepEqual(r.errors, []);
          const all = fixAll(r.model, r.diagnostics, (f) => !!f.safe);
          if (all.edits.length === 0) return;
          const out = applyEdits(current, all.edits);
          assertOnlyEditsChanged(current, out, all.edits);
          current = out;
          r = review(current, { kind });
        }
        const left = r.diagnostics.filter((d) => fixesFor(r.model, d).some((f) => f.safe));
        assert.deepEqual(left.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`), [], `a safe fix remains after 4 rounds of fix-all:\n${current}`);
      }),
      params(500),
    );
  });
});
