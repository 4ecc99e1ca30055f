/**
 * Passive verbs that hide who acts, found in one sentence of plain text.
 * Pure text, like engine/text/acronyms.ts; `passive-voice` decides where
 * to look and what to say. Three patterns, each from engine/lexicon/
 * passive.ts:
 *
 * - `decision`: a decision, a commitment or a follow-up in the past or the
 *   future, with no "by …" naming who ("was deprioritised", "will be
 *   addressed", "needs to be decided", "mistakes were made"). The present
 *   ("is dropped", "are reviewed") describes how something works, and a
 *   modal of possibility ("can be fixed", "might be reviewed") a
 *   capability: neither hides an owner.
 * - `impersonal`: "it" with a verb of thinking, saying or deciding ("it was
 *   felt that", "it is believed that", "it might be considered to"): whose
 *   view is it?
 * - `personal-data`: a customer's data handled by someone unnamed ("your
 *   email address is captured", "location data may be shared"), unless the
 *   sentence denies or limits it ("is never shared", "is only sent").
 *
 * Everything else in the passive — "tokens are stored in …", "the file can
 * be imported", "the tool is built on DuckDB", "is located", "is based" —
 * is a state or a description of a system, and is left alone.
 */
import retextPassive from 'retext-passive';
import * as lex from '../lexicon/passive.js';
import { phrasePattern } from './phrases.js';
import { parseText, runCheck, type RetextCheck } from './retext.js';

export type HiddenActor = 'decision' | 'impersonal' | 'personal-data';

export interface PassiveMatch {
  start: number;
  end: number;
  kind: HiddenActor;
  /** The decision hidden is who decides: "a decision will be made", "the call was taken" (lex.WHO_DECIDES). */
  whoDecides?: boolean;
}

interface Word {
  /** Lower case, curly apostrophes made straight. */
  w: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** "won't" is "wo" + "n't": the stem as the auxiliary it stands for. */
const CONTRACTED_STEMS: Record<string, string> = { wo: 'will', ca: 'can', sha: 'shall' };

/** Forms of "be" (and "get", for "got deprioritised") that start a passive, with the negated ones. */
const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't", "'s", "'re", "'m", 'got', 'gotten', 'get', 'gets', 'getting']);
const NEGATED_BE = new Set(["isn't", "aren't", "wasn't", "weren't"]);
/** Words that may stand between "be" and its participle without changing the voice. */
const BETWEEN = new Set(['not', 'never', 'only', 'also', 'still', 'already', 'yet', 'then', 'now', 'often', 'always', 'usually', 'sometimes', 'rarely', 'seldom', 'typically', 'just', 'all', 'both', 'soon', 'later', 'ever', 'first', 'again']);
const NEGATIONS = new Set(['not', 'never', 'only', "n't"]);
/** An adverb that may sit inside the verb phrase: a listed one, or any in "-ly" ("will be carefully evaluated"). */
const isAdverb = (w: string) => BETWEEN.has(w) || (w.length > 4 && w.endsWith('ly'));
/** Before "be": the auxiliaries that make a future, an obligation or a perfect. */
const FUTURE = new Set(['will', 'shall', 'must', "'ll"]);
const POSSIBLE = new Set(['can', 'could', 'may', 'might', 'would', 'should', "can't", "couldn't", "wouldn't", "shouldn't"]);
const PERFECT = new Set(['has', 'have', 'had', "hasn't", "haven't", "hadn't", "'s", "'ve", "'d"]);
/** "… to be decided" hides an owner only after these: "needs to", "has to", "is yet to", "going to". */
const TO_OBLIGATION = new Set(['need', 'needs', 'needed', 'have', 'has', 'had', 'going', 'yet', 'is', 'are', 'was', 'were', 'ought']);

/** Multi-word entries, by their first word: "ruled" → [["ruled", "out"]]. */
function byFirstWord(entries: Iterable<string>): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const e of entries) {
    const words = e.toLowerCase().split(/\s+/);
    const list = out.get(words[0]) ?? out.set(words[0], []).get(words[0])!;
    list.push(words);
    list.sort((a, b) => b.length - a.length); // the longest first: "taken care of" before "taken"
  }
  return out;
}

