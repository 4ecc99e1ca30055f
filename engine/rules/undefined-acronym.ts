/**
 * `undefined-acronym`: an acronym the reader meets before the document has
 * spelled it out. Reported once per acronym, at its first use.
 *
 * Decisions:
 * - "Spelled out" is recognised loosely, because writers do it many ways:
 *   "service level agreement (SLA)", "SLA (service level agreement)",
 *   "SLA, or service level agreement,", "SLA stands for …", a glossary line
 *   "SLA: service level agreement", a table row whose first cell is "SLA", a
 *   variant in brackets ("attested TLS (aTLS)", "(SLAs)", "(ENSes)"), and a
 *   name in capitalised words whose initials spell it ("American Heart
 *   Association" before "AHA"). A product's name counts too: after "Amazon
 *   MSK", a bare "MSK" means that product.
 * - Headings count like any text: the headline is where readers meet an
 *   acronym first, so it must be spelled out there or before.
 * - Acronyms a professional reader knows are allowed (engine/lexicon/
 *   acronyms.ts: US, CEO, FAQ, API, JSON, TLS, SQL, DNS, EC2, MIT, GET …,
 *   extended or trimmed by `knownAcronyms` in the configuration); so are
 *   units after a number, Roman numerals, placeholders ("TBD", "[DATE]":
 *   the `placeholder` rule's job), English words in capitals ("MATCH",
 *   "NOTE", "SEND-BACK"), file, document and model names ("CAIRN.md", "RFC-473", "PX/4"),
 *   a value in quotes ("RETAIN"), shouted sentences, the dateline and state
 *   codes after a city.
 * - A document written for engineers (code in it, or three engineering
 *   acronyms: engine/text/audience.ts) is not told about the acronyms of its
 *   readers' trade that it never spells out: OCC, CNAME or DLQ is their
 *   vocabulary. It still hears about an acronym it spells out only after
 *   using it, about business jargon (ARR, NPS, GMV …) an engineer does
 *   not know either, and about the name of a team, board or process of the
 *   writer's company ("the OPE team", "a PSR sign-off").
 * - A narrative is written for the leaders of the writer's own business, and
 *   its field's acronyms (WMS, LTL, ACH, EHR) are their vocabulary, as an
 *   engineer's are: it hears only about a late definition, business jargon
 *   and a body of the writer's company. Outside reviewers of three labelled
 *   sets passed over every such acronym in a narrative (six traps or
 *   unflagged, four called optional, none required).
 * - Business jargon is reported where the customer reads (the press release
 *   and the external FAQ) and in a narrative, which leaders from every
 *   function read. In an internal FAQ, an RFC's body or the metadata above
 *   a release, ARR, NPS and QBR are the vocabulary of the colleagues the
 *   text is written for.
 */
import { DATELINE } from '../model/cues.js';
import { toDocOffset } from '../model/prose.js';
import type { ProseSpan } from '../model/types.js';
import * as acronyms from '../lexicon/acronyms.js';
import { acronymsIn, definitionsIn, isEnglishWord, namesIn } from '../text/acronyms.js';
import { codeWordsIn, expansionIn } from '../text/acronymContext.js';
import { escapeRegExp } from '../text/phrases.js';
import type { PrfaqConfig } from '../config/types.js';
import { reportMatch, writtenForEngineers } from './helpers.js';
import { matchCase } from '../fix/edits.js';
import type { Fix, Rule, RuleContext, SpanText } from './types.js';

const BUILT_IN = Object.values(acronyms.KNOWN_ACRONYMS).flat();
const CAPS_WORDS = new Set(acronyms.CAPS_WORDS);
const US_STATES = new Set(acronyms.US_STATES);
const JARGON = new Set(acronyms.BUSINESS_JARGON);
/** "with the code HIVE25", "coupon SPRING", "text PROXY": a code or keyword the reader types or sends. */
const CODE_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${[...acronyms.CODE_NOUNS, ...acronyms.CODE_VERBS].map(escapeRegExp).join('|')})\s+$`, 'iu');
/** "OPE team", "PSR sign-off", "BXP's roadmap": the acronym names a part of the writer's company. */
const ORGANISATION_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:${acronyms.ORGANISATION_HEADS.map(escapeRegExp).join('|')})(?![\p{L}\p{N}-])`, 'iu');
/** "agreed with the DGC", "signed off by Legal and the DPRB": a body of the writer's company, named before the acronym (a word or two may stand before "the"). */
const ORGANISATION_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${acronyms.ORGANISATION_LEADS.map(escapeRegExp).join('|')})\s+(?:[\p{L}\p{N}]+\s+){0,2}?the\s+$`, 'iu');
/** "Amazon SQS", "AWS DMS": the acronym is part of a product's name. */
const AFTER_VENDOR = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${acronyms.PRODUCT_VENDORS.map(escapeRegExp).join('|')})\s+$`, 'u');

