/**
 * The model's rough cut of a paragraph into sentences
 * (engine/model/releaseBlocks.ts sentencesOf): what the summary, subheading
 * and problem readers count and scan.
 */
import assert from 'node:assert/strict';
import { firstSentence, sentencesOf } from '../../engine/model/releaseBlocks.js';

describe('sentences: where the model cuts a paragraph', () => {
  it('cuts after a full stop, "!" or "?" when the next sentence opens', () => {
    assert.deepEqual(sentencesOf('Riders book a slot. Spoke texts them! Is it free? Yes.'), ['Riders book a slot.', 'Spoke texts them!', 'Is it free?', 'Yes.']);
    assert.deepEqual(sentencesOf('No. It exports a summary for your accountant.'), ['No.', 'It exports a summary for your accountant.']);
  });

  it('does not cut inside "a 9 a.m. cancellation", after "e.g." or after a title before a name', () => {
    assert.deepEqual(sentencesOf('A 9 a.m. cancellation becomes a 9:40 a.m. visit instead of an empty hour'), ['A 9 a.m. cancellation becomes a 9:40 a.m. visit instead of an empty hour']);
    assert.equal(firstSentence('Ask Dr. Okafor, e.g. the clinic lead. Then book.'), 'Ask Dr. Okafor, e.g. the clinic lead.');
  });
});
