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
 *    diabetes", "users in rural Kenya") makes it a segment, not a finding.
 * 2. Referring back: once a segment has been named, "customers" and "these
 *    users" point at it. Universal words (everyone, anyone, "of all sizes")
 *    never refer back: they widen the audience on purpose.
 * A segment is named by a role noun (owners, teachers, nurses, developers…)
 * or by a narrowed generic noun.
 */
import { documentAnchor } from '../model/build.js';
import { toDocOffset } from '../model/prose.js';
import type { ProseSpan } from '../model/types.js';
import { phraseMatcher } from '../text/tokens.js';
import { reportMatch } from './helpers.js';
import { matchCase } from '../fix/edits.js';
import type { DocModel } from '../model/types.js';
import type { Fix, Rule, RuleContext, SpanText } from './types.js';

/** People named by what they do or are: the core of a specific segment. */
const ROLE_NOUNS = (
  'owner holder passenger rider guest manager teacher parent developer engineer seller nurse driver doctor physician clinician patient student farmer ' +
  'designer analyst administrator admin accountant lawyer attorney chef cook restaurateur shopper buyer renter landlord tenant ' +
  'homeowner traveler traveller commuter musician artist writer author creator streamer gamer player coach athlete retiree ' +
  'senior caregiver volunteer freelancer contractor plumber electrician retailer merchant vendor supplier shipper courier ' +
  'pharmacist dentist veterinarian researcher scientist librarian principal recruiter marketer operator technician mechanic ' +
  'pilot rep representative agent broker realtor investor trader banker baker florist photographer podcaster publisher editor ' +
  'journalist organizer organiser planner bookkeeper founder entrepreneur maintainer contributor mother father mom dad grandparent ' +
  'homeschooler teenager teen child kid toddler worker employee staff member subscriber reader listener viewer learner ' +
  'applicant jobseeker job-seeker hiring tutor therapist counselor counsellor surgeon paramedic firefighter officer soldier veteran ' +
  'landscaper carpenter builder architect programmer tester lead director executive supervisor dispatcher cashier clerk ' +
  'salesperson seller host hotelier innkeeper vintner brewer roaster grower rancher fisher fisherman exporter importer ' +
  'wholesaler distributor manufacturer maker crafter knitter hobbyist collector fan runner cyclist hiker climber diver ' +
  'vet pet-owner resident citizen voter taxpayer borrower lender saver donor nonprofit startup clinic hospital school ' +
  'restaurant bakery cafe café pharmacy salon brewery winery university college'
).split(' ');

const ROLE = new RegExp(`(?<![\\p{L}-])(?:${ROLE_NOUNS.map((w) => w.replace(/y$/, '(?:y|ies)')).join('|')}|children)(?:s|es)?(?![\\p{L}-])`, 'giu');
const ROLE_ONCE = new RegExp(ROLE.source, 'iu');
const ROLE_PLURALS = new Set(ROLE_NOUNS.flatMap((w) => [`${w}s`, `${w}es`, w.replace(/y$/, 'ies'), w === 'child' ? 'children' : `${w}s`]));
/** Role words that are also everyday technical nouns ("device drivers", "test runners"): they need a qualifier. */
const WEAK_ROLES = new Set(
  (
    'agent operator player driver editor builder tester reader viewer runner collector host maker lab store shop studio lead principal ' +
    'practice firm district member staff worker employee publisher subscriber listener broker tenant pilot senior fan rep director ' +
    'executive admin owner creator manager maintainer contributor vendor supplier district officer citizen resident hiring kid child'
  ).split(' '),
);

function singular(w: string): string {
  const l = w.toLowerCase();
  if (l === 'children') return 'child';
  if (l.endsWith('ies') && ROLE_NOUNS.includes(l.slice(0, -3) + 'y')) return l.slice(0, -3) + 'y';
  if (l.endsWith('es') && ROLE_NOUNS.includes(l.slice(0, -2))) return l.slice(0, -2);
  if (l.endsWith('s') && ROLE_NOUNS.includes(l.slice(0, -1))) return l.slice(0, -1);
  return l;
}

/**
 * The first role phrase in a span: `strict` when a qualifier makes it a
 * defined segment ("restaurant owners in Ohio"), `loose` for any plural role
 * noun ("nurses") — enough to say the document names a customer at all.
 */
