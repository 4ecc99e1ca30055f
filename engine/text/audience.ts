/**
 * Is the document written for engineers? Counted from what it shows: code
 * blocks, inline code and the engineering acronyms it uses without a
 * second thought. The thresholds are data (engine/lexicon/acronyms.ts,
 * TECHNICAL_AUDIENCE); `undefined-acronym` uses the answer to decide which
 * acronyms need spelling out.
 */
import type { Nodes } from 'mdast';
import { KNOWN_ACRONYMS, TECHNICAL_AUDIENCE } from '../lexicon/acronyms.js';
import type { Block } from '../model/types.js';

export const ENGINEERING_ACRONYMS: ReadonlySet<string> = new Set([...KNOWN_ACRONYMS.engineering, ...KNOWN_ACRONYMS.cloud]);

/** Code blocks and inline code spans in one top-level block. */
export function codeIn(block: Block): { blocks: number; inline: number } {
  let blocks = 0;
  let inline = 0;
  const walk = (n: Nodes) => {
    if (n.type === 'code') blocks++;
    else if (n.type === 'inlineCode') inline++;
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(block.node);
  return { blocks, inline };
}

/**
 * The answer from the counts: `code` summed over the blocks, `acronyms` the
 * different engineering acronyms seen in the prose.
 */
export function technicalAudience(code: { blocks: number; inline: number }, acronyms: ReadonlySet<string>): boolean {
  let engineering = 0;
  for (const a of acronyms) if (ENGINEERING_ACRONYMS.has(a.replace(/s$/, ''))) engineering++;
  return code.blocks >= TECHNICAL_AUDIENCE.codeBlocks || code.inline >= TECHNICAL_AUDIENCE.inlineCode || engineering >= TECHNICAL_AUDIENCE.engineeringAcronyms;
}
