/**
 * The words of a new PR/FAQ or narrative: one block of Markdown per part,
 * written so that a reviewer's question stays visible until the writer
 * answers it. Every gap is a `[TK: …]` placeholder (the `placeholder` rule
 * finds what is left), and every block carries the cue the document model
 * uses to recognise its part, so a fresh scaffold has every part present.
 * Pure text: no editor, no parser.
 */
import { ANSWER_PLACEHOLDER, FAQ_INFO, PART_INFO, tk } from './catalogue.js';
import type { FaqId, PartId } from '../model/types.js';

export { ANSWER_PLACEHOLDER, tk };

/** What the writer told us; anything missing becomes a placeholder. */
export interface Facts {
  product?: string;
  /** The specific customer, as a plural noun phrase ("independent bike shop owners in Oregon"). */
  customer?: string;
  /** Their problem, in their words. */
  problem?: string;
  city?: string;
  date?: string;
  company?: string;
}

const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** A sentence from the writer's words: no trailing punctuation doubled. */
const sentence = (s: string) => s.replace(/[\s.!;,]+$/, '');
const upperFirst = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
/** "lose orders when…" reads on from a subject; "Orders get lost…" stands alone. */
const continuesSubject = (s: string) => /^\p{Ll}/u.test(s);

/** The problem as its own sentence, with the customer as subject when it reads that way. */
function problemSentence(customer: string, problem: string, lead: string): string {
  const p = sentence(problem);
  return continuesSubject(p) ? `${lead}${customer} ${p}.` : `${lead}${customer} put the problem this way: "${p}."`;
}

/** `Portland, OR` → `PORTLAND, OR` (the dateline's city in capitals). */
export function datelinePlace(city: string | undefined): string {
  const c = clean(city);
  if (!c) return '[CITY, State]';
  const comma = c.indexOf(',');
  return comma < 0 ? c.toUpperCase() : `${c.slice(0, comma).toUpperCase()}${c.slice(comma)}`;
}

function names(f: Facts) {
  return {
    P: clean(f.product) || '[Product name]',
    C: clean(f.customer) || tk('the specific customer'),
    company: clean(f.company) || tk('company'),
    /** Inside a placeholder, plain words (never a placeholder in a placeholder). */
    us: clean(f.company) || 'the company',
    who: clean(f.customer) || 'the customer',
    it: clean(f.product) || 'the product',
    date: clean(f.date) || '[Launch date]',
  };
}

/** The part's prose (for headline and subheading: the line's text, without `#`). */
export function partProse(id: PartId, f: Facts): string {
  const { P, C, company, us, who, it, date } = names(f);
  const problem = clean(f.problem);
  switch (id) {
    case 'headline':
      return `${P}: ${tk(`what ${who} can now do, in words they use`)}`;
    case 'subheading':
      return `For ${C}: ${tk('the one benefit they get, in a single sentence')}`;
    case 'summary':
      return `${datelinePlace(f.city)} — ${date} — ${company} today launched ${P}, ${tk('what it is, in a few plain words')} for ${C}. ${tk('the top benefit, with a number')}.`;
    case 'problem':
      return problem
        ? `${problemSentence(C, problem, 'Today, ')} ${tk('how often it happens, what it costs them and how many of them there are, in numbers')}.`
        : `Today, ${C} ${tk('struggle with what, how often, and at what cost — from their side, with numbers')}.`;
    case 'solution':
      return `With ${P}, ${C} now ${tk('do what instead, step by step, and what changes for them')}.`;
    case 'leader-quote':
      return `"${tk(`why ${us} built ${it}, and why it matters to them`)}," said ${tk('name')}, ${tk('title, such as general manager')} at ${company}.`;
    case 'getting-started':
      return `To get started, ${C} ${tk('take which first step, where, and in how many minutes')}.`;
    case 'customer-quote':
      return `"${tk('the experience in the customer\'s own words: the day before, the day after, and the number that changed')}," said ${tk('name')}, ${tk('who they are and where')}, one of the ${f.customer?.trim() ? C : 'customers'} who tried ${P} early.`;
    case 'call-to-action':
      return `${upperFirst(C)} can learn more and sign up at ${tk('link')}.`;
  }
}

/**
 * One part as Markdown. `headed`: under its own heading at `depth`; else the
 * classic form (headline and subheading as headings, the rest paragraphs).
 */
