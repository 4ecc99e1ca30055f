/**
 * The one phrase matcher: it turns a word list of the lexicon (or a user's
 * configured words) into something that finds those words in prose. Every
 * list goes through here, so what counts as a whole word, how a plural is
 * formed and how a phrase may be spaced is decided once, not per rule.
 *
 * Entries are literals, never patterns: no list, and no user input, can make
 * the compiled expression backtrack catastrophically. The one exception is
 * opt-in and for the team's own cue tables (`wildcards`): a `*` that ends a
 * word and a `#` standing as a word, each compiled to one character class.
 */
import { IRREGULAR_PLURALS } from '../lexicon/inflection.js';
import { NUMBER_WORDS } from '../lexicon/numbers.js';

export interface MatcherOptions {
  /** Each entry also matches its plural (of its last word): owner → owners, bakery → bakeries, coach → coaches. */
  plural?: boolean;
  /** A space inside an entry also matches a hyphen: "machine learning", "machine-learning". */
  hyphens?: boolean;
  /** Match the capitals as listed ("AI" but not "ai"); otherwise case is ignored. */
  matchCase?: boolean;
  /**
   * A hyphen next to the phrase ends the word instead of joining it: "AI" is
   * found in "AI-powered", "owner" in "pet-owner". By default a hyphenated
   * word is one word, so "customer" is not found in "customer-facing".
   */
  hyphenEndsWord?: boolean;
  /**
   * Two stand-ins, for the lexicon's cue tables only (never for words a user
   * configures): `*` ending a word is any letters that continue it
   * ("frustrat*": frustrated, frustrating, frustration), and `#` standing as
   * a word is a number ("in # minutes": in 5 minutes, in ten minutes).
   */
  wildcards?: boolean;
}

export interface PhraseMatch {
  /** As written in the text. */
  text: string;
  start: number;
  end: number;
  /** The lexicon entry this is a form of ("owners" → "owner"). */
  entry: string;
}

/** Escape a literal for use inside a RegExp: custom words are never patterns. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An entry as the matcher stores it: trimmed, single-spaced, lower case
 * unless case matters, and with hyphens read as spaces where either may join
 * the words.
 */
export function normalisePhrase(p: string, options: MatcherOptions = {}): string {
  let t = p.trim();
  if (options.hyphens) t = t.replace(/-/g, ' ');
  t = t.replace(/\s+/g, ' ');
  return options.matchCase ? t : t.toLowerCase();
}

/**
 * The plural forms of a noun phrase (its last word): regular English plurals
 * and the irregular ones listed in the lexicon. "attorney" → "attorneys";
 * "bakery" → "bakeries"; "coach" → "coaches"; "child" → "children".
 */
export function pluralsOf(phrase: string): string[] {
  const cut = phrase.lastIndexOf(' ') + 1;
  const head = phrase.slice(0, cut);
  const word = phrase.slice(cut);
  const irregular = IRREGULAR_PLURALS[word.toLowerCase()];
  if (irregular) return [head + irregular];
  if (/[^aeiou]y$/i.test(word)) return [head + word.slice(0, -1) + 'ies'];
  if (/(?:s|x|z|ch|sh)$/i.test(word)) return [head + word + 'es'];
  return [head + word + 's'];
}

/** Each entry followed by its plurals: for a list that mixes nouns with words that have none. */
export function nounForms(nouns: Iterable<string>): string[] {
  return [...nouns].flatMap((n) => [n, ...pluralsOf(n)]);
}

/**
 * The phrases a row of word lists spells: one entry of each list, in order,
 * an empty entry meaning the word may be left out.
 * [['we will', 'we plan to'], ['measure', 'track']] → "we will measure", "we will track", …
 */
export function sequences(row: ReadonlyArray<readonly string[]>): string[] {
  let out = [''];
  for (const slot of row) out = out.flatMap((head) => slot.map((w) => (head && w ? `${head} ${w}` : head + w)));
  return out.filter(Boolean);
}

