/**
 * Every rule link the language server hands out — `codeDescription.href`,
 * the hover's "Rule page" link, the "Open documentation" code action —
 * opens a page that exists: by default the rule's page installed beside the
 * server (a `file:` URI), or, when the client configures
 * `initializationOptions.docsUrl`, that folder's `<id>.md`.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { DOC_URL, ROOT, tempDir, TestClient } from './harness.js';

const FLAWED = readFileSync(join(ROOT, 'examples', 'flawed.prfaq.md'), 'utf8');
const LINK = /\[Rule page: ([\w-]+)\]\(([^)\s]+)\)/g;

/** The hover's rule page links at the finding's start (findings overlapping there bring theirs too), by rule id. */
async function hoverLinks(client: TestClient, uri: string, d: Diagnostic): Promise<Map<string, string>> {
  const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: d.range.start });
  const links = new Map([...(h.contents as { value: string }).value.matchAll(LINK)].map((m) => [m[1], m[2]]));
  assert.ok(links.has(String(d.code)), `no rule page link for ${d.code} in its hover`);
  return links;
}

async function docsAction(client: TestClient, uri: string, d: Diagnostic): Promise<CodeAction> {
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  const open = actions.find((a) => a.command?.command === 'prfaq.openRuleDocs');
  assert.ok(open, `no "Open documentation" action for ${d.code}: ${actions.map((a) => a.title).join(', ')}`);
  return open;
}

describe('protocol: rule pages', function () {
  const tmp = tempDir();
  after(() => tmp.remove());

  describe('without docsUrl (the pages installed beside the server)', () => {
    let client: TestClient;
    before(async () => (client = await TestClient.start({ pull: true })));
    after(() => client.stop());

    it('links every finding, its hover and its code action to that rule\'s page, a file that exists', async () => {
      const uri = tmp.uri('flawed.prfaq.md');
      await client.open(uri, FLAWED);
      const items = await client.pullItems(uri);
      const rules = new Set(items.map((d) => d.code));
      assert.ok(rules.size >= 5, `the flawed example should trip several rules, got ${[...rules].join(', ')}`);
      for (const d of items) {
        const href = d.codeDescription!.href;
        assert.equal(href, `${DOC_URL}${d.code}.md`);
        assert.ok(existsSync(fileURLToPath(href)), `${href} (rule ${d.code}) does not exist`);
      }
      // One finding per rule is enough for the hover and the code action.
      for (const code of rules) {
        const d = items.find((x) => x.code === code)!;
        for (const [id, href] of await hoverLinks(client, uri, d)) assert.equal(href, `${DOC_URL}${id}.md`);
        assert.deepEqual((await docsAction(client, uri, d)).command!.arguments, [d.codeDescription!.href]);
      }
    });
  });

  describe('with initializationOptions.docsUrl', () => {
    let client: TestClient;
    before(async () => (client = await TestClient.start({ pull: true, initializationOptions: { docsUrl: 'https://wiki.example.com/prfaq/rules' } })));
    after(() => client.stop());

    it('links to <docsUrl>/<id>.md, in findings, hovers and code actions', async () => {
      const uri = tmp.uri('configured.prfaq.md');
      await client.open(uri, FLAWED);
      const items = await client.pullItems(uri);
      assert.ok(items.length > 0);
      for (const d of items) assert.equal(d.codeDescription!.href, `https://wiki.example.com/prfaq/rules/${d.code}.md`);
      const weasel = items.find((d) => d.code === 'weasel-word')!;
      for (const [id, href] of await hoverLinks(client, uri, weasel)) assert.equal(href, `https://wiki.example.com/prfaq/rules/${id}.md`);
      assert.deepEqual((await docsAction(client, uri, weasel)).command!.arguments, ['https://wiki.example.com/prfaq/rules/weasel-word.md']);
    });
  });

  describe('with a docsUrl that is not a folder URL', () => {
    let client: TestClient;
    before(async () => (client = await TestClient.start({ initializationOptions: { docsUrl: 'rules/' } })));
    after(() => client.stop());

    it('says so once and links to the installed pages', async () => {
      const told = await client.messages.wait((m) => m.message.includes('docsUrl'), 'a message about docsUrl');
      assert.equal(told.type, 2);
      assert.match(told.message, /"rules\/" is not the http\(s\) or file URL of a folder/);
      const uri = tmp.uri('rejected.prfaq.md');
      await client.open(uri, FLAWED);
      const { diagnostics } = await client.published(uri, (p) => p.diagnostics.length > 0);
      for (const d of diagnostics) assert.equal(d.codeDescription!.href, `${DOC_URL}${d.code}.md`);
    });
  });
});
