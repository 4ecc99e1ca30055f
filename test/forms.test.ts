/**
 * Every form of real documents that /work/shared/product/domain.md lists
 * under "How real documents are written", each in a short document of our
 * own (made-up products: a bike-repair shop, a library app, a bakery). The
 * list is the spec: this file checks that the model reads each form as a
 * careful reader would — the kind, the parts, the FAQs and their questions,
 * and nothing taken for a question that is not one.
 */
import assert from 'node:assert/strict';
import { buildModel } from '../engine/model/build.js';
import { releaseIsDocumentation } from '../engine/model/documentation.js';
import { toDocOffset } from '../engine/model/prose.js';
import { outline } from '../engine/explain/outline.js';
import { review } from '../engine/review.js';
import { outlineOf } from '../engine/genre/outline.js';
import { measure } from '../engine/genre/measure.js';
import type { DocModel, FaqId, PartId } from '../engine/model/types.js';

const lines = (...l: string[]) => l.join('\n') + '\n';
/** A file name that says nothing, so the content alone gives the kind. */
const byContent = (...l: string[]) => buildModel(lines(...l), { path: 'docs/plan.md' });
const part = (m: DocModel, id: PartId) => {
  const p = m.parts[id];
  return p ? m.text.slice(p.start, p.end).trim() : null;
};
const qs = (m: DocModel) => m.questions.map((q) => [q.faq, m.text.slice(q.question.start, q.question.end)] as [FaqId, string]);
const answers = (m: DocModel) => m.questions.map((q) => q.answer?.text ?? null);
const faqTitle = (m: DocModel, id: FaqId) => (m.faqs[id] ? m.blocks[m.faqs[id]!.heading].plain : null);

// Pieces of a release about Spoke, a bike-repair booking service, reused below.
const HEADLINE = 'Spoke Books Bike Repairs for Leeds Commuters in Two Taps';
const SUB = 'Riders in Leeds book a repair slot from their phone and collect the bike the same evening.';
const LAUNCH = 'LEEDS, UK — April 2, 2027 — Spoke today opened online booking for its three repair workshops, so commuters can book a repair without calling.';
const PAIN = 'Today a rider with a broken chain phones three shops, waits on hold, and often loses two days of cycling to work.';
const HOW = 'Spoke shows the open slots at every workshop nearby, and the rider picks one and drops the bike off on the way in.';
const FAQ = ['## FAQ', '', '### How much does a booking cost?', '', 'Nothing; riders pay for the repair only.'];

