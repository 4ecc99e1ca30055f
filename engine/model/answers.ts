/**
 * Whether an FAQ answer is a real answer: decided once, here, as the model
 * is built (`Question.answered`), for the `unanswered-question` rule, the
 * structure view and the summary alike.
 */
/**
 * Answers that stand in for an answer. "N/A" counts: a question that does
 * not apply should be deleted, and one that does apply deserves an answer.
 */
const TOKEN = String.raw`(?:tbd|tba|tbc|tk|todo|to-do|fixme|xxx+|\?{2,}|n\/?a|none yet|pending|placeholder|coming soon|answer(?: goes)? here|fill (?:this )?in(?: later)?|to be (?:decided|determined|confirmed|defined|written|added|answered|discussed|completed)|will (?:be )?(?:add(?:ed)?|answer(?:ed)?|fill(?:ed)? in|update(?:d)?) later|later|unknown|not sure(?: yet)?|\.{3}|…|-+|—|–)`;
const PLACEHOLDER = new RegExp(String.raw`^(?:[\s\[\](){}<>*_"“”'.:;,!]*${TOKEN}[\s\[\](){}<>*_"“”'.:;,!]*)+$`, 'i');
/** `[answer]`, `<answer>`, `{{answer}}`: a template slot left unfilled. */
const SLOT = /^\s*(?:\[[^\]]{0,40}\]|<[^>]{0,40}>|\{\{[^}]{0,40}\}\})\s*\.?\s*$/;

/** "TBD — depends on headcount": a placeholder with an excuse is still no answer. */
const LEADING = /^[\s\[(*_]*(?:tbd|tba|tbc|tk|todo|fixme|\?{2,}|to be (?:decided|determined|confirmed))\b[\])*_]*\s*(?:[—–:,(]|-\s|\.\s|$)/i;

/** "We will figure this out soon.": a promise to answer, not an answer. */
const DEFERRED = /^(?:we(?:'ll|’ll| will)|i(?:'ll|’ll| will)) (?:figure|work|sort|think) (?:this|it|that) (?:out|through)(?: (?:later|soon|eventually|in the future))?[.!]?$|^(?:still )?(?:to be |being )?(?:worked out|figured out|decided) later[.!]?$/i;

export function isPlaceholderAnswer(text: string): boolean {
  const t = text.trim();
  return t === '' || PLACEHOLDER.test(t) || SLOT.test(t) || LEADING.test(t) || DEFERRED.test(t);
}

/** A question is answered when its answer has words that are not a placeholder. */
export function isAnswered(answer: { text: string } | null): boolean {
  return !!answer && !isPlaceholderAnswer(answer.text);
}
