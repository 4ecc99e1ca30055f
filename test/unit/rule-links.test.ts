/**
 * Where rule links point: the engine's one builder (`ruleDocsUrl`), the
 * shells' base (the installed `docs/rules/`, or a configured URL), and the
 * editor's command links (client/src/ruleLinks.ts). Every link built for a
 * registered rule leads to a page that exists.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ruleIdOf, ruleLink, withRuleLinks } from '../../client/src/ruleLinks.js';
import { RULE_DOCS_FOLDER, ruleDocsUrl } from '../../engine/diagnostic.js';
import { ruleHover } from '../../engine/explain/hover.js';
import { review } from '../../engine/review.js';
import { RULE_IDS } from '../../engine/rules/registry.js';
import { installedDocsBase, installedDocsFolder, parseDocsUrl } from '../../shared/rulePages.js';

const ROOT = join(__dirname, '..', '..');

describe('rule links', () => {
  it('ruleDocsUrl appends <id>.md to the folder, with or without its final slash', () => {
    assert.equal(ruleDocsUrl('weasel-word', 'https://wiki.example.com/rules/'), 'https://wiki.example.com/rules/weasel-word.md');
    assert.equal(ruleDocsUrl('weasel-word', 'https://wiki.example.com/rules'), 'https://wiki.example.com/rules/weasel-word.md');
    assert.equal(ruleDocsUrl('weasel-word'), `${RULE_DOCS_FOLDER}weasel-word.md`);
    assert.equal(RULE_DOCS_FOLDER, 'docs/rules/');
  });

  it('the installed base is the package\'s docs/rules folder, and every rule has its page there', () => {
    assert.equal(installedDocsFolder(), join(ROOT, 'docs', 'rules'));
    // The bundles run from dist/, one level below the package root, like shared/.
    assert.equal(installedDocsFolder(join(ROOT, 'dist')), join(ROOT, 'docs', 'rules'));
    assert.equal(installedDocsBase(), pathToFileURL(join(ROOT, 'docs', 'rules') + sep).href);
    for (const id of RULE_IDS) assert.ok(existsSync(fileURLToPath(ruleDocsUrl(id, installedDocsBase()))), `no page for ${id}`);
  });

  it('review() and the hover use the base they are given', () => {
    const base = installedDocsBase();
    const { diagnostics } = review('---\nkind: prfaq\n---\n# Hello\n\nIt is very fast.\n', { only: ['weasel-word'], docsBase: base });
    assert.equal(diagnostics[0].codeDescription.href, `${base}weasel-word.md`);
    assert.ok(ruleHover('weasel-word', base)!.includes(`[Rule page: weasel-word](${base}weasel-word.md)`));
  });

  it('a configured base must be an absolute http(s) or file URL without query or fragment', () => {
    assert.equal(parseDocsUrl('https://wiki.example.com/prfaq/rules'), 'https://wiki.example.com/prfaq/rules/');
    assert.equal(parseDocsUrl(' http://intranet/rules/ '), 'http://intranet/rules/');
    assert.equal(parseDocsUrl('file:///opt/prfaq/rules'), 'file:///opt/prfaq/rules/');
    for (const bad of ['docs/rules', '/opt/prfaq/rules', 'javascript:alert(1)//', 'command:prfaq.openRuleDocs', 'https://x.example/rules?page=', 'https://x.example/rules#top', '']) {
      assert.equal(parseDocsUrl(bad), null, bad);
    }
  });

  it('the editor\'s command link names the rule, and every link form leads back to it', () => {
    assert.equal(ruleLink('weasel-word'), 'command:prfaq.openRuleDocs?%5B%22weasel-word%22%5D');
    for (const id of RULE_IDS) {
      assert.equal(ruleIdOf(id), id);
      assert.equal(ruleIdOf(ruleLink(id)), id);
      assert.equal(ruleIdOf(ruleDocsUrl(id, installedDocsBase())), id);
      assert.equal(ruleIdOf(ruleDocsUrl(id, 'https://wiki.example.com/rules/')), id);
    }
    for (const bad of ['https://example.com/', 'file:///x/README', 'Weasel Word', 'command:prfaq.openRuleDocs?%5B1%5D', 'command:prfaq.openRuleDocs?not-json', '../evil.md/']) {
      assert.equal(ruleIdOf(bad), null, bad);
    }
  });

  it('points the hover\'s rule page link at the command, and leaves other links alone', () => {
    const hover = ruleHover('weasel-word', installedDocsBase())!;
    const rewritten = withRuleLinks(`${hover}\n\n[elsewhere](https://example.com/)`);
    assert.ok(rewritten.includes(`[Rule page: weasel-word](${ruleLink('weasel-word')})`), rewritten);
    assert.ok(!rewritten.includes(installedDocsBase()));
    assert.ok(rewritten.includes('[elsewhere](https://example.com/)'));
  });
});
