/**
 * The document model: press-release parts, FAQs and questions in the forms
 * writers use, and the document kind. Documents here are our own; the
 * real-world corpus is read as input only.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from '../engine/model/build.js';
import { review } from '../engine/review.js';
import type { DocModel } from '../engine/model/types.js';

const lines = (...l: string[]) => l.join('\n') + '\n';
const partText = (m: DocModel, id: keyof DocModel['parts']) => {
  const p = m.parts[id];
  return p ? m.text.slice(p.start, p.end) : null;
};
const qs = (m: DocModel) => m.questions.map((q) => ({ faq: q.faq, q: m.text.slice(q.question.start, q.question.end), a: q.answer?.text ?? null }));

const PLAIN_PR = lines(
  '# Fernhill Ledger Lets Independent Bakeries Close Their Books in Ten Minutes',
  '',
  'Bakery owners in Oregon match a day of card and cash sales without a spreadsheet.',
  '',
  'PORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger, a bookkeeping app that matches card payments, cash counts and supplier invoices for independent bakeries.',
  '',
  'Today a bakery owner closes the shop at seven and then spends an hour copying card totals into a spreadsheet. One owner in five we interviewed lost more than $300 last year to deposits they never matched.',
  '',
  'Ledger connects to the card terminal and the bank account and matches each deposit to the day\'s sales automatically. When a deposit is short, Ledger lists the missing payments on one screen.',
  '',
  '"We built Ledger because the owners we met were doing their accounting at midnight," said Priya Raman, VP of Small Business at Fernhill. "No baker should need to learn bookkeeping to know whether today made money."',
  '',
  'Getting started takes five minutes: owners download Ledger, connect their card terminal and bank, and the first day is matched that evening.',
  '',
  '"I used to dread Sunday nights with a shoebox of receipts," said Tomás Ortega, owner of a panadería in Salem. "Now I close the books before I lock the door."',
  '',
  'Ledger costs $19 a month. Visit fernhill.example/ledger to start a free 30-day trial.',
);

describe('model: press release', () => {
  it('finds every part of a press release written as plain paragraphs', () => {
    const m = buildModel(PLAIN_PR + lines('', '## External FAQ', '', '### How much is it?', '', '$19.'), { kind: 'prfaq' });
    assert.match(partText(m, 'headline')!, /^# Fernhill Ledger/);
    assert.match(partText(m, 'subheading')!, /^Bakery owners in Oregon/);
    assert.match(partText(m, 'summary')!, /^PORTLAND, OR/);
    assert.match(partText(m, 'problem')!, /^Today a bakery owner/);
    assert.match(partText(m, 'solution')!, /^Ledger connects/);
    assert.match(partText(m, 'leader-quote')!, /Priya Raman/);
    assert.match(partText(m, 'getting-started')!, /^Getting started/);
    assert.match(partText(m, 'customer-quote')!, /Tomás Ortega/);
    assert.match(partText(m, 'call-to-action')!, /Visit fernhill/);
  });

  it('finds parts named by headings', () => {
    const doc = lines(
      '# Press release', '', '## Headline', '', 'Tidewater Text Booking Cuts Hold Times for Rural Patients', '',
      '## Subheading', '', 'Patients of rural clinics in Maine book visits by text.', '',
      '## Summary', '', 'BANGOR, ME — June 1, 2027 — Tidewater Health today introduced text booking.', '',
      '## The problem', '', 'Patients wait on hold 22 minutes, and 30% hang up.', '',
      '## The solution', '', 'Patients text the clinic and get three open slots back.', '',
      '## Company quote', '', '"Nobody should lose a morning to a phone queue," said Dana Cole, COO of Tidewater Health.', '',
      '## Getting started', '', 'Patients text BOOK to the number on their clinic card.', '',
      '## Customer quote', '', '"I booked my checkup from the tractor," said Ruth Ames, a farmer in Dover-Foxcroft.', '',
      '## Call to action', '', 'Learn more at tidewater.example/text.', '',
      '## FAQ', '', '### External', '', '#### Is it free?', '', 'Yes.', '', '### Internal', '', '#### What is the risk?', '', 'Late messages.',
    );
    const m = buildModel(doc, { kind: 'prfaq' });
    for (const id of ['headline', 'subheading', 'summary', 'problem', 'solution', 'leader-quote', 'getting-started', 'customer-quote', 'call-to-action'] as const) {
      assert.ok(m.parts[id]?.heading !== undefined, `${id} found by its heading`);
    }
    assert.match(partText(m, 'problem')!, /22 minutes/);
    assert.match(partText(m, 'call-to-action')!, /tidewater\.example/);
    // The "## FAQ" container is not part of the press release.
    assert.ok(m.pressRelease!.end < doc.indexOf('## FAQ'));
    assert.deepEqual(qs(m).map((q) => q.faq), ['external-faq', 'internal-faq']);
  });

  it('tells two quotes apart even when both speakers have titles', () => {
    const doc = lines(
      '# Ledger for bakeries', '', 'PORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger.', '',
      '"We built it for owners who close late," said Priya Raman, VP of Small Business at Fernhill.', '',
      '"It saved my Sunday evenings," said Ana Lima, head of finance at Lima Bakeries.',
    );
    const m = buildModel(doc, { kind: 'prfaq' });
    assert.match(partText(m, 'leader-quote')!, /Priya Raman/);
    assert.match(partText(m, 'customer-quote')!, /Ana Lima/);
  });

  it('leaves parts that are not there unfound', () => {
    const m = buildModel(lines('# Ledger', '', 'PORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger.', '', 'Ledger now matches deposits automatically.'), { kind: 'prfaq' });
    assert.equal(m.parts['customer-quote'], undefined);
    assert.equal(m.parts['leader-quote'], undefined);
    assert.equal(m.parts.problem, undefined);
  });
});

describe('model: FAQs', () => {
  const wrap = (faq: string) => lines('# Ledger', '', 'PORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger.', '', faq);

  it('reads **Q:**/**A:** paragraphs, one-paragraph pairs and Q:/A: lines', () => {
    const m = buildModel(wrap(lines(
      '## External FAQ', '',
      '**Q:** How much does it cost?', '', '**A:** $19 a month.', '',
      '**Q:** Which terminals work?', '**A:** Square and Clover.', '',
      'Q: Does it file taxes?', 'A: No, it exports a summary.',
    )));
    assert.deepEqual(qs(m), [
      { faq: 'external-faq', q: 'How much does it cost?', a: '$19 a month.' },
      { faq: 'external-faq', q: 'Which terminals work?', a: 'Square and Clover.' },
      { faq: 'external-faq', q: 'Does it file taxes?', a: 'No, it exports a summary.' },
    ]);
  });

  it('reads question headings; a deeper heading that asks is a follow-up question, one that does not belongs to the answer', () => {
    const m = buildModel(wrap(lines(
      '## Internal FAQ', '',
      '### How does matching work?', '', 'By amount and time.', '', '#### Card payments', '', 'Matched to the minute.', '', '#### What about cash?', '', 'By drawer count.', '',
      '### Q: Why now?', '', 'Terminal vendors opened their APIs.',
    )));
    const got = qs(m);
    assert.deepEqual(got.map((q) => q.q), ['How does matching work?', 'What about cash?', 'Why now?']);
    assert.match(got[0].a!, /Matched to the minute/);
    assert.equal(got[1].a, 'By drawer count.');
    assert.equal(got[2].a, 'Terminal vendors opened their APIs.');
    assert.ok(got.every((q) => q.faq === 'internal-faq'));
  });

  it('reads an FAQ\'s questions in its own form: bullets and bold lines inside an answer are the answer', () => {
    const m = buildModel(wrap(lines(
      '## Customer FAQ', '',
      '**Q: Which tills does it read?**', 'A: The two most shops use. Owners asked us:', '', '- Will it read older tills?', '- Can two shops share one account?', '',
      '**Does it work offline?**', '', 'Yes, and it catches up when the line is back:', '', '1. Does it keep the order of sales?', '2. Does it warn the owner?', '',
      '### How is it priced?', '', '- Is there a yearly plan?', '- Is there a discount for two shops?', '', '**Why a monthly fee?**', '', 'Support costs us every month.', '',
      '### Other questions', '', '- Is there a trial?', '  Yes, 30 days.', '- Can I cancel?', '  Any time.',
    )));
    assert.deepEqual(qs(m).map((q) => q.q), ['Which tills does it read?', 'Does it work offline?', 'How is it priced?', 'Is there a trial?', 'Can I cancel?']);
    assert.ok(m.questions.every((q) => q.answered), 'no question-shaped bullet is taken for an unanswered question');
    assert.match(qs(m)[2].a!, /yearly plan.*monthly fee/);
  });

  it('reads an answer of link reference definitions alone as no answer: they render as nothing', () => {
    const m = buildModel(wrap(lines(
      '## Internal FAQ', '',
      '### What is the plan?', '', 'Ship the [matcher][m] in May.', '',
      '### Are there open issues?', '', '[m]: https://example.com/matcher', '[till]: https://example.com/till "The till"',
    )));
    assert.deepEqual(m.questions.map((q) => q.answered), [true, false]);
  });

  it('still reads a numbered list of questions after a bold question, and bullets that each carry an answer', () => {
    const m = buildModel(wrap(lines(
      '## Internal FAQ', '',
      '**Who pays?**', '', 'The shop owner.', '',
      '1. What is the biggest risk?', '   Bank feeds break.', '2. What will we not do?', '   Payroll.', '',
      '**Is there a pilot?**', '', 'Yes.', '', '- **Where?** In Salem.', '- **How long?** Three months.',
    )));
    assert.deepEqual(qs(m).map((q) => q.q), ['Who pays?', 'What is the biggest risk?', 'What will we not do?', 'Is there a pilot?', 'Where?', 'How long?']);
  });

  it('reads bold questions, numbered questions and plain question lines', () => {
    const m = buildModel(wrap(lines(
      '## Stakeholder FAQ', '',
      '**Who pays?**', '', 'The shop owner.', '',
      '**Why now?**', 'Vendors opened their APIs in 2026.', '',
      '1. What is the biggest risk?', '   Bank feeds break.', '2. How do we measure success?', '', '   Days closed within ten minutes.', '3. What will we not do?', '',
      '## Customer FAQ', '',
      'Is there a trial?', 'Yes, 30 days.', '', 'Can I cancel?', '', 'Any time.',
    )));
    assert.deepEqual(qs(m), [
      { faq: 'internal-faq', q: 'Who pays?', a: 'The shop owner.' },
      { faq: 'internal-faq', q: 'Why now?', a: 'Vendors opened their APIs in 2026.' },
      { faq: 'internal-faq', q: 'What is the biggest risk?', a: 'Bank feeds break.' },
      { faq: 'internal-faq', q: 'How do we measure success?', a: 'Days closed within ten minutes.' },
      { faq: 'internal-faq', q: 'What will we not do?', a: null },
      { faq: 'external-faq', q: 'Is there a trial?', a: 'Yes, 30 days.' },
      { faq: 'external-faq', q: 'Can I cancel?', a: 'Any time.' },
    ]);
  });

  for (const [heading, id] of [
    ['External FAQ', 'external-faq'], ['Customer FAQ', 'external-faq'], ['Public FAQ', 'external-faq'], ['FAQ', 'external-faq'],
    ['Frequently Asked Questions', 'external-faq'], ['Internal FAQ', 'internal-faq'], ['Stakeholder FAQ', 'internal-faq'],
  ] as const) {
    it(`"${heading}" is the ${id}`, () => {
      const m = buildModel(wrap(lines(`## ${heading}`, '', '### Is it free?', '', 'No.')));
      assert.ok(m.faqs[id], `${id} found`);
      assert.equal(m.questions[0]?.faq, id);
    });
  }
});

