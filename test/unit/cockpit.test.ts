/**
 * The client's pure models: the structure tree (from the server's document
 * model), the review summary (grouped by principle, no blended score) and
 * the snippets (the skeletons are complete documents).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStructure, type StructureNode } from '../../client/src/structure/tree.js';
import { renderSummary } from '../../client/src/summary/report.js';
import { DEFAULT_CONFIG } from '../../engine/config/types.js';
import { LineIndex } from '../../engine/model/lines.js';
import { PART_IDS } from '../../engine/model/types.js';
import { review } from '../../engine/review.js';
import { principlesFor, RULES, RULE_IDS } from '../../engine/rules/registry.js';
import { narrativeScaffold } from '../../engine/scaffold/narrative.js';
import { prfaqScaffold } from '../../engine/scaffold/prfaq.js';
import { describe as describeModel } from '../../server/src/documentModel.js';
import type { DocumentModelResult } from '../../shared/protocol.js';

const ROOT = join(__dirname, '..', '..');

/** What the server answers for `text` (the same function the request handler uses). */
function modelOf(text: string, path: string): DocumentModelResult {
  const r = review(text, { path });
  const lines = new LineIndex(text);
  const d = describeModel(r.model, (s, e) => ({ start: lines.positionAt(s), end: lines.positionAt(e) }), DEFAULT_CONFIG.limits);
  return { uri: `file:///${path}`, version: 1, kind: r.kind, kindReason: r.model.kindReason, ...d };
}

