import { ANSWER_PLACEHOLDER } from '../genre/catalogue.js';
import { eol, insertBlock, lineBounds, selectInserted } from '../fix/edits.js';
import type { DocModel, Question } from '../model/types.js';
import { OPEN_QUESTIONS_TITLE } from '../genre/headings.js';
import { firstNotBefore } from '../model/sorted.js';
import type { Fix, Rule } from './types.js';
import { templateOwner } from './placeholder.js';

/**
 * The questions listed under a heading that declares them open: the nearest
 * heading above a question that is not itself a question decides. One pass
 * over blocks and questions, both in document order.
 */
function declaredOpen(model: DocModel): Set<Question> {
  const open = new Set<Question>();
  const { blocks, questions } = model;
  const asking = new Set<number>();
  for (const q of questions) {
    const i = firstNotBefore(blocks, (b) => b.end <= q.question.start);
    if (i < blocks.length && blocks[i].type === 'heading' && blocks[i].start <= q.question.start) asking.add(i);
  }
  let underOpenTitle = false;
  let b = 0;
  for (const q of questions) {
    for (; b < blocks.length && blocks[b].start <= q.question.start; b++) {
      if (blocks[b].type === 'heading' && !asking.has(b)) underOpenTitle = OPEN_QUESTIONS_TITLE.test(blocks[b].plain.trim());
    }
    if (underOpenTitle) open.add(q);
  }
  return open;
}

/**
 * An answer placeholder in the question's own form: `A:` on the next line
 * after a `Q:` question, an indented paragraph inside a list item, a
 * paragraph after a heading or a bold question.
 */
function insertAnswer(model: DocModel, q: Question): Fix {
  const text = model.text;
  const nl = eol(text);
  const line = lineBounds(text, q.question.start);
  const own = text.slice(line.start, line.end);
  const block = model.blocks.find((b) => b.start <= q.question.start && q.question.start < b.end);
  let edit;
  const qMarker = /^[\s>]*(\*\*|__)?Q(?:uestion)?\s*\d*\s*[:.)]/i.exec(own);
  if (qMarker) {
    const bold = qMarker[1] ?? '';
    edit = { start: lineBounds(text, q.question.end).end, end: lineBounds(text, q.question.end).end, newText: `${nl}${bold}A:${bold} ${ANSWER_PLACEHOLDER}` };
  } else if (block?.type === 'table') {
    // "| 2 | What does it cost to run? |  | Tom |": the answer goes in the empty cell after the question's, so the table keeps its shape.
    const rest = text.slice(q.question.end, line.end);
    const cell = /^[^|\n]*\|([ \t]*)(?=\||$)/.exec(rest);
    const at = q.question.end + (cell ? cell[0].length - cell[1].length : rest.length);
    edit = cell && cell.index + cell[0].length === rest.length ? { start: at, end: at + cell[1].length, newText: ` ${ANSWER_PLACEHOLDER} |` } : { start: at, end: at + (cell?.[1].length ?? 0), newText: ` ${ANSWER_PLACEHOLDER} ` };
  } else if (block?.type === 'list') {
    const marker = /^([ \t>]*(?:[-*+]|\d+[.)])[ \t]+)/.exec(own);
    const indent = (marker?.[1] ?? '').replace(/[^>\t]/g, ' ');
    const end = lineBounds(text, q.question.end).end;
    edit = { start: end, end, newText: `${nl}${nl}${indent}${ANSWER_PLACEHOLDER}` };
  } else {
    edit = insertBlock(text, block ? block.end : lineBounds(text, q.question.end).end, ANSWER_PLACEHOLDER);
  }
  return { title: 'Insert an answer placeholder', edits: [edit], isPreferred: true, select: selectInserted(edit) };
}

