/**
 * Rule pages inside VS Code: the `prfaq.openRuleDocs` command, and the
 * client middleware that points every rule link the editor shows at it
 * (why: client/src/ruleLinks.ts).
 *
 * The command opens `docs/rules/<id>.md` from the installed extension
 * (`context.extensionUri`, which is where the extension host reads it, local
 * or remote) as a Markdown preview beside the draft.
 */
import * as vscode from 'vscode';
import { uriExists } from './uriExists';
import type { Middleware } from 'vscode-languageclient';
import { OPEN_RULE_DOCS_COMMAND } from '../../shared/protocol';
import { ruleIdOf, ruleLink, withRuleLinks } from './ruleLinks';

const SOURCE = 'prfaq';

/** The page of rule `id` shipped in the extension. */
export function rulePage(extensionUri: vscode.Uri, id: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${id}.md`);
}

/** The rule ids that have a page in the extension, for the picker. */
async function shippedRules(extensionUri: vscode.Uri): Promise<string[]> {
  const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(extensionUri, 'docs', 'rules'));
  return entries
    .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md'))
    .map(([name]) => name.slice(0, -3))
    .sort();
}

/**
 * `prfaq.openRuleDocs(target?)`: `target` is a rule id, or a link to a page
 * (the server's `codeDescription.href` that the "Open documentation" quick
 * fix passes); without one (the command palette) a picker asks which rule.
 * Resolves with the page opened, or undefined.
 */
export function openRuleDocs(extensionUri: vscode.Uri) {
  return async (target?: unknown): Promise<vscode.Uri | undefined> => {
    const text = target instanceof vscode.Uri ? target.toString() : typeof target === 'string' ? target : undefined;
    let id = text === undefined ? undefined : ruleIdOf(text);
    if (text === undefined) id = await vscode.window.showQuickPick(shippedRules(extensionUri), { placeHolder: 'Which rule?' });
    if (!id) {
      if (text !== undefined) void vscode.window.showWarningMessage(`PR/FAQ Studio has no rule page for "${text}".`);
      return undefined;
    }
    const page = rulePage(extensionUri, id);
    if (!(await uriExists(page))) {
      // Not a rule this version ships (a newer server's, say): a web page may still have it.
      if (text && /^https?:/i.test(text)) {
        await vscode.env.openExternal(vscode.Uri.parse(text));
        return undefined;
      }
      void vscode.window.showWarningMessage(`PR/FAQ Studio has no page for the rule "${id}".`);
      return undefined;
    }
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', page);
    } catch {
      // The built-in Markdown extension is disabled: the page's text then.
      await vscode.window.showTextDocument(page, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }
    return page;
  };
}

/** The finding's code link, pointed at the command (other sources' findings are left alone). */
function linked(d: vscode.Diagnostic): vscode.Diagnostic {
  if (d.source !== SOURCE || typeof d.code !== 'object' || d.code === null) return d;
  const id = ruleIdOf(d.code.target.toString()) ?? ruleIdOf(String(d.code.value));
  if (id) d.code = { value: d.code.value, target: vscode.Uri.parse(ruleLink(id)) };
  return d;
}

/**
 * The middleware that makes the Problems panel's code link and the hover's
 * "Rule page" link open the page. The hover's Markdown is trusted for this
 * one command only, so nothing else in it can run a command.
 */
export const ruleLinkMiddleware: Pick<Middleware, 'handleDiagnostics' | 'provideHover'> = {
  handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map(linked)),
  provideHover: async (document, position, token, next) => {
    const hover = await next(document, position, token);
    if (!hover) return hover;
    const contents = hover.contents.map((c) => {
      const value = typeof c === 'string' ? c : c.value;
      const rewritten = withRuleLinks(value);
      if (rewritten === value) return c;
      const md = new vscode.MarkdownString(rewritten);
      md.isTrusted = { enabledCommands: [OPEN_RULE_DOCS_COMMAND] };
      return md;
    });
    return new vscode.Hover(contents, hover.range);
  },
};

/** Points the code links of a pulled report at the command (pulls go through pullMiddleware.ts first). */
export function linkPulledReport<T>(report: T): T {
  const items = (report as { items?: vscode.Diagnostic[] } | null | undefined)?.items;
  if (Array.isArray(items)) items.forEach(linked);
  return report;
}
