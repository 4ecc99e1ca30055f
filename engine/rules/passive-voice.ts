/**
 * `passive-voice`: a passive verb that hides who acts, where that is the
 * point (engine/text/passives.ts has the three patterns and the reasons).
 *
 * Decisions (issue 17): most passives in a PR/FAQ are fine. Engineering
 * documents describe systems in the passive ("rows are written in
 * batches"), capabilities with "can be" ("the file can be imported"),
 * states with a participle ("is built on DuckDB", "is based in Dublin");
 * flagging each buried the findings that matter and taught writers to
 * ignore the rule. It now reports a decision or commitment with no owner,
 * an opinion with no holder, and a customer's data handled by someone
 * unnamed — and never inside quotations, in questions ("What formats are
 * supported?"), headings, table cells or the appendix.
 *
 * In a document written for engineers (an RFC, a design: code and
 * engineering acronyms, engine/text/audience.ts) the decisions are not
 * reported: its plan is the writing team's ("the flag will be removed in
 * v3", "this will be implemented as a separate package"), and a reviewer
 * reading it knows who acts. On the real documents every such finding was
 * judged a trap or a judgement call. Opinions with no holder and a
 * customer's data handled by someone unnamed are still reported there.
 *
 * A document-level rule, so that it can ask who the document is written
 * for; what it finds in a span is kept per span between reviews.
 */
import { toDocOffset, toDocRange } from '../model/prose.js';
import type { ProseSpan } from '../model/types.js';
import { nlcstOf, sentenceNodes, withoutDateline } from '../text/retext.js';
import { hiddenActors, PARTICIPLE_WORDS, type HiddenActor, type PassiveMatch } from '../text/passives.js';
import { writtenForEngineers } from './helpers.js';
import { PERSONAL_DATA, PERSONAL_OWNERS, SYSTEM_DATA_TOO } from '../lexicon/passive.js';
import { phrasePattern } from '../text/phrases.js';
import type { Rule } from './types.js';

/** A form of "be" or "get" somewhere in the text, and a word that could end a listed participle: otherwise the span is not parsed. */
const BE_IN_TEXT = /\b(?:am|is|are|was|were|be|been|being|got|gotten|get)\b|['’](?:s|re)\b/i;
const WORDS = /[\p{L}]+/gu;
function mayHaveOne(text: string): boolean {
  if (!BE_IN_TEXT.test(text)) return false;
  for (const m of text.matchAll(WORDS)) if (PARTICIPLE_WORDS.has(m[0].toLowerCase())) return true;
  return false;
}

const SYSTEM_DATA = new RegExp(`(?<![\\p{L}])(?:${phrasePattern(SYSTEM_DATA_TOO)})(?![\\p{L}])`, 'iu');
const OWNER = new RegExp(`(?<![\\p{L}])(?:${phrasePattern(PERSONAL_OWNERS)})(?![\\p{L}])`, 'iu');
/** "Messages are kept": data a system holds of its own, with no owner named (engine/lexicon/passive.ts SYSTEM_DATA_TOO); an "email address" is always someone's. */
const ALWAYS_PERSONAL = new RegExp(`(?<![\\p{L}])(?:${phrasePattern(PERSONAL_DATA.filter((d) => !SYSTEM_DATA_TOO.includes(d)))})(?![\\p{L}])`, 'iu');
const systemData = (phrase: string) => SYSTEM_DATA.test(phrase) && !OWNER.test(phrase) && !ALWAYS_PERSONAL.test(phrase);
/** The words of the sentence before a passive verb (its subject), up to 60 characters. */
const subjectBefore = (text: string, at: number) => text.slice(Math.max(0, at - 60), at).split(/[.!?;:]\s/).pop() ?? '';

/** Quoted stretches of a span ("…", “…”): what someone said, not the writer's own voice. */
function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/“[^”]*”|"[^"\n]*"/g)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

const MESSAGES: Record<HiddenActor, (phrase: string) => string> = {
  decision: (p) => `"${p}" does not say who: a decision or a commitment needs an owner. Name the person or team and make them the subject ("the data team will address it", "we deprioritised it").`,
  impersonal: (p) => `"${p} …" hides whose view this is. Name who holds it ("the team felt", "we decided").`,
  'personal-data': (p) => `"${p}" does not say who handles the customer's data, or why. Name who does and what for ("we keep your email address to send the report").`,
};