function roleSegment(span: SpanText): { strict: number; loose: number } {
  ROLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Asked only when a capitalised word stands before a role noun: it reads every word of the span.
  let title: boolean | undefined;
  const titled = () => (title ??= isTitleCase(span.text));
  let loose = -1;
  while ((m = ROLE.exec(span.text))) {
    const word = m[0];
    const root = singular(word);
    const plural = root !== word.toLowerCase();
    if (plural && !WEAK_ROLES.has(root) && loose < 0) loose = m.index;
    const before = span.text.slice(Math.max(0, m.index - 40), m.index);
    const after = span.text.slice(m.index + word.length, m.index + word.length + 100);
    if (narrowedBefore(before, titled, true) || (plural && narrowedAfter(after))) return { strict: m.index, loose: loose < 0 ? m.index : loose };
  }
  return { strict: -1, loose };
}

/** Universal words: they cannot refer back to a segment. */
const UNIVERSAL = /^(?:everyone|everybody|anyone|anybody|the public|the masses|(?:all|any|every) \p{L}+|.* of all (?:sizes|kinds|types|ages|shapes))$/iu;

/** Words before a noun that do not say which customers. */
const NOT_NARROWING = new Set(
  (
    'a an the all our your their its his her my these those such many most some more other every each any both few several ' +
    'various numerous millions thousands hundreds billions dozens lots of to for and or with by from than as like that which ' +
    'new existing current potential prospective future past former typical average ordinary regular everyday normal real ' +
    'happy loyal global worldwide modern target key valued active paying end individual general great good best top busy ' +
    'certain frustrated unhappy satisfied savvy smart demanding today today\'s todays online digital mobile internal external ' +
    'is are was were be been being will would can could should may might must do does did have has had get gets got ' +
    'help let make give serve reach tell show ask offer provide connect bring empower support want need save protect ' +
    'million thousand hundred billion most more fewer less other same different enough not no only just even also most'
  ).split(' '),
);

/** Words after a singular noun that make it a modifier ("customer service"). */
const COMPOUND_NEXT =
  /^(?:service|services|support|experience|experiences|interface|interfaces|data|feedback|base|account|accounts|journey|journeys|research|obsession|success|satisfaction|segment|segments|problem|problems|pain|needs|need|reviews?|name|names|id|ids|count|growth|acquisition|retention|churn|adoption|quotes?|story|stories|insights?|value|trust|behaviou?r|testing|tests?|manual|guide|profile|profiles|settings|content|engagement|input|inputs|errors?|agents?|demand|requests?|communication|education|base|list|lists|records?|portal|dashboard|onboarding|login|sign-up|signup|stories|personas?|flows?|actions?|permissions?|roles?|groups?|facing|obsessed|centric|first)\b/i;

/** Generic nouns followed by one of these are narrowed to a segment. */
function narrowedAfter(after: string): boolean {
  const a = after.replace(/^\s+/, '');
  if (/^(?:who|whose|that|which)\s+(?!is\b|are\b|we\b|you\b|they\b)\p{L}/iu.test(a)) return /^(?:who|whose)\b/i.test(a) || /^that\s+\p{L}+(?:s|ed)\b/iu.test(a);
  if (/^of\s+(?!all\b|every\b|any\b|the world\b|today\b|them\b|us\b|it\b|this\b|these\b)\p{L}/iu.test(a)) return true;
  if (/^in\s+(?:(?:a|an|the|one|two|\d+|less|under|over|about|just|only|their|its)\s+)*(?:days?|weeks?|months?|years?|minutes?|hours?|seconds?|times?|future|past|morning|evening|afternoon|end|meantime|way|case|form|order|total|turn|fact|return|short|particular|general|minutes|clicks?|steps?|one)\b/i.test(a)) return false;
  if (/^in\s+\d/.test(a)) return false;
  if (/^in\s+(?!general\b|the world\b|today|all\b|every\b|any\b|many\b|some\b|other\b|order\b|this\b|that\b|particular\b|turn\b|fact\b|time\b|return\b|mind\b|short\b|practice\b|total\b)\p{L}/iu.test(a)) return true;
  if (/^with\s+(?!us\b|our\b|the\s+\p{Lu}|it\b|them\b|this\b|that\b|every\b|any\b|all\b|no\b)\p{L}/iu.test(a)) return true;
  if (/^(?:at|on)\s+(?!once\b|scale\b|all\b|average\b|time\b|their own\b|its own\b|every\b|any\b|the same\b|the internet\b|the web\b|our\b)\p{L}/iu.test(a)) return true;
  if (/^(?:using|running|living|working|managing|selling|buying|building|shipping|operating|renting|raising|caring|aged|under|over|between|like|such as|including|from\s+(?!around|all|everywhere|anywhere|every)\p{L})/iu.test(a)) return true;
  // An appositive that names the segment: "customers (independent bakers)", "users: nurses on night shifts".
  const appositive = /^(?:[—–:(]|,\s*(?:namely|specifically|especially|particularly|mostly|mainly))\s*([^.;)]{3,80})/u.exec(a);
  // A non-global copy: roleSegment calls this inside its own ROLE.exec loop,
  // and resetting ROLE.lastIndex there restarted that loop for ever.
  if (appositive && ROLE_ONCE.test(appositive[1])) return true;
  return false;
}

