/**
 * The model's paragraph cues are word tables (engine/lexicon/cues.ts,
 * engine/lexicon/dates.ts) compiled by the phrase matcher. Each table has
 * sentences it must find and sentences it must leave alone, written here in
 * our own words; and adding a word is one line of data that the model
 * follows (the test edits the table in place, reloads the engine, and puts
 * the table back).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import * as cues from '../../engine/lexicon/cues.js';
import * as dates from '../../engine/lexicon/dates.js';
import * as questions from '../../engine/lexicon/questions.js';
import * as M from '../../engine/model/cues.js';
import type { buildModel as BuildModel } from '../../engine/model/build.js';
import { normalisePhrase } from '../../engine/text/phrases.js';
import { forgetModules } from './reload.js';

const count = (re: RegExp, t: string) => M.countMatches(t, re);

const CASES: Array<{ name: string; re: RegExp; find: string[]; leave: string[] }> = [
  {
    name: 'headings that say the release is documentation',
    re: M.DOCUMENTATION_HEADING,
    find: ['README', 'README: prevent creation of roles', 'Working Backwards - README', 'CHANGELOG', 'Release Notes entry', 'README.md for the CLI'],
    leave: ['Reading list', 'Why we changed the logo', 'Notes on the release train'],
  },
  {
    name: 'how-to lines over a code block',
    re: M.USAGE_OPENING,
    find: ['To import a table into the stack:', 'Pass a policy when you create the client:', 'Wrap your handler:', 'First, install the plugin:'],
    leave: ['This example configures the queue:', 'Optional override examples:', 'Ticking the box below signs off the API:', 'Today the client retries forever:'],
  },
  {
    name: 'problem words',
    re: M.PROBLEM_CUE,
    find: ['Owners struggle to match deposits.', 'The count is tedious.', 'They waste an hour.', 'Riders cannot see the bus.', 'Riders can’t see the bus.', 'It is error-prone work.', 'Clerks juggling three screens.', 'The export is only available to desktop users.', 'The old format lacks time zones.', 'It has resulted in slower builds.', 'One in five had a bike stolen.', 'Riders send parcels to the office instead.', 'Until now, the city collected sofas twice a year.', 'The new rule made the work more complicated.', 'When the plan did not match the week, customers threw food away.', 'Most tutors have stopped collecting drafts.', 'The notes arrive when they can no longer help.', 'By Friday it is too late.'],
    leave: ['Owners match deposits in a minute.', 'A painter in Leeds.', 'The hardware store opens at nine.', 'Instead of copying, owners press one key.'],
  },
  {
    // Pain in the many words writers use, beyond the first tables; a pain the solution says is gone is not counted.
    name: 'problem words: the vocabulary of pain, and relief',
    re: M.PROBLEM_CUE,
    find: ['Filing an expense report is cumbersome.', 'Reconciling accounts is time-consuming.', 'The notes are scattered across tools.', 'Most teams end up copying the data twice.', 'Parents resort to group chats.', 'There is no easy way to see the balance.', 'Tenants have no idea when the repair is booked.', 'Drivers guess which bay is free.', 'Booking a slot is a hassle.', 'Scheduling is a headache.', 'Requests fall through the cracks.', 'Clinics track stock in spreadsheets.', 'Sellers go back and forth by email.', 'Paperwork is a burden for charities.', 'Every handoff adds friction.', 'The price lists are outdated.', 'The sensors are unreliable.', 'Waiting causes anxiety.', 'Ever tried to return a parcel on a Sunday?', '4 in 10 renters had a deposit withheld.', 'Most of us give up.', 'No one can see the beds between visits.', 'A dry week can wipe out a season of tomatoes.', 'Owners don’t know which van is late.', 'The export does not support time zones.', 'Asking for the money at the counter is embarrassing.', 'It is awkward to ask a neighbour to pay.'],
    leave: ['Shippers never have to retype an order.', 'Riders won’t lose their slot.', 'No more guesswork: the app tells you.', 'You no longer have to copy the data.', 'Book without the hassle.', 'Drivers see which bay is free.', 'Teams in 40 cities use it.', 'The rider picks one in two taps.'],
  },
  {
    name: 'solution words (as written, lower case)',
    re: M.SOLUTION_CUE,
    find: ['Ledger now matches deposits.', 'It lets owners close early.', 'Owners press one key instead of copying.', 'The app automatically files it.', 'With Ledger, owners close early.', 'Everything sits in one place.', 'No more waiting by the fence.', 'Riders no longer queue.'],
    leave: ['Now is the time.', 'Owners close early.', 'with ledger lower case', 'Riders send parcels to the office instead.', 'Riders call the shop instead; most wait.', 'Most of us give up and order a takeaway.', 'Many owners simply don’t ask, and the money is lost.', 'A shop gives credit to 60 families a month.'],
  },
  {
    name: 'getting-started words',
    re: M.GETTING_STARTED_CUE,
    find: ['To get started, open the app.', 'Setup takes in 5 minutes.', 'Owners are ready in ten minutes.', 'Installing it takes one click.', 'No credit card is needed.', 'Patients join by phone at 503-555-0140.', 'Book a pickup by calling 311.', 'To try it, run the update.', 'Riders open the app, tap Book and follow the prompts.', 'To try Ledger, open the app and tap Books.', 'Try it free for 30 days.', 'No appointment is needed.', 'There is nothing to install.', 'It is free in the App Store.', 'Owners can start a free 30-day trial.', 'Start your trial from the console.', 'Companies can test it 30 days for free.', 'Students can log in starting April 20 with their NetID.'],
    leave: ['A student logs in and taps the shift.', 'Owners close their books.', 'The trial lasted a day.', 'The minutes of the meeting.', 'Attach it by calling `addEnvironment` on the app.', 'The resources available from these locations differ.', 'Studios can join the waitlist.'],
  },
  {
    name: 'strong getting-started words',
    re: M.STRONG_GETTING_STARTED,
    find: ['Sign up on the website.', 'Ledger is available today at ledger.example.', 'Ledger is available today for iPhone and Android.'],
    leave: ['Simply open the app.', 'It is available today.'],
  },
  {
    name: 'call-to-action words and web addresses',
    re: M.CALL_TO_ACTION_CUE,
    find: ['Learn more at the website.', 'Visit ledger.example to try it.', 'Details at https://ledger.example/start.', 'Join the waiting list.', 'Ask your account manager to switch it on.', 'Contact your Beacon rep.', 'Get it on Google Play.', 'Patients can text NOW or call any Riverbend clinic.', 'Readers can visit harrow.example/sunday.', 'Companies can test it for free under kranich.example/belegfluss.'],
    leave: ['Ten thousand registered users joined last year.', 'Owners close their books.', 'Visitors counted every hour.', 'The median time from request to visit was 64 minutes.', 'Each video visit takes ten minutes.', 'Students log in with their campus ID.'],
  },
  {
    name: 'departments named for the customer',
    re: M.CUSTOMER_DEPARTMENT,
    find: ['said Grace Ade, head of customer services at the council', 'VP of Customer Success', 'director of user research'],
    leave: ['said Ana Ruiz, a customer in Salem', 'a user of the app'],
  },
  {
    name: 'commands that install or start a tool',
    re: M.INSTALL_COMMAND,
    find: ['brew install shipwright', '$ npx ledger init', '# first\npip install gridlock', 'curl -fsSL https://x.example/install.sh | sh'],
    leave: ['ledger deploy --prod', 'echo npm install', 'npmx install'],
  },
  {
    name: 'customer clauses after the speaker',
    re: M.CUSTOMER_CLAUSE,
    find: ['said Ana Ruiz, a baker in Salem.', 'said Ana, who tried it.', 'said Ana Ruiz, platform lead at a logistics company.'],
    leave: ['said Ana Ruiz, a senior director at Fernhill.', 'said Ana Ruiz, founder of Fernhill, speaking at a meetup.', 'said Ana Ruiz, platform lead at Fernhill.'],
  },
  {
    name: 'launch words',
    re: M.LAUNCH_CUE,
    find: ['Fernhill today announced Ledger.', 'Fernhill unveiled Ledger.', 'Ledger is now available.', 'We are releasing Ledger.'],
    leave: ['Studios keep their servers up on launch day.', 'Release week is quiet.', 'Ledger matches deposits.', 'Owners close their books early.'],
  },
  {
    name: 'invitations to act',
    re: M.IMPERATIVE_OPENING,
    find: ['Try it with the command below.', 'It is free. Head to the docs to begin.', 'Please visit the site.', 'To begin, run the installer.', 'To try Ledger, open the app and tap Books.'],
    leave: ['Owners try it first.', 'Open source contributors maintain it.', 'Go developers can use it.', 'The guide we read was short.', 'To our surprise, open rates doubled.'],
  },
  {
    name: 'proposal openings',
    re: M.PROPOSAL_OPENING,
    find: ['This RFC proposes a matcher for deposits.', 'We propose a nightly matcher.', '**This proposal** adds a matcher.'],
    leave: ['Owners propose changes every week.', 'The matcher we propose runs nightly.'],
  },
  {
    name: 'attribution verbs',
    re: M.ATTRIBUTION,
    find: ['"It works," said Ana.', '"It works," Ana explained.', 'According to Ana, it works.'],
    leave: ['"It works." Ana Ruiz, baker.', 'The saddle fits.'],
  },
  {
    name: 'attribution of a quotation without quote marks',
    re: M.UNMARKED_ATTRIBUTION,
    find: ['I had my bike back by six, said Aisha Khan.', 'We built it for riders, says the product owner.', 'It saved my week, added Ravi.'],
    leave: ['Riders said they lose two days.', 'Open the app, add your bike and pick a slot.', 'It is, said to be, quick.'],
  },
  {
    name: 'leader titles',
    re: M.LEADER_TITLE,
    find: ['said Dana Cole, CEO of Tidewater', 'said Ray Ito, vice president of sales', 'said Kim Oh, head of product', 'said Priya Raman, one of the app\'s four founders'],
    leave: ['said Ana Ruiz, a baker in Salem', 'said the chiefly concerned clerk'],
  },
  {
    name: 'dateline',
    re: M.DATELINE,
    find: ['SEATTLE, WA — March 3, 2027 — Acme launched.', 'Berlin (Business Wire) – 3 March 2027 – Acme launched.', '**NEW YORK** – Q3 2027 – Acme launched.', 'LEEDS — Sept. 9 — Acme launched.', 'OSLO — launch day — Acme launched.', 'SEATTLE, WA, March 3, 2027 /PRNewswire/ -- Acme launched.', 'Seattle, WA (March 3, 2027) – Acme launched.', '(Seattle, WA) March 3, 2027 - Acme launched.', 'March 3, 2027 — Seattle — Acme launched.', 'Q3 2027 — Acme launched.'],
    leave: ['Acme launched Ledger on March 3, 2027.', 'Seattle is rainy — most days.', 'Seattle (the city) — rainy.', 'In March 2027 — when it rained — Acme launched.', 'Today — not tomorrow — Acme launched.'],
  },
];

describe('cues: each table finds what it should and leaves the rest', () => {
  for (const c of CASES) {
    it(c.name, () => {
      for (const t of c.find) assert.ok(count(c.re, t) > 0, `should find a cue in ${JSON.stringify(t)}`);
      for (const t of c.leave) assert.equal(count(c.re, t), 0, `should find no cue in ${JSON.stringify(t)}`);
    });
  }

  it('counts each cue once, so a paragraph with more problem words weighs more', () => {
    assert.equal(count(M.PROBLEM_CUE, 'Owners struggle, waste an hour and lose money.'), 3);
  });

  it('lists no cue twice in a table', () => {
    const tables = { ...cues, ...dates } as Record<string, unknown>;
    for (const [name, list] of Object.entries(tables)) {
      if (!Array.isArray(list)) continue;
      const seen = new Set<string>();
      for (const w of list as string[]) {
        const n = normalisePhrase(w);
        assert.ok(!seen.has(n), `${name}: "${w}" is listed twice`);
        seen.add(n);
      }
    }
  });
});

const ENGINE = join(__dirname, '..', '..', 'engine');
/** Drop the engine's code (not the lexicon) from the module cache: matchers are compiled again from the changed tables. */
function freshBuild(): typeof BuildModel {
  forgetModules((id) => id.startsWith(ENGINE) && !id.includes(join('engine', 'lexicon')));
  return require(join(ENGINE, 'model', 'build.ts')).buildModel;
}
function withWord<T>(list: readonly string[], word: string, run: (build: typeof BuildModel) => T): T {
  const l = list as string[];
  assert.ok(!l.includes(word), `"${word}" is already listed`);
  l.push(word);
  try {
    return run(freshBuild());
  } finally {
    l.pop();
    freshBuild();
  }
}

