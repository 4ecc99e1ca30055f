/**
 * The review page's build (scripts/build-web.mjs): the engine bundles for the
 * browser with no Node built-in (the check fails the build when one creeps
 * in), and the page it writes forbids every request by its CSP while
 * allowing exactly its own inline script and sheets.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { standaloneSheet } from '../../engine/render/index.js';

const ROOT = join(__dirname, '..', '..');
type WebBuild = typeof import('../../scripts/build-web.mjs');
const load = (): Promise<WebBuild> => import(pathToFileURL(join(ROOT, 'scripts', 'build-web.mjs')).href);

describe('review page build', function () {
  this.timeout(120_000);
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('refuses a Node built-in anywhere in the browser bundle, naming it and its importer', async () => {
    const { noNodeBuiltins } = await load();
    const dir = mkdtempSync(join(tmpdir(), 'prfaq-web-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'leaf.ts'), "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n");
    writeFileSync(join(dir, 'entry.ts'), "import { read } from './leaf';\nconsole.log(read);\n");
    await assert.rejects(
      esbuild.build({ entryPoints: [join(dir, 'entry.ts')], bundle: true, platform: 'browser', write: false, logLevel: 'silent', plugins: [noNodeBuiltins] }),
      (e: Error) => /must not use the Node built-in "node:fs"/.test(e.message) && /leaf\.ts/.test(e.message),
    );
    // Bare names count too ('fs', 'path'), not only the node: form.
    writeFileSync(join(dir, 'leaf.ts'), "import { join } from 'path';\nexport const read = join;\n");
    await assert.rejects(
      esbuild.build({ entryPoints: [join(dir, 'entry.ts')], bundle: true, platform: 'browser', write: false, logLevel: 'silent', plugins: [noNodeBuiltins] }),
      /must not use the Node built-in "path"/,
    );
  });

  it("hashes the preview sheet exactly as the engine writes it into the page (else the preview's CSP would refuse its own sheet)", async () => {
    const web = await load();
    for (const css of ['', 'h1 { color: red; }', 'a::after { content: "</style><script>"; }\r\n', readFileSync(join(ROOT, 'media', 'preview.css'), 'utf8')]) {
      assert.equal(web.standaloneSheet(css), standaloneSheet(css));
    }
  });

  it('writes one self-contained page whose CSP allows its own script and sheets and no request at all', async () => {
    const { buildWeb } = await load();
    const dir = mkdtempSync(join(tmpdir(), 'prfaq-web-'));
    dirs.push(dir);
    const { file } = await buildWeb({ outdir: dir });
    const html = readFileSync(file, 'utf8');
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.ok(csp, 'the page has a CSP meta element');
    const directives = new Map(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    for (const fetching of ['default-src', 'connect-src', 'img-src', 'font-src', 'media-src', 'object-src', 'frame-src', 'worker-src', 'form-action', 'base-uri']) {
      assert.equal(directives.get(fetching), "'none'", `${fetching} must be 'none'`);
    }
    assert.doesNotMatch(csp, /https?:|\*|'unsafe-|data:|blob:/, 'no scheme, wildcard or unsafe keyword');
    // The one script is allowed by its hash, and it is the only script: no src, nothing else inline.
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    assert.equal(scripts[0][1], '');
    const hash = `'sha256-${createHash('sha256').update(scripts[0][2], 'utf8').digest('base64')}'`;
    assert.equal(directives.get('script-src'), hash);
    assert.doesNotMatch(html, /<link\b|\bsrc=/, 'nothing loaded from outside the file');
  });
});
