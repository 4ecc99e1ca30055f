/**
 * Word lists for `passive-voice`. The rule does not report every passive
 * verb: technical writing describes systems in the passive ("tokens are
 * stored in the keychain", "the file can be imported") and a reader loses
 * nothing by it. It reports the passives where the missing actor is the
 * point: a decision or a commitment with no owner, a view with no holder,
 * a customer's data handled by someone unnamed. These lists say which.
 *
 * Participles are written as they follow "be" ("decided", "ruled out");
 * British and American spellings are listed both. One entry per line of
 * meaning, lower case.
 */

/**
 * Decisions, commitments and follow-ups: in the past ("was deprioritised")
 * or the future ("will be addressed", "needs to be decided"), a reader asks
 * "by whom?" and the plan has no answer.
 */
export const ACCOUNTABLE: Readonly<Record<string, readonly string[]>> = {
  /** Someone decided. */
  decided: [
    'decided', 'agreed', 'approved', 'rejected', 'ruled out', 'signed off', 'finalised', 'finalized', 'settled on', 'decided against',
    'selected', 'chosen',
    // "Pricing for single shops was deemed out of scope", "a 4 KB cap was mandated", "each time one was promised".
    'deemed', 'mandated', 'promised',
  ],
  /** Someone set or changed the priority. */
  prioritised: [
    'prioritised', 'prioritized', 'deprioritised', 'deprioritized', 'postponed', 'deferred', 'delayed', 'cancelled', 'canceled',
    'descoped', 'dropped', 'shelved', 'paused', 'abandoned', 'pushed back', 'called off', 'put on hold', 'shut down', 'wound down',
    'parked',
  ],
  /** Someone owns the follow-up. */
  followedUp: [
    'addressed', 'resolved', 'fixed', 'investigated', 'looked into', 'followed up', 'dealt with', 'taken care of', 'escalated',
    'reviewed', 'evaluated', 'assessed', 'revisited', 'reconsidered', 'owned', 'staffed', 'funded', 'communicated', 'announced',
    // "Risks will be mitigated", "fraud checks will be tightened", "existing customers will be migrated".
    'mitigated', 'monitored', 'handled', 'tightened', 'migrated', 'tackled',
  ],
  /** Someone owns the measure: the method asks for an owner beside every metric. */
  measured: ['measured'],
};

/**
 * After these, "by" names a measure, not an agent: "success will be
 * measured by weekly bookings" still does not say who measures.
 */
export const BY_NAMES_A_MEASURE: readonly string[] = ['measured', 'evaluated', 'assessed', 'judged'];

/**
 * Participles that hide an owner only with certain subjects: "mistakes were
 * made", "a decision will be made", "steps will be taken" — but not "the
 * call is made over TLS". The subject's last word, singular or plural.
 */
export const ACCOUNTABLE_WITH_SUBJECT: Readonly<Record<string, readonly string[]>> = {
  made: ['mistake', 'error', 'decision', 'call', 'choice', 'determination', 'change', 'trade-off', 'tradeoff', 'exception', 'commitment', 'promise', 'assumption', 'investment'],
  taken: ['step', 'action', 'measure', 'decision', 'risk'],
  // "Final approval will be given once the business case is reviewed": who approves?
  given: ['approval', 'sign-off', 'go-ahead', 'permission', 'consent', 'green light'],
};

/**
 * Subjects of those participles whose passive hides who decides, or who
 * erred, which even a document written for engineers must say: "a decision
 * will be made at the Q3 review", "the call will be taken after the pilot",
 * "mistakes were made in the rollout". (There, "the flag will be removed in
 * v3" is the writing team's plan, and is left be.)
 */
export const WHO_DECIDES: readonly string[] = ['decision', 'call', 'choice', 'determination', 'mistake', 'error', 'approval', 'sign-off', 'go-ahead'];

/** "Made available": a release promised with no one to ship it ("will be made available to other teams"). */
export const ACCOUNTABLE_PHRASES: readonly string[] = ['made available'];

