/**
 * `missing-success-metric`: the document never says how success will be
 * measured — no goal or metric with a target anywhere outside the press
 * release: not in an FAQ answer, a goals section or a metrics table.
 *
 * A measured goal is a sentence with a measuring word (goal, target, metric,
 * KPI, success, baseline…, or a verb of change such as increase or reduce)
 * and a quantity that is not a date (a number, a percentage: "from 120 shops
 * today to 400 by June"), or a table whose header names metrics, targets or
 * today's values and whose body holds a number. "We will track engagement"
 * names a measure but no target, so it does not count. The press release is
 * left out: its numbers are promises to customers, not the team's goals —
 * unless a sentence there gives the team's own goal ("Our goal is one
 * million weekly downloads by December"; output-metric judges its measure).
 * When the document asks how success is measured and leaves the answer
 * TBD, `unanswered-question` already says so and this rule stays quiet.
 */
import type { Nodes, Table } from 'mdast';
import { outlineOf, planSuccessMetrics } from '../genre/plan.js';
import { selectInserted } from '../fix/edits.js';
import * as L from '../lexicon/goals.js';
import { documentAnchor } from '../model/build.js';
import { plainText } from '../model/prose.js';
import type { DocModel, ProseSpan } from '../model/types.js';
import { phrasePattern, sequences } from '../text/phrases.js';
import { sentences } from '../text/tokens.js';
import { goalSectionAt, SUCCESS_QUESTION } from './helpers.js';
import type { Fix, Rule } from './types.js';

/**
 * Outside a goals section or a success answer, a sentence must set a goal
 * in so many words ("our goal is", "a target of", "success means", "we will
 * measure", a KPI or north star: output-metric's goal cues) before its
 * number counts: elsewhere numbers are facts ("350,000 people a year"),
 * sizes and counts, not targets.
 */
