import { PART_INFO } from '../genre/catalogue.js';
import { outlineOf, planPart, planParts } from '../genre/plan.js';
import { selectInserted } from '../fix/edits.js';
import { documentAnchor } from '../model/build.js';
import { PART_IDS, type DocModel, type PartId } from '../model/types.js';
import { missingParts } from './helpers.js';
import { templateSlots } from './placeholder.js';
import type { Fix, Rule, RuleContext } from './types.js';

/** The part's template at its place in the order (engine/genre/plan.ts, as "Insert Missing Sections" does). */
function insertPart(model: DocModel, id: PartId): Fix[] {
  const outline = outlineOf(model);
  if (!outline) return [];
  const { offset, text } = planPart(outline, id);
  const edit = { start: offset, end: offset, newText: text };
  return [{ title: `Insert a ${PART_INFO[id].label.toLowerCase()} template`, edits: [edit], isPreferred: true, select: selectInserted(edit) }];
}

/** A template short of some parts gets the templates of all of them, each at its place: then every part is there to fill in. */
function completeTemplate(model: DocModel, ids: PartId[]): Fix[] {
  const outline = outlineOf(model);
  if (!outline || !ids.length) return [];
  const edits = planParts(outline, ids).map((p) => ({ start: p.offset, end: p.offset, newText: p.text }));
  return [{ title: `Insert templates for the ${ids.length} missing ${ids.length === 1 ? 'part' : 'parts'}`, edits, isPreferred: true, select: selectInserted(edits[0]) }];
}

/** The headline, subheading and summary the examples' Ledger release shares. */
const LEDGER_OPENING = [
  '# Fernhill Ledger Lets Independent Bakeries Close Their Books in Ten Minutes',
  '',
  'Bakery owners in Oregon match a day of card and cash sales without a spreadsheet.',
  '',
  'PORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger, a bookkeeping app for independent bakeries.',
  '',
];
/** Its solution paragraph and leader quote. */
const LEDGER_SOLUTION_AND_QUOTE = [
  "Ledger connects to the card terminal and the bank and now matches each deposit to the day's sales automatically.",
  '',
  '"We built Ledger because the owners we met did their accounting at midnight," said Priya Raman, VP of Small Business at Fernhill.',
  '',
];

