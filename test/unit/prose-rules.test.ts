/**
 * The retext bridge and the readability screen: the screen may only save
 * time, never change what retext-readability reports.
 */
import assert from 'node:assert/strict';
import retextReadability from 'retext-readability';
import { mightBeHard } from '../../engine/rules/readability.js';
import { parseText, runCheck, sentenceNodes, treeOf, type RetextCheck } from '../../engine/text/retext.js';
import { review } from '../../engine/review.js';

const TEXT = [
  'Owners wait on hold.',
  'Restaurant owners in mid-sized cities lose about twelve orders every Friday night because the phone line is busy.',
  'Consequently, organisational stakeholders experienced considerable operational inefficiencies attributable to inconsistent procurement documentation standardisation.',
  'The kitchen tablet shows each order with the table number, the time it arrived and any notes the guest left for the cook.',
  'Notwithstanding substantial infrastructural modernisation, institutional procurement methodologies systematically perpetuate administratively burdensome reconciliation responsibilities across every regional subsidiary and every fiscal quarter of the year.',
  'Interoperability specifications necessitate unambiguous documentation of authentication, authorisation, serialisation and internationalisation requirements for every integration partner.',
].join(' ');

describe('readability screen', () => {
  for (const settings of [
    { age: 18, threshold: 5 / 7, minWords: 12 },
    { age: 16, threshold: 4 / 7, minWords: 5 },
    { age: 14, threshold: 3 / 7, minWords: 3 },
    { age: 20, threshold: 6 / 7, minWords: 8 },
  ]) {
    it(`reports exactly what retext-readability reports (${JSON.stringify(settings)})`, () => {
      const check = retextReadability(settings) as RetextCheck;
      const tree = parseText(TEXT);
      const all = runCheck(check, tree);
      const screened = runCheck(check, treeOf(sentenceNodes(tree).filter((s) => mightBeHard(s, settings))));
      assert.deepEqual(screened.map((r) => [r.start, r.end]), all.map((r) => [r.start, r.end]));
    });
  }
});

describe('passive-voice and readability ranges', () => {
  it('a dateline is not part of the first sentence', () => {
    const doc =
      'SEATTLE, WA — March 3, 2027 — Consequently, organisational stakeholders experienced considerable operational inefficiencies attributable to inconsistent procurement documentation standardisation.';
    const d = review(doc, { kind: 'prfaq', only: ['readability'] }).diagnostics;
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.character, doc.indexOf('Consequently'));
  });

  it('a number and a full stop before an opening quote end the sentence', () => {
    // The parser reads "12." as an ordinal when a quote stands before the next capital.
    const quote = (stop: string) =>
      `"We used to leave the house at seven and stand at the corner until the van came, whatever the weather was doing and however late the driver said he would be that morning," said Ana Ruiz, a parent who rides ${stop} "Now we wait inside until the text arrives on my phone, and we walk out to the corner when it does."`;
    const long = (stop: string) => review(quote(stop), { kind: 'prfaq', only: ['readability'] }).diagnostics.filter((d) => /\d+ words/.test(d.message));
    assert.equal(long('Route 12. ').length, 0);
    // One sentence of 67 words is still one.
    assert.equal(long('Route 12, and she says ').length, 1);
  });

  it('a number and a full stop before a sentence that opens with a figure end the sentence', () => {
    const para = (stop: string) =>
      // (Few figures: a long sentence of four figures or more lists facts, and readability leaves it be.)
      `Spoke is the service with the highest ratio of support calls to bookings among the workshops we serve in the north of the county and the three market towns on its coast: one call for every eleven bookings last year, against a median of one in ${stop} 71 of the calls we took last year were about collection times, which a booking page can answer.`;
    const long = (stop: string) => review(para(stop), { kind: 'prfaq', only: ['readability'] }).diagnostics.filter((d) => /\d+ words/.test(d.message));
    assert.equal(long('140.').length, 0);
    // Written as one sentence, its 65 words are still one.
    assert.equal(long('140, and').length, 1);
  });

  it('stamps the stable id and its own message, never the plugin\'s', () => {
    const d = review('The first version was abandoned in six weeks.', { kind: 'prfaq', only: ['passive-voice'] }).diagnostics;
    assert.equal(d.length, 1);
    assert.equal(d[0].code, 'passive-voice');
    assert.match(d[0].message, /"was abandoned" does not say who/);
    assert.deepEqual(d[0].data, { phrase: 'was abandoned' });
  });

  it('says what each kind of hidden actor needs', () => {
    const doc = 'The fix will be reviewed in May. It was decided that we wait. Your email address is logged for support.';
    const d = review(doc, { kind: 'prfaq', only: ['passive-voice'] }).diagnostics;
    assert.deepEqual(
      d.map((x) => [x.data?.phrase, /owner/.test(x.message), /whose view/.test(x.message), /customer's data/.test(x.message)]),
      [
        ['will be reviewed', true, false, false],
        ['It was decided', false, true, false],
        ['is logged', false, false, true],
      ],
    );
  });
});