/** The passives in one span's text that hide who acts (offsets into the text), outside quotations and questions. */
/** What a span hides, with the phrase as written. */
type HiddenIn = PassiveMatch & { phrase: string };

function hiddenIn(spanText: string, span: ProseSpan): HiddenIn[] {
  if (!mayHaveOne(spanText)) return [];
  // The dateline is a label, not a sentence: read the text with it blanked out.
  const text = withoutDateline(spanText);
  const quotes = quotedRanges(text);
  const out: HiddenIn[] = [];
  for (const sentence of sentenceNodes(nlcstOf(span))) {
    const from = sentence.position!.start.offset!;
    const to = sentence.position!.end.offset!;
    if (/\?\W*$/.test(text.slice(from, to))) continue; // a question asks; it hides no one
    for (const m of hiddenActors(text, from, to)) {
      if (quotes.some(([a, b]) => a <= m.start && m.end <= b)) continue;
      out.push({ ...m, phrase: text.slice(m.start, m.end).replace(/\s+/g, ' ') });
    }
  }
  return out;
}

export const passiveVoice: Rule = {
  id: 'passive-voice',
  description: 'A passive verb that hides who is responsible: a decision with no owner ("will be addressed"), an opinion with no holder ("it was felt"), data handled by someone unnamed.',
  principle:
    'A plan is a set of commitments, and each needs an owner. "The issue will be addressed" and "it was decided to wait" leave out the one thing a reviewer will ask: who? Name the person or team and put them first. Passive descriptions of how a system works ("rows are written in batches") are fine, and are not reported.',
  example: {
    before: 'The pilot was deprioritised in May, and it was felt that the risk will be addressed later.',
    after: 'The payments team deprioritised the pilot in May; Dana Ortiz owns the risk and reports on it in June.',
  },
  kinds: ['prfaq', 'narrative'],
  defaultSeverity: 'info',
  group: 'plain',
  check(ctx) {
    const engineers = writtenForEngineers(ctx);
    for (const span of ctx.model.prose) {
      // A blockquote is a quotation or a callout (a note, a banner, a template's instruction), not the plan's own voice.
      if (span.element === 'heading' || span.element === 'tableCell' || span.element === 'blockquote') continue;
      if (span.context.region === 'appendix' || span.context.role === 'heading') continue;
      // A question asks; but "**Q?**" with its answer on the next line is one
      // paragraph with the question's role: read the answer's part of it.
      let answerFrom = -1;
      if (span.context.role === 'question') {
        const q = span.context.question === undefined ? undefined : ctx.model.questions[span.context.question];
        if (!q?.answer || q.answer.start < toDocOffset(span, 0) || q.answer.start >= toDocOffset(span, span.text.length)) continue;
        answerFrom = q.answer.start;
      }
      for (const m of ctx.perSpan('hidden actors', span, (s) => hiddenIn(s.text, span))) {
        // Written for engineers, the plan is the team's; but "a decision will be made" leaves open who decides.
        if (engineers && m.kind === 'decision' && !m.whoDecides) continue;
        // …and a queue's "messages" are the system's data: only "your messages" are a customer's.
        if (engineers && m.kind === 'personal-data' && systemData(subjectBefore(span.text, m.start) + m.phrase)) continue;
        if (toDocOffset(span, m.start) < answerFrom) continue;
        ctx.report({ ...toDocRange(span, m.start, m.end), message: MESSAGES[m.kind](m.phrase), data: { phrase: m.phrase } });
      }
    }
  },
  examples: {
    invalid: [
      { doc: 'Cross-stack references «are widely regarded» as unsafe, and the old sheet «is generally seen» as the cause.', note: 'a view held by a crowd nobody names' },
      { doc: 'Refund requests «will be reviewed» case by case, and your date of birth «is forwarded» to a partner.', note: '"case by case" names no one; data handed on' },
      { doc: 'The email address you enter «is captured» for marketing.', note: 'a short clause after the noun ("you enter") still says whose data it is' },
      {
        doc: 'The binary is not bundled. «It was agreed» in the maintainers\' call on 2026-02-11 that the CLI will not vendor it.\n\n```ts\nnew Timer(oven);\n```',
        note: 'where it was agreed, then what: the meeting is named, who agreed is not; reported in a document for engineers too',
      },
      {
        doc: 'The third risk is that «it was agreed» in the last planning cycle that the CLI team takes on no new plugin interfaces.\n\n```ts\nnew Timer(oven);\n```',
        note: '"is that it was agreed…" opens a clause: the view still has no holder',
      },
      {
        doc: 'The old `ovenTimer` flag will be removed in version 3.\n\n```ts\nnew Timer(oven);\n```\n\nA decision on a fourth oven type «will be made» after the pilot review, and a decision «will be made» at the Q3 planning review on the rest.',
        note: 'written for engineers (code), the plan is the team\'s; who decides is still asked',
      },
      {
        doc: 'Your email address «is captured» for the weekly report, and «it was felt» that two reports were too many.\n\n```ts\nnew Timer(oven);\n```',
        note: 'written for engineers, a customer\'s data handled by someone unnamed and an opinion with no holder are still reported',
      },
      {
        doc: 'Enter an email address to get the report. The email address «is captured» for lead purposes.\n\n```sh\naudit --email\n```',
        note: 'written for engineers, an email address is always someone\'s (a queue\'s "messages" are not)',
      },
      {
        doc: 'Mistakes «were made» in how the 3.4 regression was announced, and «it was decided» early on that the CLI would stay in Go.\n\n```sh\nmake release\n```',
        note: 'written for engineers, who erred and an impersonal decision with a time before its "that" are still asked',
      },
      { doc: 'The pilot «was deprioritised» when the holiday season came.', note: 'a decision in the past with no owner' },
      { doc: 'The latency risk «will be addressed» before launch.', note: 'a commitment with no owner: the range starts at the auxiliary' },
      'Pricing «needs to be decided» before the beta, and the region «is yet to be decided».',
      { doc: 'Mistakes «were made» in the first rollout, and a decision «will be made» in May.', note: '"made" hides an owner with these subjects' },
      { doc: 'The second vendor «was ruled out» in March.', note: 'the particle belongs to the verb phrase' },
      { doc: 'The billing bug «will be tested and fixed» before the pilot.', note: 'the owner-hiding participle comes second' },
      { doc: '«It has been identified» that new starters arrive without a laptop. Final approval «will be given» once the case is reviewed.', note: 'a finding with no source, and an approval with no approver' },
      '«It was felt» that the plan was too ambitious, and «it might be considered» to ship each region alone.',
      {
        doc: 'Your phone number «is collected» for marketing, and your order history «may be shared» with partners.',
        note: "a customer's data handled by someone unnamed, in any tense",
      },
      'The dashboard «will be made available» to other teams next year.',
      { doc: 'The dependencies «will need to be carefully evaluated».', note: 'an adverb inside the verb phrase' },
      { doc: 'The flaky export «will not be addressed» before May.', note: 'a denied future is still a decision with no owner' },
      { doc: 'Success «will be measured» by weekly repeat bookings.', note: '"by" names a measure here, not who measures' },
      { doc: 'The checkout bug «will be fixed» by the end of May.', note: '"by" names a date, not an owner' },
      { doc: 'The new depot «will be selected» by the end of November from three sites.', note: 'a choice with no one to make it' },
      { doc: 'The fraud risk «will be mitigated», refunds «will be monitored» weekly, and existing shops «will be migrated» in June.', note: 'commitments with no owner: mitigated, monitored, migrated' },
      { doc: 'The decision on whether to renew the lease «will be made» after the audit.', note: 'the decision is the subject, before what it is about' },
      'The pilot «got cancelled» in May, and the migration «was\npostponed» twice.',
      { doc: '# Loans\n\n## Internal FAQ\n\n### Why only one branch?\n\nA second branch «was ruled out» in March.', note: 'a decision with no owner in an FAQ answer' },
      {
        doc: '# Loans\n\n## Internal FAQ\n\n**What are the biggest risks?**\nMistakes «were made» in the first pilot, and the pilot «was shut down» after a month.',
        note: 'a bold question with its answer on the next line is one paragraph: the answer is still read',
      },
    ],
    valid: [
      {
        doc: 'A topic needs no properties. Messages are kept for 24 hours unless you set `messageRetention`.\n\n```ts\nnew Topic(this, \'Orders\');\n```',
        note: "written for engineers, a queue's messages are the system's data; \"your messages are kept\" would still be reported",
      },
      {
        doc: 'The light was fixed on day 19, and nobody told her. We keep residents informed until the problem is fixed. It should be noted that checks must be done first.',
        note: 'a follow-up in the past is what happened, one in a clause of time says when; "it should be noted" is the writer\'s aside',
      },
      {
        doc: 'It is proposed that the pilot runs in the Leeds office, and it is expected that the cost is met from the HR budget.',
        note: 'in the present, the writer\'s own plan and expectation ("it was decided", "it has been agreed" are still reported)',
      },
      { doc: 'If `size` is a string, it is assumed to be a unit such as "2kg"; if it is a number, it is considered to be grams.', note: '"it" is the value named before, read as something: no view without a holder' },
      { doc: 'Wexmoor residents can now see when the pothole they reported will be fixed, and no customer data is used for training.', note: 'what the reader can look up, and data denied by its subject' },
      { doc: 'Existing accounts will be migrated automatically, and riders do not need to sign up again.', note: '"automatically": the system does it, as a description of how it works says' },
      { doc: 'In the two-month test, 94% of complete applications were decided within ten days, and about 2,000 visits were completed.', note: 'a counted subject: the passive reports a measurement, not a decision' },
      { doc: 'The export returns the file, or an empty list if it could not be found.', note: '"it" is a thing here: with nothing after it, only a verb of a view ("it was felt.") is impersonal' },
      {
        doc: 'The old `ovenTimer` flag will be removed in version 3, and the migration will be addressed in the next release.\n\n```ts\nnew Timer(oven);\n```',
        note: 'written for engineers (code): the plan is the writing team\'s, and a reader knows who acts',
      },
      { doc: 'Orders are sent to the kitchen, tokens are stored in the keychain, and rows are written in batches.', note: 'how a system works' },
      { doc: 'The file can be imported, and each report can be reviewed before it goes out.', note: 'a capability' },
      {
        doc: 'The tool is built on DuckDB, the shop is located in Dublin, the plan is based on the pilot, the old form is broken, and owners are bound to their contracts.',
        note: 'states, not actions',
      },
      { doc: 'The schema will be owned by the platform team, and the risk will be addressed by Dana Ortiz.', note: 'the owner is named' },
      { doc: 'Each change is reviewed and approved before it ships.', note: 'the present describes a process' },
      { doc: 'Which issues will be addressed first?', note: 'a question asks; it hides no one' },
      { doc: '## FAQ\n\n**Q: Which formats are supported, and which will be dropped?**\n\nA: CSV and JSON today.', note: 'an FAQ question' },
      '"The old plan was abandoned in a week," said Ana Ruiz, a baker in Cork. “It was decided long ago,” she added.',
      { doc: 'Your location is only shared when you ask for help, and your messages are never sold.', note: 'a limit or a denial is a promise' },
      { doc: 'Metrics are collected every minute, and the job was built in six weeks.', note: 'not personal data; not an owner-hiding verb' },
      { doc: 'It is designed to run offline, and it was built in six weeks.', note: '"it" is the product here, not an impersonal "it"' },
      '# The pilot was deprioritised\n\nOwners fill in the form by hand.',
      'Run `was decided` in the terminal, or type "was decided" in the search box.',
      { doc: 'Requests like ours have always been approved within a week, and the savings have not been measured yet.', note: 'a perfect reports where things stand, not an act with a missing owner' },
      { doc: 'The second vendor was not chosen, and the old importer was never deprioritised.', note: 'a denied past: nobody did it, so nobody is hidden' },
      { doc: '> Note: breaking changes will be announced in the release notes.\n\nOwners fill in the form by hand.', note: 'a blockquote is a quotation or a callout, not the plan itself' },
      {
        doc: '# Loans\n\n## Internal FAQ\n\n### How are loans stored?\n\nEach loan is written to the ledger and copied to a second region. Stale holds are dropped after a day, and failed syncs are retried and then escalated to the on-call queue.',
        note: 'how a system works, in a technical FAQ: the present describes a process',
      },
      {
        doc: '# Loans\n\n## FAQ\n\n**Why was the second branch ruled out, and was the pilot cancelled?**\nThe York branch closed in May.',
        note: 'in a bold question with its answer on the next line, the question still asks',
      },
      { doc: '# Loans\n\n## FAQ\n\n1. Will the old app be deprecated?\n\n   Yes, in June.\n\n**Q: Why was the pilot cancelled?**\nA: The York branch closed.', note: 'questions in a numbered list and in a Q: line ask; they hide no one' },
    ],
  },
};
