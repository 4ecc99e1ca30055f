// How a labelled set's split.json is drawn (test/set-w, test/set-x, test/set-y, test/set-z): run
// once per group, in the order the groups were written; each group's
// documents are shuffled with a mulberry32 generator seeded `seed` + the
// group's index in `groups`, the first half (rounded down) goes to
// "tuning", the rest to "test". Appends to split.json.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const walk = (root, d, out = []) => {
  for (const n of readdirSync(d).sort()) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(root, p, out);
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

/** Adds the named groups of `dir`/docs to `dir`/labels/split.json. */
export function splitGroups(dir, seed, groups, names) {
  const root = join(dir, 'docs');
  const path = join(dir, 'labels', 'split.json');
  const split = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : { seed, tuning: [], test: [] };
  for (const g of names) {
    const docs = walk(root, join(root, g));
    const rnd = mulberry32(seed + groups.indexOf(g));
    for (let i = docs.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [docs[i], docs[j]] = [docs[j], docs[i]];
    }
    const k = Math.floor(docs.length / 2);
    split.tuning.push(...docs.slice(0, k));
    split.test.push(...docs.slice(k));
  }
  writeFileSync(path, JSON.stringify(split, null, 2) + '\n');
}
