/**
 * `prfaq/documentModel`: the kind, parts, FAQs, questions, sections and
 * lengths of an open document, from the same review the diagnostics come
 * from (one source of truth). Word counts and the answered state use the
 * rules' own measures, so the structure view never disagrees with a finding.
 */
import { mergeConfig } from '../../engine/config/types.js';
import type { DocModel } from '../../engine/model/types.js';
import { FAQ_INFO, PART_INFO } from '../../engine/genre/catalogue.js';
import { sectionDetail } from '../../engine/explain/outline.js';
import { budgets, measure, wordsBetween } from '../../engine/genre/measure.js';
import { FAQ_IDS, PART_IDS, type DocKind } from '../../engine/model/types.js';
import { principlesFor } from '../../engine/rules/registry.js';
import { unrecognizedMessage } from '../../engine/rules/unrecognized-structure.js';
import {
  DocumentModelRequest,
  type BudgetInfo,
  type CatalogueInfo,
  type DocumentModelResult,
  type LspRange,
  type SectionInfo,
} from '../../shared/protocol.js';
import { isConfigUri } from './configDiagnostics.js';
import type { Context } from './context.js';
import { outcome } from './diagnostics.js';

export function registerDocumentModel(ctx: Context): void {
  ctx.connection.onRequest(DocumentModelRequest.type, async (params): Promise<DocumentModelResult | null> => {
    const uri = params?.textDocument?.uri;
    const doc = typeof uri === 'string' ? ctx.documents.get(uri) : undefined;
    if (!doc || isConfigUri(doc.uri)) return null;
    const o = await outcome(ctx, doc);
    const model = o.model;
    const empty = { parts: [], faqs: [], questions: [], sections: [], pressRelease: null, budgets: [], bodyStart: { line: 0, character: 0 }, appendix: null, catalogue: { parts: [], faqs: [], principles: [] } };
    if (!model || !model.kind) return { uri: doc.uri, version: o.version, kind: null, kindReason: model?.kindReason ?? o.skipped ?? 'not reviewed', ...empty };
    const range = (start: number, end: number): LspRange => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
    const limits = mergeConfig((await ctx.settings.get(doc.uri)).input, ctx.projects.forUri(doc.uri).input).limits;
    return { uri: doc.uri, version: o.version, kind: model.kind, kindReason: model.kindReason, ...describe(model, range, limits) };
  });
}

type Limits = ReturnType<typeof mergeConfig>['limits'];

/** What the client shows from the engine's parts catalogue and rule registry, per kind. */
const CATALOGUE: Record<DocKind, CatalogueInfo> = {
  prfaq: {
    parts: PART_IDS.map((id) => ({ id, label: PART_INFO[id].label, name: PART_INFO[id].name })),
    faqs: FAQ_IDS.map((id) => ({ id, label: FAQ_INFO[id].label })),
    principles: principlesFor('prfaq'),
  },
  narrative: { parts: [], faqs: [], principles: principlesFor('narrative') },
};
type Described = Omit<DocumentModelResult, 'uri' | 'version' | 'kind' | 'kindReason'>;

/** The protocol view of a model (exported for tests). */
export function describe(model: DocModel, range: (start: number, end: number) => LspRange, limits: Limits): Described {
  const m = measure(model);
  const parts = Object.values(model.parts)
    .filter((p) => !!p)
    .sort((a, b) => a.start - b.start)
    .map((p) => ({ id: p.id, range: range(p.start, p.end), words: m.parts[p.id] ?? 0, headed: p.heading !== undefined }));
  const faqs = Object.values(model.faqs)
    .filter((f) => !!f)
    .sort((a, b) => a.start - b.start)
    .map((f) => ({ id: f.id, range: range(f.start, f.end), questions: model.questions.filter((q) => q.faq === f.id).length, depth: model.blocks[f.heading]?.depth ?? 2 }));
  const questions = model.questions.map((q) => ({
    faq: q.faq,
    text: q.text,
    range: range(q.question.start, q.question.end),
    entry: range(q.entry.start, q.entry.end),
    answered: q.answered,
  }));
  const sections: SectionInfo[] = model.sections.map((s) => {
    const info: SectionInfo = { title: s.title, depth: s.depth, range: range(s.start, s.end), words: wordsBetween(model, s.start, s.end) };
    if (s.id) info.id = s.id;
    const label = sectionDetail(s.title, s.id);
    if (label) info.label = label;
    return info;
  });
  const pressRelease: Described['pressRelease'] = model.kind === 'prfaq' && model.pressRelease ? { range: range(model.pressRelease.start, model.pressRelease.end), words: m.pressRelease } : null;
  const budgetInfo: BudgetInfo[] = budgets(model, limits, m).map((b) => ({ id: b.id, words: b.words, limit: b.limit }));
  const fm = model.frontMatter?.span.end ?? 0;
  const bodyStart = range(fm, fm).start;
  const appendix = model.appendixStart === null ? null : range(model.appendixStart, model.appendixStart).start;
  const out: Described = { parts, faqs, questions, sections, pressRelease, budgets: budgetInfo, bodyStart, appendix, catalogue: model.kind ? CATALOGUE[model.kind] : { parts: [], faqs: [], principles: [] } };
  if (model.unrecognized) out.unrecognized = unrecognizedMessage(model.unrecognized);
  return out;
}
