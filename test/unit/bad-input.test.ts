/**
 * Input nobody should write but somebody will: huge files, huge lines,
 * absurd nesting, CRLF, a BOM, emoji. The review must finish, and every
 * range must land exactly on the text it names (UTF-16 offsets).
 */
import assert from 'node:assert/strict';
import { LineIndex } from '../../engine/model/lines.js';
import { review } from '../../engine/review.js';

function textAt(text: string, d: { range: { start: { line: number; character: number }; end: { line: number; character: number } } }): string {
  const idx = new LineIndex(text);
  return text.slice(idx.offsetAt(d.range.start), idx.offsetAt(d.range.end));
}

function weasels(text: string) {
  return review(text, { kind: 'prfaq', only: ['weasel-word'] }).diagnostics;
}

describe('bad input', () => {
  it('keeps ranges exact with CRLF line endings', () => {
    const text = '# Title\r\n\r\nIt is very fast.\r\n\r\nAnd seamless too.\r\n';
    const found = weasels(text);
    assert.deepEqual(found.map((d) => [d.range.start.line, textAt(text, d)]), [[2, 'very'], [4, 'seamless']]);
  });

  it('keeps ranges exact after a byte-order mark', () => {
    const text = '\uFEFF# Title\n\nIt is very fast.\n';
    const [d] = weasels(text);
    assert.deepEqual(d.range.start, { line: 2, character: 6 });
    assert.equal(textAt(text, d), 'very');
  });

  it('counts emoji as two UTF-16 units, never splitting a surrogate pair', () => {
    const text = '# 🚀 Launch\n\n🚀🚀 It is 𝒻ancy and very fast.\n';
    const [d] = weasels(text);
    assert.equal(textAt(text, d), 'very');
    // "🚀🚀 It is 𝒻ancy and " = 2+2+7+2+9 UTF-16 units
    assert.equal(d.range.start.character, 22);
  });

  it('reads front matter with a BOM and CRLF as front matter, not prose', () => {
    const text = '\uFEFF---\r\nkind: prfaq\r\ntitle: very seamless\r\n---\r\n# Title\r\n\r\nPlain words.\r\n';
    const r = review(text, { only: ['weasel-word'] });
    assert.equal(r.kind, 'prfaq');
    assert.deepEqual(r.diagnostics, []);
  });

  it('survives 5,000-deep nested block quotes and lists', () => {
    for (const text of ['> '.repeat(5000) + 'very slow\n', '- '.repeat(5000) + 'very slow\n', '* > '.repeat(2500) + 'very slow\n']) {
      const found = weasels(text);
      assert.equal(found.length, 1);
      assert.equal(textAt(text, found[0]), 'very');
    }
  });

  it('reviews a 1 MB single line and a 5 MB document', function () {
    this.timeout(120000);
    const sentence = 'The team ships a very costly change every day. ';
    const line = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const found = weasels(`# Long\n\n${line}\n`);
    assert.equal(found.length, Math.ceil(1_000_000 / sentence.length));
    const paragraph = 'Owners of small bakeries wait 20 minutes for each delivery quote. ';
    const big = '# Big\n\n' + Array.from({ length: 5_000_000 / 640 }, () => paragraph.repeat(10)).join('\n\n');
    assert.ok(big.length >= 4_900_000);
    const r = review(big, { kind: 'prfaq' });
    assert.equal(r.kind, 'prfaq');
    assert.deepEqual(r.errors, []);
  });

  it('treats NUL bytes and lone surrogates as text without crashing', () => {
    const text = '# T\u0000itle\n\nIt is \uD800 very\u0000 fast.\n';
    const [d] = weasels(text);
    assert.equal(textAt(text, d), 'very');
  });
});
