/**
 * The server's side of the writer's cockpit: the extended
 * `prfaq/documentModel` (word counts, questions answered or not, sections,
 * budgets) and the manual run mode with `prfaq/reviewDocument`.
 */
import assert from 'node:assert/strict';
import { DocumentModelRequest, PlanEditRequest, ReviewDocumentRequest, type DocumentModelResult, type PlanEditResult } from '../../shared/protocol.js';
import { LineIndex } from '../../engine/model/lines.js';
import { review } from '../../engine/review.js';
import { prfaqScaffold } from '../../engine/scaffold/prfaq.js';
import { ensureBuilt, tempDir, TestClient } from './harness.js';

const FLAWED = '# Kiln\n\nSEATTLE, WA — May 1, 2027 — Kiln today launched a very fast kiln.\n\n## External FAQ\n\n### What does it cost?\n\nTBD\n';

describe('protocol: cockpit', function () {
  const tmp = tempDir();
  before(() => ensureBuilt());
  after(() => tmp.remove());

  describe('prfaq/documentModel', () => {
    let client: TestClient;
    before(async () => (client = await TestClient.start({ pull: true, settings: () => ({ limits: { pressReleaseWords: 400 } }) })));
    after(() => client.stop());

    it('gives parts with word counts, questions with their answered state, sections and budgets', async () => {
      const uri = tmp.uri('cockpit.prfaq.md');
      await client.open(uri, prfaqScaffold({ product: 'Kiln', customer: 'potters in Seattle' }));
      const m = await client.request<DocumentModelResult>(DocumentModelRequest.method, { textDocument: { uri } });
      assert.equal(m.kind, 'prfaq');
      assert.equal(m.parts.length, 9);
      assert.ok(m.parts.every((p) => p.words > 0 && p.headed === false));
      assert.deepEqual(m.faqs.map((f) => [f.id, f.depth]), [['external-faq', 2], ['internal-faq', 2]]);
      assert.equal(m.questions.length, 11);
      assert.deepEqual(m.questions.filter((q) => q.answered).map((q) => q.text), ['Who exactly is the customer, and how many are there?']);
      assert.deepEqual(m.budgets.map((b) => [b.id, b.limit]), [['press-release', 400], ['faq', 2500]], 'limits from the settings');
      assert.ok(m.pressRelease && m.pressRelease.words === m.budgets[0].words);
      assert.deepEqual(m.sections.map((s) => s.depth), [1, 2, 2, 2]);
      assert.deepEqual(m.bodyStart, { line: 0, character: 0 });
      assert.equal(m.appendix, null);
    });

    it('answers with empty lists for a document that is not reviewed', async () => {
      const uri = tmp.uri('README.md');
      await client.open(uri, '# Tool\n\nInstall it.\n');
      const m = await client.request<DocumentModelResult>(DocumentModelRequest.method, { textDocument: { uri } });
      assert.equal(m.kind, null);
      assert.deepEqual([m.parts, m.questions, m.sections, m.budgets], [[], [], [], []]);
    });
  });

  describe('prfaq/planEdit', () => {
    let client: TestClient;
    before(async () => (client = await TestClient.start({ pull: true })));
    after(() => client.stop());

    /** The text with the planned inserts applied (positions are in the text before the edit). */
    const applyInserts = (text: string, plan: PlanEditResult) => {
      const lines = new LineIndex(text);
      return [...plan.inserts].map((p) => ({ at: lines.offsetAt(p.position), text: p.text })).sort((a, b) => b.at - a.at).reduce((t, p) => t.slice(0, p.at) + p.text + t.slice(p.at), text);
    };
    const structural = (text: string, path: string) =>
      review(text, { path }).diagnostics.filter((d) => d.code === 'missing-section' || d.code === 'missing-faq').map((d) => `${d.code}:${(d.data as { section: string }).section}`);

    it('plans every missing part and FAQ in place; applied, nothing is missing any more', async () => {
      const uri = tmp.uri('plan.prfaq.md');
      const text = FLAWED.replace(/\n/g, '\r\n');
      await client.open(uri, text);
      const plan = await client.request<PlanEditResult>(PlanEditRequest.method, { textDocument: { uri }, edit: { kind: 'missing-sections' } });
      assert.equal(plan.kind, 'prfaq');
      assert.ok(plan.inserts.length > 0 && plan.snippet === null);
      assert.ok(plan.inserts.every((p) => !/(?<!\r)\n/.test(p.text)), 'the document\'s CRLF line endings');
      assert.ok(structural(text, 'plan.prfaq.md').length > 0);
      assert.deepEqual(structural(applyInserts(text, plan), 'plan.prfaq.md'), []);
    });

    it('plans a question at the end of its FAQ in the FAQ\'s own form, or creates the FAQ', async () => {
      const uri = tmp.uri('question.prfaq.md');
      await client.open(uri, FLAWED);
      const external = await client.request<PlanEditResult>(PlanEditRequest.method, { textDocument: { uri }, edit: { kind: 'question', faq: 'external-faq' } });
      assert.deepEqual(external.snippet && { ...external.snippet, text: external.snippet.text.split('\n')[2] }, { position: { line: 8, character: 3 }, text: '### ${1:What would a reader ask?}', createdFaq: false });
      const internal = await client.request<PlanEditResult>(PlanEditRequest.method, { textDocument: { uri }, edit: { kind: 'question', faq: 'internal-faq' } });
      assert.equal(internal.snippet?.createdFaq, true);
      assert.match(internal.snippet!.text, /## Internal FAQ\n\n### \$\{1:/);
    });

    it('says why for a document that is not reviewed, and plans nothing', async () => {
      const uri = tmp.uri('README.md');
      await client.open(uri, '# Tool\n\nInstall it.\n');
      const plan = await client.request<PlanEditResult>(PlanEditRequest.method, { textDocument: { uri }, edit: { kind: 'missing-sections' } });
      assert.equal(plan.kind, null);
      assert.ok(plan.kindReason.length > 0);
      assert.deepEqual([plan.inserts, plan.snippet], [[], null]);
    });
  });

  describe('manual run mode', () => {
    it('pull: shows nothing until asked, then the review, which stays until asked again', async () => {
      const client = await TestClient.start({ pull: true, settings: () => ({ run: 'manual' }) });
      try {
        const uri = tmp.uri('manual-pull.prfaq.md');
        await client.open(uri, FLAWED);
        assert.deepEqual(await client.pullItems(uri), []);
        // Asking for the model (the structure view does, as the writer types) shows nothing either.
        await client.request(DocumentModelRequest.method, { textDocument: { uri } });
        assert.deepEqual(await client.pullItems(uri), []);

        const refreshed = client.refreshes.seen.length;
        const r = await client.request<{ findings: number }>(ReviewDocumentRequest.method, { textDocument: { uri } });
        assert.ok(r.findings > 0);
        await client.refreshes.wait(() => true, 'a diagnostic refresh', undefined, refreshed);
        const items = await client.pullItems(uri);
        assert.equal(items.length, r.findings);
        assert.ok(items.some((d) => d.code === 'weasel-word'));

        // Typing does not change what is shown…
        await client.change(uri, 2, [{ text: FLAWED.replace('very fast', 'fast') }]);
        assert.ok((await client.pullItems(uri)).some((d) => d.code === 'weasel-word'));
        // …until the writer asks again.
        await client.request(ReviewDocumentRequest.method, { textDocument: { uri } });
        assert.ok(!(await client.pullItems(uri)).some((d) => d.code === 'weasel-word'));
      } finally {
        await client.stop();
      }
    });

    it('push: publishes nothing on open, and the review when asked', async () => {
      const client = await TestClient.start({ settings: () => ({ run: 'manual' }) });
      try {
        const uri = tmp.uri('manual-push.prfaq.md');
        await client.open(uri, FLAWED);
        const first = await client.published(uri);
        assert.deepEqual(first.diagnostics, []);
        const from = client.diagnostics.seen.length;
        const r = await client.request<{ findings: number }>(ReviewDocumentRequest.method, { textDocument: { uri } });
        const shown = await client.published(uri, (p) => p.diagnostics.length > 0, undefined, from);
        assert.equal(shown.diagnostics.length, r.findings);
      } finally {
        await client.stop();
      }
    });

    it('onSave with pull: typing and model requests do not change the findings before a save', async () => {
      const client = await TestClient.start({ pull: true, settings: () => ({ run: 'onSave' }) });
      try {
        const uri = tmp.uri('onsave.prfaq.md');
        await client.open(uri, FLAWED);
        assert.ok((await client.pullItems(uri)).some((d) => d.code === 'weasel-word'));
        await client.change(uri, 2, [{ text: FLAWED.replace('very fast', 'fast') }]);
        await client.request(DocumentModelRequest.method, { textDocument: { uri } });
        assert.ok((await client.pullItems(uri)).some((d) => d.code === 'weasel-word'), 'still the review of the last save');
        await client.save(uri);
        assert.ok(!(await client.pullItems(uri)).some((d) => d.code === 'weasel-word'));
      } finally {
        await client.stop();
      }
    });

    it('answers null for a document it does not have', async () => {
      const client = await TestClient.start({ pull: true });
      try {
        assert.equal(await client.request(ReviewDocumentRequest.method, { textDocument: { uri: tmp.uri('nope.md') } }), null);
      } finally {
        await client.stop();
      }
    });
  });
});
