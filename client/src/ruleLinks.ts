/**
 * Rule links as VS Code shows them. The language server links each finding
 * to its page as a `file:` URI into its own package — in VS Code, the
 * installed extension's `docs/rules/<id>.md`. Followed as it is, that link
 * opens the page's Markdown source in an editor where a stray keystroke
 * edits the installed extension. So every rule link the extension shows (the
 * Problems panel's code link, the hover, the review summary) becomes
 * `command:prfaq.openRuleDocs?["<id>"]`, and the command shows the
 * page shipped in the VSIX as a rendered Markdown preview: no network, the
 * same in desktop VS Code and in a remote or browser workbench.
 *
 * Pure: no `vscode` import, so the unit tests can check it.
 */
import { OPEN_RULE_DOCS_COMMAND } from '../../shared/protocol';

/** A rule id as page names spell it: lower-case words joined by hyphens. */
const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The command link that opens rule `id`'s page. */
export function ruleLink(id: string): string {
  return `command:${OPEN_RULE_DOCS_COMMAND}?${encodeURIComponent(JSON.stringify([id]))}`;
}

/**
 * The rule a link stands for: a bare rule id, or a link to a page named
 * `<id>.md` (the server's `file:` URI, a configured URL, this extension's
 * own command link). Null for anything else.
 */
export function ruleIdOf(target: string): string | null {
  if (RULE_ID.test(target)) return target;
  const command = `command:${OPEN_RULE_DOCS_COMMAND}?`;
  if (target.startsWith(command)) {
    try {
      const [id] = JSON.parse(decodeURIComponent(target.slice(command.length))) as unknown[];
      return typeof id === 'string' && RULE_ID.test(id) ? id : null;
    } catch {
      return null;
    }
  }
  const m = /\/([^/?#]+)\.md(?:[?#].*)?$/.exec(target);
  if (!m) return null;
  let name: string;
  try {
    name = decodeURIComponent(m[1]);
  } catch {
    return null;
  }
  return RULE_ID.test(name) ? name : null;
}

/** The hover's "[Rule page: id](href)" links, pointed at the command instead. */
export function withRuleLinks(markdown: string): string {
  return markdown.replace(/\[Rule page: ([a-z0-9-]+)\]\([^)\s]*\)/g, (whole, id: string) => (RULE_ID.test(id) ? `[Rule page: ${id}](${ruleLink(id)})` : whole));
}
