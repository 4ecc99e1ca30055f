/**
 * What the editor shows of a narrative (the structure view's tree and the
 * outline's symbols) and of a file named like a kind whose structure was not
 * found: from the server's description of the model, as the client gets it.
 */
import assert from 'node:assert/strict';
import { buildStructure, type StructureNode } from '../../client/src/structure/tree.js';
import { DEFAULT_CONFIG } from '../../engine/config/types.js';
import { outline, type OutlineSymbol } from '../../engine/explain/outline.js';
import { LineIndex } from '../../engine/model/lines.js';
import { review } from '../../engine/review.js';
import { describe as describeModel } from '../../server/src/documentModel.js';
import type { DocumentModelResult } from '../../shared/protocol.js';

const lines = (...l: string[]) => l.join('\n') + '\n';

function modelOf(text: string, path: string): DocumentModelResult {
  const r = review(text, { path });
  const idx = new LineIndex(text);
  const d = describeModel(r.model, (s, e) => ({ start: idx.positionAt(s), end: idx.positionAt(e) }), DEFAULT_CONFIG.limits);
  return { uri: `file:///${path}`, version: 1, kind: r.kind, kindReason: r.model.kindReason, ...d };
}

const flat = (nodes: StructureNode[]): StructureNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
const symbols = (s: OutlineSymbol[]): OutlineSymbol[] => s.flatMap((x) => [x, ...symbols(x.children)]);

const MEMO = lines(
  '# Van stocking',
  '',
  '## Part 1 — Why this matters',
  '',
  'Technicians return to the depot on one visit in five.',
  '',
  '## Part 2 — Our principles',
  '',
  'We fix it on the first visit.',
  '',
  '## Where we are',
  '',
  'Vans are stocked from a four-year-old list.',
  '',
  '## Lessons learned',
  '',
  'Lists age; forecasts do not.',
  '',
  '## FAQ',
  '',
  '### What does it cost?',
  '',
  'Two hours of depot time a night.',
  '',
  '## Appendix',
  '',
  'Survey notes from the twelve northern vans.',
);

describe('narrative view: sections, tenets, goals, FAQ and appendix', () => {
  it('names what a section is when its title does not say it, and nothing when it does', () => {
    const m = modelOf(MEMO, 'memo.md');
    assert.equal(m.kind, 'narrative');
    const byTitle = Object.fromEntries(m.sections.map((s) => [s.title, s]));
    assert.equal(byTitle['Part 2 — Our principles'].id, 'tenets');
    assert.equal(byTitle['Part 2 — Our principles'].label, 'Tenets');
    assert.equal(byTitle['Where we are'].label, 'Current state');
    assert.equal(byTitle['Lessons learned'].label, undefined, 'the title says it');
    assert.equal(byTitle['FAQ'].id, 'faq');
    assert.equal(byTitle['Appendix'].id, 'appendix');
  });

  it('shows them in the structure view, the FAQ with its question, the appendix as outside the six pages', () => {
    const nodes = flat(buildStructure(modelOf(MEMO, 'memo.md')));
    const node = (label: string) => nodes.find((n) => n.label === label)!;
    assert.match(node('Part 2 — Our principles').description ?? '', /^Tenets · \d+ words$/);
    assert.match(node('Lessons learned').description ?? '', /^\d+ words$/);
    assert.deepEqual(node('FAQ').children.map((n) => [n.label, n.state]), [['What does it cost?', 'answered']]);
    assert.match(node('Appendix').description ?? '', /not in the six pages$/);
    assert.doesNotMatch(node('Lessons learned').description ?? '', /six pages/);
    // The six-page budget counts the same words with or without the appendix.
    const body = (text: string) => buildStructure(modelOf(text, 'memo.md'))[0].description;
    assert.equal(body(MEMO), body(MEMO.slice(0, MEMO.indexOf('## Appendix'))));
    assert.notEqual(body(MEMO), body(MEMO.replace('## Appendix', '## Notes')), 'the same words outside an appendix do count');
  });

  it('gives the outline the same names as symbol details', () => {
    const r = review(MEMO, { path: 'memo.md' });
    const all = symbols(outline(r.model));
    assert.equal(all.find((s) => s.name === 'Part 2 — Our principles')?.detail, 'Tenets');
    assert.equal(all.find((s) => s.name === 'Where we are')?.detail, 'Current state');
    assert.equal(all.find((s) => s.name === 'Lessons learned')?.detail, undefined);
  });
});

describe('structure view: a file named like a kind whose structure was not found', () => {
  const pointer = lines('# Ledger', '', '- [Draft](https://example.com/ledger)');

  it('shows one node with the finding\'s words instead of nine missing parts', () => {
    const m = modelOf(pointer, 'prfaq.md');
    assert.equal(m.kind, 'prfaq');
    assert.match(m.unrecognized ?? '', /named like a PR\/FAQ/);
    const tree = buildStructure(m);
    assert.deepEqual(tree.map((n) => [n.label, n.state, n.description]), [['No PR/FAQ structure found', 'missing', 'not reviewed']]);
    assert.equal(tree[0].tooltip, m.unrecognized);
  });

  it('outlines it by its headings, not as a press release', () => {
    const r = review(lines('# Ledger', '', '## Links', '', 'See the draft.'), { path: 'prfaq.md' });
    assert.ok(r.model.unrecognized);
    assert.deepEqual(symbols(outline(r.model)).map((s) => [s.name, s.kind]), [['Ledger', 'section'], ['Links', 'section']]);
  });

  it('shows the usual tree once the kind is forced', () => {
    const m = modelOf('---\nkind: prfaq\n---\n' + pointer, 'prfaq.md');
    assert.equal(m.unrecognized, undefined);
    assert.deepEqual(buildStructure(m).map((n) => n.label), ['Press release', 'External FAQ', 'Internal FAQ']);
  });
});
