/**
 * A new six-page narrative: the usual sections in their usual order, each
 * opened by the question it must answer. Prose only — a narrative has no
 * bullet lists — with a table for the input metrics.
 */
import { tk } from '../genre/templates.js';

export interface NarrativeFacts {
  title?: string;
  customer?: string;
  problem?: string;
  /** The decision the document asks its readers for. */
  ask?: string;
}

const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const sentence = (s: string) => s.replace(/[\s.!;,]+$/, '');

/** Narrative sections, in order: id (as the model recognises it), heading, opening text. */
export function narrativeSections(f: NarrativeFacts = {}): Array<{ id: string; title: string; body: string }> {
  const C = clean(f.customer) || tk('the specific customer');
  const problem = clean(f.problem);
  const ask = clean(f.ask);
  const intro = [
    ask ? `This document asks for a decision: ${sentence(ask)}.` : `This document asks for a decision: ${tk('what the readers should decide, and what it will cost')}.`,
    problem
      ? /^\p{Ll}/u.test(problem)
        ? `It is written for ${C}, who today ${sentence(problem)}.`
        : `It is written for ${C}, who put their problem this way: "${sentence(problem)}."`
      : `It is written for ${C}, who today ${tk('struggle with what, and at what cost')}.`,
    tk('why this matters now, in one or two sentences'),
  ].join(' ');
  return [
    { id: 'introduction', title: 'Introduction', body: intro },
    { id: 'tenets', title: 'Tenets', body: `${tk('the beliefs that guide the choices below, each one a full sentence a reader could disagree with')}` },
    { id: 'current-state', title: 'Current state', body: `Today, ${C} ${tk('live with what, and what it costs them — with the numbers')}.` },
    { id: 'lessons-learned', title: 'Lessons learned', body: tk('what we tried before, what happened, and what it taught us') },
    { id: 'proposal', title: 'Proposal', body: `We propose ${tk('what we will build or change, in prose: how it works for the customer, what it costs, and what we will not do')}.` },
    {
      id: 'goals',
      title: 'Goals and metrics',
      body: [
        'We will steer by input metrics the team can move directly, and report outputs such as revenue only beside them.',
        '',
        '| Input metric | Today | Goal | By |',
        '| --- | --- | --- | --- |',
        `| ${tk('metric')} | ${tk('value')} | ${tk('goal')} | ${tk('date')} |`,
      ].join('\n'),
    },
    {
      id: 'faq',
      title: 'FAQ',
      body: [
        '### What is the biggest risk?',
        '',
        tk('what could make this fail, and what we will do about it'),
        '',
        '### What are we not doing?',
        '',
        tk('what is out of scope, and why'),
      ].join('\n'),
    },
    { id: 'appendix', title: 'Appendix', body: tk('supporting data and detail a reader may skip; tables and lists are fine here') },
  ];
}

export function narrativeScaffold(f: NarrativeFacts = {}): string {
  const title = clean(f.title) || tk('a title that names the decision and the customer');
  return [`# ${title}`, ...narrativeSections(f).map((s) => `## ${s.title}\n\n${s.body}`)].join('\n\n') + '\n';
}
