import { BENEFIT_WORDS, READER_WORDS } from '../lexicon/benefit.js';
import { GENERIC_CUSTOMERS, HOMONYM_ROLES, roleNouns } from '../lexicon/people.js';
import * as T from '../lexicon/tech.js';
import { DATELINE, PROBLEM_CUE, SOLUTION_CUE, countMatches } from '../model/cues.js';
import { toDocRange } from '../model/prose.js';
import type { DocModel, Part, ProseSpan } from '../model/types.js';
import { verbFormsOf } from '../text/forms.js';
import { nounForms, phraseMatcher, phrasePattern } from '../text/phrases.js';
import { firstSentence } from '../text/sentences.js';
import type { Rule, RuleContext } from './types.js';

/** Technology words that, leading a headline or opening, put the tech first (engine/lexicon/tech.ts). */
const TECH_WORDS = phraseMatcher([...T.TECH_TERMS, ...nounForms(T.TECH_NOUNS)], { hyphens: true, hyphenEndsWord: true });
/** Acronyms are matched in capitals only ("AI", not "ai" in another word). */
const TECH_ACRONYMS = phraseMatcher([...T.TECH_ACRONYMS, ...nounForms(T.TECH_ACRONYM_NOUNS)], { matchCase: true, hyphenEndsWord: true });
/** "AI-powered", "cloud-based", "ML-driven". */
const TECH_MOD = `\\b[\\p{L}\\d.]+-${phrasePattern(T.TECH_SUFFIXES)}\\b`;
const TECH_MODS = new RegExp(TECH_MOD, 'giu');
const TECH_MOD_FIRST = new RegExp(`^${TECH_MOD}`, 'iu');
/** "… Comes to Kilnwork", "… Arrives in Ledger" (engine/lexicon/tech.ts). */
const ARRIVES = new RegExp(`\\b${phrasePattern(T.ARRIVAL_PHRASES)}\\s+(\\S)`, 'iu');

/** A customer or a gain in a headline; "for Kubernetes" (for and a technology) is neither. */
/**
 * "Platform engineers can now fix Terraform findings with one command":
 * people as the subject, then what they can now do. The subject is a
 * plural noun of a few lower-case words, so "Ledger can now…" (a product)
 * does not read so.
 */