describe('model: press-release parts as writers outside the team write them', () => {
  const part = (m: DocModel, id: keyof DocModel['parts']) => partText(m, id)?.trim() ?? null;
  const build = (...l: string[]) => buildModel(lines(...l), { kind: 'prfaq' });

  it('reads the headline under a document title and a heading that wraps the release', () => {
    const m = build(
      '# PR/FAQ — Ledger', '', '> Working draft for the March review.', '', '---', '', '## Part 1 — Press Release', '',
      '### Ledger closes the books for bakeries', '*Bakery owners in Oregon match a day of sales in ten minutes.*', '',
      '**PORTLAND, OR** — Fernhill today launched Ledger, a bookkeeping app for independent bakeries.',
    );
    assert.equal(part(m, 'headline'), '### Ledger closes the books for bakeries');
    assert.match(part(m, 'subheading')!, /ten minutes/);
    assert.match(part(m, 'summary')!, /^\*\*PORTLAND/);
  });

  it('starts the release under a heading that names it, after an RFC\'s own title and summary, when its headline stands right there', () => {
    const rfc = (...release: string[]) => build(
      '# RFC 12: Oven timers', '', '- **Author**: @ana', '', '## Summary', '',
      'Add a timer to each oven that warns the baker before a batch burns. This RFC starts from the release note, then gives the design.', '',
      '## Working Backwards', '', ...release, '',
      'Today Fernhill released Oven Timers, a timer for each oven in a bakery that warns the baker on their phone.', '',
      '## FAQ', '', '### Does it need the internet?', '', 'No.',
    );
    for (const heading of ['### Press release', '**Press Release**']) {
      const m = rfc(heading, '', '**Bakers Stop Losing Batches to Hot Ovens**', '', '*Each oven warns its baker ten minutes before a batch burns.*');
      assert.equal(part(m, 'headline'), '**Bakers Stop Losing Batches to Hot Ovens**', heading);
      assert.equal(part(m, 'subheading'), '*Each oven warns its baker ten minutes before a batch burns.*', heading);
      assert.match(part(m, 'summary')!, /^Today Fernhill released/, `${heading}: the RFC's "## Summary" is the RFC's, not the release's`);
    }
    // Over the launch itself, with no headline of its own: the RFC's title stands in for one, and its "## Summary" is still the RFC's.
    let m = rfc('### Press release');
    assert.equal(part(m, 'headline'), '# RFC 12: Oven timers');
    assert.match(part(m, 'summary')!, /^Today Fernhill released/);
    // A title and its subheading over "## Press Release" and the dateline: the release starts at the title.
    m = build('# Bakers Stop Losing Batches to Hot Ovens', '', '*Each oven warns its baker ten minutes before a batch burns.*', '', '## Press Release', '',
      'PORTLAND, OR — March 3, 2027 — Fernhill today released Oven Timers, a timer for each oven in a bakery.');
    assert.equal(part(m, 'headline'), '# Bakers Stop Losing Batches to Hot Ovens');
    assert.equal(part(m, 'subheading'), '*Each oven warns its baker ten minutes before a batch burns.*');
  });

  it('reads an RFC\'s CHANGELOG entry as its headline, not the "### CHANGELOG" heading or the RFC\'s title, with the pitch under the title as the subheading', () => {
    const pitch = 'Oven timers warn the baker on their phone before a batch burns.';
    const rfc = (title: string, ...log: string[]) => build(
      title, '', '* **Author**: @ana', '', pitch, '', '## Working Backwards', '', ...log, '',
      '### README', '', 'This library holds constructs for bakery oven timers.', '',
      '## FAQ', '', '### What are we launching today?', '', 'A timer construct for bakery ovens.',
    );
    for (const title of ['Oven timers for bakeries', '# Oven timers for bakeries']) {
      let m = rfc(title, '### CHANGELOG', '', '`feat(ovens): add timer constructs`');
      assert.equal(part(m, 'headline'), '`feat(ovens): add timer constructs`', title);
      assert.equal(part(m, 'subheading'), pitch, title);
      m = rfc(title, '**CHANGELOG**: feat(ovens): add timer constructs');
      assert.equal(part(m, 'headline'), '**CHANGELOG**: feat(ovens): add timer constructs', title);
      m = rfc(title, '### CHANGELOG', '', '#### Features', '', '- feat(ovens): add timer constructs', '- feat(alarms): send alerts to phones');
      assert.match(part(m, 'headline')!, /^- feat\(ovens\)/, `${title}: a list of entries`);
    }
    // "Fix: …" opening a paragraph of a release with no CHANGELOG or README heading is no entry.
    const m = build('# Oven timers for bakeries', '', pitch, '', '## Press release', '', 'Fix: the timer now warns the baker before a batch burns.', '', '## FAQ', '', '### Is it free?', '', 'Yes.');
    assert.equal(part(m, 'headline'), '# Oven timers for bakeries');
  });

  it('reads a "**PRESS RELEASE**" line as the wrapper it is, not as the headline', () => {
    const m = build('**PRESS RELEASE**', '', 'Ledger closes the books for bakeries', '', 'PORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger.');
    assert.equal(part(m, 'headline'), 'Ledger closes the books for bakeries');
  });

  it('reads a subheading in bold, in italics, as a plain line past a list of facts, or as a heading', () => {
    const under = (...sub: string[]) => part(build('# Ledger closes the books for bakeries', '', ...sub, '', 'PORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger.'), 'subheading');
    assert.match(under('**For bakery owners who close late: the day matched in ten minutes, with every deposit checked against the till and the bank, before the lights go off.**')!, /bakery owners/);
    assert.match(under('_Owners match a day of sales in ten minutes._')!, /Owners match/);
    assert.match(under('* **Author:** Ana Ruiz', '* **Status:** draft', '', 'Owners of single-shop bakeries close their books before they lock up.')!, /^Owners of single-shop/);
    assert.match(under('## Owners close their books before they lock up')!, /Owners close/);
    assert.equal(under('Fernhill today launched Ledger, a bookkeeping app.'), null, 'the launch itself is no subheading');
  });

  it('reads the subheading by its form: a blockquote, a heading under the title, emphasis under a title above "## Press Release", a bold headline line, a longer line before the launch', () => {
    const launch = 'Fernhill today launched Ledger, a bookkeeping app for independent bakeries.';
    let m = build('# Ledger closes the books for bakeries', '', '> Owners of small bakeries match a day of sales in ten minutes.', '', 'Today, Fernhill launched Ledger for bakeries.', '', 'Today, owners copy totals into a spreadsheet every night.');
    assert.match(part(m, 'subheading')!, /^> Owners/);
    assert.match(part(m, 'summary')!, /^Today, Fernhill launched/, '"Today, <company> launched" is the launch');
    assert.match(part(m, 'problem') ?? '', /^Today, owners copy/, '"Today, owners …" is no launch');
    m = build('# Ledger closes the books for bakeries', '', '## Press Release', '', '*Owners of small bakeries match a day of sales in ten minutes.*', '', launch);
    assert.match(part(m, 'subheading')!, /^\*Owners/);
    m = build('# Ledger closes the books for bakeries', '', '## Press Release', '', 'Owners of small bakeries match a day of sales in ten minutes.', '', 'Ledger is a bookkeeping app.');
    assert.equal(part(m, 'subheading'), null, 'a plain paragraph under "## Press Release" opens the release');
    m = build('**Ledger closes the books for bakeries**', '', '*Owners of small bakeries match a day of sales in ten minutes.*', '', launch);
    assert.equal(part(m, 'headline'), '**Ledger closes the books for bakeries**');
    assert.match(part(m, 'subheading')!, /^\*Owners/);
    m = build('# Ledger closes the books for bakeries', '', 'Owners of small bakeries match a day of card and cash sales in ten minutes. Every deposit is checked against the till and the bank before the owner locks up for the night, and nothing is typed twice.', '', launch);
    assert.match(part(m, 'subheading')!, /^Owners of small/);
    assert.equal(part(m, 'summary'), launch);
    m = build('# Ledger closes the books for bakeries', '', '> Note: this draft is for the March review.', '', launch);
    assert.equal(part(m, 'subheading'), null, 'a note in a blockquote is no subheading');
  });

  it('reads a line under the title that tells the problem as the problem, and a short line under it as the subheading', () => {
    const launch = 'Fernhill today launched Ledger, a bookkeeping app for independent bakeries.';
    let m = build('# Ledger', '', 'The old till export is only available to owners on the desktop plan.', '', 'Ledger brings the same export to bakery owners on every plan.', '', launch);
    assert.match(part(m, 'problem') ?? '', /^The old till export/);
    assert.match(part(m, 'subheading') ?? '', /^Ledger brings/);
    m = build('# Ledger', '', 'Allow bakery owners to close the books without typing totals by hand.', '', launch);
    assert.match(part(m, 'subheading') ?? '', /^Allow bakery owners/, "a proposal's aim in the imperative is the subheading, though it names the pain");
  });

  it('reads the summary as the first paragraph of the release: a launch, "Now … can", "This RFC proposes…", or by its place', () => {
    let m = build('# Ledger', '', '## Close the books for your bakery in ten minutes', '', 'Now independent bakeries can close their books in ten minutes, with every deposit matched.');
    assert.match(part(m, 'summary')!, /^Now independent bakeries can/);
    m = build('# Ledger', '', '*Deposits matched for bakeries.*', '', 'Owners of bakeries spend their evenings on bookkeeping, and deposits go unmatched for weeks because the bank and the till never agree. It is slow and error-prone.', '', 'This RFC proposes a matcher that pairs each deposit with the day\'s sales.', '', 'The matcher runs every night.');
    assert.match(part(m, 'summary')!, /^This RFC proposes/);
    assert.match(part(m, 'problem')!, /^Owners of bakeries spend/, 'a proposal states its problem before its summary');
    m = build('# Ledger', '', '*Bookkeeping for bakeries.*', '', 'Ledger is a bookkeeping app for independent bakeries that pairs card payments with bank deposits.', '', 'Owners connect the till and the bank once.');
    assert.match(part(m, 'summary')!, /^Ledger is a bookkeeping app/, 'the first paragraph of the body, by its place');
    assert.equal(part(m, 'problem'), null, 'no problem guessed after a summary that is itself a guess');
  });

  it('reads no launch in a paragraph about how releases are made ("the 2.x release line", "release notes", "the launch date")', () => {
    const about = 'The export tools stay on the 2.x release line and keep their release notes in the same place; the launch date of the matcher does not change them.';
    let m = build('# Ledger', '', '*Deposits matched for bakeries.*', '', about, '', '## FAQ', '', '### What are we launching today?', '', 'A matcher that pairs each deposit with the day\'s sales.');
    assert.notEqual(part(m, 'summary'), about, 'a release line is no launch');
    m = build('# Ledger', '', '*Deposits matched for bakeries.*', '', 'Today, Fernhill released Ledger, which matches every deposit with the day\'s sales.');
    assert.match(part(m, 'summary')!, /^Today, Fernhill released/, 'the launch itself still is');
  });

  it('marks what span rules may read of the whole document in the span\'s context: a README release, an answer that weighs trade-offs', () => {
    const m = build('# RFC: Oven timers', '', '## Working Backwards', '', '### README', '', 'This library holds constructs for bakery oven timers.', '', 'The timer construct reads every sensor.', '', '## FAQ', '', '### What are we launching today?', '', 'A timer construct for bakery ovens.', '', '### What are the drawbacks of this solution?', '', 'Each oven needs a new sensor.', '', '### Why are we doing this?', '', 'Bakers burn bread.');
    const ctx = (t: string) => m.prose.find((s) => s.text.startsWith(t))!.context;
    assert.equal(ctx('The timer construct').readme, true, 'the release is a README: its summary is the FAQ\'s launch answer');
    assert.equal(ctx('Each oven needs').weighs, true);
    assert.equal(ctx('Bakers burn bread').weighs, undefined);
    const story = build('# Ledger', '', 'Today, Fernhill released Ledger, which matches every deposit with the day\'s sales.', '', 'Owners connect the till once.');
    assert.equal(story.prose.find((s) => s.text.startsWith('Owners connect'))!.context.readme, undefined, 'a release with its own summary tells a story');
  });

  it('reads a README release\'s short "For more details, see …" pointer with a link as its call to action, wherever its overview ends', () => {
    const readme = (pointer: string) => build('# RFC: Oven timers', '', '## Working Backwards', '', '### README', '', 'This library holds constructs for bakery oven timers.', '', pointer, '', '[Oven manual](https://example.com/ovens)', '', '## Timer', '', 'A timer reads one oven and raises an alert when it runs hot.', '', '## Alarm', '', 'An alarm sends the alert to the baker\'s phone.', '', '## Schedule', '', 'A schedule turns the timers on before the first bake.', '', '## FAQ', '', '### What are we launching today?', '', 'A timer construct for bakery ovens.');
    assert.equal(part(readme('For more details see the oven guide'), 'call-to-action'), 'For more details see the oven guide');
    assert.equal(part(readme('Each oven has its own guide from its maker'), 'call-to-action'), null, 'a paragraph that points nowhere is no call to action');
  });

  it('reads a CHANGELOG entry ("feat: announcing …") as no summary, however many launch words it holds', () => {
    const m = build('# Ledger matcher', '', '## Working Backwards', '', '### CHANGELOG', '', '**feat(ledger):** announcing the matcher, now available to every bakery', '', '## FAQ', '', '### What are we launching today?', '', 'A matcher that pairs each deposit with the day\'s sales.');
    assert.doesNotMatch(part(m, 'summary') ?? '', /announcing the matcher/);
  });

  it('reads the problem without complaint words: by its place before the product, before a "However, you can…", under "Background", or inside the summary', () => {
    const dated = ['# Ledger Closes the Books for Bakeries', '', 'PORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger, a bookkeeping app for independent bakeries.', ''];
    let m = build(...dated, 'Each night a bakery owner copies card totals from the terminal into a notebook and counts the cash drawer twice.', '', 'Ledger connects to the card terminal and matches each deposit to the day\'s sales.');
    assert.match(part(m, 'problem')!, /^Each night a bakery owner/);
    m = build(...dated, 'Ledger connects to the card terminal and matches each deposit to the day\'s sales.', '', 'It works with the three terminals most bakeries use.');
    assert.equal(part(m, 'problem'), null, 'a paragraph that opens with the product\'s name describes the product, not the problem');
    m = build('# Ledger', '', '*Bookkeeping for bakeries.*', '', 'Ledger is a bookkeeping app for bakeries.', '', 'Card totals and bank deposits live in two places, and owners compare them line by line each night.', '', 'However, you can now let Ledger pair them for you.');
    assert.match(part(m, 'problem')!, /^Card totals and bank deposits/);
    m = build('# Ledger', '', '*Bookkeeping for bakeries.*', '', '## Motivation', '', 'Bakery owners copy card totals into a notebook every night.', '', '## How it works', '', 'Ledger matches each deposit to the day\'s sales.');
    assert.match(part(m, 'problem')!, /Bakery owners copy/);
    m = build('# Tally for Corner Shops', '', 'LEEDS — Tally today launched its stock counter for corner shops. Until now, owners were stuck counting shelves by hand, a slow and error-prone chore.', '', 'Tally reads the till and counts the shelves overnight.');
    assert.match(part(m, 'problem')!, /Until now, owners were stuck/, 'the summary tells the problem in a sentence of its own');
    assert.match(part(m, 'summary')!, /^LEEDS/);
  });

  it('reads a call to action by its form: a sentence that invites the reader to act, with a link or a command', () => {
    const dated = ['# Ledger Closes the Books for Bakeries', '', 'PORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger, a bookkeeping app for independent bakeries.', '', 'Ledger connects to the card terminal and matches each deposit to the day\'s sales.', ''];
    let m = build(...dated, 'Give it a spin with `npx ledger init` and tell us what breaks.', '', 'Ledger keeps every record on the owner\'s tablet.');
    assert.match(part(m, 'call-to-action')!, /^Give it a spin/);
    m = build(...dated, 'Owners who want it read the guide on [our site](https://fernhill.example) when they have a moment, as most did during the pilot in Salem.', '', 'Ledger keeps every record on the owner\'s tablet.');
    assert.equal(part(m, 'call-to-action'), null, 'a sentence about readers, not to them, is no call to action');
  });

  it('reads no template instruction left in a blockquote as release text, and no "**CHANGELOG**:" label as a dateline', () => {
    const m = build(
      '# Stock counts for the tally CLI', '', '## Working Backwards', '',
      '> This section should contain the artifacts from the future, as if the feature was already released.', '',
      '**CHANGELOG**: feat(count): count shelves from the till export', '',
      '## Public FAQ', '', '### What are we launching today?', '', 'A command that counts the stock of a corner shop.',
    );
    assert.equal(part(m, 'summary'), 'A command that counts the stock of a corner shop.', 'the summary is the FAQ\'s launch answer');
    assert.equal(m.parts.summary!.by, 'faq');
  });

  for (const [form, line] of [
    // No launch word follows ("today launched"), so only the dateline can make these the summary.
    ['a bold city', '**SEATTLE** — Tally counts the shelves of corner shops overnight.'],
    ['a bold city and state', '**Seattle, WA** – Tally counts the shelves of corner shops overnight.'],
    ['a city and a date with no dash between', 'SEATTLE, March 3, 2027 — Tally counts the shelves of corner shops overnight.'],
    ['an italic ISO date', '*2027-03-03* — Tally counts the shelves of corner shops overnight.'],
    ['a year only', 'SEATTLE — 2027 — Tally counts the shelves of corner shops overnight.'],
    ['a release line', 'FOR IMMEDIATE RELEASE — Tally counts the shelves of corner shops overnight.'],
    ['unfilled slots', '**[CITY, STATE] – [DATE]** – Tally counts the shelves of corner shops overnight.'],
  ] as const) {
    it(`reads a dateline written as ${form} as the summary`, () => {
      const m = build('# Tally counts stock for corner shops', '', 'Corner shops in Leeds count their shelves overnight.', '', line);
      assert.equal(part(m, 'summary'), line);
    });
  }

  it('does not take a bold label and a dash for a dateline, nor a lone release line for the headline', () => {
    const m = build('**FOR IMMEDIATE RELEASE**', '', '# Tally counts stock for corner shops', '', '**Note** — the figures below are from the pilot.', '', 'Shops lose hours to stock counts.');
    assert.equal(part(m, 'headline'), '# Tally counts stock for corner shops');
    assert.equal(part(m, 'summary'), null);
    // Only parts found are listed: readers walk Object.values(parts).
    assert.ok(Object.values(m.parts).every((p) => p !== undefined), 'no part listed as undefined');
  });

  it('reads parts named by a bold line or a bold label, and parts inside sections with other names', () => {
    const m = build(
      '# Tally counts stock for corner shops', '', 'SEATTLE, WA — March 3, 2027 — Acme today launched Tally.', '',
      '**The Problem: Counting Eats the Evening**', '', 'Shop owners count shelves by hand for two hours every Sunday.', '',
      '**The solution.** Tally reads the till and the delivery notes and keeps the count for them.', '',
      '## How it works', '', 'A camera over each shelf checks the count every night.', '',
      '"We built Tally after watching owners count cans at midnight," said the product owner at Acme.', '',
      '**Getting started.** Owners install Tally from the app store and scan one shelf.', '',
      '## Availability', '', 'Tally is available today in Yorkshire.', '', 'Learn more at tally.example.',
      '', '## Customer Quotes', '', '> "I got my Sundays back."', '> — Shop owner in Leeds',
    );
    assert.match(part(m, 'problem')!, /Counting Eats the Evening[\s\S]*two hours/);
    assert.match(part(m, 'solution')!, /^\*\*The solution/);
    assert.match(part(m, 'leader-quote')!, /product owner/);
    assert.match(part(m, 'getting-started')!, /^\*\*Getting started/);
    assert.match(part(m, 'call-to-action')!, /Learn more at tally/);
    assert.match(part(m, 'customer-quote')!, /Sundays back/);
  });

  it('finds quotes attributed by a dash line, a place, a role or by nobody, with any quote marks', () => {
    const release = (...quotes: string[]) => build('# Tally counts stock for corner shops', '', 'SEATTLE, WA — March 3, 2027 — Acme today launched Tally.', '', 'Owners lose two hours a week to stock counts.', '', ...quotes);
    const a = release('> “Tally gave me my Sundays back, and my counts are right for once.', '> —Shop owner in Leeds', '');
    assert.match(part(a, 'customer-quote')!, /Sundays back/);
    assert.equal(part(a, 'leader-quote'), null, 'a customer speaks for no company');
    const b = release('"No owner should count cans at midnight," said Dana Cole, founder of Acme.', '', '> I used to count every shelf by hand. Now the count is waiting for me.', '> - Ravi from Bradford', '');
    assert.match(part(b, 'leader-quote')!, /Dana Cole/);
    assert.match(part(b, 'customer-quote')!, /Ravi from Bradford/);
    const c = release('&ldquo;The count is finally right every single morning,&rdquo; said Ravi, a shop owner in Bradford.', '');
    assert.match(part(c, 'customer-quote')!, /Ravi/);
    const d = release('"I used to count every can on a Sunday night, and now I do not count any."', '');
    assert.match(part(d, 'customer-quote')!, /every can/, 'a quotation attributed to nobody');
  });

  it('does not take a note in a blockquote, a licence line or a documentation pointer for a part', () => {
    const m = build(
      '# Tally counts stock for corner shops', '', 'SEATTLE, WA — March 3, 2027 — Acme today launched Tally.', '',
      '> The classes in this module are experimental and may change in any release.', '',
      'Tally reads the till every night and keeps the count for the owner.', '',
      'Tally is licensed under the Apache License 2.0; see [LICENSE](LICENSE).',
    );
    assert.equal(part(m, 'leader-quote'), null);
    assert.equal(part(m, 'customer-quote'), null);
    assert.equal(part(m, 'call-to-action'), null);
  });

  it('reads template headings as the parts they name', () => {
    const m = build('# Headline', '', 'Tally counts stock for corner shops', '', '## Subheadline', '', 'Owners count overnight.', '', '## Intro paragraph', '', 'Acme launched Tally.', '', '## Quote from You', '', '"We built it for owners," said Dana.');
    for (const id of ['headline', 'subheading', 'summary', 'leader-quote'] as const) assert.ok(m.parts[id]?.heading !== undefined, id);
  });

  it('takes the FAQ\'s answer to "What are we launching today?" as the summary of a release without one', () => {
    const m = build(
      '# Stock counts for corner shops', '', 'Owners count their shelves overnight.', '', '## Working Backwards', '',
      'Owners lose two hours a week to stock counts.', '', '## Public FAQ', '', '### What are we launching today?', '',
      'Tally, an overnight stock count for corner shops.', '', '### Is it free?', '', 'Yes.',
    );
    assert.equal(part(m, 'summary'), 'Tally, an overnight stock count for corner shops.');
  });

  it('reads a paragraph whose subject is the launched product as the solution, even with a pain word in it', () => {
    const situation = 'After a twelve-hour shift, the owner of a small bakery sits down with the till roll and the bank statement and ticks off each card deposit.';
    const product = 'Ledger connects to the till and the bank and matches each deposit to the day\'s sales, so the owner reviews only the few it cannot place.';
    const m = build(
      '# Fernhill Launches Ledger for Bakeries', '', '*Owners close the day in ten minutes.*', '',
      'PORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger, a bookkeeping app for small bakeries.', '',
      situation, '', product, '', '"We built Ledger for the bakers we grew up with," said Tom Hale, CEO of Fernhill.',
    );
    assert.equal(part(m, 'problem'), situation);
    assert.equal(part(m, 'solution'), product);
  });

  it('starts the solution at the paragraph whose subject is the product, before a later one that offers the fix in so many words', () => {
    const changes = 'Ledger changes the close in three ways. First, it reads the till and the bank feed each evening.';
    const m = build(
      '# Fernhill Launches Ledger for Bakeries', '', '*Owners close the day in ten minutes.*', '',
      'PORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger, a bookkeeping app for small bakeries.', '',
      'Owners of small bakeries lose an hour every evening matching card deposits by hand.', '',
      changes, '', 'Second, it matches each deposit to the day\'s sales.', '', 'Third, owners no longer retype a single receipt.',
    );
    assert.match(part(m, 'solution') ?? '', new RegExp(`^${changes}`));
    assert.match(part(m, 'solution') ?? '', /Third, owners no longer retype/);
  });

  it('takes no README paragraph after a release\'s last quote for its call to action: past a heading it is another artefact', () => {
    const readme = 'The timer construct watches one oven and raises an alert when it runs hot.';
    const m = build(
      '# Oven timers', '', '## Working Backwards', '', '### Press Release', '',
      'Fernhill today announced oven timers for the Ledger console, so bakers stop burning the first batch.', '',
      'Bakers who run three ovens cannot watch all of them, and lose a tray a week.', '',
      '"We used to lose a tray every Monday," said Ana Ruiz, head baker at Salem Bread.', '',
      '### README', '', readme, '', '## FAQ', '', '### Is it free?', '', 'Yes.',
    );
    assert.equal(part(m, 'call-to-action'), null);
    assert.equal(part(m, 'solution'), readme);
    // In the quote's own section, the paragraph after it still closes the release, whatever it says.
    const close = 'Bakers can add the timers from the console this week.';
    const classic = build('# Oven timers', '', 'Fernhill today announced oven timers for the Ledger console.', '', '"We used to lose a tray every Monday," said Ana Ruiz, head baker at Salem Bread.', '', close);
    assert.equal(part(classic, 'call-to-action'), close);
  });

  it('reads no problem in a README past the code under its opening prose', () => {
    const m = build(
      '# Oven timers', '', '## Working Backwards', '', '### README', '', 'The `OvenTimer` construct watches an oven and raises an alert.', '',
      '```ts', "new OvenTimer(this, 'Timer', { oven: 'north' });", '```', '',
      'During synthesis the library generates:', '', '- a function that reads the oven every minute,', '- an alarm that fires if a reading fails.', '',
      '## Public FAQ', '', '### What are we launching today?', '', 'Oven timers for bakery ovens.',
    );
    assert.equal(part(m, 'problem'), null);
  });

  it('reads a README that opens with the pain as it is today as the problem, when the FAQ holds the summary', () => {
    const pain = 'Today, owners type each receipt into the till by hand, which takes a whole evening every month.';
    const readme = (faqSummary: boolean) => build(
      '# Receipt import for Tally', '', '## Working Backwards', '', '### README', '', pain, '',
      'With receipt import, an owner drops a folder of receipts on the console and Tally reads them all.', '',
      '## Public FAQ', '', ...(faqSummary ? ['### What are we launching today?', '', 'Receipt import for the Tally console.'] : ['### Is it free?', '', 'Yes.']),
    );
    const m = readme(true);
    assert.equal(part(m, 'problem'), pain);
    assert.equal(part(m, 'summary'), 'Receipt import for the Tally console.');
    // With no summary in the FAQ, the release's opening stays its summary: it is all the news there is.
    assert.equal(part(readme(false), 'summary'), pain);
  });

  it('reads a proposal\'s opening that states a limitation as its problem', () => {
    const rfc = (opening: string) => build(
      '# Stock counts in every language', '', opening, '', '## Working Backwards', '', '### CHANGELOG', '',
      '**feat:** stock counts for every supported language', '', '## Public FAQ', '', '### What are we launching today?', '',
      'Tally, an overnight stock count for corner shops.',
    );
    const limited = 'Tally counts the stock of every shop that runs the desktop app overnight. The count is only available to those shops, and it has resulted in a slower close for the owners who sell from a phone or a tablet.';
    assert.equal(part(rfc(limited), 'problem'), limited);
    // A plain statement of what the proposal adds is no problem.
    assert.equal(part(rfc('This proposal adds stock counts to the phone app.'), 'problem'), null);
  });
});