export function partBlock(id: PartId, f: Facts, headed = false, depth = 2): string {
  const prose = partProse(id, f);
  if (headed) return `${'#'.repeat(depth)} ${PART_INFO[id].label}\n\n${prose}`;
  if (id === 'headline') return `# ${prose}`;
  if (id === 'subheading') return `## ${prose}`;
  return prose;
}

/** The questions a new FAQ starts with, and an answer where the facts give one. */
export function faqQuestions(id: FaqId, f: Facts): Array<{ q: string; a: string }> {
  const { P, C, date } = names(f);
  const problem = clean(f.problem);
  if (id === 'external-faq') {
    return [
      { q: `What does ${P} cost?`, a: tk('the price, what it includes, and any free trial') },
      { q: `When and where can I get ${P}?`, a: f.date?.trim() ? `From ${date}. ${tk('where, and who can get it first')}` : tk('the date, the places, and who can get it first') },
      { q: `How does ${P} work?`, a: tk('what the customer does, step by step') },
      { q: `What does ${P} not do?`, a: tk('the limits a customer should know before buying') },
    ];
  }
  return [
    {
      q: 'Who exactly is the customer, and how many are there?',
      a: f.customer?.trim() ? `${upperFirst(sentence(clean(f.customer)))}. ${tk('how many of them there are, and how we know')}` : tk('which customers, where, with what problem, and how many'),
    },
    {
      q: 'What problem do they have, and how do we know?',
      a: problem ? `${continuesSubject(problem) ? `They ${sentence(problem)}.` : `"${sentence(problem)}."`} ${tk('the evidence: interviews, data, numbers')}` : tk('the problem in their words, and the evidence for it'),
    },
    { q: 'Why now?', a: tk('what changed that makes this the right time') },
    { q: 'What will it cost, and what does the business look like?', a: tk('the cost to build and run, the price, and when it pays back') },
    { q: 'What are the biggest risks?', a: tk('what could make this fail, and what we will do about each') },
    { q: 'How will we measure success?', a: tk('the input metrics the team controls, such as time to first value, with today\'s value and the goal; outputs such as revenue only beside them') },
    { q: 'What are we not doing?', a: tk('what is out of scope, and why') },
  ];
}

/** How the questions of an FAQ are written (read from a document by ./plan.ts). */
export type QuestionStyle = { form: 'heading'; depth: number } | { form: 'bold-q' } | { form: 'plain-q' } | { form: 'bold' };

/** What a new FAQ's questions look like when the document has none to copy: the scaffold's form. */
export const DEFAULT_QUESTION_STYLE: QuestionStyle = { form: 'bold-q' };

/** One question and its answer in `style`. */
export function questionBlock(style: QuestionStyle, q: string, a: string): string {
  switch (style.form) {
    case 'heading':
      return `${'#'.repeat(style.depth)} ${q}\n\n${a}`;
    case 'plain-q':
      return `Q: ${q}\nA: ${a}`;
    case 'bold':
      return `**${q}**\n\n${a}`;
    default:
      return `**Q: ${q}**\n\n**A:** ${a}`;
  }
}

/** The starter questions of an FAQ, each in `style`. */
export function starterQuestions(id: FaqId, f: Facts, style: QuestionStyle = DEFAULT_QUESTION_STYLE): string {
  return faqQuestions(id, f).map(({ q, a }) => questionBlock(style, q, a)).join('\n\n');
}

/** A whole FAQ: its heading at `depth`, then its starter questions. */
export function faqBlock(id: FaqId, f: Facts, depth = 2, style: QuestionStyle = DEFAULT_QUESTION_STYLE): string {
  return `${'#'.repeat(depth)} ${FAQ_INFO[id].label}\n\n${starterQuestions(id, f, style)}`;
}

/** The question a `missing-success-metric` fix adds to an internal FAQ. */
export const SUCCESS_QUESTION = 'How will we measure success?';

/** The answer it starts with: a sentence to write and a table of input metrics to fill in. */
export function successMetricsAnswer(): string {
  return [
    `${tk('which inputs the team controls will show it works, and why those')}`,
    '',
    '| Input metric | Owner | Today | Target | By when |',
    '| --- | --- | --- | --- | --- |',
    `| ${tk('metric')} | ${tk('owner')} | ${tk('value today')} | ${tk('target')} | ${tk('date')} |`,
  ].join('\n');
}
