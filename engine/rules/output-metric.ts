import type { ProseSpan } from '../model/types.js';
import { toDocRange } from '../model/prose.js';
import * as L from '../lexicon/goals.js';
import { normalisePhrase, nounForms, phraseMatcher, phrasePattern, sequences } from '../text/phrases.js';
import { sentences } from '../text/tokens.js';
import { placeholderSelection } from '../fix/edits.js';
import { goalSectionAt, SUCCESS_QUESTION } from './helpers.js';
import type { Fix, Rule, RuleContext, SpanText } from './types.js';

const OUTPUTS = phraseMatcher(L.OUTPUTS);
/** An amount of money: "$2M", "€500k", "3 million dollars". */
const MONEY = String.raw`(?:[$€£¥]\s?\d[\d,.]*(?:\s?(?:k|m|mm|bn|b|million|billion|thousand)\b)?|\b\d[\d,.]*\s?(?:k|m|bn|million|billion|thousand)?\s?(?:dollars|euros|pounds|usd|eur|gbp)\b)`;
const MONEY_NOUN = phrasePattern(L.MONEY_OUTPUTS);
/**
 * "$2M in bookings", "$450K in repair bookings", "$2M in new annual bookings", "deposits of $500K": an output
 * stated as money (the noun is the group; up to two words of any kind may stand before it).
 */
const MONEY_OUTPUT = new RegExp(
  `${MONEY}\\s+(?:in|of|worth\\s+of)\\s+(?:[a-z-]+\\s+){0,2}(${MONEY_NOUN})\\b|\\b(${MONEY_NOUN})\\s+(?:of|worth|totall?ing|reaching|above|over)\\s+${MONEY}`,
  'gi',
);

/** Outputs stated as money in a sentence, with their offsets. */
function moneyOutputs(text: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  MONEY_OUTPUT.lastIndex = 0;
  for (let m = MONEY_OUTPUT.exec(text); m; m = MONEY_OUTPUT.exec(text)) {
    const noun = m[1] ?? m[2];
    const start = m[1] ? m.index + m[0].length - noun.length : m.index;
    out.push({ start, end: start + noun.length, text: noun });
  }
  return out;
}
/** Words that make an output word name something else ("sales team", "earnings call"). */
const NOT_THE_METRIC = phraseMatcher([...L.NOT_THE_METRIC_WORDS, ...nounForms(L.NOT_THE_METRIC_NOUNS)], { hyphenEndsWord: true });
const INPUTS = phraseMatcher([...L.INPUT_WORDS, ...nounForms(L.INPUT_NOUNS), ...L.INPUT_LEADS], { hyphenEndsWord: true });

/** Every goal cue phrase, with the row it comes from. */
const CUE_ROWS = new Map(L.GOAL_CUES.flatMap((row) => sequences(row.words).map((p) => [normalisePhrase(p), row] as const)));
const GOAL_CUES = phraseMatcher(CUE_ROWS.keys(), { hyphenEndsWord: true });
const NOT_A_GOAL = new Map(L.GOAL_CUES.filter((row) => row.unlessNext).map((row) => [row, phraseMatcher(nounForms(row.unlessNext!), { hyphenEndsWord: true })]));

/**
 * Does the sentence set a goal (`goal`), and one that is the company's own
 * even in a press release (`own`)? Cues may overlap ("measure success
 * means"), so the search goes on from the letter after each one found.
 */
function goalCues(text: string): { goal: boolean; own: boolean } {
  let goal = false;
  let own = false;
  for (let m = GOAL_CUES.first(text); m && !(goal && own); m = GOAL_CUES.first(text, m.start + 1)) {
    const row = CUE_ROWS.get(m.entry)!;
    const unless = NOT_A_GOAL.get(row);
    const gap = unless && /^\s+/.exec(text.slice(m.end));
    if (unless && gap && unless.at(text, m.end + gap[0].length)) continue; // "our target customers"
    goal = true;
    own ||= !!row.own;
  }
  return { goal, own };
}

/** Does the text name an input, such as price, delivery speed or latency? */
function namesInput(text: string): boolean {
  for (let m = INPUTS.first(text); m; m = INPUTS.first(text, m.end)) {
    if (L.INPUT_LEADS.includes(m.entry)) {
      if (/^[- ][\p{L}-]/u.test(text.slice(m.end, m.end + 2))) return true;
      continue;
    }
    const notAfter = L.INPUT_NOT_AFTER[m.entry];
    const prev = notAfter && /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1].toLowerCase();
    if (!notAfter || !prev || !notAfter.includes(prev)) return true;
  }
  return false;
}

