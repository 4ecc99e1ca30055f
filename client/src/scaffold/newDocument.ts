/**
 * "PR/FAQ: New PR/FAQ…" and "PR/FAQ: New Narrative…": a short guided flow
 * (input boxes, then where to put the file). Esc at any step cancels and
 * nothing is created; an existing file is never replaced without asking.
 * Scripts and tests may pass the answers and the place as an argument.
 */
import * as vscode from 'vscode';
import { uriExists } from '../uriExists';
import { narrativeScaffold, type NarrativeFacts } from '../../../engine/scaffold/narrative';
import { fileNameFor, prfaqScaffold, type Facts } from '../../../engine/scaffold/prfaq';

type Kind = 'prfaq' | 'narrative';

interface Question<K extends string> {
  key: K;
  prompt: string;
  placeHolder: string;
  required?: boolean;
}

const PRFAQ_QUESTIONS: Array<Question<keyof Facts>> = [
  { key: 'product', prompt: 'The product\'s name, as customers will know it', placeHolder: 'e.g. Lantern Bookings', required: true },
  { key: 'customer', prompt: 'The specific customer: who, where, how many — not "users" (Enter to leave a placeholder)', placeHolder: 'e.g. independent bike shop owners in Oregon' },
  { key: 'problem', prompt: 'Their problem, as they would say it (Enter to leave a placeholder)', placeHolder: 'e.g. lose repair bookings when the phone rings while they work' },
  { key: 'city', prompt: 'The dateline city (Enter to leave a placeholder)', placeHolder: 'e.g. Portland, OR' },
  { key: 'date', prompt: 'The launch date (Enter to leave a placeholder)', placeHolder: 'e.g. April 6, 2027' },
];

const NARRATIVE_QUESTIONS: Array<Question<keyof NarrativeFacts>> = [
  { key: 'title', prompt: 'The narrative\'s title: the decision and the customer', placeHolder: 'e.g. A guided closing plan for first-time home buyers', required: true },
  { key: 'customer', prompt: 'The specific customer (Enter to leave a placeholder)', placeHolder: 'e.g. first-time home buyers in Ohio and Michigan' },
  { key: 'problem', prompt: 'Their problem, as they would say it (Enter to leave a placeholder)', placeHolder: 'e.g. miss closing deadlines because nobody tells them the next step' },
  { key: 'ask', prompt: 'The decision you ask the readers for (Enter to leave a placeholder)', placeHolder: 'e.g. fund four engineers and a designer from July to December' },
];

/** Where the new document goes: a folder, or an untitled editor. */
export type Target = { folder: vscode.Uri } | 'untitled';

export interface NewDocumentArgs {
  answers?: Record<string, string>;
  target?: Target | { folder: string };
  /** What to do when the file exists (asked when not given). */
  ifExists?: 'replace' | 'keepBoth' | 'cancel';
}

async function ask<K extends string>(title: string, questions: Array<Question<K>>): Promise<Record<K, string> | undefined> {
  const answers = {} as Record<K, string>;
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i];
    const value = await vscode.window.showInputBox({
      title: `${title} (${i + 1}/${questions.length + 1})`,
      prompt: q.prompt,
      placeHolder: q.placeHolder,
      ignoreFocusOut: true,
      validateInput: q.required ? (v) => (v.trim() ? undefined : 'A name is needed for the file and the headline.') : undefined,
    });
    if (value === undefined) return undefined; // Esc
    answers[q.key] = value.trim();
  }
  return answers;
}

async function pickTarget(title: string, step: string, fileName: string): Promise<Target | undefined> {
  type Item = vscode.QuickPickItem & { target?: Target; choose?: boolean };
  const items: Item[] = [];
  const active = vscode.window.activeTextEditor?.document.uri;
  const seen = new Set<string>();
  // Any saved document's folder (file:, or a remote or virtual one in the browser).
  if (active && active.scheme !== 'untitled') {
    const folder = vscode.Uri.joinPath(active, '..');
    const root = vscode.workspace.workspaceFolders?.find((f) => f.uri.toString() === folder.toString());
    seen.add(folder.toString());
    items.push({
      label: root ? `$(root-folder) ${root.name}` : `$(folder) ${vscode.workspace.asRelativePath(folder, true)}`,
      description: `next to ${active.path.split('/').pop()}`,
      target: { folder },
    });
  }
  for (const f of vscode.workspace.workspaceFolders ?? []) {
    if (seen.has(f.uri.toString())) continue;
    seen.add(f.uri.toString());
    items.push({ label: `$(root-folder) ${f.name}`, description: 'workspace folder', target: { folder: f.uri } });
  }
  items.push({ label: '$(folder-opened) Choose a folder…', choose: true });
  items.push({ label: '$(new-file) Untitled document', description: 'save it later', target: 'untitled' });
  const picked = await vscode.window.showQuickPick(items, { title: `${title} (${step})`, placeHolder: `Where should ${fileName} go?`, ignoreFocusOut: true });
  if (!picked) return undefined;
  if (!picked.choose) return picked.target;
  const chosen = await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, canSelectMany: false, openLabel: 'Create here' });
  return chosen?.[0] ? { folder: chosen[0] } : undefined;
}

