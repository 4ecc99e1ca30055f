/**
 * The page budget the preview shows: press-release words against one page
 * (a narrative's body against six). Counted exactly as the length rules
 * count, so the meter and the `press-release-length` finding always agree.
 */
import type { Element } from 'hast';
import type { PrfaqConfig } from '../config/types.js';
import { budgets, type Budget } from '../genre/measure.js';
import type { DocModel } from '../model/types.js';

export type { Budget };

/** The budget the meter shows: the press release's for a PR/FAQ, the body's for a narrative; its label as a title ("Press release"). */
export function budgetFor(model: DocModel, config: PrfaqConfig): Budget | null {
  const b = budgets(model, config.limits)[0];
  return b ? { ...b, label: b.label.charAt(0).toUpperCase() + b.label.slice(1) } : null;
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
