/**
 * Hover texts (Markdown): for a finding, the rule's principle, one
 * before/after example and its page; for a section heading, what that part
 * must achieve and its word budget.
 */
import type { PrfaqConfig } from '../config/types.js';
import { ruleDocsUrl } from '../diagnostic.js';
import type { DocModel, PartId } from '../model/types.js';
import { ruleById } from '../rules/registry.js';
import { measure, wordsBetween } from '../genre/measure.js';
import { FAQ_INFO, NARRATIVE_SECTION_INFO, PART_INFO } from '../genre/catalogue.js';

function fence(s: string): string {
  return s.includes('\n') ? '\n```markdown\n' + s + '\n```\n' : ` \`${s.replace(/`/g, "'")}\``;
}

/** `docsBase`: the folder of rule pages the link points into (`ruleDocsUrl`). */
export function ruleHover(id: string, docsBase?: string): string | null {
  const rule = ruleById(id);
  if (!rule) return null;
  const out = [`**${rule.id}** — ${rule.description}`, '', rule.principle];
  if (rule.example) out.push('', `*Before:*${fence(rule.example.before)}`, '', `*After:*${fence(rule.example.after)}`);
  out.push('', `[Rule page: ${rule.id}](${ruleDocsUrl(rule.id, docsBase)})`);
  return out.join('\n');
}

/** The heading block at `offset` and what it stands for, or null. */
export function sectionHover(model: DocModel, offset: number, config: PrfaqConfig): { start: number; end: number; markdown: string } | null {
  const block = model.blocks.find((b) => b.type === 'heading' && b.start <= offset && offset <= b.end);
  if (!block) return null;
  const range = { start: block.start, end: block.end };
  const part = Object.values(model.parts).find((p) => p && (p.heading === block.index || (p.heading === undefined && p.blocks[0] === block.index)));
  if (part) {
    const info = PART_INFO[part.id as PartId];
    const m = measure(model);
    const words = m.parts[part.id] ?? 0;
    const total = m.pressRelease;
    return {
      ...range,
      markdown: `**Press release · ${info.label}**\n\n${info.purpose}\n\nBudget: about ${info.budget} words (this part: ${words}). The whole press release: ${total} / ${config.limits.pressReleaseWords} words.`,
    };
  }
  const faq = Object.values(model.faqs).find((f) => f && f.heading === block.index);
  if (faq) {
    const info = FAQ_INFO[faq.id];
    const words = measure(model).faq;
    const questions = model.questions.filter((q) => q.faq === faq.id).length;
    return { ...range, markdown: `**${info.label}** · ${questions} question${questions === 1 ? '' : 's'}\n\n${info.purpose}\n\nBudget: the FAQs together at most ${config.limits.faqWords} words (now ${words}).` };
  }
  const section = model.sections.find((s) => s.heading === block.index);
  if (section?.id && NARRATIVE_SECTION_INFO[section.id] && model.kind === 'narrative') {
    const info = NARRATIVE_SECTION_INFO[section.id];
    const words = wordsBetween(model, section.start, section.end);
    const body = measure(model).body;
    const budget = section.id === 'appendix' ? 'not counted in the six pages' : `the body at most ${config.limits.narrativeWords} words (now ${body})`;
    return { ...range, markdown: `**Narrative · ${info.label}** · ${words} words\n\n${info.purpose}\n\nBudget: ${budget}.` };
  }
  if (model.kind === 'prfaq' && model.pressRelease && block.start >= model.pressRelease.start && block.end <= model.pressRelease.end) {
    const total = measure(model).pressRelease;
    return { ...range, markdown: `**Press release** · ${total} / ${config.limits.pressReleaseWords} words\n\nWritten as if announcing the finished product, for the customer, in the customer's language; less than one page.` };
  }
  return null;
}
