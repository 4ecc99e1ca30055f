/**
 * The top-level blocks of a parsed document and the prose spans inside them.
 */
import type { Blockquote, Nodes, Paragraph, Root, RootContent, TableCell } from 'mdast';
import { ADDRESSED_INSTRUCTION_OPENING, TEMPLATE_INSTRUCTION_OPENING } from './cues.js';
import { datelineOf } from './dateline.js';
import { ProseBuilder, newId, plainText } from './prose.js';
import type { Block, ProseSpan } from './types.js';
import { EDITORIAL_NOTE_OPENINGS } from '../lexicon/placeholders.js';
import { phrasePattern } from '../text/phrases.js';

/** A table cell that holds a figure, not a sentence ("42", "$3.10", "-12%"). */
const NUMERIC_CELL = /^[\s\d.,%$€£¥+\-–—x×/:()~<>=≈]*$/;

/**
 * What to add to an offset in `block.node` to get the document offset. The
 * tree keeps the positions of the parse that made it, which text typed
 * above may since have moved (Block.node), and does not count a BOM.
 */
export function treeShift(block: Block): number {
  return block.start - (block.node.position?.start.offset ?? block.start);
}

/**
 * What writers put before a heading's words and a reader skips: emoji
 * ("## 😩 The problem", "## 🧑‍💻 Usage"), with the modifiers, joiners and
 * variation selectors that make one emoji of several characters. A heading's
 * `plain` is its title without them, so every test on a title ("## FAQ",
 * "## Appendix", "### README") reads the words, and so is its prose span,
 * so every rule that reads a heading's sentence (a headline's) does too.
 */
const LEADING_EMOJI = /^(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200D\uFE0F\u20E3]+\s*)+/u;

const headingPlain = (node: Nodes) => {
  const t = plainText(node);
  return t.replace(LEADING_EMOJI, '') || t;
};

/**
 * A blockquote that sets off a whole piece of the document rather than
 * quoting someone: a press release quoted in full, with its headline as a
 * heading inside the quote, three blocks or more with a dateline among
 * them, or four or more under a bold title line. Its blocks are read as the
 * document's own (a quotation is a paragraph or two with no heading and no
 * dateline).
 */
function wrapsDocument(node: RootContent, shift: number): node is Blockquote {
  if (node.type !== 'blockquote') return false;
  if (node.children.some((c) => c.type === 'heading')) return true;
  if (node.children.length < 3) return false;
  if (node.children.length >= 4 && boldTitle(node.children[0])) return true;
  return node.children.some((c) => c.type === 'paragraph' && c.position && datelineOf(blockOf(c, 0, shift)) === 'sure');
}

/** A paragraph that is only bold text ("> **Launchpad: every pull request gets its own copy**"): a title. */
const boldTitle = (c: RootContent) => c.type === 'paragraph' && c.children.length === 1 && c.children[0].type === 'strong';

function blockOf(node: RootContent, index: number, shift: number): Block {
  return {
    id: newId(),
    index,
    type: node.type,
    node,
    depth: node.type === 'heading' ? node.depth : undefined,
    start: (node.position!.start.offset ?? 0) + shift,
    end: (node.position!.end.offset ?? 0) + shift,
    plain: node.type === 'code' || node.type === 'html' || node.type === 'yaml' ? '' : node.type === 'heading' ? headingPlain(node) : plainText(node),
  };
}

export function collectBlocks(root: Root, shift: number): Block[] {
  const blocks: Block[] = [];
  const nodes: RootContent[] = root.children.flatMap((node): RootContent[] => (wrapsDocument(node, shift) ? node.children : [node]));
  for (const node of nodes) if (node.position) blocks.push(blockOf(node, blocks.length, shift));
  return blocks;
}

/**
 * "[Describe the problem from the customer's point of view. How do they
 * deal with it today?]", "[Where can the customer go to sign up?]": a
 * paragraph that is one bracketed prompt of three words or more, which a
 * template puts where a part goes. Nobody writes a part of a release in
 * square brackets. It is the template's text, not the writer's prose: the
 * prose rules do not read it, and `placeholder` reports it.
 */
// Also inside the quote marks of the quote it stands for: “[Quote from exec sponsor — explain why we are doing this]”.
export const isBracketPromptText = (plain: string) => /^["“]?\[[^[\]]+\]\.?["”]?$/.test(plain.trim()) && plain.split(/\s+/).filter(Boolean).length >= 3;

