import * as vscode from 'vscode';

/** Whether something exists at `uri`, through VS Code's file system (so it works for remote and virtual folders too). */
export async function uriExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
