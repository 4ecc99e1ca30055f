/**
 * The document model → the press release laid out as a press release, the
 * FAQs below it, anything else (preamble, appendix, a narrative) as plain
 * prose. Every piece of the writer's text has passed the sanitiser before it
 * gets here (markdown.ts); this module only arranges safe elements and adds
 * its own classes around them.
 */
import type { Element, ElementContent } from 'hast';
import { FAQ_INFO } from '../genre/catalogue.js';
import { CONTAINER_HEADING, DATELINE } from '../model/cues.js';
import { isQuote, namedPart } from '../model/pressRelease.js';
import type { Block, DocModel, FaqId, PartId } from '../model/types.js';
import { textOf, toSafeBlocks } from './markdown.js';

type Region = 'press-release' | FaqId | 'other';

const el = (tagName: string, className: string[], children: ElementContent[], extra: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties: { className, ...extra },
  children,
});
const text = (value: string) => ({ type: 'text' as const, value });

function addClass(e: Element, ...names: string[]): Element {
  const prev = e.properties.className;
  const list = Array.isArray(prev) ? prev.map(String) : typeof prev === 'string' ? (prev as string).split(/\s+/) : [];
  e.properties.className = [...list, ...names];
  return e;
}

/** Same children and line, another tag (a `## Headline` paragraph shown as the headline). */
function retag(e: Element, tagName: string, ...classes: string[]): Element {
  return addClass({ ...e, tagName, properties: { dataLine: e.properties.dataLine } }, ...classes);
}

/** "SEATTLE, March 3, 2025 —": the place and the date with no dash between, which DATELINE leaves to the launch cue. */
const CITY_DATE_LINE = /^\W{0,3}[A-Z][\p{L}.'’ -]{1,40}(?:,\s*[\p{L}.' ]{2,30})?,\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?/iu;


export interface LaidOut {
  article: Element;
  title: string;
}

export function layOut(model: DocModel): LaidOut {
  const safe = toSafeBlocks(model.root);
  const shift = model.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const safeOf = (b: Block): Element | undefined => safe.byOffset.get(b.start - shift);

  const partOfBlock = new Map<number, PartId>();
  const partHeadings = new Set<number>();
  for (const part of Object.values(model.parts)) {
    if (!part) continue;
    for (const i of part.blocks) partOfBlock.set(i, part.id);
    if (part.heading !== undefined) partHeadings.add(part.heading);
  }
  const prBlocks = new Set(model.kind === 'prfaq' ? (model.pressRelease?.blocks ?? []) : []);
  const faqs = Object.values(model.faqs).filter((f) => !!f);
  const regionOf = (b: Block): Region => {
    if (prBlocks.has(b.index)) return 'press-release';
    const f = faqs.find((x) => b.start >= x.start && b.start < x.end);
    return f ? f.id : 'other';
  };

  // Consecutive blocks of one region form one section, in document order.
  const groups: Array<{ region: Region; blocks: Block[] }> = [];
  for (const b of model.blocks) {
    if (!safeOf(b)) continue; // front matter, raw HTML, comments: nothing to show
    const region = regionOf(b);
    const last = groups[groups.length - 1];
    if (last && last.region === region) last.blocks.push(b);
    else groups.push({ region, blocks: [b] });
  }

  const sections: Element[] = [];
  for (const g of groups) {
    if (g.region === 'press-release') sections.push(pressRelease(model, g.blocks, safeOf, partOfBlock, partHeadings));
    else if (g.region === 'other') sections.push(el('section', ['prfaq-other'], g.blocks.map((b) => safeOf(b)!)));
    else sections.push(faqSection(model, g.region, g.blocks, safeOf));
  }
  if (safe.trailing.length) sections.push(el('section', ['prfaq-notes'], safe.trailing));

  const kindClass = `prfaq-doc--${model.kind ?? 'plain'}`;
  return { article: el('article', ['prfaq-doc', kindClass], sections), title: titleOf(model) };
}

function titleOf(model: DocModel): string {
  const headline = model.parts.headline;
  const idx = headline ? (headline.blocks[0] ?? headline.heading) : model.blocks.find((b) => b.type === 'heading')?.index;
  const t = idx !== undefined ? model.blocks[idx]?.plain.replace(/\s+/g, ' ').trim() : '';
  return t || (model.kind === 'narrative' ? 'Narrative' : 'PR/FAQ');
}

