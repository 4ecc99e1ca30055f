import type { Rule } from './types.js';

// PLACEHOLDER: to be written (see the rule table in the contract).
export const outputMetric: Rule = {
  id: 'output-metric',
  description: '',
  principle: '',
  kinds: ['prfaq', 'narrative'],
  defaultSeverity: 'warning',
  check() {},
  examples: { invalid: [], valid: [] },
};
