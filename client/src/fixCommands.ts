/**
 * Client-side commands that the server's code actions carry (ids in
 * shared/protocol.ts): select a range after a fix (the placeholder to type
 * over, or a placeholder answer to replace), and open a rule's page.
 */
import * as vscode from 'vscode';
import { OPEN_RULE_DOCS_COMMAND, SELECT_RANGE_COMMAND } from '../../shared/protocol';
import { openRuleDocs } from './rulePages';

type LspRange = { start: { line: number; character: number }; end: { line: number; character: number } };

export function registerFixCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(SELECT_RANGE_COMMAND, async (uri: string, range: LspRange) => {
      const target = vscode.Uri.parse(uri);
      const editor =
        vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString()) ??
        (await vscode.window.showTextDocument(target));
      const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
      editor.selection = new vscode.Selection(r.start, r.end);
      editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    // Also what every rule link in the editor runs (client/src/ruleLinks.ts).
    vscode.commands.registerCommand(OPEN_RULE_DOCS_COMMAND, openRuleDocs(context.extensionUri)),
  );
}