/** A free name beside `uri`: `name-2.prfaq.md`, `name-3.prfaq.md`, … */
async function freeName(uri: vscode.Uri): Promise<vscode.Uri> {
  const m = /^(.*?)(\.(?:prfaq|narrative)\.md)$/.exec(uri.path) ?? [uri.path, uri.path.replace(/\.md$/, ''), '.md'];
  for (let i = 2; ; i++) {
    const next = uri.with({ path: `${m[1]}-${i}${m[2]}` });
    if (!(await uriExists(next))) return next;
  }
}

async function create(kind: Kind, content: string, name: string, target: Target, ifExists?: NewDocumentArgs['ifExists']): Promise<vscode.Uri | undefined> {
  if (target === 'untitled') {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(doc, { preview: false });
    return doc.uri;
  }
  let uri = vscode.Uri.joinPath(target.folder, fileNameFor(name, kind));
  if (await uriExists(uri)) {
    let choice = ifExists;
    if (!choice) {
      const replace = 'Replace';
      const keepBoth = 'Keep Both';
      const answer = await vscode.window.showWarningMessage(
        `${uri.path.split('/').pop()} already exists in ${vscode.workspace.asRelativePath(target.folder, true)}.`,
        { modal: true, detail: 'Replace it with the new document, or keep both under a new name?' },
        replace,
        keepBoth,
      );
      choice = answer === replace ? 'replace' : answer === keepBoth ? 'keepBoth' : 'cancel';
    }
    if (choice === 'cancel') return undefined;
    if (choice === 'keepBoth') uri = await freeName(uri);
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  // Start where the writing starts: the first placeholder.
  const first = doc.getText().indexOf('[TK:');
  if (first >= 0) {
    const at = doc.positionAt(first);
    editor.selection = new vscode.Selection(at, doc.positionAt(doc.getText().indexOf(']', first) + 1));
  }
  return uri;
}

function normaliseTarget(t: NewDocumentArgs['target']): Target | undefined {
  if (!t) return undefined;
  if (t === 'untitled') return t;
  return { folder: typeof t.folder === 'string' ? vscode.Uri.parse(t.folder) : t.folder };
}

export function newPrfaq() {
  return async (args?: NewDocumentArgs): Promise<vscode.Uri | undefined> => {
    const title = 'New PR/FAQ';
    const answers = args?.answers ?? (await ask(title, PRFAQ_QUESTIONS));
    if (!answers) return undefined;
    const name = answers.product?.trim() || 'untitled';
    const target = normaliseTarget(args?.target) ?? (await pickTarget(title, `${PRFAQ_QUESTIONS.length + 1}/${PRFAQ_QUESTIONS.length + 1}`, fileNameFor(name, 'prfaq')));
    if (!target) return undefined;
    return create('prfaq', prfaqScaffold(answers), name, target, args?.ifExists);
  };
}

export function newNarrative() {
  return async (args?: NewDocumentArgs): Promise<vscode.Uri | undefined> => {
    const title = 'New Narrative';
    const answers = args?.answers ?? (await ask(title, NARRATIVE_QUESTIONS));
    if (!answers) return undefined;
    const name = answers.title?.trim() || 'untitled';
    const target = normaliseTarget(args?.target) ?? (await pickTarget(title, `${NARRATIVE_QUESTIONS.length + 1}/${NARRATIVE_QUESTIONS.length + 1}`, fileNameFor(name, 'narrative')));
    if (!target) return undefined;
    return create('narrative', narrativeScaffold(answers), name, target, args?.ifExists);
  };
}
