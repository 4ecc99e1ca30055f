/**
 * Properties of the review over generated Markdown (test/property/gen.ts):
 * it never throws and no rule crashes; every range lies inside the document,
 * start ≤ end, on a line's content (not between \r and \n) and never inside a
 * surrogate pair; the same text gives the same findings; the incremental
 * review (chunk and span caches, after random edits) equals the reference.
 * `npm run fuzz` runs the same with many more cases (PRFAQ_FUZZ_RUNS).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ReviewCache } from '../../engine/cache.js';
import type { Diagnostic } from '../../engine/diagnostic.js';
import { review } from '../../engine/review.js';
import { applyRandomEdit, doc, edit, isHigh, isLow, params } from './gen.js';

/** Each line's content as [start offset, length], breaking lines as LSP does (\r\n, \r, \n). */
function lineContents(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /\r\n|\r|\n/g;
  let at = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push([at, m.index - at]);
    at = m.index + m[0].length;
  }
  out.push([at, text.length - at]);
  return out;
}

export function assertRangesSound(text: string, diagnostics: readonly Diagnostic[]): void {
  const lines = lineContents(text);
  for (const d of diagnostics) {
    const where = `${d.code} ${JSON.stringify(d.range)}`;
    const offsets = [d.range.start, d.range.end].map((p) => {
      assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < lines.length, `${where}: line outside the document`);
      const [start, len] = lines[p.line];
      assert.ok(Number.isInteger(p.character) && p.character >= 0 && p.character <= len, `${where}: character outside its line`);
      const o = start + p.character;
      assert.ok(!(o > 0 && o < text.length && isLow(text.charCodeAt(o)) && isHigh(text.charCodeAt(o - 1))), `${where}: splits a surrogate pair`);
      return o;
    });
    assert.ok(offsets[0] <= offsets[1], `${where}: start after end`);
    assert.equal(typeof d.message, 'string');
    assert.ok(d.message.length > 0, `${where}: empty message`);
  }
}

describe('property: review over generated Markdown', function () {
  this.timeout(0);

  it('never throws, no rule crashes, every range is sound, and the findings are deterministic', () => {
    fc.assert(
      fc.property(doc, ({ text, kind }) => {
        const r = review(text, { kind });
        assert.deepEqual(r.errors, []);
        assertRangesSound(text, r.diagnostics);
        const again = review(text, { kind });
        assert.deepEqual(again.diagnostics, r.diagnostics, 'same text, different findings');
        assert.equal(again.kind, r.kind);
      }),
      params(800),
    );
  });

  it('incremental review after random edits equals the reference review', () => {
    fc.assert(
      fc.property(doc, fc.array(edit, { minLength: 1, maxLength: 6 }), ({ text, kind }, edits) => {
        const cache = new ReviewCache();
        let current = text;
        const check = () => {
          const fast = review(current, { kind, cache });
          const ref = review(current, { kind, reference: true });
          assert.deepEqual(fast.errors, []);
          assert.deepEqual(ref.errors, []);
          assert.equal(fast.kind, ref.kind);
          assert.deepEqual(fast.diagnostics, ref.diagnostics, 'incremental and reference reviews differ');
        };
        check();
        for (const e of edits) {
          current = applyRandomEdit(current, e);
          check();
        }
      }),
      params(200),
    );
  });
});
