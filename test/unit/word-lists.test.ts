/**
 * The readability rule gives retext-readability's Dale–Chall and Spache
 * lists a Set-backed membership test (engine/rules/readability.ts). That
 * only helps if the plugin imports the same copies of those packages that
 * the rule changes, and it must answer as the arrays do.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { WORD_LISTS } from '../../engine/rules/readability.js';

const ROOT = join(__dirname, '..', '..');

describe('readability word lists', () => {
  it('are the copies retext-readability imports (one of each package installed)', () => {
    const plugin = join(ROOT, 'node_modules', 'retext-readability');
    for (const name of ['dale-chall', 'spache']) {
      assert.equal(require.resolve(name, { paths: [plugin] }), require.resolve(name), `${name}: the plugin would read another copy, without the fast lookup`);
    }
  });

  it('answer membership as the arrays do, through the fast lookup', () => {
    for (const list of WORD_LISTS) {
      assert.notEqual(list.includes, Array.prototype.includes);
      for (const word of list) assert.ok(list.includes(word), word);
      for (const word of ['', 'zzzz', 'Easy'.toUpperCase(), `${list[0]} `, 'constructor', '__proto__']) {
        assert.equal(list.includes(word), Array.prototype.includes.call(list, word), JSON.stringify(word));
      }
    }
  });
});