describe('model: FAQs as writers outside the team write them', () => {
  const release = lines('## Press release', '', '### Ledger closes the books for bakeries', '', 'PORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger.', '');

  it('reads a "Press Release / FAQ" document title as the title, and a topic-grouped FAQ as the external one', () => {
    const m = buildModel(lines(
      '# Ledger Press Release / FAQ', '', release,
      '## Frequently Asked Questions', '', '### General questions', '', '**Q: What is Ledger?**', '', 'A: A bookkeeping app for bakeries.', '',
      '### Privacy', '', '**Q: Who sees my sales?**', '', 'A: Only you and your accountant.',
    ), { kind: 'prfaq' });
    assert.equal(m.faqs['internal-faq'], undefined);
    assert.match(m.blocks[m.faqs['external-faq']!.heading].plain, /^Frequently Asked Questions/);
    assert.deepEqual(qs(m).map((q) => [q.faq, q.q]), [['external-faq', 'What is Ledger?'], ['external-faq', 'Who sees my sales?']]);
    assert.ok(m.parts.headline && m.parts.summary, 'the press release is read under the title');
  });

  it('names the two FAQs by their audience, and reads the internal one first when it comes first', () => {
    const byAudience = buildModel(lines(
      release, '## FAQ', '', '### For the person using it', '', '**Does it work offline?**', 'Yes, for a week.', '',
      '### For the people deciding whether to build it', '', '**Why now?**', 'Card terminals opened their APIs this year.',
    ), { kind: 'prfaq' });
    assert.deepEqual(qs(byAudience).map((q) => [q.faq, q.q]), [['external-faq', 'Does it work offline?'], ['internal-faq', 'Why now?']]);
    const internalFirst = buildModel(lines(release, '## Internal FAQ', '', '### Why now?', '', 'APIs opened.', '', '## External FAQ', '', '### Is there a trial?', '', 'Yes.'), { kind: 'prfaq' });
    assert.deepEqual(qs(internalFirst).map((q) => q.faq), ['internal-faq', 'external-faq']);
  });

  it('reads numbered bold questions, C1/I1 labels, a bold question wrapped over two lines and a bold Q: with its answer below', () => {
    const m = buildModel(lines(
      release, '## External FAQ', '',
      '1. **Who is the customer?** Owners of single-shop bakeries in Oregon.',
      '2. **What does it cost?** $19 a month.', '',
      '**C3. Which card terminals does it read?**', 'Square and Clover.', '',
      '## Internal FAQ', '',
      '**I1. How does this compare with the accounting suites bakeries',
      'already pay for?**', 'They file taxes; Ledger closes the day.', '',
      '**Q: What is the biggest risk?**', 'Bank feeds that break without notice.', '',
      '**Is there a pilot?** Yes: twelve bakeries in Salem.',
    ), { kind: 'prfaq' });
    assert.deepEqual(qs(m), [
      { faq: 'external-faq', q: 'Who is the customer?', a: 'Owners of single-shop bakeries in Oregon.' },
      { faq: 'external-faq', q: 'What does it cost?', a: '$19 a month.' },
      { faq: 'external-faq', q: 'C3. Which card terminals does it read?', a: 'Square and Clover.' },
      { faq: 'internal-faq', q: 'I1. How does this compare with the accounting suites bakeries\nalready pay for?', a: 'They file taxes; Ledger closes the day.' },
      { faq: 'internal-faq', q: 'What is the biggest risk?', a: 'Bank feeds that break without notice.' },
      { faq: 'internal-faq', q: 'Is there a pilot?', a: 'Yes: twelve bakeries in Salem.' },
    ]);
  });

  it('reads numbered-list FAQs whose answer follows on the next line, with or without Q:/A: markers', () => {
    const m = buildModel(lines(
      release, '## FAQ', '',
      '1. Is there a free plan?', '   TK',
      '2. Q: Can two shops share an account?', '   A: Yes, from June.',
      '3. **Q: Is there a yearly plan?**', '   **A:** TBD',
      '4. What does it cost', '   for a shop with two sites?', '',
      '   $20 a month.',
    ), { kind: 'prfaq' });
    assert.deepEqual(qs(m).map(({ q, a }) => ({ q, a })), [
      { q: 'Is there a free plan?', a: 'TK' },
      { q: 'Can two shops share an account?', a: 'Yes, from June.' },
      { q: 'Is there a yearly plan?', a: 'TBD' },
      { q: 'What does it cost\n   for a shop with two sites?', a: '$20 a month.' },
    ]);
    assert.deepEqual(m.questions.map((q) => q.answered), [false, true, false, true]);
  });

  it('takes only question-shaped lines for questions: no "How it works" heading, no bullets inside an answer', () => {
    const m = buildModel(lines(
      release, '## External FAQ', '',
      '### How much does it cost?', '', '$19 a month.', '', '- Should we offer a yearly plan?', '',
      '### How it works', '', 'Ledger reads the card terminal each night.', '',
      '### Who it is for', '', 'Bakery owners.', '',
      '### Can I cancel?', '', 'Any time.', '',
      '### 5. Who owns the data', '', 'The shop.',
    ), { kind: 'prfaq' });
    assert.deepEqual(qs(m).map((q) => q.q), ['How much does it cost?', 'Can I cancel?', '5. Who owns the data']);
    assert.match(qs(m)[0].a!, /yearly plan/);
  });

  it('reads an FAQ title written as a line of its own, bold or plain, but not a sentence that mentions the FAQ', () => {
    const m = buildModel(lines(
      release, 'Answers to what owners ask are in the FAQ below.', '',
      '**Frequently Asked Questions**', '', '**Q: Is there a trial?**', 'A: Yes, 30 days.', '',
      'Internal FAQ:', '', '**Q: Why now?**', 'A: Card terminals opened their APIs this year.',
    ), { kind: 'prfaq' });
    assert.deepEqual(qs(m).map((q) => [q.faq, q.q]), [['external-faq', 'Is there a trial?'], ['internal-faq', 'Why now?']]);
    assert.match(m.blocks[m.faqs['external-faq']!.heading].plain, /^Frequently Asked Questions$/);
    assert.ok(m.pressRelease!.end <= m.faqs['external-faq']!.start, 'the press release ends where the FAQ starts');
  });

  it('reads a numbered FAQ title line and titles that say who may ask ("Questions the board may ask")', () => {
    const memo = (title: string) => lines(
      '# Van stocking', '', '**1. Context**', '', 'Technicians miss parts on one visit in five.', '', '**2. Proposal**', '', 'Forecast parts nightly.', '',
      title, '', '*Why now?* New boilers arrive in May.', '', '*What does it cost?* Two hours of a planner a night.',
    );
    for (const title of ['**3. FAQ**', '**3. Questions the board may ask**', '## 3. Questions readers will ask', '**Questions we expect**', '## Anticipated questions']) {
      const m = buildModel(memo(title), { kind: 'narrative' });
      assert.deepEqual(m.questions.map((q) => q.text), ['Why now?', 'What does it cost?'], title);
    }
    // A sentence in bold that mentions questions is no FAQ title.
    assert.equal(buildModel(memo('**3. We asked the board three questions**'), { kind: 'narrative' }).questions.length, 0);
  });

  it('reads topic headings under a bold FAQ title line as groups of that FAQ', () => {
    const m = buildModel(lines(
      release, '**Internal FAQ**', '', '### Costs', '', '#### What does it cost us?', '', 'Two engineers for a quarter.', '',
      '### Risks', '', '#### What could go wrong?', '', 'Bank feeds lag a day.', '',
      '**External FAQ**', '', '### Pricing', '', '**How much is it?** $12 a month.', '', '**Is there a trial?** Yes, 30 days.', '',
      '## Appendix', '', '### Survey', '', 'Forty owners answered.',
    ), { kind: 'prfaq' });
    assert.deepEqual(qs(m).map((q) => [q.faq, q.q]), [
      ['internal-faq', 'What does it cost us?'], ['internal-faq', 'What could go wrong?'], ['external-faq', 'How much is it?'], ['external-faq', 'Is there a trial?'],
    ]);
    assert.ok(m.faqs['external-faq']!.end <= m.text.indexOf('## Appendix'), 'a heading over no question ends the FAQ');
  });

  it('reads "Questions from <anyone>" as an FAQ, typed by its askers or by the other FAQ', () => {
    const m = buildModel(lines(
      release, '## Questions from the board', '', '### Why now?', '', 'APIs opened.', '', '## Questions from bakers', '', '### Is there a trial?', '', 'Yes, 30 days.',
    ), { kind: 'prfaq' });
    assert.deepEqual(qs(m).map((q) => [q.faq, q.q]), [['internal-faq', 'Why now?'], ['external-faq', 'Is there a trial?']]);
  });

  it('reads an "Open questions" section as questions still to answer', () => {
    const m = buildModel(lines(
      release, '## External FAQ', '', '### Is there a trial?', '', 'Yes.', '', '## Internal FAQ', '', '### Why now?', '', 'APIs opened.', '',
      '## Open questions this draft raises', '', '- Who is the first customer: bakeries or cafés?', '- What does a bank feed cost us per shop?',
    ), { kind: 'prfaq' });
    const open = m.questions.filter((q) => /first customer|bank feed/.test(q.text));
    assert.equal(open.length, 2);
    assert.ok(open.every((q) => !q.answered));
  });
});