/**
 * Impersonal passives: "it was felt that …", "it is believed that …", "it
 * might be considered to …". Whose view is it? These verbs of thinking,
 * saying and deciding after "it" hide the holder in any tense.
 * ("It is recommended to …" is left out: in documentation it is advice
 * from the page's own author.)
 */
export const IMPERSONAL: readonly string[] = [
  'felt', 'believed', 'thought', 'decided', 'agreed', 'assumed', 'expected', 'hoped', 'noted', 'understood', 'known', 'said',
  'reported', 'estimated', 'considered', 'determined', 'proposed', 'planned', 'accepted', 'acknowledged', 'anticipated',
  'envisioned', 'envisaged', 'feared', 'found', 'judged', 'recognised', 'recognized', 'claimed', 'concluded', 'established',
  'argued', 'shown', 'stated', 'preferred', 'desired', 'suggested', 'mentioned', 'observed', 'speculated', 'rumoured', 'rumored',
  // "It has been identified that a significant number of new starters…": found by whom?
  'identified',
];

/**
 * In the present ("It is proposed that the pilot runs in Leeds", "it is
 * expected that the cost is met from the HR budget"), the writer's own
 * plan or expectation: the document is theirs, and so is the view. In the
 * past or perfect ("it was decided", "it has been agreed") someone else's
 * decision is hidden, and is still reported.
 */
export const WRITERS_INTENT: readonly string[] = ['proposed', 'expected', 'suggested', 'anticipated', 'planned', 'hoped', 'envisaged', 'envisioned', 'intended'];

/**
 * After "should" or "must", the writer's own aside, not a view with a
 * hidden holder: "it should be noted that…", "it must be stressed that…".
 */
export const ASIDE_VERBS: readonly string[] = ['noted', 'mentioned', 'stressed', 'emphasised', 'emphasized', 'remembered'];

/**
 * Conjunctions that open a clause of time or condition: "until the problem
 * is fixed", "once the business case has been reviewed". A follow-up there
 * marks when something happens, not a commitment with no owner.
 */
export const TIME_CLAUSE_OPENERS: readonly string[] = ['until', 'till', 'when', 'once', 'after', 'before', 'as soon as', 'whenever'];

/**
 * A view held by a crowd nobody names: one of these adverbs between "be"
 * and a verb of VIEWS, then "as" or "to" ("is widely regarded as unsafe",
 * "is generally seen as the main source", "are commonly thought to be").
 * Whose view, and how many hold it?
 */
export const VIEW_ADVERBS: readonly string[] = ['widely', 'generally', 'commonly', 'broadly', 'universally'];
export const VIEWS: readonly string[] = ['regarded', 'seen', 'considered', 'viewed', 'accepted', 'believed', 'thought', 'held', 'acknowledged', 'recognised', 'recognized', 'known'];

/**
 * Of those, the verbs of a view that stay impersonal with nothing after
 * them ("…, or so it was felt."). The others need "that", "to"… after
 * them: "if it couldn't be found." tells of a thing that was not found.
 */
export const IMPERSONAL_ALONE: readonly string[] = [
  'felt', 'believed', 'thought', 'decided', 'agreed', 'assumed', 'hoped', 'feared', 'argued', 'claimed', 'concluded', 'preferred',
  'desired', 'judged',
];

/**
 * Prepositions that tell where or when a view was settled, between the
 * participle and its "that": "it was agreed in the community call that…",
 * "it was decided at the offsite to…". ("by" names who, and is not one.)
 */
export const SETTLED_WHERE: readonly string[] = ['in', 'at', 'during', 'on', 'after', 'before', 'over', 'last', 'earlier', 'early'];

/**
 * Verbs of reading one thing as another: "it is assumed to be the encoding",
 * "it is considered to be a list of keywords". Followed by "to be", the "it"
 * is a thing named before (a value, an option), not the empty "it" of "it
 * is assumed that…": how a program reads its input, no view withheld.
 */