const singular = (acronym: string) => acronym.replace(/s$/, '');

/**
 * Where business jargon is reported: what the customer reads (the press
 * release's parts, the external FAQ) and a narrative, which leaders from
 * every function read. Not an internal FAQ, the metadata above a release or
 * an RFC's body: those are read by the team's own colleagues.
 */
const jargonReported = (c: ProseSpan['context'], kind: RuleContext['model']['kind']) =>
  kind === 'narrative' || (c.region === 'press-release' && !!c.part) || (c.region === 'faq' && c.faq === 'external-faq');

/** Left for the placeholder rule. */
const PLACEHOLDERS = /^(?:TBD|TBA|TBC|TK|TKTK|TODO|FIXME|X{2,}|NA)$/;
const ROMAN = /^(?=[IVXLC]{2,}$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
interface Use {
  acronym: string;
  span: ProseSpan;
  start: number;
  end: number;
  doc: number;
}

/** The acronyms a reader knows under this configuration: the built-in list with `knownAcronyms` applied. Built once per configuration. */
const knownSets = new Map<string, ReadonlySet<string>>();
function knownFor(config: PrfaqConfig): ReadonlySet<string> {
  const patch = config.knownAcronyms;
  const key = JSON.stringify(patch);
  let known = knownSets.get(key);
  if (!known) {
    const removed = new Set(patch.remove.map((w) => w.trim().toUpperCase()));
    known = new Set([...BUILT_IN, ...patch.add.map((w) => w.trim())].filter((w) => !removed.has(w.toUpperCase())));
    if (knownSets.size > 16) knownSets.clear();
    knownSets.set(key, known);
  }
  return known;
}

function isKnown(acronym: string, known: ReadonlySet<string>): boolean {
  if (known.has(acronym) || CAPS_WORDS.has(acronym)) return true;
  const letters = acronym.replace(/\d+$/, ''); // "FY24", "Q3"
  return letters !== acronym && known.has(letters);
}

/** Sentences that shout: most of their letters are capitals. */
function shouting(text: string, start: number, end: number): boolean {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e])) e++;
  const sentence = text.slice(s, e);
  const letters = sentence.replace(/[^\p{L}]/gu, '');
  const upper = sentence.replace(/[^\p{Lu}]/gu, '');
  if (letters.length >= 12 && upper.length / letters.length > 0.6) return true;
  // A run of three or more capitalised words with plain English in it ("DO NOT SHIP").
  const words = [...sentence.matchAll(/[\p{L}\p{N}&]+/gu)];
  const at = words.findIndex((w) => s + w.index! >= start);
  if (at < 0) return false;
  let a = at;
  let b = at;
  const caps = (w: string) => /^[A-Z][A-Z0-9&]+$/.test(w);
  while (a > 0 && caps(words[a - 1][0])) a--;
  while (b < words.length - 1 && caps(words[b + 1][0])) b++;
  const run = words.slice(a, b + 1).map((w) => w[0]);
  if (run.length >= 2 && run.some((w) => w.length > 6)) return true; // "PRESS RELEASE"
  return run.length >= 3 && run.some((w) => CAPS_WORDS.has(w));
}

/** An acronym as written in a span (offsets into its text), and what the span alone says against reporting it. */
interface Token {
  acronym: string;
  start: number;
  end: number;
  /** Known, a placeholder, a numeral, a unit, a state after a city, in the dateline, or shouted. */
  excluded: boolean;
  /** Part of a product's name ("Amazon MSK"): later bare uses mean that product, as after a definition. */
  named: boolean;
  /** Before the first dash of a text that opens with a dateline in capitals ("SEATTLE, WA —"): excluded in a summary or near the start. */
  capitalDateline: boolean;
  /** All letters, three or more: an English word in capitals when the document also writes it as a word. */
  wordLike: boolean;
}

