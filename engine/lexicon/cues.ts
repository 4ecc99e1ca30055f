/**
 * What the paragraphs of a press release say, as word tables: the model
 * (engine/model/cues.ts compiles them, engine/model/pressRelease.ts reads
 * them) recognises a problem, a solution, a quote, getting started and the
 * call to action by these words when the writer gave the part no heading.
 *
 * Entries are words or phrases, compared without case unless a table says
 * otherwise. Two stand-ins keep the tables short (engine/text/phrases.ts):
 * `*` ending a word is any ending ("frustrat*": frustrated, frustration),
 * `#` standing as a word is a number ("in # minutes": in 5 / ten minutes).
 * Adding a cue is one line here and one case in test/unit/cues.test.ts.
 */

/** The customer's pain: each one found counts toward "this paragraph is the problem". */
export const PROBLEM_WORDS: readonly string[] = [
  'today', 'currently', 'right now', 'struggl*', 'frustrat*', 'problem*', 'pain', 'pains', 'painful', 'hard', 'harder', 'difficult*', 'spend',
  'spends', 'spent', 'waste*', 'lose', 'loses', 'losing', 'lost', 'miss', 'misses', 'missed', 'cannot', "can't",
  'can’t', 'unable', 'have to', 'has to', 'forced', 'manual*', 'tedious', 'slow', 'costly', 'expensive', 'risk*',
  'worr*', 'challeng*', 'too long', 'too much', 'too many', 'no way', 'error-prone', 'confus*', 'stuck', 'wait',
  'waiting', 'delay', 'delays', 'overwhelm*', 'juggl*', 'chore', 'trial and error', 'trial-and-error', 'however',
  'not allowed', 'do not allow', 'does not allow', "don't allow", 'don’t allow', 'by hand', 'wrong', 'mistake*',
  // The same restriction in other words: "central IT forbids them from creating roles", "IT won't let developers create roles".
  'forbid*', 'not permitted', "won't let", 'won’t let', 'will not let', "doesn't let", 'doesn’t let', 'does not let', "don't let", 'don’t let', 'do not let',
  // A limitation is a pain told from the product's side ("is only available to JavaScript users").
  'only available', 'not available', 'unavailable', 'not supported', 'unsupported', 'does not support',
  "doesn't support", 'doesn’t support', 'lack', 'lacks', 'lacking', 'limitation*', 'prevent*', 'resulted in',
  'not possible', 'impossible',
  // A thing relied on that has gone (see NOT_SOLUTION_PHRASES).
  'no longer exist*', 'no longer work*', 'no longer function*', 'no longer supported', 'no longer available', 'no longer maintained', 'no longer compatible',
  // Harm done to the customer's things, told as a number ("23% had a package stolen").
  'stolen', 'theft', 'thefts',
  // The old way, told as the past ("Until now, the city collected large items twice a year"):
  // balances the solution word "now" inside the phrase.
  'until now', 'up to now', 'up until now',
  // The many ways writers name the pain beyond the words above: effort and
  // time ("cumbersome", "a hassle"), things spread about or out of date
  // ("scattered across tools", "outdated"), not knowing ("have no idea",
  // "guess"), workarounds ("resort to", "end up", "back and forth") and
  // feelings ("anxiety", "dread"). A release states its problem in its own
  // words; the first tables were fitted to the few releases we had read.
  // Waste and a poor fit: "threw food away", "when the plan did not match the week".
  'throw away', 'throws away', 'threw away', 'thrown away', 'go to waste', 'goes to waste', 'went to waste',
  'did not match', "didn't match", 'does not match', "doesn't match", 'do not match', "don't match", 'did not fit',
  "didn't fit", 'does not fit', "doesn't fit", 'do not fit', "don't fit",
  'complicat*', 'cumbersome', 'time-consuming', 'time consuming', 'scattered', 'end up', 'ends up', 'ended up', 'ending up',
  'resort to', 'resorts to', 'resorting to', 'no easy way', 'no simple way', 'no good way', 'no idea', 'guess',
  'guesses', 'guessing', 'guesswork', 'hassle*', 'headache*', 'fall through', 'falls through', 'fell through',
  'slip through', 'slips through', 'back and forth', 'back-and-forth', 'burden*', 'friction', 'outdated',
  'out of date', 'out-of-date', 'unreliable', 'anxi*', 'stress*', 'dread*', 'embarrass*', 'awkward*', 'humiliat*', 'clunky', 'messy', 'slog',
  'nightmare*', 'annoy*', 'inconsistent', 'inefficien*', 'bottleneck*', 'backlog*', 'pile up', 'piles up',
  'piling up', 'in the dark', 'nobody knows', 'no one knows', "don't know", 'don’t know', 'do not know',
  "doesn't know", 'doesn’t know', 'does not know', 'never know', 'unaware', 'forget', 'forgets', 'forgot',
  'forgotten', 'go missing', 'goes missing', 'went missing', 'gone missing', 'withheld', 'unnoticed',
  'sent away', 'turned away', 'chase', 'chases', 'chasing', 'retype*', 're-type*', 're-enter*', 'copy and paste',
  'copy-paste', 'duplicat*', 'blocked', 'broken', 'break', 'breaks', 'fail', 'fails', 'failed', 'failing',
  'opaque', 'unclear', 'abandon*', 'give up', 'gives up', 'gave up', 'giving up', 'fed up', 'tired of', 'sick of',
  'not enough', 'too few', 'too little', 'patchwork', 'workaround*', 'silos', 'siloed', 'fragmented', 'stale',
  'buggy', 'burnout', 'burned out', 'burnt out', 'drop out', 'drops out', 'churn', 'spiral*', 'in spreadsheets',
  'on spreadsheets', 'in a spreadsheet', 'takes weeks', 'takes days', 'takes months', 'take weeks', 'take days',
  'take months',
  // Nobody able to see or act, and the harm done ("no one can see the beds between visits… a dry week can wipe out a season",
  // "in teams that deploy from CI, nobody sees the diff").
  'no one can', 'nobody can', 'no one could', 'nobody could', 'nobody sees', 'no one sees', 'nobody notices', 'no one notices',
  'nobody checks', 'no one checks', 'nobody reviews', 'no one reviews', 'wipe out', 'wipes out', 'wiped out', 'ruin', 'ruins', 'ruined',
  // Money given up: "11% of disputed dollars are written off".
  'written off', 'write off', 'writes off',
  // The problem asked as a question of the reader's own experience ("Ever tried to…?", "Have you ever…?").
  'ever tried', 'have you ever',
  // The problem told as a statistic about the customers ("4 in 10 renters…", "one out of five…").
  '# in #', '# out of #',
  // Money lost to the old way: "paid a $340 penalty", "a late fee", "overdraft charges".
  'penalty', 'penalties', 'penalised', 'penalized', 'late fee', 'late fees', 'overdraft*', 'fined',
  // An engineer's pains: "the bucket grows without bound", "turned a bad deploy into an outage", "all of them hurt".
  'outage', 'outages', 'downtime', 'without bound', 'without limit', 'unbounded', 'crash', 'crashes', 'crashed', 'data loss',
  'hurt', 'hurts',
  // A habit given up and help that comes after it is of use: "47 said they had stopped collecting drafts", "the comments
  // arrive when they can no longer be used", "by then it is too late".
  'have stopped', 'had stopped', 'has stopped', 'can no longer', 'could no longer', 'too late',
];

