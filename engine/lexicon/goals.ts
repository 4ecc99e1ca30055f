/**
 * Goals, outputs and inputs, for `output-metric`. Matched whole and
 * case-insensitively; a phrase matches with any spacing.
 */

/** Results no team moves directly. */
export const OUTPUTS: readonly string[] = [
  'annual recurring revenue', 'monthly recurring revenue', 'recurring revenue', 'gross merchandise value', 'gross merchandise volume',
  'gross margin', 'gross margins', 'operating margin', 'operating margins', 'profit margin', 'profit margins', 'net margin', 'contribution margin',
  'net income', 'operating income', 'net profit', 'gross profit', 'operating profit', 'market share', 'share price', 'stock price',
  'market cap', 'market capitalization', 'market capitalisation', 'shareholder value', 'free cash flow', 'cash flow', 'earnings per share',
  'top line', 'top-line', 'bottom line', 'bottom-line', 'revenue', 'revenues', 'profit', 'profits', 'profitability', 'GMV', 'ARR', 'MRR',
  'EBITDA', 'EPS', 'sales', 'margin', 'margins', 'earnings', 'lifetime value', 'LTV',
  // An open-source project's popularity: "one million weekly downloads", "10,000 GitHub stars". Results of
  // everything the project does, moved by none of it directly.
  'downloads', 'weekly downloads', 'monthly downloads', 'npm downloads', 'github stars', 'stars on github', 'docker pulls', 'stargazers',
];

/**
 * Outputs when a goal states them as an amount of money: "$2M in bookings",
 * "deposits of $500K", "$40M in gross merchandise value". Without the money
 * they may be counts a team can move ("bookings per table"), so only then.
 */
export const MONEY_OUTPUTS: readonly string[] = [
  'bookings', 'deposits', 'merchandise value', 'merchandise sales', 'transaction volume', 'payment volume',
  'transactions', 'payments', 'loans', 'premiums', 'orders', 'purchases', 'spend', 'donations', 'pledges',
  'contracts', 'billings',
];

/** After an output word, nouns that make it name something else ("sales team", "earnings call"); their plurals too. */
export const NOT_THE_METRIC_NOUNS: readonly string[] = [
  'team', 'rep', 'representative', 'manager', 'cycle', 'call', 'organization', 'organisation', 'engineer', 'channel',
  'deck', 'leader', 'partner', 'tool', 'page', 'associate', 'director', 'meeting', 'playbook', 'conversation',
  'contact', 'lead', 'agent', 'report',
  // "companies in the target revenue range": a band that names a segment, not a measure.
  'range', 'band', 'bracket',
];
/** The same, as written only. */
export const NOT_THE_METRIC_WORDS: readonly string[] = [
  'people', 'force', 'org', 'pitch', 'process', 'tax', 'staff', 'motion', 'funnel', 'person', 'department',
  'enablement', 'floor', 'office', 'training', 'release', 'of error',
];

/**
 * Customer-experience drivers a team controls: named beside an output, they
 * make the goal more than an output. Nouns here match their plurals too.
 */
export const INPUT_NOUNS: readonly string[] = [
  'price', 'wait time', 'waiting time', 'load time', 'response time', 'lead time', 'setup time', 'set-up time',
  'cycle time', 'resolution time', 'step', 'click', 'defect', 'defect rate', 'error rate', 'failure rate',
  'contact rate', 'late shipment', 'cancellation', 'delivery',
];
export const INPUT_WORDS: readonly string[] = [
  'selection', 'assortment', 'in stock', 'in-stock', 'pricing', 'shipping', 'ship in', 'ships in', 'shipped in',
  'ship within', 'ships within', 'shipped within', 'speed', 'latency', 'p50', 'p90', 'p95', 'p99', 'turnaround',
  'conversion', 'availability', 'uptime', 'accuracy', 'contacts per', 'ticket per', 'tickets per', 'on-time',
  'crashes', 'crash rate', 'refund rate', 'refunds rate', 'return rate',
];
/** Inputs named by how they start: "time to first value", "time-to-resolution", "weekly active schedulers" (any word may follow). */
export const INPUT_LEADS: readonly string[] = ['time to', 'time-to', 'weekly active', 'daily active', 'monthly active'];
/** Input words that are outputs after certain words: a share price is not a price customers pay. */
export const INPUT_NOT_AFTER: Readonly<Record<string, readonly string[]>> = {
  price: ['share', 'stock'],
};

/** Verbs of change: with one of these (or a number) a sentence sets a target. */
export const CHANGE_VERBS: readonly string[] = [
  'increase', 'grow', 'raise', 'boost', 'double', 'triple', 'lift', 'drive', 'maximize', 'maximise', 'reach', 'hit',
  'achieve', 'exceed', 'generate', 'deliver', 'improve',
];

/** Verbs of change downwards: "reduce onboarding from 3 days to 1". */
export const MEASURE_DOWN_VERBS: readonly string[] = ['reduce', 'cut', 'decrease', 'lower', 'shorten', 'halve'];

/**
 * A goal being set: the writer's own target, not a fact or a customer's
 * result. Each row is a phrase made of one entry from each list, in order
 * ('' means the word may be left out). `own` rows are the company's own goal
 * even in a press release, where "a goal" may be a customer's. `unlessNext`:
 * the phrase is no goal before one of these nouns (or their plurals):
 * "our target customers".
 */
