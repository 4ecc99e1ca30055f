/**
 * Runs the review on every document of the chosen halves, as the CLI would
 * (the file's own path, no forced kind, default configuration), and compares
 * what it sees and finds with the labels. The halves are kept apart: a
 * figure pooled over both would hide whether tuning leaked into the test.
 */
import { reviewFile } from '../corpus/harness.js';
import { compareFindings, type RealFindings } from './findings-eval.js';
import { LABELS, loadReal, type Half } from './labels.js';
import { compareStructure, observe, type StructureResult } from './structure-eval.js';

export interface HalfResult {
  half: Half;
  /** Documents split.json puts in this half. */
  documents: number;
  /** Named by split.json but not in the corpus folder. */
  missing: string[];
  /** In the corpus folder but without a structure label. */
  unlabelled: string[];
  structure: StructureResult[];
  findings: RealFindings[];
  crashes: Array<{ doc: string; rule: string; message: string }>;
}

export function evaluateReal(corpus: string, halves: readonly Half[], labels = LABELS): HalfResult[] {
  const docs = loadReal(corpus, halves, labels);
  return halves.map((half) => {
    const mine = docs.filter((d) => d.half === half);
    const out: HalfResult = { half, documents: mine.length, missing: [], unlabelled: [], structure: [], findings: [], crashes: [] };
    for (const d of mine) {
      if (d.text === null) {
        out.missing.push(d.name);
        continue;
      }
      const reviewed = reviewFile(d.path, d.text);
      for (const e of reviewed.errors) out.crashes.push({ doc: d.name, ...e });
      if (d.structure) out.structure.push(compareStructure(d.name, d.structure, observe(d.text, reviewed)));
      else out.unlabelled.push(d.name);
      if (d.findings) out.findings.push(compareFindings(d.name, d.text, d.findings, reviewed.findings, reviewed.anchor));
    }
    return out;
  });
}
