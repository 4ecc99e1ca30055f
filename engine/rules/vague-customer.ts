/**
 * `vague-customer`: a generic customer noun ("users", "everyone",
 * "businesses of all sizes") where the document must say who the customer
 * is — headline, subheading, summary, problem, the answer to "who is the
 * customer?", a narrative's introduction — and a document that never names
 * a specific customer at all.
 *
 * How a noun is judged, in order:
 * 1. Narrowed in place: a qualifier before it ("Android users", "small-business
 *    owners") or after it ("customers who run food trucks", "people with
 *    diabetes", "users in rural Kenya") makes it a segment, not a finding
 *    (./narrowing.ts; the words are in engine/lexicon/).
 * 2. Referring back: once a segment has been named, "customers" and "these
 *    users" point at it. Universal words (everyone, anyone, "of all sizes")
 *    never refer back: they widen the audience on purpose.
 * A segment is named by a role noun (owners, teachers, nurses, developers…)
 * or by a narrowed generic noun.
 */
import { documentAnchor } from '../model/build.js';
import { toDocOffset } from '../model/prose.js';
import type { ProseSpan } from '../model/types.js';
import { phraseMatcher, type PhraseMatcher } from '../text/phrases.js';
import { GENERIC_CUSTOMERS, SYSTEM_ROLE_NOUNS } from '../lexicon/people.js';
import { CLAIMING_VERBS, PAIN_OR_WISH_VERBS, SOCIAL_PROOF_VERBS } from '../lexicon/segments.js';
import { phrasePattern } from '../text/phrases.js';
import { reportMatch, writtenForEngineers } from './helpers.js';
import { ROLES, WHERE_WORK_IS, claimedCustomer, definedAfter, indefinitePronoun, isModifier, isNarrowed, isUniversal, listedWithRecords, namesTheMethod, refersBack, roleSegment, universalGroupsIn } from './narrowing.js';
import { matchCase } from '../fix/edits.js';
import type { DocModel } from '../model/types.js';
import type { Fix, Rule, RuleContext, SpanText } from './types.js';

/** Generic nouns that name a part of a system in a document written for engineers (engine/lexicon/people.ts). */
const SYSTEM_ROLES: ReadonlySet<string> = new Set(SYSTEM_ROLE_NOUNS);

const WHO_QUESTION =
  /\bwho\b[^?]*\b(?:customers?|users?|audiences?|target|buy|buyers?|benefits?|pays?|serve|serves|for\s*\??\s*$)|\b(?:which|what)\s+(?:kinds?\s+of\s+|types?\s+of\s+)?(?:customers?|users?|segments?|audiences?|people)\b|\btarget\s+(?:customers?|audiences?|users?|market|segments?)\b|\bcustomer\s+segments?\b|\bideal\s+customers?\b/i;

/** The parts of a README release that choose its audience (the rest documents the product). */
const README_NAMING_PARTS: ReadonlySet<string> = new Set(['headline', 'subheading', 'summary', 'problem']);

/** "Stashyard gives users…", "Podmeter is built for…": the sentence opens with the product's name, then serves someone (CLAIMING_VERBS). */
const PITCH_LEAD = new RegExp(String.raw`(?:^|[.!?]\s+)[\W_]{0,3}\p{Lu}[\p{L}\p{N}._-]*[\x60*_]{0,2}(?:\s+v?\d[\w.]*)?\s+(?:is\s+(?:built|made|designed)\s+for|${CLAIMING_VERBS.join('|')})\s+$`, 'u');
/** "Customers want…", "people have to…", "Developers everywhere struggle…": the noun's pain or wish, a word or two on (PAIN_OR_WISH_VERBS). */
const PAIN_AFTER = new RegExp(String.raw`^(?:\s+[\p{L}-]+)?\s+(?:${PAIN_OR_WISH_VERBS.join('|')})(?![\p{L}])`, 'iu');
const pitchedByName = (text: string, start: number, end: number) => PITCH_LEAD.test(text.slice(Math.max(0, start - 80), start)) || PAIN_AFTER.test(text.slice(end, end + 40));

/** Spans where the customer must be named. */
function mustName(ctx: RuleContext, span: ProseSpan, firstNarrativeSection: number, at: number): boolean {
  const c = span.context;
  if (c.region === 'press-release') return c.part === 'headline' || c.part === 'subheading' || c.part === 'summary' || c.part === 'problem';
  if (c.question !== undefined && (c.role === 'answer' || c.role === 'question')) {
    const q = ctx.model.questions[c.question];
    // "Q: … A: …" in one paragraph: only the answer's words count.
    const inAnswer = c.role === 'answer' || (!!q?.answer && at >= q.answer.start && at < q.answer.end);
    return !!q && inAnswer && WHO_QUESTION.test(q.text);
  }
  if (ctx.model.kind === 'narrative' && c.region === 'narrative') {
    if (span.element === 'heading') return false;
    if (c.section === 'introduction' || c.section === 'current-state') return true;
    return c.section === undefined && toDocOffset(span, 0) < firstNarrativeSection;
  }
  return false;
}