/**
 * "_Name the product in a way the customer will understand._", "*One
 * sentence: who is the customer and what do they get?*": a template's
 * instruction set in italics under a part's heading. Its words are the
 * template's, not the writer's prose: the prose rules do not read it.
 */
const LENGTH_LEAD = /^(?:one|two|three|four|five|a|\d+)(?:\s+(?:or|to)\s+(?:two|three|four|five|\d+))?\s+(?:short\s+)?(?:sentences?|paragraphs?|lines?|bullets?)\s*[:—–-]/i;
const NAME_THE = /^(?:name|state|say|give|tell)\s+(?:the|your)\s+(?:product|customer|problem|benefit|solution|headline|launch)\b/i;
export const isItalicPromptText = (plain: string) => {
  const t = plain.trim();
  return LENGTH_LEAD.test(t) || NAME_THE.test(t) || TEMPLATE_INSTRUCTION_OPENING.test(t) || ADDRESSED_INSTRUCTION_OPENING.test(t);
};
/**
 * A note between drafters, set in italics on its own: it opens with a handle ("@ana:") or
 * a phrase such as "Last edited by" (EDITORIAL_NOTE_OPENINGS), or it is signed with initials
 * ("… — JM)"). It tells the others about the draft; the word rules do not read it as prose.
 */
const EDITORIAL_NOTE_OPENING = new RegExp(String.raw`^[(\[]?\s*(?:@[\w-]+\s*:|(?:${phrasePattern(EDITORIAL_NOTE_OPENINGS)})\s*:?\s)`, 'iu');
/** Signed with initials in capitals: case matters, or an italic line ending "— now" would be a note. */
const INITIALS_SIGNATURE = /\s[—–-]\s*\p{Lu}{2,3}\s*[)\]]?\s*$/u;
export const isEditorialNoteText = (plain: string) => EDITORIAL_NOTE_OPENING.test(plain.trim()) || INITIALS_SIGNATURE.test(plain.trim());
/** A paragraph set wholly in italics (one emphasis, nothing else). */
export const isItalicOnly = (node: Paragraph) => {
  const kids = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return kids.length === 1 && kids[0].type === 'emphasis';
};

/** Every prose span of every block, in document order. */
export function collectProse(source: string, blocks: Block[], shift: number): ProseSpan[] {
  const spans: ProseSpan[] = [];
  for (const block of blocks) {
    // Explicit stack: lists and quotes may nest arbitrarily deep.
    const stack: Array<{ node: Nodes; inList: boolean; inQuote: boolean }> = [
      { node: block.node, inList: false, inQuote: false },
    ];
    while (stack.length > 0) {
      const { node, inList, inQuote } = stack.pop()!;
      switch (node.type) {
        case 'paragraph':
        case 'heading': {
          const b = new ProseBuilder(source, shift);
          b.appendInline(node.children);
          // A heading's prose is its words, as its `plain` is: "## 💡 Acme Launches…" reads "Acme Launches…".
          if (node.type === 'heading') {
            const lead = LEADING_EMOJI.exec(b.text)?.[0].length ?? 0;
            if (lead < b.text.trim().length) b.dropLeading(lead);
          }
          const prompt = node === block.node && node.type === 'paragraph' && (isBracketPromptText(b.text) || (isItalicOnly(node) && (isItalicPromptText(b.text) || isEditorialNoteText(b.text))));
          if (b.text.trim() && !prompt) {
            const element = node.type === 'heading' ? 'heading' : inList ? 'listItem' : inQuote ? 'blockquote' : 'paragraph';
            spans.push(b.build(block.index, element));
          }
          break;
        }
        case 'table':
          for (const row of node.children) {
            for (const cell of row.children) pushCell(source, shift, cell, block.index, spans);
          }
          break;
        case 'list':
        case 'listItem':
        case 'blockquote': {
          const children = node.children as RootContent[];
          for (let k = children.length - 1; k >= 0; k--) {
            stack.push({
              node: children[k],
              inList: inList || node.type !== 'blockquote',
              inQuote: inQuote || node.type === 'blockquote',
            });
          }
          break;
        }
        default:
          // code, html, yaml, thematic breaks, definitions: not prose.
          break;
      }
    }
  }
  return spans;
}

function pushCell(source: string, shift: number, cell: TableCell, block: number, spans: ProseSpan[]): void {
  const b = new ProseBuilder(source, shift);
  b.appendInline(cell.children);
  if (b.text.trim() && !NUMERIC_CELL.test(b.text)) spans.push(b.build(block, 'tableCell'));
}
