import { firstNotBefore } from '../model/sorted.js';
import type { ProseSpan } from '../model/types.js';
import { toDocRange } from '../model/prose.js';
import { phraseMatcher, sentences } from '../text/tokens.js';
import { placeholderSelection } from '../fix/edits.js';
import type { Fix, Rule, RuleContext, SpanText } from './types.js';

/** Results no team moves directly. */
const OUTPUTS = phraseMatcher([
  'annual recurring revenue', 'monthly recurring revenue', 'recurring revenue', 'gross merchandise value', 'gross merchandise volume',
  'gross margin', 'gross margins', 'operating margin', 'operating margins', 'profit margin', 'profit margins', 'net margin', 'contribution margin',
  'net income', 'operating income', 'net profit', 'gross profit', 'operating profit', 'market share', 'share price', 'stock price',
  'market cap', 'market capitalization', 'market capitalisation', 'shareholder value', 'free cash flow', 'cash flow', 'earnings per share',
  'top line', 'top-line', 'bottom line', 'bottom-line', 'revenue', 'revenues', 'profit', 'profits', 'profitability', 'GMV', 'ARR', 'MRR',
  'EBITDA', 'EPS', 'sales', 'margin', 'margins', 'earnings', 'lifetime value', 'LTV',
])!;

/** "sales team", "earnings call": the word names something other than the result. */
const NOT_THE_METRIC = /^[\s-]+(?:team|teams|reps?|representatives?|managers?|people|force|cycles?|calls?|org|organi[sz]ations?|engineers?|channels?|pitch|decks?|process|tax|staff|leaders?|partners?|motion|funnel|tools?|pages?|person|associates?|directors?|department|meetings?|enablement|playbooks?|conversations?|contacts?|leads?|agents?|floor|office|training|report|reports|release|of error)\b/i;

/** Customer-experience drivers a team controls: when one is named beside the output, the goal is not output-only. */
const INPUTS = /\b(?:selection|assortment|in[- ]stock|pricing|prices?(?<!(?:share|stock)\s+prices?)|delivery|deliveries|shipping|ship(?:s|ped)? (?:in|within)|speed|latency|p50|p90|p95|p99|time[- ]to[- ][\p{L}-]+|wait(?:ing)? times?|load times?|response times?|turnaround|lead times?|set-?up times?|cycle times?|resolution times?|steps?|clicks?|conversion|defects?|defect rates?|error rates?|failure rates?|crash(?:es| rate)|availability|uptime|accuracy|contact rates?|contacts per|tickets? per|on-time|late shipments?|cancellations?|refunds? rate|return rate)\b/iu;

