// How labels/split.json was drawn (test/split-groups.mjs): seed 20261210,
// group by group in the order the groups were written.
//   node test/set-y/split.mjs GROUP…
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitGroups } from '../split-groups.mjs';

const GROUPS = ['y-startup', 'y-platform', 'y-nonnative', 'y-physical', 'y-narrative', 'y-exemplary', 'y-export', 'y-oss-ai'];
splitGroups(dirname(fileURLToPath(import.meta.url)), 20261210, GROUPS, process.argv.slice(2));
