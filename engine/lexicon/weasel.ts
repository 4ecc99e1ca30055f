/**
 * Words a reviewer would ask to see replaced by a number, a date or nothing,
 * for `weasel-word`. Users add and remove words with `weaselWords`; the rule
 * reads the result through engine/text/vocabulary.ts.
 */

/** Words that only add emphasis: deleting them loses nothing. */
export const INTENSIFIERS: readonly string[] = [
  'very', 'really', 'quite', 'fairly', 'extremely', 'truly', 'incredibly', 'highly', 'rather', 'somewhat',
  'totally', 'absolutely', 'literally', 'basically', 'essentially', 'super', 'so much',
];

/** Vague amounts and comparisons that a number should replace. */
export const VAGUE_QUANTITIES: readonly string[] = [
  'many', 'several', 'various', 'numerous', 'a lot of', 'lots of', 'a number of', 'a handful of', 'countless',
  'tons of', 'plenty of', 'nearly all', 'almost all', 'the vast majority', 'the majority of', 'most of the', 'most of them', 'most of our', 'most of these',
  'significantly', 'substantially', 'dramatically', 'considerably', 'vastly', 'greatly', 'massively', 'hugely',
  'a fraction of', 'a significant number', 'a large number of', 'a growing number of', 'orders of magnitude',
];

/** Praise the writer gives themselves: unsupported superlatives. */
export const SUPERLATIVES: readonly string[] = [
  'world-class', 'world class', 'best-in-class', 'best in class', 'best of breed', 'seamless', 'seamlessly',
  'revolutionary', 'cutting-edge', 'cutting edge', 'state-of-the-art', 'state of the art', 'game-changing',
  'game changer', 'game-changer', 'groundbreaking', 'ground-breaking', 'next-generation', 'industry-leading',
  'best-ever', 'unparalleled', 'unprecedented', 'effortless', 'effortlessly', 'blazing fast', 'blazing-fast',
  'lightning-fast', 'lightning fast', 'world-leading', 'first-class', 'unrivaled', 'unrivalled', 'magical',
  'delightful', 'amazing', 'awesome', 'incredible', 'disruptive', 'paradigm shift', 'synergy',
];

/** Dates a reader cannot put in a calendar. */
export const VAGUE_TIME: readonly string[] = ['soon', 'in the near future', 'shortly', 'in the coming months', 'in the coming weeks', 'at some point', 'down the road'];

/** Every weasel word. (A function, so that it reads the lists as they are when a rule compiles it.) */
export const weaselWords = (): string[] => [...INTENSIFIERS, ...VAGUE_QUANTITIES, ...SUPERLATIVES, ...VAGUE_TIME];
