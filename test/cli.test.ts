/**
 * The command line as CI pipelines use it: the bundled dist/cli.js is run
 * as a child process on fixture documents, and its output and exit status
 * are checked against the product contract. Assertions lean on the
 * weasel-word rule with blatant words ("very", "seamless") so that other
 * rules' tuning cannot break them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { workerCount } from '../cli/pool.js';
import { RULES } from '../engine/rules/registry.js';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'cli');
const LAUNCH = readFileSync(join(FIXTURES, 'plain', 'launch.md'), 'utf8');
/** Where dist/cli.js's rule links point: the pages beside dist/. */
const DOCS = pathToFileURL(join(ROOT, 'docs', 'rules') + sep).href;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function prfaq(args: string[], cwd = FIXTURES, env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonFile {
  file: string;
  kind: 'prfaq' | 'narrative' | null;
  diagnostics: Array<{
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity: number;
    code: string;
    codeDescription: { href: string };
    source: string;
    message: string;
    data?: Record<string, unknown>;
  }>;
}

function json(args: string[], cwd = FIXTURES): { run: Run; files: JsonFile[] } {
  const run = prfaq(['lint', '--format', 'json', ...args], cwd);
  return { run, files: JSON.parse(run.stdout) as JsonFile[] };
}

/** 0-based line and column of a word in the launch fixture. */
function where(word: string): { line: number; character: number } {
  const lines = LAUNCH.split('\n');
  const line = lines.findIndex((l) => l.includes(word));
  assert.ok(line >= 0, `fixture lacks "${word}"`);
  return { line, character: lines[line].indexOf(word) };
}

const TEXT_LINE = /^(.+):(\d+):(\d+) {2}(error|warning|info|hint) {2}(.+) {2}([a-z][a-z-]*)$/;

describe('prfaq CLI', function () {
  before(function () {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run "npm run build" first (npm test does it in pretest)');
  });

  describe('text format', function () {
    it('prints path:line:col  severity  message  rule-id with 1-based positions', function () {
      const r = prfaq(['lint', '--kind', 'prfaq', 'plain/launch.md']);
      assert.equal(r.status, 0, r.stderr);
      const findings = r.stdout.split('\n').filter((l) => TEXT_LINE.test(l));
      for (const [word, text] of [['very', 'very'], ['seamless', 'seamless']]) {
        const at = where(word);
        const line = findings.find((l) => l.startsWith(`plain/launch.md:${at.line + 1}:${at.character + 1}  `) && l.endsWith('  weasel-word'));
        assert.ok(line, `no weasel-word line for "${text}" at ${at.line + 1}:${at.character + 1} in:\n${r.stdout}`);
        const m = TEXT_LINE.exec(line)!;
        assert.equal(m[4], 'warning');
        assert.match(m[5], new RegExp(text));
      }
      // Every non-empty line is a finding, except the summary at the end.
      const lines = r.stdout.trimEnd().split('\n');
      const summary = lines.pop()!;
      assert.match(summary, new RegExp(`^✖ ${findings.length} problems? \\(0 errors, ${findings.length} warnings?\\)$`));
      assert.deepEqual(lines.filter((l) => l !== '' && !TEXT_LINE.test(l)), []);
    });

    it('prints nothing for a document of neither kind', function () {
      const r = prfaq(['lint', 'plain/readme.md']);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, '');
    });
  });

  describe('json format', function () {
    it('gives one object per file with the path as given, the kind and LSP diagnostics', function () {
      const { run, files } = json(['--kind', 'prfaq', './plain/launch.md']);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(files.length, 1);
      assert.deepEqual(Object.keys(files[0]).sort(), ['diagnostics', 'file', 'kind']);
      assert.equal(files[0].file, './plain/launch.md');
      assert.equal(files[0].kind, 'prfaq');
      // "very quick" is one claim: one finding over both words, named for the last.
      const very = files[0].diagnostics.find((d) => d.code === 'weasel-word' && d.data?.word === 'quick');
      assert.ok(very, JSON.stringify(files[0].diagnostics));
      const at = where('very');
      assert.deepEqual(very.range, { start: at, end: { line: at.line, character: at.character + 'very quick'.length } });
      assert.equal(very.severity, 2);
      assert.equal(very.source, 'prfaq');
      assert.equal(very.codeDescription.href, `${DOCS}weasel-word.md`);
      assert.equal(typeof very.message, 'string');
      for (const d of files[0].diagnostics) {
        assert.ok(Object.keys(d).every((k) => ['range', 'severity', 'code', 'codeDescription', 'source', 'message', 'data'].includes(k)), `unexpected key in ${JSON.stringify(d)}`);
      }
    });

    it('links every finding to its rule\'s page, a file installed with the CLI', function () {
      const { run, files } = json([join(ROOT, 'examples', 'flawed.prfaq.md'), join(ROOT, 'examples', 'flawed.narrative.md')]);
      assert.ok(run.status === 0 || run.status === 1, run.stderr);
      const diagnostics = files.flatMap((f) => f.diagnostics);
      assert.ok(new Set(diagnostics.map((d) => d.code)).size >= 5, 'the flawed examples trip several rules');
      for (const d of diagnostics) {
        assert.equal(d.codeDescription.href, `${DOCS}${d.code}.md`);
        assert.ok(existsSync(fileURLToPath(d.codeDescription.href)), `${d.codeDescription.href} does not exist`);
      }
    });

    it('--docs-url points the links at <URL>/<rule-id>.md instead', function () {
      for (const url of ['https://wiki.example.com/prfaq/rules/', 'https://wiki.example.com/prfaq/rules']) {
        const { run, files } = json(['--kind', 'prfaq', '--docs-url', url, 'plain/launch.md']);
        assert.equal(run.status, 0, run.stderr);
        assert.ok(files[0].diagnostics.length > 0);
        for (const d of files[0].diagnostics) assert.equal(d.codeDescription.href, `https://wiki.example.com/prfaq/rules/${d.code}.md`);
      }
      const sarif = JSON.parse(prfaq(['lint', '--format', 'sarif', '--kind', 'prfaq', '--docs-url=https://wiki.example.com/r/', 'plain/launch.md']).stdout);
      const weasel = sarif.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'weasel-word');
      assert.equal(weasel.helpUri, 'https://wiki.example.com/r/weasel-word.md');
    });

    it('reports a file named prfaq.md with nothing of a PR/FAQ in it: the name\'s kind, one information finding, exit 0', function () {
      const { run, files } = json(['named/prfaq.md']);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(files[0].kind, 'prfaq');
      assert.deepEqual(files[0].diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.data]), [['unrecognized-structure', 3, 0, { kind: 'prfaq', file: 'prfaq.md' }]]);
      assert.match(files[0].diagnostics[0].message, /kind: prfaq/);
    });

    it('reports a README-like file with kind null and no diagnostics', function () {
      const { run, files } = json(['plain/readme.md']);
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(files, [{ file: 'plain/readme.md', kind: null, diagnostics: [] }]);
    });

    it('--kind forces the kind of a file that is not recognised', function () {
      assert.equal(json(['plain/launch.md']).files[0].kind, null);
      assert.equal(json(['--kind', 'narrative', 'plain/launch.md']).files[0].kind, 'narrative');
      assert.equal(json(['--kind=prfaq', 'plain/launch.md']).files[0].kind, 'prfaq');
    });
  });

  describe('sarif format', function () {
    it('is SARIF 2.1.0 with the rules and 1-based regions on relative paths', function () {
      const r = prfaq(['lint', '--format', 'sarif', '--kind', 'prfaq', 'plain/launch.md']);
      assert.equal(r.status, 0, r.stderr);
      const log = JSON.parse(r.stdout);
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif/);
      assert.equal(log.runs.length, 1);
      const driver = log.runs[0].tool.driver;
      assert.equal(driver.name, 'prfaq');
      assert.equal(driver.version, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
      const ids = driver.rules.map((x: { id: string }) => x.id);
      for (const rule of RULES) assert.ok(ids.includes(rule.id), `rule ${rule.id} missing from SARIF`);
      const weasel = driver.rules.find((x: { id: string }) => x.id === 'weasel-word');
      assert.equal(weasel.shortDescription.text, RULES.find((x) => x.id === 'weasel-word')!.description);
      assert.equal(weasel.helpUri, `${DOCS}weasel-word.md`);
      assert.equal(weasel.defaultConfiguration.level, 'warning');
      // A dashboard cannot follow a file: link into the machine that ran prfaq: each rule's help is its whole page.
      for (const rule of driver.rules as Array<{ id: string; helpUri: string; help: { markdown: string } }>) {
        assert.ok(existsSync(fileURLToPath(rule.helpUri)), `${rule.helpUri} does not exist`);
        assert.equal(rule.help.markdown, readFileSync(join(ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8'), `help of ${rule.id}`);
      }
      assert.equal(driver.informationUri, undefined, 'no link to a project page that does not exist');

      const seamless = log.runs[0].results.find((x: { ruleId: string; message: { text: string } }) => x.ruleId === 'weasel-word' && x.message.text.includes('seamless'));
      assert.ok(seamless, r.stdout);
      assert.equal(seamless.level, 'warning');
      assert.equal(driver.rules[seamless.ruleIndex].id, 'weasel-word');
      const loc = seamless.locations[0].physicalLocation;
      assert.equal(loc.artifactLocation.uri, 'plain/launch.md');
      const at = where('seamless');
      assert.deepEqual(loc.region, { startLine: at.line + 1, startColumn: at.character + 1, endLine: at.line + 1, endColumn: at.character + 1 + 'seamless'.length });
    });

    it('maps error severity to level "error"', function () {
      const log = JSON.parse(prfaq(['lint', '--format', 'sarif', '--kind', 'prfaq', 'strict/launch.md']).stdout);
      const weasel = log.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'weasel-word');
      assert.ok(weasel.length >= 2);
      assert.ok(weasel.every((x: { level: string }) => x.level === 'error'));
    });
  });

  describe('exit status', function () {
    it('is 1 when the nearest config makes a rule an error', function () {
      const r = prfaq(['lint', '--kind', 'prfaq', 'strict/launch.md']);
      assert.equal(r.status, 1);
      assert.match(r.stdout, /^strict\/launch\.md:\d+:\d+ {2}error {2}.*very.* {2}weasel-word$/m);
      assert.match(r.stdout, /✖ \d+ problems? \([1-9]\d* errors?, \d+ warnings?\)/);
    });

    it('is 0 with only warnings, and 1 when they exceed --max-warnings', function () {
      assert.equal(prfaq(['lint', '--kind', 'prfaq', 'plain/launch.md']).status, 0);
      const r = prfaq(['lint', '--kind', 'prfaq', '--max-warnings', '0', 'plain/launch.md']);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /max-warnings/);
      assert.equal(prfaq(['lint', '--kind', 'prfaq', '--max-warnings', '1000', 'plain/launch.md']).status, 0);
    });

    it('is 2 with a one-line message for bad usage', function () {
      for (const args of [
        ['lint', '--frobnicate', 'plain/launch.md'],
        ['lint', '--format', 'xml', 'plain/launch.md'],
        ['lint', '--kind', 'memo', 'plain/launch.md'],
        ['lint', '--max-warnings', 'many', 'plain/launch.md'],
        ['lint', '--docs-url', 'docs/rules', 'plain/launch.md'],
        ['lint', '--docs-url', 'https://wiki.example.com/rules?page=', 'plain/launch.md'],
        ['lint', '--max-document-size', '10MB', 'plain/launch.md'],
        ['lint', '--max-document-size', '-1', 'plain/launch.md'],
        ['lint'],
        ['frobnicate'],
        [],
      ]) {
        const r = prfaq(args);
        assert.equal(r.status, 2, `prfaq ${args.join(' ')}`);
        assert.equal(r.stdout, '');
        assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
      }
      assert.match(prfaq(['lint', '--frobnicate', 'x.md']).stderr, /--frobnicate/);
      assert.match(prfaq(['lint', '--format', 'xml', 'x.md']).stderr, /xml/);
    });

    it('is 2 for a missing file, naming it, and prints no report', function () {
      const r = prfaq(['lint', 'plain/launch.md', 'plain/no-such-file.md']);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^prfaq: plain\/no-such-file\.md: no such file/);
      assert.equal(r.stderr.trimEnd().split('\n').length, 1);
    });

    it('is 2 for a glob that matches nothing', function () {
      const r = prfaq(['lint', 'plain/*.markdownx']);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /plain\/\*\.markdownx: no files match/);
    });
  });

  describe('worker threads', function () {
    it('print the same output, in the same order, with the same exit status as one thread', function () {
      this.timeout(60000);
      for (const format of ['json', 'text', 'sarif']) {
        const args = ['lint', '--format', format, join(ROOT, 'test', 'corpus'), join(ROOT, 'examples'), FIXTURES];
        const one = prfaq(args, ROOT, { PRFAQ_WORKERS: '0' });
        const two = prfaq(args, ROOT, { PRFAQ_WORKERS: '2' });
        assert.equal(two.stdout, one.stdout, format);
        assert.equal(two.stderr, one.stderr, format);
        assert.equal(two.status, one.status, format);
        assert.ok(one.stdout.length > 1000);
      }
    });

    it('are started only for megabytes of text, and never more than the cores allow', function () {
      const saved = process.env.PRFAQ_WORKERS;
      delete process.env.PRFAQ_WORKERS;
      try {
        const files = (n: number, size: number) => Array.from({ length: n }, () => ({ text: 'x'.repeat(size) }));
        // 200 files of about 9 KB, the bench's folder: one thread was faster there.
        assert.equal(workerCount(files(200, 9_000), 2), 0);
        assert.equal(workerCount(files(200, 9_000), 16), 0);
        assert.equal(workerCount(files(600, 9_000), 2), 1);
        assert.equal(workerCount(files(600, 9_000), 1), 0);
        assert.equal(workerCount(files(600, 9_000), 16), 2);
        assert.equal(workerCount(files(3, 5_000_000), 16), 2, 'one file per thread at most');
        assert.equal(workerCount(files(100, 1_000_000), 64), 7);
        process.env.PRFAQ_WORKERS = '3';
        assert.equal(workerCount(files(10, 10), 2), 3, 'PRFAQ_WORKERS decides');
      } finally {
        if (saved === undefined) delete process.env.PRFAQ_WORKERS;
        else process.env.PRFAQ_WORKERS = saved;
      }
    });
  });

  describe('files', function () {
    let dir: string;
    before(function () {
      dir = mkdtempSync(join(tmpdir(), 'prfaq-cli-'));
      writeFileSync(join(dir, '.prfaqrc.json'), '{}'); // stop the walk up at this folder
      mkdirSync(join(dir, 'docs', 'deep'), { recursive: true });
      mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
      writeFileSync(join(dir, 'docs', 'b.md'), LAUNCH);
      writeFileSync(join(dir, 'docs', 'a.md'), LAUNCH);
      writeFileSync(join(dir, 'docs', 'deep', 'c.md'), LAUNCH);
      writeFileSync(join(dir, 'docs', 'notes.txt'), LAUNCH);
      writeFileSync(join(dir, 'node_modules', 'pkg', 'readme.md'), LAUNCH);
      mkdirSync(join(dir, 'bad'));
      writeFileSync(join(dir, 'bad', 'latin1.md'), Buffer.from('# Caf\xe9\n\nVery good.\n', 'latin1'));
      writeFileSync(join(dir, 'bad', 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    });
    after(function () {
      rmSync(dir, { recursive: true, force: true });
    });

    it('expands a folder to its Markdown files in a stable order, skipping node_modules', function () {
      const { run, files } = json(['--kind', 'prfaq', 'docs'], dir);
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(files.map((f) => f.file), ['docs/a.md', 'docs/b.md', 'docs/deep/c.md']);
      assert.deepEqual(json(['--kind', 'prfaq', 'docs/'], dir).files.map((f) => f.file), ['docs/a.md', 'docs/b.md', 'docs/deep/c.md']);
      assert.deepEqual(json(['--kind', 'prfaq', '.'], join(dir, 'docs')).files.map((f) => f.file), ['a.md', 'b.md', 'deep/c.md']);
    });

    it('expands globs, keeps argument order and lists each file once', function () {
      const { run, files } = json(['--kind', 'prfaq', 'docs/deep/*.md', 'docs/**/*.md'], dir);
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(files.map((f) => f.file), ['docs/deep/c.md', 'docs/a.md', 'docs/b.md']);
      assert.ok(files.every((f) => f.diagnostics.some((d) => d.code === 'weasel-word')));
    });

    it('refuses invalid UTF-8 and binary files with exit 2', function () {
      for (const name of ['bad/latin1.md', 'bad/image.md']) {
        const r = prfaq(['lint', name], dir);
        assert.equal(r.status, 2, name);
        assert.equal(r.stderr, `prfaq: ${name}: not a UTF-8 text file\n`);
      }
    });
  });

  describe('config', function () {
    it('uses the nearest .prfaqrc.json above each file', function () {
      const { run, files } = json(['--kind', 'prfaq', 'plain/launch.md', 'strict/launch.md']);
      assert.equal(run.status, 1);
      const severities = (f: JsonFile) => [...new Set(f.diagnostics.filter((d) => d.code === 'weasel-word').map((d) => d.severity))];
      assert.deepEqual(severities(files[0]), [2]);
      assert.deepEqual(severities(files[1]), [1]);
    });

    it('--config applies one file to every document', function () {
      const { run, files } = json(['--kind', 'prfaq', '--config', 'strict/.prfaqrc.json', 'plain/launch.md']);
      assert.equal(run.status, 1);
      assert.ok(files[0].diagnostics.filter((d) => d.code === 'weasel-word').every((d) => d.severity === 1));
    });

    it('a missing --config file is exit 2, naming it', function () {
      const r = prfaq(['lint', '--config', 'nowhere/.prfaqrc.json', 'plain/launch.md']);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /nowhere\/\.prfaqrc\.json: cannot read the config file: no such file/);
    });

    it('a malformed config is reported with file and line:col, and the defaults apply', function () {
      const r = prfaq(['lint', '--format', 'json', '--kind', 'prfaq', 'broken/launch.md']);
      assert.equal(r.status, 0);
      assert.match(r.stderr, /^broken\/\.prfaqrc\.json:5:3: .*not valid JSON/m);
      // The file's "weasel-word": "off" did not apply: the defaults did.
      const files = JSON.parse(r.stdout) as JsonFile[];
      assert.ok(files[0].diagnostics.some((d) => d.code === 'weasel-word' && d.severity === 2));
    });

    it('reports bad entries with their place, ignores them and applies the rest', function () {
      const r = prfaq(['lint', '--kind', 'prfaq', 'mixed/launch.md']);
      assert.equal(r.status, 1, 'the valid "weasel-word": "error" applies');
      assert.match(r.stderr, /^mixed\/\.prfaqrc\.json:3:5: .*"weasle-word".*did you mean "weasel-word"/m);
      assert.match(r.stderr, /^mixed\/\.prfaqrc\.json:6:36: .*pressReleaseWords.*"six hundred"/m);
    });

    it('does not complain about "$schema"', function () {
      assert.equal(prfaq(['lint', '--kind', 'prfaq', 'plain/launch.md']).stderr, '');
    });

    it('decides the kind from the config\'s globs, relative to the config file', function () {
      const { files } = json(['kinds']);
      assert.deepEqual(
        files.map((f) => [f.file, f.kind]),
        [
          ['kinds/notes/flour.md', null],
          ['kinds/notes/q3.memo.md', 'narrative'],
          ['kinds/proposals/flour.md', 'prfaq'],
        ],
      );
    });
  });

  describe('size guard', function () {
    // The contract's exit 2 ("an unreadable file, with a one-line message
    // naming the file and the reason"): a file over the limit is not read;
    // the others are still linted and reported.
    let dir: string;
    const DEFAULT_HINT = '(raise it with --max-document-size BYTES or "maxDocumentSize" in .prfaqrc.json)';
    before(function () {
      dir = mkdtempSync(join(tmpdir(), 'prfaq-size-'));
      writeFileSync(join(dir, '.prfaqrc.json'), '{}'); // stop the walk up at this folder
      writeFileSync(join(dir, 'a.md'), LAUNCH);
      writeFileSync(join(dir, 'huge.md'), '# Huge\n\n' + 'It is very fast. '.repeat(Math.ceil((5.5 * 1024 * 1024) / 17)));
      writeFileSync(join(dir, 'medium.md'), LAUNCH.repeat(80)); // 15 KB: over 10,000 bytes
      mkdirSync(join(dir, 'small-limit'));
      writeFileSync(join(dir, 'small-limit', '.prfaqrc.json'), '{ "maxDocumentSize": 10000, "rules": { "weasel-word": "error" } }');
      writeFileSync(join(dir, 'small-limit', 'medium.md'), LAUNCH.repeat(80));
      writeFileSync(join(dir, 'small-limit', 'z.md'), LAUNCH);
    });
    after(function () {
      rmSync(dir, { recursive: true, force: true });
    });

    it('skips a file over 5 MB with one line naming it, its size and the setting; lints the rest; exit 2', function () {
      const { run, files } = json(['--kind', 'prfaq', 'a.md', 'huge.md', 'medium.md'], dir);
      assert.equal(run.status, 2);
      assert.equal(run.stderr, `prfaq: huge.md: not reviewed: it is 5.5 MB, over the default limit of 5 MB ${DEFAULT_HINT}\n`);
      assert.deepEqual(files.map((f) => f.file), ['a.md', 'medium.md']);
      for (const f of files) assert.ok(f.diagnostics.some((d) => d.code === 'weasel-word'), f.file);
    });

    it('--max-document-size sets the limit, 0 lifting it; the same on worker threads', function () {
      const args = ['lint', '--kind', 'prfaq', '--max-document-size', '10000', 'a.md', 'medium.md', 'huge.md', 'small-limit/z.md'];
      const one = prfaq(args, dir, { PRFAQ_WORKERS: '0' });
      assert.equal(one.status, 2);
      assert.deepEqual(one.stderr.trimEnd().split('\n'), [
        'prfaq: medium.md: not reviewed: it is 15 KB, over the limit of 9.8 KB set by --max-document-size',
        'prfaq: huge.md: not reviewed: it is 5.5 MB, over the limit of 9.8 KB set by --max-document-size',
      ]);
      assert.match(one.stdout, /^a\.md:\d+:\d+ {2}warning {2}.* {2}weasel-word$/m);
      assert.match(one.stdout, /^small-limit\/z\.md:\d+:\d+ {2}error {2}.* {2}weasel-word$/m);
      assert.doesNotMatch(one.stdout, /medium\.md|huge\.md/);
      const two = prfaq(args, dir, { PRFAQ_WORKERS: '2' });
      assert.deepEqual([two.status, two.stdout, two.stderr], [one.status, one.stdout, one.stderr]);
      // 0: no limit, whatever the config file says (10,000 bytes there).
      const unlimited = prfaq(['lint', '--kind', 'prfaq', '--max-document-size', '0', 'small-limit/medium.md'], dir);
      assert.equal(unlimited.stderr, '');
      assert.match(unlimited.stdout, /^small-limit\/medium\.md:\d+:\d+ {2}error {2}.* {2}weasel-word$/m);
    });

    it('"maxDocumentSize" in the nearest .prfaqrc.json sets it for the files below, and wins over findings for the exit status', function () {
      const r = prfaq(['lint', '--kind', 'prfaq', 'small-limit'], dir);
      assert.equal(r.status, 2, 'exit 2, though z.md has error-level findings (exit 1 alone)');
      assert.match(r.stderr, /^prfaq: small-limit\/medium\.md: not reviewed: it is [\d.]+ KB, over the limit of 9\.8 KB set by "maxDocumentSize" in small-limit\/\.prfaqrc\.json\n$/);
      assert.match(r.stdout, /^small-limit\/z\.md:\d+:\d+ {2}error {2}.* {2}weasel-word$/m);
      // The flag wins over the file.
      const flag = prfaq(['lint', '--kind', 'prfaq', '--max-document-size', '1000000', 'small-limit'], dir);
      assert.equal(flag.status, 1);
      assert.equal(flag.stderr, '');
    });

    it('render refuses a file over the limit with exit 2, naming it, and writes nothing', function () {
      const out = join(dir, 'out.html');
      const r = prfaq(['render', '--max-document-size', '10000', '-o', out, 'medium.md'], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^prfaq: medium\.md: not rendered: it is [\d.]+ KB, over the limit of 9\.8 KB set by --max-document-size\n$/);
      assert.equal(existsSync(out), false);
    });
  });

  describe('help and version', function () {
    it('--version prints package.json\'s version', function () {
      const r = prfaq(['--version']);
      assert.equal(r.status, 0);
      assert.equal(r.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    });

    it('--help and lint --help describe the options', function () {
      const top = prfaq(['--help']);
      assert.equal(top.status, 0);
      assert.match(top.stdout, /prfaq lint/);
      const lint = prfaq(['lint', '--help']);
      assert.equal(lint.status, 0);
      for (const flag of ['--format', '--kind', '--config', '--max-warnings', '--docs-url', '--max-document-size']) assert.match(lint.stdout, new RegExp(flag));
    });

    it('--help says where the rule pages are, a folder that holds one page per rule', function () {
      const top = prfaq(['--help']);
      const folder = join(ROOT, 'docs', 'rules');
      assert.ok(top.stdout.includes(`\n  ${folder}\n`), top.stdout);
      for (const rule of RULES) assert.ok(existsSync(join(folder, `${rule.id}.md`)), rule.id);
    });

    it('works through the bin shim', function () {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'prfaq.js'), 'lint', '--kind', 'prfaq', 'plain/launch.md'], { cwd: FIXTURES, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /weasel-word/);
    });
  });
});
