/**
 * FAQ questions in the document's own form: how its questions are written
 * (read from one of them), and where a new one goes (the end of its FAQ,
 * creating the FAQ when it is missing) as a VS Code snippet.
 */
import type { FaqId } from '../model/types.js';
import { ANSWER_PLACEHOLDER, FAQ_INFO } from './catalogue.js';
import { trimEnd, type Outline } from './outline.js';
import { DEFAULT_QUESTION_STYLE, questionBlock, type QuestionStyle } from './templates.js';

/** The document's own question form (its first question's), for questions under an FAQ heading at `faqDepth`. */
export function documentQuestionStyle(o: Outline, faqDepth: number): QuestionStyle {
  const first = o.questions[0];
  const style = first ? questionStyle(o.text, first.entryStart) : DEFAULT_QUESTION_STYLE;
  return style.form === 'heading' ? { form: 'heading', depth: Math.min(6, Math.max(style.depth, faqDepth + 1)) } : style;
}

/** How the questions of an FAQ are written, read from one of them. */
export function questionStyle(text: string, entryStart: number): QuestionStyle {
  const line = text.slice(entryStart, text.indexOf('\n', entryStart) < 0 ? text.length : text.indexOf('\n', entryStart));
  const h = /^(#{1,6})\s/.exec(line);
  if (h) return { form: 'heading', depth: h[1].length };
  if (/^\s*(?:\*\*|__)\s*Q/i.test(line)) return { form: 'bold-q' };
  if (/^\s*Q(?:uestion)?\s*\d*\s*[:.)]/i.test(line)) return { form: 'plain-q' };
  if (/^\s*(?:\*\*|__)/.test(line)) return { form: 'bold' };
  return DEFAULT_QUESTION_STYLE;
}

/**
 * A Q/A pair as a VS Code snippet (`${1:…}` is where the cursor lands), in
 * the style of the FAQ's existing questions. Exported for tests.
 */
export function questionSnippet(style: QuestionStyle): string {
  const q = '${1:What would a reader ask?}';
  const a = '${2:' + ANSWER_PLACEHOLDER.replace(/[$}\\]/g, '\\$&') + '}';
  return questionBlock(style, q, a);
}

export interface QuestionPlan {
  offset: number;
  /** Snippet text (VS Code snippet syntax) to insert at `offset`. */
  snippet: string;
  /** Whether the FAQ itself had to be created. */
  createdFaq: boolean;
}

/** Where a new question for `faq` goes, and what to insert: at the end of that FAQ, creating it if missing. */
export function planQuestion(o: Outline, faq: FaqId): QuestionPlan {
  const { text } = o;
  const escape = (s: string) => s.replace(/[$}\\]/g, '\\$&');
  const section = o.faqs.find((f) => f.id === faq);
  if (section) {
    const qs = o.questions.filter((q) => q.faq === faq);
    const last = qs[qs.length - 1];
    const style = last ? questionStyle(text, last.entryStart) : documentQuestionStyle(o, section.depth);
    const end = trimEnd(text, section.start, section.end);
    return { offset: end, snippet: `\n\n${questionSnippet(style)}`, createdFaq: false };
  }
  // No such FAQ: create it where it belongs, its question in the document's form.
  const depth = o.faqs[0]?.depth ?? 2;
  const heading = `${'#'.repeat(depth)} ${FAQ_INFO[faq].label}`;
  const body = `${escape(heading)}\n\n${questionSnippet(documentQuestionStyle(o, depth))}`;
  const other = o.faqs.find((f) => f.id !== faq);
  if (faq === 'external-faq' && other) return { offset: other.start, snippet: `${body}\n\n`, createdFaq: true };
  if (faq === 'internal-faq' && other) return { offset: trimEnd(text, other.start, other.end), snippet: `\n\n${body}`, createdFaq: true };
  const end = o.appendix ?? text.length;
  const at = o.pressRelease && faq === 'external-faq' ? trimEnd(text, o.pressRelease.start, o.pressRelease.end) : trimEnd(text, o.bodyStart, end);
  return { offset: at, snippet: at > 0 ? `\n\n${body}${at >= text.length ? '\n' : ''}` : `${body}\n`, createdFaq: true };
}
