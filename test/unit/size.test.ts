/**
 * The size guard counts UTF-8 bytes itself (engine/config/size.ts), because
 * the engine also runs in browsers, where there is no Buffer. The count must
 * be Node's, for every string: a guard that counts differently would refuse
 * a document in one place and review it in another.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { textTooLarge, utf8Length } from '../../engine/config/size.js';

describe('UTF-8 size without Buffer', () => {
  it('matches Buffer.byteLength on any string, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => utf8Length(s) === Buffer.byteLength(s, 'utf8')), { numRuns: 5000 });
    const nearSurrogates = fc.string({ unit: fc.integer({ min: 0xd700, max: 0xe000 }).map((c) => String.fromCharCode(c)) });
    fc.assert(fc.property(nearSurrogates, (s) => utf8Length(s) === Buffer.byteLength(s, 'utf8')), { numRuns: 5000 });
  });

  it('refuses by bytes, not characters: 3 MB of "é" is over a 5 MB limit', () => {
    const text = 'é'.repeat(3 * 1024 * 1024);
    assert.equal(textTooLarge(text, 5 * 1024 * 1024), 6 * 1024 * 1024);
    assert.equal(textTooLarge(text, 7 * 1024 * 1024), null);
  });
});
