/**
 * Delivering findings: pull (`textDocument/diagnostic`) for clients that
 * ask, push (`publishDiagnostics`) for the rest. Both go through `outcome`,
 * so a document reviewed for one path is never reviewed again for the other.
 */
import {
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { configDiagnostics, isConfigUri } from './configDiagnostics.js';
import type { Context } from './context.js';
import { parseConfigText } from '../../engine/config/parse.js';
import type { Outcome } from './reviewer.js';

/** Reviews (or reuses the review of) the document's current version. */
export async function outcome(ctx: Context, doc: TextDocument): Promise<Outcome> {
  const settings = await ctx.settings.get(doc.uri);
  const project = ctx.projects.forUri(doc.uri);
  ctx.problems.report(project.problems);
  ctx.problems.restricted(project);
  return ctx.reviewer.run(doc, ctx.projects.reviewPath(doc.uri, project), settings, project, ctx.generation);
}

/** Diagnostics for an open `.prfaqrc.json`: the loader's problems, in place. */
function configDocDiagnostics(ctx: Context, doc: TextDocument) {
  const path = ctx.platform.uriToPath(doc.uri) ?? doc.uri;
  // The open buffer, saved or not, is what the writer is looking at.
  const { problems } = parseConfigText(doc.getText(), path);
  return configDiagnostics(doc, problems);
}

/** Push: review after the scheduler's delay, publish if still current. */
export function schedulePush(ctx: Context, uri: string, delayMs: number): void {
  ctx.scheduler.schedule(uri, delayMs, async (token) => {
    const doc = ctx.documents.get(uri);
    if (!doc) return;
    if (isConfigUri(uri)) {
      ctx.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: configDocDiagnostics(ctx, doc) });
      return;
    }
    const version = doc.version;
    const settings = await ctx.settings.get(uri);
    if (settings.run === 'manual') {
      // Reviewed only when asked: keep showing the last requested review.
      const held = ctx.reviewer.held(uri);
      ctx.connection.sendDiagnostics({ uri, diagnostics: held?.diagnostics ?? [] });
      return;
    }
    const end = ctx.visibility.begin(uri);
    let result: Outcome;
    try {
      // Long documents are parsed in slices: a newer edit cancels between chunks.
      if (!(await ctx.reviewer.prepare(doc, settings, token, ctx.projects.forUri(uri)))) return;
      await ctx.visibility.turn(uri, () => token.isCancellationRequested);
      result = await outcome(ctx, doc);
    } finally {
      end();
    }
    // A newer edit or a closed document makes this result stale: drop it.
    if (token.isCancellationRequested || ctx.documents.get(uri)?.version !== version) return;
    if (settings.run !== 'onType') ctx.reviewer.hold(uri, result);
    ctx.connection.sendDiagnostics({ uri, version, diagnostics: result.diagnostics });
  }, ctx.generation);
}

/** `prfaq/reviewDocument`: review now and show it, whatever the run mode. */
export async function reviewNow(ctx: Context, uri: string): Promise<{ findings: number } | null> {
  const doc = ctx.documents.get(uri);
  if (!doc || isConfigUri(uri)) return null;
  const result = await outcome(ctx, doc);
  ctx.reviewer.hold(uri, result);
  if (ctx.flags.pullDiagnostics) {
    if (ctx.flags.diagnosticRefresh) ctx.connection.languages.diagnostics.refresh();
  } else {
    ctx.connection.sendDiagnostics({ uri, version: result.version, diagnostics: result.diagnostics });
  }
  return { findings: result.diagnostics.length };
}

/** Pull: wait for typing to stop, then answer for the latest version. */
export async function pull(
  ctx: Context,
  params: DocumentDiagnosticParams,
  token: CancellationToken,
): Promise<DocumentDiagnosticReport> {
  const uri = params?.textDocument?.uri;
  let doc = typeof uri === 'string' ? ctx.documents.get(uri) : undefined;
  if (!doc) return { kind: 'full', items: [] };
  if (isConfigUri(doc.uri)) return { kind: 'full', items: configDocDiagnostics(ctx, doc) };

  const settings = await ctx.settings.get(doc.uri);
  if (settings.run !== 'onType') {
    // Keep showing the last review until the next save or request (or configuration change).
    const last = ctx.reviewer.held(doc.uri);
    if (last) return ctx.pullReports.answer(doc.uri, last, params.previousResultId);
    if (settings.run === 'manual') return { kind: 'full', items: [] };
  } else {
    await ctx.scheduler.waitQuiet(doc.uri, settings.debounceMs, token);
  }
  const end = ctx.visibility.begin(doc.uri);
  let result: Outcome;
  try {
    if (!token.isCancellationRequested) await ctx.reviewer.prepare(ctx.documents.get(doc.uri) ?? doc, settings, token, ctx.projects.forUri(doc.uri));
    await ctx.visibility.turn(doc.uri, () => token.isCancellationRequested);
    if (token.isCancellationRequested) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed; ask again.', { retriggerRequest: true });
    }
    doc = ctx.documents.get(doc.uri);
    if (!doc) return { kind: 'full', items: [] };
    result = await outcome(ctx, doc);
  } finally {
    end();
  }
  if (settings.run === 'onSave') ctx.reviewer.hold(doc.uri, result);
  return ctx.pullReports.answer(doc.uri, result, params.previousResultId);
}

/**
 * Settings or project files changed: every open document needs a new
 * review. Bursts (a client announcing one change twice, a save touching
 * several files) coalesce into one pass.
 */
export function reviewAll(ctx: Context): void {
  ctx.reviewer.clear();
  if (pendingReviewAll.has(ctx)) return;
  pendingReviewAll.add(ctx);
  const release = ctx.scheduler.hold(); // the reviews it will schedule are pending already
  setTimeout(() => {
    pendingReviewAll.delete(ctx);
    try {
      reviewAllNow(ctx);
    } finally {
      release();
    }
  }, COALESCE_MS);
}

const COALESCE_MS = 20;
const pendingReviewAll = new WeakSet<Context>();

function reviewAllNow(ctx: Context): void {
  if (ctx.flags.pullDiagnostics) {
    if (ctx.flags.diagnosticRefresh) ctx.connection.languages.diagnostics.refresh();
    return;
  }
  for (const uri of ctx.visibility.order(ctx.documents.all().map((d) => d.uri))) {
    // A review scheduled since the change read, or will read, the new settings and project files: another
    // would cancel it if it is running, or repeat it. Editors that send their settings just after starting
    // the server (Neovim, Helix) open the first document in that window.
    if (ctx.scheduler.lastTag(uri) === ctx.generation) continue;
    schedulePush(ctx, uri, 0);
  }
}