/** A target stated as a number or a direction. */
const TARGETED = new RegExp(`\\d|\\b${phrasePattern(L.CHANGE_VERBS)}\\b`, 'i');

/** "revenue is not a goal", "rather than revenue". */
// Also "we do not set a goal on it", "no target for it".
const NEGATED_GOAL = /\bnot\s+(?:a|the|our|an)\s+(?:[\p{L}\d.-]+\s+){0,2}?(?:goal|target|objective)|\bnot\s+(?:goals?|targets?)\b|\bnot\s+(?:set|put|have|give)\s+(?:it\s+)?(?:a|any|an)\s+(?:goal|target)|\bno\s+(?:goal|target)\s+(?:on|for)\s+(?:it|them|this|that)\b/iu;
const NEGATION_BEFORE = new RegExp(`\\b${phrasePattern(L.NEGATIONS)}\\s+(?:\\S+\\s+){0,2}$`, 'i');
/** Outputs a customer earns ("helps sellers grow their sales"), or outputs merely reported beside goals. */
const NOT_OURS_BEFORE = new RegExp(`\\b${phrasePattern(L.OTHERS_OUTPUTS)}\\s+(?:\\S+\\s+)?$|\\b${phrasePattern(L.HELPING_VERBS)}\\b`, 'i');
/** "pause sales", "resume sales": the selling, not a measure of it. */
const ACTIVITY_BEFORE = new RegExp(`\\b${phrasePattern(L.ACTIVITY_VERBS)}\\s+(?:\\S+\\s+)?$`, 'i');
// Either way round: "we report revenue beside these", "Beside these we will report gross revenue".
const REPORTED = /\b(?:report|reports|reported|reporting|show|shows|shown)\b[^.]{0,60}\b(?:beside|alongside|next to|along with|together with)\b|\b(?:beside|alongside|next to|along with|together with)\s+(?:these|them|this|those|the\s+inputs?|the\s+input\s+metrics)\b[^.]{0,30}\b(?:report|reports|reported|reporting|show|shows|shown)\b/i;

