import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { open, revertAndCloseAll, someFindings, theExtension, waitForDiagnostics } from './helpers.js';

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
});