const ACCOUNTABLE = byFirstWord([...Object.values(lex.ACCOUNTABLE).flat(), ...lex.ACCOUNTABLE_PHRASES]);
const WITH_SUBJECT = new Map(Object.entries(lex.ACCOUNTABLE_WITH_SUBJECT).map(([p, nouns]) => [p, new Set(nouns)]));
const WHO_DECIDES: ReadonlySet<string> = new Set(lex.WHO_DECIDES);
const IMPERSONAL = new Set(lex.IMPERSONAL);
const IMPERSONAL_NEXT = new Set(lex.IMPERSONAL_NEXT);
const IMPERSONAL_ALONE = new Set(lex.IMPERSONAL_ALONE);
const READ_AS = new Set(lex.READ_AS);
const VIEW_ADVERBS: ReadonlySet<string> = new Set(lex.VIEW_ADVERBS);
const VIEWS: ReadonlySet<string> = new Set(lex.VIEWS);
const DATA = byFirstWord(lex.DATA_HANDLING);
const PERSONAL = lex.PERSONAL_DATA.map((p) => p.split(/\s+/));
const OWNERS = new Set(lex.PERSONAL_OWNERS);
const DATA_NOUNS = new Set(lex.DATA_NOUNS);
const BY_NOT_AGENT = lex.BY_NOT_AGENT.map((p) => p.split(/\s+/));
const BY_MEASURE = new Set(lex.BY_NAMES_A_MEASURE);
/** A clause whose subject opens with a number: "6.8% of orders routed to stores", "about 2,000 visits". */
const COUNTED_SUBJECT = new RegExp(`^[\\s\\W]*(?:(?:${phrasePattern(lex.COUNT_LEADS)}),?\\s+)*\\d`, 'i');
/** Where the clause holding `at` starts: after the last full stop, semicolon or colon before it, or at the sentence's start. */
function clauseStart(text: string, from: number, at: number): number {
  // A subject is read within a few hundred characters: bounded work on a sentence of any length.
  const lo = Math.max(from, at - 300);
  const head = text.slice(lo, at);
  const m = /[.;:!?](?=\s)[^.;:!?]*$/.exec(head);
  return m ? lo + m.index + 1 : lo;
}

/** Every word that could end a listed participle: a sentence without one is skipped unread. */
export const PARTICIPLE_WORDS: ReadonlySet<string> = new Set(
  [...Object.values(lex.ACCOUNTABLE).flat(), ...lex.ACCOUNTABLE_PHRASES, ...Object.keys(lex.ACCOUNTABLE_WITH_SUBJECT), ...lex.IMPERSONAL, ...lex.VIEWS, ...lex.DATA_HANDLING].map((e) => e.split(/\s+/)[0]),
);

