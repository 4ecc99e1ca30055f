// Splits the shared real-document corpora into a tuning half and a test half,
// at random but reproducibly (seeded), and writes test/real/split.json.
// Run once; the split is committed and must not be redrawn to suit results.
//   node scripts/split-real.mjs [CORPUS_ROOT]   (default ../shared/corpus)
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SEED = 20261204;
const root = process.argv[2] || join(process.cwd(), '..', 'shared', 'corpus');

function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function docs(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...docs(p));
    else if (name.endsWith('.md') && name !== 'README.md') out.push(relative(root, p));
  }
  return out;
}

const rand = mulberry32(SEED);
const split = { seed: SEED, note: 'Drawn once by scripts/split-real.mjs; paths are relative to ../shared/corpus. Tune only on "tuning"; report "test".', tuning: [], test: [] };
// Each corpus is split on its own so both halves hold PR/FAQs and RFCs.
for (const corpus of ['real-prfaqs', 'aws-cdk-rfcs']) {
  const list = docs(join(root, corpus));
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  const half = Math.ceil(list.length / 2);
  split.tuning.push(...list.slice(0, half).sort());
  split.test.push(...list.slice(half).sort());
}
writeFileSync(join(process.cwd(), 'test', 'real', 'split.json'), JSON.stringify(split, null, 2) + '\n');
console.log(`tuning ${split.tuning.length}, test ${split.test.length}`);
