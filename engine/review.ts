/**
 * The engine's one entry point: text in, LSP-shaped diagnostics out. The
 * language server, the CLI and the tests all call this and nothing deeper.
 */
import { ReviewCache, spanKey, spanRuleContext, type MemoGroup } from './cache.js';
import { DEFAULT_CONFIG, type PrfaqConfig } from './config/types.js';
import { Severity, ruleDocsUrl, type Diagnostic } from './diagnostic.js';
import { Silencer, findDirectives } from './directives.js';
import { buildModel } from './model/build.js';
import { LineIndex } from './model/lines.js';
import type { DocKind, DocModel, ProseSpan } from './model/types.js';
import { RULES, RULE_IDS, judges, readsEnglish } from './rules/registry.js';
import type { Finding, Rule, RuleContext } from './rules/types.js';
import { vocabularyFor } from './text/vocabulary.js';

export interface ReviewOptions {
  /** File path or URI path; used for the kind (file name, globs). */
  path?: string;
  /** Force the kind (CLI `--kind`). */
  kind?: DocKind;
  config?: PrfaqConfig;
  /** Only run these rules (tests). */
  only?: readonly string[];
  /**
   * What earlier reviews of this document left behind (the server keeps one
   * per open document): only changed chunks are parsed and only changed
   * spans checked by span rules. The findings are the same with or without.
   */
  cache?: ReviewCache;
  /** No chunks, no span-by-span checks: the plain way, which the tests hold the fast way to. */
  reference?: boolean;
  /**
   * The folder of rule pages that `codeDescription.href` points into (see
   * `ruleDocsUrl`); the shell knows where its package is installed.
   */
  docsBase?: string;
}

export interface Review {
  kind: DocKind | null;
  diagnostics: Diagnostic[];
  model: DocModel;
  /** Rule crashes, reported rather than swallowed; the review goes on without them. */
  errors: Array<{ rule: string; message: string }>;
}

/** Code for a disable comment naming a rule that does not exist. */
export const UNKNOWN_RULE = 'unknown-rule';

export function review(text: string, options: ReviewOptions = {}): Review {
  const config = options.config ?? DEFAULT_CONFIG;
  const cache = options.cache ?? new ReviewCache();
  const model = buildModel(text, { path: options.path, kind: options.kind, globs: config.kinds, chunks: cache.chunks, whole: options.reference });
  const errors: Review['errors'] = [];
  if (!model.kind) return { kind: null, diagnostics: [], model, errors };

  const lines = new LineIndex(text);
  const known = new Set(RULE_IDS);
  const directives = findDirectives(model.blocks, text, known);
  const silencer = new Silencer(directives, lines, text.length);
  const vocabulary = vocabularyFor(config);
  const diagnostics: Diagnostic[] = [];
  cache.spans.begin();
  cache.memo.begin();
  const configKey = `${model.kind}\u0001${JSON.stringify(config)}`;

  const push = (rule: string, severity: Diagnostic['severity'], f: Finding) => {
    const start = Math.max(0, Math.min(f.start, text.length));
    const end = Math.max(start, Math.min(f.end, text.length));
    const range = { start: lines.positionAt(start), end: lines.positionAt(end) };
    if (silencer.silences(rule, start, range.start.line)) return;
    const d: Diagnostic = { range, severity, code: rule, codeDescription: { href: ruleDocsUrl(rule, options.docsBase) }, source: 'prfaq', message: f.message };
    if (f.data) d.data = f.data;
    diagnostics.push(d);
  };

  const spanRules: SpanRule[] = [];
  const failed = new Map<string, string>();
  for (const rule of RULES) {
    if (!rule.kinds.includes(model.kind)) continue;
    if (options.only && !options.only.includes(rule.id)) continue;
    if (!judges(rule.id, model)) continue;
    const setting = config.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    const severity = Severity[setting] ?? Severity[rule.defaultSeverity];
    const report = (f: Finding) => {
      if (readsEnglish(rule.id, f.data) && !model.english) return;
      push(rule.id, severity, f);
    };
    if (rule.scope === 'span' && !options.reference) {
      spanRules.push({ rule, report, key: `${rule.id}\u0001${configKey}` });
      continue;
    }
    // One group per computation and review: its name is a long string, and a
    // Map compares a string it did not store in full on every lookup.
    const groups = new Map<string, MemoGroup>();
    const memo = (name: string, id: number, compute: () => unknown) => {
      if (options.reference) return compute();
      let group = groups.get(name);
      if (group === undefined) groups.set(name, (group = cache.memo.group(`${rule.id}\u0001${name}\u0001${configKey}`)));
      return group.get(id, compute);
    };
    try {
      rule.check({
        model,
        config,
        vocabulary,
        report,
        perSpan: (name, span, compute) => memo(name, span.id, () => compute({ text: span.text, element: span.element })) as never,
        perBlock: (name, block, compute) => memo(name, block.id, () => compute(block)) as never,
      });
    } catch (e) {
      failed.set(rule.id, (e as Error).message);
    }
  }
  // Span rules are cached whole, span by span: what they derive inside needs no memory of its own.
  checkSpans(spanRules, { model, config, vocabulary, perSpan: (_, span, compute) => compute(span), perBlock: (_, block, compute) => compute(block) }, options.cache ? cache : null, failed);
  for (const rule of RULES) if (failed.has(rule.id)) errors.push({ rule: rule.id, message: failed.get(rule.id)! });

  if (!options.only || options.only.includes(UNKNOWN_RULE)) {
    for (const d of directives) {
      for (const u of d.unknown) {
        push(UNKNOWN_RULE, Severity.warning, {
          start: u.start,
          end: u.end,
          message: `"${u.name}" is not a PR/FAQ Studio rule, so this comment silences nothing. Check the spelling against the rule list.`,
          data: { name: u.name },
        });
      }
    }
  }

  cache.spans.sweep();
  cache.memo.sweep();
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code));
  return { kind: model.kind, diagnostics, model, errors };
}

