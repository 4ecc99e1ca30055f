// How labels/split.json was drawn (test/split-groups.mjs): seed 20261211,
// group by group in the order the groups were written.
//   node test/set-z/split.mjs GROUP…
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitGroups } from '../split-groups.mjs';

const GROUPS = ['z-health', 'z-learning', 'z-money', 'z-hardware', 'z-media', 'z-internal', 'z-rfc', 'z-world'];
splitGroups(dirname(fileURLToPath(import.meta.url)), 20261211, GROUPS, process.argv.slice(2));
