/**
 * `prfaq/renderPreview` over stdio: the preview's HTML comes from the
 * server's renderer with the document's own configuration, and previewing
 * never disturbs the review the diagnostics show.
 */
import assert from 'node:assert/strict';
import { RenderPreviewRequest, type RenderPreviewResult } from '../../shared/protocol.js';
import { tempDir, TestClient } from './harness.js';

const DOC = '# Ferry Pay for Commuters\n\nSEATTLE, May 1, 2027 — Harbor today launched Ferry Pay. <script>alert(1)</script>\n\n## External FAQ\n\n### How much?\n\n$2 a ride.\n';

describe('protocol: prfaq/renderPreview', function () {
  const tmp = tempDir();
  let client: TestClient;
  before(async () => {
    tmp.write('.prfaqrc.json', JSON.stringify({ limits: { pressReleaseWords: 5 } }));
    client = await TestClient.start({ root: tmp.dir });
  });
  after(async () => {
    await client.stop();
    tmp.remove();
  });

  it('renders an open document, sanitised, with the project file\'s budget', async () => {
    const uri = tmp.uri('launch.prfaq.md');
    await client.open(uri, DOC);
    const r = await client.request<RenderPreviewResult>(RenderPreviewRequest.method, { textDocument: { uri } });
    assert.equal(r.uri, uri);
    assert.equal(r.version, 1);
    assert.equal(r.kind, 'prfaq');
    assert.equal(r.title, 'Ferry Pay for Commuters');
    assert.match(r.html ?? '', /<h1 data-line="0" class="pr-headline"/);
    assert.doesNotMatch(r.html ?? '', /<script/);
    assert.deepEqual(r.budget && { limit: r.budget.limit, over: r.budget.over }, { limit: 5, over: true });
    assert.equal(r.page, undefined);
  });

  it('adds the standalone page when asked, and answers null for unknown documents', async () => {
    const uri = tmp.uri('launch.prfaq.md');
    const r = await client.request<RenderPreviewResult>(RenderPreviewRequest.method, { textDocument: { uri }, standalone: true });
    assert.match(r.page ?? '', /^<!doctype html>[\s\S]*Content-Security-Policy[\s\S]*<body class="prfaq-standalone">/);
    assert.equal((r.page!.match(/<script/g) ?? []).length, 0);
    assert.equal(await client.request(RenderPreviewRequest.method, { textDocument: { uri: tmp.uri('nope.md') } }), null);
    assert.equal(await client.request(RenderPreviewRequest.method, {}), null);
    assert.ok(client.alive);
  });
});