describe('forms: document titles and what stands before the headline', () => {
  it('reads "# PRFAQ: Name" as the document\'s title and the heading below it as the headline', () => {
    const m = byContent(`# PRFAQ: Spoke`, '', `## ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', ...FAQ);
    assert.equal(m.kind, 'prfaq');
    assert.equal(part(m, 'headline'), `## ${HEADLINE}`);
    assert.equal(part(m, 'subheading'), SUB);
    assert.equal(part(m, 'summary'), LAUNCH);
    assert.deepEqual(qs(m), [['external-faq', 'How much does a booking cost?']]);
  });

  it('reads a product name alone as the title over a longer heading, and that heading as the headline', () => {
    const m = byContent('# Spoke', '', `## ${HEADLINE}`, '', `### ${SUB}`, '', LAUNCH, '', PAIN, '', ...FAQ);
    assert.equal(part(m, 'headline'), `## ${HEADLINE}`);
    assert.equal(part(m, 'subheading'), `### ${SUB}`);
    // A short heading under the name is a section of the document, not its headline.
    const sections = byContent('# Spoke', '', '## Overview', '', LAUNCH, '', PAIN, '', ...FAQ);
    assert.equal(part(sections, 'headline'), '# Spoke');
    // A heading that does not name it again is the name's subheading.
    const sub = byContent('# Spoke', '', `## ${SUB}`, '', LAUNCH, '', PAIN, '', ...FAQ);
    assert.equal(part(sub, 'headline'), '# Spoke');
    assert.equal(part(sub, 'subheading'), `## ${SUB}`);
  });

  it('reads an RFC whose FAQ, under any title, asks "What are we launching today?" as a PR/FAQ', () => {
    const rfc = ['# RFC - Spoke booking construct', '', '## README', '', 'The `Booking` construct books a repair slot.', '', '## Frequently Asked Questions', '', '### What are we launching today?', '', 'A construct that books repair slots.'];
    assert.equal(byContent(...rfc).kind, 'prfaq');
    // The same document without that question is no Working Backwards document.
    assert.equal(byContent(...rfc.slice(0, 8), '### Does it work offline?', '', 'No.').kind, null);
  });

  it('reads a "## PRFAQ" heading as a wrapper, not the headline', () => {
    const m = byContent('## PRFAQ', '', `### ${HEADLINE}`, '', SUB, '', LAUNCH, '', ...FAQ);
    assert.equal(m.kind, 'prfaq');
    assert.equal(part(m, 'headline'), `### ${HEADLINE}`);
    assert.equal(part(m, 'summary'), LAUNCH);
  });

  it('reads "# Name PR / FAQ" as the title, not as the FAQ', () => {
    const m = byContent('# Spoke PR / FAQ', '', `## ${HEADLINE}`, '', SUB, '', LAUNCH, '', ...FAQ);
    assert.equal(m.kind, 'prfaq');
    assert.equal(part(m, 'headline'), `## ${HEADLINE}`);
    assert.equal(m.pressRelease?.start, 0, 'the release starts at the top, not after the title');
    assert.match(faqTitle(m, 'external-faq')!, /^FAQ$/);
  });

  it('reads "Part 1 Press Release / Part 2 Tenets / Part 3 FAQ": the release in part 1, the questions in part 3', () => {
    const m = byContent(
      '# Spoke', '', '## Part 1: Press Release', '', `### ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', HOW, '',
      '## Part 2: Tenets', '', '1. A rider never waits on hold.', '2. A repair slot that is booked is kept.', '',
      '## Part 3: FAQ', '', '### Customer FAQ', '', '**Can I book for a cargo bike?**', 'Yes, at two of the three workshops.', '',
      '### Internal FAQ', '', '**Why now?**', 'The workshops moved their diaries online last year.',
    );
    assert.equal(m.kind, 'prfaq');
    assert.equal(part(m, 'headline'), `### ${HEADLINE}`);
    assert.equal(part(m, 'summary'), LAUNCH);
    assert.equal(part(m, 'problem'), PAIN);
    assert.deepEqual(qs(m), [['external-faq', 'Can I book for a cargo bike?'], ['internal-faq', 'Why now?']]);
    assert.deepEqual(answers(m), ['Yes, at two of the three workshops.', 'The workshops moved their diaries online last year.']);
  });

  it('reads a press release quoted in full (a block quote holding its headline or its dateline) as the release, not as one quote', () => {
    const quoted = (...l: string[]) => l.map((x) => (x ? `> ${x}` : '>'));
    const body = [LAUNCH, '', PAIN, '', HOW, '', '"I booked a chain on the bus and rode home on it that night," said Aisha Khan, a commuter in Leeds.'];
    for (const release of [quoted(`### ${HEADLINE}`, '', SUB, '', ...body), quoted(...body)]) {
      const m = byContent('# PR/FAQ: Spoke', '', '## Press Release', '', ...release, '', ...FAQ);
      assert.equal(part(m, 'summary'), LAUNCH);
      assert.equal(part(m, 'problem'), PAIN);
      assert.equal(part(m, 'solution'), HOW);
      assert.match(part(m, 'customer-quote') ?? '', /Aisha Khan/);
    }
    // An RFC's announcement quoted in full under a bold title line, with no dateline.
    const undated = body.map((l) => (l === LAUNCH ? 'Internal announcement, target date in May. Starting today, Spoke opens online booking for its three repair workshops.' : l));
    const announced = byContent('# RFC 12: Spoke booking', '', '## Working backwards: the announcement', '', ...quoted(`**${HEADLINE}**`, '', ...undated), '', ...FAQ);
    assert.equal(part(announced, 'headline'), `**${HEADLINE}**`);
    assert.equal(part(announced, 'problem'), PAIN);
    assert.match(part(announced, 'customer-quote') ?? '', /Aisha Khan/);
    // A quotation of a paragraph or two stays a quote.
    const m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', HOW, '', '> "I booked a chain on the bus and rode home on it that night."', '>', '> — Aisha Khan, commuter', '', ...FAQ);
    assert.match(part(m, 'customer-quote') ?? '', /Aisha Khan/);
  });

  it('reads a blockquote or an italic line before the headline as a preface, not as the headline or subheading', () => {
    for (const preface of ['> Draft for the spring planning meeting; nothing here has shipped yet.', '*A working-backwards draft for the spring planning meeting.*']) {
      const m = byContent(preface, '', `# ${HEADLINE}`, '', SUB, '', LAUNCH, '', ...FAQ);
      assert.equal(m.kind, 'prfaq', preface);
      assert.equal(part(m, 'headline'), `# ${HEADLINE}`, preface);
      assert.equal(part(m, 'subheading'), SUB, preface);
      assert.equal(part(m, 'summary'), LAUNCH, preface);
    }
  });
});

describe('forms: subheadings', () => {
  it('reads an italic line, a bold line or a plain one-sentence paragraph right under the headline as the subheading', () => {
    for (const [form, sub] of [
      ['italic (*)', `*${SUB}*`], ['italic (_)', `_${SUB}_`], ['bold', `**${SUB}**`], ['plain', SUB],
    ] as const) {
      const m = byContent(`# ${HEADLINE}`, '', sub, '', LAUNCH, '', PAIN, '', ...FAQ);
      assert.equal(part(m, 'headline'), `# ${HEADLINE}`, form);
      assert.equal(part(m, 'subheading'), sub, form);
      assert.equal(part(m, 'summary'), LAUNCH, form);
    }
  });
});

describe('forms: labels and datelines of first drafts', () => {
  it('reads a plain "Subtitle:" line under the document\'s title, above "## Summary", as the subheading', () => {
    const m = byContent('# PR/FAQ: Spoke — Bike Repairs Booked in Two Taps', '', `Subtitle: ${SUB}`, '', '## Summary', '', LAUNCH, '', '## The Problem', '', PAIN, '', ...FAQ);
    assert.equal(part(m, 'subheading'), `Subtitle: ${SUB}`);
    assert.equal(part(m, 'summary'), `## Summary\n\n${LAUNCH}`);
  });

  it('knows a press release by a bold place with its region and a dash, with no launch word or date', () => {
    const summary = '**Leeds, UK** — Four riders from the Leeds Cycling Club won the city hackathon this weekend with Spoke, a page that books a bike repair at any of three workshops.';
    const m = byContent(`# ${HEADLINE}`, '', summary, '', PAIN, '', HOW, '', ...FAQ);
    assert.equal(m.kind, 'prfaq');
    assert.equal(part(m, 'summary'), summary);
    // A bold label over a note is no dateline: no region, and a README stays unreviewed.
    assert.equal(byContent('# Spoke', '', '**WARNING** — the booking API changes in version 2.', '', '## FAQ', '', '### Does it work offline?', '', 'No.').kind, null);
  });
});

describe('forms: subheadings that name a launch without announcing one', () => {
  it('reads a subheading about "launch day", or "Now <customers> can…" over the launch, as the subheading', () => {
    const sub = 'Leeds workshops keep their repair diaries full on launch day and every day after.';
    for (const opening of [LAUNCH, 'Today we\'re releasing Spoke booking, so riders in Leeds can book a repair slot without a phone call.']) {
      const m = byContent(`# ${HEADLINE}`, '', sub, '', opening, '', PAIN, '', ...FAQ);
      assert.equal(part(m, 'subheading'), sub, opening);
      assert.equal(part(m, 'summary'), opening, opening);
    }
    // "Now <customers> can…" right under the headline, with the launch announced in the paragraph after it.
    const now = 'Now commuters in Leeds can book a bike repair in two taps and collect the bike the same evening.';
    for (const opening of [LAUNCH, 'Today we\'re releasing Spoke booking, so riders in Leeds can book a repair slot without a phone call.']) {
      const m = byContent(`# ${HEADLINE}`, '', now, '', opening, '', PAIN, '', ...FAQ);
      assert.equal(part(m, 'subheading'), now, opening);
      assert.equal(part(m, 'summary'), opening, opening);
    }
    // "launched" announcing a launch still does.
    const m = byContent(`# ${HEADLINE}`, '', 'Spoke today launched online booking for its three Leeds workshops.', '', PAIN, '', ...FAQ);
    assert.match(part(m, 'summary') ?? '', /today launched/);
  });
});

describe('forms: datelines and openings without one', () => {
  const rest = 'Spoke today opened online booking for its three repair workshops in Leeds.';
  for (const [form, dateline] of [
    ['a bold city', '**LEEDS** — '],
    ['a bold city and county', '**Leeds, West Yorkshire** – '],
    ['a city and a date', 'LEEDS, April 2, 2027 — '],
    ['an italic ISO date', '*2027-04-02* — '],
    ['a year only', 'LEEDS — 2027 — '],
    ['unfilled slots', '[CITY, STATE] – [DATE] – '],
    ['a future-date slot', '[Future Date] — '],
    ['a release line and a city', 'FOR IMMEDIATE RELEASE — LEEDS — '],
  ] as const) {
    it(`reads a summary that opens with ${form}`, () => {
      const m = byContent(`# ${HEADLINE}`, '', SUB, '', dateline + rest, '', PAIN, '', ...FAQ);
      assert.equal(m.kind, 'prfaq');
      assert.equal(part(m, 'subheading'), SUB);
      assert.equal(part(m, 'summary'), dateline + rest);
      assert.equal(part(m, 'problem'), PAIN);
    });
  }

  // With no launch word and no subheading, only the dateline tells the summary from a subheading.
  const plain = 'Spoke, a repair-booking service, shows Leeds commuters the open slots at three workshops.';
  for (const dateline of ['LEEDS, UK, April 2, 2027 /PRNewswire/ -- ', 'Leeds, UK (April 2, 2027) – ', '(Leeds, UK) April 2, 2027 - ', 'April 2, 2027 — Leeds — ', 'Q2 2027 — ']) {
    it(`reads "${dateline.trim()}" as a dateline: its paragraph is the summary, not a subheading`, () => {
      const m = buildModel(lines(`# ${HEADLINE}`, '', dateline + plain, '', PAIN, '', ...FAQ), { path: 'PRFAQ.md' });
      assert.equal(part(m, 'summary'), dateline + plain);
      assert.equal(part(m, 'subheading'), null);
    });
  }

  it('reads "FOR IMMEDIATE RELEASE" alone on its line as a marker, with the paragraph after it the summary', () => {
    for (const marker of ['FOR IMMEDIATE RELEASE', '**FOR IMMEDIATE RELEASE**']) {
      const m = byContent(`# ${HEADLINE}`, '', SUB, '', marker, '', rest, '', PAIN, '', ...FAQ);
      assert.equal(m.kind, 'prfaq', marker);
      assert.equal(part(m, 'headline'), `# ${HEADLINE}`, marker);
      assert.equal(part(m, 'subheading'), SUB, marker);
      assert.equal(part(m, 'summary'), rest, marker);
    }
  });

  it('reads a release line written as a heading above the headline as a marker, not the headline', () => {
    for (const marker of ['## FOR IMMEDIATE RELEASE', '### FOR WORLDWIDE RELEASE WHEN THE LEEDS PILOT ENDS', '## For immediate release: April 2, 2027']) {
      const m = byContent('# Spoke PR/FAQ', '', marker, '', `## ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', ...FAQ);
      assert.equal(m.kind, 'prfaq', marker);
      assert.equal(part(m, 'headline'), `## ${HEADLINE}`, marker);
      assert.equal(part(m, 'subheading'), SUB, marker);
      assert.equal(part(m, 'summary'), LAUNCH, marker);
    }
    // A headline may open with the same words: in a heading, only capitals or a date alone make a release line.
    const headline = '# For Release Engineers, Shipwright Ends Friday-Night Deploys';
    const m = byContent(headline, '', 'Teams ship on Thursday and sleep on Friday.', '', 'LEEDS, UK — April 2, 2027 — Shipwright today released a deploy freeze that holds itself.', '', ...FAQ);
    assert.equal(part(m, 'headline'), headline);
  });

  it('reads a release with no dateline that opens "Today we\'re releasing…" or "Now <customers> can…"', () => {
    for (const opening of [
      'Today we\'re releasing Spoke booking, so riders in Leeds can book a repair slot without a phone call.',
      'Now commuters in Leeds can book a bike repair in two taps and collect the bike the same evening.',
    ]) {
      const m = byContent(`# ${HEADLINE}`, '', SUB, '', opening, '', PAIN, '', ...FAQ);
      assert.equal(m.kind, 'prfaq', opening);
      assert.equal(part(m, 'summary'), opening);
      assert.notEqual(m.parts.summary?.by, 'position', 'read by its opening, not by its place');
    }
  });
});

describe('forms: parts under headings in the writer\'s own words', () => {
  const release = (...body: string[]) => byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', ...body, '', ...FAQ);

  it('reads "The problem", "Why" and "The challenge" as the problem', () => {
    for (const heading of ['The problem', 'Why', 'The challenge']) {
      const m = release(`## ${heading}`, '', PAIN, '', '## How it works', '', HOW);
      assert.equal(part(m, 'problem'), `## ${heading}\n\n${PAIN}`, heading);
      assert.ok(m.parts.problem!.heading !== undefined, heading);
      assert.equal(part(m, 'solution'), `## How it works\n\n${HOW}`);
    }
  });

  it('reads "Usage" and "Getting started" as getting started, and "Availability" by what it says', () => {
    for (const heading of ['Usage', 'Getting started']) {
      const m = release(`## ${heading}`, '', 'Riders open spoke.example on their phone, pick a workshop and a time, and get a text when the bike is ready.');
      assert.match(part(m, 'getting-started')!, new RegExp(`^## ${heading}`), heading);
    }
    let m = release('## Availability', '', 'Booking opens on April 2 at all three Leeds workshops, with Bradford to follow in the summer.');
    assert.match(part(m, 'getting-started')!, /^## Availability/, 'when and where is getting started');
    m = release('## Availability', '', 'Book your first repair today at [spoke.example](https://spoke.example).');
    assert.match(part(m, 'call-to-action')!, /^## Availability/, 'a link to act on is the call to action');
  });

  it('reads template headings left in ("Headline", "Subheadline", "Intro paragraph", "Quote from You") as the parts they name', () => {
    const m = byContent(
      '## Headline', '', HEADLINE, '', '## Subheadline', '', SUB, '', '## Intro paragraph', '', LAUNCH, '',
      '## Quote from You', '', '"We opened booking because riders told us the phone was the worst part of a repair," said Mo Hassan, founder of Spoke.', '', ...FAQ,
    );
    assert.equal(m.kind, 'prfaq');
    assert.match(part(m, 'headline')!, new RegExp(`${HEADLINE}$`));
    assert.match(part(m, 'subheading')!, /Riders in Leeds book/);
    assert.match(part(m, 'summary')!, /^## Intro paragraph\n\nLEEDS/);
    assert.match(part(m, 'leader-quote')!, /Mo Hassan/);
    for (const id of ['headline', 'subheading', 'summary', 'leader-quote'] as const) assert.ok(m.parts[id]!.heading !== undefined, `${id} by its heading`);
  });
});

describe('forms: problem and solution without headings', () => {
  it('reads a problem paragraph that tells a workaround ("… to the office instead.") as the problem, and "Instead of …, riders now …" as the solution', () => {
    const pain = 'In our survey of 600 riders, 23% had a bike stolen from a street rack last year. One in three takes the bus to work instead.';
    const fix = 'Instead of phoning round the shops, riders now see the open slots at every workshop nearby and pick one in two taps.';
    let m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', pain, '', HOW, '', ...FAQ);
    assert.equal(part(m, 'problem'), pain);
    assert.equal(part(m, 'solution'), HOW);
    m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', fix, '', ...FAQ);
    assert.equal(part(m, 'problem'), PAIN);
    assert.equal(part(m, 'solution'), fix);
    m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', pain, '', fix, '', ...FAQ);
    assert.equal(part(m, 'problem'), pain);
    assert.equal(part(m, 'solution'), fix);
  });
});

describe('forms: the product as the subject, and where the problem ends', () => {
  const opening = 'LEEDS, UK — April 2, 2027 — The workshop team today announced Spoke, online booking for three repair workshops.';
  // As much pain as fix by the word tables ("spend", "allow"): only its place before the product's paragraph tells.
  const contrast = 'Fixing a puncture at home takes an evening. Getting a chain replaced in Leeds takes the better part of a week: riders spend three phone calls and a morning off work, and few shops allow a booking online.';
  const subject = 'Spoke shows the open slots at every workshop nearby, and the rider picks one in two taps.';
  const more = 'Riders who book before noon collect the bike the same evening, and the receipt stays in the app.';

  it('reads the product named after "announced" with no launcher named, and a paragraph with it as the subject as the solution', () => {
    // "The workshop team" names no launcher; the launch still names Spoke, so the first paragraph about Spoke starts the solution.
    const m = byContent(`# ${HEADLINE}`, '', SUB, '', opening, '', PAIN, '', subject, '', more, '', 'Riders no longer wait on hold to book.', '', ...FAQ);
    assert.equal(part(m, 'problem'), PAIN);
    assert.match(part(m, 'solution') ?? '', /^Spoke shows the open slots/);
  });

  it('reads a paragraph of plain contrast and figures before the product\'s first paragraph as the problem', () => {
    const m = byContent(`# ${HEADLINE}`, '', SUB, '', opening, '', contrast, '', subject, '', more, '', ...FAQ);
    assert.equal(part(m, 'problem'), contrast);
    assert.match(part(m, 'solution') ?? '', /^Spoke shows the open slots/);
    // Without the product paragraph after it, the contrast alone is not taken for the problem by its place.
    const alone = byContent(`# ${HEADLINE}`, '', SUB, '', opening, '', contrast, '', more, '', ...FAQ);
    assert.notEqual(part(alone, 'problem'), contrast);
  });

  it('ends a problem heading\'s section where a paragraph has the product as its subject, with no heading after it', () => {
    const m = byContent(`# ${HEADLINE}`, '', SUB, '', opening, '', '## Why this matters', '', PAIN, '', subject, '', more, '', ...FAQ);
    assert.equal(part(m, 'problem'), `## Why this matters\n\n${PAIN}`);
    assert.match(part(m, 'solution') ?? '', /^Spoke shows the open slots/);
  });

  it('reads a pain told as nobody able to see and the harm done, in the summary\'s second sentence, as the problem there', () => {
    const summary = 'LEEDS, UK — April 2, 2027 — Spoke today opened online booking for its three repair workshops. Riders drop bikes at any shop, no one can see which shop has a free mechanic, and a week without a bike can wipe out a month of cycling habit.';
    const m = byContent(`# ${HEADLINE}`, '', SUB, '', summary, '', subject, '', ...FAQ);
    assert.equal(part(m, 'summary'), summary);
    assert.equal(part(m, 'problem'), summary);
  });
});

describe('forms: the close', () => {
  const release = (...close: string[]) => byContent(
    `# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', HOW, '',
    '"I booked a chain on the bus and rode home on it that night," said Aisha Khan, a commuter in Leeds.', '', ...close, '', ...FAQ,
  );

  it('reads a close that says where the product is open and how to get in as getting started and the call to action at once', () => {
    const close = 'Spoke is open today at spoke.example with your workshop login. Workshops should add their diary by 30 April; our team will help each one that asks.';
    const m = release(close);
    assert.equal(part(m, 'getting-started'), close);
    assert.equal(part(m, 'call-to-action'), close);
  });

  it('reads a "Getting started" section that ends the release with an invitation and a link as the call to action too', () => {
    const steps = 'Spoke runs in any phone browser; a rider picks a workshop and a time, and the workshop confirms by text.';
    const link = `${steps} Book your first repair at [spoke.example](https://spoke.example).`;
    let m = release('## Getting started', '', link);
    assert.match(part(m, 'getting-started') ?? '', /^## Getting started/);
    assert.equal(part(m, 'call-to-action'), link);
    // Without the invitation, or with more of the release after it, the section is getting started only.
    m = release('## Getting started', '', steps);
    assert.equal(part(m, 'call-to-action'), null);
    m = release('## Getting started', '', `${steps} Book at [spoke.example](https://spoke.example), or phone a workshop.`, '', '## Pricing', '', 'A booking is free; riders pay for the repair.');
    assert.doesNotMatch(part(m, 'call-to-action') ?? '', /Spoke runs in any phone browser/);
    // The invitation need not be the last sentence: the close may end on the price.
    const priced = `${steps} Riders without a phone can call any Spoke workshop. A booking is free; riders pay for the repair.`;
    m = release('## Getting started', '', priced);
    assert.equal(part(m, 'call-to-action'), priced);
  });

  it('reads a close that says when and where it starts and invites as both getting started and the call to action', () => {
    const close = 'Booking starts at all three workshops on April 2. Riders with an account can book today at spoke.example, and new riders can register at any workshop.';
    let m = release(close);
    assert.equal(part(m, 'getting-started'), close);
    assert.equal(part(m, 'call-to-action'), close);
    m = release('Book your first repair today at spoke.example.');
    assert.equal(part(m, 'getting-started'), null, 'an invitation alone is no getting started');
    assert.equal(part(m, 'call-to-action'), 'Book your first repair today at spoke.example.');
  });

  it('reads an "Availability" section that says how to turn the product on and invites as both', () => {
    const body = 'Booking is available today in Leeds. Riders turn it on in the Spoke app under Settings, then book at [spoke.example](https://spoke.example).';
    let m = release('## Availability', '', body);
    assert.match(part(m, 'getting-started') ?? '', /^## Availability/);
    assert.match(part(m, 'call-to-action') ?? '', /^## Availability/);
    m = release('## Availability', '', 'Book your first repair today at [spoke.example](https://spoke.example).');
    assert.match(part(m, 'call-to-action') ?? '', /^## Availability/);
    assert.equal(part(m, 'getting-started'), null);
  });

  it('reads a licence sentence with an invitation after it as the call to action, and a licence line alone as none', () => {
    let m = release('Spoke\'s booking widget is MIT-licensed. Get it at [spoke.example/widget](https://spoke.example/widget).');
    assert.match(part(m, 'call-to-action') ?? '', /MIT-licensed\. Get it at/);
    for (const alone of ['Spoke\'s booking widget is MIT-licensed.', 'Spoke\'s booking widget is released under the [Apache 2.0 licence](https://spoke.example/licence).', 'Copyright 2027 Spoke Ltd. See LICENSE for the terms.']) {
      m = release(alone);
      assert.equal(part(m, 'call-to-action'), null, alone);
    }
  });
});

describe('forms: quotes', () => {
  const release = (...body: string[]) => byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', ...body);

  it('finds a company quote and a customer quote that sit inside sections named for something else', () => {
    const m = release(
      '## How it works', '', HOW, '',
      '"Riders told us the phone queue was the worst part of a repair, so we took it away," said Mo Hassan, founder of Spoke.', '',
      '## Getting started', '', 'Riders open spoke.example and pick a slot.', '',
      '"I booked a new chain on the bus and rode home on it that night," said Aisha Khan, a nurse who cycles to St James\'s.', '', ...FAQ,
    );
    assert.match(part(m, 'leader-quote')!, /Mo Hassan/);
    assert.match(part(m, 'customer-quote')!, /Aisha Khan/);
    assert.match(part(m, 'solution')!, /^## How it works/, 'the section still holds the solution');
  });

  it('reads "who leads <a team> at <the launcher>" as the company\'s voice, and a long dash attribution after the closing quote mark as the customer', () => {
    const m = release(
      HOW, '',
      '"I built the first version on a train because I was tired of phoning shops for my own bike," said Mo Hassan, who leads Workshops & Riders at Spoke and raced for six years.', '',
      'Riders open spoke.example and pick a slot.', '',
      '"We booked on the bus and the chain was fixed before dinner. My son noticed before I did." — a rider in Headingley who commutes 14 miles each way, and asked us to leave his name out', '', ...FAQ,
    );
    assert.match(part(m, 'leader-quote')!, /Mo Hassan/);
    assert.match(part(m, 'customer-quote')!, /a rider in Headingley/);
  });

  it('finds quotes gathered in a "Customer Quotes" or "Testimonials" section, also after the FAQ, and keeps them out of the FAQ', () => {
    for (const heading of ['Customer Quotes', 'Testimonials']) {
      const m = release(
        '## How it works', '', HOW, '', ...FAQ, '',
        `## ${heading}`, '', '"I booked a new chain on the bus and rode home on it that night." — Aisha Khan, commuter',
      );
      assert.match(part(m, 'customer-quote')!, /Aisha Khan/, heading);
      assert.deepEqual(qs(m), [['external-faq', 'How much does a booking cost?']], heading);
      assert.equal(answers(m)[0], 'Nothing; riders pay for the repair only.', `${heading}: the quote is no part of the answer`);
    }
  });

  it('reads the speaker by a name, a role ("said the product owner", "— Target user") or nobody', () => {
    let m = release('"We want no rider to lose a day of cycling to a phone queue," said the product owner at Spoke.');
    assert.match(part(m, 'leader-quote')!, /product owner/);
    m = release('> "I booked a repair between two meetings and picked the bike up on my way home."', '> — Target user');
    assert.match(part(m, 'customer-quote')!, /between two meetings/);
    assert.equal(part(m, 'leader-quote'), null, 'a target user speaks for no company');
    m = release('"I booked a repair between two meetings and picked the bike up on my way home."');
    assert.match(part(m, 'customer-quote')!, /between two meetings/);
  });

  it('reads a speaker who works "at a <company>" as a customer, also when a company officer speaks after them', () => {
    const customer = '"We had forty bikes waiting and nobody could book them," said Priya Shah, fleet lead at a logistics company in Leeds that tested Spoke for two months. "We booked every one in a week."';
    const leader = '"Booking was the one part of a repair we could not see," said Mo Hassan, CTO of Spoke. "Now every slot is on the screen."';
    const m = release(HOW, '', customer, '', leader);
    assert.match(part(m, 'customer-quote') ?? '', /Priya Shah/);
    assert.match(part(m, 'leader-quote') ?? '', /Mo Hassan/);
    // A company officer speaking at an event is still the company.
    const event = release(HOW, '', '"We built booking for riders who cannot wait on hold," said Mo Hassan, founder of Spoke, speaking at a meetup in Leeds.');
    assert.match(part(event, 'leader-quote') ?? '', /Mo Hassan/);
  });

  it('reads a titled speaker from another company than the one launching as the customer ("CTO at Northgate Couriers")', () => {
    const launched = 'LEEDS, UK — April 2, 2027 — Spoke today launched online booking for its three repair workshops.';
    const doc = (...quotes: string[]) => byContent(`# ${HEADLINE}`, '', SUB, '', launched, '', PAIN, '', HOW, '', ...quotes, '', ...FAQ);
    const theirs = '"Our couriers lost a day each time a chain snapped; now they book a slot on the way back," said Dev Patel, CTO at Northgate Couriers.';
    const ours = '"We built booking for riders who cannot wait on hold," said Mo Hassan, founder of Spoke.';
    let m = doc(theirs);
    assert.match(part(m, 'customer-quote') ?? '', /Dev Patel/);
    assert.equal(part(m, 'leader-quote'), null, 'a customer\'s officer does not speak for Spoke');
    m = doc(ours, '', theirs);
    assert.match(part(m, 'leader-quote') ?? '', /Mo Hassan/);
    assert.match(part(m, 'customer-quote') ?? '', /Dev Patel/);
    // A department is no company: the VP of Engineering speaks for Spoke.
    m = doc('"We built booking for riders who cannot wait on hold," said Mo Hassan, VP of Engineering.');
    assert.match(part(m, 'leader-quote') ?? '', /Mo Hassan/);
    // So is a department of several names ("Engineering Platforms", "Product and Design").
    for (const dept of ['Engineering Platforms', 'Product and Design']) {
      m = doc(`"We built booking for riders who cannot wait on hold," said Mo Hassan, VP of ${dept}.`, '', theirs);
      assert.match(part(m, 'leader-quote') ?? '', /Mo Hassan/, dept);
    }
    // With no launcher named, nothing tells whose officer speaks: the title decides, as before.
    m = byContent(`# ${HEADLINE}`, '', SUB, '', 'Today we are releasing online booking for our three repair workshops.', '', PAIN, '', HOW, '', theirs, '', ...FAQ);
    assert.match(part(m, 'leader-quote') ?? '', /Dev Patel/);
  });

  it('reads a speaker named before their speech ("Margaret Hollins, 68, …. \\"…\\"", "…, put it this way: \\"…\\"") and "— Dr. …" lines', () => {
    const introduced = 'Margaret Hollins, 68, from Headingley, was one of 40 riders who tested Spoke in March. "Last time my chain snapped I lost a week of rides. This time I booked on the bus and rode home that night."';
    const colon = 'Priya Shah, a fleet lead at Northgate Couriers, put it this way: "We used to send a van round the shops with broken bikes. Now every courier books their own slot on the way back."';
    const doctor = '"We built booking for riders who cannot wait on hold, and for the mechanics who answer the phone."\n— Dr. Mo Hassan, founder of Spoke';
    for (const q of [introduced, colon]) {
      const m = release(HOW, '', doctor, '', q);
      assert.match(part(m, 'leader-quote') ?? '', /Mo Hassan/, q);
      assert.equal(part(m, 'customer-quote'), q);
    }
    // A sentence about a named person with a short quoted phrase is no quote.
    const story = 'Margaret Hollins, 68, from Headingley, phoned three shops and heard "call back tomorrow" from each of them before one took her bike in for the week.';
    assert.equal(part(release(HOW, '', story), 'customer-quote'), null);
  });

  it('reads a speaker titled for the product ("ShelfSwap\'s project lead") as the company, whatever else they are', () => {
    const lead = '"Every one of us has a bike that sat broken for a month," said Aisha Karim, a final-year student in Leeds and Spoke\'s project lead. "Booking should take two taps."';
    const rider = '"I booked a chain on the bus and rode home on it that night," said Tom Reed, a commuter in Leeds.';
    const m = release(HOW, '', lead, '', rider);
    assert.match(part(m, 'leader-quote') ?? '', /Aisha Karim/);
    assert.match(part(m, 'customer-quote') ?? '', /Tom Reed/);
  });

  it('takes no story around a quoted phrase for a quote, and a release "rolled out" by a team for its summary', () => {
    const story = 'Until now, a rider with a question such as "can you fix a cargo bike today?" phoned three shops and told each one the same story before anyone said yes.';
    const m = byContent(
      `# ${HEADLINE}`, '', SUB, '', 'LEEDS, UK — April 2, 2027 — The Spoke booking team today rolled out online booking for its three repair workshops.', '',
      story, '', HOW, '', '"I booked a chain on the bus and rode home on it that night," said Aisha Khan, a commuter in Leeds.', '', ...FAQ,
    );
    assert.equal(part(m, 'problem'), story);
    assert.match(part(m, 'customer-quote') ?? '', /Aisha Khan/);
  });

  it('reads an attribution in a paragraph of its own under the quote as the quote\'s, not as a part', () => {
    const m = release(
      HOW, '', '"We opened booking because riders told us the phone queue was the worst part of a repair."', '', '– Mo Hassan, founder of Spoke', '',
      '> I booked a repair between two meetings and had the bike back by six.', '', '— Aisha Khan, commuter', '', 'Book a repair at spoke.example.',
    );
    assert.match(part(m, 'leader-quote')!, /worst part of a repair\."\n\n– Mo Hassan, founder of Spoke$/);
    assert.match(part(m, 'customer-quote')!, /^> I booked[\s\S]*— Aisha Khan, commuter$/);
    assert.equal(part(m, 'call-to-action'), 'Book a repair at spoke.example.');
    // A blockquote with no attribution under it stays a note.
    const note = release(HOW, '', '> Prices below are from the pilot and may change before launch.', '', 'Book a repair at spoke.example.');
    assert.equal(part(note, 'customer-quote'), null);
    assert.equal(part(note, 'leader-quote'), null);
  });

  it('reads quotes with curly, straight, HTML-escaped or no quote marks', () => {
    for (const [marks, quote] of [
      ['curly', '“I booked a repair between two meetings and had the bike back by six,” said Aisha Khan, a commuter in Leeds.'],
      ['straight', '"I booked a repair between two meetings and had the bike back by six," said Aisha Khan, a commuter in Leeds.'],
      ['HTML-escaped', '&quot;I booked a repair between two meetings and had the bike back by six,&quot; said Aisha Khan, a commuter in Leeds.'],
      ['HTML-escaped curly', '&ldquo;I booked a repair between two meetings and had the bike back by six,&rdquo; said Aisha Khan, a commuter in Leeds.'],
      ['none', 'I booked a repair between two meetings and had the bike back by six, said Aisha Khan, a commuter in Leeds.'],
    ] as const) {
      const m = release(quote);
      assert.match(part(m, 'customer-quote') ?? '', /Aisha Khan/, marks);
    }
    // Single quote marks, straight or curly, around the speech that opens the paragraph.
    for (const [marks, leader, customer] of [
      ['straight single', '\'We wanted riders to stop phoning round the shops,\' said the product lead at Spoke.', '\'I booked a chain on the bus and rode home on it that night,\' said Aisha Khan, a commuter in Leeds.'],
      ['curly single', '‘We wanted riders to stop phoning round the shops,’ said the product lead at Spoke.', '‘I booked a chain on the bus and rode home on it that night,’ said Aisha Khan, a commuter in Leeds.'],
    ] as const) {
      const m = release(HOW, '', leader, '', customer);
      assert.match(part(m, 'leader-quote') ?? '', /product lead/, marks);
      assert.match(part(m, 'customer-quote') ?? '', /Aisha Khan/, marks);
    }
    // A phrase in single quote marks inside a sentence is no quote, nor a sentence with an apostrophe.
    for (const phrase of [
      'Workshop staff call the quickest repair the \'ten-minute chain swap,\' and say riders ask for it most.',
      'Riders\' bikes wait in the workshop\'s rack, and the mechanics said the new rack holds twice as many of them.',
    ]) {
      const m = release(HOW, '', phrase);
      assert.equal(part(m, 'customer-quote'), null, phrase);
      assert.equal(part(m, 'leader-quote'), null, phrase);
    }
    // Without quote marks it takes first-person words and ", said <someone>": a report of what people said is no quote.
    for (const report of [
      'Riders said they lose two days of cycling when a chain breaks, and most of them phone three shops before they book.',
      'We surveyed two hundred riders in March, and our figures match what the workshops said about hold times.',
    ]) {
      const m = release(report);
      assert.equal(part(m, 'customer-quote'), null, report);
      assert.equal(part(m, 'leader-quote'), null, report);
    }
  });
});

describe('forms: FAQ titles', () => {
  const release = [`# ${HEADLINE}`, '', SUB, '', LAUNCH, ''];
  const one = (title: string) => byContent(...release, title, '', '### Is there a student discount?', '', 'Yes, ten percent.');

  it('reads External / Customer / Public FAQ as the external FAQ, and Internal / Stakeholder / Business FAQ as the internal one', () => {
    for (const [title, id] of [
      ['## External FAQ', 'external-faq'], ['## Customer FAQ', 'external-faq'], ['## Public FAQ', 'external-faq'],
      ['## Internal FAQ', 'internal-faq'], ['## Stakeholder FAQ', 'internal-faq'], ['## Business FAQ', 'internal-faq'],
    ] as const) {
      const m = one(title);
      assert.deepEqual(qs(m), [[id, 'Is there a student discount?']], title);
    }
  });

  it('reads "Q&A", "Questions & Answers" and "Common questions" titles as FAQs', () => {
    for (const [title, id] of [
      ['## Q&A', 'external-faq'], ['## Questions & Answers', 'external-faq'], ['## Common questions', 'external-faq'],
      ['## Internal Q&A', 'internal-faq'], ['## Internal Questions & Answers', 'internal-faq'],
    ] as const) {
      assert.deepEqual(qs(one(title)), [[id, 'Is there a student discount?']], title);
    }
  });

  it('reads "For the person using it" / "For the people deciding whether to build it" by their audience, and a lone "FAQ" as the external one', () => {
    let m = byContent(
      ...release, '## FAQ', '', '### For the person using it', '', '**Is there a student discount?**', 'Yes, ten percent.', '',
      '### For the people deciding whether to build it', '', '**What does a booking cost us?**', 'About four pence in text messages.',
    );
    assert.deepEqual(qs(m), [['external-faq', 'Is there a student discount?'], ['internal-faq', 'What does a booking cost us?']]);
    m = one('## FAQ');
    assert.deepEqual(qs(m), [['external-faq', 'Is there a student discount?']]);
  });

  it('reads an FAQ grouped by topic as one FAQ, and an internal FAQ that comes first', () => {
    let m = byContent(
      ...release, '## Frequently Asked Questions', '', '### Prices', '', '**Is there a student discount?**', 'Yes, ten percent.', '',
      '### Workshops', '', '**Which workshops take bookings?**', 'All three in Leeds.', '', '### Privacy', '', '**Who sees my phone number?**', 'Only the workshop.',
    );
    assert.deepEqual(qs(m).map(([f]) => f), ['external-faq', 'external-faq', 'external-faq']);
    assert.equal(m.faqs['internal-faq'], undefined, 'a topic is no second FAQ');
    m = byContent(...release, '## Internal FAQ', '', '### Why now?', '', 'The workshops moved their diaries online.', '', '## External FAQ', '', '### Is there a student discount?', '', 'Yes.');
    assert.deepEqual(qs(m), [['internal-faq', 'Why now?'], ['external-faq', 'Is there a student discount?']]);
    assert.ok(m.pressRelease!.end <= m.faqs['internal-faq']!.start, 'the release ends where the first FAQ starts');
  });

  it('reads "## For the person using it" / "## For the people deciding whether to build it" as the two FAQs with no "FAQ" heading above them', () => {
    const m = byContent(
      ...release, PAIN, '', '## For the person using it', '', '### Is there a student discount?', '', 'Yes, ten percent.', '',
      '## For the people deciding whether to build it', '', '### What does a booking cost us?', '', 'About four pence in text messages.',
    );
    assert.deepEqual(qs(m), [['external-faq', 'Is there a student discount?'], ['internal-faq', 'What does a booking cost us?']]);
    assert.ok(m.pressRelease!.end < m.text.indexOf('## For the person'), 'the release ends at the first of them');
    // The same titles as bold lines standing alone; a sentence that opens with the words is no title.
    const bold = byContent(
      ...release, PAIN, '', '**For the person using it**', '', '**Is there a student discount?**', 'Yes, ten percent.', '',
      '**For the people deciding whether to build it**', '', '**What does a booking cost us?**', 'About four pence in text messages.',
    );
    assert.deepEqual(qs(bold), [['external-faq', 'Is there a student discount?'], ['internal-faq', 'What does a booking cost us?']]);
    const sentence = byContent(...release, 'For the person using it nothing changes but the booking screen.', '', ...FAQ);
    assert.deepEqual(qs(sentence), [['external-faq', 'How much does a booking cost?']]);
    // A section of the release for one group of readers is no FAQ.
    const r = byContent(...release, '## For workshops', '', 'Workshops see every booking in one diary and confirm it with a tap.', '', ...FAQ);
    assert.deepEqual(qs(r), [['external-faq', 'How much does a booking cost?']]);
    assert.match(r.text.slice(r.pressRelease!.start, r.pressRelease!.end), /## For workshops/);
  });

  it('reads a title in the writer\'s own words that says it holds questions ("Your questions, answered", "Things people ask") as an FAQ when it asks them', () => {
    for (const title of ['## Your questions, answered', '## Things people ask', '## Questions riders ask', '## Ask us anything']) {
      const m = byContent(...release, PAIN, '', title, '', '### How much does a booking cost?', '', 'Nothing; riders pay for the repair only.', '', '### Can I book for a cargo bike?', '', 'Yes, at two workshops.');
      assert.deepEqual(qs(m).map(([f]) => f), ['external-faq', 'external-faq'], title);
      assert.ok(m.pressRelease!.end <= m.text.indexOf(title), `${title}: the release ends there`);
    }
    // One question under such a title is a section of the release, and an RFC's "Unresolved questions" no FAQ.
    const one = byContent(...release, '## Things people ask', '', '### How much does a booking cost?', '', 'Nothing.', '', ...FAQ);
    assert.deepEqual(qs(one), [['external-faq', 'How much does a booking cost?']]);
  });

  it('reads an RFC\'s own "## Unresolved questions" as questions left open on purpose: outside the FAQs, in the outline, and no finding', () => {
    const text = lines(
      ...release, ...FAQ, '', '## Detailed design', '', 'The booking page reads each diary.', '',
      '## 3. Unresolved questions', '', '- Should workshops see the rider\'s phone number?', '- Do we keep bookings for a year?', '- Name: `book()` vs `reserve()`.', '',
      '## Alternatives', '', 'Phone calls, as today.',
    );
    const m = buildModel(text, { path: 'docs/plan.md' });
    assert.deepEqual(m.openQuestions.map((q) => q.text), ['Should workshops see the rider\'s phone number?', 'Do we keep bookings for a year?']);
    assert.deepEqual(qs(m), [['external-faq', 'How much does a booking cost?']], 'no FAQ gains them');
    const sym = outline(m).find((x) => x.name === '3. Unresolved questions');
    assert.deepEqual(sym?.children.map((c) => c.name), ['Should workshops see the rider\'s phone number?', 'Do we keep bookings for a year?']);
    const found = review(text, { path: 'docs/plan.md' }).diagnostics.filter((d) => d.code === 'unanswered-question' || d.code === 'placeholder');
    assert.deepEqual(found, [], 'an RFC lists them open on purpose');
  });

  it('keeps the topic groups of a lone "FAQ" when a later group is for the people deciding ("For riders", then "For the board")', () => {
    const m = byContent(
      ...release, '## FAQ', '', '### For riders', '', '**Is there a student discount?**', 'Yes, ten percent.', '',
      '### For the board', '', '**What does a booking cost us?**', 'About four pence in text messages.',
    );
    assert.deepEqual(qs(m), [['external-faq', 'Is there a student discount?'], ['internal-faq', 'What does a booking cost us?']]);
  });

  it('reads sections titled by readers the catalogue does not name ("## For workshop owners") as FAQs when they ask them questions', () => {
    // No "FAQ" heading anywhere: two sections, each titled by its readers and holding questions.
    const m = byContent(
      ...release, PAIN, '', '## For workshop owners', '', '### Does it replace my diary?', '', 'No, it fills it.', '',
      '### What does it cost me?', '', 'Nothing for the first year.', '',
      '## For the Sparrow leadership team', '', '### Why now?', '', 'The workshops moved their diaries online.', '', '### What is the biggest risk?', '', 'Workshops ignoring texts.',
    );
    assert.deepEqual(qs(m).map(([f]) => f), ['external-faq', 'external-faq', 'internal-faq', 'internal-faq']);
    assert.ok(m.pressRelease!.end <= m.text.indexOf('## For workshop owners'), 'the release ends at the first of them');
    // After an FAQ titled for the people deciding, a section for the person holding the phone with numbered bold questions.
    const after = byContent(
      ...release, PAIN, '', '## For the people deciding whether to build it', '', '1. **Why now?** The workshops moved online.', '', '2. **What is the risk?** Ignored texts.', '',
      '## For the rider holding the phone', '', '1. **Does it cost extra?** No.', '', '2. **Can I cancel a booking?** Yes, until noon.',
    );
    assert.deepEqual(qs(after), [['internal-faq', 'Why now?'], ['internal-faq', 'What is the risk?'], ['external-faq', 'Does it cost extra?'], ['external-faq', 'Can I cancel a booking?']]);
    // Under one "FAQ", groups for readers it does not name: the first the customers', the next the makers'.
    const groups = byContent(
      ...release, '## FAQ', '', '### For riders and workshops', '', '**Is there a student discount?**', 'Yes, ten percent.', '',
      '### For Sparrow', '', '**What does a booking cost us?**', 'About four pence in text messages.',
    );
    assert.deepEqual(qs(groups), [['external-faq', 'Is there a student discount?'], ['internal-faq', 'What does a booking cost us?']]);
    // One section for some readers with a single question in it stays part of the release; one "For example" group is a topic.
    const one = byContent(...release, '## For workshop owners', '', '### Does it replace my diary?', '', 'No, it fills it.', '', ...FAQ);
    assert.deepEqual(qs(one), [['external-faq', 'How much does a booking cost?']]);
  });
});

describe('forms: FAQ titles that name who asks', () => {
  const release = [`# ${HEADLINE}`, '', SUB, '', LAUNCH, ''];
  const committee = ['**Q: What does a booking cost the city?**', 'About four pence in text messages.'];
  const riders = ['**Q: Is there a student discount?**', 'Yes, ten percent.'];

  it('reads "Questions from <askers>" and "<Askers> questions" by who asks, in either order under one FAQ heading', () => {
    for (const [a, b] of [
      ['### Questions from the Transport Committee', '### Questions from residents'],
      ['### Council questions', '### Resident questions'],
      ['### Questions from the city council', '### Questions from riders and their parents'],
      ['### Questions for City Council and staff', '### Questions riders will ask'],
      ["### If you're deciding whether to fund this", "### If you're a rider"],
    ]) {
      let m = byContent(...release, '## Part 2: FAQ', '', a, '', ...committee, '', b, '', ...riders);
      assert.deepEqual(qs(m), [['internal-faq', 'What does a booking cost the city?'], ['external-faq', 'Is there a student discount?']], a);
      m = byContent(...release, '## Part 2: FAQ', '', b, '', ...riders, '', a, '', ...committee);
      assert.deepEqual(qs(m), [['external-faq', 'Is there a student discount?'], ['internal-faq', 'What does a booking cost the city?']], b);
    }
    // As headings of their own, with no FAQ heading above them.
    const m = byContent(...release, PAIN, '', '## Questions from members', '', ...riders, '', '## Questions from the board of trustees', '', ...committee);
    assert.deepEqual(qs(m), [['external-faq', 'Is there a student discount?'], ['internal-faq', 'What does a booking cost the city?']]);
    // The words alone are no FAQ title: a section of the release for members stays in the release.
    const r = byContent(...release, '## For members', '', 'Members see every booking in one diary.', '', ...FAQ);
    assert.deepEqual(qs(r), [['external-faq', 'How much does a booking cost?']]);
  });

  it('reads a section right after the FAQ, titled by its readers and holding questions, as the next FAQ ("For contributors, sponsors and the curious")', () => {
    const m = byContent(
      ...release, '## FAQ', '', '### Is there a student discount?', '', 'Yes, ten percent.', '',
      '## For contributors, sponsors and the curious', '', '### Why now?', '', 'The old booking line closes in June.', '', '### What does a booking cost the city?', '', 'About four pence in text messages.',
    );
    assert.deepEqual(qs(m), [['external-faq', 'Is there a student discount?'], ['internal-faq', 'Why now?'], ['internal-faq', 'What does a booking cost the city?']]);
    // A section of the same title that asks nothing stays out of the FAQ.
    const r = byContent(...release, '## FAQ', '', '### Is there a student discount?', '', 'Yes, ten percent.', '', '## For sponsors', '', 'Sponsors see their logo on every ticket.');
    assert.deepEqual(qs(r), [['external-faq', 'Is there a student discount?']]);
  });

  it('keeps a group of questions after a typed group an FAQ of its own, and a topic group after it part of it', () => {
    let m = byContent(...release, '## FAQ', '', '### For the board', '', ...committee, '', '### Questions from neighbours', '', ...riders);
    assert.deepEqual(qs(m), [['internal-faq', 'What does a booking cost the city?'], ['external-faq', 'Is there a student discount?']]);
    m = byContent(...release, '## FAQ', '', '### For the board', '', ...committee, '', '### Costs', '', '**Q: Who pays for the texts?**', 'The city does.');
    assert.deepEqual(qs(m), [['internal-faq', 'What does a booking cost the city?'], ['internal-faq', 'Who pays for the texts?']]);
  });
});

describe('forms: questions', () => {
  const release = [`# ${HEADLINE}`, '', SUB, '', LAUNCH, ''];
  const faq = (...body: string[]) => byContent(...release, '## Customer FAQ', '', ...body);
  const expect = (m: DocModel, want: Array<[string, string | null]>) => {
    assert.deepEqual(m.questions.map((q) => [q.text, q.answer?.text ?? null]), want);
    assert.ok(m.questions.every((q) => q.faq === 'external-faq'));
  };

  it('reads a list of "**Q:** question? **A:** answer" items, each on one line', () => {
    expect(faq('- **Q:** Can I book for a cargo bike? **A:** Yes, at two workshops.', '- Q: Do I pay when I book? A: No, when you collect the bike.'), [
      ['Can I book for a cargo bike?', 'Yes, at two workshops.'],
      ['Do I pay when I book?', 'No, when you collect the bike.'],
    ]);
  });

  it('reads "### Question?" headings and "**Q: …**" then "A: …"', () => {
    expect(faq('### Can I book for a cargo bike?', '', 'Yes, at two workshops.', '', '**Q: Do I pay when I book?**', '', 'A: No, when you collect the bike.'), [
      ['Can I book for a cargo bike?', 'Yes, at two workshops.'],
      ['Do I pay when I book?', 'No, when you collect the bike.'],
    ]);
  });

  it('reads a bold question line, and a bold question with its answer on the same line', () => {
    expect(faq('**Can I book for a cargo bike?**', '', 'Yes, at two workshops.', '', '**Do I pay when I book?** No, when you collect the bike.'), [
      ['Can I book for a cargo bike?', 'Yes, at two workshops.'],
      ['Do I pay when I book?', 'No, when you collect the bike.'],
    ]);
  });

  it('reads numbered questions: "1. **Question?** answer" and "### 1. Question?"', () => {
    expect(faq('1. **Can I book for a cargo bike?** Yes, at two workshops.', '2. **Do I pay when I book?** No, when you collect the bike.'), [
      ['Can I book for a cargo bike?', 'Yes, at two workshops.'],
      ['Do I pay when I book?', 'No, when you collect the bike.'],
    ]);
    const m = faq('### 1. Can I book for a cargo bike?', '', 'Yes, at two workshops.', '', '### 2. Do I pay when I book?', '', 'No, when you collect the bike.');
    assert.deepEqual(answers(m), ['Yes, at two workshops.', 'No, when you collect the bike.']);
    assert.equal(m.questions.length, 2);
    assert.ok(m.questions.every((q) => /\?$/.test(q.text)));
  });

  it('reads plain list items that ask and answer on one line: "1. Does it cost extra? No, it is free."', () => {
    for (const marker of ['1.', '-']) {
      expect(faq(`${marker} Can I book for a cargo bike? Yes, at two workshops.`, `${marker} Do I pay when I book? No, when you collect the bike.`), [
        ['Can I book for a cargo bike?', 'Yes, at two workshops.'],
        ['Do I pay when I book?', 'No, when you collect the bike.'],
      ]);
    }
    // A list of points that do not open by asking is no FAQ's: "Pricing? See the table." opens with no question word.
    assert.deepEqual(faq('- Pricing? See the table below.', '- Workshops: all three in Leeds.').questions.length, 0);
  });

  it('reads plain paragraphs that ask and answer on one line, but not an answer that opens with a question', () => {
    expect(faq('Can I book for a cargo bike? Yes, at two workshops.', '', 'Do I pay when I book? No, when you collect the bike.'), [
      ['Can I book for a cargo bike?', 'Yes, at two workshops.'],
      ['Do I pay when I book?', 'No, when you collect the bike.'],
    ]);
    // Where the FAQ asks in headings or bold lines, a paragraph opening with a question is part of the answer.
    expect(faq('### Can I book for a cargo bike?', '', 'Is that rare? Yes: two workshops take them.', '', '### Do I pay when I book?', '', 'No, when you collect the bike.'), [
      ['Can I book for a cargo bike?', 'Is that rare? Yes: two workshops take them.'],
      ['Do I pay when I book?', 'No, when you collect the bike.'],
    ]);
    expect(faq('**Can I book for a cargo bike?**', '', 'Is that rare? Yes: two workshops take them.', '', '**Do I pay when I book?**', '', 'Does it matter? No, you pay at collection.'), [
      ['Can I book for a cargo bike?', 'Is that rare? Yes: two workshops take them.'],
      ['Do I pay when I book?', 'Does it matter? No, you pay at collection.'],
    ]);
  });

  it('reads GitHub\'s folding FAQ: "<details><summary>Question?</summary>" and the answer up to "</details>"', () => {
    const spaced = faq('<details>', '<summary>Can I book for a cargo bike?</summary>', '', 'Yes, at two workshops.', '', '</details>', '', '<details>', '<summary>Do I pay when I book?</summary>', '', 'TK', '', '</details>');
    assert.deepEqual(spaced.questions.map((q) => [q.text, q.answer?.text ?? null, q.answered]), [
      ['Can I book for a cargo bike?', 'Yes, at two workshops.', true],
      ['Do I pay when I book?', 'TK', false],
    ]);
    const compact = faq('<details><summary><b>Can I book for a cargo bike?</b></summary>', 'Yes, at two workshops.', '</details>', '', '<details><summary>Do I pay when I book?</summary>', '</details>');
    assert.deepEqual(compact.questions.map((q) => [q.text, q.answer?.text ?? null, q.answered]), [
      ['Can I book for a cargo bike?', 'Yes, at two workshops.', true],
      ['Do I pay when I book?', null, false],
    ]);
    assert.equal(compact.text.slice(compact.questions[0].question.start, compact.questions[0].question.end), '<b>Can I book for a cargo bike?</b>');
  });

  it('reads labelled questions: "Q1:", "C1" and "I1"', () => {
    let m = faq('Q1: Can I book for a cargo bike?', 'A1: Yes, at two workshops.', '', 'Q2: Do I pay when I book?', 'A2: No, when you collect the bike.');
    assert.equal(m.questions.length, 2);
    assert.deepEqual(m.questions.map((q) => q.text), ['Can I book for a cargo bike?', 'Do I pay when I book?']);
    assert.ok(m.questions.every((q) => q.answered));
    m = byContent(
      ...release, '## Customer FAQ', '', '**C1. Can I book for a cargo bike?**', '', 'Yes, at two workshops.', '',
      '## Internal FAQ', '', '**I1. What does a booking cost us?**', '', 'About four pence in texts.',
    );
    assert.deepEqual(qs(m).map(([f]) => f), ['external-faq', 'internal-faq']);
    assert.deepEqual(answers(m), ['Yes, at two workshops.', 'About four pence in texts.']);
    // Plain labels, with the answer on the next line or in the next paragraph.
    for (const [c1, c2] of [
      [['C1: Can I book for a cargo bike?', 'Yes, at two workshops.'], ['C2: Do I pay when I book?', 'No, when you collect the bike.']],
      [['C1. Can I book for a cargo bike?', '', 'Yes, at two workshops.'], ['C2. Do I pay when I book?', '', 'No, when you collect the bike.']],
    ]) {
      m = faq(...c1, '', ...c2);
      assert.deepEqual(m.questions.map((q) => q.text), ['Can I book for a cargo bike?', 'Do I pay when I book?'], c1[0]);
      assert.deepEqual(answers(m), ['Yes, at two workshops.', 'No, when you collect the bike.'], c1[0]);
    }
    m = faq('### Can I book for a cargo bike?', '', 'C1. The first of the two workshops takes cargo bikes.', '', 'C2. Is the second one? Not yet.');
    assert.deepEqual(m.questions.map((q) => q.text), ['Can I book for a cargo bike?'], 'a labelled sentence is no question');
    // The question and its answer on one line, after "C1." or "I1:".
    m = byContent(
      ...release, '## Customer FAQ', '', 'C1. Can I book for a cargo bike? Yes, at two workshops.', '', 'C2: Do I pay when I book? No, when you', 'collect the bike.', '',
      '## Internal FAQ', '', 'I1. What does a booking cost us? About four pence in texts.',
    );
    assert.deepEqual(m.questions.map((q) => [q.faq, q.text]), [
      ['external-faq', 'Can I book for a cargo bike?'], ['external-faq', 'Do I pay when I book?'], ['internal-faq', 'What does a booking cost us?'],
    ]);
    assert.deepEqual(answers(m), ['Yes, at two workshops.', 'No, when you collect the bike.', 'About four pence in texts.']);
    // A labelled line whose first sentence tells rather than asks is no question.
    m = faq('C1. Can I book for a cargo bike? Yes, at two workshops.', '', 'C2. Prices rise in May. Is that fair? We think so.');
    assert.deepEqual(m.questions.map((q) => q.text.replace(/^C\d[:.]\s*/, '')), ['Can I book for a cargo bike?']);
  });

  it('reads one "FAQ" holding "C1:" questions then "I1:" questions as the external FAQ, then the internal one from I1 on', () => {
    const body = [
      'C1: Can I book for a cargo bike?', 'Yes, at two workshops.', '', 'C2: Do I pay when I book?', 'No, when you collect the bike.', '',
      'I1: What does a booking cost us?', 'About four pence in text messages.', '', 'I2: Why now?', 'The workshops moved their diaries online.',
    ];
    const m = byContent(...release, '### FAQ', '', ...body, '', '## Design', '', 'The booking page reads each diary.');
    assert.deepEqual(m.questions.map((q) => [q.faq, q.text]), [
      ['external-faq', 'Can I book for a cargo bike?'], ['external-faq', 'Do I pay when I book?'], ['internal-faq', 'What does a booking cost us?'], ['internal-faq', 'Why now?'],
    ]);
    const internal = m.faqs['internal-faq']!;
    assert.equal(internal.untitled, true);
    assert.equal(m.text.slice(internal.start, internal.end).trim(), body.slice(6).join('\n'), 'the internal FAQ runs from I1 to the end of the FAQ');
    assert.equal(m.faqs['external-faq']!.end, internal.start);
    // The outline names it by what it is, under the FAQ's depth.
    const syms = outline(m).filter((x) => x.kind === 'faq');
    assert.deepEqual(syms.map((x) => [x.name, x.detail, x.children.length]), [['FAQ', 'External FAQ', 2], ['Internal FAQ', 'Internal FAQ', 2]]);
    assert.deepEqual(outlineOf(m)!.faqs.map((f) => f.depth), [3, 3]);
    assert.ok(!m.prose.some((p) => p.context.faq === 'internal-faq' && p.context.role === 'heading'), 'I1 is a question, not a title');
    // Labels that do not run customer-then-internal, or an FAQ that names its kind, are left as they are.
    for (const doc of [
      [...release, '### FAQ', '', ...body.slice(6), '', ...body.slice(0, 5)],
      [...release, '### Customer FAQ', '', ...body],
      [...release, '### FAQ', '', 'Q1: Can I book for a cargo bike?', 'Yes, at two workshops.', '', ...body.slice(6)],
    ]) assert.equal(byContent(...doc).faqs['internal-faq'], undefined, doc[6]);
  });

  it('reads "Q1: Question? Answer" in one paragraph, on one line or the answer on the next, with no "A:" marker', () => {
    const want: Array<[string, string | null]> = [['Can I book for a cargo bike?', 'Yes, at two workshops.'], ['Do I pay when I book?', 'No, when you collect the bike.']];
    for (const body of [
      ['Q1: Can I book for a cargo bike? Yes, at two workshops.', '', 'Q2: Do I pay when I book? No, when you collect the bike.'],
      ['Q1: Can I book for a cargo bike?', 'Yes, at two workshops.', '', 'Q2: Do I pay when I book?', 'No, when you collect the bike.'],
      ['Q: Can I book for a cargo bike?', 'Yes, at two workshops.', '', 'Q: Do I pay when I book?', 'No, when you collect the bike.'],
      ['Q1: Can I book for a cargo bike? Yes, at two workshops.', 'Q2: Do I pay when I book? No, when you collect the bike.'],
      ['**Q1:** Can I book for a cargo bike? Yes, at two workshops.', '', '**Q2:** Do I pay when I book? No, when you collect the bike.'],
    ]) {
      const m = faq(...body);
      expect(m, want);
      assert.deepEqual(qs(m).map(([, q]) => q), want.map(([q]) => q), body[0]);
    }
    // A question that asks twice is one question; one with nothing after it is unanswered; a question that wraps stays whole.
    expect(faq('Q1: Why now? Why not in May? The workshops moved their diaries online in April.'), [['Why now? Why not in May?', 'The workshops moved their diaries online in April.']]);
    expect(faq('Q1: Why now? Why not in May?'), [['Why now? Why not in May?', null]]);
    expect(faq('Q1: What happens to my slot when', 'the workshop closes early?'), [['What happens to my slot when the workshop closes early?', null]]);
  });

  it('reads a question and its answer in one paragraph: "**Q: …?**" on one line, the answer on the next', () => {
    expect(faq('**Q: Can I book for a cargo bike?**', 'Yes, at two workshops.', '', '**Q: Do I pay when I book?**', 'A: No, when you collect the bike.'), [
      ['Can I book for a cargo bike?', 'Yes, at two workshops.'],
      ['Do I pay when I book?', 'No, when you collect the bike.'],
    ]);
  });

  it('reads several questions in one paragraph, one under the other with no blank line between them', () => {
    const want: Array<[string, string | null]> = [['Can I book for a cargo bike?', 'Yes, at two workshops.'], ['Do I pay when I book?', 'No, when you collect the bike.']];
    for (const body of [
      ['Q: Can I book for a cargo bike?', 'A: Yes, at two workshops.', 'Q: Do I pay when I book?', 'A: No, when you collect the bike.'],
      ['**Q: Can I book for a cargo bike?**', 'Yes, at two workshops.', '**Q: Do I pay when I book?**', 'No, when you collect the bike.'],
      ['**Can I book for a cargo bike?**', 'Yes, at two workshops.', '**Do I pay when I book?**', 'No, when you collect the bike.'],
    ]) {
      const m = faq(...body);
      expect(m, want);
      assert.deepEqual(qs(m).map(([, q]) => q), want.map(([q]) => q), 'each question\'s span is its own line');
    }
    // Under a question heading, bold questions in one paragraph are still that answer.
    const m = faq('### What can I book?', '', '**Is a puncture a repair?**', 'Yes, a quick one.', '**Is a service?**', 'Yes.');
    assert.deepEqual(m.questions.map((q) => q.text), ['What can I book?']);
    const inline = faq('### What can I book?', '', '**Is a puncture a repair?** Yes, a quick one.', '**Is a service?** Yes.');
    assert.deepEqual(inline.questions.map((q) => q.text), ['What can I book?']);
  });

  it('reads "**Question?** answer" lines one under the other, with no blank line between them, as one question each', () => {
    const want: Array<[string, string | null]> = [['Can I book for a cargo bike?', 'Yes, at two workshops.'], ['Do I pay when I book?', 'No, when you collect the bike.']];
    const m = faq('**Can I book for a cargo bike?** Yes, at two workshops.', '**Do I pay when I book?** No, when you collect the bike.');
    expect(m, want);
    assert.deepEqual(qs(m).map(([, q]) => q), want.map(([q]) => q));
    // An answer that wraps onto the next line stays that answer; a bold phrase inside the answer opens nothing.
    const wrapped = faq('**Can I book for a cargo bike?** Yes, at two', 'workshops, and **Is it dearer?** is the next thing riders ask.');
    expect(wrapped, [['Can I book for a cargo bike?', 'Yes, at two workshops, and Is it dearer? is the next thing riders ask.']]);
  });

  it('reads a bold or "Q:" question whose answer opens with or goes on in sub-headings as answered', () => {
    for (const q of ['**What did you consider instead?**', 'Q: What did you consider instead?']) {
      const m = faq(q, '', '#### Phone booking', '', 'A phone line needs staff in every workshop.', '', '#### A shared calendar', '', 'Workshops would see each other\'s diaries.', '', '**Do I pay when I book?**', '', 'No, when you collect the bike.');
      assert.deepEqual(m.questions.map((x) => [x.text, x.answered]), [['What did you consider instead?', true], ['Do I pay when I book?', true]], q);
      assert.match(m.questions[0].answer!.text, /^Phone booking A phone line .* diaries\.$/, q);
    }
    // The answer may open with a paragraph and go on in sub-headings, as it would under a question heading.
    for (const [q, a] of [['**What did you consider instead?**', 'Each road had its own cost.'], ['Q: What did you consider instead?', 'A: Each road had its own cost.']]) {
      const m = faq(q, '', a, '', '#### Phone booking', '', 'A phone line needs staff in every workshop.', '', '#### A shared calendar', '', 'Workshops would see each other\'s diaries.', '', '**Do I pay when I book?**', '', 'No, when you collect the bike.');
      assert.deepEqual(m.questions.map((x) => x.text), ['What did you consider instead?', 'Do I pay when I book?'], q);
      assert.match(m.questions[0].answer!.text, /^(?:A: )?Each road had its own cost\. Phone booking A phone line .* diaries\.$/, q);
    }
    // A heading right under the FAQ's, or one with a question under it, starts a group: the question above stays unanswered.
    for (const group of ['### Pricing', '#### Pricing']) {
      const m = faq('**Can I book for a cargo bike?**', '', group, '', '**Do I pay when I book?**', '', 'No, when you collect the bike.');
      assert.deepEqual(m.questions.map((x) => [x.text, x.answered]), [['Can I book for a cargo bike?', false], ['Do I pay when I book?', true]], group);
    }
    for (const group of ['### Pricing', '#### Pricing']) {
      const m = faq('**Can I book for a cargo bike?**', '', 'Yes, at two workshops.', '', group, '', '**Do I pay when I book?**', '', 'No, when you collect the bike.');
      assert.equal(m.questions[0].answer!.text, 'Yes, at two workshops.', group);
    }
  });

  it('takes no "How It Works" heading and no bullet inside an answer for a question', () => {
    const m = faq(
      '### How It Works', '', 'Riders pick a slot; the workshop confirms by text.', '',
      '### What can I book?', '', 'Any of these:', '', '- Is a puncture a repair? Yes, a quick one.', '- A service', '- A new chain', '',
      '### How to cancel', '', 'Reply CANCEL to the text.',
    );
    assert.deepEqual(m.questions.map((q) => q.text), ['What can I book?']);
    assert.match(m.questions[0].answer!.text, /puncture/);
  });

  it('reads an "Open questions" section as questions still to answer', () => {
    const m = byContent(
      ...release, '## Customer FAQ', '', '### Can I book for a cargo bike?', '', 'Yes.', '',
      '## Open questions', '', '- Should Bradford come before Sheffield?', '- Do workshops pay per booking or per month?',
    );
    const open = m.questions.filter((q) => /Bradford|per booking/.test(q.text));
    assert.equal(open.length, 2);
    assert.ok(open.every((q) => !q.answered));
  });
});

describe('forms: headings that are not Markdown headings', () => {
  it('reads a bold or a plain line standing alone ("Press Release", "FAQ") as a heading', () => {
    for (const [pr, faq] of [['**Press Release**', '**FAQ**'], ['Press Release', 'FAQ']]) {
      const m = byContent(pr, '', HEADLINE, '', SUB, '', LAUNCH, '', PAIN, '', faq, '', '**Can I book for a cargo bike?**', 'Yes, at two workshops.');
      assert.equal(m.kind, 'prfaq', pr);
      assert.equal(part(m, 'headline'), HEADLINE, pr);
      assert.equal(part(m, 'summary'), LAUNCH, pr);
      assert.deepEqual(qs(m), [['external-faq', 'Can I book for a cargo bike?']], faq);
    }
  });

  it('reads "**FAQ**" over bold group titles ("**For the person using it**") as the two FAQs, and the release as ending at it', () => {
    const m = byContent(
      `# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', '**FAQ**', '',
      '**For the person using it**', '', '**Can I book for a cargo bike?**', 'Yes, at two workshops.', '',
      '**For the people deciding whether to build it**', '', '**What does a booking cost us?**', 'About four pence in texts.',
    );
    assert.equal(m.kind, 'prfaq');
    assert.match(faqTitle(m, 'external-faq')!, /^For the person using it$/);
    assert.match(faqTitle(m, 'internal-faq')!, /^For the people deciding/);
    assert.deepEqual(qs(m), [['external-faq', 'Can I book for a cargo bike?'], ['internal-faq', 'What does a booking cost us?']]);
    assert.equal(m.parts['call-to-action'], undefined, 'the FAQ title is no part of the release');
    assert.ok(m.pressRelease!.end <= m.text.indexOf('**FAQ**'));
    // A bold topic line that names neither FAQ leaves it one FAQ.
    const one = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', '**FAQ**', '', '**Pricing**', '', '**Do I pay when I book?**', 'No, when you collect the bike.');
    assert.deepEqual(qs(one), [['external-faq', 'Do I pay when I book?']]);
  });

  it('reads a bold line standing alone as a section heading, and "**Appendix**" as where the appendix starts', () => {
    const doc = lines(
      '# Opening the Harrow libraries on Sunday', '', '**Tenets**', '', 'Members come before opening costs.', '',
      '**Goals**', '', 'Raise weekend loans by a fifth by March.', '',
      '**Key numbers:**', '', '- 40-minute queues on Saturday', '',
      '**We open three branches, not all of them.**', '', '*Written for the libraries board.*', '',
      '## Proposal', '', 'Open Pinner, Harrow and Wealdstone on Sunday afternoons.', '',
      '**Costs**', '', 'Heating and two staff per branch.', '',
      '**Appendix**', '', 'Loans per hour by branch.',
    );
    const m = buildModel(doc, { path: 'six-pager.md' });
    assert.equal(m.kind, 'narrative');
    // "Key numbers:" introduces a list, a bold sentence is a sentence, an italic line is no title.
    assert.deepEqual(m.sections.map((s) => [s.title, s.depth, s.id ?? null]), [
      ['Opening the Harrow libraries on Sunday', 1, null], ['Tenets', 2, 'tenets'], ['Goals', 2, 'goals'], ['Proposal', 2, 'proposal'], ['Costs', 3, null], ['Appendix', 3, 'appendix'],
    ]);
    const tenets = m.sections[1];
    assert.equal(m.text.slice(tenets.start, tenets.end).trim(), '**Tenets**\n\nMembers come before opening costs.', 'a bold section ends at the next title of its level');
    assert.equal(m.appendixStart, doc.indexOf('**Appendix**'));
  });

  it('takes a bold "**Working Backwards**" or "**Press Release**" line under the title for the release\'s heading, not its subheading', () => {
    for (const wrapper of ['**Working Backwards**', '**Press Release**']) {
      const m = byContent('# RFC 12: Spoke booking', '', '- **Author**: the Spoke team', '', wrapper, '', LAUNCH, '', PAIN, '', ...FAQ);
      assert.equal(m.kind, 'prfaq', wrapper);
      assert.equal(part(m, 'subheading'), null, wrapper);
      assert.equal(part(m, 'summary'), LAUNCH, wrapper);
    }
  });

  it('reads a bold "**README**" line as a heading, not as the release\'s first paragraph', () => {
    const about = 'Spoke is a booking service for bike workshops. It launched online booking in Leeds this spring.';
    const proposal = 'This RFC proposes a waiting list for workshops that are full.';
    for (const [wrapper, readme] of [['## Working Backwards', '## README'], ['**Working Backwards**', '**README**']]) {
      const m = byContent('# RFC 12: Spoke waiting lists', '', '- **Author**: the Spoke team', '', 'Riders wait less.', '', wrapper, '', readme, '', about, '', proposal, '', ...FAQ);
      assert.equal(m.kind, 'prfaq', readme);
      assert.equal(part(m, 'summary'), about, readme);
      assert.doesNotMatch(part(m, 'solution') ?? '', /README/, readme);
    }
  });

  it('reads a release under bold "**Working Backwards**" / "**CHANGELOG**" / "**README**" lines as under those headings', () => {
    const pitch = 'Bakers lose whole batches when an oven runs hot and nobody notices for an hour.';
    const read = (wrapper: string, log: string, readme: string, sub: string) => {
      const m = byContent(
        '# RFC 7: Oven timers', '', pitch, '', wrapper, '', log, '', '`feat(ovens): add timer constructs`', '', readme, '',
        'This library holds constructs for bakery oven timers.', '', sub, '', 'A timer reads one oven sensor and raises an alert when it runs hot.', '',
        '## FAQ', '', '### What are we launching today?', '', 'A timer construct for bakery ovens.',
      );
      const ctx = (t: string) => m.prose.find((s) => s.text.startsWith(t))!.context;
      return {
        documentation: releaseIsDocumentation(m),
        pitch: ctx('Bakers lose').readme ?? false,
        readme: ctx('A timer reads').readme ?? false,
        solution: part(m, 'solution'),
      };
    };
    const headings = read('## Working Backwards', '### CHANGELOG', '### README', '#### Timers');
    const bold = read('**Working Backwards**', '**CHANGELOG**', '**README**', '**Timers**');
    assert.deepEqual(headings, { documentation: true, pitch: false, readme: true, solution: headings.solution });
    assert.deepEqual(bold, { ...headings, solution: bold.solution }, 'the pitch above the wrapper is the proposal\'s own; what the README says is documentation');
    assert.doesNotMatch(bold.solution ?? '', /^\*\*/, 'a bold line standing alone is no paragraph of the solution');
  });

  it('reads headings with an emoji before the word', () => {
    const m = byContent('# 🚲 Spoke', '', '## 📰 Press Release', '', `### ${HEADLINE}`, '', SUB, '', LAUNCH, '', '### 😩 The problem', '', PAIN, '',
      '## ❓ FAQ', '', '### 🙋 Customer FAQ', '', '**Can I book for a cargo bike?**', 'Yes.', '', '### 🏢 Internal FAQ', '', '**Why now?**', 'Diaries moved online.');
    assert.equal(m.kind, 'prfaq');
    assert.equal(part(m, 'headline'), `### ${HEADLINE}`);
    assert.match(part(m, 'problem')!, /^### 😩 The problem/);
    assert.deepEqual(qs(m), [['external-faq', 'Can I book for a cargo bike?'], ['internal-faq', 'Why now?']]);
    // The headline's prose, which the rules read, is its words too, mapped to where they stand.
    const h = byContent(`## 💡 ${HEADLINE}`, '', SUB, '', LAUNCH, '', ...FAQ);
    const headline = h.prose.find((s) => s.block === h.parts.headline!.blocks[0])!;
    assert.equal(headline.text, HEADLINE);
    assert.equal(h.text.slice(toDocOffset(headline, 0), toDocOffset(headline, 5)), 'Spoke');
    const joined = byContent('## 🧑‍💻 ⚙️ Usage', '', 'Book from the app.');
    assert.equal(joined.prose[0].text, 'Usage');
    assert.equal(byContent('## 🚲🚲', '', 'Bikes.').prose[0].text, '🚲🚲', 'a heading of emoji alone keeps them');
  });

  it('reads headings with an emoji of several characters before the word (a joined 🧑‍💻, a ⚙️ with its selector)', () => {
    const doc = lines(
      `# ${HEADLINE}`, '', SUB, '', LAUNCH, '', '## ⚙️ How it works', '', HOW, '',
      '## 🧑‍💻 FAQ', '', '### ⚙️ Can I book for a cargo bike?', '', 'Yes, at two workshops.', '',
      '## 🧑‍💻 Open questions', '', '- Should Bradford come before Sheffield?', '',
      '## 👩🏽‍🔧 Appendix', '', 'Bookings per workshop, by week.',
    );
    const m = buildModel(doc, { path: 'docs/plan.md' });
    assert.equal(m.kind, 'prfaq');
    assert.deepEqual(m.questions.map((q) => [q.text, q.answered]), [['Can I book for a cargo bike?', true], ['Should Bradford come before Sheffield?', false]], 'no emoji in the question; "How it works" stays a title');
    assert.equal(m.appendixStart, doc.indexOf('## 👩🏽‍🔧 Appendix'));
    assert.deepEqual(m.sections.map((s) => s.title), ['Spoke Books Bike Repairs for Leeds Commuters in Two Taps', 'How it works', 'FAQ', 'Can I book for a cargo bike?', 'Open questions', 'Appendix']);
    // Only what stands before the words goes: a heading of emoji alone keeps them, and one after the words stays.
    const e = byContent('# 🚲🚲', '', '## FAQ 🙋', '', '### Can I book?', '', 'Yes.');
    assert.deepEqual(e.sections.map((s) => s.title), ['🚲🚲', 'FAQ 🙋', 'Can I book?']);
  });

  it('reads headings with HTML inside them', () => {
    const m = byContent('# <a name="top"></a>Spoke PRFAQ', '', `## <span class="headline">${HEADLINE}</span>`, '', SUB, '', LAUNCH, '', '## <span id="problem">The problem</span>', '', PAIN, '',
      '## <a id="faq"></a>FAQ', '', '### <b>Can I book for a cargo bike?</b>', '', 'Yes.');
    assert.equal(m.kind, 'prfaq');
    assert.match(part(m, 'headline')!, /^## <span class="headline">Spoke Books/);
    assert.equal(part(m, 'subheading'), SUB);
    assert.match(part(m, 'problem')!, /The problem<\/span>\n\nToday a rider/);
    assert.deepEqual(qs(m).map(([f, q]) => [f, q.replace(/<\/?b>/g, '')]), [['external-faq', 'Can I book for a cargo bike?']]);
  });

  it('reads headings with closing hashes', () => {
    const m = byContent(`# ${HEADLINE} #`, '', SUB, '', LAUNCH, '', '## The problem ##', '', PAIN, '', '## FAQ ##', '', '### Can I book for a cargo bike? ###', '', 'Yes.');
    assert.equal(m.kind, 'prfaq');
    assert.equal(part(m, 'headline'), `# ${HEADLINE} #`);
    assert.match(part(m, 'problem')!, /^## The problem ##/);
    assert.deepEqual(m.questions.map((q) => q.text), ['Can I book for a cargo bike?']);
  });
});

describe('forms: code in a press release', () => {
  it('reads a fenced shell block\'s "# comments" as code, not headings, and the parts after it', () => {
    const m = byContent(
      '# Shelfmark Lets Library Members Renew Loans from the Terminal', '', 'Members of the Harrow libraries renew every loan with one command.', '',
      'HARROW, UK — May 5, 2027 — Harrow Libraries today released shelfmark, a command-line tool that renews library loans.', '',
      'Today a member with six books due has to log in, find each loan and renew it by hand, and one in ten misses a due date.', '', 'shelfmark renews every loan that is due with one command, and tells the member which ones a waiting list holds back.', '',
      'Getting started takes one command:', '', '```sh', '# install the tool', 'npm install -g shelfmark', '# what do I have out?', 'shelfmark loans', '# renew everything due this week', 'shelfmark renew --due 7d', '```', '',
      '"I renew my loans while the kettle boils," said Lena Fox, a member in Pinner.', '',
      'Try it today at shelfmark.example.', '', '## FAQ', '', '### Does it work for e-books?', '', 'Not yet.',
    );
    assert.equal(m.kind, 'prfaq');
    assert.equal(m.blocks.filter((b) => b.type === 'heading').length, 3, 'only the real headings');
    assert.match(part(m, 'headline')!, /^# Shelfmark/);
    assert.match(part(m, 'getting-started')!, /^Getting started takes one command/);
    assert.match(part(m, 'customer-quote')!, /Lena Fox/);
    assert.match(part(m, 'call-to-action')!, /^Try it today/);
    assert.deepEqual(m.questions.map((q) => q.text), ['Does it work for e-books?'], 'no comment is a question');
  });
});

describe('forms: narratives', () => {
  it('reads a design doc\'s "Measures" and "How we will know it works" as goals, and "How we will build it" as no goals', () => {
    for (const title of ['Measures', 'How we will know it works', 'How will we know it worked?']) {
      const m = buildModel(lines('# Sunday opening at Harrow libraries', '', '## Tenets', '', 'Members come first.', '', `## ${title}`, '', 'Weekend loans rise by a fifth by March.'), { path: 'six-pager.md' });
      assert.equal(m.sections.find((x) => x.title === title)?.id, 'goals', title);
    }
    const m = buildModel(lines('# Sunday opening at Harrow libraries', '', '## Tenets', '', 'Members come first.', '', '## How we will build it', '', 'Two staff per branch.'), { path: 'six-pager.md' });
    assert.notEqual(m.sections.find((x) => x.title === 'How we will build it')?.id, 'goals');
  });

  it('reads a narrative\'s sections by their names, with an italic purpose line under the title', () => {
    const doc = lines(
      '# Opening the Harrow libraries on Sunday', '', '*This memo asks for approval to open three branches on Sunday afternoons from September.*', '',
      '## Introduction', '', 'Members ask for Sunday hours more than for anything else.', '',
      '## Tenets', '', 'Members come before opening costs. We open fewer branches well rather than many badly.', '',
      '## Goals', '', 'Raise weekend loans by a fifth by March.', '',
      '## Current state', '', 'All branches close on Sunday; Saturday queues run to forty minutes.', '',
      '## Lessons learned', '', 'A Sunday pilot in 2025 worked in Pinner and failed in Stanmore.', '',
      '## Strategic priorities', '', 'Staff rotas first, then heating costs.', '',
      '## Proposal', '', 'Open Pinner, Harrow and Wealdstone from one to five on Sundays.', '',
      '## FAQ', '', '### Will staff work every Sunday?', '', 'No, one in four.', '',
      '## Appendix', '', 'Loans per hour by branch.',
    );
    for (const path of ['docs/sunday-hours.md', 'six-pager.md']) {
      const m = buildModel(doc, { path });
      assert.equal(m.kind, 'narrative', path);
      assert.deepEqual(m.sections.filter((s) => s.depth <= 2).map((s) => s.id), [undefined, 'introduction', 'tenets', 'goals', 'current-state', 'lessons-learned', 'proposal', 'proposal', 'faq', 'appendix'], path);
      assert.equal(m.appendixStart, doc.indexOf('## Appendix'), path);
      assert.deepEqual(m.questions.map((q) => q.text), ['Will staff work every Sunday?'], path);
    }
  });
});

describe('forms: titles over headlines, notes and quote sections (ninth session)', () => {
  it('reads a name over a bold line that names it again as the title, and the bold line as the headline', () => {
    const m = byContent('# Spoke 1.0', '', `**Spoke 1.0: ${HEADLINE}**`, '', `### ${SUB}`, '', LAUNCH, '', PAIN, '', ...FAQ);
    assert.equal(part(m, 'headline'), `**Spoke 1.0: ${HEADLINE}**`);
    assert.equal(part(m, 'subheading'), `### ${SUB}`);
  });

  it('reads a title that names an event or team over a heading naming what the release launches as the title', () => {
    const m = byContent('# Leeds Hack Week 3 — Team Gears', '', '## Spoke books your bike repair before you reach the office', '', LAUNCH, '', PAIN, '', ...FAQ);
    assert.equal(part(m, 'headline'), '## Spoke books your bike repair before you reach the office');
    assert.equal(part(m, 'subheading'), null);
    // A title the opening names is the headline, and the heading under it its subheading.
    const named = byContent('# Spoke Repairs', '', '## Riders book a workshop slot from the bus and ride home that evening', '', LAUNCH, '', PAIN, '', ...FAQ);
    assert.equal(part(named, 'headline'), '# Spoke Repairs');
  });

  it('reads a sentence ending in a full stop under a name as its subheading, though it repeats a word of the name in lower case', () => {
    const sub = '### Commuters who book a repair see which workshop has their bike and when it is ready, without calling.';
    const m = byContent('# Leeds Repair Tracker', '', sub, '', LAUNCH, '', PAIN, '', ...FAQ);
    assert.equal(part(m, 'headline'), '# Leeds Repair Tracker');
    assert.equal(part(m, 'subheading'), sub);
  });

  it('does not take a note above the headline that mentions a release for the summary', () => {
    const note = '> Working draft for the 2.0 release; comments go in the pull request.';
    const m = byContent(note, '', `# ${HEADLINE}`, '', SUB, '', 'Today the Spoke team is releasing online booking for its three Leeds workshops.', '', PAIN, '', ...FAQ);
    assert.equal(part(m, 'summary'), 'Today the Spoke team is releasing online booking for its three Leeds workshops.');
    assert.equal(part(m, 'problem'), PAIN);
  });

  it('gives each quote in a "What people are saying" section after the FAQ to the part its speaker says, and asks nothing there', () => {
    for (const title of ['What people are saying', 'What people said', 'Quotes', 'In their own words']) {
      const m = byContent(
        `# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', HOW, '', ...FAQ, '', `## ${title}`, '',
        '"I booked a chain on the bus and rode home on it," said Aisha Khan, a commuter in Leeds.', '',
        '"We built Spoke because our phones never stopped ringing," said Tom Reed, founder of Spoke.',
      );
      assert.match(part(m, 'customer-quote') ?? '', /Aisha Khan/, title);
      assert.match(part(m, 'leader-quote') ?? '', /Tom Reed/, title);
      assert.deepEqual(m.questions.map((q) => q.text), ['How much does a booking cost?'], title);
    }
  });

  it('reads a customer story that ends in a penalty paid as the problem', () => {
    const story = 'Dana runs a bike courier round in Leeds. Every March she matches a year of receipts to her bank statement, and last year she paid a £100 penalty for filing late.';
    const m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', story, '', HOW, '', ...FAQ);
    assert.equal(part(m, 'problem'), story);
  });

  it('reads an invitation to a demo at the end of the release as its call to action', () => {
    const m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', HOW, '', 'To try it, open spoke.example and pick a workshop.', '', 'Come see the demo on Friday at 2pm in the main hall.', '', ...FAQ);
    assert.equal(part(m, 'call-to-action'), 'Come see the demo on Friday at 2pm in the main hall.');
  });
});

describe('forms: FAQ groups named for whom they are (ninth session)', () => {
  it('reads "### For students" and "### For Student Government and our advisor" under "## FAQ" as the external and internal FAQs', () => {
    const m = byContent(
      `# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', '## FAQ', '', '### For students', '', '**Q: Can I book for a friend?**', 'A: Yes, with their name.', '',
      '### For Student Government and our advisor', '', '**Q: What does it cost the union?**', 'A: £300 a term for hosting.',
    );
    assert.deepEqual(qs(m), [['external-faq', 'Can I book for a friend?'], ['internal-faq', 'What does it cost the union?']]);
    // Alone, a "For developers" heading opens no FAQ.
    const alone = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', '## For developers', '', 'The booking API takes a workshop id and a slot.', '', ...FAQ);
    assert.equal(faqTitle(alone, 'external-faq'), 'FAQ');
  });
});

describe('forms: FAQs whose questions and answers use other heading habits (thirteenth session)', () => {
  it('keeps a bold-line FAQ going past the sub-headings of a long answer, to the question headings after it', () => {
    const m = byContent(
      `# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', '**Public FAQ**', '', '### How much does a booking cost?', '', 'Nothing.', '',
      '**Internal FAQ**', '', '### How does booking work?', '', 'In three steps.', '', '#### Slots', '', 'Each workshop publishes its slots.', '', '#### Reminders', '', 'A text goes out the night before.', '',
      '### Is this a breaking change?', '', 'No.',
    );
    assert.deepEqual(qs(m), [['external-faq', 'How much does a booking cost?'], ['internal-faq', 'How does booking work?'], ['internal-faq', 'Is this a breaking change?']]);
  });

  it('reads a long sub-heading with an audience word in an answer ("#### 4. Improve the user experience of booking slots") as the answer\'s, not as a group of the other FAQ', () => {
    const m = byContent(
      `# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', '## Public FAQ', '', '### How much does a booking cost?', '', 'Nothing.', '',
      '## Internal FAQ', '', '**What is the plan?**', '', 'Four stages.', '', '#### 1. Publish the slots of every workshop', '', 'Text.', '', '#### 4. Improve the user experience of booking slots', '', 'Text.', '',
      '**Is this a breaking change?**', '', 'No.',
    );
    assert.deepEqual(qs(m), [['external-faq', 'How much does a booking cost?'], ['internal-faq', 'What is the plan?'], ['internal-faq', 'Is this a breaking change?']]);
  });
});

describe('forms: parts worded by other writers (thirteenth session)', () => {
  it('reads "Today, only …" at an RFC\'s top as the pain\'s time, not a launch, and "Here is how you …:" over code as getting started', () => {
    const m = byContent(
      '# Polyglot timers', '', 'Today, only JavaScript developers can use the `timers` module.', '', 'The new `timers-all` module gives every supported language the same checks.', '',
      '## Working Backwards', '', '### README', '', 'Here is how you add a timer to an oven:', '', '```ts', 'new Timer(oven);', '```', '',
      '## FAQ', '', '### What are we launching today?', '', 'Timers for every language.',
    );
    assert.equal(part(m, 'problem'), 'Today, only JavaScript developers can use the `timers` module.');
    assert.notEqual(part(m, 'summary'), 'Today, only JavaScript developers can use the `timers` module.');
    assert.match(part(m, 'getting-started') ?? '', /^Here is how you add a timer/);
  });

  it('reads a restriction in other words ("central IT forbids staff from…") as the problem', () => {
    for (const pain of ['Spoke creates a workshop account for each rider, but at some firms central IT forbids staff from creating accounts.']) {
      const m = byContent('# Polyglot timers', '', pain, '', 'The new `prebuilt` option lets those firms hand Spoke the accounts they made.', '', '## Working Backwards', '', '### README', '', 'Here is how you add a timer to an oven:', '', '```ts', 'new Timer(oven);', '```', '', '## FAQ', '', '### What are we launching today?', '', 'Timers for every language.');
      assert.equal(part(m, 'problem'), pain);
    }
  });
});

describe('forms: engineering documents with a press release inside (ninth session)', () => {
  const DATED = 'LEEDS, UK — April 2, 2027 — The platform team today opened Spoke booking to the 212 engineers who ship the storefront.';
  it('reads a headline right under "## Working Backwards" with its dateline below it as the release\'s, not the RFC title above', () => {
    const m = byContent('# RFC-0051: Spoke, a booking service', '', 'Status: accepted · Authors: Dana Reed', '', '## Working backwards', '', `### ${HEADLINE}`, '', DATED, '', PAIN, '', ...FAQ);
    assert.equal(part(m, 'headline'), `### ${HEADLINE}`);
    assert.equal(part(m, 'summary'), DATED);
  });

  it('reads a bold line over a "Subheading:" label as the headline, below an RFC title and its metadata', () => {
    const m = byContent('# RFC 131 — `Spoke`', '', '- Start date: 2027-02-10', '- Author: @dana', '', `**Introducing Spoke: ${HEADLINE}**`, '', `Subheading: ${SUB}`, '', LAUNCH, '', PAIN, '', ...FAQ);
    assert.equal(part(m, 'headline'), `**Introducing Spoke: ${HEADLINE}**`);
    assert.equal(part(m, 'subheading'), `Subheading: ${SUB}`);
  });

  it('reads "**Name: words**" over a heading as the headline, a name not a note\'s label', () => {
    const m = byContent('# RFC: Spoke', '', '## 1. The README', '', 'The booking package takes a workshop and a slot.', '', '## 2. Press release', '', `**Spoke Booking: ${HEADLINE}**`, '', `### ${SUB}`, '', LAUNCH, '', ...FAQ);
    assert.equal(part(m, 'headline'), `**Spoke Booking: ${HEADLINE}**`);
    assert.equal(part(m, 'subheading'), `### ${SUB}`);
    assert.equal(part(m, 'problem'), null);
  });

  it('reads a long bold headline and a dateline alone on its line over the summary', () => {
    const long = '**Leeds commuters can now book a bike repair from the bus, collect it the same evening, and never phone a workshop again**';
    const m = byContent('# Spoke', '', '## Press Release', '', long, '', `Subheading: ${SUB}`, '', '*Leeds, UK — Q2 2027*', '', 'Today Spoke opened online booking for its three repair workshops.', '', PAIN, '', ...FAQ);
    assert.equal(part(m, 'headline'), long);
    assert.equal(part(m, 'summary'), '*Leeds, UK — Q2 2027*\n\nToday Spoke opened online booking for its three repair workshops.');
    assert.equal(part(m, 'problem'), PAIN);
  });

  it('does not read "For riders, Spoke means…" as the problem, and ends a list FAQ at a section heading that asks nothing', () => {
    const means = 'For riders, Spoke means no more phoning around: instead of waiting on hold and guessing which shop is free, a rider picks a slot.';
    const m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', means, '', PAIN, '', '## FAQ', '', '1. **Is it free?** Yes.', '2. **Which workshops?** All three.', '', '## Why Postgres', '', 'We chose Postgres for its row locks.');
    assert.equal(part(m, 'problem'), PAIN);
    assert.deepEqual(m.questions.map((q) => q.text), ['Is it free?', 'Which workshops?']);
  });
});

describe('forms: a short dateline sentence (ninth session)', () => {
  it('keeps a short dateline that ends its sentence as the whole summary, the paragraph under it the problem', () => {
    const m = buildModel(lines(`# ${HEADLINE}`, '', SUB, '', 'LEEDS, UK — Spoke opened online booking.', '', PAIN, '', ...FAQ), { path: 'prfaq.md' });
    assert.equal(part(m, 'summary'), 'LEEDS, UK — Spoke opened online booking.');
    assert.equal(part(m, 'problem'), PAIN);
  });
});

describe('forms: engineering drafts and folded problems (tenth session)', () => {
  it('reads "RFC-0456 — Title" as a document title, not a dateline, and the bold line under "## Press release" as the headline', () => {
    const m = byContent('RFC-0456 — Repair booking for Spoke', 'Author: Dana Reyes · Status: Draft', '', '## Press release', '', `**${HEADLINE}**`, '', LAUNCH, '', PAIN, '', ...FAQ);
    assert.equal(part(m, 'headline'), `**${HEADLINE}**`);
    assert.equal(part(m, 'summary'), LAUNCH);
  });

  it('reads "# Working Backwards: <news>" as the headline, but "# Working Backwards: The Spoke Experience" as a title', () => {
    const news = `# Working Backwards: ${HEADLINE}`;
    const m = byContent(news, '', `> ${SUB}`, '', LAUNCH, '', PAIN, '', ...FAQ);
    assert.equal(part(m, 'headline'), news);
    assert.equal(part(m, 'subheading'), `> ${SUB}`);
    const titled = byContent('# Working Backwards: The Spoke Experience', '', 'This document describes the booking flow we want before it exists.', '', ...FAQ);
    assert.equal(part(titled, 'headline'), null);
  });

  it('skips a line of facts about the document ("Spoke RFC 12 · owner @dana · status: in review") when it looks for the headline', () => {
    const m = byContent('Spoke RFC 12 · repair booking · owner @dana · status: in review', '', HEADLINE, '', `**${SUB}**`, '', LAUNCH, '', PAIN, '', ...FAQ);
    assert.equal(part(m, 'headline'), HEADLINE);
    assert.equal(part(m, 'subheading'), `**${SUB}**`);
    // One field a line, under the title: facts about the document, not its subheading.
    const fields = byContent(`# ${HEADLINE}`, '', 'Status: Proposed', 'Author: Dana Ruiz (@dana)', 'Issue: #1420', '', LAUNCH, '', PAIN, '', ...FAQ);
    assert.equal(part(fields, 'subheading'), null);
    assert.equal(part(fields, 'summary'), LAUNCH);
  });

  it('reads "### The pain today" as the problem\'s heading', () => {
    const m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', '### The pain today', '', 'A rider with a broken chain rings round three shops before work.', '', '### How it works', '', HOW, '', ...FAQ);
    assert.equal(part(m, 'problem'), '### The pain today\n\nA rider with a broken chain rings round three shops before work.');
  });

  it('finds the problem folded into the summary: a pain sentence before the launch, one that names the problem, two that each tell some pain, a reason clause in the launch sentence, or pain after the launch beside a launch word', () => {
    const before = 'LEEDS, UK — April 2, 2027 — Commuters in Leeds lose two days of cycling when a chain breaks, because they cannot find a free workshop. Starting today, Spoke books the repair for them.';
    const named = 'LEEDS, UK — April 2, 2027 — Spoke today opened online booking for its three workshops. Finding a free repair slot is a real problem for commuters.';
    const two = 'LEEDS, UK — April 2, 2027 — Starting June 1, riders can book a repair at spoke.example. Today, a repair takes an average of 11 days from the first call. Riders phone during opening hours and wait for a callback.';
    const reason = 'LEEDS, UK — April 2, 2027 — Spoke today opened online booking for its three workshops, which matters because commuters waste mornings phoning shops by hand and still wait days.';
    // "…and announce changes in a group chat": the launch is told once; a later launch word tells something else.
    const announce = 'LEEDS, UK — April 2, 2027 — Spoke today launched repair booking for its three workshops. Today most riders phone three shops and announce changes in a group chat, so a rider who misses one message loses a day.';
    for (const summary of [before, named, two, reason, announce]) {
      const m = byContent(`# ${HEADLINE}`, '', SUB, '', summary, '', HOW, '', ...FAQ);
      assert.equal(part(m, 'problem'), summary, summary);
    }
    // A launch sentence with no reason clause tells no problem, whatever its "today".
    const plain = byContent(`# ${HEADLINE}`, '', SUB, '', 'LEEDS, UK — April 2, 2027 — Spoke today opened online booking for its three workshops in the city centre.', '', HOW, '', ...FAQ);
    assert.equal(part(plain, 'problem'), null);
  });

  it('reads "**Q11. Open concerns from the review**" over its answer as a question without "?", answered by the line under it', () => {
    const m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', '## FAQ', '', '**Q10. Is it free?**', 'Yes, riders pay for the repair only.', '', '**Q11. Open concerns from the review**', 'Dana raised that big shops may flood the queue. We cap each shop at ten slots.');
    assert.deepEqual(m.questions.map((q) => q.text), ['Is it free?', 'Open concerns from the review']);
    const q = m.questions[1];
    assert.equal(m.text.slice(q.answer!.start, q.answer!.end).trim(), 'Dana raised that big shops may flood the queue. We cap each shop at ten slots.');
  });

  it('reads the questions under "## Appendix: questions we expect" at a narrative\'s end', () => {
    const m = buildModel(lines('# Route planning for Ploughline', '', '## Introduction', '', 'Crews lose an hour a day to routes drawn by hand.', '', '## Appendix: questions we expect', '', 'Q1. Why not buy a routing product?', 'A: We would still build the crew-day part ourselves.', '', 'Q2. What does it cost to run?', 'A: About $40 a month.'), { path: 'six-pager.md' });
    assert.deepEqual(m.questions.map((q) => q.text), ['Why not buy a routing product?', 'What does it cost to run?']);
  });

  it('keeps "a 9 a.m. cancellation" one sentence, so a blockquote under a plain headline is still the subheading', () => {
    const sub = '> Spoke texts the next rider in line when a slot opens, so a 9 a.m. cancellation becomes a 9:40 a.m. repair instead of an empty bench';
    const m = byContent(HEADLINE, '', sub, '', LAUNCH, '', PAIN, '', ...FAQ);
    assert.equal(part(m, 'subheading'), sub);
  });

  it('reads the product launched as "the public beta of Spoke", so "Spoke works in three steps" describes the product, not the problem', () => {
    const launch = 'Today, team Spoke (Best Civic Hack, LeedsHack 2027) announced the public beta of Spoke, a booking service for the three repair workshops in Leeds.';
    const how = 'Spoke works in three steps. A rider picks a slot, a routing problem solver finds the nearest free bench, and nobody has to phone a shop.';
    const m = buildModel(lines(`**${HEADLINE}**`, '', launch, '', how, '', ...FAQ), { path: 'prfaq.md' });
    assert.equal(part(m, 'summary'), launch);
    assert.equal(part(m, 'problem'), null);
    assert.equal(part(m, 'solution'), how);
  });

  it('does not take the paragraph right after the summary for getting started when it tells the pain and only says "simply"', () => {
    const pain = 'For a small workshop, repairs are the best money of the week and the worst admin: riders phone three times, wait on hold, and many simply give up.';
    const m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', pain, '', HOW, '', ...FAQ);
    assert.equal(part(m, 'problem'), pain);
    assert.equal(part(m, 'getting-started'), null);
  });

  it('reads "To book a repair:" over the list of steps as getting started', () => {
    const m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', HOW, '', 'To book a repair:', '', '- Open spoke.example and pick a workshop.', '- Choose a slot before 9 a.m.', '', ...FAQ);
    assert.equal(part(m, 'getting-started'), 'To book a repair:\n\n- Open spoke.example and pick a workshop.\n- Choose a slot before 9 a.m.');
  });

  it('reads a headline set in capitals, even one over 20 words, as the headline and not the summary', () => {
    const caps = 'RIDERS IN LEEDS, BRADFORD AND YORK CAN NOW BOOK A BIKE REPAIR FROM THE BUS AND COLLECT THE BIKE ON THE WAY HOME INSTEAD OF PHONING ROUND';
    const m = buildModel(lines(caps, '', `> ${SUB}`, '', LAUNCH, '', PAIN, '', ...FAQ), { path: 'prfaq.md' });
    assert.equal(part(m, 'headline'), caps);
    assert.equal(part(m, 'summary'), LAUNCH);
  });

  it('gives the quotes under "## What riders and mechanics say" after the FAQ to the company and the customer', () => {
    const m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', '## FAQ', '', '1. **Is it free?** Yes.', '', '## What riders and mechanics say', '', '"We built this so nobody waits," said Dana Reyes, founder of Spoke. "It works."', '', '"I booked at 7 and rode home at 6," said Ana Ruiz, a commuter in Leeds who tested it.');
    assert.match(part(m, 'leader-quote') ?? '', /Dana Reyes/);
    assert.match(part(m, 'customer-quote') ?? '', /Ana Ruiz/);
  });

  it('reads a quote introduced by a sentence about its speaker, and "a Spoke maintainer" as the company speaking', () => {
    const story = 'Ana Ruiz rides to the hospital every day and was one of 300 riders in the pilot. "I used to lose two days to a broken chain. Now I book at 7 and ride home at 6."';
    const maintainer = '"We wrote Spoke because every one of us had waited on hold," said Dana Reyes, a Spoke maintainer who runs the Leeds workshop.';
    const m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', HOW, '', maintainer, '', story, '', ...FAQ);
    assert.equal(part(m, 'leader-quote'), maintainer);
    assert.equal(part(m, 'customer-quote'), story);
  });

  it('splits "### Stakeholder questions" into the external FAQ under "#### For riders" and the internal one under "#### For Spoke"', () => {
    const m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', '### Stakeholder questions', '', '#### For riders', '', '**Q1. Is it free?**', 'Yes.', '', '#### For Spoke', '', '**Q2. Why now?**', 'Workshops asked for it in May.');
    assert.deepEqual(m.questions.map((q) => [q.text, q.faq]), [['Is it free?', 'external-faq'], ['Why now?', 'internal-faq']]);
  });

  it('reads "Q3, pending sign-off." under a bold question as its answer, a quarter and not a question marker', () => {
    const m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', '## FAQ', '', '**When will it launch?**', '', 'Q3, pending the workshop contracts.', '', '**Q4: Is it free?**', '', 'Yes.');
    assert.deepEqual(m.questions.map((q) => q.text), ['When will it launch?', 'Is it free?']);
  });

  it('skips a table of contents of links to headings ("[2. External FAQ](#heading=…)") and reads the release under it', () => {
    const m = buildModel(lines('**Spoke: Working Backwards document**', '', '**Table of contents**', '', '[1\\. Press Release](#heading=h.a1)', '', '[2\\. External FAQ](#heading=h.b2)', '', '**1\\. Press Release**', '', `**${HEADLINE}**`, '', `> ${SUB}`, '', LAUNCH, '', PAIN, '', '**2\\. External FAQ**', '', '**Is it free?**', '', 'Yes.'), { path: 'prfaq.md' });
    assert.equal(part(m, 'headline'), `**${HEADLINE}**`);
    assert.equal(part(m, 'summary'), LAUNCH);
    assert.deepEqual(m.questions.map((q) => q.text), ['Is it free?']);
  });

  it('gives the quote under "## 4. Quotes for the launch" after the FAQ to the customer', () => {
    const m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', '"We built this so nobody waits," said Dana Reyes, founder of Spoke.', '', '## 3. FAQ', '', '### Is it free?', '', 'Yes.', '', '## 4. Quotes for the launch', '', '"I booked at 7 and rode home at 6," said Ana Ruiz, a commuter in Leeds who tested it.');
    assert.match(part(m, 'customer-quote') ?? '', /Ana Ruiz/);
  });

  it('does not read "With Spoke, … riders never have to phone a shop" as the problem', () => {
    const how = 'With Spoke, a rider picks a workshop and a slot, and gets a confirmation by text, so riders never have to phone a shop.';
    const m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', how, '', ...FAQ);
    assert.equal(part(m, 'problem'), null);
    assert.equal(part(m, 'solution'), how);
  });

  it('reads "Spoke – press release & FAQ (draft v2)" as the document\'s title, the bold line under it as the headline', () => {
    const m = buildModel(lines('Spoke – press release & FAQ (draft v2, Dana)', '', `**${HEADLINE}**`, '', SUB, '', LAUNCH, '', PAIN, '', ...FAQ), { path: 'prfaq.md' });
    assert.equal(part(m, 'headline'), `**${HEADLINE}**`);
    assert.equal(part(m, 'subheading'), SUB);
  });

  it('recognises a six-pager by bold labels over its text ("**Purpose:**", "**Tenets:**", "**Proposal:**") and reads its closing questions', () => {
    const m = buildModel(lines('Title: Suggested orders for produce managers', '', '**Purpose:**', 'This document asks for approval to roll out suggested ordering to all 38 stores.', '', '**Tenets:**', 'We keep the manager in charge of every order, and we show the reason behind each number.', '', '**What we learned in the pilot:**', 'Spoilage fell from 9% to 6% in the six pilot stores over twelve weeks.', '', '**Proposal:**', 'We propose to roll out to all stores by May, two regions at a time.', '', '**Questions we expect**', '', '**Will this reduce headcount?**', 'No. Managers spend the time saved on the floor.'), { path: 'docs/memo.md' });
    assert.equal(m.kind, 'narrative');
    assert.deepEqual(m.questions.map((q) => q.text), ['Will this reduce headcount?']);
  });

  it('recognises a memo whose sections say "What we believe", "How it works today" and "Our recommendation"', () => {
    const m = buildModel(lines('# Fridge alerts for independent pharmacies', '', '### Why we are writing', '', 'We ask to fund overnight fridge alerts for 40 pharmacies.', '', '### What we believe', '', 'A pharmacist should hear about a warm fridge before the stock is lost.', '', '### How it works today', '', 'Staff read a paper log each morning; a fault at night costs £1,900 of stock on average.', '', '### Our recommendation', '', 'We recommend sensors in every fridge, with a text to the owner after 20 minutes out of range.'), { path: 'docs/fridge.md' });
    assert.equal(m.kind, 'narrative');
  });

  it('reads a design document with a "Customer FAQ" and an "Internal FAQ" as a PR/FAQ, whatever its other sections', () => {
    const m = buildModel(lines('# KEP-4211: Maintenance windows', '', '## Summary', '', 'Platform teams set a window for node maintenance.', '', '## Motivation', '', 'Teams lose sleep to drains at 2 a.m.', '', '## Proposal', '', 'We propose a MaintenanceWindow resource.', '', '## Risks', '', 'A window that never opens blocks upgrades.', '', '## Customer FAQ', '', '**Can I set two windows?**', '', 'Yes.', '', '## Internal FAQ', '', '**Why now?**', '', 'Upgrades moved to monthly.'), { path: 'keps/4211.md' });
    assert.equal(m.kind, 'prfaq');
  });

  it('reads a template\'s labelled slots: "Subheading:" left empty and "Quote from leader: TBD — ask Priya" hold no part', () => {
    const m = buildModel(lines('Headline:', HEADLINE, '', 'Subheading:', '', 'Summary paragraph:', LAUNCH, '', 'Problem:', PAIN, '', 'Quote from leader:', 'TBD — ask Priya for a quote', '', 'Customer quote:', '[Customer quote — need someone from the Leeds pilot, Dev has contacts]', '', ...FAQ), { path: 'prfaq.md' });
    assert.equal(part(m, 'headline'), `Headline:\n${HEADLINE}`);
    assert.equal(part(m, 'subheading'), null);
    assert.equal(part(m, 'leader-quote'), null);
    assert.equal(part(m, 'customer-quote'), null);
    assert.equal(part(m, 'problem'), `Problem:\n${PAIN}`);
  });
});

describe('forms: RFCs in the Working Backwards template and side projects (eleventh session)', () => {
  const FACTS = ['* **Original Author(s):**: @dana', '* **Tracking Issue**: #41', '* **API Bar Raiser**: @lee'];
  const PLAIN_FACTS = ['* Original Author(s): @dana', '* Tracking Issue: #41', '* API Bar Raiser: TBD'];
  const SUMMING_UP = 'Riders who book repairs at Spoke workshops should see a free slot within seconds, not after a phone call. This RFC adds a booking command to the Spoke CLI for that loop. It is for the three Leeds workshops first.';
  const RELEASE = ['## Working Backwards', '', '### Press release', '', LAUNCH, '', PAIN, '', HOW, ''];

  it('opens a release with "Today, Spoke Inc. announced…": the abbreviation ends no sentence', () => {
    const m = byContent(`**${HEADLINE}**`, '', 'Today, Spoke Inc. announced the launch of Spoke Booking, a way for commuters to book a bike repair from their phone.', '', PAIN, '', ...FAQ.map((l) => l.replace('## FAQ', '## Questions'))
    );
    assert.equal(m.kind, 'prfaq');
  });

  it('reads the paragraph that sums up an RFC under its facts as the subheading, in up to three sentences, bold or plain facts alike', () => {
    for (const facts of [FACTS, PLAIN_FACTS]) {
      const m = byContent('# Repair booking in the Spoke CLI', '', ...facts, '', SUMMING_UP, '', ...RELEASE, ...FAQ);
      assert.equal(part(m, 'subheading'), SUMMING_UP, facts[0]);
      assert.equal(part(m, 'summary'), LAUNCH);
    }
    // A longer one that tells only the pain is the problem, not the subheading.
    const pain = 'Riders lose two days of cycling to every broken chain. Most of that time is spent waiting on hold to book. Some give up and leave the bike broken for weeks.';
    const m = byContent('# Repair booking in the Spoke CLI', '', ...FACTS, '', pain, '', '## Working Backwards', '', '### Press release', '', LAUNCH, '', HOW, '', ...FAQ);
    assert.equal(part(m, 'subheading'), null);
    // A summing-up that tells the pain and then what the RFC proposes is both.
    const both = 'Riders lose two days of cycling to every broken chain while they wait on hold. This RFC proposes online booking for the Spoke workshops.';
    const m2 = byContent('# Repair booking in the Spoke CLI', '', ...FACTS, '', both, '', '## Working Backwards', '', '### Press release', '', LAUNCH, '', HOW, '', ...FAQ);
    assert.equal(part(m2, 'subheading'), both);
    assert.equal(part(m2, 'problem'), both);
  });

  it('reads the problem from the answer to "Why should I use this feature?" when the release tells none', () => {
    const answer = 'Today a rider phones three shops, waits on hold, and often loses two days of cycling while the bike sits broken.';
    const faq = ['## Public FAQ', '', '### What are we launching today?', '', 'Online booking for the three Spoke workshops.', '', '### Why should I use this feature?', '', answer, ''];
    const m = byContent('# Repair booking in the Spoke CLI', '', '## Working Backwards', '', '### README', '', HOW, '', ...faq);
    assert.equal(part(m, 'problem'), answer);
    // An engineer's pain in an engineer's words.
    const ops = 'The booking log grows without bound, and last winter a hand-written cleanup turned a bad deploy into an outage.';
    assert.equal(part(byContent('# Repair booking in the Spoke CLI', '', '## Working Backwards', '', '### README', '', HOW, '', ...faq.map((l) => (l === answer ? ops : l))), 'problem'), ops);
    // An answer that only praises what is built tells no problem.
    const praise = faq.map((l) => (l === answer ? 'It gives every rider a booking link and a reminder the evening before.' : l));
    assert.equal(part(byContent('# Repair booking in the Spoke CLI', '', '## Working Backwards', '', '### README', '', HOW, '', ...praise), 'problem'), null);
  });

  it('skips a line of facts set off as a block quote ("> **Author:** @dana · **Status:** Draft") on the way to the subheading', () => {
    const m = byContent('# RFC 41: Repair booking', '', '> **Author:** @dana · **Tracking issue:** #41 · **Status:** Draft', '', SUB, '', ...RELEASE, ...FAQ);
    assert.equal(part(m, 'subheading'), SUB);
  });

  it('reads a maker\'s "Questions people will probably ask" and "Questions I ask myself" as the two FAQs of a release', () => {
    const m = byContent(
      '# spoke 1.0: book a bike repair from your terminal', '', 'Today I\'m releasing spoke 1.0, a small CLI that books a repair slot at Leeds workshops.', '', PAIN, '',
      '## Questions people will probably ask', '', '### Does it work outside Leeds?', '', 'Not yet: three Leeds workshops take bookings.', '',
      '## Questions I ask myself', '', '### Will I charge for this?', '', 'No; the workshops pay nothing either.',
    );
    assert.equal(m.kind, 'prfaq');
    assert.deepEqual(qs(m), [['external-faq', 'Does it work outside Leeds?'], ['internal-faq', 'Will I charge for this?']]);
  });

  it('ends the release under "## Working Backwards" where the RFC\'s own "## Detailed Design" or "## Drawbacks" starts', () => {
    const text = lines('# Repair booking in the Spoke CLI', '', ...FACTS, '', SUMMING_UP, '', ...RELEASE, '## Detailed Design', '', 'The CLI calls the workshop diary over HTTPS.', '', '## Drawbacks', '', 'Workshops must keep their diaries current.', '', ...FAQ);
    const m = byContent(...text.split('\n'));
    assert.ok(m.pressRelease && m.pressRelease.end < text.indexOf('## Detailed Design'), 'the release stops before the design');
    // So do a design doc's "## Tenets" and "## Goals and measures" after its announcement.
    for (const title of ['## Tenets', '## Goals and measures']) {
      const framed = lines('# Repair booking in the Spoke CLI', '', ...FACTS, '', SUMMING_UP, '', ...RELEASE, title, '', 'Every booking is confirmed by the workshop itself.', '', ...FAQ);
      const f = byContent(...framed.split('\n'));
      assert.ok(f.pressRelease && f.pressRelease.end < framed.indexOf(title), title);
    }
    // "## Motivation" may title a release's problem: it ends nothing.
    const motivated = byContent('# Repair booking in the Spoke CLI', '', '## Working Backwards', '', `### ${HEADLINE}`, '', LAUNCH, '', '## Motivation', '', PAIN, '', ...FAQ);
    assert.equal(part(motivated, 'problem'), `## Motivation\n\n${PAIN}`);
  });

  it('takes no paragraph that has the lower-case product as its subject ("spoke is for…") for the problem by its place', () => {
    const m = byContent('# spoke 1.0 — book a bike repair from your terminal, written in Rust', '', 'Today I\'m releasing spoke 1.0, a Rust CLI that replaces your phone calls to the workshop with a booking from the terminal, syncs it to any calendar (CalDAV, a Google calendar, a local file), and reminds you the evening before. It is a single static binary.', '', 'spoke is for anyone who rides to work.', '', '## What it does', '', '- Every open slot at the three Leeds workshops, with the mechanic\'s name.', '- `spoke book` opens a full-screen picker over all of them.', '', '## Install', '', '```sh', 'cargo install spoke', '```', '', 'To sync, point spoke at a calendar:', '', '```sh', 'spoke calendar add --url https://cal.example.net/me', '```', '', 'spoke keeps one file of your bookings. If you delete it, the history is lost.', '', '## How booking works (short version)', '', 'Each workshop publishes its diary as a calendar feed. spoke reads the feeds, shows the gaps, and books by sending the workshop a signed request that its diary accepts.', '', '## FAQ', '', '### How much does a booking cost?', '', 'Nothing.');
    assert.equal(part(m, 'problem'), null);
  });

  it('starts the release at a headline under "## Customer experience" or "# Guide-level explanation", past a line that introduces it', () => {
    for (const section of ['## Customer experience', '# Guide-level explanation']) {
      const m = byContent('# Design: repair booking for Spoke', '', '## Summary', '', 'Riders book a repair slot online.', '', section, '', 'We wrote this as the post for launch day.', '', '---', '', `**${HEADLINE}**`, '', `_${SUB}_`, '', LAUNCH, '', PAIN, '', ...FAQ);
      assert.equal(part(m, 'headline'), `**${HEADLINE}**`, section);
      assert.equal(part(m, 'subheading'), `_${SUB}_`, section);
      assert.equal(part(m, 'summary'), LAUNCH, section);
    }
  });

  it('reads a long bold headline (up to 30 words) right under "### Press release" as the release\'s, not the RFC title above', () => {
    const long = 'Riders in Leeds who wait two days for a repair can now book a slot at any of the three Spoke workshops from their phone, in under a minute';
    const m = byContent('# RFC 12: Repair booking', '', ...FACTS, '', '## Working Backwards', '', '### Press release', '', `**${long}**`, '', `*${SUB}*`, '', LAUNCH, '', PAIN, '', ...FAQ);
    assert.equal(part(m, 'headline'), `**${long}**`);
    assert.equal(part(m, 'subheading'), `*${SUB}*`);
  });

  it('reads the summing-up paragraph under an RFC\'s process facts ("Shepherd:", "Start date:") with a note to reviewers below it', () => {
    const facts = ['- Start date: 2027-01-20', '- Author: Dana Reed (@dana)', '- Shepherd: Lee Park (@lee)', '- Status: Draft', '- Related: RFC 9 (workshop diaries)'];
    const m = byContent('# RFC 12: Repair booking', '', ...facts, '', SUB, '', '> **Note to reviewers:** the TBD answers are the ones I want help with.', '', '## Summary', '', 'Riders book online.', '', '## Working Backwards', '', '### Press release', '', LAUNCH, '', PAIN, '', ...FAQ);
    assert.equal(part(m, 'subheading'), SUB);
  });

  it('gives the founder\'s quote in a "## What customers say" section to the company quote, and the rider\'s to the customer quote', () => {
    const rider = '"I booked a chain repair from the train and collected it that evening," said Lee Park, a commuter in Leeds.';
    const founder = '"Our riders told us the phone was the problem, so we took it out," said Dana Reed, founder and CEO of Spoke.';
    const m = byContent(`# ${HEADLINE}`, '', LAUNCH, '', '## The pain today', '', PAIN, '', '## What customers say', '', rider, '', founder, '', ...FAQ);
    assert.equal(part(m, 'leader-quote'), founder);
    assert.match(part(m, 'customer-quote') ?? '', /Lee Park/);
    assert.doesNotMatch(part(m, 'customer-quote') ?? '', /Dana Reed/);
  });

  it('reads "we" in the quote of a club\'s secretary as the club speaking: she is the customer, the founder who speaks after her is the company', () => {
    const secretary = '"We used to lose an evening a week to the booking sheet," said Moira Bell, secretary of Headingley Cycling Club.';
    const founder = '"We built Spoke for the people who keep bikes on the road," said Dana Reed, founder of Spoke.';
    for (const launch of [LAUNCH, 'LEEDS, UK — April 2, 2027 — Online booking from Spoke is live at its three repair workshops.']) {
      const m = byContent(`# ${HEADLINE}`, '', launch, '', PAIN, '', HOW, '', secretary, '', founder, '', ...FAQ);
      assert.equal(part(m, 'customer-quote'), secretary, launch);
      assert.equal(part(m, 'leader-quote'), founder, launch);
    }
  });

  it('leaves a second officer of the company ("added Sam Reyes, Chief Revenue Officer") out of the customer quote, and a draft note under the headline out of the subheading', () => {
    const ceo = '"Riders told us the phone was the problem, so we took it out," said Dana Reed, CEO and co-founder of Spoke.';
    const cro = '"Booking online lets each workshop take four more repairs a day," added Sam Reyes, Chief Revenue Officer.';
    const m = byContent(`**${HEADLINE}**`, '', '> DRAFT v0.3 — Jonas, please do not forward yet. Pricing is still open.', '', LAUNCH, '', PAIN, '', HOW, '', ceo, '', cro, '', ...FAQ);
    assert.equal(part(m, 'subheading'), null);
    assert.equal(part(m, 'leader-quote'), ceo);
    assert.equal(part(m, 'customer-quote'), null);
    // A titled speaker who says where they work is still read as the customer when no one else is.
    const customer = '"We deleted nine of our hand-written booking forms in a week," said Kwame Asante, who leads the service desk at Northwind Couriers.';
    const m2 = byContent(`**${HEADLINE}**`, '', LAUNCH, '', PAIN, '', HOW, '', ceo, '', customer, '', ...FAQ);
    assert.equal(part(m2, 'customer-quote'), customer);
  });

  it('reads a side project\'s "## Install" section as getting started, and its maker ("who wrote it and maintains it") as the company\'s voice', () => {
    const m = byContent(
      '# spoke 1.0: book a bike repair from your terminal', '', 'Today I\'m releasing spoke 1.0, a small CLI that books a repair slot at Leeds workshops.', '', PAIN, '',
      '## Install', '', '```sh', 'cargo install spoke', '```', '', 'spoke keeps your booking history in one file. If you delete it, the history is gone.', '',
      '"I wrote spoke after my third week without a bike," said Dana Reed, who wrote it and maintains it at weekends. "I want a booking to take one command."', '',
      '"I booked a chain repair from the train and collected it that evening," said Lee Park, a commuter in Leeds.', '', ...FAQ,
    );
    assert.match(part(m, 'getting-started') ?? '', /^## Install/);
    assert.equal(part(m, 'problem'), PAIN);
    assert.match(part(m, 'leader-quote') ?? '', /Dana Reed/);
    assert.match(part(m, 'customer-quote') ?? '', /Lee Park/);
  });
});

describe('forms: toolkit RFCs and makers\' PR/FAQs (twelfth session)', () => {
  const HOW = 'Riders pick a workshop, a slot and the repair, and get a text when the bike is ready.';
  const RELEASE_WB = ['## Working Backwards', '', '### Press release', '', LAUNCH, '', PAIN, '', HOW, ''];

  it('reads a maker\'s "Questions for myself" and "Hard questions" as the internal FAQ', () => {
    for (const title of ['Questions for myself', 'Hard questions']) {
      const m = byContent(`# ${HEADLINE}`, '', LAUNCH, '', PAIN, '', ...FAQ, '', `## ${title}`, '', '### Will I charge for this?', '', 'No; the workshops pay nothing either.');
      assert.deepEqual(qs(m), [['external-faq', 'How much does a booking cost?'], ['internal-faq', 'Will I charge for this?']], title);
    }
  });

  it('takes the maker who "wrote spoke" (the product named after the verb) for the company\'s voice, and a rider "who built her own spreadsheet" for the customer', () => {
    const maker = '"I build the thing I need and hope someone else needs it too," said Dana Reed, who wrote spoke over two winters.';
    const rider = '"I used to phone three shops before work," said Lee Park, who built her own spreadsheet of workshop hours.';
    const m = byContent('# spoke 1.0: book a bike repair from your terminal', '', 'Today I\'m releasing spoke 1.0, a small CLI that books a repair slot at Leeds workshops.', '', PAIN, '', HOW, '', maker, '', rider, '', ...FAQ);
    assert.equal(part(m, 'leader-quote'), maker);
    assert.equal(part(m, 'customer-quote'), rider);
    // "who leads a group of nine riders" leads something of her own: a customer; "who leads the Spoke project" speaks for it.
    const lead = '"We read the workshop diaries together now and nobody misses a slot," said Renee Hall, who leads a group of nine commuters in Leeds.';
    const founder = '"Riders told us the phone was the problem," said Dana Reed, who leads the Spoke project.';
    const m2 = byContent(`# ${HEADLINE}`, '', LAUNCH, '', PAIN, '', HOW, '', founder, '', lead, '', ...FAQ);
    assert.equal(part(m2, 'leader-quote'), founder);
    assert.equal(part(m2, 'customer-quote'), lead);
  });

  it('starts the release at a bold headline over its dateline when a note about the draft stands between it and the document\'s title', () => {
    const note = 'Working backwards doc, draft 2, for the 1.0 release. Comments welcome in the project chat, or edit the pad directly.';
    const m = byContent('# spoke', '', note, '', `**${HEADLINE}**`, '', `> ${SUB}`, '', LAUNCH, '', PAIN, '', ...FAQ);
    assert.equal(part(m, 'headline'), `**${HEADLINE}**`);
    assert.equal(part(m, 'subheading'), `> ${SUB}`);
    // With no note between them, the title stays the headline and the bold line is its subheading.
    const plain = byContent(`# ${HEADLINE}`, '', `**${SUB}**`, '', LAUNCH, '', PAIN, '', ...FAQ);
    assert.equal(part(plain, 'headline'), `# ${HEADLINE}`);
    assert.equal(part(plain, 'subheading'), `**${SUB}**`);
  });

  it('takes a README\'s tagline under its own title for the subheading of an RFC that has no summing-up paragraph', () => {
    const tagline = '_Book a repair slot at a Leeds workshop from your terminal._';
    const m = byContent('# Repair booking in the CLI', '', '* **Original Author(s):**: @dana', '* **Tracking Issue**: #41', '', '## Working Backwards', '', '### README', '', '# spoke book', '', tagline, '', PAIN, '', HOW, '', ...FAQ);
    assert.equal(part(m, 'subheading'), tagline);
  });

  it('finds the problem in an answer that opens with "A:" under "**Q: Why should I use this feature?**", told as "Right now…" and "nobody sees…"', () => {
    const answer = 'A: Right now `spoke` shows the workshop diary only to the person who runs it. In shops that take bookings by phone, nobody sees the diary at all unless they walk to the desk.';
    const m = byContent(`**${HEADLINE}**`, '', LAUNCH, '', HOW, '', '## FAQ', '', '**Q: What are we launching today?**', '', 'A: A `book` command for the Spoke CLI.', '', '**Q: Why should I use this feature?**', '', answer);
    assert.equal(part(m, 'problem'), answer.slice('A: '.length));
  });

  it('reads a maker\'s doubts as the internal FAQ: "For me", "Things we\'re unsure about" (also as a group under one FAQ), and "Questions I expect" / "Questions we expect in the review"', () => {
    for (const title of ['For me', 'Things we\'re unsure about', 'Questions for us', 'Stuff I haven\'t figured out']) {
      const m = byContent(`# ${HEADLINE}`, '', LAUNCH, '', PAIN, '', ...FAQ, '', `## ${title}`, '', '### Will I charge for this?', '', 'No; the workshops pay nothing either.');
      assert.deepEqual(qs(m), [['external-faq', 'How much does a booking cost?'], ['internal-faq', 'Will I charge for this?']], title);
    }
    const grouped = byContent(`# ${HEADLINE}`, '', LAUNCH, '', PAIN, '', '# Frequently Asked Questions', '', '## Installing', '', '### Does it run on Windows?', '', 'Yes.', '', '## Things we\'re unsure about', '', '### Will the workshops keep their diaries current?', '', 'Two of three do today.');
    assert.deepEqual(qs(grouped).map(([f]) => f), ['external-faq', 'internal-faq']);
    for (const title of ['Questions I expect', 'Appendix C: Questions we expect in the review']) {
      const memo = buildModel(lines('# Repair booking', '', '## Where we are', '', 'Riders lose two days to a broken chain.', '', `## ${title}`, '', '**Why not phone the shops?**', 'Three shops do not answer before nine.'), { path: 'six-pager.md' });
      assert.deepEqual(qs(memo).map(([, q]) => q), ['Why not phone the shops?'], title);
    }
  });

  it('takes a summing-up paragraph of up to 75 words under an RFC\'s title and facts for the subheading', () => {
    const long = 'When a rider books a repair slot that the workshop has never confirmed, the booking should say so, not fail. This RFC adds a pending state to bookings in the Spoke diary and to `spoke book`, so that a brand-new slot from a workshop can only block a rider after the workshop has confirmed it once from its own desk in Leeds.';
    assert.ok(long.split(/\s+/).length > 60 && long.split(/\s+/).length <= 75);
    const m = byContent('# RFC 0123: Pending bookings', '', '- **Authors:** Dana Reed', '- **Status:** Draft', '', long, '', '## Background', '', 'The diary shows a grey badge.', '', ...RELEASE_WB, ...FAQ);
    assert.equal(part(m, 'subheading'), long);
  });

  it('reads no call to action into a README\'s instruction with a command ("To force a full check, run `spoke sync --all`.")', () => {
    const m = byContent('# Repair booking in the CLI', '', '* **Original Author(s):**: @dana', '', '## Working Backwards', '', '### README', '', '# spoke book', '', PAIN, '', HOW, '',
      '```sh', 'spoke book --workshop leeds-1', '```', '', 'To force a full check of every diary, run `spoke sync --all`.', '', ...FAQ);
    assert.equal(part(m, 'call-to-action'), null);
    // An invitation with somewhere to go is still one.
    const invited = byContent('# Repair booking in the CLI', '', '* **Original Author(s):**: @dana', '', '## Working Backwards', '', '### README', '', '# spoke book', '', PAIN, '', HOW, '', 'Try it today at [spoke.example](https://spoke.example) and tell us what you think.', '', ...FAQ);
    assert.match(part(invited, 'call-to-action') ?? '', /^Try it today/);
  });

  it('skips a plain list of short facts ("* Stage: API review", "* Tracking: #2362") on the way to the summing-up subheading', () => {
    const summing = 'Repair booking for the Spoke CLI, so that a rider can reserve a slot at a Leeds workshop without phoning. Mostly code below.';
    const m = byContent('# RFC 0847: Repair booking', '', '* Author: @dana', '* Tracking: #2362', '* Stage: API review', '', summing, '', ...RELEASE_WB, ...FAQ);
    assert.equal(part(m, 'subheading'), summing);
  });

  it('starts the release at its bold headline under "## Working Backwards" when a CHANGELOG line stands above it, and takes the line set off over the launch for the subheading', () => {
    const m = byContent('# Spoke `book` (RFC 0855)', '', '## Working Backwards', '', 'CHANGELOG: `feat(cli): book a repair slot from the terminal`', '', `**${HEADLINE}**`, '', `*${SUB}*`, '', LAUNCH, '', PAIN, '', ...FAQ);
    assert.equal(part(m, 'headline'), `**${HEADLINE}**`);
    assert.equal(part(m, 'subheading'), `*${SUB}*`);
    const table = ['| | |', '|---|---|', '| RFC | 0261 |', '| Authors | Dana Reed |'];
    const quoted = byContent('# Repair booking in the Spoke CLI', '', ...table, '', '## Working Backwards', '', `> ${SUB}`, '', 'Today, we are announcing `spoke book`, a new command in Spoke 3.6 for Leeds riders.', '', PAIN, '', ...FAQ);
    assert.equal(part(quoted, 'subheading'), `> ${SUB}`);
    // A heading there titles the section, and a note about the draft set off there is no subheading.
    const titled = byContent('# Repair booking in the Spoke CLI', '', ...table, '', '## Working Backwards', '', '### Spoke now books', '', 'Today, we are announcing `spoke book`, a new command in Spoke 3.6 for Leeds riders.', '', PAIN, '', ...FAQ);
    assert.equal(part(titled, 'subheading'), null);
    const note = byContent('# Repair booking in the Spoke CLI', '', ...table, '', '## Working Backwards', '', '_Draft blog post for the 3.6 release. Numbers are from the prototype._', '', LAUNCH, '', PAIN, '', ...FAQ);
    assert.equal(part(note, 'subheading'), null);
  });

  it('keeps an invitation in a README as its call to action even with only a chat channel in code ("Tell us what is missing in `#spoke`")', () => {
    const m = byContent('# Repair booking in the CLI', '', '* **Original Author(s):**: @dana', '', '## Working Backwards', '', '### README', '', '# spoke book', '', PAIN, '', HOW, '', 'Tell us what is missing on the tracking issue or in `#spoke` on the community chat.', '', ...FAQ);
    assert.match(part(m, 'call-to-action') ?? '', /^Tell us/);
  });

  it('starts the release under "## Working Backwards" at a CHANGELOG-style heading whose launch sentence reads "Today, <product> <version> adds…", and leaves the RFC\'s "## Background" out of it', () => {
    const launch = 'Today, Spoke 3.1 adds a `book` command to the CLI, so riders in Leeds can reserve a repair slot without phoning.';
    const m = byContent('# 0957 - Repair booking in the CLI', '', '- Author: @dana', '- Status: Accepted', '', '## Background', '', 'The CLI lists workshops. It usually reads their diaries once a day.', '',
      '## Working Backwards', '', '### feat(cli): book a repair slot from the terminal with `spoke book`', '', `> ${SUB}`, '', launch, '', '#### The pain today', '', PAIN, '', ...FAQ);
    assert.equal(part(m, 'headline'), '### feat(cli): book a repair slot from the terminal with `spoke book`');
    assert.equal(part(m, 'subheading'), `> ${SUB}`);
    assert.equal(part(m, 'summary'), launch);
    assert.equal(part(m, 'problem'), `#### The pain today\n\n${PAIN}`);
    // A section title of a few words over the launch ("### Announcing spoke book") leaves the document's title the headline.
    const titled = byContent(`# ${HEADLINE}`, '', `*${SUB}*`, '', '- Author: @dana', '', '## Working Backwards', '', '### Announcing spoke book', '', 'Today we\'re excited to announce spoke book for Leeds riders.', '', PAIN, '', ...FAQ);
    assert.equal(part(titled, 'headline'), `# ${HEADLINE}`);
    assert.equal(part(titled, 'subheading'), `*${SUB}*`);
  });
});

describe('forms: quotes by what they say and where they are gathered (fourteenth session)', () => {
  it('reads a blockquote with no quote marks by its own words: "I" and "my" speak for a customer whose handle tells nothing', () => {
    const story = '> I find out my chain is worn when it snaps on the ring road, and then I push the bike two miles to a shop that has no slot. — @dana on the forum';
    const m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', HOW, '', story, '', ...FAQ);
    assert.equal(part(m, 'customer-quote'), story);
    assert.equal(part(m, 'leader-quote'), null);
  });

  it('gathers the quotes of a section titled for what people told (" What early testers told us", "What the pilot riders had to say")', () => {
    for (const title of ['What early testers told us', 'What the pilot riders had to say']) {
      const m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', HOW, '', ...FAQ, '', `## ${title}`, '',
        '"I booked a chain on the bus and rode home on it," said Aisha Khan, a commuter in Leeds.');
      assert.match(part(m, 'customer-quote') ?? '', /Aisha Khan/, title);
      assert.deepEqual(m.questions.map((q) => q.text), ['How much does a booking cost?'], title);
    }
  });
});

describe('forms: the close of a release that a README follows (fourteenth session)', () => {
  it('takes the last paragraph after the quotes for the call to action when it invites, though a README follows under its own heading', () => {
    const close = 'The command ships today in Spoke 3.6. Try it on your next repair and tell us what breaks on issue #655.';
    const readme = ['### README', '', '# spoke book', '', 'The `book` command reserves a slot at a workshop. It reads the diary of each workshop nearby and lists the free slots in order.', '', 'To book the first free slot, run `spoke book --first`. To book a given slot, pass its number.', '', 'The command keeps a log of every booking in the home folder, so a rider can see past repairs.'];
    const m = byContent('# RFC 0655: Repair booking', '', '## Working Backwards', '', `### ${HEADLINE}`, '', LAUNCH, '', PAIN, '', HOW, '',
      '"We kept hearing riders say the phone never got answered," said Tom Reed, founder of Spoke.', '',
      '"I booked a chain on the bus and rode home on it," said Aisha Khan, a commuter in Leeds.', '', close, '', ...readme, '', ...FAQ);
    assert.equal(part(m, 'call-to-action'), close);
    // A paragraph there that only tells is no close.
    const told = byContent('# RFC 0655: Repair booking', '', '## Working Backwards', '', `### ${HEADLINE}`, '', LAUNCH, '', PAIN, '', HOW, '',
      '"We kept hearing riders say the phone never got answered," said Tom Reed, founder of Spoke.', '',
      '"I booked a chain on the bus and rode home on it," said Aisha Khan, a commuter in Leeds.', '', 'Workshops keep their own diaries, and Spoke reads them every hour.', '', ...readme, '', ...FAQ);
    assert.equal(part(told, 'call-to-action'), null);
  });
});

describe('forms: the problem an RFC tells in its internal FAQ (fourteenth session)', () => {
  it('reads the problem from the answer to "Why are we doing this?" when the release tells none, and not from an answer that only praises', () => {
    const answer = 'Today a rider phones three shops, waits on hold, and often loses two days of cycling while the bike sits broken.';
    const faq = ['## Public FAQ', '', '### What are we launching today?', '', 'Online booking for the three Spoke workshops.', '', '## Internal FAQ', '', '### Why are we doing this?', '', answer, ''];
    const m = byContent('# Repair booking in the Spoke CLI', '', '## Working Backwards', '', '### README', '', HOW, '', ...faq);
    assert.equal(part(m, 'problem'), answer);
    const praise = faq.map((l) => (l === answer ? 'It gives every rider a booking link and a reminder the evening before.' : l));
    assert.equal(part(byContent('# Repair booking in the Spoke CLI', '', '## Working Backwards', '', '### README', '', HOW, '', ...praise), 'problem'), null);
  });
});

describe('forms: the version a feature ships in (fourteenth session)', () => {
  it('reads "is available in Spoke 3.6" or "on by default in 3.0" as getting started, and not "available in 12 cities"', () => {
    const QUOTES = ['"We kept hearing riders say the phone never got answered," said Tom Reed, founder of Spoke.', '', '"I booked a chain on the bus and rode home on it," said Aisha Khan, a commuter in Leeds.'];
    for (const gs of ['`spoke book` is available in Spoke 3.6 behind the `--book` flag.', 'Booking is on by default in 3.0 for new installs.']) {
      const m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', HOW, '', ...QUOTES, '', gs, '', ...FAQ);
      assert.equal(part(m, 'getting-started'), gs);
    }
    const cities = 'Spoke is available in 12 cities across the north of England.';
    const m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', HOW, '', ...QUOTES, '', cities, '', ...FAQ);
    assert.notEqual(part(m, 'getting-started'), cities);
  });
});

describe('forms: the problem told after the FAQ, or asked for by name (fifteenth session)', () => {
  const faq = ['## Public FAQ', '', '### What are we launching today?', '', 'Online booking for the three Spoke workshops.', ''];
  const readme = ['# Repair booking in the Spoke CLI', '', '## Working Backwards', '', '### README', '', HOW, ''];

  it('reads a "## Motivation" section after the FAQ as the problem of a release that tells none, when it reads as pain', () => {
    const pain = 'Workshop managers copy every phone booking into a spreadsheet by hand, and two riders are often promised the same slot.';
    const m = byContent(...readme, ...faq, '## Motivation', '', pain, '', '## Design', '', 'The command calls the bookings endpoint.');
    assert.equal(part(m, 'problem'), `## Motivation\n\n${pain}`);
    // A background that only describes what exists tells no pain.
    const facts = 'The bookings endpoint returns the open slots of a workshop as JSON, one entry per half hour.';
    assert.equal(part(byContent(...readme, ...faq, '## Background', '', facts, '', '## Design', '', 'The command calls the bookings endpoint.'), 'problem'), null);
  });

  it('reads the answer to "What is the customer\'s pain today?" as the problem, in words the pain cues do not know, but not an answer that sells', () => {
    const answer = 'Workshop managers re-type each booking into three separate calendars, about four minutes a booking.';
    const m = byContent(...readme, ...faq, '## Internal FAQ', '', "### What is the customer's pain today?", '', answer, '');
    assert.equal(part(m, 'problem'), answer);
    // Asked how things are today, or who has the problem, the answer tells it too; asked what is launched today, it does not.
    for (const q of ['### How do workshops take bookings today?', '### Who has this problem today, and how badly?']) {
      assert.equal(part(byContent(...readme, ...faq, '## Internal FAQ', '', q, '', answer, ''), 'problem'), answer);
    }
    assert.notEqual(part(byContent(...readme, '## Public FAQ', '', '### What are we launching today?', '', answer, ''), 'problem'), answer);
    const sells = 'With Spoke, managers see every booking in one list and riders get a reminder.';
    assert.equal(part(byContent(...readme, ...faq, '## Internal FAQ', '', "### What is the customer's pain today?", '', sells, ''), 'problem'), null);
  });
});

describe('forms: how to begin, told in the FAQ or as an upgrade (fifteenth session)', () => {
  const readme = ['# Repair booking in the Spoke CLI', '', '## Working Backwards', '', '### README', '', HOW, ''];
  const faq = ['## Public FAQ', '', '### What are we launching today?', '', 'Online booking for the three Spoke workshops.', ''];

  it('reads the answer to "How do I get started?" as getting started when the release says nothing of it', () => {
    const answer = 'Add `@spoke/book` as a dependency and call `book()` with a workshop id; the first example in the guide runs unchanged.';
    const m = byContent(...readme, ...faq, '### How do I get started?', '', answer, '');
    assert.equal(part(m, 'getting-started'), answer);
    // Unanswered, it is not there.
    assert.equal(part(byContent(...readme, ...faq, '### How do I get started?', '', 'TBD', ''), 'getting-started'), null);
  });

  it('reads the answer to "How do teams turn it on?" as getting started', () => {
    const answer = 'A workshop admin enables booking in Settings, and every rider sees the open slots the same day.';
    assert.equal(part(byContent(...readme, ...faq, '### How do teams turn it on?', '', answer, ''), 'getting-started'), answer);
  });

  it('reads "upgrade to `spoke` 3.0 and run…" as getting started', () => {
    const gs = 'Existing riders should upgrade to `spoke` 3.0 and run `spoke migrate` once.';
    const m = byContent(...readme.slice(0, -1), '', gs, '', ...faq);
    assert.equal(part(m, 'getting-started'), gs);
  });
});

describe('forms: what the paragraph after the summary tells when nothing complains (fifteenth session)', () => {
  it('does not take a vision, the company\'s story, a pilot\'s results or a market\'s size for the problem', () => {
    const QUOTES = ['"We kept hearing riders say the phone never got answered," said Tom Reed, founder of Spoke.'];
    for (const other of [
      'Imagine booking a repair before your coffee is cold, and collecting the bike on the way home.',
      'Spoke Cycles started in 2019 as a market stand in Leeds. Today it runs three workshops.',
      'In a 90-day pilot at two workshops, riders booked 640 repairs and 71% were collected the same day.',
      'The UK bike repair market is worth about £900 million a year and is expected to grow.',
    ]) {
      const m = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', other, '', HOW, '', ...QUOTES, '', ...FAQ);
      assert.notEqual(part(m, 'problem'), other, other);
    }
    // A paragraph that tells the situation without a complaint word is still read as the problem there.
    const situation = 'Riders in Leeds phone a workshop before work and leave a message for the mechanic.';
    assert.equal(part(byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', situation, '', HOW, '', ...QUOTES, '', ...FAQ), 'problem'), situation);
  });
});

describe('forms: releases kept in a project README (seventeenth session)', () => {
  it('ends a "## Press Release" kept in a README at the README\'s own "## Installation" or "## Benchmarks"', () => {
    const m = byContent(
      '# spoke-cli', '', '## Press Release', '', `### ${HEADLINE}`, '', LAUNCH, '', PAIN, '', HOW, '',
      '## Installation', '', 'Install it with npm and run `spoke init` in your project; then book your first repair from the terminal.', '',
      '## Benchmarks', '', 'Booking a slot takes 40 ms on a laptop.', '', ...FAQ,
    );
    assert.equal(part(m, 'summary'), LAUNCH);
    assert.ok(m.pressRelease && !m.text.slice(m.pressRelease.start, m.pressRelease.end).includes('## Installation'), 'the README sections are not the release');
    // Under "## Working Backwards" an RFC's README keeps its own installation section, deeper down or not: still the release.
    for (const install of ['#### Installation', '## Installation']) {
      const rfc = byContent('# RFC 12: Spoke booking', '', '## Working Backwards', '', '### README', '', '# Spoke Construct Library', '', 'The `Booking` construct books a repair slot.', '', install, '', '`npm install spoke`', '', ...FAQ);
      assert.ok(rfc.pressRelease && rfc.text.slice(rfc.pressRelease.start, rfc.pressRelease.end).includes(install), install);
    }
  });

  it('reads a README\'s "Quick start" as getting started, and a "Docs: <link>" line as a link, not a CHANGELOG entry for the headline', () => {
    const m = byContent(
      '# Signed bookings', '', '## Working Backwards', '', '### README', '', '#### Signed bookings', '', 'Know which bookings a workshop made.', '',
      '##### Quick start', '', 'Upgrade the server to 0.9 and create a key for each workshop.', '', '##### More', '', '- Docs: https://spoke.example/docs/signing', '- Threat model: docs/threats.md', '', ...FAQ,
    );
    assert.equal(part(m, 'getting-started'), '##### Quick start\n\nUpgrade the server to 0.9 and create a key for each workshop.');
    assert.doesNotMatch(part(m, 'headline') ?? '', /Docs:/);
  });
});

describe('forms: one FAQ that ends with the stakeholders\' questions (seventeenth session)', () => {
  const release = [`# ${HEADLINE}`, '', SUB, '', LAUNCH, ''];
  it('reads a run of stakeholder questions at the end of an FAQ named neither way as the internal FAQ', () => {
    const m = byContent(
      ...release, '## FAQ', '',
      'Q1. Who can book?', 'A1. Any rider with a Spoke account.', '',
      'Q2. What does it cost?', 'A2. Nothing; riders pay for the repair.', '',
      'Q3. Why are we building this now?', 'A3. Phone bookings doubled last year.', '',
      'Q4. What are the risks?', 'A4. Workshops may keep their paper diaries.', '',
      'Q5. Who decides on go-live?', 'A5. Dana, head of workshops.',
    );
    assert.deepEqual(m.questions.map((q) => q.faq), ['external-faq', 'external-faq', 'internal-faq', 'internal-faq', 'internal-faq']);
    // A customer's question about risk among customer questions does not split the FAQ.
    const one = byContent(...release, '## FAQ', '', 'Q1. Who can book?', 'A1. Any rider.', '', 'Q2. Is my card at risk?', 'A2. No: we never see it.', '', 'Q3. Can I cancel?', 'A3. Yes, until noon.');
    assert.deepEqual(one.questions.map((q) => q.faq), ['external-faq', 'external-faq', 'external-faq']);
    // An FAQ of stakeholder questions only is not split after its first question.
    const only = byContent(...release, '## FAQ', '', 'Q1. Why now?', 'A1. Bookings doubled.', '', 'Q2. What are the risks?', 'A2. Paper diaries.', '', 'Q3. Who decides?', 'A3. Dana.');
    assert.deepEqual(only.questions.map((q) => q.faq), ['external-faq', 'external-faq', 'external-faq']);
  });
});

describe('forms: a release nested in a proposal, and a review questionnaire (nineteenth session)', () => {
  const release = [
    '**Spoke 2.1: never miss a repair slot again**', '',
    '*Riders in Leeds get a text the evening before their repair slot.*', '',
    'LEEDS, UK — April 2, 2027 — Spoke today released Spoke 2.1, which texts riders the evening before their repair slot.', '',
    'Riders book by email, and they lose the booking among other mail: one slot in ten goes unused.', '',
    'With reminders, Spoke texts the rider the evening before, with the workshop and the time, and a link to move the slot.', '',
    'To get started, riders turn on reminders in Settings.', '',
    '[CUSTOMER QUOTE — ask the riders\' club who would speak for us]', '',
    'Read more at spoke.example/reminders.', '',
  ];
  const proposal = [
    '# SEP-0012: Repair reminders', '',
    '## Summary', '', 'Add text reminders to Spoke so riders keep their repair slots and workshops keep their days full.', '',
    '## Motivation', '', 'Workshops lose a tenth of their slots to riders who forget them, and phone each rider by hand the day before.', '',
    '## Proposal', '', '### Announcement (working backwards)', '',
    '_@dana: my first go at this. Please tear it apart before we design the API._', '',
    ...release,
    '### User Stories', '', '#### A workshop owner', '', 'Dana runs a workshop in Leeds and fills each free slot from the waiting list.', '',
    '## Design Details', '', 'A nightly job sends the texts.', '',
    '## Production Readiness Review Questionnaire', '', '### Enablement', '',
    '###### How can reminders be turned off?', '', 'Untick the box in Settings.', '',
    '###### What are the reasonable SLOs for the texts?', '', 'TBD',
  ];
  it('starts the release at its headline under "### Announcement (working backwards)", past a note to reviewers, and ends it at the proposal\'s next section', () => {
    const m = byContent(...proposal);
    assert.equal(m.kind, 'prfaq');
    assert.equal(part(m, 'headline'), release[0]);
    assert.equal(part(m, 'subheading'), release[2]);
    assert.equal(part(m, 'problem'), release[6]);
    assert.equal(part(m, 'solution'), release[8]);
    assert.equal(part(m, 'getting-started'), release[10]);
    assert.ok(m.pressRelease!.end < m.text.indexOf('### User Stories'), 'the user stories are the proposal\'s, not the release\'s');
    // The proposal's summary and motivation above the announcement are not on the release's page.
    const alone = byContent(...release, ...FAQ);
    assert.equal(measure(m).pressRelease, measure(alone).pressRelease);
  });
  it('reads a bracketed prompt that opens with a part\'s name as that part\'s place, unfilled', () => {
    const m = byContent(...proposal);
    assert.equal(part(m, 'customer-quote'), release[12]);
  });
  it('reads a "Production Readiness Review Questionnaire" as the internal FAQ, its questions under topic headings', () => {
    const m = byContent(...proposal);
    assert.deepEqual(qs(m), [['internal-faq', 'How can reminders be turned off?'], ['internal-faq', 'What are the reasonable SLOs for the texts?']]);
  });
  it('reads "no longer exists" / "no longer works" as the loss it tells, and a paragraph that says how to get started over one with a weak cue', () => {
    const m = byContent(
      `# ${HEADLINE}`, '', SUB, '', LAUNCH, '',
      'Riders book from the link in a confirmation email, and by the morning of the repair that link no longer works.', '',
      `${HOW} If the slot moves, the rider hears through the text setup they already have.`, '',
      'Getting started is one tap in Settings.', '',
      ...FAQ,
    );
    assert.match(part(m, 'problem') ?? '', /no longer works/);
    assert.match(part(m, 'solution') ?? '', /^Spoke shows/);
    assert.equal(part(m, 'getting-started'), 'Getting started is one tap in Settings.');
  });
});

describe('forms: a note in brackets and a date on its own line above the release (nineteenth session)', () => {
  it('reads a note about the draft in round brackets under the title as no part, and a year alone over the summary as its dateline', () => {
    const m = byContent(
      '# Working Backwards – Spoke', '',
      '(written by Dana, Saturday workshop team. Please comment in the doc, not in the group chat!)', '',
      `**${HEADLINE}**`, '', `*${SUB}*`, '', '2027', '',
      'Spoke is a booking page for the three workshops that riders open from a link, so nobody phones to book.', '',
      PAIN, '', HOW, '', ...FAQ,
    );
    assert.equal(part(m, 'headline'), `**${HEADLINE}**`);
    assert.equal(part(m, 'subheading'), `*${SUB}*`);
    assert.match(part(m, 'summary') ?? '', /Spoke is a booking page/);
    // Under a date line, the summary is a dateline's paragraph, found by its form: not one taken by its place.
    assert.equal(m.parts.summary!.by, undefined);
  });
});

describe('forms: stakeholder questions grouped at the end of one FAQ (nineteenth session)', () => {
  it('reads "Who pays for this?" as a stakeholder\'s question, and the heading over the group as the internal FAQ\'s title', () => {
    const m = byContent(
      `# ${HEADLINE}`, '', SUB, '', LAUNCH, '', '## FAQ', '',
      '### Booking', '', '**Can I book for a friend?**', 'Yes, with their name.', '', '**Can I cancel?**', 'Yes, until noon.', '',
      '### Money and risk', '',
      '**How do we know this is a success?**', 'Phone bookings fall from 60 to 20 a week by June.', '',
      '**Who pays for this?**', 'The workshops, from the phone budget.', '',
      '**What is the biggest risk?**', 'Riders who keep phoning.',
    );
    assert.deepEqual(m.questions.map((q) => q.faq), ['external-faq', 'external-faq', 'internal-faq', 'internal-faq', 'internal-faq']);
    assert.equal(faqTitle(m, 'internal-faq'), 'Money and risk');
  });
});

describe('forms: a close that says where to try it (nineteenth session)', () => {
  it('reads "Try it at <address>, free for …" as getting started and the call to action at once', () => {
    const m = byContent(
      `# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', HOW, '',
      '"We wanted riders back on their bikes the same day," said Dana Lee, who runs Spoke\'s workshops.', '',
      '"I booked on the bus and collected it after work," said Sam Ortiz, a commuter in Leeds.', '',
      'Try it at spoke.example, free for your first three repairs.', '', ...FAQ,
    );
    assert.equal(part(m, 'getting-started'), 'Try it at spoke.example, free for your first three repairs.');
    assert.equal(part(m, 'call-to-action'), 'Try it at spoke.example, free for your first three repairs.');
  });
});

describe('forms: topic groups inside a named FAQ (nineteenth session)', () => {
  it('keeps "### Customer and market" under "## Internal FAQ" internal: a topic, not its readers', () => {
    const m = byContent(
      `# ${HEADLINE}`, '', SUB, '', LAUNCH, '', '## Customer FAQ', '', '**1. What does a booking cost?**', 'Nothing.', '',
      '## Internal FAQ', '', '### Customer and market', '', '**2. Who exactly is the customer?**', 'Commuters in Leeds who ride to work.', '',
      '### Build', '', '**3. What is the hardest part?**', 'Workshop diaries on paper.', '',
      '### For riders', '', '**4. Can I pay in the shop?**', 'Yes.',
    );
    assert.deepEqual(m.questions.map((q) => q.faq), ['external-faq', 'internal-faq', 'internal-faq', 'external-faq']);
  });
});

describe('forms: a release under a chapter of a proposal written with top-level headings (nineteenth session)', () => {
  it('keeps the sections after "## Press release" in the release when the chapter over it is a "#" heading', () => {
    const m = byContent(
      '# Summary', '', 'Text reminders for repair slots.', '',
      '# Guide-level explanation', '', '## Press release', '', `### ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', HOW, '',
      '## Using it', '', 'To get started, riders turn on reminders in Settings.', '',
      '# Reference-level explanation', '', 'A nightly job sends the texts.', '', ...FAQ,
    );
    assert.equal(part(m, 'getting-started'), 'To get started, riders turn on reminders in Settings.');
  });
});

describe('forms: pages exported from a wiki, with the FAQ as a table (twentieth session)', () => {
  const UNFILLED = '[CITY], {{launch date}} — Spoke today opened online booking for its three repair workshops.';
  it('starts the release under "## Press Release" past the page\'s title, its history line and its facts table', () => {
    const m = byContent(
      '1. [Workshops](index.html)', '2. [Spoke](Spoke_1204.html)', '',
      '# Workshops : Spoke PR-FAQ', '', 'Created by Ana Ruiz, last modified by Tom Hale on Mar 3, 2027', '',
      '| Status | DRAFT |', '| --- | --- |', '| Owner | Ana Ruiz |', '',
      '<!-- Template v3. Replace all text in [brackets]. -->', '', '*Use this page to write the press release as if it had launched.*', '',
      '## Press Release', '', `### ${HEADLINE}`, '', SUB, '', UNFILLED, '', PAIN, '', ...FAQ,
    );
    assert.equal(part(m, 'headline'), `### ${HEADLINE}`);
    assert.equal(part(m, 'subheading'), SUB);
    assert.equal(part(m, 'summary'), UNFILLED);
  });

  it('reads each row of a table FAQ as a question, the next cell as its answer, and a "TBD" or "??? — ask Legal" cell as no answer', () => {
    const m = byContent(
      `# ${HEADLINE}`, '', SUB, '', LAUNCH, '', PAIN, '', ...FAQ, '',
      '## Internal FAQ', '',
      '| # | Question | Answer | Owner |', '| --- | --- | --- | --- |',
      '| 1 | Who is the customer? | Commuters in Leeds who ride to work. | Ana |',
      '| 2 | What does it cost to run? | TBD | Tom |',
      '| 3 | Do we need to tell the council? | ??? — ask Legal | |',
      '| 4 | What are we not doing? | Cargo bikes and e-bikes. | Ana |',
    );
    const internal = m.questions.filter((q) => q.faq === 'internal-faq');
    assert.deepEqual(internal.map((q) => m.text.slice(q.question.start, q.question.end)), ['Who is the customer?', 'What does it cost to run?', 'Do we need to tell the council?', 'What are we not doing?']);
    assert.deepEqual(internal.map((q) => q.answered), [true, false, false, true]);
    assert.equal(internal[0].answer?.text, 'Commuters in Leeds who ride to work.');
    // A table of facts, or one with a single question in it, asks nothing.
    const facts = byContent(`# ${HEADLINE}`, '', SUB, '', LAUNCH, '', ...FAQ, '', '| Plan | Price |', '| --- | --- |', '| Basic | Free |', '| Is it worth it? | Yes |', '| Pro | £4 |');
    assert.deepEqual(facts.questions.map((q) => q.text), ['How much does a booking cost?']);
  });
});
