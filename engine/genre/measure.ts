/**
 * Every word count a writer sees — the three length findings, the preview's
 * page meter, the code lenses, the hovers and the structure view — comes
 * from here, so no two of them can disagree about how long a part is.
 * A span's words count where the span starts.
 */
import type { PrfaqConfig } from '../config/types.js';
import type { DocModel, PartId, ProseSpan } from '../model/types.js';
import { countWords } from '../rules/helpers.js';
import { PRESS_RELEASE_TITLE, SAYS_PRESS_RELEASE } from './headings.js';

export interface Measures {
  /** Press-release words (PR/FAQs). */
  pressRelease: number;
  /** Words of both FAQs together (PR/FAQs). */
  faq: number;
  /** Everything but the appendix (the narrative's six-page body). */
  body: number;
  /** Words of each press-release part found. */
  parts: Partial<Record<PartId, number>>;
}

/** How many words a prose span holds; the rules pass one that reads their per-span cache. */
export type SpanWords = (span: ProseSpan) => number;

const plainWords: SpanWords = (s) => countWords(s.text);

/**
 * Where a heading that says "Press Release" opens the release (0 when none does); or, under a
 * heading that wraps the release below the document's start ("## Proposal" / "### Announcement
 * (working backwards)"), its headline: the proposal's summary and motivation above, and a note to
 * the reviewers between the heading and the headline, are not on the release's page.
 */
function releaseHeadingStart(model: DocModel): number {
  const pr = model.pressRelease;
  if (!pr) return 0;
  const inRelease = (b: DocModel['blocks'][number]) => b.type === 'heading' && b.start >= pr.start && b.end <= pr.end;
  // Back from the headline's own block to the nearest heading that wraps the release.
  const hl = model.parts.headline;
  const first = hl ? (hl.heading ?? hl.blocks[0]) : undefined;
  if (hl && first !== undefined && hl.start > pr.start) {
    for (let i = first - 1; i >= 0 && model.blocks[i].start >= pr.start; i--) {
      const b = model.blocks[i];
      if (inRelease(b) && PRESS_RELEASE_TITLE.test(b.plain.trim())) {
        if (b.start > pr.start) return hl.start;
        break;
      }
    }
  }
  const h = model.blocks.find((b) => inRelease(b) && SAYS_PRESS_RELEASE.test(b.plain));
  return h ? h.start : 0;
}

/** One pass over the prose of `model`. */
export function measure(model: DocModel, words: SpanWords = plainWords): Measures {
  const m: Measures = { pressRelease: 0, faq: 0, body: 0, parts: {} };
  const opens = releaseHeadingStart(model);
  for (const s of model.prose) {
    const region = s.context.region;
    const n = words(s);
    if (region !== 'appendix') m.body += n;
    if (region === 'faq') m.faq += n;
    // The notes above "## Press Release" ("Draft 4 — internal working document, comments to…") are not on its page.
    if (region === 'press-release' && !(s.context.part === undefined && (s.segments[0]?.[1] ?? 0) < opens)) {
      m.pressRelease += n;
      const part = s.context.part;
      if (part) m.parts[part] = (m.parts[part] ?? 0) + n;
    }
  }
  return m;
}

/** Words of the prose that starts in [start, end): a section, from its heading to the next. */
export function wordsBetween(model: DocModel, start: number, end: number, words: SpanWords = plainWords): number {
  let n = 0;
  for (const s of model.prose) {
    const at = s.segments[0]?.[1] ?? -1;
    if (at >= start && at < end) n += words(s);
  }
  return n;
}

export type BudgetId = 'press-release' | 'faq' | 'narrative';

export interface Budget {
  id: BudgetId;
  /** What is measured, as a sentence names it: "press release", "FAQ", "narrative". */
  label: string;
  words: number;
  limit: number;
  /** The limit in pages: "one page", "five pages", "six pages". */
  pages: string;
  over: boolean;
}

/** The document's budgets: press release and FAQ for a PR/FAQ, the body for a narrative. */
export function budgets(model: DocModel, limits: PrfaqConfig['limits'], m: Measures = measure(model)): Budget[] {
  const budget = (id: BudgetId, label: string, words: number, limit: number, pages: string): Budget => ({ id, label, words, limit, pages, over: words > limit });
  if (model.kind === 'prfaq') {
    return [
      budget('press-release', 'press release', m.pressRelease, limits.pressReleaseWords, 'one page'),
      budget('faq', 'FAQ', m.faq, limits.faqWords, 'five pages'),
    ];
  }
  if (model.kind === 'narrative') return [budget('narrative', 'narrative', m.body, limits.narrativeWords, 'six pages')];
  return [];
}
