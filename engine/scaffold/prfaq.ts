/**
 * A new PR/FAQ: the press release in the classic order, then the external
 * and the internal FAQ. The writer's answers fill what they can; the rest
 * are `[TK: …]` placeholders that say what a reviewer will want to read.
 */
import { PART_IDS } from '../model/types.js';
import { faqBlock, partBlock, type Facts } from '../genre/templates.js';

export type { Facts } from '../genre/templates.js';

export function prfaqScaffold(facts: Facts = {}): string {
  const press = PART_IDS.map((id) => partBlock(id, facts));
  return [...press, faqBlock('external-faq', facts), faqBlock('internal-faq', facts)].join('\n\n') + '\n';
}

/** `Lantern Bookings` → `lantern-bookings`; never empty, never a path. */
export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || 'untitled';
}

export function fileNameFor(name: string, kind: 'prfaq' | 'narrative'): string {
  return `${slug(name)}.${kind}.md`;
}
