/**
 * The server's surface and its robustness: capabilities, the transports on
 * the command line, the custom document-model request, and input that must
 * not crash or hang it.
 */
import assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-languageserver-protocol/node';
import { DocumentModelRequest, type DocumentModelResult } from '../../shared/protocol.js';
import { ensureBuilt, only, SERVER, tempDir, TestClient, withTimeout } from './harness.js';

const DOC = '# Hello\n\nIt is very fast and seamless.\n';

/** Code actions, hover, outline, folding, completion, code lens (test/protocol/features.test.ts). */
const EDITING_FEATURES = {
  codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.prfaq'] },
  hoverProvider: true,
  documentSymbolProvider: { label: 'PR/FAQ' },
  foldingRangeProvider: true,
  completionProvider: { triggerCharacters: ['#', ':', ' '] },
  codeLensProvider: { resolveProvider: false },
};

describe('protocol: server', function () {
  const tmp = tempDir();
  after(() => tmp.remove());

  it('refuses to start without a transport', () => {
    ensureBuilt();
    const r = spawnSync(process.execPath, [SERVER], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--stdio/);
  });

  it('speaks LSP over Node IPC (--node-ipc), as VS Code starts it', async () => {
    ensureBuilt();
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const conn = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    conn.listen();
    try {
      const result = await withTimeout(conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} }), 'initialize over IPC');
      assert.equal((result as { serverInfo: { name: string } }).serverInfo.name, 'prfaq-language-server');
      await withTimeout(conn.sendRequest('shutdown'), 'shutdown');
      const exited = new Promise((res) => child.once('exit', res));
      await conn.sendNotification('exit');
      await withTimeout(exited, 'exit');
    } finally {
      conn.dispose();
      if (child.exitCode === null) child.kill();
    }
  });

  describe('initialize', () => {
    it('offers pull diagnostics to a client that declares them', async () => {
      const client = await TestClient.start({ pull: true });
      try {
        assert.deepEqual(client.initializeResult, {
          capabilities: {
            textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
            ...EDITING_FEATURES,
            diagnosticProvider: { identifier: 'prfaq', interFileDependencies: false, workspaceDiagnostics: false },
          },
          serverInfo: { name: 'prfaq-language-server', version: '0.1.0' },
        });
      } finally {
        await client.stop();
      }
    });

    it('offers no diagnostic provider to a push client', async () => {
      const client = await TestClient.start();
      try {
        assert.deepEqual(client.initializeResult.capabilities, {
          textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
          ...EDITING_FEATURES,
        });
      } finally {
        await client.stop();
      }
    });
  });

  describe('requests it cannot or need not answer', () => {
    let client: TestClient;
    before(async () => (client = await TestClient.start({ pull: true })));
    after(() => client.stop());

    it('answers a pull for an unknown document with no findings', async () => {
      assert.deepEqual(await client.pull(tmp.uri('never-opened.prfaq.md')), { kind: 'full', items: [] });
    });

    it('survives changes to unknown documents and out-of-range edits', async () => {
      await client.change(tmp.uri('ghost.prfaq.md'), 2, [{ text: 'hello' }]);
      const uri = tmp.uri('range.prfaq.md');
      await client.open(uri, DOC);
      // A range far past the end is clamped by the document, not fatal.
      await client.change(uri, 2, [{ range: { start: { line: 99, character: 5 }, end: { line: 120, character: 0 } }, text: '\nIt is seamless.\n' }]);
      const items = only('weasel-word', await client.pullItems(uri));
      assert.deepEqual(items.map((d) => d.data?.word), ['very', 'seamless', 'seamless']);
      await assert.rejects(client.request('prfaq/noSuchRequest', {}), /Unhandled method|not found/i);
      assert.deepEqual(await client.pull(uri).then((r) => r.kind), 'full');
      assert.ok(client.alive);
    });

    it('answers malformed diagnostic params without crashing', async () => {
      assert.deepEqual(await client.request('textDocument/diagnostic', {}), { kind: 'full', items: [] });
      assert.deepEqual(await client.request(DocumentModelRequest.method, {}), null);
      assert.ok(client.alive);
    });
  });

  describe('prfaq/documentModel', () => {
    let client: TestClient;
    before(async () => (client = await TestClient.start()));
    after(() => client.stop());

    it('returns the kind and parts of an open document', async () => {
      const uri = tmp.uri('model.prfaq.md');
      await client.open(uri, DOC);
      const model = await client.request<DocumentModelResult>(DocumentModelRequest.method, { textDocument: { uri } });
      assert.equal(model.uri, uri);
      assert.equal(model.version, 1);
      assert.equal(model.kind, 'prfaq');
      assert.equal(model.kindReason, 'file name');
      assert.ok(Array.isArray(model.parts) && Array.isArray(model.faqs));
    });

    it('returns kind null for a README and null for unknown documents', async () => {
      const uri = tmp.uri('README.md');
      await client.open(uri, '# tool\n\nInstall it.\n');
      const model = await client.request<DocumentModelResult>(DocumentModelRequest.method, { textDocument: { uri } });
      assert.equal(model.kind, null);
      assert.equal(await client.request(DocumentModelRequest.method, { textDocument: { uri: tmp.uri('nope.md') } }), null);
    });
  });
});
