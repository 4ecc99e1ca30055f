/**
 * Deterministic benchmark documents: PR/FAQs and narratives of any number
 * of 500-word pages, written from our own word lists and templates (seeded,
 * so every run reviews the same text). The mix of prose, lists, code,
 * links, tables and FAQ entries, and the share of sentences carrying a
 * finding (weasel words, passive verbs, long sentences, generic customers,
 * acronyms, placeholders), are set to look like a real first draft.
 */

export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WHO = ['Bakery owners', 'Night-shift nurses', 'Ferry operators', 'Clinic schedulers', 'Warehouse leads', 'Payroll clerks', 'Library volunteers', 'Farm co-op buyers', 'School bus dispatchers', 'Kiln studio managers'];
const THING = ['the order sheet', 'the shift roster', 'the deposit log', 'the cold-room reading', 'the refund queue', 'the route plan', 'the supplier invoice', 'the loan ledger', 'the waiting list', 'the delivery slot'];
const VERB = ['reconcile', 'approve', 'print', 'check', 'copy', 'update', 'send', 'file', 'match', 'review'];
const WHEN = ['every Friday night', 'before the 6 a.m. handover', 'at the end of each month', 'twice a day', 'on the first Monday of the quarter', 'after every delivery', 'during the lunch rush', 'when the van returns'];
const COST = ['forty minutes', 'two hours', 'a full afternoon', 'about 30 orders', '$1,200 a month', 'one lost shipment in ten', 'three phone calls', 'a day of rework'];
const PRODUCT = ['Tally', 'Harbor', 'Ledgerline', 'Roster', 'Coldmark', 'Queuebird'];
const COMPANY = ['Fernhill', 'Northgate', 'Bluewater', 'Oakridge'];
const WEASEL = ['very', 'significantly', 'several', 'many', 'soon', 'various', 'seamless', 'quite', 'world-class', 'nearly all'];
const PARTICIPLE = ['sent', 'built', 'checked', 'stored', 'approved', 'migrated', 'printed', 'tagged'];
const LONGWORD = ['administrative', 'reconciliation', 'institutional', 'standardisation', 'interoperability', 'documentation', 'infrastructural', 'organisational'];
const ACRONYM = ['POS', 'SLA', 'ETA', 'KPI', 'SKU'];
const QUESTION = ['How much does it cost?', 'Which devices does it work on?', 'What happens to my existing data?', 'Who owns the integration?', 'When does it launch in Europe?', 'What is the biggest risk?', 'How do we measure success?', 'Why build this now?', 'What does support look like?', 'How long does set-up take?'];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One sentence; about a third carry something a rule reports. */
function sentence(r: () => number): string {
  const who = pick(r, WHO);
  const thing = pick(r, THING);
  const x = r();
  if (x < 0.08) return `${who} ${pick(r, VERB)} ${thing} ${pick(r, WHEN)}, which is ${pick(r, WEASEL)} slow and costs them ${pick(r, COST)}.`;
  if (x < 0.14) return `${cap(thing)} is ${pick(r, PARTICIPLE)} by hand ${pick(r, WHEN)}.`;
  if (x < 0.18) return `${cap(pick(r, LONGWORD))} ${pick(r, LONGWORD)} requirements make ${pick(r, LONGWORD)} ${pick(r, LONGWORD)} procedures for ${thing} considerably more ${pick(r, LONGWORD)} than the ${pick(r, LONGWORD)} process that ${who.toLowerCase()} expected.`;
  if (x < 0.21) return `Users want to ${pick(r, VERB)} ${thing} without calling anyone.`;
  if (x < 0.24) return `The ${pick(r, ACRONYM)} for ${thing} changes ${pick(r, WHEN)}.`;
  if (x < 0.25) return `We expect TBD teams to ${pick(r, VERB)} ${thing} in the first month.`;
  if (x < 0.33) return `${who} can now ${pick(r, VERB)} ${thing} with \`${pick(r, VERB)}-${pick(r, ['all', 'one', 'new'])}\` from the app.`;
  if (x < 0.40) return `See [the ${pick(r, ['pilot notes', 'design', 'pricing page'])}](https://example.com/${pick(r, VERB)}) for how ${who.toLowerCase()} ${pick(r, VERB)} ${thing}.`;
  if (x < 0.46) return `${who} **${pick(r, VERB)} ${thing}** ${pick(r, WHEN)} and save ${pick(r, COST)}.`;
  return `${who} ${pick(r, VERB)} ${thing} ${pick(r, WHEN)}, and it costs them ${pick(r, COST)}.`;
}

