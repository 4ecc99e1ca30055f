/**
 * Finds the parts of a press release. Two forms are normal: parts under
 * their own headings ("## The problem"), and the classic form of plain
 * paragraphs in a fixed order — dateline summary, problem, solution, quotes
 * with attribution, getting started, call to action. Named headings win;
 * the rest is recognised from what each paragraph says.
 */
import type { Paragraph } from 'mdast';
import {
  ATTRIBUTION, CALL_TO_ACTION_CUE, COMPANY_VOICE, CONTAINER_HEADING, CUSTOMER_CLAUSE, CUSTOMER_HINT, CUSTOMER_VOICE, DATELINE,
  GETTING_STARTED_CUE, LAUNCH_CUE, LEADER_TITLE, PROBLEM_CUE, QUOTATION, SOLUTION_CUE, STRONG_GETTING_STARTED, countMatches,
} from './cues.js';
import { partForHeading } from '../genre/headings.js';
import type { Block, Part, PartId } from './types.js';

type Parts = Partial<Record<PartId, Part>>;

/** The part a heading names, from the parts catalogue's heading titles. */
export const namedPart = (title: string): PartId | null => partForHeading(title);

function sectionEnd(blocks: Block[], i: number, to: number): number {
  const depth = blocks[i].depth ?? 6;
  let j = i + 1;
  while (j < to && !(blocks[j].type === 'heading' && (blocks[j].depth ?? 6) <= depth)) j++;
  return j;
}

function partOf(id: PartId, blocks: Block[], idx: number[], heading?: number): Part {
  const first = blocks[heading ?? idx[0]];
  const last = blocks[idx.length ? idx[idx.length - 1] : (heading as number)];
  return { id, start: first.start, end: last.end, blocks: idx, heading };
}

const isProseBlock = (b: Block) => b.type === 'paragraph' || b.type === 'blockquote';

