/**
 * Whether an FAQ answer is a real answer: decided once, here, as the model
 * is built (`Question.answered`), for the `unanswered-question` rule, the
 * structure view and the summary alike.
 */
import { MONTHS, PERIODS } from '../lexicon/dates.js';
import { EXPLORED, EXPLORING_VERBS, STUDY_NOUNS, STUDY_VERBS, WORKING_THE_FIGURES, PASSIVE_PROMISE_VERBS, PLAN_VERBS, VAGUE_PLAN_TIMES, PENDING_OPENERS, PENDING_REASON_WORDS, PROMISE_CONDITIONS, PROMISE_ROWS, PROMISE_TAILS, PROMISE_VERBS, FEATURE_PROMISE_VERBS, PROMISED_NEWS, STILL_DECIDING, STILL_TO_ASK, VAGUE_COUNT_ANSWERS, VAGUE_TIME_ANSWERS, VAGUE_VERDICT_INTENSIFIERS } from '../lexicon/placeholders.js';
import { normalisePhrase, phrasePattern, sequences } from '../text/phrases.js';

/**
 * Answers that stand in for an answer. "N/A" counts: a question that does
 * not apply should be deleted, and one that does apply deserves an answer.
 */
const TOKEN = String.raw`(?:tbd|tba|tbc|tk|todo|to-do|fixme|xxx+|\?+|n\/?a|none yet|pending|placeholder|coming soon|answer(?: goes)? here|fill (?:this )?in(?: later)?|to be (?:decided|determined|confirmed|defined|written(?: up)?|worked out|added|answered|discussed|completed)|will (?:be )?(?:add(?:ed)?|answer(?:ed)?|fill(?:ed)? in|update(?:d)?) later|later|${phrasePattern(VAGUE_TIME_ANSWERS)}|unknown|not sure(?: yet)?|\.{3}|…|-+|—|–)`;
const PLACEHOLDER = new RegExp(String.raw`^(?:[\s\[\](){}<>*_"“”'.:;,!]*${TOKEN}[\s\[\](){}<>*_"“”'.:;,!]*)+$`, 'i');
/** `[answer]`, `<answer>`, `{{answer}}`: a template slot left unfilled. */
const SLOT = /^\s*(?:\[[^\]]{0,40}\]|<[^>]{0,40}>|\{\{[^}]{0,40}\}\})\s*\.?\s*$/;

/**
 * "TBD — depends on headcount", "TBC with finance.", "To be determined once
 * the lease is settled.", "To be decided by the board at the fall retreat.",
 * "??? — ask Compliance": a placeholder with an excuse, or with who will fill
 * it, is still no answer.
 */
const LEADING = new RegExp(
  String.raw`^[\s\[(*_]*(?:tbd|tba|tbc|tk|todo|fixme|\?{2,}|to be (?:decided|determined|confirmed|filled in|written|answered|completed|defined))(?![a-z0-9])[\])*_]*\s*(?:[—–:,(]|-\s|\.\s|$|(?:with|pending|by|${phrasePattern(PROMISE_CONDITIONS)})\s)`,
  'i',
);

/** "[DATE], pending the security review.": a slot left unfilled, with only the condition it waits on (no figure in it). */
const SLOT_PENDING = new RegExp(
  String.raw`^\s*(?:\[[^\]]{1,40}\]|<[^>]{1,40}>|\{\{[^}]{1,40}\}\})\s*[,—–(]?\s*(?:pending|${phrasePattern(PROMISE_CONDITIONS)})\s[^.!?\d]{1,60}[.!)]?\s*$`,
  'i',
);

/** "We will figure this out soon.": a promise to answer, not an answer. */
const DEFERRED = /^(?:we(?:'ll|’ll| will)|i(?:'ll|’ll| will)) (?:figure|work|sort|think) (?:this|it|that) (?:out|through)(?: (?:later|soon|eventually|in the future|(?:during|before|after|once|when|closer to) [^.!?\d]{1,40}))?[.!]?$|^(?:still )?(?:to be |being )?(?:worked out|figured out|decided) later[.!]?$/i;