/** "used by many companies", "trusted by 4,000 teams": users as proof (engine/lexicon/segments.ts SOCIAL_PROOF_VERBS). */
const SOCIAL_PROOF = new RegExp(String.raw`\b(?:${phrasePattern(SOCIAL_PROOF_VERBS)})\s+by\s+(?:[\p{L}\p{N},.+]+\s+){0,3}$`, 'iu');

/** "a customer's", "another user's": an article before a singular possessive (one adjective may stand between). */
const SOMEONES = /(?:^|[^\p{L}])(?:a|an|the|any|another|one|each|every|some)\s+(?:[\p{L}-]+\s+)?$/iu;

/** A generic noun that neither a qualifier nor its use as a modifier narrows ("users", "everyone"). */
interface GenericUse {
  start: number;
  end: number;
  noun: string;
  universal: boolean;
  /** "their customers", "these users": someone's customers, or the ones just named. */
  refersBack: boolean;
  /** The sentence claims it as its customer: "Users lose…", "allows users to…". */
  claimed: boolean;
  /** A group made everyone by its tail ("shippers of all sizes", "creators everywhere"). */
  group?: boolean;
}

/**
 * What one span says about customers on its own, as offsets into its text:
 * the first role phrase (see `roleSegment`), the first generic noun that is
 * narrowed to a segment, and the generic nouns that are not.
 */
