/**
 * The principles the rules serve, in the order a review summary lists them.
 * Each rule names its group (`Rule.group`); the summary groups findings by
 * them, so a writer sees which principle needs the work instead of a score.
 */
export const PRINCIPLE_GROUPS = [
  { id: 'customer-first', title: 'Customer first', asks: 'Open from the customer and their problem, not from the technology or the solution.' },
  { id: 'named-customer', title: 'Named customer', asks: 'Say which customers, where, with what problem, and how many.' },
  { id: 'data', title: 'Data, not adjectives', asks: 'Replace hedges, intensifiers and superlatives with the number.' },
  { id: 'input-metrics', title: 'Input metrics', asks: 'Set goals on inputs the team controls; track components, not blended scores.' },
  { id: 'structure', title: 'Structure', asks: 'Every part in place, every question answered, nothing left to fill in, within the page budgets.' },
  { id: 'plain', title: 'Plain, active sentences', asks: 'Short sentences, active voice, acronyms spelled out.' },
  { id: 'comments', title: 'Disable comments', asks: 'Comments that silence rules must name rules that exist.' },
] as const;

export type PrincipleId = (typeof PRINCIPLE_GROUPS)[number]['id'];
