/**
 * Generators of Markdown that a writer might produce, or a careless paste
 * might: prose with the words the rules look for, every block type, front
 * matter, silencing comments, CRLF, tabs, emoji, other non-BMP characters and
 * combining marks. Shared by the property tests.
 */
import fc from 'fast-check';

/** Cases per property: hundreds in `npx mocha`, many more under `npm run fuzz` (PRFAQ_FUZZ_RUNS). */
export function runs(base: number): number {
  const env = Number(process.env.PRFAQ_FUZZ_RUNS);
  return Number.isFinite(env) && env > 0 ? Math.max(1, Math.round(env * (base / 800))) : base;
}

/** fast-check parameters: a fixed seed in the default run (reproducible), a fresh one when fuzzing. */
export function params(base: number): fc.Parameters<unknown> {
  const seed = process.env.PRFAQ_FUZZ_SEED ? Number(process.env.PRFAQ_FUZZ_SEED) : process.env.PRFAQ_FUZZ_RUNS ? undefined : 0x7f4a;
  return { numRuns: runs(base), seed };
}

const PROSE = ['the', 'a', 'an', 'team', 'ships', 'delivery', 'quote', 'owners', 'of', 'small', 'bakeries', 'wait', 'minutes', 'for', 'each', 'today', 'launch', 'and', 'it', 'is', 'was', 'built', 'sent', 'by', 'we', 'our', 'product', 'revenue', 'profit', 'market share', 'score', 'index', 'weighted', 'NPS', 'API', 'SLA', 'CRM', 'Application Programming Interface (API)', 'fast', 'problem', 'solution', 'Seattle', '2026', '20%', 'Q:', 'A:', '?', '.', ',', ';', 'TBD', 'TK', '[TK]', '???', 'TODO', '{{name}}', '<customer>', '[Product name]', 'lorem ipsum', 'x', 'Anna', '"quote"', '“smart”', 'don\'t'];
const WEASEL = ['very', 'Very', 'really', 'quite', 'extremely', 'many', 'several', 'a lot of', 'significantly', 'seamless', 'Seamlessly', 'world-class', 'best-in-class', 'cutting-edge', 'revolutionary', 'amazing', 'soon', 'in the near future', 'so much', 'most of the'];
const CUSTOMER = ['users', 'Users', 'customers', 'customer', 'people', 'everyone', 'businesses', 'companies', 'the public', 'businesses of all sizes', 'clients', 'anyone'];
const ODD = ['🚀', '𝒻ancy', '👩‍👩‍👧', '🇬🇧', 'e\u0301', 'a\u0308\u0301', '\u200d', '\u00a0', '\t', '𠜎', 'ǅ', 'İ', 'ß', 'ﬁ', '\u2028', '*', '**', '_', '`', '\\', '&amp;', '<b>', '</b>', '[link](http://x)', '![img](y.png)', '<!-- c -->', 'http://example.com', '~~', '|'];

export const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 3, arbitrary: fc.constantFrom(...WEASEL) },
  { weight: 2, arbitrary: fc.constantFrom(...CUSTOMER) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);

const SEP = fc.constantFrom(' ', ' ', ' ', ' ', '  ', '\t', ', ', '. ', '! ', '? ', ' — ');

export const line = fc.array(fc.tuple(word, SEP), { minLength: 1, maxLength: 14 }).map((ws) => ws.map(([w, s]) => w + s).join('').trimEnd());

const RULE_NAMES = ['weasel-word', 'vague-customer', 'readability', 'passive-voice', 'placeholder', 'missing-section', 'undefined-acronym', 'no-such-rule', 'weasel-word, vague-customer', ''];
const directive = fc
  .tuple(fc.constantFrom('disable-next-line', 'disable', 'enable', 'disable-file'), fc.constantFrom(...RULE_NAMES))
  .map(([k, r]) => `<!-- prfaq-${k}${r ? ' ' + r : ''} -->`);

