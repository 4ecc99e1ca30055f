// Bundles the three entry points with esbuild. The engine's ESM-only
// dependencies (unified, remark, retext) are inlined, so the extension and
// the CLI ship without node_modules. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { accessSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
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
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['cli/main.ts'], outfile: 'dist/cli.js' },
];

const existing = entries.filter((e) => {
  try {
    accessSync(e.entryPoints[0]);
    return true;
  } catch {
    return false;
  }
});

if (watch) {
  for (const e of existing) (await esbuild.context({ ...common, ...e })).watch();
} else {
  await Promise.all(existing.map((e) => esbuild.build({ ...common, ...e })));
}
