/**
 * What names a part of a press release. Writers name parts with Markdown
 * headings ("## The problem"), with a bold line standing alone as a heading
 * ("**The Problem: Every Second Counts**", "**Call to Action**"), or with a
 * bold label that opens the paragraph ("**The problem.** Aurora is…",
 * "**Availability.** Piloting now…"). The titles themselves are catalogue
 * data (engine/genre/catalogue.ts).
 */
import type { Paragraph } from 'mdast';
import { partForHeading, sharedPartForHeading } from '../genre/headings.js';
import { plainText } from './prose.js';
import type { Block, PartId } from './types.js';

export type LabelForm = 'heading' | 'line' | 'run-in';

export interface PartLabel {
  form: LabelForm;
  /** The part the label names, or the two a shared title ("Availability") may name. */
  part: PartId | null;
  shared: readonly [PartId, PartId] | null;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** A paragraph that is only bold or italic words, short and no sentence: a heading made by hand. */
export function isLabelLine(b: Block): boolean {
  if (b.type !== 'paragraph') return false;
  const kids = (b.node as Paragraph).children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (kids.length !== 1 || (kids[0].type !== 'strong' && kids[0].type !== 'emphasis')) return false;
  const t = b.plain.trim();
  return words(t) <= 14 && !/[.!?]["”)]*$/.test(t);
}

/** The bold words that open a paragraph as its label: "**The problem.** Aurora…" → "The problem"; or plain words and a colon ("Subtitle: …"). */
export function runInLabel(b: Block): string | null {
  if (b.type !== 'paragraph') return null;
  const kids = (b.node as Paragraph).children;
  const first = kids[0];
  // "Subtitle: Keystone lets analysts…": a plain label of a few words and a colon (partLabel asks the catalogue whether it names a part).
  if (first?.type === 'text') {
    const plain = /^\s*([\p{L}][\p{L} -]{1,30}):\s+\S/u.exec(first.value);
    return plain && words(plain[1]) <= 3 ? plain[1].trim() : null;
  }
  if (!first || first.type !== 'strong' || kids.length < 2) return null;
  const label = plainText(first).trim();
  const next = kids[1].type === 'text' ? kids[1].value : '';
  // The label ends at a full stop or a colon, inside the bold or right after it.
  const closed = /[.:]$/.test(label) || /^[.:]/.test(next);
  if (!closed || words(label) > 6 || !kids.slice(1).some((c) => ('value' in c ? c.value : plainText(c)).trim().length > 1)) return null;
  return label.replace(/[.:]$/, '').trim();
}

/** A few plain words and a colon, alone: "Customer quote:", "Closing / call to action:". */
const PLAIN_LABEL_ALONE = /^[\p{L}][\p{L} /-]{1,40}:$/u;

/** The part a block names by its heading, bold line or opening label, if any. */
export function partLabel(b: Block): PartLabel | null {
  let title: string | null = null;
  let form: LabelForm;
  if (b.type === 'heading') {
    title = b.plain;
    form = 'heading';
  } else if (isLabelLine(b)) {
    title = b.plain;
    form = 'line';
  } else if (b.type === 'paragraph' && PLAIN_LABEL_ALONE.test(b.plain.trim())) {
    // "Subheading:" alone on its line, as a template leaves it: the slot's label, filled or not.
    title = b.plain.trim().replace(/:$/, '');
    form = 'line';
  } else {
    title = runInLabel(b);
    form = 'run-in';
  }
  if (!title) return null;
  const part = partForHeading(title);
  const shared = part ? null : sharedPartForHeading(title);
  return part || shared ? { form, part, shared } : null;
}
