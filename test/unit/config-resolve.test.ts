/**
 * engine/config/resolve.ts: the one resolver the CLI, render and the server
 * use to find and read `.prfaqrc.json`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigResolver } from '../../engine/config/resolve.js';

describe('config resolver', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'prfaq-resolve-'));
    mkdirSync(join(root, 'docs', 'deep'), { recursive: true });
    writeFileSync(join(root, '.prfaqrc.json'), '{ "limits": { "pressReleaseWords": 500 } }');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds the nearest file walking up from the document', () => {
    const r = new ConfigResolver().forDocument(join(root, 'docs', 'deep', 'a.prfaq.md'));
    assert.equal(r.file, join(root, '.prfaqrc.json'));
    assert.deepEqual(r.loaded?.input.limits, { pressReleaseWords: 500 });
    writeFileSync(join(root, 'docs', '.prfaqrc.json'), '{ "limits": { "pressReleaseWords": 300 } }');
    assert.deepEqual(new ConfigResolver().forDocument(join(root, 'docs', 'deep', 'a.prfaq.md')).loaded?.input.limits, { pressReleaseWords: 300 });
  });

  it('uses the forced file for every document, wherever it is', () => {
    const forced = join(root, 'other.json');
    writeFileSync(forced, '{ "limits": { "faqWords": 900 } }');
    const r = new ConfigResolver({ forced }).forDocument(join(root, 'docs', 'a.prfaq.md'));
    assert.equal(r.file, forced);
    assert.deepEqual(r.loaded?.input.limits, { faqWords: 900 });
  });

  it('reads a file again only when it changed on disk', () => {
    const resolver = new ConfigResolver();
    const file = join(root, '.prfaqrc.json');
    const first = resolver.forFolder(root);
    assert.equal(resolver.forFolder(root).loaded, first.loaded, 'the same read, not a second one');
    writeFileSync(file, '{ "limits": { "pressReleaseWords": 450 } }');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const again = resolver.forFolder(root);
    assert.notEqual(again.stamp, first.stamp);
    assert.deepEqual(again.loaded?.input.limits, { pressReleaseWords: 450 });
  });

  it('a server looks for new files every time; a CLI run remembers its searches until cleared', () => {
    const dir = join(root, 'docs');
    const server = new ConfigResolver();
    const cli = new ConfigResolver({ rememberSearches: true });
    assert.equal(server.forFolder(dir).file, join(root, '.prfaqrc.json'));
    assert.equal(cli.forFolder(dir).file, join(root, '.prfaqrc.json'));
    writeFileSync(join(dir, '.prfaqrc.json'), '{}');
    assert.equal(server.forFolder(dir).file, join(dir, '.prfaqrc.json'));
    assert.equal(cli.forFolder(dir).file, join(root, '.prfaqrc.json'));
    cli.clear();
    assert.equal(cli.forFolder(dir).file, join(dir, '.prfaqrc.json'));
  });
});