const show = (nodes: StructureNode[], depth = 0): string[] =>
  nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.label} [${n.state}]${n.description ? ` ${n.description}` : ''}`, ...show(n.children, depth + 1)]);

describe('structure tree', () => {
  it('lists the nine parts in order with word counts, and each FAQ question answered or not', () => {
    const text = readFileSync(join(ROOT, 'examples/good.prfaq.md'), 'utf8');
    const tree = buildStructure(modelOf(text, 'good.prfaq.md'));
    assert.deepEqual(tree.map((n) => n.label), ['Press release', 'External FAQ', 'Internal FAQ']);
    const [release, external, internal] = tree;
    assert.equal(release.children.length, 9);
    assert.deepEqual(release.children.map((n) => n.id), PART_IDS.map((id) => `part:${id}`));
    assert.deepEqual(release.children.map((n) => n.label), ['Headline', 'Subheading', 'Summary', 'Problem', 'Solution', 'Company quote', 'Getting started', 'Customer quote', 'Call to action']);
    assert.ok(release.children.every((n) => n.state === 'present' && /^\d+ words?$/.test(n.description ?? '') && n.range));
    assert.match(release.description ?? '', /^\d+ \/ 600 words$/);
    const words = release.children.reduce((s, n) => s + Number(n.description!.split(' ')[0]), 0);
    assert.ok(words <= Number(release.description!.split(' ')[0]), 'parts add up to at most the press release');
    assert.deepEqual(external.children.map((n) => n.label), ['What does Lantern Bookings cost?', 'Do my riders need to download an app?', 'Does it work with the point-of-sale system I already use?', 'Can riders pay online?']);
    assert.ok([...external.children, ...internal.children].every((n) => n.state === 'answered'));
    assert.equal(external.description, '4 questions');
  });

  it('shows missing parts, a missing FAQ and unanswered questions', () => {
    const text = '# Kiln: faster firing\n\nSEATTLE, WA — May 1, 2027 — Kiln today launched Kiln.\n\n## External FAQ\n\n### What does it cost?\n\nTBD\n\n### Where is it sold?\n\nIn 40 pottery supply shops in Washington.\n';
    const tree = buildStructure(modelOf(text, 'kiln.prfaq.md'));
    const lines = show(tree);
    assert.ok(lines.includes('  Problem [missing] missing'), lines.join('\n'));
    assert.ok(lines.includes('  Summary [present] 9 words'), lines.join('\n'));
    assert.ok(lines.includes('External FAQ [group] 2 questions · 1 unanswered'), lines.join('\n'));
    assert.ok(lines.includes('  What does it cost? [unanswered] unanswered'), lines.join('\n'));
    assert.ok(lines.includes('  Where is it sold? [answered]'), lines.join('\n'));
    assert.ok(lines.includes('Internal FAQ [missing] missing'), lines.join('\n'));
  });

  it('marks a press release over its budget', () => {
    const m = modelOf(prfaqScaffold({ product: 'Kiln' }), 'k.prfaq.md');
    m.budgets = m.budgets.map((b) => (b.id === 'press-release' ? { ...b, limit: 10 } : b));
    assert.equal(buildStructure(m)[0].state, 'over-budget');
  });

  it('nests a narrative\'s sections and marks its FAQ questions', () => {
    const text = narrativeScaffold({ title: 'Closing plan' });
    const tree = buildStructure(modelOf(text, 'c.narrative.md'));
    assert.equal(tree.length, 1);
    assert.match(tree[0].description ?? '', /^\d+ \/ 3,000 words$/);
    const title = tree[0].children[0];
    assert.equal(title.label, 'Closing plan');
    assert.deepEqual(title.children.map((n) => n.label), ['Introduction', 'Tenets', 'Current state', 'Lessons learned', 'Proposal', 'Goals and metrics', 'FAQ', 'Appendix']);
    const faq = title.children[6];
    assert.deepEqual(faq.children.map((n) => [n.label, n.state]), [['What is the biggest risk?', 'unanswered'], ['What are we not doing?', 'unanswered']]);
  });

  it('shows nothing for a document that is not reviewed', () => {
    assert.deepEqual(buildStructure(modelOf('# Tool\n\nInstall it.\n', 'README.md')), []);
    assert.deepEqual(buildStructure(null), []);
  });
});

describe('review summary', () => {
  it('puts every rule under exactly one principle, the one its registry entry names, listing only the rules of the kind', () => {
    for (const kind of ['prfaq', 'narrative'] as const) {
      const all = principlesFor(kind).flatMap((p) => p.rules);
      assert.equal(new Set(all).size, all.length, kind);
      const expected = [...RULES.filter((r) => r.kinds.includes(kind)).map((r) => r.id), 'unknown-rule'];
      assert.deepEqual([...all].sort(), expected.sort(), kind);
      for (const p of principlesFor(kind)) for (const id of p.rules) assert.ok(id === 'unknown-rule' || RULES.find((r) => r.id === id)!.group === p.id, id);
    }
    const both = new Set([...principlesFor('prfaq'), ...principlesFor('narrative')].flatMap((p) => p.rules));
    assert.deepEqual([...both].sort(), [...RULE_IDS].sort());
  });

  it('groups findings by principle with counts per rule and links, and no score', () => {
    const text = readFileSync(join(ROOT, 'examples/flawed.prfaq.md'), 'utf8');
    const r = review(text, { path: 'flawed.prfaq.md' });
    const sev = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;
    const md = renderSummary({
      name: 'flawed.prfaq.md',
      uri: 'file:///w/flawed.prfaq.md',
      kind: 'prfaq',
      findings: r.diagnostics.map((d) => ({ rule: d.code, message: d.message, severity: sev[d.severity as 1 | 2 | 3 | 4], line: d.range.start.line, character: d.range.start.character })),
      budgets: modelOf(text, 'flawed.prfaq.md').budgets,
      principles: modelOf(text, 'flawed.prfaq.md').catalogue.principles,
    });
    for (const title of ['Customer first', 'Named customer', 'Data, not adjectives', 'Input metrics', 'Structure']) assert.match(md, new RegExp(`^## ${title} — `, 'm'));
    const weasels = r.diagnostics.filter((d) => d.code === 'weasel-word').length;
    assert.ok(weasels > 0);
    // Each rule's link opens its page inside VS Code (client/src/ruleLinks.ts).
    assert.ok(md.includes(`| [weasel-word](command:prfaq.openRuleDocs?${encodeURIComponent('["weasel-word"]')}) | ${weasels} |`), md);
    const first = r.diagnostics[0];
    assert.ok(md.includes(`](file:///w/flawed.prfaq.md#L${first.range.start.line + 1},${first.range.start.character + 1})`));
    assert.equal((md.match(/\]\(file:\/\/\/w\/flawed\.prfaq\.md#L/g) ?? []).length, r.diagnostics.length, 'one link per finding');
    // What the writer reads: the link targets (percent-encoded command links) are not shown.
    assert.doesNotMatch(md.replace(/\]\([^)\s]*\)/g, ']'), /score\s*[:=]|\d+\s*\/\s*100|%/i);
    assert.doesNotMatch(md, /narrative-bullets/, 'rules of the other kind are not listed');
  });

  it('escapes what the document says, so it cannot inject Markdown or HTML', () => {
    const md = renderSummary({ name: '<img src=x onerror=alert(1)>.md', uri: 'file:///x.md', kind: 'prfaq', budgets: [], principles: principlesFor('prfaq'), findings: [{ rule: 'weasel-word', message: '"[click](javascript:alert(1))" <script>', severity: 'warning', line: 0, character: 0 }] });
    assert.doesNotMatch(md, /(?<!\\)<(?:img|script)|(?<!\\)\]\((?!file:|command:prfaq\.openRuleDocs\?%5B%22[a-z-]+%22%5D\))/);
  });
});