interface SpanRule {
  rule: Rule;
  report: (f: Finding) => void;
  /** Rule id, kind and configuration: what besides the span its findings depend on. */
  key: string;
}

/**
 * The span rules, span by span: the findings of a span seen before (same
 * text, source map, element, context, configuration and kind) come from the
 * cache, the rest from the rule, which sees a model holding only that span
 * — a copy, so that what the rules derive from it and keep by identity (the
 * retext tree readability and passive-voice share) is dropped once the span
 * is done rather than living as long as the model. Findings come out in a
 * different order than rule by rule, which the final sort undoes; a rule that
 * throws keeps the findings it reported and stops, as it would over the
 * whole model.
 */
function checkSpans(rules: SpanRule[], ctx: Omit<RuleContext, 'report'>, cache: ReviewCache | null, failed: Map<string, string>): void {
  if (rules.length === 0) return;
  const one = [ctx.model.prose[0]];
  // The model with only `one` for prose; the rest (the tree built on first read, too) from the model itself.
  const sub: DocModel = Object.create(ctx.model, { prose: { value: one, enumerable: true } });
  const ids = cache ? rules.map((r) => cache.spans.rule(r.key)) : [];
  // One context for every call (built field by field: see blockAt in chunks.ts); `fresh` collects each call's findings.
  let fresh: Finding[] = [];
  const spanCtx: RuleContext = { model: sub, config: ctx.config, vocabulary: ctx.vocabulary, perSpan: ctx.perSpan, perBlock: ctx.perBlock, report: (f) => fresh.push(f) };
  for (const span of ctx.model.prose) {
    // A review with no cache of its own (the CLI) keeps nothing: no later review would ask.
    const kept = cache ? spanKey(span) : null;
    const entry = kept ? cache!.spans.span(kept.key) : null;
    let view: ProseSpan | null = null;
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i];
      if (failed.has(r.rule.id)) continue;
      const found = entry ? cache!.spans.get(entry, ids[i], kept!.base) : undefined;
      if (found) {
        for (const f of found) r.report(f);
        continue;
      }
      fresh = [];
      one[0] = view ??= { id: span.id, text: span.text, segments: span.segments, block: span.block, element: span.element, context: spanRuleContext(span.context) };
      try {
        r.rule.check(spanCtx);
        if (entry) cache!.spans.set(entry, ids[i], kept!.base, fresh);
      } catch (e) {
        failed.set(r.rule.id, (e as Error).message);
      } finally {
        for (const f of fresh) r.report(f);
      }
    }
  }
}

/** Where document-level findings sit (defined beside the model so rules can use it). */
export { documentAnchor } from './model/build.js';