export const missingSection: Rule = {
  id: 'missing-section',
  description: 'A part of the press release is missing: headline, subheading, summary, problem, solution, quotes, getting started or call to action.',
  principle:
    'Each part of the press release answers a question a reader will ask: who is this for, what hurts today, what changes, why did the company do it, and how do I start. A missing part usually means the team has not worked out that answer yet, and the review is the cheapest place to find out.',
  example: {
    before: 'A press release with a headline, a dateline summary and a solution paragraph, but no word about what the customer struggles with today.',
    after: 'Add a problem paragraph: "Today, bakery owners spend an hour each night copying card totals into a spreadsheet, and one in five lost over $300 last year to mismatched deposits."',
  },
  kinds: ['prfaq'],
  defaultSeverity: 'warning',
  group: 'structure',
  check(ctx) {
    const { model } = ctx;
    const anchor = documentAnchor(model);
    const missing = missingParts(model);
    if (!missing.length) return;
    // A template still waiting to be filled in is one problem, not one per part.
    const slots = templateSlots(ctx);
    if (slots !== null) {
      const names = missing.map((id) => PART_INFO[id].name);
      ctx.report({
        ...anchor,
        message: `The press release is still an unfilled template: ${slots} slots wait for text, and there is no ${names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0]} yet. Fill the template in; each part is checked once it reads as a press release.`,
        data: { section: missing[0], template: true, slots, missing },
      });
      return;
    }
    // Reported in the order the parts appear in a press release.
    for (const id of missing) {
      ctx.report({
        ...anchor,
        message: `The press release has no ${PART_INFO[id].name}. Add ${PART_INFO[id].advice}.`,
        data: { section: id },
      });
    }
  },
  fixes(f, { model }) {
    const id = f.data?.section as PartId;
    if (f.data?.template) return completeTemplate(model, (f.data.missing as PartId[]).filter((x) => PART_IDS.includes(x)));
    return PART_IDS.includes(id) ? insertPart(model, id) : [];
  },
  examples: {
    invalid: [
      {
        note: 'a press release without a problem paragraph or a customer quote',
        doc: [
          ...LEDGER_OPENING,
          ...LEDGER_SOLUTION_AND_QUOTE,
          'Getting started takes five minutes: download Ledger and connect the card terminal.',
          '',
          'Visit fernhill.example/ledger to start a free trial.',
          '',
          '## External FAQ',
          '',
          '### How much does it cost?',
          '',
          '$19 a month.',
        ].join('\n'),
        findings: [{ data: { section: 'problem' } }, { data: { section: 'customer-quote' } }],
      },
      {
        note: 'a template still waiting to be filled in: one finding with the count of slots, not one per missing part',
        doc: [
          '# Headline',
          '',
          '[Product name] helps [customer] do [thing]',
          '',
          '## Subheadline',
          '',
          'For [customer segment]: [the one benefit]',
          '',
          '## Intro paragraph',
          '',
          '[CITY, STATE] — [DATE] — [Company name] today launched [Product name].',
          '',
          '## Quote from You',
          '',
          '"[Why we built it]," said [Name], [Title].',
        ].join('\n'),
        findings: [{ data: { section: 'problem', template: true, slots: 8, missing: ['problem', 'solution', 'getting-started', 'customer-quote', 'call-to-action'] } }],
      },
      {
        note: 'a working-backwards note without a dateline: its missing problem is reported, not the press-release conventions (quotes, a call to action)',
        doc: [
          '# Tally counts every shelf overnight',
          '',
          '## Working Backwards',
          '',
          'This note describes the stock count we want corner shops to have before we build it.',
          '',
          'Tally reads the till export each night and writes a count for every shelf.',
        ].join('\n'),
        findings: [{ data: { section: 'problem' } }],
      },
      {
        note: 'an FAQ with no press release at all: every part is missing',
        doc: '## External FAQ\n\n### How much does it cost?\n\n$19 a month.\n',
        findings: PART_IDS.map((section) => ({ data: { section } })),
      },
    ],
    valid: [
      {
        note: 'a bracketed prompt that names the customer quote holds its place: placeholder reports it, once',
        doc: [
          ...LEDGER_OPENING,
          'Today, owners copy card totals into a spreadsheet every night, and one in five lost money to mismatched deposits last year.',
          '',
          ...LEDGER_SOLUTION_AND_QUOTE,
          'To get started, owners connect their card terminal in the app.',
          '',
          '[CUSTOMER QUOTE — ask a bakery from the pilot to speak for it]',
          '',
          'Ledger is available today at fernhill.example/ledger.',
        ].join('\n'),
      },
      {
        note: "an RFC's README, with the launch told in it: quotes and a call to action are a press release's, not a README's",
        doc: '# Ledger matching\n\n## Working Backwards\n\n### README\n\nLedger matching pairs every bank deposit with the card sales of the day it came from.\n\nFernhill today launched Ledger matching for independent bakeries in Oregon.\n\nToday, bakery owners copy card totals into a spreadsheet every night, and one in five lost money to mismatched deposits last year.\n\nLedger now reads the card terminal and the bank feed and matches each deposit automatically.\n\n```ts\nconst m = new Matcher(feed);\n```\n\n## Public FAQ\n\n### Does it work with cash?\n\nYes: the drawer count is matched too.\n',
      },
      {
        note: 'an RFC whose release is a README and whose summary is the FAQ\'s launch answer: no quote or call to action is asked of it',
        doc: [
          '# Stock counts for the tally CLI',
          '',
          '## Working Backwards',
          '',
          '### README',
          '',
          'The `tally count` command reads the till export and counts each shelf.',
          '',
          '```sh',
          'tally count --till export.csv',
          '```',
          '',
          '## Public FAQ',
          '',
          '### What are we launching today?',
          '',
          'A command that counts the stock of a corner shop from its till export.',
          '',
          '### Why should I use this feature?',
          '',
          'Counting by hand takes two hours every Sunday.',
        ].join('\n'),
      },
      // Parts named by bold labels, a bold dateline, quotes attributed by a dash line, under a document title.
      [
        '# PR/FAQ — Tally',
        '',
        '## Press Release',
        '',
        '### Tally counts stock for corner shops overnight',
        '',
        '*Owners of corner shops in Leeds open on Monday with every shelf counted.*',
        '',
        '**LEEDS, England** — Acme today launched Tally, an overnight stock count for corner shops.',
        '',
        '**The problem.** Owners count shelves by hand for two hours every Sunday, and one count in four is wrong.',
        '',
        '**The solution.** Tally reads the till and the delivery notes and keeps the count for them.',
        '',
        '> "We built Tally after watching owners count cans at midnight."',
        '> — Dana Cole, founder of Acme',
        '',
        '**Getting started.** Owners install Tally from the app store and scan one shelf.',
        '',
        '> "I got my Sundays back, and my counts are right for once."',
        '> — pilot user in Bradford',
        '',
        '**Call to action.** Read more at tally.example.',
      ].join('\n'),
      // A bold line as subheading, the quotes gathered after the FAQ, the close inside "Availability".
      [
        '# Tally counts stock for corner shops overnight',
        '',
        '**For corner shops in Leeds: every shelf counted by Monday morning.**',
        '',
        'LEEDS, England — March 3, 2027 — Acme today launched Tally, an overnight stock count for corner shops.',
        '',
        'Owners count shelves by hand for two hours every Sunday, and one count in four is wrong.',
        '',
        '## How it works',
        '',
        'Tally reads the till and the delivery notes and keeps the count for them.',
        '',
        '"We built Tally after watching owners count cans at midnight," said Dana Cole, founder of Acme.',
        '',
        '## Availability',
        '',
        'To get started, owners install Tally and scan one shelf.',
        '',
        'Learn more at tally.example.',
        '',
        '## FAQ',
        '',
        '### What does it cost?',
        '',
        '£9 a month.',
        '',
        '## Customer Quotes',
        '',
        '> "I got my Sundays back."',
        '> — Ravi from Bradford',
      ].join('\n'),
      [
        ...LEDGER_OPENING,
        'Today a bakery owner spends an hour each night copying card totals into a spreadsheet, and one in five lost over $300 last year to mismatched deposits.',
        '',
        ...LEDGER_SOLUTION_AND_QUOTE,
        'Getting started takes five minutes: download Ledger and connect the card terminal.',
        '',
        '"I used to dread Sunday nights with a shoebox of receipts," said Tomás Ortega, owner of a bakery in Salem. "Now I close the books before I lock the door."',
        '',
        'Visit fernhill.example/ledger to start a free trial.',
      ].join('\n'),
      [
        '# Press release',
        '',
        '## Headline',
        '',
        'Tidewater Text Booking Cuts Phone Hold Times for Rural Patients',
        '',
        '## Subheading',
        '',
        'Patients of rural clinics in Maine book visits by text message.',
        '',
        '## Summary',
        '',
        'BANGOR, ME — June 1, 2027 — Tidewater Health today introduced text booking at its 14 clinics.',
        '',
        '## The problem',
        '',
        'Patients wait on hold 22 minutes on average, and 30% hang up.',
        '',
        '## The solution',
        '',
        'Patients text the clinic and get three open slots back within a minute.',
        '',
        '## Company quote',
        '',
        '"Nobody should lose a morning to a phone queue," said Dana Cole, COO of Tidewater Health.',
        '',
        '## Getting started',
        '',
        'Patients text BOOK to the number on their clinic card.',
        '',
        '## Customer quote',
        '',
        '"I booked my checkup from the tractor," said Ruth Ames, a farmer in Dover-Foxcroft.',
        '',
        '## Call to action',
        '',
        'Learn more at tidewater.example/text.',
      ].join('\n'),
    ],
  },
};