describe('snippets', () => {
  const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets/prfaq.code-snippets'), 'utf8')) as Record<string, { body: string[]; scope: string }>;
  /** The text a snippet inserts when every placeholder keeps its default. */
  const expand = (body: string[]) => {
    let s = body.join('\n');
    const defaults = new Map<string, string>();
    for (let i = 0; i < 3; i++) {
      s = s.replace(/\$\{(\d+):((?:[^{}]|\{[^{}]*\})*)\}/g, (_, n: string, d: string) => (defaults.set(n, d), d));
    }
    return s.replace(/\$(\d+)/g, (_, n: string) => defaults.get(n) ?? '').replace(/\$CURRENT_MONTH_NAME/g, 'May').replace(/\$CURRENT_DATE/g, '3').replace(/\$CURRENT_YEAR/g, '2027');
  };

  it('are all for Markdown', () => {
    for (const [name, s] of Object.entries(snippets)) assert.equal(s.scope, 'markdown', name);
  });

  it('has a PR/FAQ skeleton with all nine parts and both FAQs', () => {
    const text = expand(snippets['PR/FAQ skeleton'].body);
    assert.deepEqual(review(text, { path: 'Untitled-1', only: ['missing-section', 'missing-faq'] }).diagnostics.map((d) => d.data), []);
    assert.equal(review(text, { path: 'Untitled-1' }).kind, 'prfaq');
  });

  it('has a narrative skeleton recognised as a narrative, without bullets', () => {
    const text = expand(snippets['Narrative skeleton'].body);
    const r = review(text, { path: 'Untitled-1' });
    assert.equal(r.kind, 'narrative');
    assert.ok(!r.diagnostics.some((d) => d.code === 'narrative-bullets'));
  });

  it('has an FAQ pair, quotes with attribution, a dateline and an input-metric table', () => {
    for (const name of ['FAQ question and answer', 'Leader quote', 'Customer quote', 'Dateline', 'Input-metric table']) assert.ok(snippets[name], name);
    const doc = ['# Kiln', '', expand(snippets['Dateline'].body), '', '## External FAQ', '', expand(snippets['FAQ question and answer'].body)].join('\n');
    const m = review(doc, { path: 'k.prfaq.md' }).model;
    assert.ok(m.parts.summary, 'the dateline opens the summary');
    assert.equal(m.questions.length, 1);
  });
});