/**
 * Labels of the facts a writer lists about the document itself on one line
 * ("RFC 0789 · Authors: Ana Ruiz · Status: in review"): with three fields or
 * more, such a line is neither headline nor summary (engine/model/releaseBlocks.ts).
 */
export const DOCUMENT_FACT_LABELS: readonly string[] = [
  'status', 'author', 'authors', 'owner', 'owners', 'reviewer', 'reviewers', 'approver', 'approvers', 'editor', 'editors',
  'last updated', 'updated', 'last edited', 'date', 'version', 'draft', 'rfc', 'tracking issue', 'team', 'sponsor', 'bar raiser',
  'prepared by', 'written by', 'drafted by', 'v#',
  // An RFC's process: "Shepherd: @ole", "Start date: 2026-01-20", "Target release: 2.4".
  'shepherd', 'shepherds', 'champion', 'start date', 'target release', 'milestone', 'rfc pr', 'discussion',
  // Its links to other documents: "Related: RFC 0098", "Supersedes: RFC 12".
  'related', 'related rfcs', 'supersedes', 'superseded by', 'see also',
];

/**
 * How a wiki or a shared drive opens the line of a page's history, which
 * an export keeps under the title: "Created by Priya Raman, last modified
 * by Daniel Osei on Feb 11, 2025", "Last updated by Ana on 3 March 2026".
 * With a date in it, such a line is about the page, not the release.
 */
export const PAGE_HISTORY_OPENINGS: readonly string[] = [
  'created by', 'created on', 'last modified by', 'last modified on', 'last modified', 'modified by', 'last updated by', 'last updated on',
  'last edited by', 'last edited on', 'updated by', 'edited by', 'owned by', 'written by', 'drafted by', 'prepared by', 'authored by', 'page history',
];

/**
 * Words that name the pain outright ("Cold runners are a big problem for
 * many teams"): one is enough for a sentence of the summary to tell the
 * problem, where other problem words must come two together.
 */
export const PROBLEM_NAMES: readonly string[] = ['problem', 'problems', 'pain', 'pains', 'pain point*', 'struggl*', 'frustrat*'];

/**
 * Words that open the reason inside a launch sentence ("…released 2.0,
 * which matters because today developers mock every call by hand"): what
 * follows is read for the pain.
 */