/** Modifiers that say which customers ("restaurant customers", "small businesses"). */
const NARROWING = new Set(
  (
    'small large medium mid-size mid-sized midsize independent local rural urban suburban remote young younger older elderly senior junior ' +
    'repeat enterprise retail wholesale corporate government nonprofit restaurant healthcare health legal education school university ' +
    'student family home hospital clinic farm grocery fashion beauty travel hotel auto car insurance banking construction manufacturing ' +
    'logistics software tech gaming media music video food coffee craft ecommerce marketplace power pro creative hobby business ' +
    'residential app web cloud data security design marketing sales support finance accounting pet dog cat baby blind deaf ' +
    'immigrant international domestic overseas foreign campus office warehouse delivery field shift night weekend part-time full-time ' +
    'trial premium free-tier paid enterprise-grade javascript typescript python java android ios mac windows linux excel iphone ipad'
  ).split(' '),
);

/** The word before, if it narrows: "Android users", "small-business owners", "restaurant customers". */
function narrowedBefore(before: string, titleCase: () => boolean, role = false): boolean {
  const m = /([\p{L}\p{N}'’-]+)[\s]+$/u.exec(before);
  if (!m) return false;
  const w = m[1];
  const lower = w.toLowerCase();
  if (NOT_NARROWING.has(lower)) return false;
  // A role noun is half a segment already: any plain modifier completes it ("ferry commuters").
  if (role && /^\p{L}+$/u.test(w) && !/(?:ly|[^s]s)$/i.test(lower) && lower.length > 2) return true;
  if (NARROWING.has(lower)) return true;
  if (/\p{L}-\p{L}/u.test(w)) return true; // "first-time", "small-business"
  const prev = before.slice(0, before.length - m[0].length).trimEnd();
  const sentenceStart = prev === '' || /[.!?:;"“]$/.test(prev);
  if (/^\p{Lu}/u.test(w) && !sentenceStart && !titleCase()) return true; // "Android", "Prime", "US"
  return /(?:al|ic|ive|ous|ary|ian)$/i.test(lower) && lower.length > 4;
}

/** Does this generic noun occurrence say which customers after all? */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  return long.length >= 2 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.6;
}

/**
 * "Anyone who uses data" still names nobody; "anyone who runs a food truck
 * in Austin" does. A clause narrows a universal word only when it carries
 * some substance: a few words, a number or a proper name.
 */
function universalNarrowed(after: string): boolean {
  // "everyone on the team", "anyone at the shop": a place narrows enough.
  if (/^\s*(?:at|on)\s+(?:the|this|that|their|your|a|an|each|every)\s+\p{L}/iu.test(after)) return true;
  const m = /^\s*(?:who|whose)\s+([^.,;:!?]*)/iu.exec(after);
  if (!m) return false;
  const clause = m[1];
  const words = clause.match(/\p{L}+|\d+/gu) ?? [];
  return words.length >= 5 || /\d/.test(clause) || /(?:^|\s)\p{Lu}\p{Ll}/u.test(clause);
}

function isNarrowed(span: SpanText, start: number, end: number, noun: string): boolean {
  const before = span.text.slice(Math.max(0, start - 40), start);
  const after = span.text.slice(end, end + 100);
  if (/ of all /i.test(noun)) return false;
  if (UNIVERSAL.test(noun)) return universalNarrowed(after);
  if (narrowedAfter(after)) return true;
  if (narrowedBefore(before, () => isTitleCase(span.text))) return true;
  // Part of a role phrase: "customer success managers", "people managers".
  const next = /^[\s-]+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(after);
  if (next && (ROLE_PLURALS.has(next[1].toLowerCase()) || (next[2] && ROLE_PLURALS.has(next[2].toLowerCase())))) return true;
  return false;
}

/** A singular noun used as a modifier ("customer support"), not a person. */
function isModifier(span: SpanText, start: number, end: number, noun: string): boolean {
  if (noun === 'the public') {
    // "the public repository", "the public cloud": an adjective.
    const next = /^\s+(\p{Ll}+)/u.exec(span.text.slice(end, end + 30));
    return !!next && !/^(?:can|cannot|will|would|should|may|might|must|is|are|was|were|has|have|had|does|do|did|gets|got|sees|saw|needs|wants|expects|and|or|to|at|in|on|for|with|who|that)$/.test(next[1]);
  }
  if (!/^(?:user|customer|client|consumer|end user|end-user)$/i.test(noun)) return false;
  const before = span.text.slice(Math.max(0, start - 20), start);
  const after = span.text.slice(end, end + 30);
  if (/^['’]s\b/.test(after)) return false;
  if (!/\b(?:a|an|the|each|every|any|one|our|your|their|this|that)\s+$/i.test(before)) return true;
  return COMPOUND_NEXT.test(after.replace(/^[\s-]+/, ''));
}

const WHO_QUESTION =
  /\bwho\b[^?]*\b(?:customers?|users?|audiences?|target|buy|buyers?|benefits?|pays?|serve|serves|for\s*\??\s*$)|\b(?:which|what)\s+(?:kinds?\s+of\s+|types?\s+of\s+)?(?:customers?|users?|segments?|audiences?|people)\b|\btarget\s+(?:customers?|audiences?|users?|market|segments?)\b|\bcustomer\s+segments?\b|\bideal\s+customers?\b/i;

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

/** A generic noun that neither a qualifier nor its use as a modifier narrows ("users", "everyone"). */
interface GenericUse {
  start: number;
  end: number;
  noun: string;
  universal: boolean;
  /** "their customers", "these users": someone's customers, or the ones just named. */
  refersBack: boolean;
}

/**
 * What one span says about customers on its own, as offsets into its text:
 * the first role phrase (see `roleSegment`), the first generic noun that is
 * narrowed to a segment, and the generic nouns that are not.
 */
function customersIn(span: SpanText, generic: RegExp | null): { strict: number; loose: number; narrowed: number; uses: GenericUse[] } {
  const { strict, loose } = roleSegment(span);
  let narrowed = -1;
  const uses: GenericUse[] = [];
  if (generic) {
    generic.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = generic.exec(span.text))) {
      const start = m.index;
      const end = start + m[0].length;
      const noun = m[0].toLowerCase().replace(/\s+/g, ' ');
      const universal = UNIVERSAL.test(noun);
      const modifier = isModifier(span, start, end, noun);
      if (!modifier && isNarrowed(span, start, end, noun)) {
        if (narrowed < 0 && !universal) narrowed = start;
        continue;
      }
      if (modifier) continue;
      const before = span.text.slice(Math.max(0, start - 30), start);
      const refersBack = /\b(?:their|its|whose)\s+(?:own\s+)?$/i.test(before) || /\b(?:these|those|such|said|the same)\s+(?:[\p{L}-]+\s+)?$/iu.test(before);
      uses.push({ start, end, noun, universal, refersBack });
    }
  }
  return { strict, loose, narrowed, uses };
}

/** Lead-ins to strip from an answer to "who is the customer?" to keep the segment itself. */
const ANSWER_LEAD = /^(?:(?:our|the)\s+(?:target\s+|primary\s+|ideal\s+|first\s+)?(?:customers?|users?|audience|segment)\s+(?:is|are)\s+|(?:we|it|this|the product)\s+(?:serves?|is for|are for|is built for|targets?)\s+|(?:it|this)['’]s\s+for\s+|for\s+)/i;
const PLACEHOLDER_SEGMENT = '[Name the customer segment]';

/** The customer the document defines in its answer to "who is the customer?", if it names a segment. */
function definedCustomer(model: DocModel): string | null {
  for (const q of model.questions) {
    if (!q.answer || !WHO_QUESTION.test(q.text)) continue;
    let phrase = (q.answer.text.split(/(?<=[.!?;])\s|\s[—–]\s/)[0] ?? '').trim().replace(/[.!?;:,]+$/, '');
    phrase = phrase.replace(ANSWER_LEAD, '').trim();
    if (!phrase || phrase.split(/\s+/).length > 14 || /[\[\]]/.test(phrase)) continue;
    ROLE.lastIndex = 0;
    if (!ROLE.test(phrase)) continue;
    // "Independent bakers" at the start of the answer: lower-case unless a name ("Android users").
    if (/^\p{Lu}\p{Ll}/u.test(phrase)) phrase = phrase[0].toLowerCase() + phrase.slice(1);
    return phrase;
  }
  return null;
}

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

    // Second pass: generic nouns where the customer must be named.
    spans.forEach((span, i) => {
      for (const { start, end, noun, universal, refersBack } of found[i].uses) {
        if (!mustName(ctx, span, firstNarrativeSection, toDocOffset(span, start))) continue;
        if (!universal) {
          if (refersBack) continue;
          // Headline and subheading must name the customer themselves.
          const titleLine = span.context.part === 'headline' || span.context.part === 'subheading';
          if (!titleLine && toDocOffset(span, start) > firstSegment) continue; // refers back to the named segment
        }
        const text = span.text.slice(start, end);
        reportMatch(
          ctx,
          { span, text, start, end },
          universal
            ? `"${text}" is everyone and therefore no one. Name the customer this is for: who they are, where, and the problem they have.`
            : `"${text}" does not say which customers. Name the segment — who they are, where, what problem they have — for example "independent bakery owners in Ohio who sell out by noon".`,
          { noun, reason: 'generic-noun' },
        );
      }
    });

    if (firstSegment === Infinity && !named && spans.length > 0) {
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
        doc: '# Acme Tables lets «everyone» book a table\n\nIndependent restaurant owners in Ohio lose 1 in 5 bookings when the phone is busy.',
        note: 'a universal word never refers back, even before a named segment',
      },
      {
        doc: '# Acme Tables\n\nSEATTLE, WA — March 3, 2027 — Acme today launched Tables, which helps «businesses of all sizes» take bookings.\n\nToday, «customers» lose bookings when the phone is busy and staff cannot answer.\n\nWith Tables, bakery owners in Ohio answer every call.',
        note: 'nothing narrows "customers" before the segment is named',
      },
      {
        doc: '# Acme Tables\n\nBookings that never get lost, for «users» everywhere.\n\nSEATTLE, WA — March 3, 2027 — Acme launched Tables for independent restaurant owners in Ohio.',
        note: 'the subheading comes before the segment is named',
      },
      {
        doc: '# Acme Tables\n\n## External FAQ\n\n### Who is the customer?\n\n«Anyone» can use it.\n\n### Does it work offline?\n\nYes, and restaurant owners in Ohio like that.',
        note: 'the answer to "who is the customer" must name one',
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
    ],
    valid: [
      '# Acme Tables\n\nFor independent restaurant owners in mid-sized US cities.\n\nSEATTLE, WA — March 3, 2027 — Acme launched Tables. Today these customers lose 1 in 5 bookings, and customers who call twice give up.',
      '# Acme Tables\n\nSEATTLE, WA — March 3, 2027 — Acme launched Tables for customers who run food trucks in Austin, TX.\n\nToday, people with one phone line lose orders at lunch.',
      '# Acme Tables\n\nNurses on night shifts finally get a handover that takes 5 minutes.\n\nToday, users wait for the day team and everyone on the ward loses an hour. Customer support was our first call.',
      '# Acme Tables\n\nFor bakery owners in Ohio.\n\n## Solution\n\nEveryone on the team sees each order, and users can export it.\n\n## External FAQ\n\n### Does it work offline?\n\nYes. Anyone can keep taking orders offline.',
      {
        doc: '# Faster refunds\n\n## Introduction\n\nSmall-business sellers on our marketplace wait 9 days for refunds, and these sellers tell us so.\n\n## Proposal\n\nCustomers get a refund within a day.',
        kind: 'narrative',
      },
      '# Acme Tables\n\nAndroid users in rural Kenya can now pay for a table by text.\n\n```\ncustomers = everyone\n```',
    ],
  },
};
