/**
 * The extension manifest and the server agree: every rule has a setting,
 * every setting the server reads is declared, and the entry points exist.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import '../../engine/review.js'; // load the engine first (the registry is imported through it)
import { RULE_IDS } from '../../engine/rules/registry.js';
import { ROOT } from './harness.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const props: Record<string, { description?: string; markdownDescription?: string; properties?: Record<string, unknown> }> =
  pkg.contributes.configuration.properties;

describe('manifest', () => {
  it('declares one severity setting per rule, and no other', () => {
    assert.deepEqual(Object.keys(props['prfaq.rules'].properties ?? {}).sort(), [...RULE_IDS].sort());
  });

  it('declares every prfaq.* setting with a description', () => {
    const expected = ['enable', 'run', 'debounceMs', 'maxDocumentSize', 'rules', 'weaselWords', 'genericCustomers', 'limits', 'readability', 'kinds', 'trace.server'];
    assert.deepEqual(Object.keys(props).sort(), expected.map((k) => `prfaq.${k}`).sort());
    for (const [key, p] of Object.entries(props)) assert.ok(p.description || p.markdownDescription, `${key} has a description`);
  });

  it('activates on Markdown and puts commands in the PR/FAQ category', () => {
    assert.ok(pkg.activationEvents.includes('onLanguage:markdown'));
    for (const c of pkg.contributes.commands) assert.equal(c.category, 'PR/FAQ');
    assert.ok(pkg.contributes.commands.some((c: { command: string }) => c.command === 'prfaq.restartServer'));
    assert.equal(pkg.engines.vscode, '^1.90.0');
  });

  it('maps .prfaqrc.json to the schema', () => {
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.prfaqrc.json', url: './schemas/prfaqrc.schema.json' }]);
  });

  it('ships the language server shim', () => {
    assert.equal(pkg.bin['prfaq-language-server'], './bin/prfaq-language-server.js');
    const shim = readFileSync(join(ROOT, 'bin/prfaq-language-server.js'), 'utf8');
    assert.match(shim, /^#!\/usr\/bin\/env node\n/);
    assert.match(shim, /require\('\.\.\/dist\/server\.js'\)/);
    assert.ok(existsSync(join(ROOT, 'server/src/main.ts')));
  });
});