export const REASON_OPENERS: readonly string[] = ['because', 'since', 'as today', 'as currently'];

/**
 * Phrases that hold a problem word's form but tell no pain: "pick one in
 * two taps" is an effort, not a share of customers ("4 in 10 renters").
 */
export const NOT_PROBLEM_PHRASES: readonly string[] = [
  '# in # taps', '# in # clicks', '# in # steps', '# in # seconds', '# in # minutes', '# in # hours', '# in # days',
  '# in # weeks',
];

/**
 * Words before a pain that say it is gone: "no more guesswork", "without
 * the hassle", "you no longer have to". A pain word within a few words after
 * one of these is the solution talking, and is not counted as the problem
 * (engine/model/cues.ts).
 */
export const RELIEF_WORDS: readonly string[] = [
  // Not "avoid" or "prevent": the customer's own motive is told with them ("to avoid risky changes").
  'no more', 'no longer', 'without', 'never again', 'instead of', 'rather than', 'eliminat*', 'remov*', 'free from',
  'goodbye to', 'less', 'fewer', 'reduc*',
  // A pain denied ("never have to retype an order", "won't lose their slot"). Not in a pain
  // phrase that opens with the denial ("don't know", "does not support"): that is counted whole.
  'never', "don't", 'don’t', "doesn't", 'doesn’t', 'do not', 'does not', "won't", 'won’t', 'will not', 'no need to',
];

/**
 * Phrases that hold a solution word but tell the pain ("most of us give
 * up", "the app lets them down"): the solution word in them is not counted.
 */
export const NOT_SOLUTION_PHRASES: readonly string[] = ['give up', 'gives up', 'let down', 'lets down', 'let go',
  // Something the customer relied on that has gone ("a storage class that no longer exists", "an add-on that no
  // longer works"): "no longer" tells the loss here, not the relief it tells in "no longer have to".
  'no longer exist*', 'no longer work*', 'no longer function*', 'no longer supported', 'no longer available', 'no longer maintained', 'no longer compatible',
  // "Many owners simply don't ask, and the money is lost": "simply" before a refusal stresses the pain.
  "simply don't", 'simply don’t', 'simply do not', "simply can't", 'simply can’t', 'simply cannot', "simply won't", 'simply won’t', 'simply will not', "simply didn't", 'simply didn’t', 'simply did not',
  // "gives credit to 60 families": the shop's credit, given by the customer, not the product's help.
  'give credit', 'gives credit', 'gave credit', 'giving credit'];

/**
 * Solution words that, closing a sentence, tell the customer's workaround
 * rather than the product's fix: "…has parcels sent to the office
 * instead." is the problem, "Instead of copying, owners now…" the solution.
 * At a sentence's end they count as problem words, elsewhere as solution
 * words (engine/model/cues.ts).
 */
export const WORKAROUND_ENDINGS: readonly string[] = ['instead'];

/**
 * The product removing the pain: each one found counts toward "this
 * paragraph is the solution". Matched as written (lower case), so a "Now"
 * opening a sentence is not counted; "with Ledger" (with a capitalised name)
 * counts too (engine/model/cues.ts).
 */
export const SOLUTION_WORDS: readonly string[] = [
  'now', 'lets', 'let', 'allow', 'allows', 'enable', 'enables', 'introduc*', 'automatic*', 'instead', 'simply',
  'you can', 'can now', 'help', 'helps', 'provide', 'provides', 'offer', 'offers', 'give', 'gives', 'make it',
  'makes it', 'built-in', 'in one click', 'in one step', 'in one place', 'in a single click', 'in a single step',
  'in a single place',
];

/**
 * A pain said to be gone ("No more waiting by the fence…", "you no longer
 * queue"): the relief is the solution's. Counted as solution words in any
 * case, at a sentence's start too.
 */
export const RELIEF_SOLUTION_WORDS: readonly string[] = ['no more', 'no longer', 'never again'];