const HEADINGS = ['Frequently Asked Questions', 'External FAQ', 'Internal FAQ', 'Customer FAQ', 'Problem', 'Solution', 'Getting started', 'Quote', 'Appendix', 'Introduction', 'Tenets', 'Goals', 'Metrics', 'How do I start?', 'What does it cost?', 'PR/FAQ: Kiln'];
const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.oneof(fc.constantFrom(...HEADINGS), line)).map(([n, t]) => `${'#'.repeat(n)} ${t}`);
const setext = fc.tuple(line, fc.constantFrom('===', '---')).map(([t, u]) => `${t}\n${u}`);
const paragraph = fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('\n'));
const question = fc.tuple(line, fc.option(paragraph)).map(([q, a]) => `**Q: ${q}?**${a ? '\n\n' + a : ''}`);
const listItem = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom('-', '*', '+', '1.', '2)'), line).map(([d, m, t]) => `${'  '.repeat(d * 2)}${m} ${t}`);
const list = fc.array(listItem, { minLength: 1, maxLength: 6 }).map((xs) => xs.join('\n'));
const quote = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.array(line, { minLength: 1, maxLength: 3 })).map(([d, ls]) => ls.map((l) => `${'> '.repeat(d)}${l}`).join('\n'));
const cell = line.map((l) => l.replace(/\|/g, '\\|').replace(/\n/g, ' '));
const table = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 4 })).map(([cols, rows]) =>
  [rows[0].slice(0, cols), Array(cols).fill('---'), ...rows.slice(1).map((r) => r.slice(0, cols))].map((r) => `| ${r.join(' | ')} |`).join('\n'),
);
const code = fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'js', 'md'), fc.array(line, { maxLength: 3 }), fc.boolean()).map(
  ([f, lang, ls, closed]) => `${f}${lang}\n${ls.join('\n')}${closed ? '\n' + f : ''}`,
);
const indented = fc.array(line, { minLength: 1, maxLength: 2 }).map((ls) => ls.map((l) => '    ' + l).join('\n'));
const html = fc.oneof(directive, line.map((l) => `<!-- ${l} -->`), line.map((l) => `<div>${l}</div>`), fc.constant('<!--'), fc.constant('-->'), fc.constant('<details><summary>x</summary>'));
const hr = fc.constantFrom('---', '***', '___');

export const block = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 4, arbitrary: heading },
  { weight: 1, arbitrary: setext },
  { weight: 2, arbitrary: question },
  { weight: 2, arbitrary: list },
  { weight: 2, arbitrary: quote },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: code },
  { weight: 1, arbitrary: indented },
  { weight: 2, arbitrary: html },
  { weight: 1, arbitrary: hr },
);

const frontMatter = fc.option(
  fc.tuple(fc.constantFrom('prfaq', 'narrative', 'other', ''), fc.option(line)).map(([k, t]) => `---\n${k ? `kind: ${k}\n` : ''}${t ? `title: ${t.replace(/[:#]/g, ' ')}\n` : ''}---`),
  { freq: 4 },
);

export interface GenDoc {
  text: string;
  kind: 'prfaq' | 'narrative' | undefined;
}

/** A whole document; kind forced to prfaq or narrative mostly, left to the engine sometimes. */
export const doc: fc.Arbitrary<GenDoc> = fc
  .record({
    fm: frontMatter,
    blocks: fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n\n', '\n', '\n\n\n')), { maxLength: 14 }),
    crlf: fc.constantFrom(false, false, true),
    bom: fc.constantFrom(false, false, false, true),
    trailing: fc.constantFrom('\n', '', '\n\n'),
    kind: fc.constantFrom<GenDoc['kind']>('prfaq', 'prfaq', 'narrative', undefined),
  })
  .map(({ fm, blocks, crlf, bom, trailing, kind }) => {
    let text = (fm ? fm + '\n' : '') + blocks.map(([b, s]) => b + s).join('').replace(/\n+$/, '') + trailing;
    if (crlf) text = text.replace(/\r?\n/g, '\r\n');
    if (bom) text = '\uFEFF' + text;
    return { text, kind };
  });

/** A random edit: an offset pair (as fractions of the length) and inserted text. */
export const edit = fc.record({
  a: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.integer({ min: 0, max: 40 }),
  insert: fc.oneof(fc.constant(''), word, line, block.map((b) => `\n\n${b}\n\n`), fc.constantFrom('\n', '\r\n', '#', '> ', '- ', '```', '<!--', '-->', '---\n')),
});

export function applyRandomEdit(text: string, e: { a: number; len: number; insert: string }): string {
  // Anywhere, before a leading BOM too: the U+FEFF then sits in the text, and
  // chunked and whole review must still agree.
  let start = Math.floor(e.a * text.length);
  // Editors edit on code points: keep surrogate pairs whole.
  if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
  let end = Math.min(text.length, start + e.len);
  if (end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++;
  return text.slice(0, start) + e.insert + text.slice(end);
}

export const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
export const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
