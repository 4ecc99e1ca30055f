import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import * as vscode from 'vscode';
import { open, revertAndCloseAll, someFindings, theExtension, waitForDiagnostics } from './helpers.js';

/** Is `path` inside folder `dir` (both resolved through symlinks)? */
function inside(path: string, dir: string): boolean {
  return realpathSync(path).startsWith(realpathSync(dir) + sep);
}

/** Command lines of the language servers this extension host started. */
function serverCommandLines(): string[] {
  const out = execFileSync('ps', ['-A', '-o', 'ppid=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => !!m && Number(m[1]) === process.pid && /[\\/]dist[\\/]server\.js\b/.test(m[2]))
    .map((m) => m[2]);
}

describe('activation', () => {
  after(revertAndCloseAll);

  it('is installed and waits for Markdown before activating', () => {
    const ext = theExtension();
    const markdownOpen = vscode.workspace.textDocuments.some((d) => d.languageId === 'markdown');
    if (!markdownOpen) assert.equal(ext.isActive, false, 'the extension activated before any Markdown document was opened');
  });

  it('activates on opening a .prfaq.md file and reviews it', async () => {
    const editor = await open('flawed.prfaq.md');
    assert.equal(editor.document.languageId, 'markdown');
    await waitForDiagnostics(editor.document.uri, 'the first findings', someFindings);
    assert.equal(theExtension().isActive, true);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('prfaq.restartServer'), 'command prfaq.restartServer is not registered');
  });

  it('runs from the packaged VSIX in code-server\'s extensions folder, and so does its language server', function () {
    const extensionsDir = process.env.PRFAQ_E2E_EXTENSIONS_DIR;
    // Desktop VS Code (npm run test:desktop) loads the source tree as a
    // development extension on purpose; only the code-server harness installs the VSIX.
    if (!extensionsDir) this.skip();
    const ext = theExtension();
    assert.ok(inside(ext.extensionPath, extensionsDir), `the extension runs from ${ext.extensionPath}, not from ${extensionsDir}`);
    const sourceTree = process.env.PRFAQ_E2E_SOURCE_TREE;
    assert.ok(sourceTree, 'the harness names the source tree in PRFAQ_E2E_SOURCE_TREE');
    assert.ok(!inside(ext.extensionPath, sourceTree) && realpathSync(ext.extensionPath) !== realpathSync(sourceTree), `the extension runs from the source tree (${ext.extensionPath})`);
    // Unpacked from a VSIX: its manifest is there, sources and maps are not.
    assert.ok(existsSync(join(ext.extensionPath, '.vsixmanifest')), 'no .vsixmanifest in the extension folder');
    for (const absent of ['client', 'server', 'engine', 'node_modules', 'tsconfig.json']) {
      assert.ok(!existsSync(join(ext.extensionPath, absent)), `${absent} is in the installed extension`);
    }
    assert.deepEqual(readdirSync(join(ext.extensionPath, 'dist')).sort(), ['client.js', 'server.js', 'web']);
    // The web extension's bundles, and not the review page (a download of its own).
    assert.deepEqual(readdirSync(join(ext.extensionPath, 'dist', 'web')).sort(), ['extension.js', 'server.js']);
    // The previous test opened a PR/FAQ, so the language server is running: from the same folder.
    const servers = serverCommandLines();
    assert.ok(servers.length > 0, 'no language server process is running under this extension host');
    for (const cmd of servers) {
      assert.ok(cmd.includes(join(ext.extensionPath, 'dist', 'server.js')), `the language server runs "${cmd}", not the installed dist/server.js`);
    }
  });
});
