/**
 * The flags the extension starts the language server with (shared/
 * serverProcess.ts). Node refuses to start on a V8 flag it does not know,
 * so a flag dropped by a newer V8 would leave VS Code without a server:
 * this catches it on the Node that runs the tests (the real-editor tests
 * start the server on code-server's Node).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_EXEC_ARGV, serverEnv } from '../../shared/serverProcess.js';

const ROOT = join(__dirname, '..', '..');

describe('language server process', () => {
  it('starts Node with the server flags', () => {
    const r = spawnSync(process.execPath, [...SERVER_EXEC_ARGV, '-e', 'process.stdout.write("ok")'], { encoding: 'utf8' });
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, 'ok');
  });

  it('starts the built server with them and the compile cache variable', () => {
    const r = spawnSync(process.execPath, [...SERVER_EXEC_ARGV, join(ROOT, 'dist', 'server.js'), '--version'], {
      encoding: 'utf8',
      env: { ...process.env, ...serverEnv(join(ROOT, '.build-artifacts', 'test-compile-cache')) },
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('is started by the extension with them in run and debug mode', () => {
    const src = readFileSync(join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    assert.match(src, /run: \{[^\n]*execArgv: \[\.\.\.SERVER_EXEC_ARGV\][^\n]*env \}/);
    assert.match(src, /debug: \{[^\n]*execArgv: \[\.\.\.SERVER_EXEC_ARGV, [^\n]*env \}/);
  });
});