function pressRelease(
  model: DocModel,
  blocks: Block[],
  safeOf: (b: Block) => Element | undefined,
  partOfBlock: Map<number, PartId>,
  partHeadings: Set<number>,
): Element {
  const out: ElementContent[] = [];
  const header: ElementContent[] = [];
  for (const b of blocks) {
    const node = safeOf(b)!;
    const part = partOfBlock.get(b.index);
    const dataPart = part ? { dataPart: part } : {};
    if (b.type === 'heading' && (partHeadings.has(b.index) || namedPart(b.plain) || CONTAINER_HEADING.test(b.plain.trim()))) {
      // "## Problem", "## Press release": the writer's scaffolding, shown as a quiet label.
      out.push(retag(node, 'p', 'pr-part-label'));
      continue;
    }
    if (part === 'headline') {
      const h = retag(node, 'h1', 'pr-headline');
      h.properties.dataPart = part;
      (header.length || out.length ? out : header).push(h);
      continue;
    }
    if (part === 'subheading') {
      const s = retag(node, 'p', 'pr-subheading');
      s.properties.dataPart = part;
      (header.length && !out.length ? header : out).push(s);
      continue;
    }
    if (part === 'summary' && node.tagName === 'p') {
      out.push(addClass(withDateline(node, b.plain), 'pr-summary'));
      Object.assign(node.properties, dataPart);
      continue;
    }
    if (part === 'leader-quote' || part === 'customer-quote' || isQuote(b)) {
      const who = part === 'leader-quote' ? 'pr-quote--leader' : part === 'customer-quote' ? 'pr-quote--customer' : 'pr-quote--other';
      out.push(el('figure', ['pr-quote', who], [styleQuote(node)], { dataPart: part, dataLine: node.properties.dataLine }));
      continue;
    }
    if (part) {
      addClass(node, `pr-${part}`);
      node.properties.dataPart = part;
    }
    out.push(node);
  }
  const children: ElementContent[] = header.length ? [el('header', ['pr-header'], header), ...out] : out;
  return el('section', ['pr'], children, { ariaLabel: 'Press release' });
}

/** Wraps the dateline ("PORTLAND, Ore. — April 6, 2027 —") at the start of the summary in a span. */
function withDateline(p: Element, plain: string): Element {
  const m = DATELINE.exec(plain.trimStart()) ?? CITY_DATE_LINE.exec(plain.trimStart());
  if (!m) return p;
  const lead = plain.length - plain.trimStart().length;
  const rest = plain.slice(lead + m[0].length);
  const dash = /^\s*(?:[—–-]{1,3}|:)\s*/.exec(rest);
  let n = lead + m[0].length + (dash ? dash[0].length : 0);
  // Move whole inline nodes (splitting one text node) until n characters of text are inside.
  const inside: ElementContent[] = [];
  const children = [...p.children];
  while (n > 0 && children.length) {
    const c = children[0];
    const len = textOf(c).length;
    if (len <= n || c.type !== 'text') {
      inside.push(children.shift()!);
      n -= len;
      continue;
    }
    inside.push(text(c.value.slice(0, n)));
    children[0] = text(c.value.slice(n));
    n = 0;
  }
  if (!inside.length) return p;
  p.children = [el('span', ['pr-dateline'], inside), ...children];
  return p;
}

/**
 * A quote paragraph: the spoken words as they are, everything outside the
 * quotation marks ("said Maya Okafor, founder and CEO") marked as attribution.
 */
function styleQuote(node: Element): Element {
  let inside = false;
  const visit = (parent: Element) => {
    const next: ElementContent[] = [];
    for (const c of parent.children) {
      if (c.type === 'element') {
        visit(c);
        next.push(c);
        continue;
      }
      if (c.type !== 'text') {
        next.push(c);
        continue;
      }
      // Split the text at quotation marks; runs outside quotes become attribution spans.
      let run = '';
      const flush = () => {
        if (!run) return;
        next.push(inside || !run.trim() ? text(run) : el('span', ['pr-attribution'], [text(run)]));
        run = '';
      };
      for (const ch of c.value) {
        const opens = ch === '“' || (ch === '"' && !inside);
        const closes = ch === '”' || (ch === '"' && inside);
        if (opens && !inside) {
          flush();
          inside = true;
          run += ch;
        } else if (closes && inside) {
          run += ch;
          flush();
          inside = false;
        } else run += ch;
      }
      flush();
    }
    parent.children = next;
  };
  visit(node);
  return node;
}

function faqSection(model: DocModel, id: FaqId, blocks: Block[], safeOf: (b: Block) => Element | undefined): Element {
  const faq = model.faqs[id];
  const children: ElementContent[] = [];
  let entry: { q: number; el: Element; answer: Element | null } | null = null;
  for (const b of blocks) {
    const node = safeOf(b)!;
    if (faq && b.index === faq.heading && !faq.untitled) {
      children.push(addClass(node, 'faq-title'));
      entry = null;
      continue;
    }
    const qi = model.questions.findIndex((q) => q.faq === id && b.start >= q.entry.start && b.start < q.entry.end);
    if (qi < 0) {
      children.push(node);
      entry = null;
      continue;
    }
    const q = model.questions[qi];
    if (!entry || entry.q !== qi) {
      const unanswered = !q.answered;
      entry = { q: qi, el: el('div', ['faq-entry', ...(unanswered ? ['faq-entry--unanswered'] : [])], [], { dataQuestion: qi }), answer: null };
      children.push(entry.el);
      if (b.start < q.question.end) {
        entry.el.children.push(addClass(node, 'faq-question'));
        if (unanswered && (!q.answer || q.answer.start >= b.end)) entry.el.children.push(el('p', ['faq-missing'], [text('No answer yet.')]));
        continue;
      }
    }
    if (!entry.answer) {
      entry.answer = el('div', ['faq-answer'], []);
      entry.el.children.push(entry.answer);
    }
    entry.answer.children.push(node);
  }
  return el('section', ['faq', `faq--${id.replace('-faq', '')}`], children, { ariaLabel: FAQ_INFO[id].label });
}