export const READ_AS: readonly string[] = ['assumed', 'considered'];

/** Words after "it + be + participle" that make it impersonal: "it was decided that", "to", "whether". */
export const IMPERSONAL_NEXT: readonly string[] = ['that', 'to', 'whether', 'how', 'if', 'what', 'when', 'this'];

/**
 * A customer's data handled by someone unnamed: "your email address is
 * captured", "location data may be shared". Trust needs the "who" and the
 * "why". Not when the sentence limits or denies it ("is never shared",
 * "is only sent when you ask"): that is a promise, and its actor is plain.
 */
export const PERSONAL_DATA: readonly string[] = [
  'email', 'email address', 'e-mail address', 'phone number', 'address', 'location', 'location data', 'contacts', 'personal data',
  'personal information', 'usage data', 'browsing history', 'ip address', 'messages', 'recordings', 'photos', 'payment details',
  'card details', 'health data', 'health information', 'identity', 'date of birth', 'full name', 'home address',
];

/**
 * Personal data nouns that also name a system's own data: a queue's
 * "messages", a memory "address", a resource's "location". In a document
 * written for engineers they are personal only with an owner before them
 * ("your messages are kept for 30 days"); "Messages are kept for 24 hours
 * unless you set a retention" describes a topic.
 */
export const SYSTEM_DATA_TOO: readonly string[] = ['messages', 'address', 'location', 'location data', 'contacts', 'recordings', 'photos', 'identity'];

/** Words that make any data noun personal when they stand before it: "your data", "customer data". */
export const PERSONAL_OWNERS: readonly string[] = ['your', 'their', 'customer', "customers'", 'user', "users'", 'patient', 'personal'];

/** What someone does with that data. */
export const DATA_HANDLING: readonly string[] = [
  'captured', 'collected', 'shared', 'sold', 'tracked', 'monitored', 'logged', 'recorded', 'retained', 'kept', 'used', 'analysed',
  'analyzed', 'processed', 'disclosed', 'passed on',
  // Handed to someone else: "your date of birth is forwarded to a third-party provider".
  'forwarded', 'transferred', 'handed over', 'handed on', 'passed to', 'given to', 'sent to', 'sold on',
];

/** Nouns for data, made personal by an owner before them ("your data", "user records"). */
export const DATA_NOUNS: readonly string[] = ['data', 'information', 'details', 'records', 'history', 'profile', 'activity'];

/**
 * "by" that does not name an agent: "was decided by default", "will be
 * fixed by the end of May", "by email". After these the actor is still
 * missing.
 */
export const BY_NOT_AGENT: readonly string[] = [
  'default', 'hand', 'design', 'mistake', 'accident', 'chance', 'case', 'then', 'now', 'far', 'the end', 'end', 'the time', 'the start',
  'the middle', 'early', 'mid', 'late', 'next', 'this', 'that', 'email', 'phone', 'mail', 'post', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'launch', 'tomorrow', 'tonight', 'noon', 'midnight', 'q1', 'q2', 'q3', 'q4',
];

/**
 * Words that may stand before the number opening a counted subject: "94% of
 * applications were decided", "nearly 2,000 visits were completed". Such a
 * passive reports a measurement, and hides no owner.
 */
export const COUNT_LEADS: readonly string[] = ['and', 'but', 'while', 'about', 'around', 'nearly', 'almost', 'roughly', 'over', 'under', 'more than', 'fewer than', 'less than', 'only', 'just', 'another', 'some', 'of those', 'of these', 'of them'];

/**
 * Verbs of finding out: a passive in the question after them ("see when
 * the pothole will be fixed", "know whether the claim was approved") is
 * what the reader can look up, not a commitment nobody owns.
 */
export const LOOK_UP_VERBS: readonly string[] = ['see', 'sees', 'know', 'knows', 'check', 'checks', 'track', 'tracks', 'tell', 'tells', 'find out', 'finds out', 'learn', 'learns', 'show', 'shows', 'ask', 'asks'];
