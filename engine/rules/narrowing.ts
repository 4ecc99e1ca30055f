/**
 * Does a customer noun name a segment? Pure functions over one span's text,
 * for `vague-customer`. The words are data (engine/lexicon/people.ts and
 * segments.ts); this module is the grammar that reads them:
 *
 * 1. Narrowed in place: a qualifier before the noun ("Android users",
 *    "small-business owners") or after it ("customers who run food trucks",
 *    "people with diabetes", "users in rural Kenya") makes it a segment.
 * 2. A role noun (owners, nurses, developers…) names someone; with a
 *    qualifier it names a segment.
 * 3. Universal words (everyone, "businesses of all sizes") widen the
 *    audience on purpose: only a clause with substance narrows them.
 *
 * Every expression here is local and non-global: a search never shares its
 * position with another, so one check may call another from inside a loop.
 */
import { BROAD_ROLES, EVENT_LEADS, GENERIC_CUSTOMERS, HOMONYM_ROLES, INDEFINITE_PRONOUN_LEADS, roleNouns } from '../lexicon/people.js';
import * as L from '../lexicon/segments.js';
import { nounForms, phraseMatcher, phrasePattern } from '../text/phrases.js';
import type { SpanText } from './types.js';

/** Role nouns and their plurals ("owner", "owners", "children"). */
export const ROLES = phraseMatcher(roleNouns(), { plural: true });
const WEAK_ROLES = new Set([...HOMONYM_ROLES, ...BROAD_ROLES]);
const set = (words: readonly string[]) => new Set(words);
const NOT_NARROWING = set(L.NOT_NARROWING);
const NARROWING = set(L.NARROWING_MODIFIERS);
const MODIFIER_NOUNS = set(L.MODIFIER_NOUNS);
const PUBLIC_AS_PEOPLE = set(L.PUBLIC_AS_PEOPLE);
const UNIVERSAL_WORDS = set(L.UNIVERSAL_WORDS);
const UNIVERSAL_DETERMINERS = set(L.UNIVERSAL_DETERMINERS);
const OF_ALL = set(L.OF_ALL);
/** " of all ", " of every ": where a universal tail starts ("businesses of all sizes", "teams of every size"). */
const OF_ALL_OR_EVERY = / of (?:all|every) /i;
const PERSON_DETERMINERS = set(L.PERSON_DETERMINERS);
/** Words that follow a singular customer noun when it is a modifier ("customer service"). */
const COMPOUND_NEXT = phraseMatcher([...L.COMPOUND_WORDS, ...nounForms(L.COMPOUND_NOUNS)], { hyphenEndsWord: true });