/** How one begins: a paragraph with one of these is the getting-started part (after the first quote, or anywhere when strong). */
export const GETTING_STARTED_WORDS: readonly string[] = [
  'get started', 'getting started', 'to start', 'start by', 'start with', 'start using', 'start in', 'starts by',
  'starts with', 'starts using', 'starts in', 'starting by', 'starting with', 'starting using', 'starting in',
  'sign up', 'signing up', 'set up', 'setup', 'setting up', 'install*', 'download*', 'in a few minutes',
  'in a few seconds', 'in a few clicks', 'in a few steps', 'in under # minutes', 'in under # seconds',
  'in under # clicks', 'in under # steps', 'in # minutes', 'in # seconds', 'in # clicks', 'in # steps', 'it takes',
  'takes less', 'takes under', 'takes only', 'takes just', 'simply', 'just open', 'just go', 'just visit',
  'just add', 'just connect', 'just scan', 'just upload', 'begin by', 'onboard*', 'first customers',
  'first, customers', 'first you', 'first, you', 'connect their', 'connect your', 'no setup', 'no installation',
  'no credit card', 'by running', 'start off', 'to begin',
  // A how-to's lead-in, however it is worded: "begin with the following", "takes the following steps:", "Here's how you import…".
  'begin with', 'begin like this', 'the following steps', 'these steps', 'here is how', "here's how", 'here’s how',
  // Steps the customer takes, told as such: "open their claim in the app, tap Add photos and follow the guide".
  'follow the guide', 'follows the guide', 'follow the steps', 'follows the steps', 'follow the prompts', 'follows the prompts', 'follow the instructions', 'follows the instructions',
  // When and where it begins is getting started ("Booking starts at all three workshops on April 2"),
  // as a section titled "Availability" is; and how to switch the product on ("turn it on in Settings").
  'starts at', 'starts on', 'starting at', 'turn it on', 'turns it on', 'turn on', 'turns on', 'switch it on', 'switches it on',
  // How to take it up: "book by calling 311" (a number: "by calling `addEnvironment`" is code), "join by phone at …",
  // "To try it, run …", "To try Ledger, open the app". Not "available from/in" (what a service offers) nor "can join the waitlist" (a sign-up for later).
  'by calling #', 'by phone at', 'by texting', 'to try',
  // How a customer gets in: "Dock is open today at dock.example with your usual sign-in", "sign in with your work account".
  'open today at', 'sign in with', 'signs in with', 'log in with', 'logs in with',
  // Where to try it: "Try it at quillcast.app, free for your first 3 episodes."
  'try it at', 'try it now at', 'try it today at', 'try it out at',
  // What it takes to try: a free trial ("Try it free for 30 days"), and nothing to do first
  // ("No appointment is needed", "nothing to install"), as "no setup" says.
  'free trial', 'try it free', 'try it for free', 'free for # days', 'free for # months', '# days for free',
  '# months for free', 'day trial', 'week trial',
  'month trial', 'start a trial', 'start your trial', 'no appointment',
  'no account', 'nothing to install', 'no sign-up', 'no signup', 'no download',
  // Where to get an app is how to begin with it ("Waypoint is free in the App Store").
  'app store', 'google play', 'play store', 'microsoft store', 'chrome web store',
  // Where the customer goes in first ("Students can log in starting April 20 with their NetID"):
  // the base form only, since "a student logs in and taps the shift" tells how the product works.
  'log in', 'sign in',
];

/**
 * Commands that install or start a tool. A developer tool's release often
 * shows how to begin as a code block and nothing else ("brew install
 * shipwright"): a block whose line opens with one of these (after an
 * optional "$ ") is the getting-started part (engine/model/pressRelease.ts).
 */
export const INSTALL_COMMANDS: readonly string[] = [
  'npm i', 'npm install', 'npx', 'yarn add', 'yarn dlx', 'pnpm add', 'pnpm dlx', 'pip install', 'pipx install', 'uv tool install',
  'brew install', 'cargo install', 'go install', 'go get', 'gem install', 'docker run', 'docker pull', 'apt install',
  'apt-get install', 'dnf install', 'snap install', 'winget install', 'choco install', 'helm install', 'kubectl apply',
  'git clone', 'curl', 'wget', 'iwr',
];

/**
 * How a README's "how to use it" line opens when a code block follows it:
 * a purpose ("To import a resource into a stack:") or an instruction ("Pass
 * a policy when you create the client:", "Wrap your handler:"). Such a line
 * ending in a colon over code is the getting-started part
 * (engine/model/pressRelease.ts). Not any line over code: "This example
 * configures…:", "Optional override examples:" or a sign-off box's "Ticking
 * the box below…:" deep in an API README show more of the API, not how to begin.
 */
export const USAGE_OPENINGS: readonly string[] = [
  'to', 'pass', 'wrap', 'add', 'set', 'call', 'import', 'create', 'configure', 'declare', 'register', 'enable',
  'install', 'run', 'start', 'try', 'update', 'upgrade', 'first',
  // "Here is how you import a resource:", "If you want to assert against a stack, begin with:", "Step 1: …".
  'here is how', "here's how", 'here’s how', 'if you want to', 'step 1', 'step one',
];

/**
 * The version a feature ships in is where it begins ("is available in
 * Plinth 3.6", "on by default in 3.0 for new installs", "ships in
 * construct library 2.61"): one of these, then up to three words and a
 * version number with a dot (engine/model/cues.ts). "Available in 12
 * regions" names no version.
 */
export const VERSION_AVAILABILITY_LEADS: readonly string[] = [
  'available in', 'available from', 'available starting in', 'available starting with', 'on by default in', 'ships in', 'ships with',
  'shipping in', 'released in', 'lands in',
  // "Existing users should upgrade to `tripwire` 3.0 and run `tripwire migrate` once."
  'upgrade to', 'upgrading to',
];

