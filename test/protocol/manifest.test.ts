/**
 * The extension manifest and the server agree: every rule has a setting,
 * every setting the server reads is declared, and the entry points exist.
 * And the manifest is fit to publish: every user-visible string is a
 * %key% with an English text in package.nls.json, every command has a title
 * and a category, every setting a description, the icon is a 128×128 PNG,
 * and the marketplace fields are there.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import '../../engine/review.js'; // load the engine first (the registry is imported through it)
import { RULE_IDS } from '../../engine/rules/registry.js';
import { DEFAULT_CONFIG } from '../../engine/config/types.js';
import { generatedManifest, generatedNls } from '../../scripts/gen-settings.js';
import { pngSize } from '../png.js';
import { ROOT } from './harness.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
type Setting = { description?: string; markdownDescription?: string; enum?: string[]; enumDescriptions?: string[]; properties?: Record<string, Setting> };
const props: Record<string, Setting> = pkg.contributes.configuration.properties;

/** The text VS Code shows for a manifest string: `%key%` looked up in package.nls.json. */
function shown(value: string | undefined): string | undefined {
  const m = /^%(.+)%$/.exec(value ?? '');
  return m ? nls[m[1]] : value;
}

/** Every `%key%` string in a JSON value, with where it sits. */
function nlsRefs(value: unknown, path = ''): Array<{ key: string; at: string }> {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    return m ? [{ key: m[1], at: path }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => nlsRefs(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nlsRefs(v, path ? `${path}.${k}` : k));
  return [];
}

/** Each setting and nested setting, with its dotted name. */
function allSettings(props: Record<string, Setting>, prefix = ''): Array<[string, Setting]> {
  return Object.entries(props).flatMap(([k, p]) => [[prefix + k, p] as [string, Setting], ...(p.properties ? allSettings(p.properties, `${prefix}${k}.`) : [])]);
}


describe('manifest', () => {
  it('declares one severity setting per rule, and no other', () => {
    assert.deepEqual(Object.keys(props['prfaq.rules'].properties ?? {}).sort(), [...RULE_IDS].sort());
  });

  it('has the per-rule settings that scripts/gen-settings.ts generates from the registry', () => {
    const text = readFileSync(join(ROOT, 'package.json'), 'utf8');
    assert.equal(text, generatedManifest(text), 'package.json is out of date: run `npx tsx scripts/gen-settings.ts`');
    const nlsText = readFileSync(join(ROOT, 'package.nls.json'), 'utf8');
    assert.equal(nlsText, generatedNls(nlsText), 'package.nls.json is out of date: run `npx tsx scripts/gen-settings.ts`');
  });

  it('describes each rule setting with the rule\'s own description and how to open its page', () => {
    for (const id of RULE_IDS) {
      const text = shown(props['prfaq.rules'].properties?.[id]?.markdownDescription) ?? '';
      assert.match(text, /\(default: `(?:error|warning|info|hint)`; its page: \*\*PR\/FAQ: Open Rule Page…\*\*\)$/, `prfaq.rules.${id}: ${text}`);
      // No link: settings.json hovers, the only place VS Code shows these texts, drop command links, and a web address would be a 404.
      assert.doesNotMatch(text, /\]\(/, `prfaq.rules.${id}: ${text}`);
      assert.ok(existsSync(join(ROOT, 'docs', 'rules', `${id}.md`)), `docs/rules/${id}.md`);
    }
    // The command those texts name, as the palette lists it.
    const open = pkg.contributes.commands.find((c: { command: string }) => c.command === 'prfaq.openRuleDocs');
    assert.ok(open, 'prfaq.openRuleDocs is declared');
    assert.equal(`${shown(open.category)}: ${shown(open.title)}`, 'PR/FAQ: Open Rule Page…');
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

  it('declares every prfaq.* setting, nested ones included, with a description', () => {
    const expected = ['enable', 'run', 'debounceMs', 'maxDocumentSize', 'rules', 'weaselWords', 'genericCustomers', 'knownAcronyms', 'limits', 'readability', 'kinds', 'trace.server'];
    assert.deepEqual(Object.keys(props).sort(), expected.map((k) => `prfaq.${k}`).sort());
    const settings = allSettings(props);
    assert.ok(settings.length > Object.keys(props).length + RULE_IDS.length, 'nested settings are walked');
    for (const [key, p] of settings) {
      const text = shown(p.markdownDescription) ?? shown(p.description);
      assert.ok(text && text.trim().length > 10, `${key} has a description that VS Code can show`);
      if (p.enumDescriptions) {
        assert.equal(p.enumDescriptions.length, p.enum?.length, `${key}: one enum description per value`);
        for (const d of p.enumDescriptions) assert.ok(shown(d)?.trim(), `${key}: enum description ${d}`);
      }
    }
  });

  it('gives the review settings the defaults the engine and the CLI use, so the editor and CI report alike', () => {
    // VS Code hands the server an object setting's own default when the user set nothing:
    // a default that drifted from the engine's would review the same file differently in the editor.
    for (const key of ['limits', 'readability', 'weaselWords', 'genericCustomers', 'knownAcronyms', 'kinds'] as const) {
      const setting = props[`prfaq.${key}`] as Setting & { default?: unknown; properties?: Record<string, { default?: unknown }> };
      assert.deepEqual(setting.default, DEFAULT_CONFIG[key], `prfaq.${key}`);
      for (const [k, v] of Object.entries(setting.properties ?? {})) {
        if (v.default !== undefined) assert.deepEqual(v.default, (DEFAULT_CONFIG[key] as Record<string, unknown>)[k], `prfaq.${key}.${k}`);
      }
    }
  });

  it('gives every command a title and the PR/FAQ category', () => {
    assert.ok(pkg.contributes.commands.length >= 11);
    for (const c of pkg.contributes.commands as Array<{ command: string; title?: string; category?: string }>) {
      assert.ok(shown(c.title)?.trim(), `${c.command} has a title`);
      assert.equal(shown(c.category), 'PR/FAQ', `${c.command} is in the PR/FAQ category`);
    }
    assert.ok(pkg.contributes.commands.some((c: { command: string }) => c.command === 'prfaq.restartServer'));
  });

  it('leaves no user-visible contribution text in the manifest: each is a %key% with an entry in package.nls.json', () => {
    const c = pkg.contributes;
    const visible: Array<[string, string | undefined]> = [['configuration.title', c.configuration.title]];
    for (const cmd of c.commands) visible.push([`${cmd.command} title`, cmd.title], [`${cmd.command} category`, cmd.category]);
    for (const [key, p] of allSettings(props)) {
      visible.push([`${key} description`, p.markdownDescription ?? p.description]);
      for (const d of p.enumDescriptions ?? []) visible.push([`${key} enumDescription`, d]);
    }
    for (const views of Object.values(c.views) as Array<Array<{ id: string; name: string; contextualTitle?: string }>>) {
      for (const v of views) visible.push([`view ${v.id} name`, v.name], [`view ${v.id} contextualTitle`, v.contextualTitle]);
    }
    for (const w of c.walkthroughs) {
      visible.push([`walkthrough ${w.id} title`, w.title], [`walkthrough ${w.id} description`, w.description]);
      for (const s of w.steps) visible.push([`step ${s.id} title`, s.title], [`step ${s.id} description`, s.description]);
    }
    for (const [kind, cap] of Object.entries(pkg.capabilities ?? {}) as Array<[string, { description?: string }]>) visible.push([`capabilities.${kind} description`, cap.description]);
    for (const [where, value] of visible) {
      if (value === undefined) continue;
      assert.match(value, /^%[\w.-]+%$/, `${where} is written in package.json ("${value}"); move it to package.nls.json`);
    }
  });

  it('has an English text for every %key% in package.json, and no unused text in package.nls.json', () => {
    const refs = nlsRefs(pkg);
    assert.ok(refs.length > 40, `found ${refs.length} %key% references`);
    for (const { key, at } of refs) assert.ok(typeof nls[key] === 'string' && nls[key].trim(), `${at}: %${key}% has no entry in package.nls.json`);
    const used = new Set(refs.map((r) => r.key));
    for (const key of Object.keys(nls)) assert.ok(used.has(key), `package.nls.json: "${key}" is used nowhere in package.json`);
  });

  it('has a 128×128 PNG icon, drawn from the SVG beside it', () => {
    assert.equal(pkg.icon, 'media/icon.png');
    const file = join(ROOT, pkg.icon);
    assert.ok(existsSync(file), `${pkg.icon} exists`);
    assert.deepEqual(pngSize(readFileSync(file)), { width: 128, height: 128 });
    assert.ok(existsSync(join(ROOT, 'media', 'icon.svg')), 'media/icon.svg, the source of the icon');
  });

  it('reads PNG sizes, and refuses what is not a PNG', () => {
    const ihdr = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(ihdr);
    ihdr.writeUInt32BE(13, 8);
    ihdr.write('IHDR', 12, 'latin1');
    ihdr.writeUInt32BE(256, 16);
    ihdr.writeUInt32BE(64, 20);
    assert.deepEqual(pngSize(ihdr), { width: 256, height: 64 });
    assert.throws(() => pngSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')), /not a PNG/);
  });

  it('has the marketplace fields: publisher, licence, categories, keywords, banner, and no dead links', () => {
    assert.match(pkg.publisher, /^[a-z0-9][a-z0-9-]*$/);
    assert.equal(pkg.displayName, 'PR/FAQ Studio');
    assert.ok(pkg.description?.length > 20);
    assert.equal(pkg.license, 'MIT');
    assert.ok(existsSync(join(ROOT, 'LICENSE')));
    // No repository, issues or home page: the project has no public address yet, and a link there would be a 404.
    for (const field of ['repository', 'bugs', 'homepage']) assert.equal(pkg[field], undefined, field);
    assert.deepEqual(pkg.categories, ['Linters', 'Snippets', 'Other']);
    assert.ok(Array.isArray(pkg.keywords) && pkg.keywords.length >= 5 && pkg.keywords.length <= 30, 'between 5 and 30 keywords (the marketplace takes 30)');
    assert.match(pkg.galleryBanner?.color ?? '', /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(pkg.galleryBanner?.theme));
    assert.equal(pkg.engines.vscode, '^1.90.0');
  });

  it('activates only on Markdown and on restoring its preview, never on start-up', () => {
    assert.deepEqual([...pkg.activationEvents].sort(), ['onLanguage:markdown', 'onWebviewPanel:prfaq.preview']);
    // Commands, views and walkthrough buttons activate the extension through
    // the onCommand/onView events VS Code (1.74+) derives from `contributes`.
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
