/**
 * Quotes in a press release, and who speaks them. Writers attribute a
 * quote with a verb ("…," said Ana Ruiz, owner of …), with a dash line
 * under it ("— pilot user", "- Albert from Leeds"), or not at all inside a
 * blockquote; quote marks may be straight, curly, HTML-escaped (the parser
 * has decoded them by now) or left open. The words are data in
 * engine/lexicon/cues.ts and engine/lexicon/people.ts.
 */
import type { Blockquote } from 'mdast';
import { COMPANY_VOICES, PEOPLE } from '../lexicon/people.js';
import { phraseMatcher } from '../text/phrases.js';
import { withoutAbbreviationDots } from '../text/tokens.js';
import { ATTRIBUTION, COMPANY_VOICE, CUSTOMER_CLAUSE, CUSTOMER_DEPARTMENT, CUSTOMER_HINT, CUSTOMER_VOICE, LEADER_TITLE, MAKER_VERB, QUOTATION, UNMARKED_ATTRIBUTION, countMatches } from './cues.js';
import { speakerOrganisation, titledFor, worksElsewhere } from './organisations.js';
import { plainText } from './prose.js';
import type { Block } from './types.js';

export type Speaker = 'leader' | 'customer';

/** "— pilot user", "- Albert from Leeds", "—Jupyter Developer" closing a quote: the dash and up to twelve words that are no sentence. */
const DASH_ATTRIBUTION = /(?:^|\s|["”*_])[—–~-]{1,2}\s*([^—–"“”.!?]{2,100})$/u;
/** A quote that opens with a quote mark (possibly inside emphasis). */
const OPENS_QUOTED = /^[\s*_]*["“]/;
/** A paragraph that is one quotation from its first word to its last. */
const WHOLLY_QUOTED = /^[\s*_]*["“][^"”]+["”][\s*_]*$/;
/**
 * "Margaret Hollins, 68, from Skelbrook, was one of 420 testers. "Last
 * time…"" / "Priya Raman, a staff engineer on Claims, put it this way:
 * "We used to…"": a speaker named first (a full name, then a comma), and
 * their speech closing the paragraph after a sentence's end or a colon.
 */
// Or the name as a sentence's subject: "Marisol Vega rides Route 7 and was one of 300 riders in the pilot. "I was spending…"".
const INTRODUCED_SPEECH = /^[\s*_]*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:,|\s+(?=\p{Ll}))[^"“]{2,300}[.:]\s*["“][^"“”]{15,}["”]?[\s*_]*$/u;
/** Every quoted stretch, closed or left open at the end. */
const QUOTED = /["“][^"”]*(?:["”]|$)/g;

/** The share of the text's words that stand inside quote marks. */
function quotedShare(text: string): number {
  const quoted = (text.match(QUOTED) ?? []).reduce((n, q) => n + words(q), 0);
  return quoted / Math.max(1, words(text));
}

/**
 * Speech in single quote marks, straight or curly: `'We wanted…,' said …`.
 * A single mark is also an apostrophe ("don't", "riders' bikes") and sets
 * off a phrase inside a sentence ("the 'quick fix' tier"), so it counts as
 * a quote mark only around speech that opens the paragraph (or follows a
 * sentence's end in it): six words or more, closed by a mark right after
 * the speech's own punctuation (",' said", ".'"). An apostrophe inside a
 * word may stand in the speech.
 */
const SINGLE_QUOTED_SPEECH = /(?<=^[\s*_>]*|[.!?]["”'’]?\s+)['‘]((?:[^'’\n]|['’](?=\p{L}))+?[,.!?…])['’](?=[\s*_]|$)/gu;

/** The text with single-quoted speech given double quote marks, so the quote cues read it as they read "…". */
export function withSpeechMarks(text: string): string {
  if (!/['‘]/.test(text)) return text;
  return text.replace(SINGLE_QUOTED_SPEECH, (all, speech: string) => (words(speech) >= 6 ? `“${speech}”` : all));
}

/** People nouns that name a customer in an attribution line ("— Lead Database Engineer"): every people noun but the company's own voices. */
const CUSTOMER_PEOPLE = phraseMatcher(Object.values(PEOPLE).flat().filter((w) => !COMPANY_VOICES.includes(w)), { plural: true, hyphenEndsWord: true });
const LEADER_TITLES_ALL = new RegExp(LEADER_TITLE.source, `${LEADER_TITLE.flags}g`);
/** "Albert from San Francisco": a speaker placed by where they come from. */
const FROM_PLACE = /\bfrom\s+\p{Lu}/u;

const isProse = (b: Block) => b.type === 'paragraph' || b.type === 'blockquote';
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Words an attribution after a closing dash may have: a name and a role; right after a closing quote mark, a clause about them too. */
const MAX_ATTRIBUTION = 12;
const MAX_ATTRIBUTION_AFTER_QUOTE = 24;

/** The attribution after a closing dash, when the text ends with one. */
export function dashAttribution(text: string): string | null {
  // "— Dr. Mira Okafor, CMO": a title's full stop ends no sentence.
  const t = withoutAbbreviationDots(text.trim());
  const m = DASH_ATTRIBUTION.exec(t);
  if (!m) return null;
  // Right after a closing quote mark the dash can only attribute, so it may say more about who spoke:
  // "…before I did." — a listener in Tulsa who drove 400 miles for the run, and asked us to leave her name out.
  // (m[0] opens with the character before the dash: the closing mark itself, or a space after it.)
  const afterQuote = /["”][\s*_]*$/.test(t.slice(0, m.index + 1));
  if (words(m[1]) > (afterQuote ? MAX_ATTRIBUTION_AFTER_QUOTE : MAX_ATTRIBUTION)) return null;
  return m[1].trim();
}

/**
 * A paragraph that is only an attribution, standing under the quote it
 * closes: "— Aisha Khan, commuter", "*– Target user*". Its words are the
 * quote's speaker, not a part of their own.
 */
export function isAttributionLine(b: Block): boolean {
  return b.type === 'paragraph' && /^[\s*_]*[—–~-]/.test(b.plain) && dashAttribution(b.plain) !== null;
}

/**
 * The block's closing attribution line: a dash line at its end, or, in a
 * blockquote, "> - Ravi from Bradford", which Markdown reads as a list of
 * one short item.
 */
function attributionOf(b: Block): string | null {
  if (b.type === 'blockquote') {
    const kids = (b.node as Blockquote).children;
    const last = kids[kids.length - 1];
    if (kids.length >= 2 && last.type === 'list' && last.children.length === 1) {
      const t = plainText(last).trim();
      if (words(t) <= 12 && !/[.!?]$/.test(t)) return t;
    }
  }
  return dashAttribution(b.plain);
}

/**
 * The speech of a quotation written without quote marks: the paragraph's
 * opening up to ", said <speaker>", eight words or more in the first
 * person ("I", "my", "we", "our") and no quote mark in it. A sentence that
 * reports what others said ("Owners said they lose two hours") does not
 * open this way.
 */
export function unmarkedSpeech(text: string): string | null {
  const m = UNMARKED_ATTRIBUTION.exec(text);
  if (!m) return null;
  const speech = text.slice(0, m.index);
  if (words(speech) < 8 || /["“”]/.test(speech)) return null;
  return countMatches(speech, CUSTOMER_VOICE) + countMatches(speech, COMPANY_VOICE) > 0 ? speech : null;
}

/**
 * A quotation: quote marks around a dozen words or more with a speaker
 * ("said", "explains", or a closing dash line), or a blockquote of six
 * words or more that opens with a quote mark or closes with a dash line.
 * A blockquote that is only a note (a banner, an instruction) is no quote.
 */
export function isQuote(b: Block): boolean {
  if (!isProse(b)) return false;
  const t = withSpeechMarks(b.plain.trim());
  const line = attributionOf(b);
  const attributed = ATTRIBUTION.test(t) || line !== null;
  if (b.type === 'blockquote') return words(t) >= 6 && (OPENS_QUOTED.test(t) || (QUOTATION.test(t) && attributed) || line !== null);
  // A paragraph that tells a story around a quoted phrase ("…a question such
  // as "why is my bill higher?" had to…") quotes no one: the speech must be
  // much of the paragraph, or open it.
  if (QUOTATION.test(t) && attributed && (OPENS_QUOTED.test(t) || quotedShare(t) >= 0.4)) return true;
  // Introduced by the speaker's name instead of a verb: the speech is most of the paragraph.
  if (INTRODUCED_SPEECH.test(t) && quotedShare(t) >= 0.5) return true;
  // A paragraph that is all quotation, attributed to nobody, is a quote too.
  if (WHOLLY_QUOTED.test(t) && words(t) >= 8) return true;
  // Quote marks left out: first-person words, then ", said Aisha Khan".
  if (b.type === 'paragraph' && unmarkedSpeech(t) !== null) return true;
  return OPENS_QUOTED.test(t) && line !== null && words(t) >= 8;
}

/**
 * Who speaks a quote: titles and "we" point to the company, customer words
 * and "I" to a customer; null when nothing tells. `ours` holds the words
 * naming the launching company and its product (./organisations.ts), when
 * the summary names them; `products` the words naming what it launches,
 * even when no launcher is named.
 */
export function quoteRole(b: Block, attributionLine?: Block, ours: ReadonlySet<string> | null = null, products: ReadonlySet<string> | null = null): Speaker | null {
  const t = withSpeechMarks(attributionLine ? `${b.plain}\n${attributionLine.plain}` : b.plain);
  const outside = t.replace(QUOTED, ' ');
  // A title held at the product or the company that launches it speaks for
  // them, whatever else the speaker is ("a junior in Computer Science and
  // ShelfSwap's project lead").
  // So does the maker who "wrote quillsync" or "leads the Ferrule project" (the product or the launcher right after the verb).
  if ([products, ours].some((named) => titledFor(outside, named, LEADER_TITLE) || titledFor(outside, named, MAKER_VERB, true))) return 'leader';
  // "the product owner at Acme" holds a title, not a shop: titles are read out before customer words.
  // So is a department named for the customer ("head of customer services"): the speaker works there.
  const untitled = outside.replace(CUSTOMER_DEPARTMENT, ' ').replace(LEADER_TITLES_ALL, ' ');
  if (CUSTOMER_HINT.test(untitled) || CUSTOMER_CLAUSE.test(untitled)) return 'customer';
  // "said Jane Doe, CTO at Initech Bakeries": a speaker from another organisation than the one launching is a customer, whatever their title.
  if (worksElsewhere(outside, ours)) return 'customer';
  if (LEADER_TITLE.test(outside)) return 'leader';
  // No launcher read from the summary, only the product's name: a speaker with no leader's title who
  // names an organisation other than the product ("secretary of Carnoustie Swimming Club") is from outside,
  // even when the quote says "we" (a club speaking for its members).
  if (!ours && worksElsewhere(outside, products)) return 'customer';
  const attribution = attributionOf(b) ?? (attributionLine ? dashAttribution(attributionLine.plain) : null);
  if (attribution && (CUSTOMER_PEOPLE.test(attribution) || FROM_PLACE.test(attribution))) return 'customer';
  // A blockquote with no quote marks ("> I find out my contract broke when…") is speech from its first word.
  const inside = (t.match(QUOTED) ?? []).join(' ') || (unmarkedSpeech(t) ?? '') || (b.type === 'blockquote' ? t.replace(DASH_ATTRIBUTION, ' ') : '');
  const we = countMatches(inside, COMPANY_VOICE);
  const i = countMatches(inside, CUSTOMER_VOICE);
  if (we > i) return 'leader';
  if (i > we) return 'customer';
  return null;
}

/**
 * Which quotes are the company's and which the customer's. A quote whose
 * speaker nothing tells fills the part still missing, company first. With
 * no quote read as a customer's, the last one is (the release convention
 * puts the company first and the customer after, and a customer may be
 * "head of IT" somewhere). Quotes that all read as customers' leave the
 * company quote missing: no customer speaks for the company.
 */
export function assignQuotes(quotes: number[], roles: Array<Speaker | null>, have: { leader: boolean; customer: boolean }, ownTitle: (k: number) => boolean = () => false): { leader?: number; customer?: number } {
  let leader = have.leader ? undefined : quotes.find((_, k) => roles[k] === 'leader');
  let customer = have.customer ? undefined : quotes.find((_, k) => roles[k] === 'customer');
  const unknown = quotes.filter((_, k) => roles[k] === null);
  if (leader === undefined && !have.leader && unknown.length) leader = unknown.shift();
  if (customer === undefined && !have.customer && unknown.length) customer = unknown.shift();
  // The last quote as the customer's, unless its speaker holds a title and names no organisation
  // ("added Samantha Reyes, Chief Revenue Officer"): a second officer of the company speaking.
  if (customer === undefined && !have.customer && (quotes.length >= 2 || have.leader)) {
    for (let k = quotes.length - 1; k >= 0 && customer === undefined; k--) if (quotes[k] !== leader && !ownTitle(k)) customer = quotes[k];
  }
  return { leader, customer };
}

const NAMES_AN_ORGANISATION = /\b(?:at|of|from|for)\s+(?:the\s+)?\p{Lu}/u;
/** The speaker holds a leader's title and the attribution names no organisation: the company's own officer. */
export function titledWithoutOrganisation(b: Block, attributionLine?: Block): boolean {
  const t = withSpeechMarks(attributionLine ? `${b.plain}\n${attributionLine.plain}` : b.plain);
  const outside = t.replace(QUOTED, ' ');
  // "who leads the platform team at Northwind Freight, tried…": an organisation named anywhere is somewhere to work.
  return LEADER_TITLE.test(outside) && !CUSTOMER_HINT.test(outside) && speakerOrganisation(outside) === null && !NAMES_AN_ORGANISATION.test(outside);
}
