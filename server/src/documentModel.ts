/**
 * `prfaq/documentModel`: the kind and parts of an open document, from the
 * same review the diagnostics come from (one source of truth).
 */
import { DocumentModelRequest, type DocumentModelResult, type LspRange } from '../../shared/protocol.js';
import type { Context } from './context.js';
import { outcome } from './diagnostics.js';
import { isConfigUri } from './configDiagnostics.js';

export function registerDocumentModel(ctx: Context): void {
  ctx.connection.onRequest(DocumentModelRequest.type, async (params): Promise<DocumentModelResult | null> => {
    const uri = params?.textDocument?.uri;
    const doc = typeof uri === 'string' ? ctx.documents.get(uri) : undefined;
    if (!doc || isConfigUri(doc.uri)) return null;
    const o = await outcome(ctx, doc);
    const range = (start: number, end: number): LspRange => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
    const model = o.model;
    if (!model) return { uri: doc.uri, version: doc.version, kind: null, kindReason: o.skipped ?? 'not reviewed', parts: [], faqs: [] };
    return {
      uri: doc.uri,
      version: doc.version,
      kind: model.kind,
      kindReason: model.kindReason,
      parts: Object.values(model.parts)
        .filter((p) => !!p)
        .sort((a, b) => a.start - b.start)
        .map((p) => ({ id: p.id, range: range(p.start, p.end) })),
      faqs: Object.values(model.faqs)
        .filter((f) => !!f)
        .sort((a, b) => a.start - b.start)
        .map((f) => ({ id: f.id, range: range(f.start, f.end), questions: model.questions.filter((q) => q.faq === f.id).length })),
    };
  });
}
