/**
 * Does a summary paragraph tell the customer's problem too? Short releases
 * fold the pain into the summary instead of giving it a paragraph of its
 * own, in three ways this reads:
 *
 *   - a sentence that launches nothing and holds two problem words or more
 *     ("…today announced Treeline. Until now, owners were stuck copying…"),
 *     also when it opens the paragraph and the launch comes after it
 *     ("Student workers miss 3.1 shifts a term because they can't find
 *     cover. Starting today, …");
 *   - such a sentence that names the pain outright with one word
 *     ("Cold runners are a big problem for many teams."), or two such
 *     sentences with one problem word each;
 *   - the launch sentence itself, when a reason clause after the launch
 *     tells the pain ("…released 2.0, which matters because today
 *     developers mock every call by hand…").
 *
 * The words are data in engine/lexicon/cues.ts (PROBLEM_WORDS,
 * PROBLEM_NAMES, REASON_OPENERS).
 */
import { PROBLEM_NAMES, REASON_OPENERS } from '../lexicon/cues.js';
import { phrasePattern } from '../text/phrases.js';
import { PROBLEM_CUE, countMatches, launchesBeyondToday } from './cues.js';
import { sentencesOf } from './releaseBlocks.js';

const NAMES_PAIN = new RegExp(`(?<![\\p{L}\\p{N}_])${phrasePattern(PROBLEM_NAMES, { wildcards: true })}(?![\\p{L}\\p{N}_])`, 'iu');
const REASON = new RegExp(`(?<![\\p{L}\\p{N}_])${phrasePattern(REASON_OPENERS)}(?![\\p{L}\\p{N}_])`, 'iu');

export function summaryTellsProblem(text: string): boolean {
  // Sentences that tell some pain, outside the launch: two of them make the problem too
  // ("Today, booking a shelter takes 11 days. Residents call, leave a message and wait…").
  let painful = 0;
  // The launch is told once: a later sentence with a launch word ("…and announce changes in a group chat") tells something else.
  let launched = false;
  for (const sentence of sentencesOf(text)) {
    // "Today, booking a shelter takes 11 days": "today" alone is the problem's time, not a launch.
    if (launched || !launchesBeyondToday(sentence)) {
      const pain = countMatches(sentence, PROBLEM_CUE);
      if (pain >= 2 || NAMES_PAIN.test(sentence)) return true;
      if (pain >= 1 && ++painful >= 2) return true;
      continue;
    }
    launched = true;
    const reason = REASON.exec(sentence);
    // "today" in a launch sentence is the launch's day; after the reason it may be the pain's, but it is no pain by itself.
    if (reason && countMatches(sentence.slice(reason.index).replace(/\btoday\b/gi, ''), PROBLEM_CUE) >= 2) return true;
  }
  return false;
}