/** A goal being set: the writer's own target, not a fact or a customer's result. */
const GOAL_CUE =
  /\b(?:(?:our|the|a|primary|main|key|top|business|financial|first|one|only)\s+(?:goals?|objectives?|aims?|targets?)\b(?!\s+(?:customers?|users?|audiences?|markets?|segments?|personas?|groups?|platforms?|dates?|environments?|accounts?|regions?)\b)|goals?\s+(?:is|are|for|will)\b|targets?\s+(?:of|is|for)\b|\baim(?:s|ing)?\s+(?:for|to|at)\b|success\s+(?:means|is|will be|looks like|metrics?|measures?|criteria|criterion)\b|measures?\s+(?:of\s+)?success|measured?\s+(?:our\s+)?success|we\s+(?:will|['’]ll|plan to|intend to)\s+(?:measure|track|judge)|key\s+(?:performance\s+)?(?:metrics?|indicators?|results?)|\bKPIs?\b|north[- ]star|\bOKRs?\b|(?:should|will|must|to)\s+(?:also\s+)?(?:increase|grow|raise|boost|double|triple|lift|drive|maximi[sz]e|reach|hit|achieve|exceed|generate|deliver|improve)\b)/iu;
/** The same cues, but only those that cannot describe a customer's result in a press release. */
const OWN_GOAL_CUE = /\b(?:our|the|primary|main|key|business|financial)\s+(?:goals?|objectives?|targets?)\b|success\s+(?:means|is|will be|looks like|metrics?)|we\s+(?:will|plan to)\s+(?:measure|track)|\bKPIs?\b|north[- ]star|\bOKRs?\b/iu;

/** A target stated as a number or a direction. */
const TARGETED = /\d|\b(?:increase|grow|raise|boost|double|triple|lift|drive|maximi[sz]e|reach|hit|achieve|exceed|generate|deliver|improve)\b/i;

/** "revenue is not a goal", "rather than revenue". */
const NEGATED_GOAL = /\bnot\s+(?:a|the|our|an)\s+(?:goal|target|objective)|\bnot\s+(?:goals?|targets?)\b/i;
const NEGATION_BEFORE = /\b(?:not|no|never|rather than|instead of|beyond|other than)\s+(?:\S+\s+){0,2}$/i;
/** Outputs a customer earns ("helps sellers grow their sales"), or outputs merely reported beside goals. */
const NOT_OURS_BEFORE = /\b(?:their|your|his|her|customers['’]?|sellers['’]?|owners['’]?)\s+(?:\S+\s+)?$|\b(?:help|helps|helping|enable|enables|enabling|let|lets|allow|allows)\b/i;
const REPORTED = /\b(?:report|reports|reported|reporting|show|shows|shown)\b[^.]{0,60}\b(?:beside|alongside|next to|along with|together with)\b/i;

/** Questions whose answer states how success is measured. */
const SUCCESS_QUESTION = /\b(?:success|successful|succeed|measure|measured|metrics?|kpis?|goals?|targets?|how (?:will|do|would) (?:we|you) know|track)\b/i;

interface Unit {
  spans: ProseSpan[];
  /** Every sentence in the unit is a goal context (goals section, success answer). */
  goalContext: boolean;
}

/**
 * Whether the innermost section around `offset` is the goals section. That
 * is the last one starting at or before it (found by binary search: trying
 * every section for every paragraph was quadratic), as a section runs on to
 * the next heading at least; the walk back covers offsets past the end.
 */
function goalSectionAt(ctx: RuleContext, offset: number): boolean {
  const sections = ctx.model.sections;
  for (let i = firstNotBefore(sections, (s) => s.start <= offset) - 1; i >= 0; i--) {
    const s = sections[i];
    if (offset < s.end) return s.id === 'goals';
  }
  return false;
}

/** Paragraphs, and FAQ answers as a whole: the places where inputs can stand beside an output. */
function units(ctx: RuleContext): Unit[] {
  const out: Unit[] = [];
  const answers = new Map<number, Unit>();
  for (const span of ctx.model.prose) {
    const c = span.context;
    if (span.element === 'heading' || c.region === 'appendix' || c.role === 'heading') continue;
    if (c.region === 'faq' && c.question !== undefined) {
      // A question written on the answer's first line shares its paragraph: the unit is the entry.
      let u = answers.get(c.question);
      if (!u) {
        const q = ctx.model.questions[c.question];
        u = { spans: [], goalContext: !!q && SUCCESS_QUESTION.test(q.text) };
        answers.set(c.question, u);
        out.push(u);
      }
      u.spans.push(span);
      continue;
    }
    out.push({ spans: [span], goalContext: goalSectionAt(ctx, span.segments[0]?.[1] ?? 0) });
  }
  return out;
}

/** A sentence that may state a goal in outputs: its cues, and the outputs it names (offsets into the span's text). */
interface GoalSentence {
  /** Cues a press release counts: the company's own goal ("our goal", "KPI"). */
  ownGoal: boolean;
  goal: boolean;
  /** A number or a verb of change ("grow", "double"): a goal in a goals context. */
  targeted: boolean;
  metrics: Array<{ start: number; end: number; text: string }>;
}

/** Whether a span names an input metric, and its sentences that name outputs as goals might. */
function goalsIn(span: SpanText): { inputs: boolean; sentences: GoalSentence[] } {
  const inputs = INPUTS.test(span.text);
  // Most spans name no output at all (a sentence's outputs are outputs of the span: sentences end at spaces).
  OUTPUTS.lastIndex = 0;
  if (!OUTPUTS.test(span.text)) return { inputs, sentences: [] };
  const found: GoalSentence[] = [];
  for (const sentence of sentences(span.text)) {
    const text = sentence.text;
    const ownGoal = OWN_GOAL_CUE.test(text);
    const goal = GOAL_CUE.test(text);
    const targeted = TARGETED.test(text);
    if (!ownGoal && !goal && !targeted) continue;
    if (NEGATED_GOAL.test(text)) continue;
    const metrics: GoalSentence['metrics'] = [];
    OUTPUTS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = OUTPUTS.exec(text))) {
      const before = text.slice(0, m.index);
      if (NOT_THE_METRIC.test(text.slice(m.index + m[0].length))) continue;
      if (NEGATION_BEFORE.test(before) || NOT_OURS_BEFORE.test(before.slice(-40))) continue;
      if (REPORTED.test(text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 70)) && !/\bgoal|target/i.test(before)) continue;
      metrics.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, text: m[0] });
    }
    if (metrics.length > 0) found.push({ ownGoal, goal, targeted, metrics });
  }
  return { inputs, sentences: found };
}

/** Names inputs, so the rule sees an input beside the output once the writer fills it in. */
const INPUT_PLACEHOLDER = '[Add the input goal: selection, price, delivery speed or latency, by when]';

