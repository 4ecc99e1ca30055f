/**
 * Structure: what the engine's document model sees in a real document
 * (kind, press-release parts, FAQs, questions, sections, appendix) against
 * what a careful reader labelled. Lines are 1-based throughout.
 *
 * The comparison works on `Observed`, a plain summary of the model, so the
 * arithmetic can be tested on a hand-made one (test/real-eval.test.ts) and
 * keeps working while the model's shape changes; `observe()` is the one
 * place that reads the model.
 */
import { PART_IDS } from '../../engine/model/types.js';
import { lineOf, lineStarts, type Reviewed } from '../corpus/harness.js';
import type { StructureLabel } from './labels.js';

export const FAQ_IDS = ['external-faq', 'internal-faq'] as const;
/** A question is found when the model's question starts within this many lines of the labelled one. */
export const QUESTION_SLACK = 1;

export interface Observed {
  kind: string | null;
  /** Each part the model found: its first and last line. */
  parts: Record<string, { from: number; to: number }>;
  /** Each FAQ the model found: its title line. */
  faqs: Record<string, { line: number }>;
  /** `faq` null: a question the document lists as open outside its FAQs (DocModel.openQuestions). */
  questions: Array<{ line: number; text: string; faq: string | null; answered: boolean }>;
  sections: Array<{ line: number; title: string; id: string | null }>;
  appendix: number | null;
}

/** What the model of a reviewed document says, in lines. */
export function observe(text: string, r: Reviewed): Observed {
  const starts = lineStarts(text);
  const line = (offset: number) => lineOf(starts, offset) + 1;
  const m = r.model;
  // The user-visible verdict: a question is unanswered when the rule says so.
  const unanswered = new Set(r.findings.filter((f) => f.rule === 'unanswered-question').map((f) => f.start));
  const parts: Observed['parts'] = {};
  for (const [id, p] of Object.entries(m.parts)) if (p) parts[id] = { from: line(p.start), to: line(Math.max(p.start, p.end - 1)) };
  const faqs: Observed['faqs'] = {};
  for (const [id, f] of Object.entries(m.faqs)) if (f) faqs[id] = { line: line(m.blocks[f.heading]?.start ?? f.start) };
  return {
    kind: r.kind,
    parts,
    faqs,
    questions: [
      ...m.questions.map((q) => ({ line: line(q.question.start), text: q.text, faq: q.faq as string | null, answered: !unanswered.has(q.question.start) })),
      // No rule judges an open question: whether it has an answer is the model's own reading.
      ...m.openQuestions.map((q) => ({ line: line(q.question.start), text: q.text, faq: null, answered: q.answered })),
    ].sort((a, b) => a.line - b.line),
    sections: m.sections.map((s) => ({ line: line(m.blocks[s.heading]?.start ?? s.start), title: s.title, id: s.id ?? null })),
    appendix: m.appendixStart === null ? null : line(m.appendixStart),
  };
}

/** Present/absent of one labelled element; `located` only when both say present. */
export interface Presence {
  id: string;
  want: number | null;
  got: { from: number; to: number } | null;
  ok: boolean;
  located: boolean | null;
}

export interface StructureResult {
  doc: string;
  kind: { want: string | null; got: string | null; ok: boolean };
  parts: Presence[];
  faqs: Presence[];
  questions: {
    labelled: number;
    /** Model questions, all of them. */
    seen: number;
    found: Array<{ want: number; got: number; text: string; answeredOk: boolean; faqOk: boolean }>;
    missed: Array<{ line: number; text: string }>;
    /** Model questions matching no labelled question; `labelledNot`: a reader labelled the line as not a question. */
    extras: Array<{ line: number; text: string; labelledNot: boolean }>;
  };
  sections: { found: number; missed: Array<{ line: number; title: string }>; idOk: number; idLabelled: number; idWrong: Array<{ line: number; want: string; got: string | null }> };
  appendix: { want: number | null; got: number | null; ok: boolean; located: boolean | null } | null;
}

const near = (a: number, b: number) => Math.abs(a - b) <= QUESTION_SLACK;

function presence(id: string, want: { line: number } | null | undefined, got: { from: number; to: number } | undefined): Presence {
  const w = want ? want.line : null;
  const g = got ?? null;
  return { id, want: w, got: g, ok: (w !== null) === (g !== null), located: w !== null && g ? w >= g.from && w <= g.to : null };
}

/**
 * Pairs labelled and model questions one to one: each labelled question, in
 * order, takes the nearest model question not yet taken within the slack.
 */
function matchQuestions(label: StructureLabel, seen: Observed): StructureResult['questions'] {
  const taken = new Set<number>();
  const found: StructureResult['questions']['found'] = [];
  const missed: StructureResult['questions']['missed'] = [];
  for (const q of label.questions ?? []) {
    let best = -1;
    seen.questions.forEach((s, i) => {
      if (taken.has(i) || !near(s.line, q.line)) return;
      if (best < 0 || Math.abs(s.line - q.line) < Math.abs(seen.questions[best].line - q.line)) best = i;
    });
    if (best < 0) {
      missed.push({ line: q.line, text: q.text });
      continue;
    }
    taken.add(best);
    const s = seen.questions[best];
    found.push({ want: q.line, got: s.line, text: q.text, answeredOk: s.answered === q.answered, faqOk: s.faq === q.faq });
  }
  const not = new Set((label.notQuestions ?? []).map((n) => n.line));
  const extras = seen.questions.filter((_, i) => !taken.has(i)).map((s) => ({ line: s.line, text: s.text, labelledNot: not.has(s.line) }));
  return { labelled: (label.questions ?? []).length, seen: seen.questions.length, found, missed, extras };
}

