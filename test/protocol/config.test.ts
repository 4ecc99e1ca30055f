/**
 * Settings (`workspace/configuration`, per resource) and the project file
 * `.prfaqrc.json`, which wins where both speak.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { only, tempDir, TestClient } from './harness.js';

const DOC = '# Hello\n\nIt is very fast and seamless.\n';

describe('protocol: configuration', function () {
  describe('settings', () => {
    const tmp = tempDir();
    after(() => tmp.remove());
    let settings: Record<string, unknown> = {};
    let client: TestClient;
    before(async () => (client = await TestClient.start({ settings: () => settings })));
    after(() => client.stop());

    it('reads settings per document and re-reviews when they change', async () => {
      const uri = tmp.uri('settings.prfaq.md');
      await client.open(uri, DOC);
      const first = await client.published(uri);
      assert.equal(only('weasel-word', first.diagnostics).length, 2);
      assert.ok(
        client.configurationRequests.some((r) => JSON.stringify(r).includes(uri)),
        'asked for the settings of this document',
      );

      settings = { rules: { 'weasel-word': 'off' } };
      const from = client.diagnostics.seen.length;
      await client.configurationChanged();
      const second = await client.published(uri, () => true, undefined, from);
      assert.deepEqual(only('weasel-word', second.diagnostics), []);
    });

    it('applies severities and added words from settings', async () => {
      settings = { rules: { 'weasel-word': 'error' }, weaselWords: { add: ['blazingly'] } };
      await client.configurationChanged();
      const uri = tmp.uri('severity.prfaq.md');
      await client.open(uri, '# Hello\n\nIt is blazingly fast.\n');
      const p = await client.published(uri);
      assert.deepEqual(only('weasel-word', p.diagnostics).map((d) => [d.severity, d.data?.word]), [[1, 'blazingly']]);
    });

    it('stops reviewing when prfaq.enable is false', async () => {
      settings = { enable: false };
      await client.configurationChanged();
      const uri = tmp.uri('disabled.prfaq.md');
      await client.open(uri, DOC);
      const p = await client.published(uri);
      assert.deepEqual(p.diagnostics, []);
    });

    it('decides the kind from glob settings relative to the workspace folder', async () => {
      const root = tempDir();
      const globClient = await TestClient.start({ root: root.dir, settings: () => ({ kinds: { prfaq: ['docs/**/*.md'] } }) });
      try {
        const { mkdirSync } = await import('node:fs');
        mkdirSync(join(root.dir, 'docs', 'launch'), { recursive: true });
        const inside = root.uri('docs/launch/plan.md');
        const outside = root.uri('notes.md');
        await globClient.open(inside, DOC);
        await globClient.open(outside, DOC);
        assert.equal(only('weasel-word', (await globClient.published(inside)).diagnostics).length, 2);
        assert.deepEqual((await globClient.published(outside)).diagnostics, []);
      } finally {
        await globClient.stop();
        root.remove();
      }
    });

    it('asks pull clients to refresh after a change', async () => {
      const pullSettings: Record<string, unknown> = {};
      const puller = await TestClient.start({ pull: true, settings: () => pullSettings });
      try {
        const uri = tmp.uri('pull-settings.prfaq.md');
        await puller.open(uri, DOC);
        assert.equal(only('weasel-word', await puller.pullItems(uri)).length, 2);
        pullSettings.rules = { 'weasel-word': 'off' };
        await puller.configurationChanged();
        await puller.refreshes.wait(() => true, 'workspace/diagnostic/refresh');
        assert.deepEqual(only('weasel-word', await puller.pullItems(uri)), []);
      } finally {
        await puller.stop();
      }
    });
  });

  describe('settings sent as the editor starts (Neovim, Helix)', () => {
    const tmp = tempDir();
    after(() => tmp.remove());

    it('reviews a document opened right after a settings change with the new settings', async () => {
      let settings: Record<string, unknown> = {};
      const client = await TestClient.start({ settings: () => settings });
      try {
        const uri = tmp.uri('starting.prfaq.md');
        settings = { rules: { 'weasel-word': 'off' } };
        await client.configurationChanged({ prfaq: settings });
        await client.open(uri, DOC);
        const p = await client.published(uri, (x) => x.version === 1);
        assert.deepEqual(only('weasel-word', p.diagnostics), []);
      } finally {
        await client.stop();
      }
    });

    it('re-reviews at once a document whose review was waiting for typing to stop when the settings changed', async () => {
      // A pause far longer than the test waits: only the settings change can bring the new findings.
      let settings: Record<string, unknown> = { debounceMs: 600_000 };
      const client = await TestClient.start({ settings: () => settings });
      try {
        const uri = tmp.uri('typing.prfaq.md');
        await client.open(uri, DOC);
        assert.equal(only('weasel-word', (await client.published(uri, (x) => x.version === 1)).diagnostics).length, 2);
        await client.change(uri, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Now ' }]);
        settings = { debounceMs: 600_000, rules: { 'weasel-word': 'off' } };
        await client.configurationChanged();
        const p = await client.published(uri, (x) => x.version === 2);
        assert.deepEqual(only('weasel-word', p.diagnostics), []);
      } finally {
        await client.stop();
      }
    });
  });

  describe('.prfaqrc.json', () => {
    const tmp = tempDir();
    after(() => tmp.remove());
    let client: TestClient;
    // The settings say "warning"; the project file must win.
    before(async () => (client = await TestClient.start({ root: tmp.dir, settings: () => ({ rules: { 'weasel-word': 'warning' } }) })));
    after(() => client.stop());

    it('registers watchers for the project file and for settings', async () => {
      const watched = await client.registrations.wait((r) => r.method === 'workspace/didChangeWatchedFiles', 'file watcher registration');
      assert.deepEqual(watched.registerOptions, { watchers: [{ globPattern: '**/.prfaqrc.json' }] });
      const settings = await client.registrations.wait((r) => r.method === 'workspace/didChangeConfiguration', 'settings registration');
      assert.deepEqual(settings.registerOptions, { section: 'prfaq' });
    });

    it('applies the nearest project file over the settings', async () => {
      tmp.write('.prfaqrc.json', JSON.stringify({ rules: { 'weasel-word': 'error' } }));
      const uri = tmp.uri('project.prfaq.md');
      await client.open(uri, DOC);
      const p = await client.published(uri);
      assert.deepEqual(only('weasel-word', p.diagnostics).map((d) => d.severity), [1, 1]);
    });

    it('re-reviews open documents when the file changes', async () => {
      const uri = tmp.uri('project.prfaq.md');
      const file = tmp.write('.prfaqrc.json', JSON.stringify({ rules: { 'weasel-word': 'off' } }));
      const from = client.diagnostics.seen.length;
      await client.watchedFilesChanged([{ uri: `file://${file}`, type: 2 }]);
      const p = await client.published(uri, () => true, undefined, from);
      assert.deepEqual(only('weasel-word', p.diagnostics), []);
    });

    it('names the file, line and column of a malformed file once, and the defaults apply', async () => {
      const uri = tmp.uri('project.prfaq.md');
      const file = tmp.write('.prfaqrc.json', '{\n  "rules": {,\n}\n');
      let from = client.diagnostics.seen.length;
      await client.watchedFilesChanged([{ uri: `file://${file}`, type: 2 }]);
      const message = await client.messages.wait((m) => m.message.includes(file), 'a message naming the file');
      assert.ok(message.message.includes(`${file}:2:13`), message.message);
      assert.equal(message.type, 2); // warning
      const p = await client.published(uri, () => true, undefined, from);
      // Defaults (and the settings) apply: warnings.
      assert.deepEqual(only('weasel-word', p.diagnostics).map((d) => d.severity), [2, 2]);

      // A second review does not repeat the message.
      from = client.diagnostics.seen.length;
      await client.configurationChanged();
      await client.published(uri, () => true, undefined, from);
      assert.equal(client.messages.seen.filter((m) => m.message.includes(file)).length, 1);
    });

    it('publishes problems on the open .prfaqrc.json itself', async () => {
      const text = '{\n  "rules": {\n    "weasel-word": "eror"\n  }\n}\n';
      const file = tmp.write('.prfaqrc.json', text);
      const uri = tmp.uri('.prfaqrc.json');
      await client.open(uri, text, 1, 'json');
      const p = await client.published(uri);
      assert.equal(p.diagnostics.length, 1);
      const [d] = p.diagnostics;
      assert.deepEqual(d.range, { start: { line: 2, character: 19 }, end: { line: 2, character: 25 } });
      assert.equal(d.source, 'prfaq');
      assert.match(d.message, /weasel-word/);
      assert.match(d.message, /"error"/);
      // Once saved, open documents are reviewed again and the problem is shown with its place.
      await client.watchedFilesChanged([{ uri, type: 2 }]);
      const m = await client.messages.wait((x) => x.message.includes(`${file}:3:20`), 'a message naming line 3');
      assert.ok(m);
    });

    it('applies a project file in a parent folder', async () => {
      tmp.write('.prfaqrc.json', JSON.stringify({ rules: { 'weasel-word': 'info' } }));
      await client.watchedFilesChanged([{ uri: `file://${join(tmp.dir, '.prfaqrc.json')}`, type: 2 }]);
      const { mkdirSync } = await import('node:fs');
      mkdirSync(join(tmp.dir, 'docs', 'deep'), { recursive: true });
      const uri = tmp.uri('docs/deep/nested.prfaq.md');
      await client.open(uri, DOC);
      const p = await client.published(uri);
      assert.deepEqual(only('weasel-word', p.diagnostics).map((d) => d.severity), [3, 3]);
    });
  });
});
