/**
 * Word lists the rules share, after the user's additions and removals.
 * Built once per configuration (cached by its content), not per review.
 */
import type { PrfaqConfig } from '../config/types.js';
import { GENERIC_CUSTOMERS } from '../lexicon/people.js';
import { weaselWords } from '../lexicon/weasel.js';
import { phraseMatcher, type PhraseMatcher } from './phrases.js';

export interface Vocabulary {
  weasel: PhraseMatcher;
  genericCustomer: PhraseMatcher;
}

function apply(base: readonly string[], patch: { add: string[]; remove: string[] }): string[] {
  const removed = new Set(patch.remove.map((w) => w.trim().toLowerCase()));
  return [...base, ...patch.add].filter((w) => !removed.has(w.trim().toLowerCase()));
}

const cache = new Map<string, Vocabulary>();

export function vocabularyFor(config: PrfaqConfig): Vocabulary {
  const key = JSON.stringify([config.weaselWords, config.genericCustomers]);
  let v = cache.get(key);
  if (!v) {
    const weasel = apply(weaselWords(), config.weaselWords);
    const generic = apply(GENERIC_CUSTOMERS, config.genericCustomers);
    v = {
      weasel: phraseMatcher(weasel),
      genericCustomer: phraseMatcher(generic),
    };
    if (cache.size > 32) cache.clear();
    cache.set(key, v);
  }
  return v;
}
