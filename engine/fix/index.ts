/**
 * Fixes as the server and the tests ask for them: per finding (the rule's own
 * fixes), per document (every safe fix, or every fix of one rule, merged so
 * that overlapping fixes never corrupt the text). Pure: offsets in, offsets
 * out; the server turns them into versioned WorkspaceEdits.
 */
import { DEFAULT_CONFIG, type PrfaqConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostic.js';
import { LineIndex } from '../model/lines.js';
import type { DocModel } from '../model/types.js';
import { ruleById } from '../rules/registry.js';
import type { Fix, TextEdit } from '../rules/types.js';
import { mergeFixes } from './edits.js';

export { applyEdits, mergeFixes } from './edits.js';
export { disableFileFix, disableLineFix } from './disable.js';

/** The rule's fixes for one diagnostic of a review of `model.text`. A crashing fix yields none. */
export function fixesFor(model: DocModel, diagnostic: Pick<Diagnostic, 'code' | 'range' | 'data'>, config: PrfaqConfig = DEFAULT_CONFIG, lines = new LineIndex(model.text)): Fix[] {
  const rule = ruleById(String(diagnostic.code));
  if (!rule?.fixes) return [];
  const start = lines.offsetAt(diagnostic.range.start);
  const end = lines.offsetAt(diagnostic.range.end);
  try {
    return rule.fixes({ start, end, data: diagnostic.data }, { model, config }).filter((f) => f.edits.every((e) => e.start >= 0 && e.end >= e.start && e.end <= model.text.length));
  } catch {
    return [];
  }
}

/**
 * One fix per diagnostic (its preferred one, or the first), kept when
 * `accept` says so, merged: a fix that overlaps one already taken waits for
 * the next round (markdownlint-style: apply, lint again).
 */
export function fixAll(
  model: DocModel,
  diagnostics: ReadonlyArray<Pick<Diagnostic, 'code' | 'range' | 'data'>>,
  accept: (fix: Fix, diagnostic: Pick<Diagnostic, 'code'>) => boolean,
  config: PrfaqConfig = DEFAULT_CONFIG,
): { edits: TextEdit[]; applied: number; skipped: number } {
  const lines = new LineIndex(model.text);
  const chosen: Fix[] = [];
  for (const d of diagnostics) {
    const fixes = fixesFor(model, d, config, lines).filter((f) => f.edits.length > 0);
    const fix = fixes.find((f) => f.isPreferred) ?? fixes[0];
    if (fix && accept(fix, d)) chosen.push(fix);
  }
  return mergeFixes(chosen);
}