export const unansweredQuestion: Rule = {
  id: 'unanswered-question',
  description: 'An FAQ question with no answer, or with only a placeholder (TBD, TK, ???), a promise of one ("details to follow") or the template\'s instruction ("> Describe your plan…").',
  principle:
    'Every question in an FAQ is one a reader will ask in the review. A missing answer, or a "TBD", is an open risk written down and then hidden: say what you know, what you do not know yet, and how and when you will find out.',
  example: {
    before: '### What does it cost us to run?\n\nTBD',
    after: '### What does it cost us to run?\n\n$0.04 per shop per day in hosting; we will confirm the bank-feed fees with finance by May 12.',
  },
  kinds: ['prfaq', 'narrative'],
  defaultSeverity: 'warning',
  group: 'structure',
  check(ctx) {
    // An unfilled template's empty answers are its slots: the template is reported once (placeholder or missing-section).
    if (templateOwner(ctx) !== null) return;
    const open = declaredOpen(ctx.model);
    for (const q of ctx.model.questions) {
      if (q.answered) continue;
      const empty = !q.answer || !q.answer.text.trim();
      // A question listed with nothing at all under "Open questions" is still a gap: outside reviewers
      // flagged every such question in sets W and X, and left alone those that give a lean, an owner or
      // a date ("Do we keep it? I lean to yes, for a year."), which are answers here.
      const answer = q.answer?.text.trim() ?? '';
      const message = empty && open.has(q)
        ? `"${q.text}" is listed as open with nothing under it. Say what you lean to, who decides it and by when.`
        : empty
        ? `"${q.text}" has no answer. Answer it, or say what is not known yet and when it will be.`
        : q.template
          ? `"${q.text}" has only the template's instruction under it ("${answer.length > 60 ? answer.slice(0, 59) + '…' : answer}"). Write the answer it asks for, then delete the instruction.`
          : `"${q.text}" is answered only with "${answer}". A placeholder is an open risk, not an answer: write what you know and what you will find out by when.`;
      ctx.report({ start: q.question.start, end: q.question.end, message, data: { question: q.text } });
    }
  },
  fixes(f, { model }) {
    const q = model.questions.find((x) => x.question.start === f.start && x.question.end === f.end);
    if (!q) return [];
    if (!q.answer || !q.answer.text.trim()) return [insertAnswer(model, q)];
    // A placeholder answer: take the writer to it, selected, to type over.
    return [{ title: `Go to the answer of "${q.text.length > 40 ? q.text.slice(0, 39) + '…' : q.text}"`, edits: [], isPreferred: true, select: { start: q.answer.start, end: q.answer.end } }];
  },
  examples: {
    invalid: [
      { doc: '# Ledger\n\n## Internal FAQ\n\n### «What about the banks doing this themselves?»\n\nCheck back in a few weeks — Jonah is doing a competitive teardown.\n', note: 'a promise and the work it waits on, someone named doing it' },
      { doc: '# Ledger\n\n## Internal FAQ\n\n| # | Question | Answer | Owner |\n| --- | --- | --- | --- |\n| 1 | «What does it cost to run?» | TBD | Tom |\n| 2 | Who owns it? | Ana, from May. | Ana |\n', note: 'an FAQ kept as a table: the next cell is the answer' },
      {
        doc: '# Spoke\n\n## Internal FAQ\n\n### «What is the margin per repair?»\n\nAsk Dana in finance.\n\n### «How do we roll back a bad release?»\n\nGood question — still open.\n\n### «How many workshops are in the market?»\n\nDepends on how you count.\n\n### «What did we rule out?»\n\nSeveral; to be written up.\n\n### «What does year one cost?»\n\nFinance is still crunching the numbers; more in the next revision.\n\n### «What happens to a rider\'s data?»\n\nWe\'ll publish our data policy closer to launch.\n',
        note: 'someone else to ask, nothing settled, "it depends", a count beside a blank, work under way and a later revision, the thing asked for promised at a vague time',
      },
      {
        doc: '# Ledger\n\n## External FAQ\n\n### «Can I pay by card?»\n\n(Answer to follow.)\n\n### «Does it work offline?»\n\nGood question, and we\'ll come back to this.\n\n### «Which banks are supported?»\n\nDetails will be announced in a future update.\n\n### «What does it cost?»\n\nTo be filled in after the pilot.\n',
        note: 'a promise in brackets, after a courtesy, put off to a later version, or a blank to fill in after an event',
      },
      {
        doc: '# Ledger\n\n## Internal FAQ\n\n### «What is the expected p99 latency?»\n\nWill update after the design review.\n\n### «How many shops are in the pilot?»\n\nPending discussion with the sales team.\n\n### «What are the biggest risks?»\n\nWe\'re working on it.\n\n### «Which alternatives did we consider?»\n\nStill being worked out.\n',
        note: 'terse notes: a promise with its subject dropped, a decision pending, work under way as the whole answer',
      },
      {
        doc: '# Ledger\n\n## Internal FAQ\n\n### «What happens to bookings made by phone?»\n\nWe\'re working on this and will update the FAQ.\n\n### «What are the security implications?»\n\nThe security team is reviewing this.\n\n### «Will I get a refund?»\n\nAnswer pending legal review.\n\n### «Does it import supplier invoices?»\n\nIt depends.\n',
        note: 'work under way, someone reviewing it, an answer pending, "it depends": nothing answered yet',
      },
      '# Ledger\n\n## Internal FAQ\n\n### «What does it cost us to run?»\n\nTBD\n\n### «Who owns the bank integrations?»\n\n### What is the biggest risk?\n\nBank connections break about once a month per bank.\n',
      '# Ledger\n\n## External FAQ\n\n**Q:** «How much does it cost?»\n\n**A:** [TK]\n\n**Q:** «Which terminals work?»\n**A:** ???\n',
      '# Ledger\n\n## Internal FAQ\n\nQ: «Why now?»\nA: To be decided.\n\nQ: «What will it cost?»\nA: TBD — depends on headcount approval.\n\n1. «What will we not do?»\n2. «How do we measure success?»\n\n   N/A\n',
      '# Ledger\n\n## External FAQ\n\n**«Does Ledger file my taxes?»**\n\n<!-- answer later -->\n\n## Internal FAQ\n\n### Why now?\n\nCard terminal vendors opened their APIs in 2026.\n',
      {
        doc: '# Ledger\n\n## Internal FAQ\n\n### «How will we price the annual plan?»\n\nOpen. Finance and Legal are reviewing the terms and will come back to us.\n\n### «Should transfers be on by default?»\n\nNot decided. The two owners we asked disagreed.\n\n### «What about shops with a thin catalogue?»\n\nStill figuring this out.\n',
        note: 'an answer that opens by saying the question is still open, with at most a short reason',
      },
      {
        doc: '# Ledger\n\n## External FAQ\n\n### «When can I buy it?»\n\nDetails to follow.\n\n### «What will it cost?»\n\nWe will share more later. Check back in a few weeks.\n',
        note: 'answers that only promise an answer',
      },
      { doc: '# Ledger\n\n## External FAQ\n\n1. **«Is there an API?»**\n\n   TK\n\n2. **Does it work offline?**\n\n   Yes, for up to a week.\n', note: 'a TK answer in a numbered-list FAQ' },
      {
        doc: '# Ledger\n\n## Internal FAQ\n\n### Why now?\n\nCard terminal vendors opened their APIs in 2026.\n\n## Open questions\n\n1. Do we charge per shop? I lean to yes, for the first year.\n2. «Can we hold card data in the EU only?»\n3. «Who owns the bank integrations?» TBD\n',
        note: 'under "Open questions", a question with nothing after it, or only TBD, is still open with no lean, owner or date; one with a lean is answered there',
      },
      { doc: '# Spoke\n\n## External FAQ\n\n### «Does it work with e-bikes?»\n\nWe will have more to say closer to launch.\n', note: 'news promised, none given' },
      {
        doc: '# Ledger\n\n## Internal FAQ\n\nQ: «What will the launch cost in marketing?»\nA: TBC with finance.\n\n### «How many agents will work remotely?»\n\nTo be determined once the lease renewal is settled.\n',
        note: 'a placeholder with whom or what it waits for is still no answer',
      },
      {
        doc: '# Spoke\n\n## External FAQ\n\n**«Will it come to online orders?»**\nWe\'re exploring this and will share more in the coming months.\n\n**«Is there a family plan?»**\nWe are looking into it.\n',
        note: 'work under way, and a promise to say more: no answer yet',
      },
      {
        doc: '# Spoke\n\n## Internal FAQ\n\n### «Which courier do we launch with?»\n\nWe will share details later, once the contract is signed.\n\n### «What does a delivery cost us?»\n\nWe\'ll have more to say when legal has reviewed the terms.\n',
        note: 'a promise that waits on an event, with no date, is still only a promise',
      },
      {
        doc: '# Spoke\n\n## FAQ\n\n1. «Is there a free plan?»\n   TK\n2. Q: «Can two shops share an account?»\n   A: TBD\n3. **Q: «Is there a yearly plan?»**\n   **A:** [TK]\n',
        note: 'numbered-list FAQs: the question ends at its line, and an A: marker is no answer',
      },
      {
        doc: '# Spoke\n\n## Internal FAQ\n\n### «Which courier do we launch with?»\n\nWe will share details once the contract is signed on June 3.\n\n### «Who owns the van fleet after the pilot?»\n\nWe\'ll come back on this after we talk to the fleet leads.\n',
        note: 'a date says when the answer comes, not which courier or who: only a question that asks when is answered by it',
      },
      {
        doc: '# Spoke\n\n## FAQ\n\n**Q: «Does it work with cargo bikes?»**\nA: Soon.\n\n**Q: «Will it come to Bradford?»**\nA: We\'ll share more later this year.\n\n**Q: «Does it run on Android?»**\nA: We\'ll share more on Android later.\n\n**Q: «Can workshops set their own prices?»**\nA: Need to ask legal.\n',
        note: 'a bare "Soon.", news promised about a topic or later this year, and a question still to be asked of someone',
      },
      {
        doc: '# Spoke\n\n## Internal FAQ\n\nQ1. «Do we open a fourth workshop this winter?»\nA: Still deciding.\n\nQ2. «Who pays for spare parts?»\nA: Under discussion.\n',
        note: 'a decision not yet taken, said as such, is no answer yet',
      },
      {
        doc: '# Spoke\n\n## Internal FAQ\n\n### «How much does a booking cost?»\n\nWe are still deciding on pricing.\n\n### «What are the risks?»\n\nRisks will be reviewed and mitigations will be put in place before launch.\n',
        note: 'a decision under way on a named topic, and promises in the passive with no one to keep them',
      },
      {
        doc: '# Spoke\n\n## Internal FAQ\n\n**«Can riders pay cash?»**\nStill deciding. Finance is looking at options.\n\n**«Will the phone line close?»**\nStill deciding. We\'ll come back to this after 2.1 is out.\n\n**«What does the project cost?»**\nCost information will be provided at a later date.\n',
        note: 'someone named at work on it, a version number inside a promise\'s condition, and "at a later date"',
      },
      {
        doc: '# Spoke\n\n## Internal FAQ\n\n**«Are there open issues to settle after launch?»**\n\nMany. We\'ll share more later.\n\n**«Do other workshops want it?»**\n\nYes, several. Details to follow.\n\n**«How accurate is the wait estimate?»**\n\nVery accurate. We\'ll share more later.\n',
        note: 'a count with no number, or a verdict with no figure, beside a promise: the promise is all the answer says',
      },
      {
        doc: '# Spoke\n\n## Internal FAQ\n\n**«Will we open in Bradford?»**\n\nStill deciding. It depends on how the Leeds workshops do.\n\n**«What is the target for same-day repairs?»**\n\nWe don\'t have one yet. We\'ll set it after launch.\n\n**«How much does a booking cost?»**\n\nPricing is still being finalized and will be communicated closer to launch.\n',
        note: 'nothing decided and one short reason, a target put off, and a passive under way with a passive promise',
      },
      {
        doc: '# Spoke\n\n## Internal FAQ\n\n**«What is the plan?»**\n\nWe\'ll share a plan once the design is agreed.\n\n**«Does it work with cargo bikes?»**\n\nGood question, we\'ll look into it before the release.\n\n**«Are there open issues?»**\n\nWe\'ll figure this out during implementation.\n\n**«Does it work offline?»**\n\nWe\'ll add details closer to launch.\n\n**«What happens when the grant ends?»**\n\nTo be decided by the board at the fall retreat.\n',
        note: 'a plan promised on a condition with no date, a courtesy and a promise, working it out later by another name, details (not the feature) added later, and a decision left to someone else',
      },
      {
        doc: '# Spoke\n\n## FAQ\n\n**Q: «When is general availability?»**\nA: [DATE], pending the security review.\n\n**Q: «What is the roadmap?»**\nA: Coming soon! We will publish a roadmap once we have more feedback from riders.\n',
        note: 'a slot left empty with only what it waits on, and the thing asked for promised on a condition',
      },
      {
        doc: '# Spoke\n\n## Internal FAQ\n\n### «What is the high-level project plan?»\n\nLand it soon.\n\n### «When do riders get it?»\n\nWe will ship it in the near future.\n',
        note: 'a plan in one short sentence whose only time is a vague one',
      },
      {
        doc: '# Ledger\n\n## Internal FAQ\n\n### How does matching work?\n\nBy amount and time.\n\n#### «What about cash?»\n\nTBD\n',
        note: 'a follow-up question written as a deeper heading is a question of its own',
      },
      {
        doc: '# Oven timers\n\n## Internal FAQ\n\n### «What is the rollout plan?»\n\n> Describe your plan from the first prototype to general availability, and\n> how you will hear from bakers on the way.\n\n### «Are there open issues to settle later?»\n\n> List the issues this proposal leaves open.\n\n### Is this a breaking change?\n\nNo: the timer construct is new.\n',
        note: "only the template's instruction under the question, left in a block quote",
      },
      {
        doc: '# Oven timers\n\n## Internal FAQ\n\n### «What did we weigh instead?»\n\n> Briefly outline the other designs and why they lost.\n\n### «What could go wrong?»\n\n> Explain the risks of shipping it.\n\n### Is this a breaking change?\n\nNo: the timer construct is new.\n',
        note: 'an order to the writer with no "you" and no part of the document named',
      },
      {
        doc: '# Oven timers\n\n## Internal FAQ\n\n### «Why are we building this?»\n\n> What pain does this take away from bakers?\n\n### «Why should we not build it?»\n\n> Can bakers do this today with what they have? What would it cost us?\n\n### Is this a breaking change?\n\nNo: the timer construct is new.\n',
        note: "the template's prompt, a block quote that only asks, left where the answer goes",
      },
      {
        doc: '# Ledger\n\n## Open questions\n\n**«Which banks do we launch with?»**\n\nTK\n\n## Internal FAQ\n\n### «Who owns the bank feeds?»\n',
        note: 'a placeholder under an open question is still a placeholder; a bare question after the open-questions section ends is unanswered',
      },
    ],
    valid: [
      { doc: '# Ledger\n\n## Internal FAQ\n\n### What about the banks doing this themselves?\n\nJonah did a competitive teardown: two banks match deposits, neither reads the till.\n', note: 'the work done, and what it found' },
      { doc: '# Harbour Museum members carry their card on their phone\n\n## Subheadline\n\n[One sentence. Who is the customer and what is the single biggest benefit?]\n\n## Summary\n\n[CITY] – [DATE] – [Two or three sentences: what launches, for whom, and why they care.]\n\n## Problem\n\n[Describe the problem from the customer\'s point of view.]\n\n## Solution\n\n[How does the product solve it? Describe what the customer sees.]\n\n## Leader quote\n\n"[Insert quote from a spokesperson]" – [Name, Title]\n\n## Getting started\n\n[How does a member start using it?]\n\n## Customer quote\n\n"Insert customer quote here" – [Member name, town]\n\n## Call to action\n\n[Where can the customer go to sign up?]\n\n## Internal FAQ\n\n1. **Why now?**\n   [Answer]\n\n2. **How will we measure success?**\n   [Answer]\n', note: 'the empty answers of a document still all template are its slots: placeholder reports the template once' },
      { doc: '# Ledger\n\n## External FAQ\n\n### Is the beta open to everyone?\n\nOpen. Anyone with an account can join from Settings.\n', note: '"Open" answers a question about being open' },
      {
        doc: '# Spoke\n\n## Internal FAQ\n\n### Who owns the runners?\n\nAsk the platform team: they own the runners and answer within a day.\n\n### Does it depend on the city?\n\nDepends on the city: 4 workshops in Leeds, 2 elsewhere.\n\n## External FAQ\n\n### How do I add a second shop?\n\nAsk your account manager.\n\n### What do you collect?\n\nWe ask for your email address.\n',
        note: 'a pointer with the answer after it, "it depends" with the figures, and telling a customer whom to ask or what we ask of them',
      },
      {
        doc: '# Spoke\n\n## External FAQ\n\n### Does it speak Welsh?\n\nWe\'ll add Welsh and Gaelic in a future release.\n\n### What about refunds?\n\nWe will provide refunds to the card later.\n',
        note: 'a feature promised for later answers "not yet" (weasel-word asks for the date); only news promised for later answers nothing',
      },
      { doc: '# Spoke\n\n## Internal FAQ\n\n### Does the sync job finish?\n\nThe job finishes eventually.\n\n### When?\n\nWe ship in May, and the rest later.\n', note: 'how a system behaves, and a month with the vague time' },
      {
        doc: '# Ledger\n\n## Internal FAQ\n\n### Why now?\n\nCard terminal vendors opened their APIs in 2026.\n\n## Open questions this draft raises\n\n- Who is the first customer: bakeries or cafés? I lean to bakeries; Dana decides after the pilot.\n- What does a bank feed cost us per shop? Finance quotes it by May 12.\n\n### Do we charge per shop or per till?\n\nPer shop, unless the pilot shows tills matter more; we decide in June.\n',
        note: 'open questions with a lean, an owner or a date: the writer says what is open and how it will close, as the genre asks',
      },
      {
        doc: '# Oven timers\n\n## External FAQ\n\n### What do bakers say about the pilot?\n\n> Write your bake times on the card and the timer does the rest, I stopped burning the rye.\n> — Ana Ruiz, owner of Fernhill Bakery\n',
        note: "a baker's quote that opens like an instruction is an answer, not the template",
      },
      {
        doc: '# Oven timers\n\n## Internal FAQ\n\n### Why are we building this?\n\n> What pain does this take away from bakers?\n\nBakers at Fernhill burn one tray in 20 because three ovens share one kitchen timer.\n\n### What did bakers ask in the pilot?\n\n> Can it tell me which oven is done without walking over?\n> — Ana Ruiz, owner of Fernhill Bakery\n',
        note: "the template's prompt above a real answer, and a baker's question quoted as the answer",
      },
      '# Ledger\n\n## External FAQ\n\n### Does Ledger file my taxes?\n\nNo. It exports a year-end summary for your accountant.\n\n### Is there a free plan?\n\nNo.\n',
      '# Ledger\n\n## Internal FAQ\n\n### What will it cost to run?\n\nWe do not know yet: the bank-feed fee is TBD until finance signs the contract on May 12. Hosting is $0.04 per shop per day.\n',
      '# Ledger\n\n## Internal FAQ\n\n### How much does it cost?\n\nStill deciding on the colour, but the price is $5 a month.\n\n### How long is the trial?\n\nWe will set it to 30 days.\n',
      '# Ledger\n\n## Internal FAQ\n\n### How does matching work?\n\n#### Card payments\n\nMatched by amount and time.\n\n#### Cash\n\nMatched by the drawer count.\n',
      '# Ledger\n\nThis page is not an FAQ. What does it cost?\n\nTBD\n',
      {
        doc: '# Ledger\n\n## External FAQ\n\n**Q: Which tills does it read?**\nA: The two most shops use. Owners also asked:\n\n- Will it read older tills?\n- Can two shops share one account?\n\n### What does it cost?\n\n- Is there a yearly plan?\n- Is there a discount for a second shop?\n\nBoth are on the list for the autumn.\n',
        note: 'question-shaped bullets inside an answer are part of it, not questions left unanswered',
      },
      {
        doc: '# Ledger\n\n## External FAQ\n\n### When can I buy it?\n\nWe will publish the price on May 12, after the pilot.\n\n### Are there open issues?\n\nNone.\n',
        note: 'a promise with a date is an answer, and so is "None."',
      },
      {
        doc: '# Spoke\n\n## Internal FAQ\n\n### Are there open issues to settle later?\n\nNot known yet.\n',
        note: 'to a question that asks whether there are any, "Not known yet." says none are known',
      },
      {
        doc: '# Spoke\n\n## Internal FAQ\n\n### What happens when a booking fails?\n\nErrors will be logged and retried, and the rider gets a text.\n',
        note: 'a passive that tells how the system behaves is an answer',
      },
      {
        doc: '# Spoke\n\n## Internal FAQ\n\n### When do deliveries start?\n\nWe will share details once the contract is signed on June 3.\n',
        note: 'to a question that asks when, a promise whose condition carries a date gives the date',
      },
      {
        doc: '# Spoke\n\n## External FAQ\n\n**Will it come to online orders?**\nWe\'re exploring this with two couriers, and will share the price on May 12.\n',
        note: 'work under way, with what is known and a date, is an answer',
      },
      {
        doc: '# Spoke\n\n## FAQ\n\n1. Is there a free plan?\n   Yes, for one shop.\n2. Q: Can two shops share an account?\n   A: Yes, from June.\n3. **Q: We will have more to say about e-bikes?**\n   **A:** We know the two brands we start with: Brompton and Gazelle.\n',
        note: 'numbered-list FAQs with their answers, tight and with markers',
      },
    ],
  },
};
