/**
 * The CLI installs on its own from the npm tarball: `npm pack`, then
 * `npm install -g --prefix <tmp> <tarball>`, and the installed `prfaq` and
 * `prfaq-language-server` work. The bundles inline every dependency, so the
 * install fetches nothing and runs no build: the tarball has no build
 * scripts or sources, so an install that tried to run `prepare` would fail.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** The environment without what `npm test` adds for its own scripts (prefix, package fields, lifecycle). */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_/i.test(k) && !/^npm_config_(registry|cache|userconfig|nodedir)$/i.test(k)) continue;
    env[k] = v;
  }
  return env;
}

describe('npm package (the CLI on its own)', function () {
  this.timeout(300_000);
  let tmp: string;
  let prefix: string;
  let files: string[];
  let tarball: string;
  let installLog: string;

  before(function () {
    tmp = mkdtempSync(join(tmpdir(), 'prfaq-npm-test-'));
    prefix = join(tmp, 'prefix');
    // --ignore-scripts: pack what `npm run build` (pretest) made, without rebuilding dist/ mid-run.
    const packed = JSON.parse(
      execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8', env: cleanEnv() }),
    )[0];
    files = packed.files.map((f: { path: string }) => f.path).sort();
    tarball = join(tmp, packed.filename);
    // Every install script allowed (npm 11 blocks unlisted ones by default; older npm runs them):
    // had npm wanted to run `prepare` from the tarball, the missing scripts/build.mjs would fail the install.
    const r = spawnSync(npm, ['install', '-g', '--prefix', prefix, '--dangerously-allow-all-scripts', '--foreground-scripts', '--no-audit', '--no-fund', '--loglevel', 'warn', tarball], {
      cwd: tmp,
      encoding: 'utf8',
      env: cleanEnv(),
    });
    installLog = `${r.stdout}${r.stderr}`;
    assert.equal(r.status, 0, `npm install -g --prefix … ${tarball} failed:\n${installLog}`);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  const bin = (name: string) => join(prefix, 'bin', name);
  const installed = () => join(prefix, 'lib', 'node_modules', pkg.name);
  const run = (name: string, args: string[]) => spawnSync(bin(name), args, { cwd: tmp, encoding: 'utf8', env: cleanEnv() });

  it('packs the bundles, the bin shims, the preview stylesheet and the rule pages; no sources, tests, maps or extension client', () => {
    const pages = readdirSync(join(ROOT, 'docs', 'rules')).map((f) => `docs/rules/${f}`);
    for (const f of ['package.json', 'README.md', 'LICENSE', 'bin/prfaq.js', 'bin/prfaq-language-server.js', 'dist/cli.js', 'dist/server.js', 'media/preview.css', 'schemas/prfaqrc.schema.json', ...pages]) {
      assert.ok(files.includes(f), `${f} is in the tarball (it has: ${files.join(', ')})`);
    }
    for (const f of files) assert.doesNotMatch(f, /\.(ts|map|mjs)$|^(test|engine|cli|server|client|scripts|examples|node_modules)\/|^docs\/(?!rules\/[\w-]+\.md$)|^dist\/client\.js$/, f);
  });

  it('installs without dependencies and without a build', () => {
    assert.deepEqual(pkg.dependencies ?? {}, {}, 'the bundles inline every dependency, so package.json lists none to install');
    assert.ok(existsSync(join(installed(), 'dist', 'cli.js')));
    assert.ok(!existsSync(join(installed(), 'node_modules')), `node_modules was installed: ${existsSync(join(installed(), 'node_modules')) ? readdirSync(join(installed(), 'node_modules')).join(', ') : ''}`);
    assert.ok(!existsSync(join(installed(), 'scripts')), 'the build scripts are not shipped, so no install can run them');
    assert.doesNotMatch(installLog, /esbuild|scripts\/build\.mjs/);
  });

  it('prfaq --version prints the version', () => {
    const r = run('prfaq', ['--version']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `${pkg.version}\n`);
  });

  it('prfaq --help explains the commands, the lint options, exit codes and an example', () => {
    const r = run('prfaq', ['--help']);
    assert.equal(r.status, 0, r.stderr);
    for (const part of ['Usage:', 'prfaq lint', 'prfaq render', '--format text|json|sarif', '--max-warnings', 'Exit status', 'Examples:', 'prfaq-language-server']) {
      assert.ok(r.stdout.includes(part), `--help mentions ${part}`);
    }
    // The one line that may be longer: where the rule pages are installed (a path cannot be wrapped).
    const pages = `  ${join(installed(), 'docs', 'rules')}`;
    assert.ok(r.stdout.split('\n').includes(pages), `--help names ${pages.trim()}`);
    for (const line of r.stdout.split('\n')) assert.ok(line.length <= 80 || line === pages, `help line over 80 columns: ${line}`);
  });

  it('prfaq lint reviews the example documents: findings for the flawed one, none for the good one', () => {
    const flawed = run('prfaq', ['lint', join(ROOT, 'examples', 'flawed.prfaq.md')]);
    assert.ok(flawed.status === 0 || flawed.status === 1, `exit ${flawed.status}: ${flawed.stderr}`);
    assert.match(flawed.stdout, /flawed\.prfaq\.md:\d+:\d+ +warning +.+ +weasel-word/);
    const good = run('prfaq', ['lint', '--format', 'json', join(ROOT, 'examples', 'good.prfaq.md')]);
    assert.equal(good.status, 0, good.stderr);
    const [result] = JSON.parse(good.stdout);
    assert.equal(result.kind, 'prfaq');
    assert.deepEqual(result.diagnostics, []);
  });

  it('prfaq lint links each finding to its rule\'s page in the installed package', () => {
    const r = run('prfaq', ['lint', '--format', 'json', join(ROOT, 'examples', 'flawed.prfaq.md')]);
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    const [result] = JSON.parse(r.stdout) as Array<{ diagnostics: Array<{ code: string; codeDescription: { href: string } }> }>;
    assert.ok(result.diagnostics.length > 0);
    for (const d of result.diagnostics) {
      const page = fileURLToPath(d.codeDescription.href);
      assert.equal(page, join(installed(), 'docs', 'rules', `${d.code}.md`));
      assert.equal(readFileSync(page, 'utf8'), readFileSync(join(ROOT, 'docs', 'rules', `${d.code}.md`), 'utf8'), page);
    }
  });

  it('prfaq render finds its stylesheet in the installed package', () => {
    const r = run('prfaq', ['render', join(ROOT, 'examples', 'good.prfaq.md')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^<!doctype html>/i);
    assert.ok(r.stdout.includes(readFileSync(join(ROOT, 'media', 'preview.css'), 'utf8').slice(0, 200)), 'the preview stylesheet is inlined');
  });

  it('prfaq-language-server is installed too', () => {
    const r = run('prfaq-language-server', ['--version']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), pkg.version);
  });
});
