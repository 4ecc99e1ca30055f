/**
 * `prfaq/documentModel`: the kind, parts, FAQs, questions, sections and
 * lengths of an open document, from the same review the diagnostics come
 * from (one source of truth). Word counts and the answered state use the
 * rules' own measures, so the structure view never disagrees with a finding.
 */
import { mergeConfig } from '../../engine/config/types.js';
import type { DocModel } from '../../engine/model/types.js';
import { countWords } from '../../engine/rules/helpers.js';
import { isPlaceholderAnswer } from '../../engine/rules/unanswered-question.js';
import {
  DocumentModelRequest,
  type BudgetInfo,
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
    const empty = { parts: [], faqs: [], questions: [], sections: [], pressRelease: null, budgets: [], bodyStart: { line: 0, character: 0 }, appendix: null };
    if (!model || !model.kind) return { uri: doc.uri, version: o.version, kind: null, kindReason: model?.kindReason ?? o.skipped ?? 'not reviewed', ...empty };
    const range = (start: number, end: number): LspRange => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
    const limits = mergeConfig((await ctx.settings.get(doc.uri)).input, ctx.projects.forUri(doc.uri).input).limits;
    return { uri: doc.uri, version: o.version, kind: model.kind, kindReason: model.kindReason, ...describe(model, range, limits) };
  });
}

type Limits = ReturnType<typeof mergeConfig>['limits'];
type Described = Omit<DocumentModelResult, 'uri' | 'version' | 'kind' | 'kindReason'>;

/** The protocol view of a model (exported for tests). */
export function describe(model: DocModel, range: (start: number, end: number) => LspRange, limits: Limits): Described {
  const spanStart = (s: DocModel['prose'][number]) => s.segments[0]?.[1] ?? -1;
  const wordsWhere = (keep: (s: DocModel['prose'][number]) => boolean) => {
    let n = 0;
    for (const s of model.prose) if (keep(s)) n += countWords(s.text);
    return n;
  };
  const parts = Object.values(model.parts)
    .filter((p) => !!p)
    .sort((a, b) => a.start - b.start)
    .map((p) => ({ id: p.id, range: range(p.start, p.end), words: wordsWhere((s) => s.context.region === 'press-release' && s.context.part === p.id), headed: p.heading !== undefined }));
  const faqs = Object.values(model.faqs)
    .filter((f) => !!f)
    .sort((a, b) => a.start - b.start)
    .map((f) => ({ id: f.id, range: range(f.start, f.end), questions: model.questions.filter((q) => q.faq === f.id).length, depth: model.blocks[f.heading]?.depth ?? 2 }));
  const questions = model.questions.map((q) => ({
    faq: q.faq,
    text: q.text,
    range: range(q.question.start, q.question.end),
    entry: range(q.entry.start, q.entry.end),
    answered: !!q.answer && !!q.answer.text.trim() && !isPlaceholderAnswer(q.answer.text),
  }));
  const sections: SectionInfo[] = model.sections.map((s) => {
    const info: SectionInfo = { title: s.title, depth: s.depth, range: range(s.start, s.end), words: wordsWhere((p) => spanStart(p) >= s.start && spanStart(p) < s.end) };
    if (s.id) info.id = s.id;
    return info;
  });
  const budgets: BudgetInfo[] = [];
  let pressRelease: Described['pressRelease'] = null;
  if (model.kind === 'prfaq') {
    const words = wordsWhere((s) => s.context.region === 'press-release');
    if (model.pressRelease) pressRelease = { range: range(model.pressRelease.start, model.pressRelease.end), words };
    budgets.push({ id: 'press-release', words, limit: limits.pressReleaseWords });
    budgets.push({ id: 'faq', words: wordsWhere((s) => s.context.region === 'faq'), limit: limits.faqWords });
  } else if (model.kind === 'narrative') {
    budgets.push({ id: 'narrative', words: wordsWhere((s) => s.context.region !== 'appendix'), limit: limits.narrativeWords });
  }
  const fm = model.frontMatter?.span.end ?? 0;
  const bodyStart = range(fm, fm).start;
  const appendix = model.appendixStart === null ? null : range(model.appendixStart, model.appendixStart).start;
  return { parts, faqs, questions, sections, pressRelease, budgets, bodyStart, appendix };
}