describe('model: kind', () => {
  const body = lines('# Ledger', '', 'Some text.', '', '## FAQ', '', '### Is it free?', '', 'No.');
  it('front matter, then file name, then globs, then content', () => {
    assert.equal(buildModel('---\nkind: narrative\n---\n' + body, { path: 'x.prfaq.md' }).kind, 'narrative');
    assert.equal(buildModel(body, { path: 'docs/idea.prfaq.md' }).kind, 'prfaq');
    assert.equal(buildModel(body, { path: 'docs/idea.narrative.md' }).kind, 'narrative');
    assert.equal(buildModel(body, { path: 'plans/idea.md', globs: { prfaq: [], narrative: ['plans/**'] } }).kind, 'narrative');
    assert.equal(buildModel(PLAIN_PR, { path: 'idea.md' }).kind, 'prfaq');
  });
  it('a README with a plain FAQ section stays quiet', () => {
    const readme = lines('# fastjson', '', 'A JSON parser.', '', '## Install', '', 'npm install fastjson', '', '## FAQ', '', '### Why is it fast?', '', 'SIMD.');
    assert.equal(buildModel(readme, { path: 'README.md' }).kind, null);
    assert.deepEqual(review(readme, { path: 'README.md' }).diagnostics, []);
  });
  it('recognises a narrative by its sections', () => {
    const doc = lines('# Van stocking', '', '## Introduction', '', 'Technicians miss parts.', '', '## Tenets', '', 'First visit fixes.', '', '## Proposal', '', 'Stock vans nightly.');
    assert.equal(buildModel(doc, { path: 'memo.md' }).kind, 'narrative');
  });
  it('reads a numbered bold line as a section title by the words after its number', () => {
    const doc = lines('# Van stocking', '', '**1. Why the vans come back empty today**', '', 'Technicians miss parts.', '', '**2. What we learned from the Eastside depot trial**', '', 'Stocking from history halved return trips.');
    const titles = buildModel(doc, { path: 'memo.md' }).sections.map((s) => s.title);
    assert.ok(titles.some((t) => t.includes('What we learned from the Eastside depot trial')), titles.join(' | '));
  });
});

