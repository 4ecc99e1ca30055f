/**
 * Where the word lists moved into the lexicon changed what a rule reports
 * (CHANGELOG, "Changed" and "Fixed"): the drifted people lists now agree,
 * and words the old expressions matched as prefixes are whole words.
 */
import assert from 'node:assert/strict';
import { review } from '../../engine/review.js';

const DL = 'SEATTLE, WA — March 3, 2027 — ';
const reasons = (rule: string, doc: string, kind: 'prfaq' | 'narrative' = 'prfaq') =>
  review(doc, { kind, only: [rule] }).diagnostics.map((d) => (d.data as { reason?: string; metric?: string; noun?: string } | undefined) ?? {});

describe('lexicon: one list of people', () => {
  it('solution-first reads any people noun as the customer in an opening, not only the twenty it listed', () => {
    const opening = (who: string) => `# Ledger\n\n${DL}Acme today announced Ledger, a blockchain platform that ${who} open every night.\n`;
    assert.deepEqual(reasons('solution-first', opening('plumbers')), []);
    assert.deepEqual(reasons('solution-first', opening('florists')), []);
    assert.deepEqual(reasons('solution-first', opening('nobody')).map((r) => r.reason), ['tech-opening']);
  });

  it('solution-first does not read a role that is also a technical noun as the customer ("agents", "drivers")', () => {
    const opening = (who: string) => `# Ledger\n\n${DL}Acme today announced Ledger, a blockchain platform that ${who} open every night.\n`;
    assert.deepEqual(reasons('solution-first', opening('agents')).map((r) => r.reason), ['tech-opening']);
    assert.deepEqual(reasons('solution-first', opening('drivers')).map((r) => r.reason), ['tech-opening']);
  });

  it('a quote attributed to "a plumber" is a customer quote; one attributed to "a senior director" is not', () => {
    const quote = (who: string) =>
      `# Ledger\n\n${DL}Acme launched Ledger for plumbers.\n\nToday plumbers lose invoices.\n\n"Setting it up took ten minutes and the reports are clear," said Ana Ruiz, ${who}.\n`;
    assert.ok(review(quote('a plumber'), { kind: 'prfaq' }).model.parts['customer-quote']);
    assert.ok(review(quote('a pharmacist'), { kind: 'prfaq' }).model.parts['customer-quote']);
    assert.equal(review(quote('a senior director'), { kind: 'prfaq' }).model.parts['customer-quote'], undefined);
    assert.equal(review(quote('a founder'), { kind: 'prfaq' }).model.parts['customer-quote'], undefined);
  });
});

describe('lexicon: whole words where a prefix used to do', () => {
  it('"customers likely …", "users overall", "people undergoing …" do not name a segment', () => {
    for (const after of ['likely want it', 'overall want it', 'undergoing treatment want it']) {
      const nouns = reasons('vague-customer', `# Tables\n\n${DL}Customers ${after}.\n\nBakery owners in Ohio book tables.\n`).map((r) => r.noun);
      assert.deepEqual(nouns, ['customers'], after);
    }
    // The whole words still narrow.
    assert.deepEqual(reasons('vague-customer', `# Tables\n\n${DL}Customers like Ana book tables.\n`), []);
  });

  it('"customers from Allentown" is a place, as "customers from Ohio" was', () => {
    assert.deepEqual(reasons('vague-customer', `# Tables\n\n${DL}Acme helps customers from Allentown book tables.\n`), []);
    assert.deepEqual(reasons('vague-customer', `# Tables\n\n${DL}Acme helps customers from all over book tables.\n`).map((r) => r.noun).filter(Boolean), ['customers']);
  });

  it('"A.I." counts as technology in a headline', () => {
    assert.deepEqual(reasons('solution-first', `# A.I. ledger tracks deposits\n\n${DL}Bakery owners close their books in ten minutes.\n`).map((r) => r.reason), ['tech-headline']);
  });
});

describe('lexicon: one table of goal cues', () => {
  it('"we\'ll measure revenue" states a goal, as "we will measure revenue" did', () => {
    for (const cue of ["We'll measure", 'We’ll measure', 'We will measure']) {
      assert.deepEqual(reasons('output-metric', `# Plan\n\n${cue} revenue by 20% next year.\n`, 'narrative').map((r) => r.metric), ['revenue'], cue);
    }
  });

  it('in a press release, "the target audience" is no goal of the company either', () => {
    const doc = (cue: string) => `# Acme\n\n${DL}Acme launched Ledger. ${cue} sales managers at bakeries, and revenue grew 20% in the pilot.\n`;
    assert.deepEqual(reasons('output-metric', doc('The target audience is')), []);
    assert.deepEqual(reasons('output-metric', doc('Our goal is to reach')).map((r) => r.metric), ['revenue']);
  });
});