/** Put an input-goal placeholder right after the sentence that states the output goal. */
function addInputGoal(text: string, blockEnd: number, findingEnd: number): Fix {
  const rest = text.slice(findingEnd, blockEnd);
  const stop = /[.!?](?=["”')\]*_]*(?:\s|$))/.exec(rest);
  let at = stop ? findingEnd + stop.index + 1 : blockEnd;
  while (at < blockEnd && /["”')\]*_]/.test(text[at])) at++;
  if (!stop) while (at > findingEnd && /\s/.test(text[at - 1])) at--;
  const edit = { start: at, end: at, newText: ` ${INPUT_PLACEHOLDER}.` };
  return { title: 'Add an input-metric goal beside this output goal', edits: [edit], isPreferred: true, select: placeholderSelection([edit], edit) };
}

export const outputMetric: Rule = {
  id: 'output-metric',
  description: 'A goal or success measure stated only as an output (revenue, profit, GMV, market share…) with no input metric beside it.',
  principle:
    'Outputs such as revenue, profit or share price are results: no team can move them directly, and when they miss, they do not say why. Inputs are the parts of the customer experience the team controls — selection, price, delivery speed, latency, time to first value. Set the goal on the inputs and report the outputs beside them.',
  example: {
    before: 'Our goal for next year is $4M in revenue.',
    after: 'Our goal for next year is to cut setup time from 3 days to 20 minutes and to list 500 more products; we will report revenue beside these.',
  },
  kinds: ['prfaq', 'narrative'],
  defaultSeverity: 'warning',
  check(ctx) {
    for (const unit of units(ctx)) {
      const found = unit.spans.map((span) => ctx.perSpan('goals', span, goalsIn));
      if (found.some((f) => f.inputs)) continue;
      unit.spans.forEach((span, i) => {
        const pressRelease = span.context.region === 'press-release';
        for (const { ownGoal, goal, targeted, metrics } of found[i].sentences) {
          const cue = pressRelease ? ownGoal : goal;
          if (!cue && !(unit.goalContext && targeted)) continue;
          // One finding per goal statement, on its first output.
          const first = metrics[0];
          // Acronyms keep their capitals ("ARR", "GMV"); other words read in lower case.
          const spoken = (t: string) => (/^[A-Z&]{2,}s?$/.test(t) ? t : t.toLowerCase()).replace(/\s+/g, ' ');
          const names = [...new Set(metrics.map((x) => spoken(x.text)))];
          const list = names.length > 1 ? names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1] : names[0];
          ctx.report({
            ...toDocRange(span, first.start, first.end),
            message: `This goal is stated only as ${list}, an output no team moves directly. Set the goal on the inputs that drive it (selection, price, delivery speed, latency, time to first value) and report ${names[0]} beside them.`,
            data: { metric: names[0] },
          });
        }
      });
    }
  },
  fixes(f, { model }) {
    const block = model.blocks.find((b) => b.start <= f.start && f.end <= b.end);
    let end = block ? block.end : model.text.length;
    // Inside a list or quote, stay on the finding's own line.
    if (block && block.type !== 'paragraph') {
      const nl = model.text.slice(f.end, end).search(/\r?\n|\r/);
      if (nl >= 0) end = f.end + nl;
    }
    return [addInputGoal(model.text, end, f.end)];
  },
  examples: {
    invalid: [
      'Our goal is to grow «revenue» by 20% next year.',
      { doc: '# Goals\n\nBy the end of 2028 we will reach $4M in «ARR» and 8% market share.', kind: 'narrative', note: 'one finding per goal statement, on its first output' },
      '## Internal FAQ\n\n### How will we measure success?\n\nWe will look at «gross margin» each quarter and expect it to reach 40%.',
      'Success means doubling «GMV» within a year.',
      { doc: '# Plan\n\nThe product should also increase checkout «revenue» by 15%.', kind: 'narrative' },
    ],
    valid: [
      'Our goal is to cut delivery time from 4 days to 2; revenue will follow.',
      '## Internal FAQ\n\n### How will we measure success?\n\nWe track setup time and the share of owners who finish setup in one session. We report revenue beside these measures every month.',
      'Revenue grew 12% last year, mostly from repeat orders.',
      'Our target customers are sales managers at bakeries with one shop.',
      'The goal is to help sellers grow their sales by 20%.',
      'Owners who tried it grew sales by 30% in the pilot.',
      { doc: '# Goals\n\nWe will cut the time to first bake sheet from 3 days to 1 evening, and report revenue monthly.', kind: 'narrative' },
      'Revenue is not a goal for the team this year; we will track the override rate weekly.',
      'Our goal is to grow selection from 400 to 1,000 products, which should raise revenue by 10%.',
    ],
  },
};