describe('model: real Working Backwards RFCs (input only)', () => {
  const dir = '/work/shared/corpus/aws-cdk-rfcs';
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /^\d+.*\.md$/.test(f)) : [];
  if (!files.length) it.skip('corpus not present');
  for (const f of files) {
    it(`${f}: a prfaq by content, with FAQs and answered questions`, () => {
      const m = buildModel(readFileSync(join(dir, f), 'utf8'), { path: join(dir, f) });
      assert.equal(m.kind, 'prfaq');
      const ext = m.questions.filter((q) => q.faq === 'external-faq').length;
      const int = m.questions.filter((q) => q.faq === 'internal-faq').length;
      assert.ok(ext + int >= 3, `${ext} + ${int} questions`);
      // Every RFC but one has an internal FAQ; every one but one a public FAQ.
      if (m.faqs['internal-faq']) assert.ok(int >= 1);
      if (m.faqs['external-faq']) assert.ok(ext >= 1);
      assert.ok(m.faqs['internal-faq'] || m.faqs['external-faq']);
      // Every question there has an answer but 0374's last, followed only by link reference definitions (its structure label says unanswered).
      const empty = m.questions.flatMap((q, i) => (q.answer && q.answer.text.length > 0 ? [] : [i]));
      assert.deepEqual(empty, f.startsWith('0374-') ? [m.questions.length - 1] : [], 'every question there has an answer');
    });
  }
  it('finds an internal FAQ in all but one and a public FAQ in all but one', () => {
    if (!files.length) return;
    const models = files.map((f) => buildModel(readFileSync(join(dir, f), 'utf8'), { path: join(dir, f) }));
    assert.equal(models.filter((m) => m.faqs['internal-faq']).length, files.length - 1);
    assert.equal(models.filter((m) => m.faqs['external-faq']).length, files.length - 1);
  });
});

