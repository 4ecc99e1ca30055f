// Bundles the three entry points with esbuild, and the review page (build-web.mjs). The engine's ESM-only
// dependencies (unified, remark, retext) are inlined, so the extension and
// the CLI ship without node_modules. `--watch` rebuilds on change;
// `--production` minifies, writes no source maps and leaves out the rules'
// examples (what the VSIX and the npm package ship; the review page always
// leaves them out); `--outdir DIR` writes the bundles to DIR instead of
// dist/ (scripts/package.mjs builds into a staging folder that way).
import * as esbuild from 'esbuild';
import { buildWeb, buildWebExtension } from './build-web.mjs';
import { stripRuleExamples } from './strip-rule-examples.mjs';
import { accessSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const watch = argv.includes('--watch');
const production = argv.includes('--production');
const outdirAt = argv.indexOf('--outdir');
const outdir = outdirAt >= 0 ? resolve(argv[outdirAt + 1] ?? '') : join(ROOT, 'dist');
if (outdirAt >= 0 && !argv[outdirAt + 1]) {
  console.error('build: --outdir needs a folder');
  process.exit(2);
}

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  // Some unified packages read `import.meta.url`; they only use it for
  // optional file loading that we never trigger.
  define: { 'import.meta.url': '__prfaq_import_meta_url' },
  banner: { js: "const __prfaq_import_meta_url = require('url').pathToFileURL(__filename).href;" },
  // What ships leaves out the rules' fixture documents, their tests (scripts/strip-rule-examples.mjs).
  plugins: production ? [stripRuleExamples] : [],
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['cli/main.ts'], outfile: 'dist/cli.js' },
];

for (const e of entries) e.outfile = join(outdir, basename(e.outfile));

const existing = entries.filter((e) => {
  try {
    accessSync(join(ROOT, e.entryPoints[0]));
    return true;
  } catch {
    return false;
  }
});

if (watch) {
  for (const e of existing) (await esbuild.context({ ...common, ...e })).watch();
} else {
  // The review page (dist/web/index.html) is built beside them; it is not in the VSIX (.vscodeignore).
  // The web extension's bundles (dist/web/extension.js, server.js) ship in the VSIX.
  const [page] = await Promise.all([
    buildWeb({ outdir: join(outdir, 'web') }),
    buildWebExtension({ outdir: join(outdir, 'web'), production }),
    ...existing.map((e) => esbuild.build({ ...common, ...e })),
  ]);
  console.log(`  ${join(outdir, 'web', 'index.html').replace(ROOT, '')}  ${(page.bytes / 1024).toFixed(0)}kb  (the review page)`);
}