function matchSections(label: StructureLabel, seen: Observed): StructureResult['sections'] {
  const out: StructureResult['sections'] = { found: 0, missed: [], idOk: 0, idLabelled: 0, idWrong: [] };
  const taken = new Set<number>();
  for (const s of label.sections ?? []) {
    const i = seen.sections.findIndex((m, j) => !taken.has(j) && near(m.line, s.line));
    if (i < 0) {
      out.missed.push({ line: s.line, title: s.title });
      continue;
    }
    taken.add(i);
    out.found++;
    if (s.id === null) continue;
    out.idLabelled++;
    if (seen.sections[i].id === s.id) out.idOk++;
    else out.idWrong.push({ line: s.line, want: s.id, got: seen.sections[i].id });
  }
  return out;
}

export function compareStructure(doc: string, label: StructureLabel, seen: Observed): StructureResult {
  const labelledParts = label.parts ?? null;
  const labelledFaqs = label.faqs ?? null;
  let appendix: StructureResult['appendix'] = null;
  if (label.appendix !== undefined) {
    const want = label.appendix ? label.appendix.line : null;
    const got = seen.appendix;
    appendix = { want, got, ok: (want === null) === (got === null), located: want !== null && got !== null ? near(want, got) : null };
  }
  return {
    doc,
    kind: { want: label.kind, got: seen.kind, ok: label.kind === seen.kind },
    parts: labelledParts ? PART_IDS.map((id) => presence(id, labelledParts[id], seen.parts[id])) : [],
    faqs: labelledFaqs
      ? FAQ_IDS.map((id) => {
          const f = seen.faqs[id];
          return presence(id, labelledFaqs[id], f ? { from: f.line, to: f.line } : undefined);
        })
      : [],
    questions: matchQuestions(label, seen),
    sections: matchSections(label, seen),
    appendix,
  };
}

/** A count out of a total. */
export interface Ratio {
  n: number;
  of: number;
}
const ratio = (): Ratio => ({ n: 0, of: 0 });
const add = (r: Ratio, ok: boolean) => {
  r.of++;
  if (ok) r.n++;
};

export interface StructureTally {
  documents: number;
  kind: Ratio;
  parts: Record<string, { presence: Ratio; located: Ratio }>;
  allParts: { presence: Ratio; located: Ratio };
  /** located: the model's FAQ title is on the labelled title line */
  faqs: Record<string, { presence: Ratio; located: Ratio }>;
  /** found of labelled */
  questionsFound: Ratio;
  /** model questions matching no label, of model questions */
  nonQuestions: Ratio;
  /** of the non-questions, how many sit on a line labelled "not a question" */
  nonQuestionsLabelled: number;
  answered: Ratio;
  questionFaq: Ratio;
  sectionsFound: Ratio;
  sectionIds: Ratio;
  appendixPresence: Ratio;
  appendixLocated: Ratio;
}

export function tallyStructure(results: StructureResult[]): StructureTally {
  const t: StructureTally = {
    documents: results.length,
    kind: ratio(),
    parts: Object.fromEntries(PART_IDS.map((id) => [id, { presence: ratio(), located: ratio() }])),
    allParts: { presence: ratio(), located: ratio() },
    faqs: Object.fromEntries(FAQ_IDS.map((id) => [id, { presence: ratio(), located: ratio() }])),
    questionsFound: ratio(),
    nonQuestions: ratio(),
    nonQuestionsLabelled: 0,
    answered: ratio(),
    questionFaq: ratio(),
    sectionsFound: ratio(),
    sectionIds: ratio(),
    appendixPresence: ratio(),
    appendixLocated: ratio(),
  };
  for (const r of results) {
    add(t.kind, r.kind.ok);
    for (const p of r.parts) {
      for (const into of [t.parts[p.id], t.allParts]) {
        add(into.presence, p.ok);
        if (p.located !== null) add(into.located, p.located);
      }
    }
    for (const f of r.faqs) {
      add(t.faqs[f.id].presence, f.ok);
      if (f.located !== null) add(t.faqs[f.id].located, f.located);
    }
    const q = r.questions;
    t.questionsFound.n += q.found.length;
    t.questionsFound.of += q.labelled;
    t.nonQuestions.n += q.extras.length;
    t.nonQuestions.of += q.seen;
    t.nonQuestionsLabelled += q.extras.filter((e) => e.labelledNot).length;
    for (const f of q.found) {
      add(t.answered, f.answeredOk);
      add(t.questionFaq, f.faqOk);
    }
    t.sectionsFound.n += r.sections.found;
    t.sectionsFound.of += r.sections.found + r.sections.missed.length;
    t.sectionIds.n += r.sections.idOk;
    t.sectionIds.of += r.sections.idLabelled;
    if (r.appendix) {
      add(t.appendixPresence, r.appendix.ok);
      if (r.appendix.located !== null) add(t.appendixLocated, r.appendix.located);
    }
  }
  return t;
}
