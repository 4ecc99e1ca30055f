/**
 * Completion from the model, as offsets: at a heading, the parts still
 * missing in the order a press release (or narrative) has them; in an FAQ,
 * questions reviewers commonly ask that the document has not asked yet; in
 * front matter, `kind:` and its values.
 */
import { eol, lineBounds } from '../fix/edits.js';
import { FAQ_IDS, PART_IDS, type DocModel, type FaqId } from '../model/types.js';
import { ANSWER_PLACEHOLDER, FAQ_INFO, NARRATIVE_SECTION_INFO, PART_INFO, REVIEWER_QUESTIONS } from '../genre/catalogue.js';
import { faqQuestions, partProse } from '../genre/templates.js';

export interface Suggestion {
  label: string;
  detail: string;
  documentation: string;
  insertText: string;
  /** The text the suggestion replaces. */
  start: number;
  end: number;
  kind: 'part' | 'faq' | 'question' | 'section' | 'value' | 'key';
  sortText: string;
}

const NARRATIVE_ORDER = ['introduction', 'tenets', 'current-state', 'lessons-learned', 'proposal', 'goals', 'risks', 'faq', 'appendix'];

export function completions(model: DocModel, offset: number): Suggestion[] {
  const { text } = model;
  const nl = eol(text);
  const line = lineBounds(text, offset);
  const typed = text.slice(line.start, offset);

  if (model.frontMatter && offset > model.frontMatter.span.start && offset < model.frontMatter.span.end) {
    const value = /^(kind:[ \t]*)(\S*)$/.exec(typed);
    if (value) {
      const start = line.start + value[1].length;
      return [
        { label: 'prfaq', detail: 'PR/FAQ', documentation: 'A press release followed by the external and internal FAQ.', insertText: 'prfaq', start, end: line.end, kind: 'value', sortText: '0' },
        { label: 'narrative', detail: 'Narrative (six-pager)', documentation: 'A prose memo of at most six pages, read at the start of the meeting.', insertText: 'narrative', start, end: line.end, kind: 'value', sortText: '1' },
      ];
    }
    if (/^[a-z]*$/i.test(typed) && !/^\s*kind\s*:/m.test(text.slice(model.frontMatter.span.start, model.frontMatter.span.end))) {
      return [{ label: 'kind', detail: 'prfaq | narrative', documentation: 'How PR/FAQ Studio reviews this document.', insertText: 'kind: ', start: line.start, end: offset, kind: 'key', sortText: '0' }];
    }
    return [];
  }

  const heading = /^([ \t]{0,3}(#{1,6})[ \t]*)([^#]*)$/.exec(typed);
  const faq = faqAt(model, offset);
  if (faq) {
    const style = questionStyle(model, faq);
    if (!heading && typed.trim() !== '' && !/^\s*(?:\*\*|__)?Q?:?\s*(?:\*\*|__)?\s*$/i.test(typed) && !/^\s*(?:\*\*)?\w*$/.test(typed)) return [];
    const asked = (re: RegExp) => model.questions.some((q) => re.test(q.text));
    return REVIEWER_QUESTIONS.filter((q) => !asked(q.asked)).map((q, i) => {
      const start = heading ? line.start + heading[1].length : line.start;
      const prefix = heading ? '' : style.prefix;
      const insertText = `${prefix}${q.question}${style.suffix}${nl}${nl}${style.answer}${ANSWER_PLACEHOLDER}`;
      return {
        label: q.question,
        detail: `${FAQ_INFO[q.faq].label} question reviewers ask`,
        documentation: `Reviewers usually ask this, and the document does not answer it yet. ${FAQ_INFO[q.faq].purpose}`,
        insertText,
        start,
        end: line.end,
        kind: 'question' as const,
        sortText: `${q.faq === faq ? 0 : 1}${String(i).padStart(2, '0')}`,
      };
    });
  }
  if (!heading) return [];
  const start = line.start + heading[1].length;
  if (model.kind === 'narrative') {
    const present = new Set(model.sections.map((s) => s.id).filter(Boolean));
    return NARRATIVE_ORDER.filter((id) => !present.has(id)).map((id, i) => ({
      label: NARRATIVE_SECTION_INFO[id].label,
      detail: 'Narrative section not written yet',
      documentation: NARRATIVE_SECTION_INFO[id].purpose,
      insertText: NARRATIVE_SECTION_INFO[id].label,
      start,
      end: line.end,
      kind: 'section' as const,
      sortText: String(i).padStart(2, '0'),
    }));
  }
  const out: Suggestion[] = [];
  PART_IDS.filter((id) => !model.parts[id]).forEach((id, i) => {
    const info = PART_INFO[id];
    out.push({
      label: info.label,
      detail: 'Press-release part not written yet',
      documentation: info.purpose,
      insertText: `${info.label}${nl}${nl}${partProse(id, {})}`,
      start,
      end: line.end,
      kind: 'part',
      sortText: `0${String(i).padStart(2, '0')}`,
    });
  });
  FAQ_IDS.filter((id) => !model.faqs[id]).forEach((id, i) => {
    const info = FAQ_INFO[id];
    const depth = heading[2].length;
    const questions = faqQuestions(id, {}).map(({ q, a }) => `${'#'.repeat(Math.min(6, depth + 1))} ${q}${nl}${nl}${a}`).join(nl + nl);
    out.push({ label: info.label, detail: 'FAQ not written yet', documentation: info.purpose, insertText: `${info.label}${nl}${nl}${questions}`, start, end: line.end, kind: 'faq', sortText: `1${i}` });
  });
  return out;
}

function faqAt(model: DocModel, offset: number): FaqId | null {
  for (const f of Object.values(model.faqs)) {
    if (!f) continue;
    // An untitled FAQ starts at its first question: the question is inside it.
    const headingEnd = f.untitled ? f.start - 1 : model.blocks[f.heading].end;
    if (offset > headingEnd && offset <= f.end) return f.id;
  }
  return null;
}

/** How this FAQ writes its questions, so a completed one looks like the rest. */
function questionStyle(model: DocModel, faq: FaqId): { prefix: string; suffix: string; answer: string } {
  const q = model.questions.find((x) => x.faq === faq) ?? model.questions[0];
  if (!q) {
    const depth = (model.blocks[model.faqs[faq]!.heading].depth ?? 2) + 1;
    return { prefix: `${'#'.repeat(Math.min(6, depth))} `, suffix: '', answer: '' };
  }
  const block = model.blocks.find((b) => b.start <= q.question.start && q.question.start < b.end);
  const raw = model.text.slice(q.entry.start, q.question.start);
  if (block?.type === 'heading') return { prefix: `${'#'.repeat(block.depth ?? 3)} `, suffix: '', answer: '' };
  if (/\*\*Q/i.test(raw)) return { prefix: '**Q:** ', suffix: '', answer: '**A:** ' };
  if (/Q/i.test(raw)) return { prefix: 'Q: ', suffix: '', answer: 'A: ' };
  if (/^\*\*/.test(raw) || model.text.startsWith('**', q.question.start - 2)) return { prefix: '**', suffix: '**', answer: '' };
  return { prefix: '', suffix: '', answer: '' };
}
