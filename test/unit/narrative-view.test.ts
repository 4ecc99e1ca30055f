/**
 * What the editor shows of a file named like a kind whose structure was not
 * found (the structure view's tree and the outline's symbols): from the
 * server's description of the model, as the client gets it.
 */
import assert from 'node:assert/strict';
import { buildStructure } from '../../client/src/structure/tree.js';
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

const symbols = (s: OutlineSymbol[]): OutlineSymbol[] => s.flatMap((x) => [x, ...symbols(x.children)]);

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
