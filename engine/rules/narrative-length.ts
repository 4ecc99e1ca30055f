import type { Rule } from './types.js';

// PLACEHOLDER: to be written (see the rule table in the contract).
export const narrativeLength: Rule = {
  id: 'narrative-length',
  description: '',
  principle: '',
  kinds: ['prfaq', 'narrative'],
  defaultSeverity: 'warning',
  check() {},
  examples: { invalid: [], valid: [] },
};