/** A list as one alternation, built by the phrase matcher's compiler: the lists below are data, never written as patterns. */
const any = (words: readonly string[]) => phrasePattern(words);
const RELATIVE = new RegExp(`^(?:who|whose|that|which)\\s+(?!${any(L.NOT_A_RELATIVE_CLAUSE)}\\b)\\p{L}`, 'iu');
const RELATIVE_THAT_NARROWS = new RegExp(`^${any(L.RELATIVES_THAT_NARROW)}\\b`, 'i');
const PREPOSITIONS = Object.entries(L.NARROWING_PREPOSITIONS).map(
  ([word, unless]) => new RegExp(`^${word}\\s+(?!${any(unless)}\\b)\\p{L}`, 'iu'),
);
/** "users in all CDK-supported languages", "customers of all EU member states": a name after "all" keeps the segment (engine/lexicon/segments.ts). */
const ALL_NAMED_AFTER = new RegExp(`^${any(Object.keys(L.NARROWING_PREPOSITIONS))}\\s+all\\s+(?:the\\s+)?\\p{Lu}`, 'u');
/** "companies with 20 to 200 services", "with $20M in revenue": a size after the preposition, a sum of money too. */
const NUMBER_AFTER = new RegExp(`^${any(L.NARROWING_BEFORE_NUMBER)}\\s+[$€£¥]?\\s?\\d`, 'i');
/** "customers are accounting managers": the words after the verb that says who they are. */
const COPULA_AFTER = new RegExp(`^\\s+${any(L.COPULAS)}\\s+([^.,;:!?()]*)`, 'iu');
const METHOD_LEAD_BEFORE = new RegExp(`\\b${any(L.METHOD_LEADS)}\\s+(?:the\\s+|our\\s+)?$`, 'i');
const IN_NOT_A_PLACE = new RegExp(`^in\\s+(?:(?:${any(L.IN_FILLERS)}|\\d+)\\s+)*${any([...L.IN_NOT_A_PLACE, ...nounForms(L.IN_NOT_A_PLACE_NOUNS)])}\\b`, 'i');
const NARROWS_AFTER = new RegExp(`^${any(L.NARROWING_AFTER)}\\b`, 'iu');
const APPOSITIVE = new RegExp(`^(?:[—–:(]|,\\s*${any(L.APPOSITIVE_CUES)})\\s*([^.;)]{3,80})`, 'u');
const POSSESSIVE_BEFORE = new RegExp(`\\b${any(L.POSSESSIVES)}\\s+(?:own\\s+)?$`, 'i');
const BACK_REFERENCE_BEFORE = new RegExp(`\\b${any(L.BACK_REFERENCES)}\\s+(?:[\\p{L}-]+\\s+)?$`, 'iu');
const PLACE_AFTER = new RegExp(`^\\s*${any(L.PLACE_PREPOSITIONS)}\\s+${any(L.PLACE_DETERMINERS)}\\s+(?!${any(L.UNIVERSAL_PLACES)}(?![\\p{L}\\p{N}]))\\p{L}`, 'iu');
const REST_AFTER = new RegExp(`^\\s*${any(L.REST_OF_A_GROUP)}(?![\\p{L}\\p{N}])`, 'iu');
const PERSON_BEFORE = new RegExp(`\\b${any(L.PERSON_DETERMINERS)}\\s+$`, 'i');
const CLAUSE_AFTER = new RegExp(`^\\s*${any(L.RELATIVES_THAT_NARROW)}\\s+([^.,;:!?]*)`, 'iu');
/**
 * A clause in -ing with no "who" ("anyone calling the helpline from a Leeds
 * practice"): it narrows as a who-clause does, but a name narrows only as a
 * place's ("everyone running Kubernetes" is anyone).
 */
const PARTICIPLE_AFTER = /^\s*(\p{Ll}{2,}ing\s[^.,;:!?]*)/u;
const WANTING = new RegExp(`^${any(L.WANTING)}\\b`, 'i');
/** ", works or goes to school in Larkspur County": the rest of a list the clause's first comma broke off. */
const LIST_GOES_ON = /^,\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}(?:,\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})*,?\s+(?:or|and)\s+[^.,;:!?]*/u;
const MAIN_VERB = new RegExp(`\\s+${any(L.MAIN_CLAUSE_MODALS)}\\s.*$`, 'is');
const INDEFINITE_BEFORE = new RegExp(`(?:^|[^\\p{L}'’])${any(INDEFINITE_PRONOUN_LEADS)}\\s+$`, 'iu');
const DENIED_BEFORE = /(?:^|[^\p{L}'’])(?:not|never|n['’]t)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
/** A noun listed beside records a system keeps ("…, users and user groups", "users, roles and permissions"): accounts, not people (engine/lexicon/segments.ts). */
const RECORD = String.raw`(?:[\p{L}-]+\s+)?${any(L.ACCOUNT_RECORDS)}(?![\p{L}])`;
const RECORDS_AFTER = new RegExp(String.raw`^\s*(?:,|,?\s+(?:and|or|&))\s+${RECORD}`, 'iu');
const RECORDS_BEFORE = new RegExp(String.raw`(?<![\p{L}])${RECORD}\s*(?:,|,?\s+(?:and|or|&))\s*$`, 'iu');
export function listedWithRecords(span: SpanText, start: number, end: number): boolean {
  return RECORDS_AFTER.test(span.text.slice(end, end + 40)) || RECORDS_BEFORE.test(span.text.slice(Math.max(0, start - 40), start));
}
const EVENT_BEFORE = new RegExp(`(?:^|[^\\p{L}'’])${any(EVENT_LEADS)}\\s+an?\\s+$`, 'iu');
const CLAIMED_AFTER = new RegExp(`\\b${any(L.CLAIMING_VERBS)}\\s+$`, 'i');
const CLAIM_DETERMINER = new RegExp(`^${any(L.CLAIM_DETERMINERS)}\\s+$`, 'i');
/** "With Ledger, users can…", "Starting today, customers…": a short phrase set off by a comma, then the noun as the subject. */
const AFTER_FRONTED_PHRASE = new RegExp(`^[^,]{1,60},\\s+(?:${any(L.CLAIM_DETERMINERS)}\\s+)?$`, 'i');