/** Every form an entry is found as, with the entry it stands for. */
export function formsOf(entries: Iterable<string>, options: MatcherOptions = {}): Map<string, string> {
  const forms = new Map<string, string>();
  for (const raw of entries) {
    const entry = normalisePhrase(raw, options);
    if (!entry) continue;
    for (const form of [entry, ...(options.plural ? pluralsOf(entry) : [])]) if (!forms.has(form)) forms.set(form, entry);
  }
  return forms;
}

/**
 * All forms as one expression, for a pattern that needs a list inside it.
 * The forms are laid out as a trie ("own(?:er(?:s)?)?"-style) rather than a
 * flat alternation: the engine then reads each letter once per position
 * instead of once per entry, and longer forms are still tried first.
 */
export function phrasePattern(entries: Iterable<string>, options: MatcherOptions = {}): string {
  const forms = [...formsOf(entries, options).keys()];
  if (forms.length === 0) return '(?!)';
  const gap = options.hyphens ? '[\\s-]+' : '\\s+';
  const special = (ch: string): string | undefined => (!options.wildcards ? undefined : ch === '*' ? ANY_LETTERS : ch === '#' ? NUMBER : undefined);
  type Node = Map<string, Node>;
  const root: Node = new Map();
  for (const form of forms) {
    let node = root;
    for (const ch of [...form, END]) node = node.get(ch) ?? node.set(ch, new Map()).get(ch)!;
  }
  const emit = (node: Node): string => {
    const branches: string[] = [];
    for (const [ch, next] of node) if (ch !== END) branches.push((ch === ' ' ? gap : special(ch) ?? escapeRegExp(ch)) + emit(next));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    return node.has(END) ? `(?:${body})?` : body;
  };
  return `(?:${emit(root)})`;
}
/** Marks the end of a form in the trie: not a character any form contains. */
const END = '\u0000';
/** What a `*` ending a word stands for: the rest of the word (letters and digits, never a space). */
const ANY_LETTERS = '[\\p{L}\\p{N}]*';
/** What a `#` word stands for: digits ("5", "1,200", "2.5") or a number written as a word. */
const NUMBER = `(?:\\d+(?:[.,]\\d+)*|${NUMBER_WORDS.map(escapeRegExp).join('|')})`;

/**
 * Finds the entries of one list in text, whole words only. Stateless for its
 * callers: each method sets its expression's position and reads to the end
 * before it returns, calling nothing in between, so a caller that searches
 * again from inside its own loop over `all()` cannot restart another search.
 * (A copy per search, as matchAll makes, costs ten times the search itself on
 * short spans.)
 */
export class PhraseMatcher {
  /** Entries, normalised, in list order. */
  readonly entries: readonly string[];
  private readonly forms: Map<string, string>;
  private readonly options: MatcherOptions;
  private readonly global: RegExp;
  private readonly once: RegExp;
  private readonly sticky: RegExp;

  constructor(entries: Iterable<string>, options: MatcherOptions = {}) {
    this.options = options;
    this.forms = formsOf(entries, options);
    this.entries = [...new Set(this.forms.values())];
    const edge = options.hyphenEndsWord ? '[\\p{L}\\p{N}_]' : '[\\p{L}\\p{N}_-]';
    // When every form starts with an ASCII letter or digit, a match can only
    // start at a \b: that cheap test first spares the look-behind at most
    // positions (it halves the time of a search that finds nothing).
    const ascii = [...this.forms.keys()].every((f) => /^\w/.test(f));
    const source = `${ascii ? '\\b' : ''}(?<!${edge})${phrasePattern(this.entries, options)}(?!${edge})`;
    const flags = options.matchCase ? 'u' : 'iu';
    this.global = new RegExp(source, flags + 'g');
    this.once = new RegExp(source, flags);
    this.sticky = new RegExp(source, flags + 'y');
  }

  /** The entry a word or phrase is a form of, if it is one ("Nurses" → "nurse"). */
  entryOf(form: string): string | undefined {
    return this.forms.get(normalisePhrase(form, this.options));
  }

  /** Is this word or phrase one of the listed forms? */
  has(form: string): boolean {
    return this.forms.has(normalisePhrase(form, this.options));
  }

