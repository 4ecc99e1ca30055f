/**
 * What `undefined-acronym` reads around an acronym: words shown as code in
 * the same block (not acronyms), and the words the document uses for it
 * elsewhere (its expansion, offered by the quick fix).
 */
import type { Nodes } from 'mdast';
import type { Block } from '../model/types.js';

/** Words in capitals shown as code in a block ("RemovalPolicy.RETAIN"). */
export function codeWordsIn(block: Block): Set<string> {
  const words = new Set<string>();
  const stack: Nodes[] = [block.node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'code' || n.type === 'inlineCode') for (const w of n.value.match(/[A-Z]{3,}/g) ?? []) words.add(w);
    else if ('children' in n) stack.push(...(n.children as Nodes[]));
  }
  return words;
}

/** The words the document uses for `acronym` elsewhere ("point of sale (POS)", "RMA (return merchandise authorization)"). */
export function expansionIn(text: string, acronym: string): string | null {
  const esc = acronym.replace(/&/g, '[&]');
  const inner = new RegExp(String.raw`(?<![\p{L}\p{N}])${esc}s?\s*\(([^()\n]{3,80})\)`, 'u').exec(text);
  if (inner && /^\p{L}/u.test(inner[1]) && inner[1].trim().toLowerCase()[0] === acronym[0].toLowerCase()) return inner[1].trim();
  const before = new RegExp(String.raw`([\p{L}][\p{L}\p{N}'’ -]{2,80}?)\s*\(\s*${esc}s?\s*\)`, 'gu');
  let m: RegExpExecArray | null;
  while ((m = before.exec(text))) {
    const words = m[1].trim().split(/\s+/);
    const letters = acronym.replace(/[^A-Z]/g, '').length;
    for (let n = Math.max(1, letters - 1); n <= Math.min(words.length, letters + 3); n++) {
      const pick = words.slice(-n);
      if (pick[0][0].toLowerCase() === acronym[0].toLowerCase()) {
        const phrase = pick.join(' ');
        return /^\p{Lu}\p{Ll}/u.test(phrase) ? phrase[0].toLowerCase() + phrase.slice(1) : phrase;
      }
    }
  }
  return null;
}