/** A word over four letters with an adjective's ending. */
const adjective = (lower: string) => lower.length > 4 && L.ADJECTIVE_ENDINGS.some((e) => lower.endsWith(e));

/** "everyone", "all users", "businesses of all sizes": a noun (lower case, single-spaced) that means everyone. */
export function isUniversal(noun: string): boolean {
  if (UNIVERSAL_WORDS.has(noun)) return true;
  const [first, ...rest] = noun.split(' ');
  if (UNIVERSAL_DETERMINERS.has(first) && rest.length === 1 && /^\p{L}+$/u.test(rest[0])) return true;
  const of = OF_ALL_OR_EVERY.exec(noun);
  return !!of && of.index > 0 && OF_ALL.has(noun.slice(of.index + of[0].length));
}

/** Plural heads of a group of people: the role nouns and the kinds of organisation ("shippers", "creators", "warehouses"). */
const GROUP_HEADS = new Set(
  [...nounForms(roleNouns()), ...GENERIC_CUSTOMERS.map((g) => g.replace(/ of .*$/, '').split(' ').pop()!)].map((w) => w.toLowerCase()).filter((w) => /s$/.test(w) || w === 'people'),
);
const GROUP_THEN_TAIL = /(?<![\p{L}\p{N}-])(?:([\p{L}-]+)\s+(?:and|or|&)\s+)?([\p{L}-]+)(?=\s+(?:of\s+(?:all|every)\s|everywhere|worldwide|around\s|across\s|all\s+over\s|the\s+world\s+over))/giu;
const UNIVERSAL_TAIL = new RegExp(String.raw`^\s+(?:of\s+(?:all|every)\s+(?:${any(L.OF_ALL)})|${any(L.EVERYWHERE_TAILS)})(?![\p{L}])`, 'iu');

/**
 * "Shippers and receivers of all sizes", "creators everywhere": any group of
 * people or organisations with a tail that takes in every one of them
 * (OF_ALL, EVERYWHERE_TAILS) is everyone, whatever its head noun. Offsets
 * into `text`; `noun` in lower case, single-spaced.
 */
export function universalGroupsIn(text: string): Array<{ start: number; end: number; noun: string }> {
  const out: Array<{ start: number; end: number; noun: string }> = [];
  for (const m of text.matchAll(GROUP_THEN_TAIL)) {
    // "shippers and receivers": either noun may name the people; the group is plural.
    if (!/s$/i.test(m[2]) || !(GROUP_HEADS.has(m[2].toLowerCase()) || (m[1] && GROUP_HEADS.has(m[1].toLowerCase())))) continue;
    const tail = UNIVERSAL_TAIL.exec(text.slice(m.index + m[0].length));
    if (!tail) continue;
    const start = m[1] && /s$/i.test(m[1]) ? m.index : m.index + m[0].length - m[2].length;
    const end = m.index + m[0].length + tail[0].length;
    out.push({ start, end, noun: text.slice(start, end).toLowerCase().replace(/\s+/g, ' ') });
  }
  return out;
}

/** Is most of the span capitalised, as in a Title Case Headline? */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  return long.length >= 2 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.6;
}

/** Generic nouns followed by one of these are narrowed to a segment. */
export function narrowedAfter(after: string): boolean {
  const a = after.replace(/^\s+/, '');
  if (RELATIVE.test(a)) return RELATIVE_THAT_NARROWS.test(a) || /^that\s+\p{L}+(?:s|ed)\b/iu.test(a);
  if (IN_NOT_A_PLACE.test(a) || /^in\s+\d/.test(a)) return false;
  if (PREPOSITIONS.some((re) => re.test(a)) || ALL_NAMED_AFTER.test(a)) return true;
  if (NUMBER_AFTER.test(a)) return true;
  if (NARROWS_AFTER.test(a)) return true;
  // An appositive that names the segment: "customers (independent bakers)", "users: nurses on night shifts".
  const appositive = APPOSITIVE.exec(a);
  return !!appositive && ROLES.test(appositive[1]);
}

