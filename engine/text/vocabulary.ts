/**
 * Word lists the rules share, after the user's additions and removals.
 * Built once per configuration (cached by its content), not per review.
 */
import type { PrfaqConfig } from '../config/types.js';
import { GENERIC_CUSTOMERS } from '../lexicon/people.js';
import { weaselForms } from '../lexicon/weasel.js';
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
    // Removing a word removes its family: "significant" takes "significantly" with it.
    const removed = new Set(config.weaselWords.remove.map((w) => w.trim().toLowerCase()));
    const forms = [...weaselForms()].filter(([, { lemma }]) => !removed.has(lemma)).map(([form]) => form);
    const weasel = apply(forms, config.weaselWords);
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