describe('cues: adding a word is one line of data, and the model follows it', () => {
  const DATED = '# Ledger for bakeries\n\nPORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger for bakeries.\n\n';
  const cases: Array<{ name: string; list: readonly string[]; word: string; doc: string; found: (m: ReturnType<typeof BuildModel>) => boolean }> = [
    {
      name: 'a call-to-action word',
      list: cues.CALL_TO_ACTION_WORDS,
      word: 'subscribe',
      doc: `${DATED}Ledger matches each deposit to the day's sales.\n\nReaders can subscribe at the front desk of any branch.\n`,
      found: (m) => m.parts['call-to-action'] !== undefined,
    },
    {
      name: 'a launch word',
      list: cues.LAUNCH_WORDS,
      word: 'premiere*',
      // The first paragraph reads as the problem, so only the launch word makes the second the summary.
      doc: '# Ledger for bakeries\n\nBakery owners in Oregon close their books in ten minutes.\n\nBakery owners lose their evenings to bookkeeping: slow, manual and error-prone.\n\nFernhill premieres Ledger, a bookkeeping app for bakeries in Oregon.\n\nLedger matches each deposit to the day\'s sales.\n',
      found: (m) => m.parts.summary !== undefined,
    },
    {
      name: 'a leader title',
      list: cues.LEADER_TITLES,
      word: 'chair of',
      // Spoken as "I", the quote reads as a customer's until the title says otherwise.
      doc: `${DATED}"I wanted owners to get their evenings back," said Ana Ruiz, chair of Fernhill.\n`,
      found: (m) => m.parts['leader-quote'] !== undefined && m.text.slice(m.parts['leader-quote'].start, m.parts['leader-quote'].end).includes('Ana Ruiz'),
    },
    {
      name: 'a word of a company name that tells no company apart',
      list: cues.COMPANY_NAME_FILLERS,
      word: 'bakehouse',
      // The launcher and the speaker's bakery share only that word: once it tells nothing, the head baker is a customer.
      doc: '# Ledger for bakeries\n\nPORTLAND, OR — Fernhill Bakehouse today launched Ledger for small bakeries.\n\nOwners lose an hour a day to paperwork.\n\n"Ledger closes our day in ten minutes," said Jane Doe, head baker at Salem Bakehouse.\n',
      found: (m) => m.parts['customer-quote'] !== undefined,
    },
    {
      name: 'a department a title names',
      list: cues.DEPARTMENT_NAMES,
      word: 'baking',
      // "VP of Baking" read as a company of that name is somewhere else; as a department, the VP speaks for Fernhill.
      doc: '# Ledger for bakeries\n\nPORTLAND, OR — Fernhill today launched Ledger for small bakeries.\n\nOwners lose an hour a day to paperwork.\n\n"We built Ledger for the bakers we grew up with," said Tom Hale, VP of Baking.\n',
      found: (m) => m.parts['leader-quote'] !== undefined,
    },
    {
      name: 'a verb that invites after a purpose',
      list: cues.CALL_TO_ACTION_AFTER_PURPOSE,
      word: 'swipe',
      doc: '# Ledger for bakeries\n\nPORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger, a bookkeeping app for bakeries.\n\nOwners lose an hour every evening to paperwork.\n\nTo see the totals, swipe left on the Fernhill home screen.\n',
      found: (m) => m.parts['call-to-action'] !== undefined,
    },
    {
      name: 'a verb of purpose before an invitation',
      list: cues.PURPOSE_VERBS,
      word: 'taste',
      doc: '# Ledger for bakeries\n\nPORTLAND, OR — March 3, 2027 — Fernhill today launched Ledger, a bookkeeping app for bakeries.\n\nOwners lose an hour every evening to paperwork.\n\nTo taste the new loaves, book a table at any Fernhill bakery.\n',
      found: (m) => m.parts['call-to-action'] !== undefined,
    },
    {
      name: 'a stand-in for a date',
      list: dates.DATE_STAND_INS,
      word: 'opening week',
      doc: '# Ledger for bakeries\n\nPortland — opening week — Fernhill brings its bookkeeping app to bakeries.\n',
      found: (m) => m.parts.summary !== undefined,
    },
  ];
  cases.push({
    name: 'a word that makes a question-word line a title',
    list: questions.TITLE_AFTER_QUESTION_WORD,
    word: 'everything',
    doc: `${DATED}## External FAQ\n\n### Is there a trial?\n\nYes.\n\n### How everything fits together\n\nLedger reads the terminal.\n`,
    // Not a question: the FAQ then has one question, and the heading is part of its answer.
    found: (m) => m.questions.length === 1,
  });
  for (const c of cases) {
    it(c.name, () => {
      assert.equal(c.found(freshBuild()(c.doc, { kind: 'prfaq' })), false, 'not found before the change');
      assert.equal(withWord(c.list, c.word, (build) => c.found(build(c.doc, { kind: 'prfaq' }))), true, 'found after one line of data');
    });
  }
});
