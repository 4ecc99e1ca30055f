/**
 * Plurals that do not follow the spelling rules of engine/text/phrases.ts
 * (-s, -es after s/x/z/ch/sh, -ies after a consonant and y). One line each:
 * singular, then plural.
 */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  child: 'children',
};
