import { PART_INFO } from '../explain/parts.js';
import { eol, insertBlock, selectInserted } from '../fix/edits.js';
import { partBlock } from '../scaffold/parts.js';
import { documentAnchor } from '../model/build.js';
import { CONTAINER_HEADING } from '../model/cues.js';
import { PART_IDS, type DocModel, type PartId } from '../model/types.js';
import type { Fix, Rule } from './types.js';

/** What each part is for, in the words a reviewer would use. */
const ADVICE: Record<PartId, string> = {
  headline: 'a headline that names the product in words the target customer understands',
  subheading: 'a one-sentence subheading under the headline: who the customer is and what they gain',
  summary: 'a summary paragraph that opens with a dateline ("CITY, State — Date —") and says what launches and its top benefit',
  problem: 'a problem paragraph that describes the customer\'s pain from their side, specific and quantified',
  solution: 'a solution paragraph that shows how the product removes that pain',
  'leader-quote': 'a quote from a company spokesperson explaining why the company built this',
  'getting-started': 'a getting-started paragraph that shows how easy it is to begin, and where',
  'customer-quote': 'a quote from a (hypothetical) customer describing their experience and the benefit',
  'call-to-action': 'a closing call to action: where to learn more or sign up',
};

const NAME: Record<PartId, string> = {
  headline: 'headline',
  subheading: 'subheading',
  summary: 'summary paragraph',
  problem: 'problem paragraph',
  solution: 'solution paragraph',
  'leader-quote': 'company quote',
  'getting-started': 'getting-started paragraph',
  'customer-quote': 'customer quote',
  'call-to-action': 'call to action',
};

/**
 * Insert the part where a press release puts it: after the nearest part
 * that comes before it in the usual order, else before the nearest that
 * comes after it, else at the top of the press release. The text is the
 * scaffold's (engine/scaffold/parts.ts), so "Insert Missing Sections" and
 * this fix write the same words. A press release written under part
 * headings gets a heading too.
 */
function insertPart(model: DocModel, id: PartId): Fix {
  const text = model.text;
  const nl = eol(text);
  const info = PART_INFO[id];
  const headed = Object.values(model.parts).find((p) => p && p.heading !== undefined);
  const depth = headed ? model.blocks[headed.heading!].depth ?? 2 : 2;
  const body = partBlock(id, {}, !!headed, depth).replace(/\n/g, nl);
  const order = PART_IDS.indexOf(id);
  const prev = PART_IDS.slice(0, order).reverse().map((p) => model.parts[p]).find((p) => !!p);
  const next = PART_IDS.slice(order + 1).map((p) => model.parts[p]).find((p) => !!p);
  let at: number;
  if (prev) at = prev.end;
  else if (next) at = next.start;
  else if (model.pressRelease) {
    const first = model.blocks[model.pressRelease.blocks[0]];
    // "# Press release" wraps the parts: insert under it.
    at = first.type === 'heading' && CONTAINER_HEADING.test(first.plain.trim()) ? first.end : first.start;
  } else {
    const faq = Object.values(model.faqs).filter((f) => !!f).sort((a, b) => a.start - b.start)[0];
    const afterFront = model.frontMatter ? model.frontMatter.span.end : text.charCodeAt(0) === 0xfeff ? 1 : 0;
    at = faq ? faq.start : afterFront;
  }
  const edit = insertBlock(text, at, body);
  return { title: `Insert a ${info.label.toLowerCase()} template`, edits: [edit], isPreferred: true, select: selectInserted(edit) };
}

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
  check(ctx) {
    const { model } = ctx;
    const anchor = documentAnchor(model);
    // Reported in the order the parts appear in a press release.
    for (const id of PART_IDS) {
      if (model.parts[id]) continue;
      ctx.report({
        ...anchor,
        message: `The press release has no ${NAME[id]}. Add ${ADVICE[id]}.`,
        data: { section: id },
      });
    }
  },
  fixes(f, { model }) {
    const id = f.data?.section as PartId;
    return PART_IDS.includes(id) ? [insertPart(model, id)] : [];
  },
  examples: {
    invalid: [
      {
        note: 'a press release without a problem paragraph or a customer quote',
        doc: [
          '# Fernhill Ledger Lets Independent Bakeries Close Their Books in Ten Minutes',
          '',
          'Bakery owners in Oregon match a day of card and cash sales without a spreadsheet.',
          '',
          'PORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger, a bookkeeping app for independent bakeries.',
          '',
          'Ledger connects to the card terminal and the bank and now matches each deposit to the day\'s sales automatically.',
          '',
          '"We built Ledger because the owners we met did their accounting at midnight," said Priya Raman, VP of Small Business at Fernhill.',
          '',
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
        note: 'an FAQ with no press release at all: every part is missing',
        doc: '## External FAQ\n\n### How much does it cost?\n\n$19 a month.\n',
        findings: PART_IDS.map((section) => ({ data: { section } })),
      },
    ],
    valid: [
      [
        '# Fernhill Ledger Lets Independent Bakeries Close Their Books in Ten Minutes',
        '',
        'Bakery owners in Oregon match a day of card and cash sales without a spreadsheet.',
        '',
        'PORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger, a bookkeeping app for independent bakeries.',
        '',
        'Today a bakery owner spends an hour each night copying card totals into a spreadsheet, and one in five lost over $300 last year to mismatched deposits.',
        '',
        'Ledger connects to the card terminal and the bank and now matches each deposit to the day\'s sales automatically.',
        '',
        '"We built Ledger because the owners we met did their accounting at midnight," said Priya Raman, VP of Small Business at Fernhill.',
        '',
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
