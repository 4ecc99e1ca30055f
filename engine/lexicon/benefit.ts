/**
 * Words that put a customer's gain in a sentence, for `solution-first`: a
 * headline or an opening with one of these, or with a customer noun
 * (./people.ts), is about the customer even if it names a technology.
 */

/** What the product does for someone, and how much better. */
export const BENEFIT_WORDS: readonly string[] = [
  'for', 'help', 'helps', 'helping', 'let', 'lets', 'letting', 'so', 'so that', 'enable', 'enables', 'allow',
  'allows', 'save', 'saves', 'saving', 'without', 'instead of', 'no longer', 'never', 'who', 'whose', 'cut', 'cuts',
  'reduce', 'reduces', 'faster', 'fewer', 'less', 'in minutes', 'in seconds', 'in one click', 'in one step',
  'in one tap',
];

/** The reader and the groups they belong to: "your books", "teams", "families". */
export const READER_WORDS: readonly string[] = ['you', 'your', 'team', 'teams', 'families'];