describe('model: FAQ regions in template-style documents', () => {
  const doc = lines(
    '# PR/FAQ: Tallyroom',
    '',
    '## Headline',
    '',
    'Tallyroom counts stock for hardware stores in Leeds overnight',
    '',
    '## Frequently Asked Questions',
    '',
    '### Customer FAQ',
    '',
    '**Q1. Which tills does it read?**',
    '',
    'The three tills most stores in Yorkshire use.',
    '',
    '### Internal FAQ',
    '',
    '### Q: How many stores could use this?',
    '',
    'About 2,300 independent stores in the north of England.',
    '',
    '### Q: What is the biggest risk?',
    '',
    'Stores that count by hand may not trust the numbers.',
  );
  const m = buildModel(doc, { kind: 'prfaq' });

  it('does not take a "PR/FAQ: Product" title for the FAQ', () => {
    assert.equal(m.parts.headline && doc.slice(m.parts.headline.start, m.parts.headline.end).includes('Tallyroom counts stock'), true);
    assert.ok(m.pressRelease && m.pressRelease.start === 0);
  });

  it('finds each question once, and question headings at the FAQ heading\'s own level belong to it', () => {
    assert.deepEqual(qs(m), [
      { faq: 'external-faq', q: 'Which tills does it read?', a: 'The three tills most stores in Yorkshire use.' },
      { faq: 'internal-faq', q: 'How many stores could use this?', a: 'About 2,300 independent stores in the north of England.' },
      { faq: 'internal-faq', q: 'What is the biggest risk?', a: 'Stores that count by hand may not trust the numbers.' },
    ]);
  });
});