function customersIn(span: SpanText, generic: PhraseMatcher): { strict: number; loose: number; narrowed: number; uses: GenericUse[] } {
  const { strict, loose } = roleSegment(span);
  let narrowed = -1;
  const uses: GenericUse[] = [];
  for (const m of generic.all(span.text)) {
    const { start, end } = m;
    const noun = m.text.toLowerCase().replace(/\s+/g, ' ');
    const universal = isUniversal(noun);
    const modifier = isModifier(span, start, end, noun);
    if (!modifier && isNarrowed(span, start, end, noun)) {
      if (narrowed < 0 && !universal) narrowed = start;
      continue;
    }
    const lead = span.text.slice(Math.max(0, start - 40), start);
    // "…before anyone opens it": an event, not an audience.
    // "…, subnet groups, users and user groups": accounts the product keeps, not an audience.
    if (modifier || namesTheMethod(lead) || indefinitePronoun(lead, noun) || listedWithRecords(span, start, end) || SOCIAL_PROOF.test(lead)) continue;
    // "without touching a real customer's books", "sends it to the customer's own storage": one person's things in what the sentence tells, not the audience.
    if (SOMEONES.test(lead) && /^['’]s(?![\p{L}])/u.test(span.text.slice(end, end + 3))) continue;
    uses.push({
      start,
      end,
      noun,
      universal,
      refersBack: refersBack(span.text.slice(Math.max(0, start - 30), start)),
      claimed: claimedCustomer(span.text.slice(Math.max(0, start - 40), start), start <= 40),
    });
  }
  // "Shippers and receivers of all sizes", "creators everywhere": a group of any kind made everyone by its tail.
  for (const g of universalGroupsIn(span.text)) {
    const inside = uses.filter((u) => u.start < g.end && g.start < u.end);
    if (inside.some((u) => u.universal)) continue;
    for (const u of inside) uses.splice(uses.indexOf(u), 1);
    uses.push({ ...g, universal: true, refersBack: false, claimed: false, group: true });
  }
  uses.sort((a, b) => a.start - b.start);
  return { strict, loose, narrowed, uses };
}

/** Lead-ins to strip from an answer to "who is the customer?" to keep the segment itself. */
const ANSWER_LEAD = /^(?:(?:our|the)\s+(?:target\s+|primary\s+|ideal\s+|first\s+)?(?:customers?|users?|audience|segment)\s+(?:is|are)\s+|(?:we|it|this|the product)\s+(?:serves?|is for|are for|is built for|targets?)\s+|(?:it|this)['’]s\s+for\s+|for\s+)/i;
const PLACEHOLDER_SEGMENT = '[Name the customer segment]';
/** Words that mean everyone, as the fix looks for them in an answer. */
const UNIVERSAL = phraseMatcher(GENERIC_CUSTOMERS.filter((n) => isUniversal(n)));

/** The customer the document defines in its answer to "who is the customer?", if it names a segment. */
function definedCustomer(model: DocModel): string | null {
  for (const q of model.questions) {
    if (!q.answer || !WHO_QUESTION.test(q.text)) continue;
    let phrase = (q.answer.text.split(/(?<=[.!?;])\s|\s[—–]\s/)[0] ?? '').trim().replace(/[.!?;:,]+$/, '');
    phrase = phrase.replace(ANSWER_LEAD, '').trim();
    // "Bookkeepers, and anyone who…": the segment is what comes before the vague part.
    const vague = UNIVERSAL.first(phrase);
    if (vague) phrase = phrase.slice(0, vague.start).replace(/[\s,;]*(?:\b(?:and|or)\s*)?$/i, '');
    if (!phrase || phrase.split(/\s+/).length > 14 || /[\[\]]/.test(phrase)) continue;
    if (!ROLES.test(phrase)) continue;
    // "Independent bakers" at the start of the answer: lower-case unless a name ("Android users").
    if (/^\p{Lu}\p{Ll}/u.test(phrase)) phrase = phrase[0].toLowerCase() + phrase.slice(1);
    return phrase;
  }
  return null;
}

/** "at ", "in the ", "from a ": a noun after these says where a role works. */
const WHERE_IT_WORKS = new RegExp(String.raw`\b${WHERE_WORK_IS}$`, 'i');
/** The span names a specific segment before `offset` (span offsets). */
const namedBefore = (f: { strict: number; narrowed: number }, offset: number) => (f.strict >= 0 && f.strict < offset) || (f.narrowed >= 0 && f.narrowed < offset);

export const vagueCustomer: Rule = {
  id: 'vague-customer',
  description: 'A generic customer noun (users, customers, everyone, "businesses of all sizes") where the document must say who the customer is; or a document that never names a specific customer.',
  principle:
    'Working backwards starts from one customer with one problem; "users" or "businesses of all sizes" is nobody in particular, so no one can check whether the problem is real or the solution fits. Name the segment — who they are, where, what they struggle with, how many — and later sentences can refer back to it.',
  example: {
    before: 'Acme Tables helps businesses of all sizes take bookings.',
    after: 'Acme Tables helps independent restaurant owners in mid-sized US cities stop losing bookings when the phone is busy.',
  },
  kinds: ['prfaq', 'narrative'],
  defaultSeverity: 'warning',
  group: 'named-customer',
  check(ctx) {
    const spans = [...ctx.model.prose].sort((a, b) => toDocOffset(a, 0) - toDocOffset(b, 0));
    const generic = ctx.vocabulary.genericCustomer;
    const found = spans.map((span) => ctx.perSpan('customers', span, (s) => customersIn(s, generic)));

    // First pass: where is a specific segment named first?
    let firstSegment = Infinity;
    let named = false;
    spans.forEach((span, i) => {
      const { strict, loose, narrowed } = found[i];
      if (strict >= 0) firstSegment = Math.min(firstSegment, toDocOffset(span, strict));
      if (loose >= 0) named = true;
      if (narrowed >= 0) firstSegment = Math.min(firstSegment, toDocOffset(span, narrowed));
    });

    // The first heading below the title: any heading but a lone top-level one.
    // (Counted once: counting per heading was quadratic in the number of headings.)
    const severalTitles = ctx.model.sections.filter((x) => x.depth === 1).length > 1;
    const firstNarrativeSection = ctx.model.sections.find((s) => s.depth > 1 || severalTitles)?.start ?? Infinity;

    // Second pass: generic nouns where the customer must be named. One
    // finding per paragraph: the writer names the customer once there.
    let reported = 0;
    let reportedInRelease = 0;
    const report = (span: ProseSpan, { start, end, noun, universal }: GenericUse) => {
      const text = span.text.slice(start, end);
      reported++;
      if (span.context.region === 'press-release' || span.context.region === 'preamble') reportedInRelease++;
      reportMatch(
        ctx,
        { span, text, start, end },
        universal
          ? `"${text}" is everyone and therefore no one. Name the customer this is for: who they are, where, and the problem they have.`
          : `"${text}" does not say which customers. Name the segment — who they are, where, what problem they have — for example "independent bakery owners in Ohio who sell out by noon".`,
        { noun, reason: 'generic-noun' },
      );
    };
    // Written for engineers, a stream's "consumers" are software (engine/lexicon/people.ts).
    const engineers = writtenForEngineers(ctx);
    spans.forEach((span, i) => {
      let generic = false;
      /** "Shippers and receivers of all sizes. Basically anyone who has a dock…": the universal word after such a group restates it. */
      let everyGroup = false;
      for (const use of found[i].uses) {
        if (everyGroup && use.universal) continue;
        if (engineers && SYSTEM_ROLES.has(use.noun)) continue;
        const at = toDocOffset(span, use.start);
        if (!mustName(ctx, span, firstNarrativeSection, at)) continue;
        if (!use.universal) {
          if (use.refersBack || generic) continue;
          // The headline and subheading must name the customer themselves,
          // unless the problem, stated above the subheading, named them.
          const problem = ctx.model.parts.problem;
          const titleLine = span.context.part === 'headline' || (span.context.part === 'subheading' && !(problem && problem.start < at && firstSegment >= problem.start));
          // The answer to "who is the customer?" must name them itself: a segment
          // named elsewhere does not answer it; one named in the answer before
          // the noun, or in its sentence ("The customer is the platform team at…"), does.
          if (span.context.role === 'answer' || span.context.role === 'question') {
            const { strict, narrowed } = found[i];
            // "The customer is …": the sentence says who; its own words are judged.
            if (definedAfter(span.text.slice(use.end, use.end + 100))) continue;
            const stop = /[.!?;](?:\s|$)/.exec(span.text.slice(use.end));
            const sentenceEnd = stop ? use.end + stop.index : span.text.length;
            if ((strict >= 0 && strict < sentenceEnd) || (narrowed >= 0 && narrowed < sentenceEnd)) continue;
          } else if (!titleLine && at > firstSegment) continue; // refers back to the named segment
          // A title line that names its segment before the noun ("Bookkeepers collect receipts by text, so
          // close stops waiting on clients") names the customer; the noun is another party, or them again.
          // (Not where the role works: "Release engineers at companies with our plug-in" still says no kind of company.)
          else if (titleLine && namedBefore(found[i], use.start) && !WHERE_IT_WORKS.test(span.text.slice(Math.max(0, use.start - 24), use.start))) continue;
        }
        // A noun such as "enterprises" after "Anyone who…" in the same paragraph: one finding there says it.
        generic = true;
        if (use.group) everyGroup = true;
        report(span, use);
      }
    });
    const namesNoOne = firstSegment === Infinity && !named && spans.length > 0;

    // Where no part of the release that must name the customer had a generic
    // noun (often: the parts were not recognised), the first one the press
    // release claims as its customer ("Users can now…", "empowers users
    // to…"), before any segment is named — whatever an FAQ answer says later.
    // Only before the release names a segment, universal words too: after it,
    // "Anyone with a company login can open the link" grants access, it does
    // not choose the audience.
    // The body of a README release documents how the product behaves: "Users upgrading from v2 should read the
    // guide", "your application allows users to pass a string" tell who does what in it, they do not choose the
    // audience; a sentence there that pitches the product by its name to someone still does ("Stashyard gives users…"),
    // and so does one that tells their pain or wish ("Customers want a faster way…").
    const fallbackClaim = (span: ProseSpan, u: GenericUse) =>
      !(engineers && SYSTEM_ROLES.has(u.noun)) && u.claimed && (u.universal || !u.refersBack) && toDocOffset(span, u.start) < firstSegment &&
      (!span.context.readme || README_NAMING_PARTS.has(span.context.part ?? '') || pitchedByName(span.text, u.start, u.end));
    if (reportedInRelease === 0 && !namesNoOne) {
      const claim = spans.findIndex((span, i) => {
        if (span.context.region !== 'press-release' && span.context.region !== 'preamble') return false;
        return found[i].uses.some((u) => fallbackClaim(span, u));
      });
      if (claim >= 0) {
        const span = spans[claim];
        report(span, found[claim].uses.find((u) => fallbackClaim(span, u))!);
      }
    }

    // A document that names no one at all; said only when no generic noun was reported (that finding says it already).
    if (namesNoOne && reported === 0) {
      const a = documentAnchor(ctx.model);
      ctx.report({
        start: a.start,
        end: a.end,
        message: 'The document never names a specific customer. Say who the customer is — a role, a place, a problem, a number — before saying what is built for them.',
        data: { reason: 'no-specific-customer' },
      });
    }
  },
  fixes(f, { model }) {
    if (f.data?.reason !== 'generic-noun') return [];
    const text = model.text;
    const original = text.slice(f.start, f.end);
    const defined = definedCustomer(model);
    const fixes: Fix[] = [];
    if (defined && defined.toLowerCase() !== original.toLowerCase()) {
      fixes.push({ title: `Replace "${original}" with "${defined}" (the customer the FAQ names)`, edits: [{ start: f.start, end: f.end, newText: matchCase(text, f.start, original, defined) }], isPreferred: true });
    }
    const newText = matchCase(text, f.start, original, PLACEHOLDER_SEGMENT);
    fixes.push({ title: `Replace "${original}" with a placeholder for the customer segment`, edits: [{ start: f.start, end: f.end, newText }], isPreferred: !defined, select: { start: f.start, end: f.start + newText.length } });
    return fixes;
  },
  examples: {
    invalid: [
      {
        doc: '# DockSense\n\n*The fastest way for «creators everywhere» to turn one upload into a week of clips.*\n\nMEMPHIS, TN — May 3, 2027 — Kestrel today launched DockSense.\n\n## Internal FAQ\n\n### Who is the customer?\n\n«Shippers and receivers of all sizes». Basically anyone who has a dock.\n',
        note: 'any group of people made everyone by its tail ("of all sizes", "everywhere"); the universal word after it restates it',
      },
      {
        doc: '# Key rotation\n\n## Working Backwards\n\n### README\n\nThe `keys` command lists the API keys of a project.\n\n```sh\nkeys list --project shop\n```\n\n«Customers» want a faster way to rotate a key, so `keys rotate` arrives in version 2.4.\n\n## Public FAQ\n\n### What are we launching today?\n\nA `keys rotate` command for platform engineers who run 40 or more services.\n',
        note: "in a README release's body, a generic noun whose pain or wish the sentence tells still chooses whose problem the work solves",
      },
      { doc: 'With Ledger, «users» can close the month in a day.', note: 'the subject after a short phrase set off by a comma is the customer the sentence claims' },
      {
        doc: '# Podmeter\n\n«Teams of all sizes» overspend on Kubernetes because nobody sees which namespace burned the money.\n\n## Internal FAQ\n\n### Who is the customer?\n\nThe customer is «the general public».\n',
        note: 'any group "of all sizes" (or "of every shape and size") is no segment, and neither is the general public',
      },
      {
        doc: '# FleetFlex\n\n*«Warehouses of all sizes» can now rent picking robots by the month*\n\nCHICAGO — Orrin today launched FleetFlex for third-party logistics firms in the Midwest.\n',
        note: 'a kind of business "of all sizes" is every one of them',
      },
      {
        doc: '# Tariff compare\n\nLEEDS — May 3, 2027 — Now «consumers» can compare every electricity tariff in their postcode on one screen.\n',
        note: 'a capital after the dateline\'s dash opens the sentence; it is no name narrowing the noun',
      },
      {
        doc: '# Fleetwise\n\nSEATTLE — April 2, 2027 — Fleetwise today launched cost alerts for «everyone» running Kubernetes.\n',
        note: 'a clause in -ing that only names a popular product narrows nothing',
      },
      {
        doc: '# Snapcheck\n\n*Snapcheck gives «everyone» running stateful apps on Kubernetes proof that their backups restore.*\n\nBERLIN — May 4, 2027 — Snapcheck today released restore checks.\n',
        note: 'a long clause in -ing is still an activity half the readers share: length is no segment',
      },
      {
        doc: '# Tarp\n\nBERLIN — May 4, 2027 — Tarp today released sharded loading.\n\n## FAQ\n\n### Who is it for?\n\n«Anyone» who trains models on data that does not fit on one machine. Researchers, startups, big enterprises: if you have a bucket of data, Tarp is for you.\n',
        note: 'a who-clause of many words with no role, place or number names no one; the generic nouns after it in the paragraph are the same finding',
      },
      {
        doc: '# Forge Keys\n\n**«USERS» CAN NOW ROTATE THEIR KEYS FROM THE CLI**\n\nSEATTLE, WA — May 3, 2027 — Forge today added key rotation.',
        note: 'a line in capitals: the word before is no acronym',
      },
      {
        doc: '# Pantry Hours\n\nBooking helps «people in need» get groceries without a queue.\n\nDAYTON, OH — October 4, 2027 — The food bank launched booking for its 11 pantries.',
        note: '"in need" reads as a qualifier but names no one',
      },
      {
        doc: '# Acme Tables lets «everyone» book a table\n\nIndependent restaurant owners in Ohio lose 1 in 5 bookings when the phone is busy.',
        note: 'a universal word never refers back, even before a named segment',
      },
      {
        doc: '# Acme Tables\n\nSEATTLE, WA — March 3, 2027 — Acme today launched Tables, which helps «businesses of all sizes» take bookings.\n\nToday, «customers» lose bookings when the phone is busy and staff cannot answer.\n\nWith Tables, bakery owners in Ohio answer every call.',
        note: 'nothing narrows "customers" before the segment is named',
      },
      {
        doc: '# Acme Tables\n\nBookings that never get lost, for «users everywhere».\n\nSEATTLE, WA — March 3, 2027 — Acme launched Tables for independent restaurant owners in Ohio.',
        note: 'the subheading comes before the segment is named',
      },
      {
        doc: '# Acme Tables\n\n## External FAQ\n\n### Who is the customer?\n\n«Anyone» can use it.\n\n### Does it work offline?\n\nYes, and restaurant owners in Ohio like that.',
        note: 'the answer to "who is the customer" must name one',
      },
      {
        doc: '# Haven Drip\n\nHomeowners in Oregon stop leaks before the floor is soaked.\n\nPORTLAND, OR — Haven today launched Drip, a valve that closes when a sensor gets wet, so «anyone» in the world can stop a flood.',
        note: 'a place that holds everyone narrows nothing',
      },
      {
        doc: '# Chairside pricing\n\n## Introduction\n\n«Customers» are frustrated in 3 ways by seat pricing.\n\n## Proposal\n\nCharge $60 a chair.',
        kind: 'narrative',
        note: 'a count after a state is no kind of customer',
      },
      {
        doc: '# Acme Tables\n\nFor bakery owners in Ohio.\n\n## Internal FAQ\n\n### Who is the customer?\n\n«Anyone» who uses data.',
        note: 'a thin who-clause does not narrow a universal word',
      },
      {
        doc: '# Faster refunds\n\n«People» wait too long for refunds, and «everybody» hates it.\n\n## Proposal\n\nWe refund sellers in Ohio within a day.',
        kind: 'narrative',
      },
      {
        doc: '# Acme Tables\n\nTables answers the phone for you.\n\n## Solution\n\nUsers get every booking in one list, and everyone on the team sees it.',
        findings: [{ data: { reason: 'no-specific-customer' } }],
        note: 'no role, no segment anywhere: one document-level finding',
      },
      '# Acme Tables\n\nSEATTLE, WA — March 3, 2027 — Acme launched Tables, so «people» never wait on hold again.\n\nIt was built with cafe owners in Leeds.',
      '# Acme Tables Helps «Customers» Book Faster\n\nFor cafe owners in Leeds who miss calls at lunch.',
      {
        doc: '# Ledger\n\nNot every deposit matches the till. Ledger allows «users» to match them in one click.\n\nIt was built with bakery owners in Leeds.',
        note: 'outside the parts that must name the customer, the customer a sentence claims ("allows users to")',
      },
      {
        doc: '# Ledger Matches Deposits\n\nPORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger, which matches deposits to the till.\n\nLedger empowers «users» to match them in one click.\n\nIt was built with bakery owners in Leeds.\n\n## Internal FAQ\n\n### Who is the customer?\n\n«Anyone» who keeps books.',
        note: 'the release\'s claimed customer is reported even when the answer to "who is the customer?" has its own finding',
      },
      {
        doc: '# Import\n\n- **Original author:** @dana\n- **Tracking issue:** #52\n\n«Users» can now import resources they made by hand.\n\n## FAQ\n\n### Why?\n\nBecause.',
        note: 'a generic noun opening a sentence; the authors in the metadata list are not the customer segment',
      },
      {
        doc: '# Ledger\n\n## Internal FAQ\n\n### Who is the target user?\n\nBookkeepers, and «anyone» who needs to track deposits every day.',
        note: 'a clause of wanting does not say who someone is',
      },
      {
        doc: '# Refill\n\nLoyalty members in Rhode Island buy 2 kg of packaging a week.\n\n## Internal FAQ\n\n### Who is the customer?\n\n«Customers» who care about the environment.',
        note: 'a thin clause of wanting or caring does not narrow a generic noun either',
      },
      {
        doc: '# Spoke\n\n«Everyone» who rides can book a repair from the app.\n\nIt was built with bike shop owners in York.',
        note: 'a relative clause ends where the sentence\'s own verb starts: "who rides" does not narrow',
      },
      {
        doc: '# Shipyard\n\n**Release engineers at «companies» with our plug-in ship twice as often.**\n\nBERLIN — May 4, 2027 — Dockside today released Shipyard.',
        note: 'a word the preposition never narrows ("with our") is not a size',
      },
      {
        doc: '# Faster invoices\n\n## Context\n\nOur «customers» are waiting until morning for month-end invoices.\n\n## Proposal\n\nWe render invoices for accounting managers in Leeds in parallel.',
        kind: 'narrative',
        note: 'a verb after the noun names no role: it says what happens to them, not who they are',
      },
      {
        doc: '# Faster invoices\n\n*Written with the «customer» in mind, for the Billing team.*\n\n## Proposal\n\nWe render invoices for accounting managers in Leeds in parallel.',
        kind: 'narrative',
        note: 'only the phrase that names the method is not a customer',
      },
      {
        doc: '# Hemline Takes Alteration Bookings Online\n\nLEEDS — May 3, 2027 — Hemline today launched its booking page.\n\nEach shop gets a page with its prices. A «customer» picks a job and books a fitting.\n\nIt was built with tailors in Leeds.',
        note: 'the customer the release claims, before any segment is named',
      },
    ],
    valid: [
      {
        doc: '# Paycheck Vault\n\n## Internal FAQ\n\n### Who exactly is the customer?\n\nChecking customers paid hourly by direct deposit, about 61,000 of them, and teachers based in Ohio.\n',
        note: 'a participle narrows as a relative clause does: "customers paid hourly", "teachers based in Ohio"',
      },
      { doc: '# Porchlift Picks Up Furniture for Chicago Renters Who Are Moving\n\n## Subheadline\n_One sentence: who is the customer and what do they get?_\n\nChicago renters who are moving get their furniture picked up and sold.\n', note: 'a template\'s instruction in italics is the template\'s words, not the writer\'s' },
      {
        doc: '# Adaptive sampling\n\n**Platform teams of 5 to 50 engineers keep every error trace and pay for a tenth of the rest.**\n\nBERLIN — Lumen, the tracing SDK used by many companies, today announced adaptive sampling.\n',
        note: 'who already uses the product, as proof, is not whom the release is for (weasel-word asks for the count)',
      },
      {
        doc: '# Oven timers\n\n## Working Backwards\n\n### README\n\nThe `Timer` construct reads one oven and rings a bell in the shop when the tray is done.\n\n```ts\nnew Timer(oven);\n```\n\n#### Upgrading\n\nUsers upgrading from version 1 should read the migration guide first, and the construct lets users pick the bell\'s sound.\n\n## Public FAQ\n\n### What are we launching today?\n\nA timer construct for bakers who run three or more ovens.\n',
        note: "a README release's body documents who does what with the product; it does not choose the audience",
      },
      {
        doc: '# Memstore for platform engineers at game studios\n\nSEATTLE — April 2, 2027 — Rivet today launched Memstore for platform engineers at game studios in Helsinki. They configure shards, replicas, subnet groups, users and user groups in one construct.\n',
        note: '"users" listed beside records a system keeps is a kind of account, not an audience',
      },
      {
        doc: '# Arena fleets for studio backend engineers\n\nSEATTLE — April 2, 2027 — Rivet today launched fleets for backend engineers at game studios in Helsinki.\n\n## FAQ\n\n### Who is the customer?\n\nBackend engineers at game studios. Clients and queues that reference the alias route to the new fleet.\n',
        note: '"clients" beside queues are software, not customers',
      },
      {
        doc: '# Pending verification for platform engineers at payment companies\n\nConsumers see the provider\'s verification on their own pull request.\n\n```toml\n[verify]\npending = true\n```\n\nToday the Stipulate project released pending verification for platform engineers at payment companies in Leeds.\n',
        note: 'in a document written for engineers, a contract\'s "consumers" are services',
      },
      {
        doc: '# Larkspur eCard\n\nLARKSPUR COUNTY — March 3, 2027 — The county library launched an eCard that anyone who lives, works or goes to school in Larkspur County can get online. Early beta customers got theirs in two minutes, and the card number goes to the customer\'s own email.',
        note: 'a relative clause that lists its verbs past a comma, a beta cohort, and one customer\'s things',
      },
      {
        doc: '# Independent bookkeepers in Leeds collect missing receipts by text, so month-end stops waiting on clients\n\nLEEDS — April 2, 2027 — Tally today opened text reminders to anyone calling the Tally helpline from a Leeds practice to ask about receipts.\n',
        note: 'a headline that names its customer before the noun (the clients are theirs), and "anyone" narrowed by a long clause in -ing',
      },
      {
        doc: '# Shoal Check\n\n> Backend developers at product companies that run Postgres see which migration will lock a table.\n\nToday the shoal project released `shoal check`. SREs on teams of two to ten people own the database.',
        note: 'a generic noun that says where a named role works, or that counts the size of a team, is part of the segment',
      },
      {
        doc: '# Preview Builds for Storefront Engineers\n\nThe 212 engineers who ship the storefront see each change running before it merges.\n\nSEATTLE — March 3, 2027 — The platform team today launched previews for the 212 storefront engineers.\n\nEach preview is seeded with test data. Anyone with a company login can open the link, so a designer can review a change from a phone.',
        note: 'after the release names its segment, "anyone with a login can open it" grants access; it does not choose the audience',
      },
      {
        doc: '# Sandbox Keys for Integration Partners\n\nDevelopers who build on the Ledger API test against sample invoices, without touching a real customer\'s books.\n\nAUSTIN, TX — Ledger today opened a sandbox to its 340 integration partners. On call at 3 a.m., Dev scrolls the deploy channel to see if anyone shipped something.',
        note: 'one customer\'s things, and "if anyone shipped": people in what the sentence tells, not its audience',
      },
      {
        doc: '# Chairside pricing\n\n## Introduction\n\nChairside\'s customers are independent dental practices in the US with one to eight chairs. We propose pricing by chair.\n\n## Proposal\n\nCharge $60 a chair.',
        kind: 'narrative',
        note: 'the sentence says which customers: a kind, a place and a count',
      },
      {
        doc: '# Haven Drip\n\nHomeowners in Oregon stop leaks before the floor is soaked.\n\nPORTLAND, OR — Haven today launched Drip for homeowners in Oregon: when a sensor gets wet, Drip closes the main valve and alerts everyone in the household.',
        note: 'a place narrows a universal word: "everyone in the household"',
      },
      {
        doc: '# Shiftwell Coverage\n\nClinic managers in Ohio fill an open shift with one message.\n\nCOLUMBUS, OH — Shiftwell today launched Coverage for clinic managers: it books the first qualified nurse who answers and tells everyone else the shift is taken.',
        note: '"everyone else" is the rest of a group the sentence named',
      },
      {
        doc: '# Forge Keys\n\n**IAM users can now rotate their access keys from the Forge CLI in one command**\n\nSEATTLE, WA — May 3, 2027 — Forge today added key rotation for platform engineers at companies with 50 to 500 cloud accounts.',
        note: 'an acronym before the noun names the kind of account, even where the line starts with it',
      },
      {
        doc: '# Dialysis Rides\n\nPatients in need of dialysis in Dayton book a ride to the clinic in one call.\n\nDAYTON, OH — October 4, 2027 — The county launched Dialysis Rides.',
        note: '"in need of" a named thing narrows again',
      },
      { doc: '# Ledger\n\nThe export now works for users in all Ledger-supported currencies.', note: 'a name after "all" keeps the segment' },
      {
        doc: '# Faster refunds\n\n## Current state\n\nSellers on our marketplace in Ohio wait 6 days for a refund. A return sits in the dock queue for three days before anyone opens it, and nobody is told until anybody asks.',
        kind: 'narrative',
        note: '"before anyone opens it": a clause about an event, not an audience',
      },
      {
        doc: '# Relay delivers every webhook\n\nEngineering teams at payroll companies with 50 to 500 staff learn of a failed event only when a customer files a ticket, or if a user signs in twice.',
        note: '"when a customer files a ticket": one person in an event the sentence tells, not the audience it claims',
      },
      {
        doc: '# Closebook\n\nDENVER, CO — October 6, 2026 — Tallyforge today announced Closebook for finance teams at companies with $20 million to $500 million in annual revenue.',
        note: 'a size in money narrows as a count does',
      },
      {
        doc: '# Mobile pantry\n\nSingle parents in rural Clay County, Tennessee drive 40 minutes to the nearest pantry, and we are not reaching everyone who needs us.',
        note: 'a universal word that is denied claims no audience',
      },
      {
        doc: '# Refill\n\nA refill wall for pantry staples.\n\n## Internal FAQ\n\n### Who is the customer?\n\nCustomers who want to refill dry goods at our 31 stores in Rhode Island.',
        note: 'a clause of wanting with substance (a count, a place) narrows',
      },
      {
        doc: '# Refill\n\n## Internal FAQ\n\n### Who is the customer?\n\nFamilies of four in Providence who buy dry goods weekly; these customers drive 30% of sales, and customers like them want refills.',
        note: 'in the answer itself, a segment named first is what later generic nouns refer back to',
      },
      {
        doc: '# Keys\n\nPlatform teams at software companies in Berlin lose a day a month to expired keys.\n\n## Internal FAQ\n\n**Q: Who is the customer?**\n\nA: The customer is the platform team at a software company with 20 to 200 services.',
        note: 'the answer says who the customer is in the sentence that names the noun',
      },
      '# Acme Tables\n\nFor independent restaurant owners in mid-sized US cities.\n\nSEATTLE, WA — March 3, 2027 — Acme launched Tables. Today these customers lose 1 in 5 bookings, and customers who call twice give up.',
      '# Acme Tables\n\nSEATTLE, WA — March 3, 2027 — Acme launched Tables for customers who run food trucks in Austin, TX.\n\nToday, people with one phone line lose orders at lunch.',
      '# Acme Tables\n\nNurses on night shifts finally get a handover that takes 5 minutes.\n\nToday, users wait for the day team and everyone on the ward loses an hour. Customer support was our first call.',
      '# Acme Tables\n\nFor bakery owners in Ohio.\n\n## Solution\n\nEveryone on the team sees each order, and users can export it.\n\n## External FAQ\n\n### Does it work offline?\n\nYes. Anyone can keep taking orders offline.',
      {
        doc: '# Faster refunds\n\n## Introduction\n\nSmall-business sellers on our marketplace wait 9 days for refunds, and these sellers tell us so.\n\n## Proposal\n\nCustomers get a refund within a day.',
        kind: 'narrative',
      },
      '# Acme Tables\n\nAndroid users in rural Kenya can now pay for a table by text.\n\n```\ncustomers = everyone\n```',
      {
        doc: '# Acme Auth lets platform teams sign in their users with one API call\n\nSEATTLE, WA — March 3, 2027 — Platform teams at mid-size software companies spend weeks on login.',
        note: "the end users of a developer product are the customer's users, not the customer",
      },
      {
        doc: '# Ledger\n\nBakery owners in Leeds lose an hour a night to bookkeeping.\n\nLedger stores the searches users run, and users can export them.',
        note: 'once the segment is named, later generic nouns refer back to it or are its own users',
      },
      {
        doc: '# Spoke\n\nAnyone who runs a bike shop in York can book a repair slot for a rider.\n\nIt was built with bike shop owners in York.',
        note: 'a relative clause with substance (a role, a place) narrows a universal word',
      },
      {
        doc: '# Shipyard\n\n**Release engineers at companies with 20 to 200 services ship twice as often.**\n\nBERLIN — May 4, 2027 — Dockside today released Shipyard.',
        note: 'a size after "with" or "of" narrows as a word does',
      },
      {
        doc: '# Faster invoices\n\n## Context\n\nOur customers are accounting managers at mid-size distributors, and they wait until morning for month-end invoices.\n\n## Proposal\n\nWe render invoices in parallel.',
        kind: 'narrative',
        note: 'the sentence says which role the customers are',
      },
      {
        doc: '# Faster invoices\n\n*A design for the Billing team, working backwards from the customer.*\n\n## Context\n\nAccounting managers at mid-size distributors in Leeds wait until morning for month-end invoices.',
        kind: 'narrative',
        note: '"working backwards from the customer" names the method, not a customer',
      },
      {
        doc: '# Hemline Lets Independent Tailors in Leeds Take Alteration Bookings Online\n\nLEEDS — May 3, 2027 — Hemline today launched its booking page.\n\nEach shop gets a page with its prices. A customer picks a job and books a fitting.',
        note: 'a trade names the segment ("tailors in Leeds"); the customer after it is the tailor\'s own',
      },
    ],
  },
};