/**
 * How a paragraph opens that tells something other than the customer's
 * situation: a vision ("Imagine…", "We believe…"), the company's story or
 * boilerplate ("About Acme:" — a name and a colon, not "About 310,000 households" —,
 * "Founded in 2019…", "… started in 2019 as"),
 * a pilot's results ("In a 90-day pilot…"), a goal, a price. Where no
 * paragraph complains, the classic order's guess that the paragraph after
 * the summary tells the problem (engine/model/pressRelease.ts) does not
 * take one of these. So does a market's size ("the U.S. wedding industry
 * is worth about $70 billion": MARKET_SIZE_WORDS after a market noun).
 */
export const NOT_SITUATION_OPENINGS: readonly string[] = [
  'imagine', 'picture this', 'we believe', 'we think', 'our goal', 'our mission', 'our vision', 'founded in',
  'pricing', 'prices start', 'later this year', 'next year', 'coming soon',
];
/** A trial whose results a paragraph opens with: "In a 90-day pilot with 22 practices, …", "During the beta, …". */
export const TRIAL_WORDS: readonly string[] = ['pilot', 'beta', 'trial', 'study'];
export const MARKET_SIZE_WORDS: readonly string[] = ['is worth', 'worth about', 'valued at', 'is expected to', 'are expected to', 'expect it to', 'installed'];

/** Getting-started words that count anywhere after the opening, not only after the first quote. */
export const STRONG_GETTING_STARTED_WORDS: readonly string[] = [
  'to get started', 'get started', 'getting started', 'sign up', 'signing up', 'to start using', 'download the',
  'download it', 'available today at', 'available today from', 'available today in', 'available today on',
  'available now at', 'available now from', 'available now in', 'available now on',
  // "Ledger is available today for iPhone and Android at ledger.example": where and on what it starts.
  'available today for', 'available now for',
];

/** Where to learn more or sign up: the closing paragraph says one of these (or gives a web address). */
export const CALL_TO_ACTION_WORDS: readonly string[] = [
  // "visit" only as an invitation: "a video visit" and "time to visit" are no call (an address after it is: engine/model/cues.ts).
  'learn more', 'visit us', 'visit our', 'visit www', 'can visit', 'sign up', 'go to', 'for more information', 'for more details', 'to find out',
  'find out more', 'available today', 'available now', 'try it', 'request access', 'request an invite',
  'request a demo', 'join', 'register', 'download*', 'starting today', 'starting now', 'starting on',
  // Or to a phone: "or call any clinic", "text us".
  'call any', 'call us', 'call your', 'text us',
  // Business products close by pointing to a person rather than a page ("Ask your account manager").
  'ask your', 'contact your', 'talk to your', 'speak to your', 'speak with your', 'reach out to your',
  // An app store is the address of an app ("free in the App Store").
  'app store', 'google play', 'play store', 'microsoft store', 'chrome web store',
];

/**
 * Verbs that open a sentence inviting the reader to act ("Try it with
 * `npx ledger init`", "Head to the docs"). A paragraph with such a sentence
 * and somewhere to go (a link, an address, a command) is a call to action,
 * whatever else it says.
 */
export const CALL_TO_ACTION_VERBS: readonly string[] = [
  // Not "open", "use", "start", "go", "order", "share": they open statements too ("Open source…", "Go developers…").
  'visit', 'try', 'install', 'sign up', 'read', 'get', 'join', 'download', 'check out', 'explore', 'learn', 'start by',
  'start with', 'start using', 'head', 'go to', 'see', 'find', 'follow', 'contact', 'register', 'request', 'clone', 'run',
  'give it', 'give us', 'browse', 'email', 'write to', 'reach out', 'subscribe', 'tell us', 'take a look',
  // An invitation to an event: "Come see the demo Friday", "Stop by booth 12".
  'come see', 'come and see', 'come by', 'stop by', 'drop by', 'vote for',
];

/** Words that make a line set off under a heading a note about the document, not its subheading ("_Draft blog post for the 3.0 release._"). */
export const DOCUMENT_NOTE_WORDS: readonly string[] = ['draft', 'blog post', 'not final', 'this document', 'this doc', 'this post', 'this page', 'work in progress', 'wip', 'comments welcome'];

/**
 * Of those, the verbs that invite rather than instruct: inside a README,
 * "Tell us what's missing in `#scheduler`" closes the release, "Run
 * `spoke sync --all`" documents it.
 */
export const INVITING_VERBS: readonly string[] = [
  'tell us', 'give us', 'give it', 'let us know', 'reach out', 'email', 'write to', 'contact', 'join', 'subscribe', 'vote for', 'try',
  'come see', 'come and see', 'come by', 'stop by', 'drop by', 'take a look', 'check out',
];

