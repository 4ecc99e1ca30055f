/**
 * What the review page shows, computed from the text alone: the engine's
 * findings with their fixes and explanations, the structure (what is there,
 * what is missing) and the press-release preview. No DOM here, so it reads
 * like the server's features and can be tested the same way.
 */
import { DEFAULT_CONFIG } from '../../engine/config/types.js';
import type { Diagnostic } from '../../engine/diagnostic.js';
import { applyEdits, fixesFor } from '../../engine/fix/index.js';
import { sectionDetail } from '../../engine/explain/outline.js';
import { FAQ_INFO, PART_INFO } from '../../engine/genre/catalogue.js';
import { LineIndex } from '../../engine/model/lines.js';
import { FAQ_IDS, PART_IDS, type DocKind, type DocModel } from '../../engine/model/types.js';
import { standalonePage } from '../../engine/render/index.js';
import { review } from '../../engine/review.js';
import { ruleById } from '../../engine/rules/registry.js';
import type { Fix } from '../../engine/rules/types.js';

/** Like the language server's default: a bigger document is refused, not frozen on. */
export const MAX_DOCUMENT_CHARS = 5 * 1024 * 1024;

export interface PageFinding {
  rule: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
  line: number;
  character: number;
  start: number;
  end: number;
  fixes: Fix[];
  explanation: { description: string; principle: string; before?: string; after?: string } | null;
}

export interface StructureRow {
  label: string;
  /** 1-based line where it starts, or null when the document lacks it. */
  line: number | null;
  detail?: string;
}

export interface PageReview {
  kind: DocKind | null;
  kindReason: string;
  findings: PageFinding[];
  structure: StructureRow[];
  model: DocModel;
}

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' } as const;

export function reviewText(text: string, kind?: DocKind): PageReview {
  const result = review(text, { kind, path: 'pasted.md', config: DEFAULT_CONFIG });
  const lines = new LineIndex(text);
  const findings = result.diagnostics.map((d) => findingOf(d, result.model, lines));
  return { kind: result.kind, kindReason: result.model.kindReason, findings, structure: structureOf(result.model, lines), model: result.model };
}

function findingOf(d: Diagnostic, model: DocModel, lines: LineIndex): PageFinding {
  const rule = ruleById(String(d.code));
  return {
    rule: String(d.code),
    severity: SEVERITY[d.severity],
    message: d.message,
    line: d.range.start.line + 1,
    character: d.range.start.character + 1,
    start: lines.offsetAt(d.range.start),
    end: lines.offsetAt(d.range.end),
    fixes: fixesFor(model, d, DEFAULT_CONFIG, lines).filter((f) => f.edits.length > 0),
    explanation: rule ? { description: rule.description, principle: rule.principle, before: rule.example?.before, after: rule.example?.after } : null,
  };
}

function structureOf(model: DocModel, lines: LineIndex): StructureRow[] {
  const lineOf = (offset: number) => lines.positionAt(offset).line + 1;
  const rows: StructureRow[] = [];
  if (model.kind === 'prfaq') {
    for (const id of PART_IDS) {
      const part = model.parts[id];
      rows.push({ label: `Press release · ${PART_INFO[id].label}`, line: part ? lineOf(part.start) : null });
    }
    for (const id of FAQ_IDS) {
      const faq = model.faqs[id];
      const questions = model.questions.filter((q) => q.faq === id);
      const open = questions.filter((q) => !q.answered).length;
      const detail = faq ? `${questions.length} question${questions.length === 1 ? '' : 's'}${open ? `, ${open} without a real answer` : ''}` : undefined;
      rows.push({ label: FAQ_INFO[id].label, line: faq ? lineOf(faq.start) : null, detail });
    }
  } else if (model.kind === 'narrative') {
    for (const s of model.sections) {
      // The outline's wording: the section's kind only where its title does not say it.
      const kind = sectionDetail(s.title, s.id);
      rows.push({ label: kind ? `${s.title} (${kind})` : s.title, line: lineOf(s.start) });
    }
    if (model.appendixStart !== null) rows.push({ label: 'Appendix (not counted in the six pages)', line: lineOf(model.appendixStart) });
  }
  return rows;
}

/** The sanitised page the preview frame shows: its own CSP, no script. */
export function previewPage(model: DocModel, css: string, styleHash: string): string {
  return standalonePage(model, DEFAULT_CONFIG, { css, styleHash });
}

export { applyEdits };
