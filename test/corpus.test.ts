/**
 * The labelled corpus as a regression test (see test/corpus/harness.ts for
 * the label format and scripts/evaluate.ts for the full report).
 *
 *  - exemplary documents (examples/good.*.md and every sidecar marked
 *    `"exemplary": true`) must produce no finding at all;
 *  - in each flawed document, every rule must find every labelled finding of
 *    that rule (one test per document and rule, so a regression names both);
 *  - across the corpus, recall must stay ≥ 90% and false findings ≤ 1 per
 *    1,000 words — the product's acceptance targets.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { evaluateDoc, loadLabelled, tally, type DocResult } from './corpus/harness.js';

const DIRS = ['examples', 'test/corpus'];
const docs = loadLabelled(DIRS);
const results = new Map<string, DocResult>();
const resultOf = (path: string) => {
  let r = results.get(path);
  if (!r) results.set(path, (r = evaluateDoc(docs.find((d) => d.path === path)!)));
  return r;
};
const where = (r: DocResult, f: { line: number; rule: string; text: string; message: string }) =>
  `  ${r.doc.path}:${f.line} ${f.rule} ${JSON.stringify(f.text.slice(0, 60))} — ${f.message}`;

describe('labelled corpus', () => {
  it('has the examples the README lints, each with labels', () => {
    for (const f of ['examples/good.prfaq.md', 'examples/flawed.prfaq.md', 'examples/good.narrative.md', 'examples/flawed.narrative.md']) {
      assert.ok(existsSync(f), `${f} is missing`);
      assert.ok(docs.some((d) => d.path.replace(/\\/g, '/') === f), `${f} has no .expected.json sidecar`);
    }
    assert.ok(docs.length >= 16, `expected at least 16 labelled documents, found ${docs.length}`);
  });

  it('labels point at text that exists, and every document gets the expected kind', () => {
    const broken = docs.flatMap((d) => resultOf(d.path).broken.map((b) => `  ${d.labelPath}: ${b.label.rule} — ${b.reason}`));
    assert.equal(broken.length, 0, `label problems:\n${broken.join('\n')}`);
  });

  describe('exemplary documents produce no findings', () => {
    for (const d of docs.filter((d) => d.labels.exemplary || /(?:^|[\\/])good\.[^\\/]+$/.test(d.path))) {
      it(d.path, () => {
        const r = resultOf(d.path);
        assert.deepEqual(r.errors, [], 'a rule crashed');
        assert.equal(r.findings.length, 0, `findings on an exemplary document:\n${r.findings.map((f) => where(r, f)).join('\n')}`);
      });
    }
  });

  describe('flawed documents: each rule finds what is labelled', () => {
    for (const d of docs.filter((d) => !d.labels.exemplary)) {
      const rules = [...new Set(d.labels.findings.filter((l) => !l.optional).map((l) => l.rule))].sort();
      for (const rule of rules) {
        it(`${d.path}: ${rule}`, () => {
          const r = resultOf(d.path);
          const missed = r.fn.filter((l) => l.rule === rule);
          assert.equal(
            missed.length,
            0,
            `missed ${missed.length}:\n${missed.map((l) => `  line ${l.line ?? '-'} ${JSON.stringify(l.text ?? l.data)}`).join('\n')}`,
          );
        });
      }
    }
  });

  it('meets the targets over the whole corpus: recall ≥ 90%, ≤ 1 false finding per 1,000 words', () => {
    const all = docs.map((d) => resultOf(d.path));
    const { total, words } = tally(all);
    const recall = total.tp / Math.max(1, total.tp + total.fn);
    const fpRate = (1000 * total.fp) / words;
    const fps = all.flatMap((r) => r.fp.map((f) => where(r, f)));
    assert.ok(recall >= 0.9, `recall ${(100 * recall).toFixed(1)}% (${total.tp} found, ${total.fn} missed); run npx tsx scripts/evaluate.ts`);
    assert.ok(fpRate <= 1, `${fpRate.toFixed(2)} false findings per 1,000 words:\n${fps.join('\n')}`);
  });
});
