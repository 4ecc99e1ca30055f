import type { List, ListItem, Nodes } from 'mdast';
import { treeShift } from '../model/blocks.js';
import { isQuestionList } from '../model/questionForms.js';
import { plainText } from '../model/prose.js';
import type { Block, DocModel } from '../model/types.js';
import type { Fix, Rule } from './types.js';

/**
 * Bulleted and numbered lists alike: a numbered list of phases hides the
 * reasoning just as bullets do. Nested lists count with their parent.
 */
function bulletLists(block: Block): List[] {
  const out: List[] = [];
  const stack: Nodes[] = [block.node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'list') {
      out.push(n);
      continue; // nested lists belong to the list already reported
    }
    if (n.type === 'blockquote') stack.push(...(n.children as Nodes[]));
  }
  return out;
}

/**
 * The list's items as sentences of one paragraph: each item's text as
 * written (inline markup kept), capitalised and ended with a full stop.
 * Lists holding anything but text (code, tables, quotes) are left alone.
 */
function listAsParagraph(model: DocModel, list: List, shift: number): Fix | null {
  const text = model.text;
  const sentences: string[] = [];
  const stack: ListItem[] = [...list.children].reverse();
  while (stack.length) {
    const item = stack.pop()!;
    const nested: ListItem[] = [];
    for (const child of item.children) {
      if (child.type === 'list') nested.push(...child.children);
      else if (child.type === 'paragraph' && child.position) {
        let s = text.slice(child.position.start.offset! + shift, child.position.end.offset! + shift);
        s = s.replace(/[ \t]*(?:\r?\n|\r)[ \t>]*/g, ' ').trim().replace(/[;,]$/, '');
        if (!s) continue;
        s = s.replace(/^(\W*)(\p{Ll})/u, (_, p: string, c: string) => p + c.toUpperCase());
        if (!/[.!?:]["”'’)*_]*$/.test(s)) s += '.';
        sentences.push(s);
      } else return null;
    }
    stack.push(...nested.reverse());
  }
  if (!sentences.length || !list.position) return null;
  return {
    title: 'Turn the list into a paragraph of sentences',
    edits: [{ start: list.position.start.offset! + shift, end: list.position.end.offset! + shift, newText: sentences.join(' ') }],
    isPreferred: true,
  };
}

/**
 * Words an item needs to be a statement of its own rather than a point: a
 * subject, a verb and what it is about. Tenets are short on purpose ("We
 * never store bank logins."), so the bar is a sentence, not a long one.
 */
const SENTENCE_WORDS = 3;

/**
 * Lists a narrative writes on purpose, not reasoning cut into points:
 * tenets numbered so the reader can argue with "tenet 3" (under a section
 * the model reads as tenets, every item a whole sentence that ends with a
 * full stop), and an FAQ written as a list of questions.
 */
function deliberateList(model: DocModel, block: Block, list: List): boolean {
  if (isQuestionList(list)) return true;
  // Sections nest (the title's holds them all): the list belongs to the innermost.
  const around = model.sections.filter((s) => s.start <= block.start && block.start < s.end);
  const section = around.reduce<(typeof around)[number] | undefined>((inner, s) => (!inner || s.start >= inner.start ? s : inner), undefined);
  // Numbered, so a reader can argue with "tenet 3": a bulleted list of tenets is points like any other.
  if (section?.id !== 'tenets' || !list.ordered) return false;
  return (list.children as ListItem[]).every((item) => {
    const text = item.children.map((c) => (c.type === 'paragraph' ? plainText(c) : '')).join(' ').trim();
    return /[.!?]["”'’)]*$/.test(text) && text.split(/\s+/).length >= SENTENCE_WORDS;
  });
}

export const narrativeBullets: Rule = {
  id: 'narrative-bullets',
  description: 'A bulleted or numbered list in the body of a narrative (the appendix may have them).',
  principle:
    'A narrative is written in sentences and paragraphs because the reasoning lives in the words between the points: because, therefore, unless. Bullets drop those words and let the writer skip the hard part. Turn the list into a paragraph that says how the points connect; keep lists for the appendix.',
  example: {
    before: 'Why technicians return to the depot:\n- wrong part\n- part out of stock',
    after: 'Technicians return to the depot for two reasons: the van carried the wrong part (62% of trips), or the depot itself had none (38%), which means better van stocking fixes only the first.',
  },
  kinds: ['narrative'],
  defaultSeverity: 'warning',
  group: 'structure',
  check(ctx) {
    const { model } = ctx;
    for (const b of model.blocks) {
      if (b.type !== 'list' && b.type !== 'blockquote') continue;
      if (model.appendixStart !== null && b.start >= model.appendixStart) continue;
      const shift = treeShift(b);
      for (const list of bulletLists(b)) {
        if (deliberateList(model, b, list)) continue;
        const first = list.children[0];
        const s = (first?.position?.start.offset ?? list.position!.start.offset!) + shift;
        const nl = model.text.slice(s).search(/\r?\n|\r/);
        let e = nl >= 0 ? s + nl : model.text.length;
        while (e > s && /\s/.test(model.text[e - 1])) e--;
        ctx.report({
          start: s,
          end: e,
          message: `A ${list.ordered ? 'numbered' : 'bullet'} list of ${list.children.length} item${list.children.length === 1 ? '' : 's'} in the body of a narrative. Write it as sentences that say how the points connect, or move it to the appendix.`,
          data: { items: list.children.length },
        });
      }
    }
  },
  fixes(f, { model }) {
    const block = model.blocks.find((b) => b.start <= f.start && f.start < b.end && (b.type === 'list' || b.type === 'blockquote'));
    if (!block) return [];
    const shift = treeShift(block);
    const list = bulletLists(block).find((l) => (l.children[0]?.position?.start.offset ?? -1) + shift === f.start);
    const fix = list && listAsParagraph(model, list, shift);
    return fix ? [fix] : [];
  },
  examples: {
    invalid: [
      {
        kind: 'narrative',
        doc: '# Same-day repairs\n\n## Current state\n\nTechnicians return to the depot for three reasons:\n\n«- the van carried the wrong part»\n- the depot had none\n  - not even the spare\n- the customer was out\n\nWe think stocking fixes the first.\n\n«* One more»\n',
      },
      {
        kind: 'narrative',
        doc: '# Same-day repairs\n\n> «- quoted bullet inside the body»\n> - second\n\nWe will build it in three phases:\n\n«1. Stock the vans.»\n2. Predict the parts.\n\n## Appendix\n\n- fine here\n',
      },
      {
        // Under tenets, points that are not statements are still bullets.
        kind: 'narrative',
        doc: '# Same-day repairs\n\n## Tenets\n\n«1. First-visit fixes»\n2. No second calls\n\n## Proposal\n\nWe stock the vans from the last 90 days of repairs, because 62% of return trips are for a part the van did not carry.\n',
      },
      {
        kind: 'narrative',
        doc: '# Same-day repairs\n\n## Tenets\n\n«- We fix the fault on the first visit whenever the part exists.»\n- We never ask a customer to call a second time.\n\n## Proposal\n\nWe stock the vans from the last 90 days of repairs.\n',
        note: 'tenets as bullets, not numbered: no "tenet 2" to argue with, so they are points like any other',
      },
    ],
    valid: [
      {
        kind: 'narrative',
        doc: '# Same-day repairs\n\n## Tenets\n\nWe fix it on the first visit, and we never ask the customer to call twice.\n\n| reason | share |\n|---|---|\n| wrong part | 62% |\n\n```\n- not a list, code\n```\n\n## Appendix\n\n- survey notes\n- raw numbers\n',
      },
      {
        // Tenets numbered so a reader can argue with one, each a whole sentence; an FAQ as a numbered list of questions.
        kind: 'narrative',
        doc: '# Same-day repairs\n\n## Tenets\n\n1. We fix the fault on the first visit whenever the part exists.\n2. We never ask a customer to call a second time.\n3. Vans carry parts.\n\n## Proposal\n\nWe stock the vans from the last 90 days of repairs, because 62% of return trips are for a part the van did not carry.\n\n## FAQ\n\n1. **Why not stock every part?** A van holds 300 parts and the catalogue has 4,000.\n2. **Who owns the stocking list?** The depot lead, reviewed monthly.\n',
      },
      { kind: 'prfaq', doc: '# Ledger\n\n- bullets are fine in a press release draft\n' },
    ],
  },
};
