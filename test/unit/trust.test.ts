import assert from 'node:assert/strict';
import { restrictForUntrusted } from '../../engine/config/trust.js';

const DEFAULTS = { 'weasel-word': 'warning', readability: 'info', placeholder: 'warning' } as const;

describe('Restricted Mode: restrictForUntrusted', () => {
  it('keeps severities at or above the default and drops off or lower ones', () => {
    const { input, ignored } = restrictForUntrusted({ rules: { 'weasel-word': 'error', readability: 'hint', placeholder: 'off' } }, DEFAULTS);
    assert.deepEqual(input.rules, { 'weasel-word': 'error' });
    assert.deepEqual(ignored, ['rules turned off or down: readability (hint), placeholder (off)']);
  });

  it('keeps added words, drops removed words and kind globs', () => {
    const { input, ignored } = restrictForUntrusted(
      { weaselWords: { add: ['blazingly'], remove: ['very', 'really'] }, genericCustomers: { remove: ['users'] }, kinds: { prfaq: ['**/*.md'] } },
      DEFAULTS,
    );
    assert.deepEqual(input.weaselWords, { add: ['blazingly'] });
    assert.equal(input.genericCustomers, undefined);
    assert.equal(input.kinds, undefined);
    assert.deepEqual(ignored, ['weaselWords.remove (2 words)', 'genericCustomers.remove (1 word)', 'kinds (file globs)']);
  });

  it('keeps acronyms taken off the known list, drops acronyms added to it: the opposite of word lists', () => {
    const { input, ignored } = restrictForUntrusted({ knownAcronyms: { add: ['WMS', 'ERP', 'POS'], remove: ['API'] } }, DEFAULTS);
    assert.deepEqual(input.knownAcronyms, { remove: ['API'] });
    assert.deepEqual(ignored, ['knownAcronyms.add (3 acronyms)']);
  });

  it('keeps stricter limits and readability settings, drops looser ones', () => {
    const { input, ignored } = restrictForUntrusted(
      { limits: { pressReleaseWords: 400, faqWords: 9000 }, readability: { age: 14, minWords: 40, maxWords: 30 } },
      DEFAULTS,
    );
    assert.deepEqual(input.limits, { pressReleaseWords: 400 });
    assert.deepEqual(input.readability, { age: 14, maxWords: 30 });
    assert.deepEqual(ignored, ['limits.faqWords 9000 (looser than the default 2500)', 'readability.minWords 40 (looser than the default 12)']);
  });

  it('drops maxDocumentSize either way: lower skips reviews, higher lets a huge file stall the editor', () => {
    for (const maxDocumentSize of [10, 500_000_000]) {
      const { input, ignored } = restrictForUntrusted({ maxDocumentSize }, DEFAULTS);
      assert.equal(input.maxDocumentSize, undefined);
      assert.deepEqual(ignored, [`maxDocumentSize ${maxDocumentSize} (the editor's prfaq.maxDocumentSize applies)`]);
    }
  });

  it('reports nothing for a config that only tightens', () => {
    const given = { rules: { placeholder: 'error' as const }, limits: { narrativeWords: 2000 } };
    const { input, ignored } = restrictForUntrusted(given, DEFAULTS);
    assert.deepEqual(input, given);
    assert.deepEqual(ignored, []);
  });
});
