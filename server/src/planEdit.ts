/**
 * `prfaq/planEdit`: where "Insert Missing Sections" and "Add … FAQ
 * Question" put their text, planned on the server's own review of the
 * document by the engine's one planner (engine/genre/plan.ts).
 */
import { outlineOf, planMissingSections, planQuestion } from '../../engine/genre/plan.js';
import { PlanEditRequest, type PlanEditParams, type PlanEditResult } from '../../shared/protocol.js';
import { isConfigUri } from './configDiagnostics.js';
import type { Context } from './context.js';
import { outcome } from './diagnostics.js';

export function registerPlanEdit(ctx: Context): void {
  ctx.connection.onRequest(PlanEditRequest.type, async (params: PlanEditParams): Promise<PlanEditResult | null> => {
    const uri = params?.textDocument?.uri;
    const doc = typeof uri === 'string' ? ctx.documents.get(uri) : undefined;
    const edit = params?.edit;
    if (!doc || isConfigUri(doc.uri) || !edit || (edit.kind !== 'missing-sections' && edit.kind !== 'question')) return null;
    const o = await outcome(ctx, doc);
    const base = { uri: doc.uri, version: o.version, inserts: [], snippet: null };
    const outline = o.model ? outlineOf(o.model) : null;
    if (!o.model || !outline) return { ...base, kind: null, kindReason: o.model?.kindReason ?? o.skipped ?? 'not reviewed' };
    const result: PlanEditResult = { ...base, kind: outline.kind, kindReason: o.model.kindReason };
    if (edit.kind === 'missing-sections') {
      result.inserts = planMissingSections(outline).map((p) => ({ position: doc.positionAt(p.offset), text: p.text }));
    } else if (edit.faq === 'external-faq' || edit.faq === 'internal-faq') {
      const plan = planQuestion(outline, edit.faq);
      result.snippet = { position: doc.positionAt(plan.offset), text: plan.snippet, createdFaq: plan.createdFaq };
    }
    return result;
  });
}
