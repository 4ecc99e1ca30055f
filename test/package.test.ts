/**
 * `npm run package` (scripts/package.mjs): the VSIX holds the bundles and
 * what the manifest points at, nothing else, and stays under 1 MB. The same
 * VSIX is what the real-editor harness installs.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';

const ROOT = join(__dirname, '..');

interface ZipEntry { name: string; size: number; read(): Buffer }
interface PackageModule {
  MAX_VSIX_BYTES: number;
  REQUIRED: string[];
  zipEntries(file: string): ZipEntry[];
  vsixProblems(file: string): string[];
  packageVsix(o: { out?: string }): { file: string; bytes: number; entries: string[] };
  readmeForVsix(text: string): string;
  changelogForVsix(text: string, maxBytes?: number): string;
  VSIX_CHANGELOG_BYTES: number;
}
// An ES module script: import() it as it is, at run time.
const load = () => import(pathToFileURL(join(ROOT, 'scripts', 'package.mjs')).href) as Promise<PackageModule>;

/** A minimal zip (stored or deflated entries) to test the checker on. */
function writeZip(file: string, entries: Record<string, string>): void {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const packed = deflateRawSync(data);
    const nameBuf = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(file, Buffer.concat([...locals, dir, end]));
}

describe('VSIX (npm run package)', function () {
  this.timeout(180_000);
  let tmp: string;
  let vsix: { file: string; bytes: number; entries: string[] };
  let mod: PackageModule;

  before(async () => {
    mod = await load();
    tmp = mkdtempSync(join(tmpdir(), 'prfaq-vsix-test-'));
    vsix = mod.packageVsix({ out: join(tmp, 'prfaq-studio.vsix') });
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('is at most 1 MB', () => {
    assert.ok(vsix.bytes <= mod.MAX_VSIX_BYTES, `${vsix.bytes} bytes`);
  });

  it('holds the bundles (desktop and web), the manifest and its texts, and no sources, tests, maps, node_modules, CLI, review page or screenshots', () => {
    for (const name of mod.REQUIRED) assert.ok(vsix.entries.includes(name), `${name} is in the VSIX`);
    for (const name of vsix.entries) {
      assert.doesNotMatch(name, /\.(ts|map|mjs|tgz|vsix)$|node_modules|\/(test|client|server|engine|cli|scripts|examples)\/|media\/screenshots|dist\/cli\.js/, name);
    }
    assert.deepEqual(vsix.entries.filter((n) => n.startsWith('extension/dist/')).sort(), [
      'extension/dist/client.js',
      'extension/dist/server.js',
      'extension/dist/web/extension.js',
      'extension/dist/web/server.js',
    ]);
  });

  it('ships minified bundles without source-map references', () => {
    const entries = mod.zipEntries(vsix.file);
    for (const name of ['extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/web/extension.js', 'extension/dist/web/server.js']) {
      const text = entries.find((e) => e.name === name)!.read().toString('utf8');
      assert.doesNotMatch(text, /sourceMappingURL/, name);
      // Unminified, nearly every line is indented code (95% here, about 40 characters a line).
      // Minified, the only line breaks left are those inside template literals, so the characters
      // per line vary with them: indentation tells the two apart.
      const lines = text.split('\n');
      const indented = lines.filter((l) => /^\s{2,}\S/.test(l)).length;
      const perLine = text.length / lines.length;
      assert.ok(perLine > 100 && (indented < lines.length / 5 || perLine > 400), `${name} looks unminified (${lines.length} lines, ${indented} indented)`);
    }
  });

  it('ships the manifest as it is in the repository, with every %key% text', () => {
    const entries = mod.zipEntries(vsix.file);
    const pkg = JSON.parse(entries.find((e) => e.name === 'extension/package.json')!.read().toString('utf8'));
    const repoPkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes, repoPkg.contributes);
    assert.equal(pkg.icon, 'media/icon.png');
    const nls = entries.find((e) => e.name === 'extension/package.nls.json')!.read().toString('utf8');
    assert.equal(nls, readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
  });

  it('ships every rule page, and a README and manifest with no link to a web address the project does not have', () => {
    for (const page of readdirSync(join(ROOT, 'docs', 'rules'))) assert.ok(vsix.entries.includes(`extension/docs/rules/${page}`), `docs/rules/${page} is in the VSIX`);
    const entries = mod.zipEntries(vsix.file);
    const readme = entries.find((e) => e.name === 'extension/readme.md')!.read().toString('utf8');
    // VS Code's extension page follows only web links; vsce would have pointed relative ones at a repository that does not exist.
    const relative = [...readme.matchAll(/\]\((?!https?:|mailto:|#)([^)\s]+)\)/g)].map((m) => m[1]);
    assert.deepEqual(relative, [], 'links the extension page could not follow');
    for (const e of ['extension/readme.md', 'extension.vsixmanifest', 'extension/package.json']) {
      assert.doesNotMatch(entries.find((x) => x.name === e)!.read().toString('utf8'), /github\.com\/prfaq-studio/, e);
    }
    // The rule table is still there, each id as code.
    assert.ok(readme.includes('| `weasel-word` | both |'), 'the rule table');
  });

  it('the README for the VSIX keeps link texts, drops relative images, and leaves web links and code alone', () => {
    const text = [
      'See [CONTRIBUTING.md](CONTRIBUTING.md) and [the site](https://example.com/a_(b)), [top](#top).',
      '',
      '![A screenshot](media/screenshots/1.png)',
      '',
      '| [`weasel-word`](docs/rules/weasel-word.md) | both |',
      '```markdown',
      '[kept](docs/rules/x.md)',
      '```',
    ].join('\n');
    assert.equal(
      mod.readmeForVsix(text),
      ['See CONTRIBUTING.md and [the site](https://example.com/a_(b)), [top](#top).', '', '| `weasel-word` | both |', '```markdown', '[kept](docs/rules/x.md)', '```'].join('\n'),
    );
  });

  it('the README for the VSIX leaves the sections for the project\'s engineers in the repository, and says so', () => {
    const text = ['# Tool', '', '## Install', '', 'Run it.', '', '## Development', '', '```sh', '## not a heading', '```', '', 'Test it.', '', '## Architecture', '', 'Layers.', ''].join('\n');
    const shipped = mod.readmeForVsix(text);
    assert.match(shipped, /## Install\n\nRun it\./);
    assert.doesNotMatch(shipped, /Development|Test it|not a heading|Layers/);
    assert.match(shipped, /README also covers development and architecture/);
    const readme = mod.zipEntries(vsix.file).find((e) => e.name === 'extension/readme.md')!.read().toString('utf8');
    assert.doesNotMatch(readme, /^## (?:Development|Architecture)$/m);
    assert.match(readme, /^## Rules$/m);
  });

  it('ships the newest CHANGELOG entries, cut where an entry starts, and says where the rest is', () => {
    const entries = mod.zipEntries(vsix.file);
    const shipped = entries.find((e) => e.name === 'extension/changelog.md')!.read().toString('utf8');
    const full = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    assert.ok(Buffer.byteLength(shipped) <= mod.VSIX_CHANGELOG_BYTES + 200, `${Buffer.byteLength(shipped)} bytes`);
    const body = shipped.replace(/\n---\n\nOlder entries[^\n]*\n$/, '');
    assert.ok(full.startsWith(body), 'the newest entries, as written');
    if (Buffer.byteLength(full) > mod.VSIX_CHANGELOG_BYTES) assert.match(shipped, /Older entries are in CHANGELOG\.md/);
    // On a small text: the cut falls before the entry that would cross the budget, never inside it.
    const text = ['# Changelog', '', '## [Unreleased]', '', '### Added', '- first entry, short', '- second entry,', '  two lines long', '', '### Changed', '- third'].join('\n');
    assert.equal(mod.changelogForVsix(text, 10_000), text);
    const cut = mod.changelogForVsix(text, 75);
    assert.match(cut, /- first entry, short\n\n---\n\nOlder entries/);
    assert.doesNotMatch(cut, /second entry|two lines|Changed/);
  });

  it('reports a VSIX with sources, maps or a missing bundle as unfit to ship', () => {
    const bad = join(tmp, 'bad.vsix');
    writeZip(bad, {
      'extension.vsixmanifest': '<x/>',
      'extension/package.json': '{}',
      'extension/dist/client.js': 'x',
      'extension/dist/client.js.map': '{}',
      'extension/engine/review.ts': 'export {}',
      'extension/media/screenshots/hover.png': 'x',
    });
    const problems = mod.vsixProblems(bad);
    for (const p of ['client.js.map must not ship', 'engine/review.ts must not ship', 'screenshots/hover.png must not ship', 'extension/dist/server.js is missing']) {
      assert.ok(problems.some((x) => x.includes(p)), `"${p}" in ${JSON.stringify(problems)}`);
    }
    assert.equal(mod.zipEntries(bad).find((e) => e.name === 'extension/package.json')!.read().toString(), '{}');
  });
});

describe('production bundles leave out the rules\' examples (scripts/strip-rule-examples.mjs)', function () {
  this.timeout(180_000);
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'prfaq-production-'));
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--production', '--outdir', tmp], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('drops the fixture documents, and the shipped CLI reviews the bundled examples exactly as the development build does', () => {
    // A sentence only weasel-word's examples hold; the rule's own messages stay.
    const example = 'Harrow Freight moves truckload freight for about 2,300 shippers';
    assert.ok(readFileSync(join(ROOT, 'engine', 'rules', 'weasel-word.ts'), 'utf8').includes(example));
    for (const f of ['server.js', 'cli.js', join('web', 'server.js')]) {
      const text = readFileSync(join(tmp, f), 'utf8');
      assert.ok(!text.includes(example), `${f} still holds the rule examples`);
      assert.ok(text.includes('is an amount without a number'), `${f} lost weasel-word's message`);
    }
    const lint = (cli: string) => spawnSync(process.execPath, [cli, 'lint', '--format', 'json', 'examples/'], { cwd: ROOT, encoding: 'utf8' });
    // The rule pages' links point beside the bundle that wrote them.
    const pages = (out: string) => out.replace(/"file:\/\/[^"]*\/docs\/rules\//g, '"docs/rules/');
    const shipped = lint(join(tmp, 'cli.js'));
    const dev = lint(join(ROOT, 'dist', 'cli.js'));
    assert.ok(shipped.stdout.length > 1000, shipped.stderr);
    assert.equal(pages(shipped.stdout), pages(dev.stdout));
    assert.equal(shipped.status, dev.status);
  });
});
