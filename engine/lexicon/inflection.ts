/**
 * Word forms that do not follow the spelling rules of engine/text/phrases.ts
 * (plurals: -s, -es after s/x/z/ch/sh, -ies after a consonant and y) and
 * engine/text/forms.ts (adverbs). One line each.
 */

/** Singular, then plural. */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  child: 'children',
};

/** Adjective, then its adverb. */
export const IRREGULAR_ADVERBS: Readonly<Record<string, string>> = {};