/** The verbs of that purpose ("To try it, …", "To get started, …"): "To our surprise, open rates…" states no purpose. */
export const PURPOSE_VERBS: readonly string[] = [
  'try', 'see', 'start', 'get', 'begin', 'sign up', 'learn', 'book', 'use', 'join', 'find', 'set up', 'turn on',
  'switch on', 'order', 'buy', 'install', 'download', 'enable', 'request', 'apply', 'register', 'access', 'give',
];

/**
 * Verbs that invite only after a purpose ("To try Ledger, open the app and
 * tap Books", "To sign up, go to…"): alone at a sentence's start they open
 * statements too ("Open source…", "Go developers…").
 */
export const CALL_TO_ACTION_AFTER_PURPOSE: readonly string[] = [
  'open', 'tap', 'click', 'go', 'use', 'start', 'order', 'choose', 'select', 'pick', 'add', 'turn on', 'enable',
  'press', 'scan', 'text', 'call', 'ask', 'book', 'sign in', 'log in',
];

/** Lines that close a release without calling anyone to act: a licence, a copyright, a press contact. */
export const NOT_CALL_TO_ACTION_WORDS: readonly string[] = [
  'license', 'licence', 'licensed', 'licenced', 'copyright', 'all rights reserved', '©', 'trademark*', 'media contact',
  'press contact',
];

/**
 * Phrases of a licence's or a warranty's legal text ("Permission is hereby
 * granted, free of charge…", "IN NO EVENT SHALL…"): a paragraph holding one
 * was written by lawyers for every project alike, not by the writer, and
 * `readability` leaves it be.
 */
export const LEGAL_BOILERPLATE: readonly string[] = [
  'permission is hereby granted', 'the software is provided', 'in no event shall', 'redistribution and use in source and binary forms',
  'the above copyright notice', 'unless required by applicable law', 'this program is free software', 'without warranties or conditions of any kind',
];

/** An opening that announces a launch: without a dateline, the first paragraph with one of these is the summary. */
export const LAUNCH_WORDS: readonly string[] = [
  'today', 'announc*', 'launch*', 'introduc*', 'unveil*', 'now available', 'release', 'released', 'releases', 'releasing',
  'debut*', 'open its', 'open the', 'opens its', 'opens the', 'opened its', 'opened the', 'roll* out',
];

/**
 * Verbs that tell a launch only right after "today" or "now": "Tallyrun
 * today opened lane booking for…", "Ledger now adds…". Elsewhere they tell
 * what anyone did ("she opened the app").
 */
export const LAUNCH_AFTER_TODAY: readonly string[] = ['opened', 'opens', 'added', 'adds', 'brought', 'brings', 'switched on', 'turned on'];

/**
 * Verbs that tell a release after "Today, <product> <version>": "Today,
 * Plinth 3.1 adds an output setting", "Today, Ledger 2 ships offline
 * mode". After a capitalised name only: "Today, owners spend an hour"
 * tells the problem.
 */
export const RELEASE_ADDING_VERBS: readonly string[] = ['adds', 'ships', 'brings', 'gains', 'gets', 'offers', 'supports'];

/**
 * Nouns that make a launch word part of a process, not an announcement:
 * "the 1.x release line", "release notes", "the launch date", "our release
 * cadence". A paragraph that talks about how releases are made announces
 * nothing.
 */
export const LAUNCH_PROCESS_NOUNS: readonly string[] = [
  'line', 'lines', 'note', 'notes', 'cycle', 'cycles', 'process', 'cadence', 'schedule', 'candidate', 'candidates',
  'branch', 'branches', 'channel', 'channels', 'train', 'pipeline', 'pipelines', 'date', 'dates', 'plan', 'plans',
  'window', 'timeline', 'checklist', 'tag', 'tags', 'version', 'versions',
  // A time or an occasion named after a launch ("on launch day", "release week") announces nothing either.
  'day', 'days', 'night', 'nights', 'week', 'weeks', 'weekend', 'weekends', 'event', 'events', 'party', 'parties',
];

/**
 * Words that open a paragraph turning from the situation to the fix
 * ("However, you can now…"): when that paragraph offers the solution, the
 * one before it told the problem, whatever words it used.
 */
/**
 * Words that turn a sentence from what others offer to what is still
 * wrong ("Agencies offer cover, but the carers are strangers"): solution
 * words before one of these, in the same sentence, are a concession, not the
 * product's fix (engine/model/pressRelease.ts counts only what follows).
 */
export const CONCESSION_TURNS: readonly string[] = ['but', 'yet', 'though', 'although', 'however'];

export const CONTRAST_TURNS: readonly string[] = ['however', 'but', 'instead', 'fortunately', 'thankfully', 'luckily', 'that is why', 'this is why', "that's why", 'that’s why'];