/** Promises of an answer (engine/lexicon/placeholders.ts): "details to follow", "we will share more later". */
const PROMISES = new Set(PROMISE_ROWS.flatMap((row) => sequences(row)).map((p) => normalisePhrase(p)));
const TAILS = PROMISE_TAILS.map((t) => normalisePhrase(t));
const VAGUE_COUNTS = new Set(VAGUE_COUNT_ANSWERS.map((p) => normalisePhrase(p)));
const VAGUE_VERDICT = new RegExp(`^(?:${phrasePattern(VAGUE_VERDICT_INTENSIFIERS)})\\s+[\\p{L}-]+$`, 'iu');
/** A sentence that says no more than "many" or "very accurate". */
const saysNothing = (p: string) => VAGUE_COUNTS.has(p.replace(/,/g, '')) || VAGUE_VERDICT.test(p);

/** A condition closing the sentence: ", once the contract is signed" (engine/lexicon/placeholders.ts PROMISE_CONDITIONS). */
const CONDITION = new RegExp(`,?\\s+(?:${phrasePattern(PROMISE_CONDITIONS)})\\s+(.+)$`, 'i');
/** A date in a condition makes the promise datable: "after the May 12 pilot". */
const DATED = new RegExp(`\\d|\\b(?:${phrasePattern(MONTHS)})\\b`, 'i');

/** "more on Windows", "details about pricing": the news promised may name its topic. */
// Words apart by spaces, so the regular expression has one way to read them (no backtracking).
const TOPIC = /\b(more|details|information|specifics|news|an update|updates)\s+(?:on|about|regarding|around)\s+[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,4}$/u;
/** "Need to ask SRT.": who must still be asked, then up to a few words. */
const STILL_ASKING = new RegExp(`^(?:${phrasePattern(STILL_TO_ASK)})(?:\\s+[\\p{L}\\p{N}'’-]+){1,5}$`, 'iu');

/**
 * "Ask Priya in finance.", "Ask Finance.": the reader sent to someone named
 * (a capital), as the whole answer. "Ask your account manager." tells a
 * customer what to do, and answers.
 */
