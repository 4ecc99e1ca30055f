/**
 * Restricted Mode: in an untrusted workspace a stranger's `.prfaqrc.json`
 * may make the review stricter but not quieter, the writer is told once
 * what was not applied, and trusting the workspace applies it in full.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_KEYS } from '../../server/src/settings.js';
import { only, ROOT, tempDir, TestClient } from './harness.js';

const DOC = '# Hello\n\nIt is very fast and seamless.\n';

describe('protocol: workspace trust', function () {
  const tmp = tempDir();
  after(() => tmp.remove());

  it('ignores what would quiet the review, says so once, and applies everything once trusted', async () => {
    const file = tmp.write(
      '.prfaqrc.json',
      JSON.stringify({
        rules: { 'weasel-word': 'off', 'passive-voice': 'error' },
        weaselWords: { add: ['blazingly'], remove: ['very'] },
        kinds: { narrative: ['**/*.md'] },
        limits: { pressReleaseWords: 100000 },
      }),
    );
    const client = await TestClient.start({ root: tmp.dir, initializationOptions: { workspaceTrusted: false } });
    try {
      const uri = tmp.uri('launch.prfaq.md');
      await client.open(uri, `${DOC}\nIt is blazingly quick. The launch was postponed twice.\n`);
      const first = await client.published(uri);
      // "off" and the removed word are not applied; the added word and the stricter severity are.
      assert.deepEqual(only('weasel-word', first.diagnostics).map((d) => d.data?.word).sort(), ['blazingly', 'quick', 'seamless', 'very']);
      assert.deepEqual(only('passive-voice', first.diagnostics).map((d) => d.severity), [1]);

      const told = await client.messages.wait((m) => m.message.includes('Restricted Mode'), 'the Restricted Mode message');
      assert.ok(told.message.includes(file), told.message);
      for (const part of ['weasel-word (off)', 'weaselWords.remove', 'kinds', 'limits.pressReleaseWords']) {
        assert.ok(told.message.includes(part), `message names ${part}: ${told.message}`);
      }
      assert.ok(!told.message.includes('passive-voice'), 'a stricter severity is applied, so not listed');

      // Another document under the same file: no second message.
      const other = tmp.uri('other.prfaq.md');
      await client.open(other, DOC);
      await client.published(other);
      assert.equal(client.messages.seen.filter((m) => m.message.includes('Restricted Mode')).length, 1);

      const from = client.diagnostics.seen.length;
      await client.conn.sendNotification('prfaq/workspaceTrusted');
      // Trusted: weasel-word is off and the globs make it a narrative.
      const after = await client.published(uri, (p) => only('weasel-word', p.diagnostics).length === 0, undefined, from);
      assert.deepEqual(only('weasel-word', after.diagnostics), []);
    } finally {
      await client.stop();
    }
  });

  it('is trusted when the client says nothing (other editors, the CLI)', async () => {
    const dir = tempDir();
    try {
      dir.write('.prfaqrc.json', JSON.stringify({ rules: { 'weasel-word': 'off' } }));
      const client = await TestClient.start({ root: dir.dir });
      try {
        const uri = dir.uri('plain.prfaq.md');
        await client.open(uri, DOC);
        assert.deepEqual(only('weasel-word', (await client.published(uri)).diagnostics), []);
        assert.equal(client.messages.seen.filter((m) => m.message.includes('Restricted Mode')).length, 0);
      } finally {
        await client.stop();
      }
    } finally {
      dir.remove();
    }
  });

  it('declares limited support, and VS Code withholds every workspace setting that could quiet the review', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const untrusted = pkg.capabilities.untrustedWorkspaces;
    assert.equal(untrusted.supported, 'limited');
    const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
    assert.match(nls[untrusted.description.replace(/%/g, '')], /Restricted Mode/);
    const declared = Object.keys(pkg.contributes.configuration.properties);
    for (const key of untrusted.restrictedConfigurations) assert.ok(declared.includes(key), `${key} is a declared setting`);
    for (const key of [...CONFIG_KEYS.map((k) => `prfaq.${k}`), 'prfaq.maxDocumentSize']) {
      assert.ok(untrusted.restrictedConfigurations.includes(key), `${key} is restricted`);
    }
    assert.equal(pkg.capabilities.virtualWorkspaces.supported, 'limited');
  });
});