export interface GoalCue {
  words: ReadonlyArray<readonly string[]>;
  own?: boolean;
  unlessNext?: readonly string[];
}
const OWNERS = ['our', 'the', 'primary', 'main', 'key', 'business', 'financial'];
const NOT_A_GOAL = ['customer', 'user', 'audience', 'market', 'segment', 'persona', 'group', 'platform', 'date', 'environment', 'account', 'region'];
export const GOAL_CUES: readonly GoalCue[] = [
  { own: true, words: [OWNERS, ['goal', 'goals', 'objective', 'objectives', 'target', 'targets']], unlessNext: NOT_A_GOAL },
  { words: [OWNERS, ['aim', 'aims']], unlessNext: NOT_A_GOAL },
  { words: [['a', 'top', 'first', 'one', 'only'], ['goal', 'goals', 'objective', 'objectives', 'aim', 'aims', 'target', 'targets']], unlessNext: NOT_A_GOAL },
  { words: [['goal', 'goals'], ['is', 'are', 'for', 'will']] },
  { words: [['target', 'targets'], ['of', 'is', 'for']] },
  { words: [['aim', 'aims', 'aiming'], ['for', 'to', 'at']] },
  { own: true, words: [['success'], ['means', 'is', 'will be', 'looks like', 'metric', 'metrics']] },
  { words: [['success'], ['measure', 'measures', 'criteria', 'criterion']] },
  // "The preview succeeds if, by the end of October, 120 stacks use it", "We will call it a success if…".
  { words: [['succeeds', 'succeed', 'a success'], ['if', 'when']] },
  { words: [['measure', 'measures', 'measured'], ['success']] },
  { words: [['measure', 'measures'], ['of success']] },
  { words: [['measure', 'measured'], ['our success']] },
  { own: true, words: [['we will', 'we plan to'], ['measure', 'track', 'count']] },
  { words: [['we will', 'we plan to'], ['judge']] },
  { words: [["we'll", 'we’ll', 'we intend to'], ['measure', 'track', 'count', 'judge']] },
  { words: [['key'], ['', 'performance'], ['metric', 'metrics', 'indicator', 'indicators', 'result', 'results']] },
  { own: true, words: [['KPI', 'KPIs', 'north star', 'north stars', 'north-star', 'north-stars', 'OKR', 'OKRs']] },
  { words: [['should', 'will', 'must', 'to'], ['', 'also'], CHANGE_VERBS] },
  // A target on a number that must go down or hold: "which should fall from 130 to zero", "must stay under 80 ms".
  { words: [['should', 'will', 'must'], ['', 'also'], [...MEASURE_DOWN_VERBS, 'fall', 'drop', 'stay under', 'stay below', 'stay within']] },
];

/** Words before an output that say it is not a goal: "not revenue", "rather than profit". */
export const NEGATIONS: readonly string[] = ['not', 'no', 'never', 'rather than', 'instead of', 'beyond', 'other than'];
/** Words before an output that make it someone else's ("their revenue", "sellers' sales"). */
export const OTHERS_OUTPUTS: readonly string[] = ['their', 'your', 'his', 'her', 'customers', 'customers’', "customers'", 'sellers', 'sellers’', "sellers'", 'owners', 'owners’', "owners'"];
/**
 * Verbs before an output that make it the activity, not the measure: "we
 * will pause sales in the region", "resume sales once fixed".
 */
export const ACTIVITY_VERBS: readonly string[] = [
  'pause', 'pauses', 'paused', 'halt', 'halts', 'halted', 'stop', 'stops', 'stopped', 'suspend', 'suspends', 'suspended',
  'resume', 'resumes', 'resumed', 'freeze', 'freezes', 'froze', 'frozen', 'restrict', 'restricts', 'restricted',
];
/** Verbs before an output that make it a customer's result: "helps sellers grow their sales". */
export const HELPING_VERBS: readonly string[] = ['help', 'helps', 'helping', 'enable', 'enables', 'enabling', 'let', 'lets', 'allow', 'allows'];

/** Column titles of a metrics table: one of these in the header row makes a table of goals. */
export const METRIC_TABLE_HEADERS: readonly string[] = [
  'metric', 'measure', 'goal', 'target', 'KPI', 'baseline', 'today', 'current', 'by when', 'objective',
];
/** A plan's columns that hold a "target" that is a date or a release, not a measure: "| Phase | Scope | Target date |". */
export const PLAN_TABLE_HEADERS: readonly string[] = ['target date', 'target release', 'target version', 'target milestone', 'target quarter', 'target week'];
/**
 * Measures named precisely enough to track: in the answer to "how will we
 * measure success?" or in a goals section, naming one of these (or an input
 * from INPUT_NOUNS/INPUT_WORDS/INPUT_LEADS) says how success is measured even
 * before the target is set; "engagement" alone does not.
 */
export const MEASURABLE_WORDS: readonly string[] = [
  'minutes', 'hours', 'days', 'weeks', 'share of', 'percentage of', 'percent of', 'number of', 'count of', 'rate of',
  'time from', 'median', 'p50', 'p90', 'per day', 'per week', 'per month',
];

/** Words in an FAQ question that ask how success is measured: its answer is where goals are stated. */
export const SUCCESS_QUESTION_WORDS: readonly string[] = [
  'success', 'successful', 'succeed', 'measure', 'measured', 'metric', 'metrics', 'kpi', 'kpis', 'goal', 'goals',
  'target', 'targets', 'track', 'how will we know', 'how do we know', 'how would we know', 'how will you know',
  'how do you know', 'how would you know',
  // A side project's maker asks in the first person: "How will I know this worked?" (not a
  // customer's "How do I know my order shipped?": only whether the project worked).
  'how will i know this worked', 'how will i know it worked', 'how would i know this worked', 'how would i know it worked',
  'how will i know this is working', 'how will i know it is working', "how will i know it's working", 'how will i know if this works',
  'how will i know if it works', 'how will i know if this worked', 'how will i know if it worked',
];
