/**
 * Word lists the rules share, after the user's additions and removals.
 * Built once per configuration (cached by its content), not per review.
 */
import type { PrfaqConfig } from '../config/types.js';
import { phraseMatcher } from './tokens.js';

/** Words that only add emphasis: deleting them loses nothing. */
export const INTENSIFIERS = [
  'very', 'really', 'quite', 'fairly', 'extremely', 'truly', 'incredibly', 'highly', 'rather', 'somewhat',
  'totally', 'absolutely', 'literally', 'basically', 'essentially', 'super', 'so much',
];

/** Vague amounts and comparisons that a number should replace. */
export const VAGUE_QUANTITIES = [
  'many', 'several', 'various', 'numerous', 'a lot of', 'lots of', 'a number of', 'a handful of', 'countless',
  'tons of', 'plenty of', 'nearly all', 'almost all', 'the vast majority', 'the majority of', 'most of the', 'most of them', 'most of our', 'most of these',
  'significantly', 'substantially', 'dramatically', 'considerably', 'vastly', 'greatly', 'massively', 'hugely',
  'a fraction of', 'a significant number', 'a large number of', 'a growing number of', 'orders of magnitude',
];

/** Praise the writer gives themselves: unsupported superlatives. */
export const SUPERLATIVES = [
  'world-class', 'world class', 'best-in-class', 'best in class', 'best of breed', 'seamless', 'seamlessly',
  'revolutionary', 'cutting-edge', 'cutting edge', 'state-of-the-art', 'state of the art', 'game-changing',
  'game changer', 'game-changer', 'groundbreaking', 'ground-breaking', 'next-generation', 'industry-leading',
  'best-ever', 'unparalleled', 'unprecedented', 'effortless', 'effortlessly', 'blazing fast', 'blazing-fast',
  'lightning-fast', 'lightning fast', 'world-leading', 'first-class', 'unrivaled', 'unrivalled', 'magical',
  'delightful', 'amazing', 'awesome', 'incredible', 'disruptive', 'paradigm shift', 'synergy',
];

/** Dates a reader cannot put in a calendar. */
export const VAGUE_TIME = ['soon', 'in the near future', 'shortly', 'in the coming months', 'in the coming weeks', 'at some point', 'down the road'];

export const WEASEL_WORDS = [...INTENSIFIERS, ...VAGUE_QUANTITIES, ...SUPERLATIVES, ...VAGUE_TIME];

/** Nouns that name no one in particular. */
export const GENERIC_CUSTOMERS = [
  'users', 'user', 'customers', 'customer', 'people', 'everyone', 'everybody', 'consumers', 'businesses',
  'companies', 'organizations', 'organisations', 'clients', 'anyone', 'anybody', 'individuals', 'the public',
  'end users', 'end-users', 'companies of all sizes', 'businesses of all sizes', 'organizations of all sizes',
  'all users', 'all customers', 'enterprises', 'the masses', 'any company', 'any business', 'any organization',
  'any organisation', 'every company', 'every business', 'every organization', 'every organisation', 'people of all ages',
];

export interface Vocabulary {
  weasel: RegExp | null;
  weaselSet: Set<string>;
  genericCustomer: RegExp | null;
  genericSet: Set<string>;
}

function apply(base: string[], patch: { add: string[]; remove: string[] }): string[] {
  const removed = new Set(patch.remove.map((w) => w.trim().toLowerCase()));
  return [...base, ...patch.add].filter((w) => !removed.has(w.trim().toLowerCase()));
}

const cache = new Map<string, Vocabulary>();

export function vocabularyFor(config: PrfaqConfig): Vocabulary {
  const key = JSON.stringify([config.weaselWords, config.genericCustomers]);
  let v = cache.get(key);
  if (!v) {
    const weasel = apply(WEASEL_WORDS, config.weaselWords);
    const generic = apply(GENERIC_CUSTOMERS, config.genericCustomers);
    v = {
      weasel: phraseMatcher(weasel),
      weaselSet: new Set(weasel.map((w) => w.toLowerCase())),
      genericCustomer: phraseMatcher(generic),
      genericSet: new Set(generic.map((w) => w.toLowerCase())),
    };
    if (cache.size > 32) cache.clear();
    cache.set(key, v);
  }
  return v;
}
