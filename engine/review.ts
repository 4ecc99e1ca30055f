/**
 * The engine's one entry point: text in, LSP-shaped diagnostics out. The
 * language server, the CLI and the tests all call this and nothing deeper.
 */
import { DEFAULT_CONFIG, type PrfaqConfig } from './config/types.js';
import { Severity, ruleDocUrl, type Diagnostic } from './diagnostic.js';
import { Silencer, findDirectives } from './directives.js';
import { buildModel } from './model/build.js';
import { LineIndex } from './model/lines.js';
import type { DocKind, DocModel } from './model/types.js';
import { RULES, RULE_IDS } from './rules/registry.js';
import type { Finding } from './rules/types.js';
import { vocabularyFor } from './text/vocabulary.js';

export interface ReviewOptions {
  /** File path or URI path; used for the kind (file name, globs). */
  path?: string;
  /** Force the kind (CLI `--kind`). */
  kind?: DocKind;
  config?: PrfaqConfig;
  /** Only run these rules (tests). */
  only?: readonly string[];
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
  const model = buildModel(text, { path: options.path, kind: options.kind, globs: config.kinds });
  const errors: Review['errors'] = [];
  if (!model.kind) return { kind: null, diagnostics: [], model, errors };

  const lines = new LineIndex(text);
  const known = new Set(RULE_IDS);
  const directives = findDirectives(model.root, text, text.charCodeAt(0) === 0xfeff ? 1 : 0, known);
  const silencer = new Silencer(directives, lines, text.length);
  const vocabulary = vocabularyFor(config);
  const diagnostics: Diagnostic[] = [];

  const push = (rule: string, severity: Diagnostic['severity'], f: Finding) => {
    const start = Math.max(0, Math.min(f.start, text.length));
    const end = Math.max(start, Math.min(f.end, text.length));
    const range = { start: lines.positionAt(start), end: lines.positionAt(end) };
    if (silencer.silences(rule, start, range.start.line)) return;
    const d: Diagnostic = { range, severity, code: rule, codeDescription: { href: ruleDocUrl(rule) }, source: 'prfaq', message: f.message };
    if (f.data) d.data = f.data;
    diagnostics.push(d);
  };

  for (const rule of RULES) {
    if (!rule.kinds.includes(model.kind)) continue;
    if (options.only && !options.only.includes(rule.id)) continue;
    const setting = config.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    const severity = Severity[setting] ?? Severity[rule.defaultSeverity];
    try {
      rule.check({ model, config, vocabulary, report: (f) => push(rule.id, severity, f) });
    } catch (e) {
      errors.push({ rule: rule.id, message: (e as Error).message });
    }
  }

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

  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code));
  return { kind: model.kind, diagnostics, model, errors };
}

/** Where document-level findings sit (defined beside the model so rules can use it). */
export { documentAnchor } from './model/build.js';
