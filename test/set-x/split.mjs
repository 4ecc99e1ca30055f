// How labels/split.json was drawn (test/split-groups.mjs): seed 20261208,
// group by group in the order the groups were written.
//   node test/set-x/split.mjs GROUP…
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitGroups } from '../split-groups.mjs';

const GROUPS = ['x-consumer', 'x-enterprise', 'x-narrative', 'x-oss', 'x-public', 'x-drafts'];
splitGroups(dirname(fileURLToPath(import.meta.url)), 20261208, GROUPS, process.argv.slice(2));
