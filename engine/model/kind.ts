/**
 * Which kind of document is this? Contract order: front matter `kind:`, the
 * file name (`*.prfaq.md`, `*.narrative.md`), the user's globs, and last the
 * content. A README with an FAQ section must stay quiet, so content
 * recognition asks for signals only Working Backwards documents carry.
 */
import { DISTINCTIVE_NARRATIVE } from '../genre/catalogue.js';
import { narrativeSectionsForHeading } from '../genre/headings.js';
import { CONTAINER_HEADING, DATELINE, EXTERNAL_FAQ, FAQ_HEADING, INTERNAL_FAQ } from './cues.js';
import type { Block, DocKind } from './types.js';

export interface KindInput {
  path?: string;
  forced?: DocKind;
  frontMatter: Record<string, unknown> | null;
  globs?: { prfaq: string[]; narrative: string[] };
  blocks: Block[];
}

export function decideKind(input: KindInput): { kind: DocKind | null; reason: string } {
  if (input.forced) return { kind: input.forced, reason: 'forced' };
  const fm = input.frontMatter?.kind;
  if (fm === 'prfaq' || fm === 'narrative') return { kind: fm, reason: 'front matter' };
  const path = input.path ?? '';
  const base = path.split(/[\\/]/).pop() ?? '';
  if (/\.prfaq\.(?:md|markdown)$/i.test(base)) return { kind: 'prfaq', reason: 'file name' };
  if (/\.narrative\.(?:md|markdown)$/i.test(base)) return { kind: 'narrative', reason: 'file name' };
  if (path && input.globs) {
    const norm = path.replace(/\\/g, '/');
    for (const kind of ['prfaq', 'narrative'] as const) {
      const globs = input.globs[kind];
      if (globs.length && globMatcher(globs)(norm)) return { kind, reason: 'glob setting' };
    }
  }
  return recogniseContent(input.blocks);
}

/**
 * `*.pr.md` matches the file name anywhere; `plans/**` matches that folder
 * anywhere in the path (the path may be absolute). picomatch's `matchBase`
 * would break the second kind, so each pattern gets the treatment it needs.
 */
function globMatcher(globs: string[]): (path: string) => boolean {
  const expanded = globs.flatMap((g) => {
    const pattern = g.replace(/\\/g, '/').replace(/^\.\//, '');
    if (!pattern.includes('/')) return [`**/${pattern}`];
    return pattern.startsWith('/') || pattern.startsWith('**/') ? [pattern] : [pattern, `**/${pattern}`];
  });
  // Loaded on first use, like yaml in build.ts: kind globs are a setting few set.
  const picomatch = require('picomatch') as typeof import('picomatch');
  return picomatch(expanded, { dot: true });
}

export function recogniseContent(blocks: Block[]): { kind: DocKind | null; reason: string } {
  let faq = 0;
  let typedFaq = 0;
  let container = false;
  let dateline = false;
  const narrative = new Set<string>();
  for (const b of blocks) {
    if (b.type === 'heading') {
      const title = b.plain.trim();
      if (FAQ_HEADING.test(title)) {
        faq++;
        if (INTERNAL_FAQ.test(title) || EXTERNAL_FAQ.test(title)) typedFaq++;
      }
      if (CONTAINER_HEADING.test(title) || /working backwards|press release/i.test(title)) container = true;
      for (const id of narrativeSectionsForHeading(title)) narrative.add(id);
      if (/\b(?:narrative|six[- ]pager|6[- ]pager)\b/i.test(title)) narrative.add('title');
    } else if (b.type === 'paragraph' && b.index < 40 && DATELINE.test(b.plain)) {
      dateline = true;
    }
  }
  if (dateline) return { kind: 'prfaq', reason: 'dateline paragraph' };
  if (typedFaq > 0 || (faq > 0 && container)) return { kind: 'prfaq', reason: 'FAQ sections' };
  const distinctive = [...narrative].filter((id) => DISTINCTIVE_NARRATIVE.has(id) || id === 'title').length;
  if (narrative.size >= 2 && distinctive >= 1) return { kind: 'narrative', reason: 'narrative sections' };
  return { kind: null, reason: 'not a Working Backwards document' };
}