const ASK_SOMEONE = /^\s*[Aa]sk\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:in|from|on|at)\s+[\p{L}&-]+(?:\s+[\p{L}&-]+)?)?\s*[.!]?\s*$/u;
/** "Depends on how you count.", "It depends on what we find.": a short "it depends" with no figure, as the whole answer. */
const DEPENDS = /^(?:it\s+)?(?:all\s+)?depends(?:\s+on\s+(?:how|what|whether|who|which|when|where)\b(?:\s+[\p{L}'’-]+){0,5})?$/iu;
/**
 * "We'll publish our data policy closer to launch.": a promise of the thing
 * asked for, kept at a vague time (tails are cut before). "We'll add Welsh in
 * a future release" promises a feature, and answers: a verb that can promise
 * a feature counts here only with news as its object ("We'll add details").
 */
const NEWS_VERBS = PROMISE_VERBS.filter((v) => !FEATURE_PROMISE_VERBS.includes(v));
const VAGUE_TIME_PROMISE = new RegExp(
  `^(?:we(?:'ll|’ll|\\s+will)|we\\s+(?:plan|intend|expect|hope)\\s+to|we\\s+are\\s+going\\s+to)\\s+` +
    `(?:(?:${phrasePattern(NEWS_VERBS)})(?:\\s+[\\p{L}\\p{N}'’-]+){1,4}|(?:${phrasePattern(FEATURE_PROMISE_VERBS)})\\s+(?:${phrasePattern(PROMISED_NEWS.filter(Boolean))})(?:\\s+(?:on|about|for)(?:\\s+[\\p{L}\\p{N}'’-]+){1,3})?)$`,
  'iu',
);

/** "We are still deciding on pricing.": a decision under way, and its topic in up to five words. */
const STILL_UNDER_WAY = new RegExp(`^(?:${phrasePattern(STILL_DECIDING)})(?:\\s+(?:on|about|over))?(?:\\s+[\\p{L}\\p{N}'’-]+){0,5}$`, 'iu');
/** "Finance is looking at options.", "Legal is investigating it.": someone named at work on it, no answer yet. */
const SOMEONE_EXPLORING = new RegExp(`^(?:[\\p{L}\\p{N}'’&-]+\\s+){1,3}(?:is|are)\\s+(?:still\\s+)?(?:(?:${phrasePattern(EXPLORING_VERBS)})\\s+(?:${phrasePattern(EXPLORED)})|${phrasePattern(WORKING_THE_FIGURES)})$`, 'iu');
/** "Jonah is doing a competitive teardown": someone named doing the work the answer will come from (up to two words before the noun). */
const SOMEONE_STUDYING = new RegExp(`^(?:[\\p{L}\\p{N}'’&-]+\\s+){1,3}(?:is|are)\\s+(?:still\\s+)?(?:${phrasePattern(STUDY_VERBS)})\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${phrasePattern(STUDY_NOUNS)})$`, 'iu');
/** "Risks will be reviewed", "mitigations will be put in place": a passive promise of a few words (tails are cut before). */
const PASSIVE_PROMISE = new RegExp(`^(?:[\\p{L}\\p{N}'’-]+\\s+){1,3}will\\s+be\\s+(?:${phrasePattern(PASSIVE_PROMISE_VERBS)})$`, 'iu');
/** "Pricing is still being finalized", "…and will be communicated": the same work, said to be under way. */
const PASSIVE_UNDER_WAY = new RegExp(`^(?:[\\p{L}\\p{N}'’-]+\\s+){1,3}(?:is|are)\\s+still\\s+being\\s+(?:${phrasePattern(PASSIVE_PROMISE_VERBS)})$|^will\\s+be\\s+(?:${phrasePattern(PASSIVE_PROMISE_VERBS)})$`, 'iu');

/**
 * `dateAnswers`: the question asks when, so a promise that gives a date
 * ("We will publish the price on May 12") tells it. To any other question
 * ("Who maintains the lockers?") a date says only when the answer comes.
 */
function isPromise(sentence: string, dateAnswers = true): boolean {
  if (PROMISES.has(sentence) || STILL_ASKING.test(sentence) || STILL_UNDER_WAY.test(sentence) || SOMEONE_EXPLORING.test(sentence) || SOMEONE_STUDYING.test(sentence)) return true;
  const tail = TAILS.find((t) => sentence.endsWith(' ' + t));
  const body = tail ? sentence.slice(0, -tail.length - 1) : sentence;
  if (tail && (PROMISES.has(body) || VAGUE_TIME_PROMISE.test(body))) return true;
  // "Risks will be reviewed and mitigations will be put in place before launch.": each half a passive promise.
  if (body.split(/\s+and\s+/).every((half) => PASSIVE_PROMISE.test(half) || PASSIVE_UNDER_WAY.test(half))) return true;
  const topic = TOPIC.exec(body);
  if (topic && PROMISES.has(body.slice(0, topic.index) + topic[1])) return true;
  const condition = CONDITION.exec(sentence);
  return !!condition && (!dateAnswers || !DATED.test(condition[1])) && isPromise(sentence.slice(0, condition.index).replace(/[\s,]+$/, ''), dateAnswers);
}

/** "Details to follow.", "We will share more later. Check back in a few weeks.": only promises (and placeholders). */
function promiseOnly(text: string, dateAnswers: boolean): boolean {
  const parts = text
    // "(Answer to follow.)": brackets around a promise hide nothing.
    .replace(/[*_`"“”()[\]]/g, '')
    // "Good question, we'll look into it.", "Good question — we'll figure this out…": the courtesy answers nothing either.
    .replace(/^\s*(?:good|great|fair)\s+question\s*[,.!:—–-]?\s*(?:and\s+)?/i, '')
    // Not at a full stop inside a number: "after 5.1 is out" is one sentence.
    .split(/(?:[.!;](?!\d))+|\n+|\s[—–]\s|\s-\s/)
    .map((s) => normalisePhrase(s.replace(/^[\s,:]+|[\s,:]+$/g, '')))
    .filter(Boolean);
  const promised = (p: string) => isPromise(p, dateAnswers) || DEFERRED.test(p) || DEPENDS.test(p);
  // ("Several; to be written up.": a count with no number beside a placeholder says no more than the placeholder.)
  return parts.length > 0 && parts.length <= 3 && parts.some((p) => promised(p) || PLACEHOLDER.test(p)) && parts.every((p) => promised(p) || PLACEHOLDER.test(p) || saysNothing(p));
}

/**
 * "Land it soon.", "Ship it in the near future.", "We'll ship it later.": one
 * short sentence whose only time is a vague one (engine/lexicon/placeholders.ts
 * PLAN_VERBS, VAGUE_PLAN_TIMES), with no figure and no month, quarter or
 * season. A plan of that kind is no plan.
 */
const SHORT_VAGUE_PLAN = new RegExp(
  String.raw`^(?:(?:we|i|it)(?:['’]ll|\s+will)\s+)?(?:${phrasePattern(PLAN_VERBS)})\b[^.!?\d]{0,30}?\s(?:${phrasePattern(VAGUE_PLAN_TIMES)})[.!]?$`,
  'i',
);
const PERIOD = new RegExp(String.raw`\b(?:${phrasePattern(PERIODS)})\b`, 'i');
const shortVaguePlan = (t: string) => SHORT_VAGUE_PLAN.test(t) && t.split(/\s+/).length <= 8 && !DATED.test(t) && !PERIOD.test(t);

/** A question that asks for a time: "When…?", "How soon…?", "By when…?", "What is the launch date?". */
const ASKS_WHEN = /^\W{0,4}(?:q\d*[:.)]\s*)?(?:when\b|how soon\b|how long until\b|by when\b|until when\b|what(?:'s| is| will be)? the (?:\w+ )?(?:date|timeline|timing|eta)\b|is there a (?:date|timeline)\b)/i;

export function isPlaceholderAnswer(text: string, question?: string): boolean {
  const t = text.trim();
  const dateAnswers = question === undefined || ASKS_WHEN.test(question);
  return t === '' || PLACEHOLDER.test(t) || ASK_SOMEONE.test(t.replace(/[*_`]/g, '')) || SLOT.test(t) || LEADING.test(t) || SLOT_PENDING.test(t) || DEFERRED.test(t) || promiseOnly(t, dateAnswers) || pendingWithReason(t, question) || shortVaguePlan(t);
}

const PENDING = new Set(PENDING_OPENERS.map((p) => normalisePhrase(p)));
/** "Still deciding. It depends on the pilot." / "We don't have one yet. We'll set it after launch.": nothing decided, one short reason. */
function pendingWithReason(text: string, question = ''): boolean {
  const [first, ...rest] = text.replace(/[*_`]/g, '').split(/(?<=[.!;])\s+/);
  const opener = first ? normalisePhrase(first.replace(/[.!;,:\s]+$/, '')) : '';
  if (!PENDING.has(opener)) return false;
  // "Is the beta open to everyone?" "Open. …" answers it.
  if (opener.endsWith('open') && /\bopen\b/i.test(question)) return false;
  const after = rest.join(' ');
  return rest.length <= 1 && !/\d/.test(after) && (after.match(/[\p{L}'’]+/gu) ?? []).length <= PENDING_REASON_WORDS;
}

/** A question is answered when its answer has words that are not a placeholder. */
export function isAnswered(answer: { text: string } | null, question?: string): boolean {
  return !!answer && !isPlaceholderAnswer(answer.text, question);
}
