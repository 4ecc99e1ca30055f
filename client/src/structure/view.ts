/**
 * The "PR/FAQ Structure" view in the Explorer, shown while a PR/FAQ or a
 * narrative is active (`when: prfaq.documentKind`). Its nodes come from
 * tree.ts; a click reveals the place in the editor.
 */
import * as vscode from 'vscode';
import type { LspRange } from '../../../shared/protocol';
import type { ActiveModel } from '../model/activeModel';
import { buildStructure, type NodeState, type StructureNode } from './tree';

export const VIEW_ID = 'prfaq.structure';
export const REVEAL_COMMAND = 'prfaq.structure.reveal';

const ICONS: Record<NodeState, vscode.ThemeIcon> = {
  group: new vscode.ThemeIcon('book'),
  'over-budget': new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  present: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  missing: new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('list.warningForeground')),
  answered: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  unanswered: new vscode.ThemeIcon('question', new vscode.ThemeColor('list.warningForeground')),
  section: new vscode.ThemeIcon('symbol-text'),
};

class StructureProvider implements vscode.TreeDataProvider<StructureNode> {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;
  nodes: StructureNode[] = [];
  uri: vscode.Uri | undefined;

  set(nodes: StructureNode[], uri: vscode.Uri | undefined): void {
    this.nodes = nodes;
    this.uri = uri;
    this.emitter.fire();
  }

  getChildren(node?: StructureNode): StructureNode[] {
    return node ? node.children : this.nodes;
  }

  getTreeItem(node: StructureNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, node.children.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = `${this.uri?.toString() ?? ''}#${node.id}`;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = ICONS[node.state];
    item.contextValue = node.state;
    if (node.range && this.uri) item.command = { command: REVEAL_COMMAND, title: 'Reveal', arguments: [this.uri, node.range] };
    return item;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

export interface StructureView extends vscode.Disposable {
  /** What the view shows now (for tests and other commands). */
  readonly nodes: StructureNode[];
}

export function createStructureView(active: ActiveModel): StructureView {
  const provider = new StructureProvider();
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const update = () => {
    const { document, model } = active.current;
    provider.set(buildStructure(model), document?.uri);
    const kind = model?.kind === 'prfaq' ? 'PR/FAQ' : model?.kind === 'narrative' ? 'narrative' : undefined;
    view.description = kind && document ? `${kind} · ${vscode.workspace.asRelativePath(document.uri)}` : undefined;
  };
  const subs = [
    provider,
    view,
    active.onDidChange(update),
    vscode.commands.registerCommand(REVEAL_COMMAND, reveal),
  ];
  update();
  return {
    get nodes() {
      return provider.nodes;
    },
    dispose: () => subs.forEach((s) => s.dispose()),
  };
}

async function reveal(uri: vscode.Uri, range: LspRange): Promise<void> {
  const at = new vscode.Position(range.start.line, range.start.character);
  const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const document = shown?.document ?? (await vscode.workspace.openTextDocument(uri));
  const editor = await vscode.window.showTextDocument(document, { viewColumn: shown?.viewColumn, preserveFocus: false, preview: false });
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
