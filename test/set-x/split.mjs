// How labels/split.json was drawn (run once per group, in the order the
// groups were written): each group's documents shuffled with a mulberry32
// generator seeded 20261208 + the group's index in GROUPS, the first half
// (rounded down) to "tuning", the rest to "test". Appends to split.json.
//   node test/set-x/split.mjs GROUP…
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, 'docs');
const path = join(here, 'labels', 'split.json');
const GROUPS = ['x-consumer', 'x-enterprise', 'x-narrative', 'x-oss', 'x-public', 'x-drafts'];

const walk = (d, out = []) => {
  for (const n of readdirSync(d).sort()) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (n.endsWith('.md')) out.push(relative(root, p));
  }
  return out;
};
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const split = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : { seed: 20261208, tuning: [], test: [] };
for (const g of process.argv.slice(2)) {
  const docs = walk(join(root, g));
  const rnd = mulberry32(20261208 + GROUPS.indexOf(g));
  for (let i = docs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [docs[i], docs[j]] = [docs[j], docs[i]];
  }
  const k = Math.floor(docs.length / 2);
  split.tuning.push(...docs.slice(0, k));
  split.test.push(...docs.slice(k));
}
writeFileSync(path, JSON.stringify(split, null, 2) + '\n');