export function isQuote(b: Block): boolean {
  if (!isProseBlock(b)) return false;
  const t = b.plain;
  if (b.type === 'blockquote') return t.split(/\s+/).length >= 6;
  return QUOTATION.test(t) && ATTRIBUTION.test(t);
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Leader or customer? Titles and "we/our" point to the company. */
function quoteRole(b: Block): 'leader' | 'customer' | null {
  const t = b.plain;
  const outside = t.replace(/["“][^"”]*["”]/g, ' ');
  if (CUSTOMER_HINT.test(outside) || CUSTOMER_CLAUSE.test(outside)) return 'customer';
  if (LEADER_TITLE.test(outside)) return 'leader';
  const inside = (t.match(/["“][^"”]*["”]/g) ?? []).join(' ');
  const we = countMatches(inside, COMPANY_VOICE);
  const i = countMatches(inside, CUSTOMER_VOICE);
  if (we > i) return 'leader';
  if (i > we) return 'customer';
  return null;
}

export function classifyParts(blocks: Block[], from: number, to: number): Parts {
  const parts: Parts = {};
  const taken = new Set<number>();

  // 1. Parts the writer named with a heading.
  for (let i = from; i < to; i++) {
    const b = blocks[i];
    if (b.type !== 'heading') continue;
    const id = namedPart(b.plain);
    if (!id || parts[id]) continue;
    const end = sectionEnd(blocks, i, to);
    const idx: number[] = [];
    for (let j = i + 1; j < end; j++) idx.push(j);
    if ((id === 'headline' || id === 'subheading') && idx.length === 0) continue;
    parts[id] = partOf(id, blocks, idx, i);
    taken.add(i);
    for (const j of idx) taken.add(j);
  }

  const free: number[] = [];
  for (let i = from; i < to; i++) {
    const b = blocks[i];
    if (taken.has(i)) continue;
    if (b.type === 'html' || b.type === 'thematicBreak' || b.type === 'definition' || b.type === 'yaml') continue;
    if (b.type === 'heading' && CONTAINER_HEADING.test(b.plain.trim())) continue;
    free.push(i);
  }
  const take = (id: PartId, idx: number[]) => {
    if (parts[id] || idx.length === 0) return;
    parts[id] = partOf(id, blocks, idx);
    for (const j of idx) taken.add(j);
  };

  // 2. Headline: the first heading; failing that a short, unpunctuated first line.
  let cursor = 0;
  if (!parts.headline && free.length) {
    const firstHeading = free.findIndex((i) => blocks[i].type === 'heading');
    const first = blocks[free[0]];
    if (firstHeading >= 0 && firstHeading <= 2) {
      cursor = firstHeading;
      take('headline', [free[firstHeading]]);
    } else if (first.type === 'paragraph' && wordCount(first.plain) <= 20 && !/[.!?]$/.test(first.plain) && !DATELINE.test(first.plain)) {
      take('headline', [free[0]]);
    }
  }
  if (parts.headline && parts.headline.heading === undefined) cursor = free.indexOf(parts.headline.blocks[0]) + 1;

  // 3. Subheading: what sits right under the headline.
  if (!parts.subheading && parts.headline && cursor < free.length) {
    const b = blocks[free[cursor]];
    const headlineIdx = parts.headline.blocks[parts.headline.blocks.length - 1] ?? -1;
    const adjacent = free[cursor] === headlineIdx + 1 || blocks.slice(headlineIdx + 1, free[cursor]).every((x) => x.type === 'html');
    if (adjacent && b.type === 'heading' && !namedPart(b.plain)) take('subheading', [free[cursor]]);
    else if (adjacent && b.type === 'paragraph' && !DATELINE.test(b.plain)) {
      const emphasised = isEmphasisOnly(b.node as Paragraph);
      const oneSentence = !/[.!?]\s+\S/.test(b.plain.trim()) && wordCount(b.plain) <= 45;
      // A short paragraph between the headline and a later dateline can only
      // be the subheading, even when the writer used two sentences.
      const datelineFollows = free.slice(cursor + 1, cursor + 3).some((i) => blocks[i].type === 'paragraph' && DATELINE.test(blocks[i].plain));
      const beforeDateline = datelineFollows && wordCount(b.plain) <= 60;
      if ((emphasised || oneSentence || beforeDateline) && !isQuote(b)) take('subheading', [free[cursor]]);
    }
  }

  const paragraphs = free.filter((i) => !taken.has(i) && isProseBlock(blocks[i]));

  // 4. Summary: the dateline paragraph, or an opening that announces a launch.
  if (!parts.summary) {
    const dl = paragraphs.find((i) => DATELINE.test(blocks[i].plain));
    if (dl !== undefined) take('summary', [dl]);
    else if (paragraphs.length && LAUNCH_CUE.test(blocks[paragraphs[0]].plain) && !isQuote(blocks[paragraphs[0]])) take('summary', [paragraphs[0]]);
  }
  const afterSummary = parts.summary ? paragraphs.filter((i) => i > parts.summary!.blocks[0]) : paragraphs;

  // 5. Quotes, told apart by who speaks.
  const quotes = afterSummary.filter((i) => !taken.has(i) && isQuote(blocks[i]));
  const roles = quotes.map((i) => quoteRole(blocks[i]));
  let leader = quotes.find((_, k) => roles[k] === 'leader');
  let customer = quotes.find((_, k) => roles[k] === 'customer');
  const unknown = quotes.filter((_, k) => roles[k] === null);
  if (leader === undefined && !parts['leader-quote'] && unknown.length) leader = unknown.shift();
  if (customer === undefined && !parts['customer-quote'] && unknown.length) customer = unknown.shift();
  // Two quotes read the same way (a customer who is "head of IT" somewhere):
  // the press release convention is company first, customer after.
  if (customer === undefined && !parts['customer-quote'] && quotes.length >= 2) customer = [...quotes].reverse().find((q) => q !== leader);
  if (leader === undefined && !parts['leader-quote'] && quotes.length >= 2) leader = quotes.find((q) => q !== customer);
  if (leader !== undefined) take('leader-quote', [leader]);
  if (customer !== undefined) take('customer-quote', [customer]);
  for (const q of quotes) taken.add(q);

  // 6. The close: call to action last, getting started before or with it.
  const rest = afterSummary.filter((i) => !taken.has(i));
  const lastHalf = rest.slice(Math.floor(rest.length / 2));
  let cta = [...lastHalf].reverse().find((i) => CALL_TO_ACTION_CUE.test(blocks[i].plain) || hasLink(blocks[i]));
  // Weak cues ("simply", "it takes") only count after the first quote; an
  // explicit "to get started" / "sign up" counts anywhere after the opening.
  const gs =
    rest.find((i) => GETTING_STARTED_CUE.test(blocks[i].plain) && (quotes.length === 0 || i > quotes[0] || i === cta)) ??
    rest.find((i) => STRONG_GETTING_STARTED.test(blocks[i].plain) && i !== rest[0]);
  if (gs !== undefined) take('getting-started', [gs]);
  else if (leader !== undefined && customer !== undefined && leader < customer) {
    // The classic order puts getting started between the two quotes.
    const between = rest.find((i) => i > leader! && i < customer! && i !== cta && blocks[i].type === 'paragraph');
    if (between !== undefined) take('getting-started', [between]);
  }
  // The close is the last paragraph after every quote, whatever it says.
  if (cta === undefined && quotes.length) {
    const last = rest[rest.length - 1];
    if (last !== undefined && last > quotes[quotes.length - 1] && blocks[last].type === 'paragraph') cta = last;
  }
  if (cta !== undefined) {
    if (!parts['call-to-action']) parts['call-to-action'] = partOf('call-to-action', blocks, [cta]);
    taken.add(cta);
  }

  // 7. Problem and solution among what is left between summary and the close.
  const body = afterSummary.filter((i) => !taken.has(i));
  const score = (i: number) => {
    const t = blocks[i].plain;
    return { p: countMatches(t, PROBLEM_CUE), s: countMatches(t, SOLUTION_CUE) };
  };
  let problem: number | undefined;
  if (!parts.problem) {
    problem = body.find((i) => {
      const { p, s } = score(i);
      return p >= 1 && p > s;
    });
    // No paragraph sounds like a complaint: the classic order still puts the
    // problem right after the summary, before a paragraph that offers the fix.
    if (problem === undefined && parts.summary && body.length >= 2) {
      const [a, b] = body;
      const { s: sa } = score(a);
      const { s: sb } = score(b);
      if (sa <= sb && score(a).p === 0 && blocks[a].type === 'paragraph' && !isQuote(blocks[a]) && a < (quotes[0] ?? Infinity)) problem = a;
    }
    if (problem !== undefined) take('problem', [problem]);
  }
  if (!parts.solution) {
    const candidates = body.filter((i) => i !== problem);
    const first = candidates.find((i) => score(i).s >= 1) ?? candidates.find((i) => problem === undefined || i > problem);
    if (first !== undefined) {
      // The solution runs on through the following paragraphs and lists.
      const idx = [first];
      for (let j = first + 1; j < to; j++) {
        const b = blocks[j];
        if (taken.has(j) || b.type === 'heading') break;
        if (isProseBlock(b) || b.type === 'list' || b.type === 'table' || b.type === 'code') idx.push(j);
      }
      take('solution', idx);
    }
  }
  return parts;
}

function isEmphasisOnly(p: Paragraph): boolean {
  const kids = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return kids.length === 1 && (kids[0].type === 'strong' || kids[0].type === 'emphasis');
}

function hasLink(b: Block): boolean {
  const stack = [b.node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'link') return true;
    if ('children' in n) stack.push(...(n.children as typeof stack));
  }
  return false;
}
