// How labels/split.json was drawn (test/split-groups.mjs): seed 20261207,
// group by group in the order the groups were written.
//   node test/set-w/split.mjs GROUP…
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitGroups } from '../split-groups.mjs';

const GROUPS = ['rfc-a', 'prfaq-oss', 'prfaq-product', 'mixed', 'rfc-b', 'prfaq-wild', 'rfc-c', 'wild2'];
splitGroups(dirname(fileURLToPath(import.meta.url)), 20261207, GROUPS, process.argv.slice(2));