const CUE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrasePattern(L.GOAL_CUES.flatMap((c) => sequences(c.words)))})(?![\\p{L}\\p{N}])`, 'iu');
/** "Target date" names when, not how much (L.PLAN_TABLE_HEADERS). */
const PLAN_HEADER = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrasePattern(L.PLAN_TABLE_HEADERS)})(?![\\p{L}\\p{N}])`, 'giu');
const TABLE_HEADER = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrasePattern(L.METRIC_TABLE_HEADERS)})s?(?![\\p{L}\\p{N}])`, 'iu');

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** Numbers that only say when: years, days of a month, quarters, halves and fiscal years. */
const DATE_NUMBER = new RegExp(`^(?:(?:19|20)\\d\\d)$`);
const NUMBER = /(?<![\p{L}\d.,])\d[\d,.]*(?:\s?%)?/gu;
const DATE_BEFORE = new RegExp(`(?:${MONTH}\\s+|\\b[QH]|\\bFY\\s?)$`, 'i');
/** A version number after a product's name or "version": "Keelson 2.12", "release 3.1.0", "v2.4" (not after a measure in capitals: "NPS 4.5"). */
const VERSION = /^\d+\.\d+(?:\.\d+)*$/;
const VERSION_BEFORE = /(?:\b[Vv]|\b(?:version|release)\s|\b\p{Lu}\p{Ll}[\p{L}\p{N}-]*\s)$/u;

/** Does `text` hold a quantity that is not a date? */
export function hasQuantity(text: string): boolean {
  for (const m of text.matchAll(NUMBER)) {
    const n = m[0].replace(/[.,]+$/, '');
    if (DATE_NUMBER.test(n)) continue;
    if (DATE_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    // "the existing 90-day survey", "a 12-month pilot": a length that describes a thing, not a target.
    if (/^-(?:day|week|month|year|hour|minute|second)\b/i.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 8))) continue;
    // "Keelson 2.12 (April)", "v3.1": a version names a release, it measures nothing.
    if (VERSION.test(n) && VERSION_BEFORE.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    return true;
  }
  return false;
}

/** A goal cue that announces the goal itself ("We will measure success with two numbers.", "Our targets:"), not only a measure to watch. */
const GOAL_ANNOUNCED = /\b(?:success|goals?|targets?)\b|:\s*$/i;

/** The team's goal, said as its own: "our goal is…", "my target…". */
const TEAM_GOAL = /\b(?:our|my)\s+(?:goals?|targets?|aim)\b/i;

/** A sentence that sets a measured goal. */
export function isMeasuredGoal(sentence: string): boolean {
  return CUE.test(sentence) && hasQuantity(sentence);
}

/** A cell left to fill in ("[TK: target]", "TBD"): the `placeholder` rule reports it. */
const UNFILLED = /\[\s*TK\b|\bTBD\b/i;

/**
 * A table of metrics: its header names metrics, targets or today's values,
 * and a body cell holds a number — or is still a placeholder, which the
 * `placeholder` rule reports (the table this rule's fix inserts).
 */
function isMetricsTable(table: Table): boolean {
  const [header, ...body] = table.children;
  if (!header || !TABLE_HEADER.test(plainText(header as Nodes).replace(PLAN_HEADER, ' '))) return false;
  return body.some((row) => {
    const text = plainText(row as Nodes);
    return hasQuantity(text) || UNFILLED.test(text);
  });
}

/** A measure named precisely enough to track ("minutes from sign-up to the first booking", "error rate"). */
const MEASURABLE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${phrasePattern([...L.MEASURABLE_WORDS, ...L.INPUT_WORDS, ...L.INPUT_LEADS])}|${phrasePattern(L.INPUT_NOUNS, { plural: true })})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** Is the span where a writer states goals: the answer to a question about success, or a goals section? */
function inGoalContext(model: DocModel, span: ProseSpan): boolean {
  const c = span.context;
  // Either role: a `Q: … A: …` written as one paragraph is one span.
  if (c.question !== undefined) return SUCCESS_QUESTION.test(model.questions[c.question]?.text ?? '');
  return goalSectionAt(model, span.segments[0]?.[1] ?? -1);
}

/** Where the document says how success is measured, or why this rule should leave it to another. */
function successStated(model: DocModel): boolean {
  for (const q of model.questions) if (!q.answered && SUCCESS_QUESTION.test(q.text)) return true; // unanswered-question says it
  for (const span of model.prose) {
    // In the release, only the team's own goal in so many words ("Our goal is simple: one million weekly
    // downloads by the end of the year", said by its maker): output-metric judges what it measures.
    if (span.context.region === 'press-release') {
      if (sentences(span.text).some((s) => TEAM_GOAL.test(s.text) && isMeasuredGoal(s.text))) return true;
      continue;
    }
    // A heading ("## Goals") names the place, it states no goal.
    // A table's cells are judged as a table (isMetricsTable): under "### Measurements from the prototype" its numbers are results.
    const goals = span.element !== 'heading' && span.element !== 'tableCell' && inGoalContext(model, span);
    // "We will measure success with two numbers. Six months after release, at least 150 stacks…":
    // a goal announced in so many words, then given in the next sentences.
    let announced = 0;
    for (const s of sentences(span.text)) {
      if (isMeasuredGoal(s.text)) return true;
      // The question itself ("How do we know if 1.0 is a success?") sets no goal, whatever numbers it holds.
      // A number, or a measure named precisely enough to track ("median minutes to first booking"): the
      // success answer's words alone ("Success means happy riders", "we will track adoption closely") are no measure.
      if (goals && !/\?\s*$/.test(s.text) && (hasQuantity(s.text) || MEASURABLE.test(s.text))) return true;
      if (announced-- > 0 && hasQuantity(s.text)) return true;
      if (CUE.test(s.text) && GOAL_ANNOUNCED.test(s.text)) announced = 2;
    }
  }
  // Also a table inside a list item: a numbered FAQ ("4. **How will we measure whether it works?**") indents its answer's table.
  for (const b of model.blocks) if (tablesIn(b.node as Nodes).some(isMetricsTable)) return true;
  return false;
}

/** The tables in a block, at any depth. */
function tablesIn(node: Nodes): Table[] {
  if (node.type === 'table') return [node];
  return 'children' in node ? (node.children as Nodes[]).flatMap(tablesIn) : [];
}

export const missingSuccessMetric: Rule = {
  id: 'missing-success-metric',
  description: 'The document never says how success will be measured: no goal or metric with a target anywhere.',
  principle:
    'A plan without a measure of success cannot be judged, only argued about. Say which inputs the team will move, from what value today to what target by when, and who owns each — then the review can test the plan against the numbers, and later the team can tell whether it worked.',
  example: {
    before: 'Internal FAQ: "How will we know it works? We will track engagement closely."',
    after: 'Internal FAQ: "How will we measure success? Shops that reconcile daily, from 120 today to 400 by June 2027 (owner: growth team); time to first reconciliation, from 2 days to under 10 minutes."',
  },
  kinds: ['prfaq', 'narrative'],
  defaultSeverity: 'warning',
  group: 'input-metrics',
  check(ctx) {
    const { model } = ctx;
    if (successStated(model)) return;
    const where = model.kind === 'prfaq' ? 'Add an internal FAQ question "How will we measure success?"' : 'Add a goals section';
    ctx.report({
      ...documentAnchor(model),
      message: `The document never says how success will be measured. ${where} with the input metrics the team will move: for each, its owner, today's value, the target and the date.`,
    });
  },
  fixes(_f, { model }) {
    const outline = outlineOf(model);
    if (!outline) return [];
    const { offset, text } = planSuccessMetrics(outline);
    const edit = { start: offset, end: offset, newText: text };
    const title = model.kind === 'prfaq' ? 'Add "How will we measure success?" to the internal FAQ, with a table of input metrics' : 'Add a goals section with a table of input metrics';
    const fix: Fix = { title, edits: [edit], isPreferred: true, select: selectInserted(edit) };
    return [fix];
  },
  examples: {
    invalid: [
      {
        note: 'the question holds a version number, the answer only a hope',
        doc: '# crumbs\n\n## FAQ\n\n### Is it free?\n\nYes.\n\n## Internal FAQ\n\nQ2. How do we know if 1.0 is a success?\nWe hope lots of bakers like it and the stars keep going up.\n',
        findings: [{}],
      },
      {
        note: 'a table of results under "Measurements" is no goal',
        doc: '# Image clean-up\n\n## Internal FAQ\n\n### Why?\n\nStorage grows.\n\n## Appendix\n\n### Measurements from the prototype\n\n| Account | Size before | Size after |\n| --- | --- | --- |\n| test-1 | 464 GiB | 18 GiB |\n',
        findings: [{}],
      },
      {
        note: 'a plan table whose "Target date" column holds dates: when, not how much',
        doc: '# Rollouts\n\n## Internal FAQ\n\n### What is the high-level project plan?\n\n| Phase | Scope | Target date |\n|---|---|---|\n| 1 | Waves | 2025-08-15 |\n| 2 | Alarms | 2025-09-05 |\n\nOur goal is to significantly reduce the blast radius of bad deploys.\n',
        findings: [{}],
      },
      {
        note: 'the success answer names a survey by its length ("90-day"), no target',
        doc: '# Welcome Hub\n\n## Internal FAQ\n\n### How will success be measured?\n\nFeedback will be gathered through the existing 90-day survey, and satisfaction will be monitored.\n',
        findings: [{}],
      },
      {
        note: 'a plan whose targets are releases: a version names a release, it measures nothing',
        doc: '# Oven timers\n\n## Internal FAQ\n\n### What is the high-level project plan?\n\n| Milestone | Content | Target |\n|---|---|---|\n| M1 | Timer construct | Keelson 2.12 (April) |\n| M2 | Alarms | v2.13 (May) |\n',
        findings: [{}],
      },
      {
        note: 'a measure named, but no target',
        doc: '# Ledger\n\nPORTLAND, OR — May 1, 2027 — Fernhill launched Ledger; it cuts closing time by 80%.\n\n## Internal FAQ\n\n### How will we know it works?\n\nWe will track engagement closely.\n',
        findings: [{}],
      },
      {
        note: 'the success question answered with words of success and no measure',
        doc: '# Spoke\n\n## FAQ\n\n### Is it free?\n\nYes.\n\n## Internal FAQ\n\n### How will we measure success?\n\nWe will track engagement and adoption closely after launch. Success means happy mechanics.\n',
        findings: [{}],
      },
      {
        note: 'a narrative whose goals have no number',
        doc: '# Faster refunds\n\n## Introduction\n\nSellers in Ohio wait 9 days for a refund.\n\n## Goals\n\nWe want refunds to be much faster and sellers to be happier.\n',
        kind: 'narrative',
        findings: [{}],
      },
      {
        note: 'a count with a number that is a fact, not a target',
        doc: '# Offline forms\n\n## Introduction\n\nThe 40 meter readers in Fresno lose 2 forms a week to dropped signal.\n\n## Checks\n\nWe will count lost forms each week. Last year there were 4,100 of them.\n',
        kind: 'narrative',
        findings: [{}],
      },
    ],
    valid: [
      {
        doc: '# crumbs 3.0\n\nToday we are releasing crumbs 3.0 for bakery websites. "Our goal is simple: 50,000 weekly downloads by December," said Ana Ruiz, its maintainer.\n\n## FAQ\n\n### Is it free?\n\nYes.\n',
        note: "the team's own goal, stated in the release (output-metric says what it measures)",
      },
      {
        doc: '# Oven timers\n\n## Internal FAQ\n\n### Why now?\n\nWe will measure success with two numbers. By June, 150 bakeries use the timer. And burnt batches fall from 1 in 12 to 1 in 40.\n',
        note: 'the goal announced in so many words, then given in the next sentences',
      },
      {
        doc: '# crumbs\n\n## FAQ\n\n### Is it free?\n\nYes.\n\n## Questions for myself\n\n### How will I know this is working?\n\nBy October, 300 bakers print a label each week.\n',
        note: 'a maker asks how they will know it is working',
      },
      {
        doc: '# Offline forms\n\n## Introduction\n\nThe 40 meter readers in Fresno lose 2 forms a week to dropped signal.\n\n## Checks\n\nWe will count lost forms each week, which should fall from about 80 to zero, and the sync time must stay under 10 minutes.\n',
        kind: 'narrative',
        note: 'a target on a number that must go down or hold, under a heading that is not "Goals"',
      },
      '# Ledger\n\n## Internal FAQ\n\n### How will we measure success?\n\nShops that reconcile daily, from 120 today to 400 by June 2027.\n',
      '# Ledger\n\n## Internal FAQ\n\n### What are the goals?\n\n| Input metric | Owner | Today | Target | By when |\n| --- | --- | --- | --- | --- |\n| Time to first reconciliation | Growth | 2 days | 10 minutes | June 2027 |\n',
      '# Ledger\n\n## Internal FAQ\n\n### How will we measure success?\n\nTBD\n',
      {
        doc: '# Ledger\n\n## Internal FAQ\n\n1. **How will we know it works?**\n\n   The ops lead reports these to the board each month.\n\n   | Measure | Owner | Today | Target |\n   | --- | --- | --- | --- |\n   | Shops reconciling daily | Ops lead | 120 | 400 |\n',
        note: 'a metrics table indented under a numbered question',
      },
      { doc: '# Faster refunds\n\n## Goals\n\nWe will reduce the median refund time from 9 days to 2 by March 2027.\n', kind: 'narrative' },
      {
        doc: '# Ledger\n\n## Internal FAQ\n\n### What is the plan?\n\nA preview in May. The preview succeeds if, by the end of June, 150 shops reconcile daily.\n',
        note: '"succeeds if" with a number sets a goal wherever it stands',
      },
      {
        doc: '# RFC 12: Ledger\n\n## Working Backwards\n\n### Press release\n\nPORTLAND, OR — May 1, 2027 — Fernhill launched Ledger; it cuts closing time by 80%.\n\n## Adoption Strategy\n\nWe will measure success with one number: shops that reconcile daily, from 120 today to 400 by June.\n\n## FAQ\n\n### Is there a free plan?\n\nNo.\n',
        note: 'a goal in an RFC\'s own section after its Working Backwards section is the team\'s, not the release\'s',
      },
      {
        doc: '# Ledger\n\n## Internal FAQ\n\n### How will I know this worked?\n\nBy October: 300 shops with daily reconciliation switched on.\n',
        note: 'a maker asking "How will I know this worked?" asks for the goals',
      },
    ],
  },
};
