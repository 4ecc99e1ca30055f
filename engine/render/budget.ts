/**
 * The page budget the preview shows: press-release words against one page
 * (a narrative's body against six). Counted exactly as the length rules
 * count, so the meter and the `press-release-length` finding always agree.
 */
import type { Element } from 'hast';
import type { PrfaqConfig } from '../config/types.js';
import type { DocModel } from '../model/types.js';
import { countWords } from '../rules/helpers.js';

export interface Budget {
  /** What is measured: "Press release" or "Narrative". */
  label: string;
  words: number;
  limit: number;
  /** "one page", "six pages". */
  pages: string;
  over: boolean;
}

export function budgetFor(model: DocModel, config: PrfaqConfig): Budget | null {
  if (model.kind === 'prfaq') {
    let words = 0;
    for (const s of model.prose) if (s.context.region === 'press-release') words += countWords(s.text);
    const limit = config.limits.pressReleaseWords;
    return { label: 'Press release', words, limit, pages: 'one page', over: words > limit };
  }
  if (model.kind === 'narrative') {
    let words = 0;
    for (const s of model.prose) if (s.context.region !== 'appendix') words += countWords(s.text);
    const limit = config.limits.narrativeWords;
    return { label: 'Narrative', words, limit, pages: 'six pages', over: words > limit };
  }
  return null;
}

/** The meter as HTML: a native `<meter>` (no inline style, so no CSP exception) and the count in words. */
export function budgetElement(b: Budget): Element {
  const text = (value: string) => ({ type: 'text' as const, value });
  const span = (cls: string, value: string): Element => ({ type: 'element', tagName: 'span', properties: { className: [cls] }, children: [text(value)] });
  const percent = Math.round((b.words / b.limit) * 100);
  return {
    type: 'element',
    tagName: 'div',
    properties: {
      className: ['prfaq-budget', b.over ? 'prfaq-budget--over' : 'prfaq-budget--within'],
      role: 'group',
      ariaLabel: `${b.label} length`,
      dataWords: b.words,
      dataLimit: b.limit,
    },
    children: [
      span('prfaq-budget-label', b.label),
      {
        type: 'element',
        tagName: 'meter',
        properties: { min: '0', max: String(b.limit), low: String(Math.round(b.limit * 0.8)), high: String(b.limit), optimum: '0', value: String(Math.min(b.words, b.limit)), title: `${percent}% of ${b.pages}` },
        children: [text(`${b.words} of ${b.limit} words`)],
      },
      span('prfaq-budget-count', `${b.words.toLocaleString('en-US')} / ${b.limit.toLocaleString('en-US')} words`),
      span('prfaq-budget-note', b.over ? `${(b.words - b.limit).toLocaleString('en-US')} over ${b.pages}` : `${percent}% of ${b.pages}`),
    ],
  };
}