/** The word before, if it narrows: "Android users", "small-business owners", "restaurant customers". */
function narrowedBefore(before: string, titleCase: () => boolean, role = false): boolean {
  const m = /([\p{L}\p{N}'’-]+)[\s]+$/u.exec(before);
  if (!m) return false;
  const w = m[1];
  const lower = w.toLowerCase();
  if (NOT_NARROWING.has(lower)) return false;
  // A role noun is half a segment already: any plain modifier completes it ("ferry commuters"), not an adverb or a plural.
  if (role && /^\p{L}+$/u.test(w) && !/(?:ly|[^s]s)$/i.test(lower) && lower.length > 2) return true;
  if (NARROWING.has(lower)) return true;
  if (/\p{L}-\p{L}/u.test(w)) return true; // "first-time", "small-business"
  const prev = before.slice(0, before.length - m[0].length).trimEnd();
  // A dateline's dash opens the release's first sentence: "LEEDS — May 3, 2027 — Now users can…".
  const sentenceStart = prev === '' || /[.!?:;"“]$/.test(prev) || /\s[—–]$/.test(prev);
  if (/^\p{Lu}/u.test(w) && !sentenceStart && !titleCase()) return true; // "Android", "Prime", "US"
  return adjective(lower);
}

/**
 * The first role phrase in a span: `strict` when a qualifier makes it a
 * defined segment ("restaurant owners in Ohio"), `loose` for any plural role
 * noun that is not weak ("nurses") — enough to say the document names a
 * customer at all.
 */
export function roleSegment(span: SpanText): { strict: number; loose: number } {
  // Asked only when a capitalised word stands before a role noun: it reads every word of the span.
  let title: boolean | undefined;
  const titled = () => (title ??= isTitleCase(span.text));
  let loose = -1;
  const label = fieldLabelEnd(span);
  for (const m of ROLES.all(span.text)) {
    // Authors and reviewers in a metadata label are people the document names, not its customer segment.
    if (m.start < label) {
      if (loose < 0) loose = m.start;
      continue;
    }
    const plural = m.entry !== m.text.toLowerCase();
    if (plural && !WEAK_ROLES.has(m.entry) && loose < 0) loose = m.start;
    const before = span.text.slice(Math.max(0, m.start - 40), m.start);
    const after = span.text.slice(m.end, m.end + 100);
    if (narrowedBefore(before, titled, true) || (plural && narrowedAfter(after))) return { strict: m.start, loose: loose < 0 ? m.start : loose };
  }
  return { strict: -1, loose };
}

/**
 * "Anyone who uses data" still names nobody; "anyone who runs a food truck
 * in Austin" does. A clause narrows a universal word only when it carries
 * some substance: a number, a proper name or a role ("anyone who runs a
 * bakery"). Length is none: "anyone who trains models on data that does not
 * fit on one machine", "everyone running stateful apps on Kubernetes" and
 * "anyone who is moving, redecorating or downsizing" are activities half the
 * readers share, and outside reviewers called each of them no one.
 */
function universalNarrowed(after: string, wantsCount = false): boolean {
  // "everyone on the team", "anyone at the shop", "everyone in the household": a place narrows enough.
  // "everyone else": the rest of a group the sentence has named.
  if (PLACE_AFTER.test(after) || REST_AFTER.test(after)) return true;
  const m = CLAUSE_AFTER.exec(after);
  if (!m) {
    const p = PARTICIPLE_AFTER.exec(after);
    if (!p) return false;
    // Its own words only: up to a clause of its own ("running Kubernetes that wants…").
    const own = p[1].replace(MAIN_VERB, '').split(/\s(?:that|which|who|and|but|so)\s/i)[0];
    return /\d/.test(own) || NAMED_PLACE.test(own) || hasRole(own);
  }
  // "anyone who lives, works or goes to school in the county": a list of verbs runs on past its commas.
  const list = LIST_GOES_ON.exec(after.slice(m[0].length));
  // "everyone who rides can book…": the clause ends where the sentence's own verb starts.
  const clause = (list ? m[1] + list[0] : m[1]).replace(MAIN_VERB, '');
  // "anyone who needs to…", "everyone who wants…": a want, not a who.
  if (WANTING.test(clause) && !wantsCount) return false;
  return /\d/.test(clause) || /(?:^|\s)\p{Lu}\p{Ll}/u.test(clause) || hasRole(clause);
}

/** "from a Leeds practice", "in Austin": a place by its name (not "on Kubernetes": a product is no place). */
const NAMED_PLACE = /(?:^|\s)(?:in|from|at|across|near|around|throughout)\s+(?:(?:the|a|an)\s+)?\p{Lu}/u;
/** A role or an organisation among a clause's words: "runs a bike shop", "works as a nurse", "owns a bakery". */
const hasRole = (clause: string) => ROLES.all(clause).length > 0;

/** An acronym right before the noun: two or more capitals, digits after them ("IAM", "AWS", "S3"). */
const ACRONYM_BEFORE = /(?<![\p{L}\p{N}'’-])\p{Lu}{2,}[\p{Lu}\p{N}]*\s+$/u;

const NUMBER = phrasePattern(['#'], { wildcards: true });
/** "SREs on teams of two to ten people", "a shop of 12 staff": a count before the noun gives a size, not an audience. */
const COUNT_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${NUMBER}(?:\\s*(?:to|-|–|or)\\s*${NUMBER})?\\s+$`, 'iu');
/**
 * "Backend developers at product companies that run Postgres": the noun,
 * with a word that says what kind, says where a named role works. ("Release
 * engineers at companies with our plug-in" says no kind.)
 */
/** The prepositions that say where a role works ("engineers at…", "nurses in…"). */
export const WHERE_WORK_IS = String.raw`(?:at|in|from|inside|within)\s+(?:(?:the|a|an)\s+)?`;
const WHERE_ROLE_WORKS = new RegExp(String.raw`(\p{L}+)\s+${WHERE_WORK_IS}(?!(?:our|their|its|these|those|some|many|all|any|other|such)\s)(?:[\p{L}'’-]+\s+){1,3}$`, 'u');

/** Does this generic noun occurrence say which customers after all? */
export function isNarrowed(span: SpanText, start: number, end: number, noun: string): boolean {
  const before = span.text.slice(Math.max(0, start - 40), start);
  const after = span.text.slice(end, end + 100);
  if (OF_ALL_OR_EVERY.test(noun)) return false;
  if (!isUniversal(noun)) {
    if (COUNT_BEFORE.test(before)) return true;
    const where = WHERE_ROLE_WORKS.exec(before);
    if (where && ROLES.has(where[1].toLowerCase())) return true;
  }
  if (isUniversal(noun)) return universalNarrowed(after);
  // "customers who care about the environment": a want or a feeling says what
  // they are like, not who they are; the clause narrows only with substance
  // ("customers who want to sell on Etsy", "users who need to file VAT returns every quarter").
  const clause = CLAUSE_AFTER.exec(after);
  if (clause && WANTING.test(clause[1])) return universalNarrowed(after, true);
  if (narrowedAfter(after)) return true;
  if (narrowedBefore(before, () => isTitleCase(span.text))) return true;
  // "IAM users", "AWS customers": an acronym names the kind of account or product, even where a sentence
  // or a Title Case line starts with it (not a line in capitals: "ALL USERS").
  if (ACRONYM_BEFORE.test(before) && /^\p{Ll}/u.test(span.text.slice(start, end))) return true;
  // Part of a role phrase ("customer success managers", "people managers"), or
  // said to be one ("customers are restaurant owners"): a role noun within two words.
  const next = /^[\s-]+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(after);
  if (next && (ROLES.has(next[1]) || (!!next[2] && ROLES.has(next[2])))) return true;
  // "our customers are accounting managers at…": the sentence says which role they are.
  const said = COPULA_AFTER.exec(after);
  if (!said) return false;
  if ((said[1].match(/[\p{L}-]+/gu) ?? []).slice(0, L.ROLE_AFTER_COPULA_WORDS).some((w) => ROLES.has(w))) return true;
  // "customers are independent dental practices in the US with one to eight chairs": a plural noun
  // (a kind of customer), then a count or a named place that says which. ("Customers are frustrated in 3 ways" is no kind.)
  const substance = SUBSTANCE.exec(said[1]);
  return !!substance && KIND_FIRST.test(said[1].slice(0, substance.index));
}

/** A count ("5 to 50 staff") or a named place ("in the US", "in Ohio") in what a sentence says the customers are. */
const SUBSTANCE = /\d|\b(?:in|across)\s+(?:the\s+)?\p{Lu}/u;
/** Within the first four words, a plural noun: "independent dental practices", "small employers" (not "always", "less"). */
const KIND_FIRST = /^\s*(?:[\p{L}-]+\s+){0,3}(?!(?:always|sometimes|perhaps|nowadays|besides|thus|plus|across|unless|less|this|its|his|is|was|has|does)\b)[\p{L}-]*\p{L}[^s\P{L}]s\b/u;

/** "The customer is the platform team at…": the noun is the subject of a sentence that says who it is. `after` is the text after the noun. */
export function definedAfter(after: string): boolean {
  return COPULA_AFTER.test(after);
}

/**
 * A generic noun that names no audience, by the words before it
 * (engine/lexicon/people.ts): a one-word universal pronoun in a clause about
 * an event ("sits for days before anyone opens it", "until anybody
 * notices") or denied ("we are not reaching everyone who needs us"), and a
 * singular after "a" that is one person in an event ("only when a customer
 * files a ticket"). `before` is the text before the noun.
 */
export function indefinitePronoun(before: string, noun: string): boolean {
  // "before anyone opens it"; "we are not reaching everyone who needs us" (denied, so no audience is claimed).
  if ((noun === 'anyone' || noun === 'anybody' || noun === 'everyone' || noun === 'everybody') && (INDEFINITE_BEFORE.test(before) || DENIED_BEFORE.test(before))) return true;
  // "when a customer files a ticket": one person in the event, a singular after "a".
  return !/s$/.test(noun) && EVENT_BEFORE.test(before);
}

/** "working backwards from the customer": the noun names the method, not a customer. `before` is the text before the noun. */
export function namesTheMethod(before: string): boolean {
  return METHOD_LEAD_BEFORE.test(before);
}

/** A singular noun used as a modifier ("customer support"), not a person. */
export function isModifier(span: SpanText, start: number, end: number, noun: string): boolean {
  if (noun === 'the public') {
    // "the public repository", "the public cloud": an adjective.
    const next = /^\s+(\p{Ll}+)/u.exec(span.text.slice(end, end + 30));
    return !!next && !PUBLIC_AS_PEOPLE.has(next[1]);
  }
  if (!MODIFIER_NOUNS.has(noun)) return false;
  const before = span.text.slice(Math.max(0, start - 20), start);
  const after = span.text.slice(end, end + 30);
  if (/^['’]s\b/.test(after)) return false;
  if (!PERSON_BEFORE.test(before)) return true;
  return !!COMPOUND_NEXT.at(after.replace(/^[\s-]+/, ''), 0);
}

/**
 * Does the sentence claim this generic noun as its customer? It opens the
 * sentence ("Users lose…", "The user can…", "Many people…") or is the
 * object of a verb that serves someone ("allows users to", "lets people").
 * `before` is the text before the noun, up to 40 characters.
 */
export function claimedCustomer(before: string, spanStart: boolean): boolean {
  if (CLAIMED_AFTER.test(before)) return true;
  const sentence = /(?:^|[.!?:;]\s+)([^.!?:;]*)$/.exec(before);
  if (!sentence) return false;
  const lead = sentence[1];
  if (!(sentence.index > 0 || spanStart)) return false;
  return lead === '' || CLAIM_DETERMINER.test(lead) || AFTER_FRONTED_PHRASE.test(lead);
}

/**
 * A field label that opens a list item ("Original Author(s):", "API Bar
 * Raiser:"): the people it names are the document's authors and reviewers,
 * not its customers. The label's end, or -1.
 */
export function fieldLabelEnd(span: SpanText): number {
  if (span.element !== 'listItem') return -1;
  const m = /^([^:\n]{1,40}):/.exec(span.text);
  return m && m[1].trim().split(/\s+/).length <= 4 ? m[0].length : -1;
}

/** "their customers", "these users": someone's customers, or the ones just named. */
export function refersBack(before: string): boolean {
  return POSSESSIVE_BEFORE.test(before) || BACK_REFERENCE_BEFORE.test(before);
}
