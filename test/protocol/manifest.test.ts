/**
 * The extension manifest and the server agree: every rule has a setting,
 * every setting the server reads is declared, and the entry points exist.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import '../../engine/review.js'; // load the engine first (the registry is imported through it)
import { RULE_IDS } from '../../engine/rules/registry.js';
import { generatedManifest } from '../../scripts/gen-settings.js';
import { ROOT } from './harness.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const props: Record<string, { description?: string; markdownDescription?: string; properties?: Record<string, unknown> }> =
  pkg.contributes.configuration.properties;

describe('manifest', () => {
  it('declares one severity setting per rule, and no other', () => {
    assert.deepEqual(Object.keys(props['prfaq.rules'].properties ?? {}).sort(), [...RULE_IDS].sort());
  });

  it('has the per-rule settings that scripts/gen-settings.ts generates from the registry', () => {
    const text = readFileSync(join(ROOT, 'package.json'), 'utf8');
    assert.equal(text, generatedManifest(text), 'package.json is out of date: run `npx tsx scripts/gen-settings.ts`');
  });

  it('offers the manual run mode', () => {
    assert.deepEqual((props['prfaq.run'] as { enum: string[] }).enum, ['onType', 'onSave', 'manual']);
  });

  it('contributes the snippets, the injection grammar, the structure view and the walkthrough', () => {
    const c = pkg.contributes;
    assert.deepEqual(c.snippets, [{ language: 'markdown', path: './snippets/prfaq.code-snippets' }]);
    assert.deepEqual(c.grammars, [{ scopeName: 'prfaq.injection', path: './syntaxes/prfaq.injection.tmLanguage.json', injectTo: ['text.html.markdown'] }]);
    const grammar = JSON.parse(readFileSync(join(ROOT, c.grammars[0].path), 'utf8'));
    assert.equal(grammar.scopeName, 'prfaq.injection');
    assert.deepEqual(c.views.explorer.map((v: { id: string; when: string }) => [v.id, v.when]), [['prfaq.structure', 'prfaq.documentKind']]);
    for (const w of c.walkthroughs) for (const s of w.steps) assert.ok(existsSync(join(ROOT, s.media.markdown)), `walkthrough media ${s.media.markdown}`);
    const ids = new Set(c.commands.map((x: { command: string }) => x.command));
    for (const id of ['prfaq.newPrfaq', 'prfaq.newNarrative', 'prfaq.addExternalFaqQuestion', 'prfaq.addInternalFaqQuestion', 'prfaq.insertMissingSections', 'prfaq.showReviewSummary', 'prfaq.reviewDocument']) {
      assert.ok(ids.has(id), `command ${id}`);
    }
    const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets/prfaq.code-snippets'), 'utf8'));
    for (const s of Object.values(snippets) as Array<{ body: string[] }>) {
      for (const m of s.body.join('\n').matchAll(/prfaq-(?:disable-next-line|disable-file|disable) \$\{1\|([^|]+)\|\}/g)) assert.deepEqual(m[1].split(',').sort(), RULE_IDS.filter((r) => r !== 'unknown-rule').sort());
    }
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