function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const w = m[0].toLowerCase().replace(/’/g, "'");
    // "we'll", "it's", "won't": the contraction is its own word ("'s" reads as "is", or "has" before "been").
    const c = /^(\p{L}+?)(n't|'ll|'s|'re|'m|'ve|'d)$/u.exec(w);
    if (c && !BE.has(w)) {
      const cut = m.index + c[1].length;
      out.push({ w: CONTRACTED_STEMS[c[1]] ?? c[1], start: m.index, end: cut });
      out.push({ w: c[2], start: cut, end: m.index + m[0].length });
      continue;
    }
    out.push({ w, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Only blanks between two words: no comma, dash or bracket breaks the verb phrase. */
const joined = (text: string, a: Word, b: Word) => /^[ \t\n*_]*$/.test(text.slice(a.end, b.start));

/** The listed entry (one to three words) that starts at word `i`, if any: its words' count. */
function entryAt(words: Word[], i: number, table: Map<string, string[][]>, text: string): number {
  for (const entry of table.get(words[i]?.w) ?? []) {
    if (entry.every((e, k) => words[i + k]?.w === e && (k === 0 || joined(text, words[i + k - 1], words[i + k])))) return entry.length;
  }
  return 0;
}

/** Does a "by …" that names someone follow within the clause? "decided by the board", not "fixed by the end of May". */
function agentFollows(words: Word[], from: number, text: string): boolean {
  for (let k = from; k < words.length && k < from + 5; k++) {
    if (k > from && !/^[ \t\n*_]*$/.test(text.slice(words[k - 1].end, words[k].start))) return false; // the clause ended
    if (words[k].w !== 'by') continue;
    const next = words.slice(k + 1, k + 3).map((x) => x.w);
    if (next.length === 0 || /^\d/.test(next[0]) || next[0].endsWith('ing')) return false;
    return !BY_NOT_AGENT.some((p) => p.every((x, j) => next[j] === x));
  }
  return false;
}

/** Index of the first word of the auxiliary chain before "be" at `i` ("will need to be", "has not been"), adverbs included. */
function chainStart(words: Word[], i: number, text?: string): number {
  let k = i;
  while (k > 0) {
    const w = words[k - 1].w;
    if (text && !joined(text, words[k - 1], words[k])) break;
    if (isAdverb(w) || w === "n't" || FUTURE.has(w) || POSSIBLE.has(w) || PERFECT.has(w) || w === 'to' || TO_OBLIGATION.has(w)) k--;
    else break;
  }
  return k;
}

/** Where the underline starts: the first auxiliary of the chain ("will be addressed", "needs to be decided"), not an adverb before it. */
function phraseStart(words: Word[], i: number, text: string): number {
  let k = chainStart(words, i, text);
  while (k < i && (isAdverb(words[k].w) || words[k].w === 'to')) k++;
  return k;
}

/** The word before `i`, skipping adverbs and "not". */
function before(words: Word[], i: number): number {
  let k = i - 1;
  while (k >= 0 && (isAdverb(words[k].w) || words[k].w === "n't")) k--;
  return k;
}

/**
 * Does the auxiliary chain before the form of "be" at `i` make a past or a
 * future, rather than a present, a perfect or a possibility? A perfect
 * ("has been approved", "have not been measured yet") reports where things
 * stand, not an act whose owner is missing: on the real documents a
 * reviewer signed none, and the actor was usually named nearby.
 */
function pastOrFuture(words: Word[], i: number): boolean {
  const be = words[i].w;
  if (be === 'was' || be === 'were' || be === "wasn't" || be === "weren't" || be === 'got' || be === 'gotten' || be === 'being') return true;
  const p = before(words, i);
  const prev = p >= 0 ? words[p].w : '';
  if (be === 'be' || be === 'get') {
    if (FUTURE.has(prev)) return true;
    if (prev === 'to') {
      const q = before(words, p);
      return q >= 0 && TO_OBLIGATION.has(words[q].w);
    }
    return false;
  }
  return false;
}

/** Is the verb phrase from the chain before "be" at `i` to the participle at `j` denied ("was not decided", "wasn't ever measured")? */
function denied(words: Word[], i: number, j: number): boolean {
  return /n't$/.test(words[i].w) || words.slice(chainStart(words, i), j).some((x) => x.w === 'not' || x.w === 'never' || x.w === "n't");
}

/** Is the chain before "be" at `i` a future or an obligation ("will not be", "need not be"), not a past? */
function futureAhead(words: Word[], i: number): boolean {
  const be = words[i].w;
  return (be === 'be' || be === 'get') && pastOrFuture(words, i);
}

/** The subject's last word before the verb phrase that starts at `i` ("mistakes" in "mistakes were made"). */
function subjectWords(words: Word[], i: number, text: string): string[] {
  const start = chainStart(words, i);
  const out: string[] = [];
  for (let k = start - 1; k >= 0 && out.length < 3; k--) {
    if (!joined(text, words[k], words[k + 1])) break;
    out.unshift(words[k].w);
  }
  return out;
}

/**
 * A passive inside what the reader can now look up: "see when the pothole
 * will be fixed", "check whether the refund was approved". The clause
 * before the verb chain opens with a verb of finding out and a question
 * word (lex.LOOK_UP_VERBS).
 */
const ASIDE = new Set(lex.ASIDE_VERBS);
const WRITERS_INTENT = new Set(lex.WRITERS_INTENT);
const FOLLOWED_UP = new Set(lex.ACCOUNTABLE.followedUp.map((e) => e.split(/\s+/).pop()!));
/** The clause opens with a conjunction of time: "until the problem", "once the business case". */
const TIME_CLAUSE = new RegExp(`^\\s*(?:and\\s+)?(?:${lex.TIME_CLAUSE_OPENERS.join('|')})\\s+(?:[\\p{L}'’-]+\\s+){0,6}$`, 'iu');
const LOOKED_UP = new RegExp(`\\b(?:${lex.LOOK_UP_VERBS.join('|')})\\s+(?:when|whether|if|how|why)\\s+(?:[\\p{L}'’-]+\\s+){0,8}$`, 'iu');

/** Words that open what a decision is about: "the decision on whether to sign it", "the call about pricing". */
const TOPIC_OPENERS = new Set(['on', 'about', 'of', 'whether', 'regarding', 'over']);

/**
 * "The decision on whether to sign it will be made": the subject's head
 * sits before what it is about, further back than its last word. Returns
 * that head (singular), or null when no word of `heads` stands there.
 */
function headBeforeTopic(words: Word[], i: number, text: string, heads: ReadonlySet<string>): string | null {
  const start = chainStart(words, i);
  for (let k = start - 1, n = 0; k > 0 && n < 8; k--, n++) {
    if (!joined(text, words[k - 1], words[k])) return null;
    const head = singular(words[k - 1].w);
    if (TOPIC_OPENERS.has(words[k].w) && heads.has(head)) return head;
  }
  return null;
}

/**
 * "it was decided that…", and with a time or a manner between them: "it
 * was decided early on that…", "it was agreed last week to…". The opener
 * (IMPERSONAL_NEXT) stands within three words of the participle, in the
 * same clause.
 */
function impersonalNextAhead(words: Word[], j: number, text: string): boolean {
  for (let k = j + 1; k <= j + 4 && k < words.length; k++) {
    if (!joined(text, words[k - 1], words[k])) return false;
    if (IMPERSONAL_NEXT.has(words[k].w)) return true;
  }
  return false;
}

/**
 * "it was agreed in the maintainers' sync that…", "it was decided at the
 * community call on 2026-02-11 to…": where or when it was settled, then
 * what. The meeting is named; who agreed is not. ("by the core team"
 * names them, and is no such phrase.)
 */
const WHERE_THEN_THAT = new RegExp(String.raw`^\s+(?:${lex.SETTLED_WHERE.join('|')})\s[^,.;:!?()]{1,60}?\s(?:${lex.IMPERSONAL_NEXT.join('|')})\s`, 'i');

const singular = (w: string) => w.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');

/** "The email address you enter is kept": a short clause with its own subject, after the noun, says whose data it is. */
const CONTACT_CLAUSE_SUBJECTS = new Set(['you', 'we', 'they', 'i']);

function personalSubject(subject: string[]): boolean {
  if (subject.length === 0) return false;
  const k = subject.findIndex((w, j) => j > 0 && j >= subject.length - 4 && CONTACT_CLAUSE_SUBJECTS.has(w));
  if (k > 0 && personalSubject(subject.slice(0, k))) return true;
  for (const p of PERSONAL) if (p.length <= subject.length && p.every((x, j) => subject[subject.length - p.length + j] === x)) return true;
  // "your data", "your order history", "the customer's data" (read as "customer", "'s", "data").
  return DATA_NOUNS.has(subject[subject.length - 1]) && subject.slice(0, -1).some((w) => OWNERS.has(w));
}

/** retext-passive's list of irregular participles ("found", "built", "sent"), asked one word at a time. */
const passiveCheck = retextPassive() as RetextCheck;
const irregular = new Map<string, boolean>();
function isIrregularParticiple(w: string): boolean {
  let yes = irregular.get(w);
  if (yes === undefined) {
    yes = runCheck(passiveCheck, parseText(`It was ${w}.`)).length > 0;
    if (irregular.size > 2000) irregular.clear();
    irregular.set(w, yes);
  }
  return yes;
}

/** A participle: in "-ed", listed here, or one of retext-passive's irregular ones ("found" in "was found and fixed"). */
const looksLikeParticiple = (w: string) => /ed$/.test(w) || PARTICIPLE_WORDS.has(w) || isIrregularParticiple(w);

/**
 * The agent-hiding passives in `text` between `from` and `to` (one
 * sentence), as offsets into `text`. Each range is the whole verb phrase:
 * from the first auxiliary ("will need to be decided", "it was felt") to
 * the end of the participle, particle included ("was ruled out").
 */
export function hiddenActors(text: string, from: number, to: number): PassiveMatch[] {
  const words = wordsOf(text, from, to);
  const out: PassiveMatch[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    if (!BE.has(words[i].w)) continue;
    let j = i + 1;
    let negated = NEGATED_BE.has(words[i].w) || words.slice(chainStart(words, i), i).some((x) => NEGATIONS.has(x.w));
    while (j < words.length && isAdverb(words[j].w) && joined(text, words[j - 1], words[j])) {
      if (NEGATIONS.has(words[j].w)) negated = true;
      j++;
    }
    if (j >= words.length || !joined(text, words[j - 1], words[j])) continue;
    const p = words[j].w;
    const isGet = words[i].w.startsWith('g');

    // "is widely regarded as unsafe", "is generally seen as the main source": a view held by a crowd nobody names.
    if (!isGet && VIEWS.has(p) && words.slice(i + 1, j).some((x) => VIEW_ADVERBS.has(x.w)) && /^(?:as|to)$/.test(words[j + 1]?.w ?? '') && joined(text, words[j], words[j + 1])) {
      out.push({ start: words[phraseStart(words, i, text)].start, end: words[j].end, kind: 'impersonal' });
      i = j;
      continue;
    }

    // "It was felt that …": an impersonal passive, in any tense.
    // ("If the option is a string, it is assumed to be the encoding": "it" is the option, read as something.)
    // ("It should be noted that …" is the writer's aside: engine/lexicon/passive.ts ASIDE_VERBS.)
    const aside =
      (ASIDE.has(p) && words.slice(chainStart(words, i), i).some((x) => x.w === 'should' || x.w === 'must')) ||
      // "It is proposed that…": the writer's own plan, in the present (not "it was proposed", "it has been proposed").
      (WRITERS_INTENT.has(p) && (words[i].w === 'is' || words[i].w === 'are') && chainStart(words, i) === i);
    if (!isGet && IMPERSONAL.has(p) && !aside && !(READ_AS.has(p) && words[j + 1]?.w === 'to' && words[j + 2]?.w === 'be')) {
      const s = chainStart(words, i) - 1;
      const next = words[j + 1];
      const afterText = text.slice(words[j].end, next ? next.start : to);
      // Not "it" as an object ("thought about it", "the part that it was…"); but "The third is that it was agreed…" opens a clause.
      const clauseThat = s >= 2 && words[s - 1].w === 'that' && /^(?:is|was|are|were|be)$/.test(words[s - 2].w);
      if (s >= 0 && words[s].w === 'it' && (s === 0 || clauseThat || !/^(?:about|of|for|with|on|in|to|from|by|that|as)$/.test(words[s - 1].w)) && (((/[,.;:]/.test(afterText) || !next) && IMPERSONAL_ALONE.has(p)) || impersonalNextAhead(words, j, text) || WHERE_THEN_THAT.test(text.slice(words[j].end, Math.min(to, words[j].end + 90))))) {
        out.push({ start: words[s].start, end: words[j].end, kind: 'impersonal' });
        i = j;
        continue;
      }
    }

    // "Your email address is captured": someone unnamed handles the customer's data.
    const data = isGet ? 0 : entryAt(words, j, DATA, text);
    // "No customer data is used for training": denied by its subject.
    const dataSubject = data ? subjectWords(words, i, text) : [];
    if (data && !negated && !dataSubject.includes('no') && personalSubject(dataSubject) && !agentFollows(words, j + data, text)) {
      out.push({ start: words[phraseStart(words, i, text)].start, end: words[j + data - 1].end, kind: 'personal-data' });
      i = j + data - 1;
      continue;
    }

    // "was deprioritised", "will be addressed", "mistakes were made": a decision with no owner.
    // ("was not decided" tells of something nobody did: no one is hidden. A negated future is a decision.)
    if (!pastOrFuture(words, i) || (denied(words, i, j) && !futureAhead(words, i))) continue;
    let n = entryAt(words, j, ACCOUNTABLE, text);
    let whoDecides = false;
    if (!n && WITH_SUBJECT.has(p)) {
      const subject = subjectWords(words, i, text);
      if (subject.length && WITH_SUBJECT.get(p)!.has(singular(subject[subject.length - 1]))) {
        n = 1;
        whoDecides = WHO_DECIDES.has(singular(subject[subject.length - 1]));
      } else {
        const head = headBeforeTopic(words, i, text, WITH_SUBJECT.get(p)!);
        if (head) {
          n = 1;
          whoDecides = WHO_DECIDES.has(head);
        }
      }
    }
    let end = n ? j + n - 1 : -1;
    // "was found and fixed": the owner-hiding participle may come second.
    if (!n && looksLikeParticiple(p) && (words[j + 1]?.w === 'and' || words[j + 1]?.w === 'or') && words[j + 2] && joined(text, words[j], words[j + 1]) && joined(text, words[j + 1], words[j + 2])) {
      const second = entryAt(words, j + 2, ACCOUNTABLE, text);
      if (second) end = j + 2 + second - 1;
    }
    if (end < 0 || (!BY_MEASURE.has(words[end].w) && agentFollows(words, end + 1, text))) continue;
    // "Existing accounts will be migrated automatically": the system does it, as a description says.
    if (words[end + 1]?.w === 'automatically' && /^[ \t]*$/.test(text.slice(words[end].end, words[end + 1].start))) continue;
    // "In the test, 94% of complete applications were decided within 10 days": a measurement, not a decision.
    const clause = text.slice(clauseStart(text, from, words[i].start), words[i].start);
    if (COUNTED_SUBJECT.test(clause) || COUNTED_SUBJECT.test(clause.slice(clause.lastIndexOf(',') + 1))) continue;
    // "Residents can now see when the pothole they reported will be fixed": what a reader can look up, not a commitment.
    if (LOOKED_UP.test(clause)) continue;
    // A follow-up in a clause of time ("…keeps them informed until the problem is fixed") says when; one in the
    // past ("The light was fixed on day 19") is what happened: who owns it matters while it is still to do.
    if (FOLLOWED_UP.has(words[end].w) && (TIME_CLAUSE.test(clause.slice(clause.lastIndexOf(',') + 1)) || words[i].w === 'was' || words[i].w === 'were')) continue;
    out.push({ start: words[phraseStart(words, i, text)].start, end: words[end].end, kind: 'decision', ...(whoDecides ? { whoDecides } : {}) });
    i = end;
  }
  return out;
}
