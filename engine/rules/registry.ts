/**
 * Every rule, once. Adding a rule: write engine/rules/<id>.ts with its
 * examples, add one line here, write docs/rules/<id>.md. The tests check
 * that ids are unique, every contract id is present and every page exists.
 */
import type { Rule } from './types.js';
import { weaselWord } from './weasel-word.js';

export const RULES: readonly Rule[] = [
  weaselWord,
];

/** Ids that may appear in config and disable comments. */
export const RULE_IDS: string[] = [...RULES.map((r) => r.id), 'unknown-rule'];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
