/**
 * What each part of a Working Backwards document is for, in our own words:
 * the hover on a section heading, the completion list at a heading and the
 * word budgets the code lens shows. Pure data, no editor types. The text
 * inserted for a missing part or FAQ is in engine/scaffold/parts.ts, one set
 * for the scaffolds, the quick fixes and completion alike.
 */
import type { FaqId, PartId } from '../model/types.js';

export interface PartInfo {
  /** As a heading would name it. */
  label: string;
  /** What the part must achieve (two sentences at most). */
  purpose: string;
  /** A rough word budget, so the whole press release fits on one page. */
  budget: number;
}

export const PART_INFO: Record<PartId, PartInfo> = {
  headline: {
    label: 'Headline',
    purpose: 'Names the product and the customer it is for, in words that customer would use. One line; a reader who sees nothing else should know who benefits.',
    budget: 15,
  },
  subheading: {
    label: 'Subheading',
    purpose: 'One sentence under the headline: who exactly the customer is and the single most important benefit they get.',
    budget: 30,
  },
  summary: {
    label: 'Summary',
    purpose: 'Opens with the dateline ("CITY, State — Date —"), then says what launches, for whom, and its top benefit. A reader who stops here has the whole story.',
    budget: 90,
  },
  problem: {
    label: 'Problem',
    purpose: "The customer's pain as they would describe it: specific, quantified, and told from their side, not ours. If the problem is not real, stop here.",
    budget: 110,
  },
  solution: {
    label: 'Solution',
    purpose: 'How the product removes that pain, described as the customer experiences it. Detail the experience, not the technology behind it.',
    budget: 150,
  },
  'leader-quote': {
    label: 'Company quote',
    purpose: 'A spokesperson explains why the company did this: the customer insight or conviction behind it, not a list of features.',
    budget: 60,
  },
  'getting-started': {
    label: 'Getting started',
    purpose: 'Shows how easy it is to begin and where: the first step, how long it takes, what it costs to try.',
    budget: 60,
  },
  'customer-quote': {
    label: 'Customer quote',
    purpose: 'A (hypothetical) customer describes, in their own words, what changed for them and why it matters. It should sound like a person, not a brochure.',
    budget: 60,
  },
  'call-to-action': {
    label: 'Call to action',
    purpose: 'Where to learn more or sign up. One sentence and a link.',
    budget: 25,
  },
};

export interface FaqInfo {
  label: string;
  purpose: string;
}

export const FAQ_INFO: Record<FaqId, FaqInfo> = {
  'external-faq': {
    label: 'External FAQ',
    purpose: 'What customers and the press would ask: price, availability, how it works, what it does not do. Answer plainly; a customer question with a vague answer is a future support ticket.',
  },
  'internal-faq': {
    label: 'Internal FAQ',
    purpose: 'What stakeholders would ask: who exactly the customer is and how many there are, why now, costs and the P&L, the biggest risks, dependencies, how success is measured. The hard questions belong here, answered honestly.',
  },
};

/** A gap for the writer to fill; the `placeholder` rule reports what is left. */
export const tk = (what: string) => `[TK: ${what}]`;

/** Placeholder answer a scaffold, fix or completion inserts under a question. */
export const ANSWER_PLACEHOLDER = tk('the answer');

/**
 * Questions reviewers commonly ask, with a test that says whether the
 * document already asks them (in any wording). Completion offers the rest.
 */
export const REVIEWER_QUESTIONS: Array<{ faq: FaqId; question: string; asked: RegExp }> = [
  { faq: 'external-faq', question: 'How much does it cost?', asked: /\b(?:cost|price|pricing|pay|charge|fee|fees|free)\b/i },
  { faq: 'external-faq', question: 'When and where is it available?', asked: /\b(?:when|where)\b.*\bavailab|\bavailab\w*|\blaunch(?:es|ing)?\b.*\bwhen\b/i },
  { faq: 'external-faq', question: 'What does it not do?', asked: /\bnot\s+do\b|\bdoes(?:n['’]t| not)\b.*\b(?:support|work|do)\b|\blimitations?\b/i },
  { faq: 'internal-faq', question: 'Who exactly is the customer, and how many of them are there?', asked: /\bwho\b.*\bcustomers?\b|\bhow many\b.*\bcustomers?\b|\btarget (?:customers?|market|audience)\b|\btam\b|\bmarket size\b/i },
  { faq: 'internal-faq', question: 'Why now?', asked: /\bwhy now\b|\bwhy (?:is )?this the right time\b|\btiming\b/i },
  { faq: 'internal-faq', question: 'What is the biggest risk, and how will we reduce it?', asked: /\brisks?\b|\bwhat could go wrong\b|\bhardest\b/i },
  { faq: 'internal-faq', question: 'How will we measure success, and which input metrics will we track?', asked: /\bmeasure\b|\bsuccess\b|\bmetrics?\b|\bkpis?\b/i },
  { faq: 'internal-faq', question: 'What are we not doing?', asked: /\bnot (?:doing|building|going to)\b|\bout of scope\b|\bnon-goals?\b/i },
  { faq: 'internal-faq', question: 'What will it cost us to build and run?', asked: /\bcost us\b|\bp&l\b|\binvestment\b|\bheadcount\b|\bbudget\b|\bcost to (?:build|run)\b/i },
];

/** Narrative sections, by the ids the model recognises. */
export const NARRATIVE_SECTION_INFO: Record<string, { label: string; purpose: string }> = {
  introduction: { label: 'Introduction', purpose: 'States the purpose of the document and the decision it asks for, so every reader knows why they are reading.' },
  tenets: { label: 'Tenets', purpose: 'The few beliefs that guide the decisions in this document, written so that a reader could disagree with them.' },
  'current-state': { label: 'Current state', purpose: 'Where things stand today, with the numbers: what customers experience and what the business sees.' },
  'lessons-learned': { label: 'Lessons learned', purpose: 'What the team learned so far, including what did not work and what it changed as a result.' },
  proposal: { label: 'Proposal', purpose: 'What we propose to do and why, in sentences that connect each step to the customer problem.' },
  goals: { label: 'Goals and metrics', purpose: 'The goals, set on input metrics the team controls, with a baseline, a target and a date; outputs reported beside them.' },
  risks: { label: 'Risks', purpose: 'What could go wrong and what we will do about it; open questions named, not hidden.' },
  faq: { label: 'FAQ', purpose: 'The questions the readers will ask, answered before the meeting.' },
  appendix: { label: 'Appendix', purpose: 'Supporting data and detail for readers who want it; not counted in the six pages.' },
};