function paragraph(r: () => number, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(r));
  // Wrapped at about 100 columns, as many editors do.
  return out.join(' ').replace(/(.{80,100}?) /g, '$1\n');
}

function list(r: () => number): string {
  const n = 3 + Math.floor(r() * 3);
  const items: string[] = [];
  for (let i = 0; i < n; i++) items.push(`- ${cap(pick(r, VERB))} ${pick(r, THING)} ${pick(r, WHEN)}.`);
  return items.join('\n');
}

function table(r: () => number): string {
  const rows = ['| Step | Today | With the product |', '|---|---|---|'];
  for (let i = 0; i < 4; i++) rows.push(`| ${cap(pick(r, VERB))} ${pick(r, THING)} | ${pick(r, COST)} | ${Math.floor(r() * 50) + 1} minutes |`);
  return rows.join('\n');
}

function code(r: () => number): string {
  return ['```sh', `${pick(r, PRODUCT).toLowerCase()} ${pick(r, VERB)} --since 2027-03-01`, `${pick(r, PRODUCT).toLowerCase()} export > out.csv`, '```'].join('\n');
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Body blocks until `target` words are written. */
function body(r: () => number, target: number, bullets: boolean): string[] {
  const blocks: string[] = [];
  let n = 0;
  while (n < target) {
    const x = r();
    let b: string;
    if (bullets && x < 0.08) b = list(r);
    else if (x < 0.1) b = table(r);
    else if (x < 0.13) b = code(r);
    else b = paragraph(r, 3 + Math.floor(r() * 4));
    blocks.push(b);
    n += words(b);
  }
  return blocks;
}

export type BenchKind = 'prfaq' | 'narrative';

/** A document of about `pages` × 500 words. */
export function generate(kind: BenchKind, pages: number, seed: number): string {
  const r = rng(seed);
  const product = pick(r, PRODUCT);
  const company = pick(r, COMPANY);
  const target = pages * 500;
  const parts: string[] = [];
  if (kind === 'prfaq') {
    parts.push(`# ${product} Lets ${pick(r, WHO)} ${cap(pick(r, VERB))} ${cap(pick(r, THING).replace('the ', ''))} in Minutes`);
    parts.push(`## ${cap(pick(r, WHO).toLowerCase())} stop losing ${pick(r, COST)} ${pick(r, WHEN)}`);
    parts.push(`PORTLAND, OR — March 3, 2027 — ${company} today launched ${product}. ${paragraph(r, 3)}`);
    parts.push(...body(r, Math.min(350, target * 0.2), false));
    parts.push(`"We built ${product} because ${pick(r, WHO).toLowerCase()} told us about ${pick(r, THING)}," said Priya Raman, VP of Operations at ${company}.`);
    parts.push(`To get started, ${pick(r, WHO).toLowerCase()} visit example.com/${product.toLowerCase()} and ${pick(r, VERB)} ${pick(r, THING)}.`);
    let written = parts.reduce((n, p) => n + words(p), 0);
    for (const faq of ['External FAQ', 'Internal FAQ']) {
      parts.push(`## ${faq}`);
      const share = faq === 'External FAQ' ? 0.45 : 1;
      const goal = written + (target - written) * share;
      while (written < goal) {
        const q = `### ${pick(r, QUESTION)}`;
        const a = r() < 0.04 ? 'TBD' : body(r, 60 + r() * 120, true).join('\n\n');
        parts.push(q, a);
        written += words(q) + words(a);
      }
    }
  } else {
    parts.push(`# ${product}: ${cap(pick(r, VERB))}ing ${pick(r, THING).replace('the ', '')} for ${pick(r, WHO).toLowerCase()}`);
    const sections = ['Introduction', 'Tenets', 'Current state', 'Customer problem', 'Proposal', 'Plan and milestones', 'Risks', 'Goals and metrics'];
    const per = (target * 0.85) / sections.length;
    for (const s of sections) {
      parts.push(`## ${s}`);
      parts.push(...body(r, per, r() < 0.3));
    }
    parts.push('## Appendix');
    parts.push(...body(r, target * 0.15, true));
  }
  return parts.join('\n\n') + '\n';
}

export function countWords(text: string): number {
  return words(text);
}
