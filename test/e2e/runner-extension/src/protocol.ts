/**
 * What the runner tells the harness, one JSON object per line over TCP
 * (code-server) — the harness prints them as they come. `ui` asks the
 * harness to act on the workbench in Chromium (what the `vscode` API cannot
 * do: read a notification, click a button); the harness answers on the same
 * socket with one `UiReply` line.
 */
export type RunnerEvent =
  | { type: 'start'; total: number; suites: string[] }
  | { type: 'pass'; fullTitle: string; durationMs: number }
  | { type: 'fail'; fullTitle: string; message: string; stack: string }
  | { type: 'pending'; fullTitle: string }
  | { type: 'end'; passes: number; failures: number; pending: number; durationMs: number }
  | { type: 'crash'; message: string; stack: string }
  | ({ type: 'ui'; id: number } & UiRequest);

/**
 * `text`: waits until an element matching `selector` (and containing
 * `hasText`, when given) is visible; answers with its text.
 * `texts`: the same wait, then answers with the texts of every such element,
 * as a JSON array.
 * `click`: waits for that element, then clicks it; answers with its text.
 * `press`: waits for that element, then presses `key` in it (focusing it
 * first, as a click would); answers with its text.
 * `screenshot`: saves the workbench as `<name>.png` next to the other
 * screenshots (.build-artifacts/e2e); answers with the file's path.
 */
export type UiRequest =
  | { action: 'text' | 'texts' | 'click'; selector: string; hasText?: string; timeoutMs: number }
  | { action: 'press'; selector: string; hasText?: string; key: string; timeoutMs: number }
  | { action: 'screenshot'; name: string; timeoutMs: number };

export type UiReply = { id: number; ok: true; text: string } | { id: number; ok: false; error: string };

/**
 * Set on `globalThis` by the code-server runner extension while the harness
 * is connected, so suites (bundled separately) can reach the workbench.
 * Absent under @vscode/test-electron (`npm run test:desktop`).
 */
export const UI_BRIDGE = '__prfaqE2eUi';
export type UiBridge = (request: UiRequest) => Promise<string>;