interface Unit {
  spans: ProseSpan[];
  /** Every sentence in the unit is a goal context (goals section, success answer). */
  goalContext: boolean;
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
    out.push({ spans: [span], goalContext: goalSectionAt(ctx.model, span.segments[0]?.[1] ?? 0) });
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
  const inputs = namesInput(span.text);
  // Most spans name no output at all (a sentence's outputs are outputs of the span: sentences end at spaces).
  if (!OUTPUTS.test(span.text) && moneyOutputs(span.text).length === 0) return { inputs, sentences: [] };
  const found: GoalSentence[] = [];
  for (const sentence of sentences(span.text)) {
    const text = sentence.text;
    const { goal, own: ownGoal } = goalCues(text);
    const targeted = TARGETED.test(text);
    if (!ownGoal && !goal && !targeted) continue;
    if (NEGATED_GOAL.test(text)) continue;
    const metrics: GoalSentence['metrics'] = [];
    const outputs = [...OUTPUTS.all(text), ...moneyOutputs(text)].sort((a, b) => a.start - b.start);
    for (const m of outputs) {
      const before = text.slice(0, m.start);
      const gap = /^[\s-]+/.exec(text.slice(m.end));
      if (gap && NOT_THE_METRIC.at(text, m.end + gap[0].length)) continue;
      if (NEGATION_BEFORE.test(before) || NOT_OURS_BEFORE.test(before.slice(-40)) || ACTIVITY_BEFORE.test(before.slice(-40))) continue;
      if (REPORTED.test(text.slice(Math.max(0, m.start - 80), m.end + 70)) && !/\bgoal|target/i.test(before)) continue;
      metrics.push({ start: sentence.start + m.start, end: sentence.start + m.end, text: m.text });
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
  group: 'input-metrics',
  check(ctx) {
    for (const unit of units(ctx)) {
      const found = unit.spans.map((span) => ctx.perSpan('goals', span, goalsIn));
      if (found.some((f) => f.inputs)) continue;
      unit.spans.forEach((span, i) => {
        const pressRelease = span.context.region === 'press-release';
        // One finding per paragraph, on its first output, naming them all: "Our main KPI is GMV. Goal for
        // year one is €4M GMV. …that is €480K in revenue." is one goal told in three sentences.
        const goals = found[i].sentences.filter(({ ownGoal, goal, targeted }) => (pressRelease ? ownGoal : goal) || (unit.goalContext && targeted));
        if (goals.length) {
          const metrics = goals.flatMap((g) => g.metrics);
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
      { doc: '## Internal FAQ\n\n### How will we measure success?\n\nWe are aiming for $450K in repair «bookings» in the first six months.', note: 'money in bookings, with a word before the noun' },
      { doc: '# Goals\n\nBy the end of 2028 we will reach $4M in «ARR» and 8% market share.', kind: 'narrative', note: 'one finding per goal statement, on its first output' },
      '## Internal FAQ\n\n### How will we measure success?\n\nWe will look at «gross margin» each quarter and expect it to reach 40%.',
      'Success means doubling «GMV» within a year.',
      { doc: '## Internal FAQ\n\n### How do we measure success?\n\nOur main KPI is «GMV». The goal for year one is €4M GMV, which at a 12% take rate is €480,000 in revenue.', note: 'one goal told in two sentences of one paragraph: one finding, naming both outputs' },
      { doc: 'Our goal is simple: one million «weekly downloads» on npm by December, and 10,000 GitHub stars.', note: "an open-source project's popularity as its only goal" },
      { doc: '# Plan\n\nThe product should also increase checkout «revenue» by 15%.', kind: 'narrative' },
      { doc: 'Our goal for 2028 is $3M in «bookings» and $40M in gross merchandise value.', note: 'outputs stated as an amount of money' },
      { doc: 'Success means €1.2 million in new annual «deposits» within a year.', note: 'money, then the output, with words between' },
    ],
    valid: [
      { doc: '## Internal FAQ\n\n### How will we measure success?\n\nWe will track the inputs below weekly. We will also report practice revenue, but we do not set a goal on it; it follows from these.', note: 'an output whose goal the writer denies' },
      { doc: '# Plan\n\n## Goals\n\nBeside these we will report gross freight revenue and net revenue per load, which we expect to grow significantly as our cost per mile comes down.', kind: 'narrative', note: 'outputs reported beside the goals, "beside" first' },
      { doc: '## Internal FAQ\n\n### How will we measure success?\n\n$2M ARR by the end of 2027, driven by weekly active schedulers growing from 40 to 400.', note: 'an output beside an input: how many schedulers use it each week' },
      { doc: '# Goals\n\nIf we launch a hosted tier I would track its monthly revenue, but revenue is not the 2.0 goal: installs are.', kind: 'narrative', note: 'an output denied as the goal, with words between "not the" and "goal"' },
      'Our goal is to cut delivery time from 4 days to 2; revenue will follow.',
      '## Internal FAQ\n\n### How will we measure success?\n\nWe track setup time and the share of owners who finish setup in one session. We report revenue beside these measures every month.',
      'Revenue grew 12% last year, mostly from repeat orders.',
      'Our target customers are sales managers at bakeries with one shop.',
      'The goal is to help sellers grow their sales by 20%.',
      'Owners who tried it grew sales by 30% in the pilot.',
      { doc: '# Goals\n\nWe will cut the time to first bake sheet from 3 days to 1 evening, and report revenue monthly.', kind: 'narrative' },
      'Revenue is not a goal for the team this year; we will track the override rate weekly.',
      'Our goal is to grow selection from 400 to 1,000 products, which should raise revenue by 10%.',
      { doc: 'Our goal is 2,000 bookings a week by June, from 600 today.', note: 'a count of bookings, not money: a number the team can move' },
      { doc: 'Our goal is to cut the time to match $2M in deposits from 3 days to 1.', note: 'money beside an input' },
      { doc: '## Internal FAQ\n\n### How will we know it works?\n\nOur target is 1,500 paying classrooms by June. If the audit target is missed, we will pause sales in that region.', note: 'pausing sales is an action on the selling, not a goal measured in sales' },
      { doc: '## Internal FAQ\n\n### How will we measure success?\n\nAbout 48,000 companies are in the target revenue range. We aim to cut the close from 11 days to 4 for 600 of them by June.', note: 'a revenue range names a segment, not a measure' },
    ],
  },
};