const PEOPLE_CAN_NOW = /^\W{0,3}(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+s\s+(?:can\s+now|now\s+can)\s/u;
/** "Platform engineers can see every stuck eviction…": without "now", the subject must be people by name (a role or a customer noun). */
const PEOPLE_CAN = /^\W{0,3}(?:[\p{L}'’-]+\s+){0,4}([\p{L}'’-]+s)\s+can\s/u;
function peopleCanNow(t: string): boolean {
  const can = PEOPLE_CAN.exec(t);
  const m = PEOPLE_CAN_NOW.exec(t) ?? (can && CUSTOMER.at(can[1], 0) ? can : null);
  if (!m) return false;
  const subject = m[0].replace(/\s+(?:can\s+now|now\s+can|can)\s$/u, '').replace(/^\W+/, '').split(/\s+/);
  // Lower case after the first word: "Platform engineers", "Small clinics", not "Kiln Cloud Functions".
  return subject.slice(1).every((w) => !/^\p{Lu}/u.test(w));
}

/** "FreightLane launches DockSlot API: carriers can book…": after the name, a colon or a dash, then people in lower case who can now do something. */
const PEOPLE_CAN_AFTER_NAME = /[:—–]\s+(?:[\p{Ll}'’-]+\s+){0,3}\p{Ll}[\p{L}'’-]*s\s+(?:can|now\s+can)\s+\p{L}/u;

function customerOrBenefitIn(t: string): boolean {
  if (peopleCanNow(t) || PEOPLE_CAN_AFTER_NAME.test(t)) return true;
  for (const m of CUSTOMER_OR_BENEFIT.all(t)) {
    if (m.text.toLowerCase() !== 'for') return true;
    const at = m.end + (/^\s*/.exec(t.slice(m.end))?.[0].length ?? 0);
    if (!TECH_WORDS.at(t, at) && !TECH_ACRONYMS.at(t, at)) return true;
  }
  return false;
}
/** A company speaking about itself. */
const COMPANY_BRAG = /\b(?:(?:a|the) (?:leading|premier|foremost) (?:provider|supplier|developer|maker)|(?:industry|market|global|world) leader|(?:a |the )?leader in|pioneer (?:in|of)|industry-leading|market-leading)\b/i;
/**
 * Words that put a customer or their gain in the sentence: benefits, the
 * reader, generic customer nouns and role nouns (engine/lexicon/), except
 * roles that are also technical nouns ("agent", "operator", "driver").
 */
const CUSTOMER_ROLES = roleNouns().filter((w) => !HOMONYM_ROLES.includes(w));
const CUSTOMER_OR_BENEFIT = phraseMatcher([...BENEFIT_WORDS, ...READER_WORDS, ...GENERIC_CUSTOMERS, ...nounForms(CUSTOMER_ROLES)], { hyphenEndsWord: true });
/** Customers only, without the benefit words: whom a sentence is about. */
const CUSTOMER = phraseMatcher([...READER_WORDS, ...GENERIC_CUSTOMERS, ...nounForms(CUSTOMER_ROLES)], { hyphenEndsWord: true });
/** "Acme Launches Ledger", "Acme today announced…" (engine/lexicon/tech.ts). */
const ANNOUNCES = phraseMatcher(T.ANNOUNCING_VERBS.flatMap(verbFormsOf));
/** "RepairLine Raises $4M…", "Acme Closes Series B Funding": a funding verb, then money or a round within a few words. */
const FUNDING = new RegExp(`\\b${phrasePattern(T.FUNDING_VERBS.flatMap(verbFormsOf))}\\s+(?:[^\\s.!?]+\\s+){0,3}?(?:[$£€¥]\\s?\\d|\\d[\\d.,]*\\s?(?:m|bn|k|million|billion)\\b|${phrasePattern(T.FUNDING_ROUNDS)}\\b)`, 'iu');
/** "A system for running…", "The platform that…": a sentence that opens from the product. */
const PRODUCT_FIRST = new RegExp(`^(?:a|an|the|our)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,3}?${phrasePattern(nounForms(T.PRODUCT_NOUNS))}\\b`, 'iu');
/** "Headline: …": a label before the headline, not part of it. */
const TITLE_LABEL = new RegExp(`^\\s*${phrasePattern(T.TITLE_LABELS)}\\s*[:—–-]\\s*`, 'i');
/** A dateline without a date ("SAN FRANCISCO, CA –", "Seattle, WA —"): a label before the first sentence. */
const PLACE_DATELINE = /^\s*(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s*\p{Lu}[\p{L}.'’ ]{1,25}?|\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,3})\s*[—–-]{1,3}\s+/u;

/**
 * "Acme Launches Ledger…": the company announcing its product, with the
 * company's name (a few capitalised words) before the verb.
 */
function companyAnnounces(t: string): boolean {
  const verb = ANNOUNCES.first(t);
  if (!verb) return false;
  const lead = t.slice(0, verb.start).trim().replace(/\s+today$/i, '');
  const words = lead.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 5 && words.every((w) => /^[\p{Lu}\d]/u.test(w));
}

/** Opening moves that pitch the proposal. */
const PITCH =
  /^(?:we (?:propose|recommend|plan to|intend to|want to|will build|should build|are (?:proposing|building|planning to build|going to build)|need to build)|our (?:proposal|plan|recommendation) is|i (?:propose|recommend)|(?:we are|i am) (?:excited|pleased|proud) to)\b/i;
/** "Atlas is a next-generation platform…", "PayBridge is our new integration layer.", "The GX-4 Edge is the first wireless vibration sensor…" */
const PRODUCT_IS =
  /^(?:project\s+)?[\p{Lu}][\p{L}\d-]*(?:\s+[\p{Lu}][\p{L}\d-]*){0,2}\s+(?:is|will be)\s+(?:a|an|our|the)\s+(?:new\s+|next[- ]generation\s+|unified\s+|modern\s+)?[\p{L}\s-]{0,40}?\b(?:platform|layer|service|system|engine|framework|tool|app|application|solution|product|infrastructure|architecture|api|integration|sensor|device|firmware|chip|processor)\b/iu;
/** "KilnChain is built on a permissioned blockchain", "It runs on machine learning". */
const BUILT_ON = /\b(?:is|are) (?:built|powered|running|based|backed) (?:on|by)\b|\b(?:runs|is running) on\b|\b(?:leverages|harnesses|uses|utili[sz]es)\b/i;
const BUILT_ON_OPENING = new RegExp(`^\\W{0,3}${phrasePattern(T.BUILT_ON_OPENINGS)}\\s`, 'i');
const INTRO_WORDS = new RegExp(`^(?:${phrasePattern(T.INTRO_WORDS)}\\s+)+`, 'i');

const count = (t: string, re: RegExp) => countMatches(t, re);
const techScore = (t: string) => TECH_WORDS.count(t) + TECH_ACRONYMS.count(t) + (t.match(TECH_MODS)?.length ?? 0);
/** Problem words, without "today"/"currently"/"right now", which every launch sentence has. */
const problemScore = (t: string) => count(t, PROBLEM_CUE) - count(t, /\b(?:today|currently|right now)\b/gi);

/** After the product's name: "a new scheduling app built on Google Sheets…", "an assistant powered by GPT-5". */
const MADE_OF = /^(?:a|an|the)\s+(?:new\s+)?[^,.:;!?]{0,60}?\b(?:built|powered|running|based)\s+(?:on|by|with)\s+\S/i;

/** A product's name set before the headline's words with a colon or a dash: "CivicBot: …", "SplitKit — …". */
// (A name in lower case too, before a colon: "lq: A Zero-Copy Log Search Engine".)
const PRODUCT_NAME_LABEL = /^(?:[\p{Lu}][\p{L}\d.-]*(?:\s+[\p{Lu}\d][\p{L}\d.-]*){0,2}\s*(?::|\s[—–-])|\p{Ll}[\p{L}\d.-]{0,20}:)\s*/u;

/** Does the phrase lead with technology (first word after "Introducing", "The", …)? */
function leadsWithTech(t: string): boolean {
  // "CivicBot: An AI-Powered Chatbot…", "SplitKit — AI-powered bill splitting": the name, then what leads.
  const rest = t.replace(/^[\s"“*_]+/, '').replace(PRODUCT_NAME_LABEL, '').replace(INTRO_WORDS, '');
  const first = /^[\p{L}\d.]+(?:-[\p{L}\d.]+)*/u.exec(rest)?.[0] ?? '';
  if (!first) return false;
  return !!TECH_WORDS.at(rest, 0) || !!TECH_ACRONYMS.at(rest, 0) || TECH_MOD_FIRST.test(rest);
}

function spansOf(model: DocModel, block: number): ProseSpan[] {
  return model.prose.filter((s) => s.block === block);
}

function report(ctx: RuleContext, span: ProseSpan, start: number, end: number, message: string, reason: string): void {
  const r = toDocRange(span, start, end);
  ctx.report({ start: r.start, end: r.end, message, data: { reason } });
}

function checkHeadline(ctx: RuleContext, part: Part): boolean {
  const { model } = ctx;
  const block = part.heading !== undefined && part.blocks.length ? part.blocks[0] : part.blocks[0] ?? part.heading!;
  const span = spansOf(model, block)[0];
  if (!span) return false;
  const [s, e] = firstSentence(span.text, TITLE_LABEL.exec(span.text)?.[0].length ?? 0);
  const t = span.text.slice(s, e);
  // "Northpeak Platform Team Launches…": who announces is neither the technology nor whom it is for.
  const announced = companyAnnounces(t) ? t.slice(ANNOUNCES.first(t)!.end) : t;
  const tech = techScore(announced);
  // "Platform engineers can now…": a role named with a technical word is still people.
  const lead = leadsWithTech(t) && !peopleCanNow(t);
  const benefit = customerOrBenefitIn(announced);
  // "ShiftShare: a new volunteer scheduling app built on Google Sheets, Twilio and Glide": the product
  // described as what it is made of, whatever noun names its users.
  const bare = t.replace(/^[\s"“*_]+/, '');
  const described = bare.replace(PRODUCT_NAME_LABEL, '');
  const madeOf = described !== bare && MADE_OF.test(described);
  if (lead || (tech >= 1 && !benefit) || madeOf) {
    report(
      ctx, span, s, e,
      'The headline leads with the technology, not the customer. Say who it is for and what changes for them; the technology can come later, in the solution.',
      'tech-headline',
    );
    return true;
  }
  // "Remote Cache Comes to Kilnwork": a feature arriving, and no one it arrives for.
  const arrives = ARRIVES.exec(t);
  if (arrives && /\p{Lu}/u.test(arrives[1]) && !customerOrBenefitIn(t)) {
    report(
      ctx, span, s, e,
      'The headline announces a feature arriving in the product; no customer and no gain is in it. Say who it is for and what they can now do.',
      'company-headline',
    );
    return true;
  }
  // "Acme Launches Ledger 2.0: …" with no customer in it, "RepairLine Raises $4M to Reinvent…": the company's news, not the customer's.
  if ((companyAnnounces(t) && !CUSTOMER.test(announced) && !PEOPLE_CAN_AFTER_NAME.test(t)) || (FUNDING.test(t) && !CUSTOMER.test(t))) {
    report(
      ctx, span, s, e,
      'The headline is the company announcing its product; no customer is in it. Say who it is for and what they can now do.',
      'company-headline',
    );
    return true;
  }
  return false;
}

/** "A system for running AI agents…": a subheading that opens from the product, with no customer in its first clause. */
function checkSubheading(ctx: RuleContext, part: Part): boolean {
  const block = part.blocks[0] ?? part.heading;
  const span = block === undefined ? undefined : spansOf(ctx.model, block)[0];
  if (!span) return false;
  const [s, e] = firstSentence(span.text, TITLE_LABEL.exec(span.text)?.[0].length ?? 0);
  const t = span.text.slice(s, e);
  const clause = t.split(/[,;:(]|\s[—–-]\s|—/)[0];
  // "Built on WebAssembly and CRDTs, Plotter syncs…", "Quillpay is a headless payroll engine with a plugin architecture":
  // what it is built on, or what it is, before anyone it is for.
  // (What it is may run past a comma to whom it is for: "Quillpay is a payroll engine, for cafés with one till".)
  const builtOn = BUILT_ON_OPENING.test(clause) && techScore(clause) >= 1;
  const productIs = PRODUCT_IS.test(clause) && !CUSTOMER.test(t.split(/[;:(]|\s[—–-]\s|—/)[0]);
  const productFirst = PRODUCT_FIRST.test(clause) && !CUSTOMER.test(clause);
  if (!(builtOn || productIs || productFirst) || problemScore(clause) > 0) return false;
  report(
    ctx, span, s, e,
    'The subheading opens from the product, before any customer. Open with who it is for and the one benefit they get; what the product is can follow.',
    'product-subheading',
  );
  return true;
}

/** The opening sentence of the press release (after the dateline). */
function checkOpening(ctx: RuleContext, span: ProseSpan, problemStated: boolean, customerNamed: boolean): boolean {
  let from = 0;
  const dl = DATELINE.exec(span.text);
  if (dl) from = dl.index + dl[0].length + (/^[\s\]>)]*[—–-]{1,3}|^[\s\]>)]*:/.exec(span.text.slice(dl.index + dl[0].length))?.[0].length ?? 0);
  else from = PLACE_DATELINE.exec(span.text)?.[0].length ?? 0;
  const [s, e] = firstSentence(span.text, from);
  // A later sentence of the summary that is only about what it is built on.
  for (let at = e, n = 0; at < span.text.length && n < 4; n++) {
    const [ss, se] = firstSentence(span.text, at);
    if (se <= ss) break;
    const st = span.text.slice(ss, se);
    if (BUILT_ON.test(st) && techScore(st) >= 1 && !CUSTOMER_OR_BENEFIT.test(st) && problemScore(st) === 0) {
      report(ctx, span, ss, se, 'The summary spends a sentence on what the product is built on. Readers of a press release care what it does for them; move the technology to the FAQ.', 'tech-opening');
      return true;
    }
    at = se;
  }
  const t = span.text.slice(s, e);
  if (problemScore(t) > 0 || CUSTOMER_OR_BENEFIT.test(t)) return false;
  const tech = techScore(t);
  const brag = COMPANY_BRAG.test(t);
  if (!problemStated && !customerNamed && tech === 0 && !brag && companyAnnounces(t)) {
    report(ctx, span, s, e, 'The opening sentence announces a product, with no customer and no problem in it, and the headline names none either. Open with who it is for and what changes for them.', 'announcement-opening');
    return true;
  }
  if ((tech >= 1 && !problemStated) || brag) {
    report(
      ctx, span, s, e,
      brag
        ? 'The opening sentence is about the company, not the customer. Open with who the customer is and what they can now do.'
        : 'The opening sentence is about the technology, with no customer and no benefit in it. Open with who it is for and what changes for them.',
      brag ? 'company-opening' : 'tech-opening',
    );
    return true;
  }
  return false;
}

function firstParagraphSpan(model: DocModel, blocks: number[]): ProseSpan | undefined {
  for (const i of blocks) {
    if (model.blocks[i].type !== 'paragraph') continue;
    const span = spansOf(model, i)[0];
    if (span && span.text.trim()) return span;
  }
  return undefined;
}

function checkOrder(ctx: RuleContext): void {
  const { model } = ctx;
  const { solution, problem, summary } = model.parts;
  if (!solution || !problem || solution.start >= problem.start) return;
  const named = solution.heading !== undefined && problem.heading !== undefined;
  if (!named) {
    // Recognised from content only: be sure before saying the order is wrong.
    // A part may be only a heading (its text taken by the next part): nothing to weigh.
    if (!summary || !solution.blocks.length || !problem.blocks.length || !summary.blocks.length) return;
    if (solution.blocks[0] < summary.blocks[0]) return;
    const pText = problem.blocks.map((i) => model.blocks[i].plain).join(' ');
    const sText = model.blocks[solution.blocks[0]].plain;
    const p = count(pText, PROBLEM_CUE);
    if (p < 2 || p <= count(pText, SOLUTION_CUE)) return;
    if (count(sText, SOLUTION_CUE) < 1 || count(sText, PROBLEM_CUE) >= count(sText, SOLUTION_CUE)) return;
    const quote = model.parts['leader-quote'] ?? model.parts['customer-quote'];
    if (quote && quote.start < problem.start) return;
  }
  const span = solution.heading !== undefined ? spansOf(model, solution.heading)[0] : firstParagraphSpan(model, solution.blocks);
  if (!span) return;
  const [s, e] = solution.heading !== undefined ? [0, span.text.length] : firstSentence(span.text);
  report(
    ctx, span, s, e,
    'The solution comes before the problem. Describe the customer\'s pain first, so the reader knows what the solution is for when they reach it.',
    'solution-before-problem',
  );
}

/** "*A proposal for the operations review, week 41.*": a one-line purpose set in italics or bold under the title, not the memo's opening. */
const PURPOSE_LINE = /^([*_]{1,2})(?![\s*_])[^\n]+?\1$/;
const isPurposeLine = (model: DocModel, span: ProseSpan) => {
  const b = model.blocks[span.block];
  return !!b && PURPOSE_LINE.test(model.text.slice(b.start, b.end).trim());
};

function checkNarrative(ctx: RuleContext): void {
  const { model } = ctx;
  const span = model.prose.find((p) => p.element === 'paragraph' && p.context.region === 'narrative' && p.text.trim() && !isPurposeLine(model, p));
  if (!span) return;
  const [s, e] = firstSentence(span.text);
  const t = span.text.slice(s, e);
  if (problemScore(t) > 0) return;
  const pitch = PITCH.test(t);
  const tech = (leadsWithTech(t) && !CUSTOMER_OR_BENEFIT.test(t)) || PRODUCT_IS.test(t);
  if (!pitch && !tech) return;
  report(
    ctx, span, s, e,
    pitch
      ? 'The narrative opens by pitching the proposal before it states the problem. Start with the customer and what they struggle with; the proposal will read as the answer to it.'
      : 'The narrative opens with the technology. Start with the customer and their problem; introduce the technology as the answer to it.',
    pitch ? 'pitch-first' : 'tech-opening',
  );
}

export const solutionFirst: Rule = {
  id: 'solution-first',
  description: 'The document opens from the technology, the company or the solution instead of the customer and their problem.',
  principle:
    'Working backwards starts from a specific customer and a problem they would pay to have solved. A document that opens with the technology or the company reads as a capability looking for a use, and makes the reader guess who it is for. Lead with the customer and their pain; the solution earns its place by answering it.',
  example: {
    before: '# Acme Announces AI-Powered Ledger Platform',
    after: '# Independent Bakeries Close Their Books in Ten Minutes with Fernhill Ledger',
  },
  kinds: ['prfaq', 'narrative'],
  defaultSeverity: 'warning',
  group: 'customer-first',
  check(ctx) {
    const { model } = ctx;
    if (model.kind === 'narrative') {
      checkNarrative(ctx);
      return;
    }
    const { headline, subheading, summary } = model.parts;
    let flagged = false;
    if (headline) flagged = checkHeadline(ctx, headline);
    // A subheading under a problem stated first ("The old module only works in JavaScript.") follows the customer's pain.
    const problemFirst = !!subheading && !!model.parts.problem && model.parts.problem.start < subheading.start;
    if (subheading && !problemFirst) flagged = checkSubheading(ctx, subheading) || flagged;
    const titles = [headline, subheading].flatMap((p) => (p ? p.blocks.concat(p.heading ?? []) : []));
    const stated = titles.some((i) => problemScore(model.blocks[i].plain) > 0);
    // "Operators of industrial sensor fleets can now query…": people who can now do something are named, whatever the noun.
    const named = titles.some((i) => CUSTOMER.test(model.blocks[i].plain) || peopleCanNow(model.blocks[i].plain));
    const opening = summary ? firstParagraphSpan(model, summary.blocks) : undefined;
    // An FAQ answer ("What are we launching today?") naturally names the
    // product: only an opening the reader meets in the release is judged.
    if (opening && opening.context.region !== 'faq') checkOpening(ctx, opening, stated || flagged, named || flagged);
    checkOrder(ctx);
  },
  examples: {
    invalid: [
      { doc: '# «RepairLine Raises $4M to Reinvent Property Maintenance»\n\nLEEDS — March 3, 2027 — Letting agents in Leeds can now book a plumber for a tenant in one call.\n', note: "the company's funding news as the headline: the investors' story, not the customer's" },
      { doc: '# «Forkcast Launches an AI Meal Planner With Smart Grocery Lists»\n\nAUSTIN, TX — March 3, 2027 — Parents plan a week of dinners in five minutes.\n', note: 'a planner is the app here, not a person it is for' },
      { doc: '# «CivicBot: An AI-Powered Chatbot Platform for Smart Cities»\n\nPORTLAND, OR — March 3, 2027 — Residents get answers about bin days.\n', note: 'the name, then a headline that leads with the technology' },
      { doc: '# «SplitKit — AI-powered bill splitting for everyone»\n\nToday we are releasing SplitKit for housemates.\n', note: 'a dash after the name, and the technology first' },
      { doc: '# Working Backwards – Spoke\n\n**«Spoke: a new repair booking app built on Google Sheets, Twilio and Glide»**\n\nLEEDS — May 4, 2027 — Riders in Leeds book a repair in two taps.\n', note: 'after the name, the product described by what it is made of, whatever noun names its users' },
      { doc: '# «lq: A Zero-Copy, SIMD-Accelerated Log Search Engine Written in Rust»\n\nPORTLAND, OR — March 3, 2027 — On-call engineers search a week of logs.\n', note: 'a name in lower case before the colon, and a headline made of technology' },
      {
        doc: '# Plotter syncs garden plans\n\n«Built on WebAssembly and CRDTs, Plotter syncs every plan across devices in real time.»\n\nBERLIN — March 3, 2027 — Allotment holders in Berlin plan their beds on any phone.\n',
        note: 'a subheading that opens from what the product is built on',
      },
      {
        doc: '# Quillpay\n\n«Quillpay is a headless payroll engine with a plugin architecture and a declarative rules DSL.»\n\nLEEDS — March 3, 2027 — Quillpay runs payroll for cafés with fewer than 20 staff.\n',
        note: 'a subheading that says what the product is, before anyone it is for',
      },
      { doc: '# «Remote Cache with Streaming Compression Comes to Kilnwork»\n\nPORTLAND, OR — March 3, 2027 — Kilnwork today added a build cache.\n', note: 'a feature arriving in the product, with no customer or gain' },
      { doc: '# «Northpeak Platform Team Launches Launchpad, a GitOps Deploy Orchestrator for Kubernetes»\n\nPORTLAND, OR — March 3, 2027 — Service teams deploy in one step.\n', note: 'the team announcing is not the customer, and "for Kubernetes" names no one' },
      { doc: '# «Kiln Cloud Functions can now run on Kubernetes clusters»\n\nPORTLAND, OR — March 3, 2027 — Kilnwork today added a runtime.\n', note: 'a product, not people, is what can now do it' },
      '# «Acme Announces AI-Powered Ledger Platform»\n\nPORTLAND, OR — March 3, 2027 — Bakery owners close their books in ten minutes.\n',
      '# «AI-Powered Triage Lets Rural Clinics See Urgent Patients First»\n\nBANGOR, ME — June 1, 2027 — Tidewater Health today introduced triage for its 14 clinics.\n',
      '# Nimbus\n\nSEATTLE, WA — March 3, 2027 — «Acme today announced Nimbus, a cloud-native platform built on large language models.» It ships in May.\n',
      [
        '# Fernhill Ledger Lets Independent Bakeries Close Their Books in Ten Minutes',
        '',
        'PORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger, a bookkeeping app for independent bakeries.',
        '',
        '«Ledger connects to the card terminal and now matches each deposit to the day\'s sales automatically.» It flags a short deposit on one screen.',
        '',
        'Today a bakery owner spends an hour each night copying card totals into a spreadsheet, and one in five lost money last year to deposits they never matched.',
        '',
        '"We built Ledger because owners did their accounting at midnight," said Priya Raman, VP of Small Business at Fernhill.',
      ].join('\n'),
      '# Press release\n\n## Headline\n\nBakeries Close Their Books in Ten Minutes\n\n## «Solution»\n\nLedger matches every deposit to the day\'s sales.\n\n## Problem\n\nOwners spend an hour a night on it.\n',
      { kind: 'narrative', doc: '# Van stocking\n\n## Introduction\n\n«We propose building a demand-forecasting service for the field fleet.» Technicians would carry the right parts.\n' },
      { kind: 'narrative', doc: '# Van stocking\n\n«Machine learning can predict which parts a van will need tomorrow.» It is accurate.\n' },
      {
        kind: 'narrative',
        doc: '# Van stocking\n\n*A proposal for the fleet review, week 41.*\n\n## Introduction\n\n«We propose building a parts-forecasting service for the field fleet.» Technicians would carry the right parts.\n',
        note: 'an italic purpose line under the title is not the opening: the introduction after it is',
      },
      { kind: 'narrative', doc: '# Van stocking\n\n## Introduction\n\n«Stockwise is our new parts-forecasting service for the field fleet.» It replaces the paper kit list.\n' },
      {
        kind: 'narrative',
        doc: '# Frost watch\n\n## Introduction\n\n«The FrostPin is the first soil sensor in our range that runs its own frost model.» It pairs a probe with a radio.\n',
        note: 'a device maker opens from the device, as a software team does from its platform',
      },
      { doc: '# «Dual-Band Firmware With an On-Board Frost Model»\n\nPORTLAND, OR — March 3, 2027 — Orchard growers see frost coming two hours sooner.\n', note: 'a headline made only of the parts of a device' },
      '# Kiln records\n\n## Potters prove a mug is handmade\n\nPORTLAND, ME — October 2, 2027 — Studios now tag each fired piece so buyers can see who made it. «Every tag is backed by a permissioned blockchain.» Tags cost $0.40.\n',
      { doc: '# «Order History on a Service Mesh, with a Vector Database»\n\nPORTLAND, OR — March 3, 2027 — Bakery owners close their books in ten minutes.\n', note: 'a headline made only of technology' },
      { doc: '# «Crumb CLI Gains a Content-Addressed Build Cache on a Merkle Tree»\n\nPORTLAND, OR — March 3, 2027 — Bakery owners close their books in ten minutes.\n', note: 'a data structure named for its own sake' },
      { doc: '# «Fernhill Launches Ledger 2.0: From Receipts to Reports»\n\nPORTLAND, OR — March 3, 2027 — Fernhill today released Ledger 2.0.\n', note: 'the company announcing its product, no customer in the headline' },
      { doc: '# Heart Rate in the Goggle Lens\n\nBOULDER, CO — April 9, 2027 — «Nereus Sport today launched Tempo, a heart-rate sensor that clips onto any goggle strap.»\n', note: 'the same announcement under a headline with no customer in it' },
      {
        doc: '# Bakeries Close Their Books in Ten Minutes\n\n**«A platform for matching card deposits to the till, built on open banking feeds, so owners stop guessing.»**\n\nPORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger.\n',
        note: 'a subheading that opens from the product',
      },
      {
        doc: '# Ledger 2.0\n\n**PORTLAND, OR** – «Fernhill today announced Ledger 2.0, with new reports and a redesigned home screen.» Owners asked for them.\n\nToday owners copy totals by hand every night.\n',
        note: 'an opening that announces availability, with no customer or problem before it; the range starts after the bold dateline',
      },
      { doc: '# Press release\n\nHeadline: «Acme Announces AI-Powered Ledger Platform»\n\nPORTLAND, OR — March 3, 2027 — Bakery owners close their books in ten minutes.\n', note: 'the range leaves out the label before the headline' },
    ],
    valid: [
      { doc: '# Working Backwards – Spoke\n\n**Spoke: a repair booking app built for riders in Leeds**\n\nLEEDS — May 4, 2027 — Riders in Leeds book a repair in two taps.\n', note: 'built for someone is not built on something' },
      {
        doc: '# DockSlot\n\n## FreightLane Launches DockSlot API: carriers can book an unloading slot from their own transport software\n\nPOZNAN — Today FreightLane opened slot booking to the 140 carriers that deliver to its warehouses.\n',
        note: 'the company and its product, then, after the colon, who can now do what',
      },
      { doc: '# Platform engineers can now fix Terraform policy findings with one command\n\nLISBON — June 9, 2027 — Today Larkspur added a fix command.\n', note: 'people as the subject of what they can now do, whatever technology the sentence names' },
      { doc: '**Platform engineers can see every stuck eviction before a node upgrade starts**\n\nToday the Keelson project released drainplan, a free kubectl plugin.\n', note: 'a role named as the subject of "can", without "now"' },
      { doc: '# Offline Mode Comes to Ledger, So Bakers Never Lose an Order\n\nPORTLAND, OR — March 3, 2027 — Bakery owners keep taking orders when the internet drops.\n', note: 'a feature arriving, with the customer and the gain' },
      { doc: '# Acme Platform Team Launches Ledger for Bakery Owners\n\nPORTLAND, OR — March 3, 2027 — Bakery owners close their books in ten minutes.\n', note: 'the announcer\'s name is not technology' },
      {
        doc: '# Ledger\n\nThe old till export is only available to owners on the desktop plan.\n\nLedger brings the same export to bakery owners on every plan.\n\nFernhill today launched Ledger for independent bakeries.\n',
        note: 'a subheading that follows the problem, stated first under the title',
      },
      {
        doc: '# RFC - Kiln Records\n\n## README\n\n```ts\nnew Kiln(this, "k");\n```\n\n## Public FAQ\n\n### What are we launching today?\n\nWe’re launching new features to the Kiln construct library to provide sensible defaults and helper methods.\n\n### Why should I use this?\n\nIt saves an hour.\n',
        kind: 'prfaq',
        note: 'a release with no summary of its own takes the FAQ answer to "What are we launching?", and an answer names the product: not an opening to judge',
      },
      '# Fernhill Ledger Lets Independent Bakeries Close Their Books in Ten Minutes\n\nPORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger, an AI bookkeeping app that matches payments for independent bakeries.\n',
      '# Acme Launches Ledger for Independent Bakeries\n\nPORTLAND, OR — March 3, 2027 — Owners of independent bakeries now finish the day\'s books in ten minutes.\n',
      { doc: '# Bakery Owners Reprint a Week of Receipts in One Click\n\nPORTLAND, OR — March 3, 2027 — Owners of independent bakeries now reprint any receipt. A content-addressed store built on a Merkle tree keeps every copy.\n', note: 'the data structure in the solution, after a headline that names the customer' },
      [
        '# Bakeries Lose an Hour a Night to Bookkeeping. Ledger Gives It Back.',
        '',
        'PORTLAND, OR — March 3, 2027 — Acme today announced Ledger, a machine-learning service built on its payments platform.',
        '',
        'Today a bakery owner spends an hour each night copying card totals into a spreadsheet, and one in five lost money last year to deposits they never matched.',
        '',
        'Ledger uses machine learning to match each deposit to the day\'s sales automatically.',
      ].join('\n'),
      {
        kind: 'narrative',
        doc: '# Van stocking\n\n## Introduction\n\nField technicians in rural Maine drive back to the depot for parts on 40% of visits, losing two hours each time.\n\nWe propose a demand-forecasting service built on machine learning that stocks each van the night before.\n',
      },
      {
        kind: 'narrative',
        doc: '# Van stocking\n\n*We propose a van kit for each day\'s jobs.*\n\n## Introduction\n\nField technicians in Maine miss a part on 40% of visits, and each miss costs a second trip.\n',
        note: 'the purpose line says what the memo asks for; the memo itself opens from the problem',
      },
      { kind: 'narrative', doc: '# Van stocking\n\nThis document asks for approval to give field technicians in Maine a van stocked for the day\'s jobs.\n' },
      { kind: 'narrative', doc: '# Van stocking\n\nThe purpose of this document is to explain why technicians miss parts on 40% of visits and what we propose to do about it.\n' },
      {
        doc: '# Bakeries Close Their Books in Ten Minutes\n\n**A bookkeeping app for independent bakeries that matches card deposits to the till.**\n\nPORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger.\n',
        note: 'the product first, but the customer in the same clause',
      },
      { doc: '# Independent Bakeries Close Their Books in Ten Minutes\n\n**PORTLAND, OR – March 3, 2027** – Fernhill today announced Ledger 2.0.\n', note: 'an announcement after a headline that names the customer' },
      { doc: '# Club Swimmers See Their Heart Rate in the Goggle Lens\n\nBOULDER, CO — April 9, 2027 — Nereus Sport today launched Tempo, a heart-rate sensor that clips onto any goggle strap.\n', note: 'sports people are customers too ("club swimmers")' },
      {
        doc: '# Halyard 5 keeps a year of readings for the price of a month\n\n*Operators of wind farms can now query twelve months of readings without buying more disks.*\n\nROTTERDAM — March 3, 2027 — Halyard Data today released Halyard 5, with tiered storage.\n',
        note: 'a subheading whose subject is people who can now do something names the customer, whatever noun names them ("operators")',
      },
      { doc: '# Batch Constructs Graduate to Stable\n\nThis proposes stable constructs for the batch module.\n', note: 'a title with no technology and no company announcing' },
    ],
  },
};