  /** Does the text contain an entry? */
  test(text: string): boolean {
    return this.once.test(text);
  }

  /** Every occurrence, left to right, not overlapping. */
  all(text: string): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    const re = this.global;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(this.match(m));
    return out;
  }

  count(text: string): number {
    return this.all(text).length;
  }

  /** The first occurrence that starts at `from` or later, if any. */
  first(text: string, from = 0): PhraseMatch | undefined {
    const re = from === 0 ? this.once : this.global;
    re.lastIndex = from;
    const m = re.exec(text);
    return m ? this.match(m) : undefined;
  }

  /** The entry that starts exactly at `index`, if one does. */
  at(text: string, index = 0): PhraseMatch | undefined {
    this.sticky.lastIndex = index;
    const m = this.sticky.exec(text);
    return m ? this.match(m) : undefined;
  }

  private match(m: RegExpMatchArray): PhraseMatch {
    const text = m[0];
    const start = m.index ?? 0;
    const entry = this.entryOf(text) ?? normalisePhrase(text, this.options);
    return { text, start, end: start + text.length, entry };
  }
}

/** Compile a word list. An empty list gives a matcher that finds nothing. */
export function phraseMatcher(phrases: Iterable<string>, options: MatcherOptions = {}): PhraseMatcher {
  return new PhraseMatcher(phrases, options);
}

/**
 * One row of an exception table: words, and what stands right before and/or
 * right after one of them ("rather" + after "than"; "very" + before "the" +
 * after "first"). A row holds when every side it lists matches. Words are
 * compared by lemma: the caller says which lemma a found form belongs to.
 */
export interface ContextRow {
  words: readonly string[];
  /** One of these phrases ends right before the word (a space or hyphen between). */
  before?: readonly string[];
  /** One of these phrases (or its plural) starts right after the word. */
  after?: readonly string[];
}

/** How far around a word a row looks: phrases are a few words long. */
const CONTEXT_REACH = 60;

/**
 * An exception table compiled: for a word found in text, does one of the
 * rows about it hold there? Like the matcher, entries are literals, never
 * patterns.
 */
export class ContextTable {
  private readonly rows = new Map<string, Array<{ before?: RegExp; after?: RegExp }>>();

  constructor(rows: readonly ContextRow[]) {
    for (const row of rows) {
      const compiled = {
        before: row.before && ContextTable.beforePattern(row.before),
        after: row.after && new RegExp(`^[\\s-]+${phrasePattern(row.after, { plural: true })}(?![\\p{L}\\p{N}_])`, 'iu'),
      };
      for (const w of row.words) {
        const key = normalisePhrase(w);
        const list = this.rows.get(key) ?? [];
        list.push(compiled);
        this.rows.set(key, list);
      }
    }
  }

  /** A phrase ending where the text ends; "’d" and other entries that start with no letter may follow a word directly ("I’d rather"). */
  private static beforePattern(entries: readonly string[]): RegExp {
    const words = entries.filter((e) => /^[\p{L}\p{N}]/u.test(e));
    const bound = entries.filter((e) => !/^[\p{L}\p{N}]/u.test(e));
    const alternatives = [];
    if (words.length) alternatives.push(`(?<![\\p{L}\\p{N}_'’])${phrasePattern(words)}[\\s-]+`);
    if (bound.length) alternatives.push(`${phrasePattern(bound)}\\s+`);
    return new RegExp(`(?:${alternatives.join('|')})$`, 'iu');
  }

  /** Is any row about this word (a lemma)? */
  covers(word: string): boolean {
    return this.rows.has(normalisePhrase(word));
  }

  /** Does a row about `word` (a lemma) hold for its occurrence at text[start, end)? */
  holds(word: string, text: string, start: number, end: number): boolean {
    const rows = this.rows.get(normalisePhrase(word));
    if (!rows) return false;
    const lead = text.slice(Math.max(0, start - CONTEXT_REACH), start);
    const tail = text.slice(end, end + CONTEXT_REACH);
    return rows.some((r) => (!r.before || r.before.test(lead)) && (!r.after || r.after.test(tail)));
  }
}