describe('model: a two-sentence subheading', () => {
  it('is still the subheading when it sits between the headline and the dateline', () => {
    const doc = lines(
      '# Stepwise: physiotherapy exercises that check themselves',
      '',
      'Knee-surgery patients in Bristol do their exercises at home with a coach in their phone. Stepwise counts every repetition.',
      '',
      'BRISTOL, England — 4 May 2027 — Stepwise today launched its home exercise coach for patients recovering from knee surgery.',
    );
    const m = buildModel(doc, { kind: 'prfaq' });
    assert.match(partText(m, 'subheading') ?? '', /^Knee-surgery patients/);
    assert.match(partText(m, 'summary') ?? '', /^BRISTOL/);
  });
});

describe('model: parts told in other words and forms than the first releases we read', () => {
  const part = (m: DocModel, id: keyof DocModel['parts']) => partText(m, id)?.trim() ?? null;
  const build = (...l: string[]) => buildModel(lines(...l), { kind: 'prfaq' });
  const quotes = [
    '"We built this because our own fridges were full of good intentions," said Maya Osei, founder of Pantry Pal.', '',
  ];

  it('reads a problem asked as a question, whose "give up" offers no solution', () => {
    const m = build(
      '# Pantry Pal Tells You What to Cook Tonight', '', '*Home cooks turn the food they have into dinner.*', '',
      'LEEDS, UK — May 4, 2026 — Pantry Pal, a free app for phones, launches today.', '',
      'Ever tried to plan a week of meals around half a bag of lentils? Most of us give up, order a takeaway, and bin the vegetables on Sunday.', '',
      'Pantry Pal keeps a list of what you bought. Each evening it suggests three dinners.', '', ...quotes,
    );
    assert.match(part(m, 'problem')!, /^Ever tried/);
    assert.match(part(m, 'solution')!, /^Pantry Pal keeps/);
  });

  it('reads a problem told as a statistic and in words the first tables lacked, under a summary found by its place', () => {
    const m = build(
      '# Tenant Deposit Tracker', '', 'Renters in Ohio get their deposit back on time.', '',
      'Tenant Deposit Tracker is a free service from the Ohio Renters Union that keeps photos, the lease and deadlines together.', '',
      '4 in 10 renters in Ohio had part of their deposit withheld last year. Move-in photos are scattered across phones and the deadline passes unnoticed.', '',
      'The tracker asks for your move-in date and photos, and writes the letter if the landlord misses the deadline.', '', ...quotes,
    );
    assert.match(part(m, 'problem')!, /^4 in 10/);
    assert.match(part(m, 'solution')!, /^The tracker/);
  });

  it('does not take "X today rely on…" for the launch when the paragraph reads as the problem', () => {
    const m = build(
      '# Atlas Inventory for Clinics', '', '**Practice managers always know what is on the shelf.**', '',
      'Atlas Inventory tracks the consumables of a dental clinic and reorders them before they run out.', '',
      'Practice managers today rely on spreadsheets and memory. Counts are outdated within a day, and clinics find out mid-procedure that the gloves are gone.', '',
      'Atlas scans each box as it is opened and keeps a live count.', '', ...quotes,
    );
    assert.match(part(m, 'summary')!, /^Atlas Inventory tracks/);
    assert.match(part(m, 'problem')!, /^Practice managers today/);
  });

  it('reads a one-line opening that tells the benefit as news over the problem as the summary, with no subheading', () => {
    const m = build(
      '# Ferry Times on Your Lock Screen', '',
      'Islanders who commute by ferry now see the next sailing and any delay on their lock screen.', '',
      'Commuters check three websites to find out whether the 7:10 is running. Delays are posted late, if at all.', '',
      'The widget shows the next two sailings and turns red when one is late.', '', ...quotes,
    );
    assert.equal(part(m, 'subheading'), null);
    assert.match(part(m, 'summary')!, /^Islanders/);
    assert.match(part(m, 'problem')!, /^Commuters/);
  });

  it('reads a long first line that defines the product, over the problem, as the summary, with no subheading', () => {
    const m = build(
      '# Supper Plans Tonight', '',
      'Supper is a dinner planner for iPhone that reads your receipts and suggests three dinners each evening from what is already in your cupboard.', '',
      'Cooks waste an hour each week guessing what to make, and a third of the food they buy goes in the bin.', '',
      'The app suggests three dinners each evening.', '', ...quotes,
    );
    assert.equal(part(m, 'subheading'), null);
    assert.match(part(m, 'summary')!, /^Supper is a dinner planner/);
    assert.match(part(m, 'problem')!, /^Cooks waste/);
  });

  it('keeps "Now home cooks can…" as the subheading over a paragraph that defines the product', () => {
    const m = build(
      '# Supper Plans Tonight', '', 'Now home cooks can turn what they have into dinner.', '',
      'Supper is a dinner planner for iPhone that reads your receipts.', '',
      'Cooks waste an hour each week guessing what to make.', '', ...quotes,
    );
    assert.match(part(m, 'subheading')!, /^Now home cooks/);
    assert.match(part(m, 'summary')!, /^Supper is/);
  });

  it('keeps a plain "now" subheading that stands over a dateline', () => {
    const m = build(
      '# Ferry Times on Your Lock Screen', '',
      'Islanders who commute by ferry now see the next sailing on their lock screen.', '',
      'Commuters check three websites to find out whether the 7:10 is running. Delays are posted late.', '',
      'OBAN, Scotland — May 4, 2027 — Island Ferries today launched a lock-screen widget.', '',
    );
    assert.match(part(m, 'subheading')!, /^Islanders/);
  });

  it('reads a problem under a heading in the writer\'s words ("What new hires face today") and "Contact your rep" as the close', () => {
    const m = build(
      '### Beacon Gives Every New Hire a Working Laptop', '', '*IT teams ship a ready laptop to each new hire.*', '',
      'Beacon today announced zero-touch laptop setup.', '',
      '#### What new hires face today', '', 'New hires spend their first morning on the phone with IT.', '',
      '#### What changes', '', 'Beacon ships each laptop with the accounts already on it.', '', ...quotes,
      '"Our new hires were working by ten," said Tom Ek, IT manager at a logistics firm.', '',
      'Contact your Beacon rep to switch it on.',
    );
    assert.match(part(m, 'problem')!, /New hires spend/);
    assert.match(part(m, 'solution')!, /Beacon ships/);
    assert.match(part(m, 'call-to-action')!, /^Contact your Beacon rep/);
  });

  it('tells a leader in "customer services" from a customer, and a paragraph between the quotes that only says where to go is getting started too', () => {
    const m = build(
      '# Paved Road', '', '*Product teams get a new service in an afternoon.*', '',
      'The platform team today opened Paved Road to all 40 product teams.', '',
      'Spinning up a service means eleven tickets to four teams.', '',
      'Paved Road is one form that creates the repository and pipeline.', '',
      '"Three weeks of tickets is three weeks nobody learns anything," said Aino Virtanen, head of customer services at Norda.', '',
      'Go to paved.norda.internal and press New service.', '',
      '"We went from idea to staging on a Tuesday," said Karl Berg, a tech lead on the checkout team.',
    );
    assert.match(part(m, 'leader-quote')!, /Aino Virtanen/);
    assert.match(part(m, 'customer-quote')!, /Karl Berg/);
    assert.match(part(m, 'getting-started')!, /^Go to paved/);
    assert.match(part(m, 'call-to-action')!, /^Go to paved/);
  });

  it('reads what others offer, conceded before "but", as the problem, not the solution', () => {
    const m = build(
      '# Billwise Shows Your Energy Bill Before It Arrives', '', '*Households in Leeds see next month\'s bill a month early.*', '',
      'LEEDS — Billwise today launched bill forecasts for households in Leeds.', '',
      'Suppliers offer apps, but none of them shows what a bill will cost before it arrives.', '',
      'Billwise reads your meter each night and sends the month\'s estimate.', '', ...quotes,
    );
    assert.match(part(m, 'problem')!, /^Suppliers offer apps/);
    assert.match(part(m, 'solution')!, /^Billwise reads/);
  });

  it('reads a line ending in a colon over a list of pains as the problem, with its list', () => {
    const m = build(
      '# Tidy Books for Sole Traders', '', '*Tradespeople file their tax return in an evening.*', '',
      'Tidy Books today released its tax return assistant for sole traders.', '',
      'At the end of the tax year, a plumber faces:', '', '- receipts in the van and three inboxes', '- a form with 40 boxes and no idea which apply', '',
      'Tidy Books reads the bank feed all year and fills in the return.', '', ...quotes,
    );
    assert.match(part(m, 'problem')!, /^At the end[\s\S]*no idea/);
    assert.match(part(m, 'solution')!, /^Tidy Books reads/);
    // A label over a list of features is no problem.
    const f = build(
      '# Tidy Books for Sole Traders', '', '*Tradespeople file their tax return in an evening.*', '',
      'Tidy Books today released its tax return assistant for sole traders.', '',
      '**Key features:**', '', '- flags the risk of a late filing', '- no idea is too small', '', ...quotes,
    );
    assert.equal(part(f, 'problem'), null);
  });

  it('reads "free in the App Store" as getting started and the call to action', () => {
    const m = build(
      '# Waypoint Finds Your Gate', '', '**LONDON** — Waypoint today added live gate directions for travellers at Heathrow.', '',
      'Travellers with a tight connection get lost between terminals and miss flights.', '',
      'Waypoint shows a walking route to your gate.', '', ...quotes,
      'Waypoint is free in the App Store.', '',
      '"I made a 40-minute connection with time for coffee," said Lisa Grant, a consultant who flies weekly.',
    );
    assert.match(part(m, 'getting-started')!, /App Store/);
    assert.match(part(m, 'call-to-action')!, /App Store/);
  });

  it('reads a problem told before the dateline, between the subheading and the summary', () => {
    const m = build(
      '# Austin Parks Opens Online Court Booking', '', '*Tennis players in Austin book a court a week ahead.*', '',
      'On a Saturday morning, players queue at the fence with no idea whether a court will be free.', '',
      'AUSTIN, TX — The city of Austin today opened online booking for its 84 public courts.', '',
      'Players pick a park, a court and an hour, and pay online.', '', ...quotes,
    );
    assert.match(part(m, 'problem')!, /^On a Saturday/);
    assert.match(part(m, 'summary')!, /^AUSTIN/);
  });

  it('reads "No more waiting…" as the solution saying the pain is gone, not as the problem', () => {
    const m = build(
      '# Austin Parks Opens Online Court Booking', '', '*Tennis players in Austin book a court a week ahead.*', '',
      'AUSTIN, TX — The city of Austin today opened online booking for its 84 public courts.', '',
      'No more waiting by the fence or guessing which court is free: players pick a court and an hour, and pay online.', '', ...quotes,
    );
    assert.equal(part(m, 'problem'), null);
    assert.match(part(m, 'solution')!, /^No more waiting/);
  });

  const supper = [
    'LEEDS — Supper today launched its dinner planner.', '',
    'Cooks waste an hour each week guessing what to make, and a third of the food they buy goes in the bin.', '',
    'The app suggests three dinners each evening from what is in the cupboard.', '',
    '"We built it for our own kitchens," said Maya Osei, founder of Supper.', '',
    '"I cook at home four nights a week now," said Tom Reid, a nurse in Leeds.', '',
    'Learn more at supper.example.',
  ];

  it('reads the headline in "# Press Release: Title"', () => {
    const m = build('# Press Release: Supper Plans Tonight', '', '*Home cooks turn what they have into dinner.*', '', ...supper);
    assert.equal(part(m, 'headline'), '# Press Release: Supper Plans Tonight');
    assert.equal(part(m, 'subheading'), '*Home cooks turn what they have into dinner.*');
  });

  it('reads a bold title line over a "##" sentence as the headline and its subheading', () => {
    const m = build('**Supper Plans Tonight**', '', '## Home cooks turn what they have into dinner', '', ...supper);
    assert.equal(part(m, 'headline'), '**Supper Plans Tonight**');
    assert.equal(part(m, 'subheading'), '## Home cooks turn what they have into dinner');
  });

  it('reads the parts under a template\'s lone "## Summary" heading that holds the whole release', () => {
    const m = build('# Supper Plans Tonight', '', '*Home cooks turn what they have into dinner.*', '', '## Summary', '', ...supper);
    assert.match(part(m, 'summary')!, /^## Summary\s+LEEDS/);
    assert.match(part(m, 'problem')!, /^Cooks waste/);
    assert.match(part(m, 'solution')!, /^The app suggests/);
    assert.match(part(m, 'leader-quote')!, /Maya Osei/);
    assert.match(part(m, 'customer-quote')!, /Tom Reid/);
    assert.match(part(m, 'call-to-action')!, /^Learn more/);
  });

  it('reads a code block that installs the tool as getting started', () => {
    const m = build(
      '# Shipwright 2.0', '', '*Platform engineers deploy any service with one command.*', '',
      'Shipwright 2.0, released today, replaces an eleven-step runbook with one command.', '',
      'Shipwright reads the repository and writes the deployment for it.', '', ...quotes,
      '```', 'brew install shipwright && shipwright deploy', '```', '',
      '"I shipped my first service on my first day," said Omar Haddad, a backend engineer on the payments team.',
    );
    assert.match(part(m, 'getting-started')!, /brew install/);
  });

  it('reads an RFC\'s "## Motivation" above "## Press Release" as the problem when the release tells none', () => {
    const rfc = (...release: string[]) => build(
      '# Offline forms for the survey app', '', '## Motivation', '',
      'Surveyors work in cellars with no signal, and the app loses the half-filled form when the connection drops.', '',
      '## Press Release', '', '**Survey app works without a signal**', '',
      'Surveyors can now fill in and queue forms anywhere.', '', ...release,
      '## FAQ', '', '### What happens to queued forms?', '', 'They upload when the phone is back online.',
    );
    const m = rfc('Today the survey team released offline forms. Queued forms upload in the order they were written.', '');
    assert.match(part(m, 'problem')!, /^## Motivation\s+Surveyors work in cellars/);
    // The release's own problem paragraph wins over the section above it.
    const own = rfc('Today the survey team released offline forms.', '', 'Surveyors today lose their work and have to retype it by hand at night.', '');
    assert.match(part(own, 'problem')!, /^Surveyors today lose/);
  });

  it('reads a how-to line ending in a colon over a code block as getting started, not any line over code', () => {
    const readme = (line: string) => build(
      '# Retry policies for the HTTP client', '', '## Working Backwards', '', '### README', '', '## Retries', '',
      'Calls that time out can now be retried by the client itself, with a growing wait between attempts.', '',
      line, '', '```ts', 'const client = new HttpClient({ retry: { attempts: 4 } });', '```', '',
      'Each retry waits longer than the last and adds random jitter.', '',
    );
    assert.match(part(readme('Pass a policy when you create the client:'), 'getting-started')!, /^Pass a policy[\s\S]*HttpClient/);
    assert.match(part(readme('The default waits one second. To use another policy, pass it when you create the client:'), 'getting-started')!, /^The default/);
    assert.equal(part(readme('This example configures the client with four attempts:'), 'getting-started'), null);
  });

  it('reads a README\'s HTML title and tagline as the headline and subheading', () => {
    const m = build(
      '<p align="center"><img src="logo.svg" alt=""></p>', '', '<h1 align="center">Lantern</h1>', '',
      '<p align="center"><em>A tiny status page you can host from a single binary.</em></p>', '',
      'Lantern checks your services every minute and shows a green or red light for each on a public page.', '',
      'Most status pages are priced for large companies, so small teams go without one.', '',
    );
    assert.match(part(m, 'headline')!, /^<h1 align="center">Lantern<\/h1>$/);
    assert.match(part(m, 'subheading')!, /^<p align="center"><em>A tiny status page/);
    assert.match(part(m, 'summary')!, /^Lantern checks/);
    // An image, a badge row or a comment is no title.
    const none = build('<p align="center"><img src="logo.svg" alt=""></p>', '', 'Lantern checks your services every minute.', '');
    assert.equal(part(none, 'headline'), null);
  });

  it('reads a summary that goes on to say what the product does as the solution too, in an RFC whose Motivation holds the problem', () => {
    const release = (...summary: string[]) => build(
      '# RFC: Bulk user import', '', '## Motivation', '', 'Admins of large schools add users one at a time, and it takes days.', '', '## Press Release', '',
      '#### Admins Import Thousands of Users From a Spreadsheet', '', '*Every account is created, with invitations sent, in minutes.*', '',
      ...summary, '', '"The first week of term is hard enough without a data-entry marathon," said Sunita Rao, IT coordinator at a secondary school.', '',
    );
    const m = release('Today we released bulk import in the admin settings. Admins upload a CSV of names and roles; the page shows which rows are valid and creates the accounts once they confirm.');
    assert.match(part(m, 'solution')!, /^Today we released bulk import/);
    // A one-sentence summary tells the news, not how the product works.
    assert.equal(part(release('Today we released bulk import in the admin settings.'), 'solution'), null);
  });
});

describe('model: notes between drafters', () => {
  it('leaves an italic note signed with initials out of the prose, and keeps an italic line that ends "— now"', () => {
    const m = buildModel('# Spoke\n\n*Riders in Leeds book a repair in two taps — now*\n\n*(Quotes are at the end so Legal reads them first — JM)*\n\nLEEDS — May 4, 2027 — Spoke opened booking.\n');
    const texts = m.prose.map((s) => s.text);
    assert.ok(texts.some((t) => t.includes('book a repair in two taps')), 'the subheading is prose');
    assert.ok(!texts.some((t) => t.includes('Legal reads them')), 'the signed note is not');
  });
});
