/**
 * What the runner tells the harness, one JSON object per line over TCP
 * (code-server) — the harness prints them as they come.
 */
export type RunnerEvent =
  | { type: 'start'; total: number; suites: string[] }
  | { type: 'pass'; fullTitle: string; durationMs: number }
  | { type: 'fail'; fullTitle: string; message: string; stack: string }
  | { type: 'pending'; fullTitle: string }
  | { type: 'end'; passes: number; failures: number; pending: number; durationMs: number }
  | { type: 'crash'; message: string; stack: string };
