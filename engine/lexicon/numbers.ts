/**
 * Numbers written as words, for the `#` stand-in of the cue tables
 * (engine/text/phrases.ts): "in ten minutes" is as quick a start as "in 10
 * minutes". A few rough amounts count too ("a few", "a couple of").
 */
export const NUMBER_WORDS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'ninety', 'a hundred', 'a few', 'a couple of', 'a couple',
];