/**
 * How an RFC or a design proposal states what it launches: a paragraph that
 * opens with one of these ("This RFC proposes…", "We propose…") is the
 * summary of a release written as a proposal.
 */
export const PROPOSAL_OPENINGS: readonly string[] = [
  'this rfc propose*', 'this rfc introduc*', 'this rfc describ*', 'this rfc add*', 'this rfc will', 'this proposal',
  'this document propose*', 'this design propose*', 'we propose', 'we are proposing', "we're proposing", 'we’re proposing',
  'this rfc is about', 'this rfc outlines',
];

/**
 * Verbs that open a proposal's aim in the imperative ("Allow teams to
 * import…", "Make the CLI work where…"): a line under the title that opens
 * with one states what the work will do, even when it names the pain it
 * removes, so it is no problem paragraph.
 */
export const AIM_VERBS: readonly string[] = [
  'allow', 'make', 'enable', 'let', 'add', 'support', 'provide', 'introduce', 'give', 'help', 'bring', 'offer',
  'extend', 'improve', 'reduce', 'simplify', 'remove', 'replace', 'create', 'deliver', 'expose', 'automate',
];

/** Verbs that attribute a quotation to its speaker ("…," said Ana). */
export const ATTRIBUTION_VERBS: readonly string[] = [
  'said', 'says', 'add', 'adds', 'added', 'explain', 'explains', 'explained', 'according to', 'note', 'notes',
  'noted', 'comment', 'comments', 'commented', 'share', 'shares', 'shared', 'remarked', 'continued', 'tell',
  'tells', 'told',
];

/**
 * A quotation written without quote marks ("I had the bike back by six,
 * said Aisha Khan, a commuter"): the speaker's own words in the first person,
 * a comma, one of these verbs, then who spoke (a name, or "the product
 * owner"). Only the reporting forms: after a comma, "add" or "share" opens
 * an instruction ("…, add your bike and pick a slot").
 */
export const UNMARKED_ATTRIBUTION_VERBS: readonly string[] = [
  'said', 'says', 'adds', 'added', 'explains', 'explained', 'notes', 'noted', 'recalls', 'recalled', 'remarked', 'told us',
];

/** Titles of the company's own spokespeople: a quote attributed to one is the company quote. */
export const LEADER_TITLES: readonly string[] = [
  'leader', 'product owner', 'ceo', 'cto', 'cfo', 'coo', 'cpo', 'chief', 'president', 'vice president', 'vice-president', 'vp', 'svp', 'evp',
  'director of', 'general manager', 'gm', 'founder', 'co-founder', 'head of', 'senior manager', 'product manager',
  'product lead', 'spokesperson', 'spokeswoman', 'spokesman', 'engineering manager', 'leader of',
  // A student or volunteer team's own spokesperson: "a junior in Computer Science and ShelfSwap's project lead".
  'project lead', 'project leader', 'team lead',
  // One of several: "one of ShiftSwap's four founders", "one of the project's maintainers".
  'founders', 'co-founders', 'cofounder', 'cofounders',
  // An open-source project speaks through its maintainers ("a Keelson maintainer", "who leads the Ferrule project";
  // not "who leads a group of nine readers", a customer who leads something of her own).
  'maintainer', 'maintainers', 'lead maintainer', 'core maintainer', 'who leads the',
  // A side project speaks through the one who made it ("who wrote it and maintains it in his evenings", "Larder's creator").
  'who maintains', 'who wrote it', 'who created it', 'who built it', 'creator', 'creator of',
];

/**
 * What the maker of a side project did, said of the product by name: "said
 * Wei-Ting, who wrote quillsync over two winters", "who leads the Ferrule
 * project". Only with the product named right after: "who built her own
 * spreadsheet" and "who leads a group of nine readers in Dublin" are a
 * customer's story.
 */
export const MAKER_VERBS: readonly string[] = ['who wrote', 'who built', 'who created', 'who made', 'who started', 'who designed', 'who leads', 'who runs', 'who maintains'];

/**
 * Words of a company's name that say nothing about which company it is
 * ("Initech Inc." and "Fernhill Labs" share only these with others): left
 * out when the speaker's organisation is compared with the one launching.
 */
export const COMPANY_NAME_FILLERS: readonly string[] = [
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'llc', 'ltd', 'ltd.', 'limited', 'plc', 'gmbh',
  'group', 'labs', 'technologies', 'the', 'and', 'of',
];

/**
 * Departments a title names after "of" ("VP of Engineering", "Head of
 * Product"): the team inside a company, not the company the speaker works for.
 */
export const DEPARTMENT_NAMES: readonly string[] = [
  'engineering', 'product', 'products', 'design', 'marketing', 'sales', 'operations', 'finance', 'technology', 'it',
  'data', 'platform', 'platforms', 'infrastructure', 'security', 'people', 'growth', 'strategy', 'research', 'partnerships',
  'customer success', 'customer experience', 'developer relations', 'developer experience',
];

