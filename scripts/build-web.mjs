// Builds what runs in a browser: the web extension (client and worker server,
// buildWebExtension) and the review page: dist/web/index.html, one self-contained file that
// works from file:// and from any static host. The engine is bundled for the
// browser; any Node built-in reaching the bundle fails the build (the engine
// must stay pure, issue 16). The script and both stylesheets are inline and
// allowed by their hashes, so the page's CSP can refuse everything else:
// no request of any kind can leave it.
import { stripRuleExamples } from './strip-rule-examples.mjs';
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Fails the build, naming the importer, when anything asks for a Node built-in. */
export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (!BUILTINS.has(args.path) && !args.path.startsWith('node:')) return undefined;
      return { errors: [{ text: `the browser bundle must not use the Node built-in "${args.path}" (imported by ${args.importer.replace(ROOT, '')})` }] };
    });
  },
};

const sha256 = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
/** As engine/render/index.ts's standaloneSheet holds it (this script cannot import TypeScript; test/unit/web-page.test.ts holds the two to the same text). */
export const standaloneSheet = (css) => `\n${css.replace(/<\/(style)/gi, '<\\/$1')}\n`;

/** Defines every browser bundle shares: what unified packages read for optional file loading they never do here. */
const BROWSER_DEFINE = { 'import.meta.url': '"about:blank"', 'process.env.NODE_ENV': '"production"' };

/**
 * The web extension (issue 16): the client for VS Code's web worker
 * extension host (`browser` in package.json) and the language server it
 * starts in a Web Worker, both in `outdir` (dist/web). The server's
 * stylesheet for exported previews is put in with its CSP hash.
 */
export async function buildWebExtension({ outdir = join(ROOT, 'dist', 'web'), production = false } = {}) {
  const previewCss = readFileSync(join(ROOT, 'media', 'preview.css'), 'utf8');
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'browser',
    // Both run in workers (the extension host's and the server's), where there is no `document`:
    // packages with a DOM build (decode-named-character-reference) must give their worker one.
    conditions: ['worker'],
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: production,
    sourcemap: !production,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: production ? [noNodeBuiltins, stripRuleExamples] : [noNodeBuiltins],
  };
  await Promise.all([
    // VS Code loads a web extension's entry as a CommonJS module.
    esbuild.build({ ...common, entryPoints: ['client/src/browser.ts'], outfile: join(outdir, 'extension.js'), format: 'cjs', external: ['vscode'], define: BROWSER_DEFINE }),
    esbuild.build({
      ...common,
      entryPoints: ['server/src/browser.ts'],
      outfile: join(outdir, 'server.js'),
      format: 'iife',
      define: {
        ...BROWSER_DEFINE,
        PRFAQ_PREVIEW_CSS: JSON.stringify(previewCss),
        PRFAQ_PREVIEW_STYLE_HASH: JSON.stringify(sha256(standaloneSheet(previewCss))),
      },
    }),
  ]);
}

export async function buildWeb({ outdir = join(ROOT, 'dist', 'web') } = {}) {
  const previewCss = readFileSync(join(ROOT, 'media', 'preview.css'), 'utf8');
  const example = readFileSync(join(ROOT, 'examples', 'flawed.prfaq.md'), 'utf8');
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ['web/page/main.ts'],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
    // The page is always a shipped artefact: the rules' examples (their tests) stay out of it.
    plugins: [noNodeBuiltins, stripRuleExamples],
    define: {
      ...BROWSER_DEFINE,
      PREVIEW_CSS: JSON.stringify(previewCss),
      PREVIEW_STYLE_HASH: JSON.stringify(sha256(standaloneSheet(previewCss))),
      EXAMPLE: JSON.stringify(example),
    },
  });
  // Inline in <script>: a "</script" inside a string must not close the element.
  const js = `\n${result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1')}\n`;
  const css = `\n${readFileSync(join(ROOT, 'web', 'page', 'page.css'), 'utf8')}\n`;
  const csp = [
    "default-src 'none'",
    `script-src '${sha256(js)}'`,
    `style-src '${sha256(css)}' '${sha256(standaloneSheet(previewCss))}'`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  const template = readFileSync(join(ROOT, 'web', 'page', 'index.html'), 'utf8');
  // Functions as replacements: `$` in the bundle must not be read as a pattern.
  const html = template.replace('%CSP%', () => csp).replace('%CSS%', () => css).replace('%JS%', () => js);
  mkdirSync(outdir, { recursive: true });
  const out = join(outdir, 'index.html');
  writeFileSync(out, html);
  return { file: out, bytes: Buffer.byteLength(html), scriptBytes: Buffer.byteLength(js) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { file, bytes } = await buildWeb(process.argv[2] === '--outdir' ? { outdir: process.argv[3] } : {});
  console.log(`review page: ${file.replace(ROOT, '')} (${(bytes / 1024).toFixed(0)} KB)`);
}