function tokensIn(span: SpanText, known: ReadonlySet<string>): Token[] {
  const t = span.text;
  const out: Token[] = [];
  for (const { acronym, start, end } of acronymsIn(t)) {
    const wordLike = acronym.length >= 3 && /^[A-Z]+$/.test(acronym);
    const named = AFTER_VENDOR.test(t.slice(Math.max(0, start - 40), start));
    out.push({ acronym, start, end, excluded: named || excludedHere(t, acronym, start, end, known, wordLike), named, capitalDateline: inCapitalDateline(t, start), wordLike });
  }
  return out;
}

function excludedHere(t: string, acronym: string, start: number, end: number, known: ReadonlySet<string>, wordLike: boolean): boolean {
  if (isKnown(acronym, known) || PLACEHOLDERS.test(acronym) || ROMAN.test(acronym)) return true;
  if (wordLike && isEnglishWord(acronym)) return true; // "the final MATCH", "a SEND-BACK"
  const before = t.slice(Math.max(0, start - 40), start);
  const after = t.slice(end, end + 40);
  if (/\d\s*$/.test(before)) return true; // "5 GB", "20 ms"
  if (inPlaceholder(before, after)) return true; // "[ANSWER]", "[CUSTOMER NAME]", "{{DATE}}"
  if (/^\.\p{Ll}{1,5}(?![\p{L}\p{N}])/u.test(after) || /^[-/]\d/.test(after)) return true; // "CAIRN.md", "RFC-473", "PX/4": a file's, a document's or a model's name
  if (/["“'‘]$/.test(before) && /^["”'’]/.test(after) && !/\(\s*["“'‘]$/.test(before)) return true; // a value named in quotes: "RETAIN"
  if (inShortQuote(before, after)) return true; // text quoted as written: the receipt line "ORG BBY SPNCH 5OZ"
  if (CODE_BEFORE.test(before)) return true; // a code to type: "with the code HIVE25"
  if (/^\s\d{3,4}(?![\p{L}\p{N}])/u.test(after)) return true; // a course, bill or form number: "CS 4980", "BIO 231", "HB 1042"
  if (US_STATES.has(acronym) && /\p{Lu}[\p{L}.'’-]*,\s*$/u.test(before)) return true; // "Austin, TX"
  if (US_STATES.has(acronym) && inStateList(before, after)) return true; // "in VT, ME, NH and MA"
  const dl = DATELINE.exec(t);
  if (dl && start < dl.index + dl[0].length) return true;
  return shouting(t, start, end);
}

/** A state code beside another in a list ("VT, ME, NH and MA", "WA/OR"): the list names states. */
function inStateList(before: string, after: string): boolean {
  const prev = /(?<![\p{L}\p{N}])(\p{Lu}{2})(?:,\s*|\s*\/\s*|,?\s+(?:and|or|&)\s+)$/u.exec(before);
  const next = /^(?:,\s*|\s*\/\s*|,?\s+(?:and|or|&)\s+)(\p{Lu}{2})(?![\p{L}\p{N}])/u.exec(after);
  return (!!prev && US_STATES.has(prev[1])) || (!!next && US_STATES.has(next[1]));
}

/**
 * Inside a short quotation (eight words at most): text shown as it is
 * written (a receipt's line, a screen's label, an error), whose letters the
 * writer did not choose. Speech is longer, and its acronyms are still read.
 */
function inShortQuote(before: string, after: string): boolean {
  const open = /["“]([^"“”\n]*)$/.exec(before);
  if (!open) return false;
  // A straight quote opens only when the line has an odd number of them so far ('"Hi," she said, and the CDC "…"' is outside).
  const line = before.slice(before.lastIndexOf('\n') + 1);
  if (before[open.index] === '"' && (line.split('"').length - 1) % 2 === 0) return false;
  const close = /^([^"“”\n]*)["”]/.exec(after);
  return !!close && `${open[1]} x ${close[1]}`.trim().split(/\s+/).length <= 8;
}

/** Inside a template's blank: square brackets or double braces around the word on the same line. */
function inPlaceholder(before: string, after: string): boolean {
  return (/\[[^\]\n]*$/.test(before) && /^[^[\n]*\]/.test(after)) || (/\{\{[^}\n]*$/.test(before) && /^[^{\n]*\}\}/.test(after));
}

/** A dateline written in capitals: "SEATTLE, WA —" before the first dash. */
function inCapitalDateline(t: string, start: number): boolean {
  const dash = t.search(/\s[—–-]{1,3}\s|[—–]/);
  return dash >= 0 && start < dash && /^[\s*_]*[\p{Lu}][\p{Lu}\s.,'’-]*$/u.test(t.slice(0, dash));
}

const NO_WORDS: string[] = [];

/**
 * Which of the word-like acronyms ("RETAIN", "SKU") the document also writes
 * as ordinary words ("retain", "Retain"), lowercased. They are letters only,
 * so such a word is a whole run of letters, and one pattern for all of them
 * finds each run at most once. What a span writes is kept per span for as
 * long as the set of acronyms stays the same, so a keystroke scans one span.
 */
function wordsWritten(ctx: RuleContext, spans: ProseSpan[], acronyms: Set<string>): Set<string> {
  const written = new Set<string>();
  if (acronyms.size === 0) return written;
  const list = [...acronyms].sort();
  const forms = list.flatMap((a) => [a.toLowerCase(), a[0] + a.slice(1).toLowerCase()]);
  const word = new RegExp(`(?<!\\p{L})(?:${forms.join('|')})(?!\\p{L})`, 'gu');
  const find = (span: SpanText): string[] => {
    const found = span.text.match(word);
    return found ? [...new Set(found.map((w) => w.toLowerCase()))] : NO_WORDS;
  };
  const name = `words written: ${list.join(' ')}`;
  for (const span of spans) for (const w of ctx.perSpan(name, span, find)) written.add(w);
  return written;
}

export const undefinedAcronym: Rule = {
  id: 'undefined-acronym',
  description: 'An acronym used before the document spells it out.',
  principle:
    'Acronyms are a private language: the writer knows what "SLA" means, the reader from another team may not, and a reader who stops to guess has stopped reading. Spell the term out the first time it appears, with the acronym in brackets, and use the short form after that.',
  example: { before: 'Every seller gets an SLA on payouts.', after: 'Every seller gets a service level agreement (SLA) on payouts.' },
  kinds: ['prfaq', 'narrative'],
  defaultSeverity: 'info',
  group: 'plain',
  check(ctx) {
    const spans = [...ctx.model.prose].sort((a, b) => toDocOffset(a, 0) - toDocOffset(b, 0));
    const known = knownFor(ctx.config);
    const defs = new Map<string, number>();
    /** "preorder (NLR)": a term in brackets the letters do not spell; it tells only the uses after it. */
    const looseDefs = new Map<string, number>();
    /** Keep the earliest offset of each acronym's definition. */
    const define = (acronym: string, at: number, into = defs) => {
      const prev = into.get(acronym);
      if (prev === undefined || at < prev) into.set(acronym, at);
    };
    const wordLike = new Set<string>();
    const used = new Set<string>();
    for (const span of spans) {
      for (const d of ctx.perSpan('definitions', span, (s) => definitionsIn(s.text, s.element))) define(d.acronym, toDocOffset(span, d.start), d.loose ? looseDefs : defs);
      // A name whose capitals spell the acronym ("American Heart Association" before "AHA") tells the reader as much.
      for (const d of ctx.perSpan('names', span, (s) => namesIn(s.text))) define(d.acronym, toDocOffset(span, d.start));
      for (const k of ctx.perSpan('tokens', span, (s) => tokensIn(s, known))) {
        used.add(k.acronym);
        if (k.wordLike && !k.excluded) wordLike.add(k.acronym);
        if (k.named) define(k.acronym, toDocOffset(span, k.start));
      }
    }
    // An English word in capitals ("set the policy to RETAIN"): the document
    // also writes it as an ordinary word elsewhere, or shows it as code
    // ("RemovalPolicy.RETAIN"). Acronyms are not words.
    const written = wordsWritten(ctx, spans, wordLike);
    const isWordHere = (acronym: string) => written.has(acronym.toLowerCase()) || ctx.model.blocks.some((b) => ctx.perBlock('code words', b, codeWordsIn).has(acronym));
    // Written for engineers, or a narrative written for the business's own
    // leaders: the acronyms of the readers' trade are their vocabulary. Only
    // one spelled out too late, business jargon, or the name of a body of the
    // writer's company is reported.
    const forColleagues = writtenForEngineers(ctx) || ctx.model.kind === 'narrative';
    const seen = new Set<string>();
    for (const span of spans) {
      const t = span.text;
      const uses: Use[] = [];
      for (const k of ctx.perSpan('tokens', span, (s) => tokensIn(s, known))) {
        if (seen.has(k.acronym) || k.excluded) continue;
        if (k.capitalDateline && (span.context.part === 'summary' || k.start < 60)) continue;
        if (k.wordLike && isWordHere(k.acronym)) continue;
        uses.push({ acronym: k.acronym, span, start: k.start, end: k.end, doc: toDocOffset(span, k.start) });
      }
      for (const u of uses) {
        if (seen.has(u.acronym)) continue;
        const jargon = JARGON.has(singular(u.acronym));
        const teamAfter = ORGANISATION_AFTER.test(t.slice(u.end, u.end + 30));
        // Business jargon is the vocabulary of the colleagues who read an internal FAQ or an RFC.
        // (A later use where the customer reads is still reported.)
        if (jargon && !jargonReported(span.context, ctx.model.kind) && !teamAfter) continue;
        seen.add(u.acronym);
        const def = defs.get(u.acronym);
        if (def !== undefined && def <= u.doc) continue;
        if ((looseDefs.get(u.acronym) ?? Infinity) <= u.doc) continue;
        const organisation = teamAfter || ORGANISATION_BEFORE.test(t.slice(Math.max(0, u.start - 50), u.start));
        if (forColleagues && def === undefined && !jargon && !organisation) continue;
        const later = def !== undefined ? ' It is spelled out later; move that to here.' : '';
        reportMatch(
          ctx,
          { span: u.span, text: t.slice(u.start, u.end), start: u.start, end: u.end },
          `"${u.acronym}" is used before it is spelled out. Write the full term the first time, then the acronym in brackets: "full term (${u.acronym})".${later}`,
          { acronym: u.acronym },
        );
      }
    }
  },
  fixes(f, { model }) {
    const text = model.text;
    const original = text.slice(f.start, f.end);
    const acronym = typeof f.data?.acronym === 'string' ? f.data.acronym : original.replace(/s$/, '');
    const plural = original.endsWith('s') && original !== acronym;
    const fixes: Fix[] = [];
    const known = expansionIn(text.slice(0, f.start) + ' '.repeat(f.end - f.start) + text.slice(f.end), acronym);
    if (known) {
      const full = plural && !/s$/i.test(known) ? `${known}s` : known;
      fixes.push({ title: `Spell out "${original}" here: "${full} (${original})"`, edits: [{ start: f.start, end: f.end, newText: matchCase(text, f.start, original, `${full} (${original})`) }], isPreferred: true });
    }
    const hint = acronym.replace(/[^A-Z]/g, '').split('').map((c) => `${c}…`).join(' ');
    const placeholder = `[Write the full term: ${hint}]`;
    fixes.push({
      title: `Spell out "${original}" with a placeholder for the full term`,
      edits: [{ start: f.start, end: f.end, newText: `${placeholder} (${original})` }],
      isPreferred: !known,
      select: { start: f.start, end: f.start + placeholder.length },
    });
    return fixes;
  },
  examples: {
    invalid: [
      { doc: '# Refund times\n\n## Current state\n\nDamaged items wait for the «RTV» desk, which opens twice a week.', kind: 'narrative', note: "a desk of the writer's company" },
      { doc: '# Dock waits\n\n## Proposal\n\nThe «DPO» council approves each new gate before the pilot starts.', kind: 'narrative', note: "a narrative: a body of the writer's company is still spelled out" },
      { doc: '# Dock waits\n\n## Current state\n\nOur «YMS» loses trailers twice a week. A yard management system (YMS) tracks each trailer in the yard.', kind: 'narrative', note: 'a narrative: spelled out only after its first use' },
      'Every seller gets an «SLA» on payouts. The SLA covers weekends too.',
      { doc: '"It works," she said, and the «TPA» sent "approved" within the hour.', note: 'between two quotations is outside both' },
      'Our «GMV» grew, but GMV is not the goal.',
      'Sellers file «RMAs» today by email. A return merchandise authorization (RMA) takes 3 days.',
      'The «KYC» check runs once, and the «AML» check runs nightly.',
      'Bakers get a «POS» terminal. Point of sale (POS) data flows to the ledger.',
      '- Connects to the «ERP» in one step\n- Exports to the ERP nightly',
      '# PayFlow for «SMBs»\n\nSmall and medium-sized businesses (SMBs) run payroll in one step.',
      '# Sellers get a payout «SLA»\n\nEvery seller gets a service level agreement (SLA) on payouts.',
      {
        doc: 'The service answers in JSON over TLS and writes each change to the «WAL» before it replies. A write-ahead log (WAL) survives a crash.',
        note: 'written for engineers, but the writer spells it out only after using it',
      },
      {
        doc: 'The service answers in JSON over TLS from a SQL store, and the «ARR» it brings in pays for the team.',
        note: 'business jargon is reported in a document written for engineers too',
      },
      {
        doc: 'The service answers in JSON over TLS from a SQL store, and every change still needs a «KRB» sign-off from the «OPE» team.',
        note: 'a team, board or process of the writer\'s company is reported in a document written for engineers too',
      },
      {
        doc: 'The service answers in JSON over TLS from a SQL store; the retention plan was agreed with the «DGC» and is reported to the «DPRB» each month.',
        note: 'a body of the writer\'s company that decides or is told, named before the acronym, in a document written for engineers too',
      },
      {
        doc: 'Each shop keeps its stock in the «WMS» and pays with the «POS» terminal.',
        note: 'a document with no code and few engineering acronyms is written for everyone',
      },
      {
        doc: 'Clinics follow the «ESC» guideline. The European Society of Cardiology updates it every year.',
        note: 'a name whose capitals spell the acronym, but only after its first use',
      },
      { doc: 'Partners call our «API» over HTTPS.', config: { knownAcronyms: { remove: ['API'] } }, note: 'knownAcronyms.remove takes one off the built-in list' },
      {
        doc: '# Tills for bakeries\n\nBakers lift their «NPS» in a month.\n\n## Internal FAQ\n\n### How will we measure success?\n\nWe report NPS at each QBR.',
        note: 'business jargon where the customer reads it, the press release, is reported even when the internal FAQ uses it too',
      },
    ],
    valid: [
      { doc: '# Khata Remind\n\nKirana owners collect udhaar by UPI, file GST on time, and need no RBI licence for reminders.', note: 'taxes, payment systems and central banks of other countries, known to their readers' },
      { doc: '# Coldsnap\n\nEvery utility rebate program in VT, ME, NH and MA is included at launch.', note: 'state codes in a list name states' },
      {
        doc: '# Payday, sorted\n\nSole traders lodge their BAS with their ABN and see the ACH transfer land the same day, in EMEA and APAC alike; the IEC-rated charger ships with each kit.',
        note: "regions, standards bodies, payments and another country's tax forms, as their readers write them",
      },
      { doc: '# Homework help\n\nParents of ADHD students see GPA and AP results beside each EHR note.', note: 'school and health terms as families and clinicians write them' },
      { doc: '# Dock waits\n\n## Current state\n\nOur WMS books each inbound trailer, and LTL carriers wait two hours at the gate before an ELD check.', kind: 'narrative', note: "a narrative is written for the business's own leaders: its field's acronyms are their vocabulary" },
      { doc: 'The NLR order is the default.\n\n```ts\nwalk(tree);\n```\n\nThe timer walks the tree in preorder (NLR).', note: 'written for engineers, a term in brackets the letters do not spell, after the first use: nothing is spelled out later, so nothing is reported' },
      { doc: 'The timer walks the tree in *preorder* (**NLR**), and NLR is the default. The panel follows ARIA roles and ships as ES2020.', note: 'a term in brackets the letters do not spell still names it; web standards and ECMAScript editions an engineer knows' },
      { doc: 'To book for a neighbour, text PROXY and their name to 555-0100, or reply STOP to leave.', note: 'keywords the reader sends' },
      { doc: 'Students in CS 4980 and BIO 231 tested the booking page for a term.', note: 'course numbers' },
      'Every seller gets a service level agreement (SLA) on payouts. The SLA covers weekends.',
      'The service answers a POST with JSON over TLS, and the code is under the MIT licence.',
      { doc: 'The dashboard streams updates over SSE and signs riders in with OIDC.', note: 'web protocols an engineering reader knows' },
      { doc: 'Every workshop keeps an AED by the door, and the staff have CPR training.', note: 'first-aid terms as the news uses them' },
      { doc: 'Our SREs page the owning team, and the backups land in GCS every night.', note: 'the reliability role and a cloud store by its letters, as engineers write them' },
      {
        doc: '# Spoke for riders\n\n*(Quotes are in the section at the end so Legal can read them first — JM)*\n\nRiders in Leeds book a repair in two taps.\n\n*Last edited by: Dana, 3 April. Next: meet the PMC before it goes out.*\n',
        note: 'notes between drafters, signed with initials or opening "Last edited by", are about the draft, not its prose',
      },
      'Sellers file an RMA (return merchandise authorization) today by email, and RMAs take 3 days.',
      'SEATTLE, WA — March 3, 2027 — Acme launches Tables for restaurant owners in Austin, TX and Portland, OR.',
      'The CEO and the CFO review the P&L and the FAQ every quarter, in USD.',
      'Each device stores 64 GB and answers in 20 ms. Phase II starts in Q3 and FY27.',
      'NOTE: we MUST ship before the holidays. DO NOT SHIP THIS DRAFT TO CUSTOMERS.',
      'Pricing is TBD and the launch city is TK.',
      'Run `aws s3 sync` and set `MAX_RETRIES`, or read [the guide](https://example.com/SLA-KYC).',
      '---\ntitle: SLA review\n---\n\nEvery seller gets a payout guarantee.',
      '## Service level agreements (SLAs)\n\nAn SLA tells sellers when money arrives.',
      '| Term | Meaning |\n|---|---|\n| SLA | Service level agreement |\n\nEvery seller gets an SLA.',
      'Key performance indicators (KPIs) and the quarterly business review, or QBR, set the pace: each QBR checks them.',
      'TL;DR: sellers are paid in 2 days. Set the policy to RETAIN so the data is retained; we retain it for 30 days.',
      'The kit ships for Java, .NET and Node.JS.',
      'Read the PRESS RELEASE before the meeting.',
      'The service writes JSON over TLS to a SQL database, takes SSH keys, resolves names by DNS and ships an SDK and a CLI.',
      'Deploy it to EC2, keep the files in S3 and grant access with IAM roles; the CDK app does the rest.',
      {
        doc: 'Attested edge name service (aENS) signs each answer, and every ENS node keeps a log.',
        note: 'defined in a prefixed variant, then used bare',
      },
      {
        doc: 'Edge name servers (ENSes) answer locally, and each ENS holds a copy. Regional data centres (RDCs) keep backups in the EU; each RDC has two.',
        note: 'defined in a plural variant, then used in the singular',
      },
      'The gateway uses ZTNA, which stands for zero trust network access, and every ZTNA rule names a team.',
      'Ship on [DATE] to [CUSTOMER NAME], put [ANSWER] under each question and fill in {{REGION}}.',
      'The client sends HEAD and OPTIONS before each PUT, and the mail relay answers EHLO.',
      'The code is under the MIT, BSD or LGPL licence.',
      'Read OWNERS.md and RFC-212 first, then set the lock mode to "STRICT".',
      { doc: 'New riders get $10 off their first trip with the code RIDE10.', note: 'a code the reader types' },
      { doc: 'Snap the receipt and it turns "ORG BBY SPNCH 5OZ" into "baby spinach, eat by Wednesday".', note: 'text quoted as it is written, letters the writer did not choose' },
      { doc: 'The depot still runs its stock on a PX/4 terminal from 1998.', note: 'a model name: letters, a slash and a number' },
      'Each row shows MATCH or DRIFT after the check, and a SEND-BACK marks a rejected change.',
      'Amazon MWAA runs the nightly jobs, and each MWAA environment has its own bucket.',
      'We follow the European Society of Cardiology, and the ESC guideline sets the dose.',
      { doc: 'Every order goes through the WMS before it ships.', config: { knownAcronyms: { add: ['WMS'] } }, note: 'knownAcronyms.add extends the built-in list' },
      {
        doc: '# Tills for bakeries\n\nBakers close the day in ten minutes.\n\n## Internal FAQ\n\n### How will we measure success?\n\nWe report NPS and new ARR at each QBR.',
        note: 'business jargon in the internal FAQ is the vocabulary of the colleagues who read it',
      },
      { doc: 'Technicians see the HVAC model and every SKU on the van before they leave.', note: 'trade words every reader knows' },
      {
        doc: 'The service answers in JSON over TLS from a SQL store and writes each change to the WAL before it replies.',
        note: 'written for engineers (three engineering acronyms): a write-ahead log is their vocabulary',
      },
      {
        doc: 'Set `retries` and `timeout`, then run `deploy`: the job retries through the DLQ and the OCC check.',
        note: 'code in the document says who reads it',
      },
    ],
  },
};