/**
 * Words outside the quotation marks that make the speaker a customer
 * ("a beta customer", "who tried it"); a people noun after "a" counts too
 * ("said Ana Ruiz, a teacher": engine/lexicon/people.ts).
 */
export const CUSTOMER_SPEAKER_WORDS: readonly string[] = [
  'customer', 'user', 'user of', 'owner of', 'owner at', 'who uses', 'who tried', 'who runs', 'who owns', 'beta',
  'early access', 'pilot',
];

/**
 * Departments named after the customer ("head of customer services at
 * Harrow Council", "VP of Customer Success"): the speaker works for the
 * company, so these words are no sign of a customer speaking.
 */
export const CUSTOMER_DEPARTMENTS: readonly string[] = [
  'customer service', 'customer services', 'customer support', 'customer success', 'customer experience', 'customer care',
  'customer relations', 'customer insights', 'customer operations', 'customer engagement', 'user experience',
  'user research', 'user support',
];

/** "…, said Ana, who tested it": the speaker used the product. */
export const CUSTOMER_SPEAKER_CLAUSES: readonly string[] = [
  'who tested', 'who used', 'who tried', 'who piloted', 'who runs', 'who owns', 'who uses',
];

/**
 * "said Ana Ruiz, a baker in Salem": a role then where the speaker is. The
 * role must not open with one of NOT_CUSTOMER_ROLE_OPENERS ("a senior
 * director at Fernhill" speaks for the company).
 */
export const SPEAKER_PLACE_WORDS: readonly string[] = ['in', 'at', 'from', 'who', 'with', 'near', 'based'];
/**
 * "said Ana Ruiz, platform lead at a logistics company": a role held at an
 * organisation the writer names with "a" or "an" is a customer's; the
 * company's own people work "at Fernhill" or "of Fernhill". The role is one
 * or two words that open with none of NOT_CUSTOMER_ROLE_OPENERS and is no
 * verb in -ing ("founder of Fernhill, speaking at a meetup").
 */
export const SPEAKER_AT_SOME_ORGANISATION: readonly string[] = ['at a', 'at an'];
export const NOT_CUSTOMER_ROLE_OPENERS: readonly string[] = [
  'vice', 'senior', 'lead', 'head', 'spokes*', 'director', 'manager of', 'general manager', 'product manager',
];

/** Inside the quotation: the company speaks as "we", a customer as "I". */
export const COMPANY_VOICE_WORDS: readonly string[] = ['we', 'our', 'us'];
export const CUSTOMER_VOICE_WORDS: readonly string[] = ['i', 'my', 'me', "i'm", 'i’m', "i've", 'i’ve'];

/**
 * The types of a conventional commit ("feat(sagemaker): add …", "fix: …"):
 * a line that opens with one is a CHANGELOG entry, the one-line headline
 * an RFC writes for its feature, never the release's summary, whatever
 * launch words it holds ("feat: announcing …, now available in …").
 */
export const CHANGELOG_ENTRY_TYPES: readonly string[] = ['feat', 'fix', 'chore', 'docs', 'refactor', 'perf', 'build', 'ci', 'style', 'test', 'revert'];

/**
 * Heading titles that wrap an RFC's "artefacts from the future" (its
 * CHANGELOG, README or press release) without naming one of them. Under
 * such a heading the release is often documentation, whose pitch is the
 * RFC's opening paragraph above it; only a heading that names the press
 * release itself ("### Press release") says the RFC's own title and
 * summary above it are not the release's (engine/model/opening.ts).
 */
export const RELEASE_WRAPPER_TITLES: readonly string[] = ['working backwards', 'the working backwards'];

/**
 * Sections of a design document or an RFC that hold its announcement
 * without naming a press release ("## Customer experience", a Rust-style
 * RFC's "# Guide-level explanation"): when a headline stands under one
 * (past a line that introduces it) with a dateline or a launch sentence
 * right below, the release starts at that headline (engine/model/opening.ts).
 */
export const ANNOUNCEMENT_SECTION_TITLES: readonly string[] = [
  'customer experience', 'the customer experience', 'user experience', 'guide-level explanation', 'guide level explanation',
  'announcement', 'the announcement', 'launch announcement', 'release announcement', 'launch post', 'launch blog post',
  'blog post', 'the blog post', 'release note', 'release notes',
];

/**
 * Headings that say the release is written as the product's documentation
 * (an RFC's "### README", "### CHANGELOG", "Release Notes entry",
 * "README.md for the CLI", "Working Backwards - README"): read at the
 * heading's start, after an optional "Working Backwards" and a dash.
 */
export const DOCUMENTATION_HEADINGS: readonly string[] = ['readme', 'readme.md', 'changelog', 'changelog.md', 'release notes'];
