/**
 * The labels for real documents (test/real/README.md describes them) and the
 * documents they describe, which stay in the shared corpus folder and are
 * read from there, never copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Label } from '../corpus/harness.js';

export const LABELS = join(__dirname);
export const DEFAULT_CORPUS = join('..', 'shared', 'corpus');

export type Half = 'tuning' | 'test';
export const HALVES: readonly Half[] = ['tuning', 'test'];

export interface Anchor {
  line: number;
  text: string;
}

export interface StructureLabel {
  doc: string;
  kind: 'prfaq' | 'narrative' | null;
  english?: boolean;
  template?: boolean;
  parts?: Record<string, (Anchor & { also?: number[] }) | null> | null;
  faqs?: Record<string, { line: number; title: string } | null> | null;
  questions?: Array<Anchor & { faq: string; answered: boolean }>;
  notQuestions?: Array<Anchor & { note?: string }>;
  sections?: Array<{ line: number; title: string; id: string | null }>;
  appendix?: { line: number } | null;
  notes?: string;
}

export interface Trap {
  rule: string;
  line: number;
  text: string;
  note?: string;
}

export interface FindingsLabel {
  kind?: 'prfaq' | 'narrative' | null;
  note?: string;
  findings: Label[];
  traps?: Trap[];
}

export interface Split {
  seed: number;
  tuning: string[];
  test: string[];
}

/** One document of the split with its labels; `text` is null when the corpus folder lacks it. */
export interface RealDoc {
  /** Path relative to the corpus folder, as split.json names it. */
  name: string;
  half: Half;
  path: string;
  text: string | null;
  structure: StructureLabel | null;
  findings: FindingsLabel | null;
}

export function readSplit(labels = LABELS): Split {
  return JSON.parse(readFileSync(join(labels, 'split.json'), 'utf8')) as Split;
}

const stem = (name: string) => name.replace(/\.(?:md|markdown)$/i, '');
export const structurePath = (name: string, labels = LABELS) => join(labels, 'structure', `${stem(name)}.json`);
export const findingsPath = (name: string, labels = LABELS) => join(labels, 'findings', `${stem(name)}.expected.json`);

function readJson<T>(path: string): T | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
}

/** Every document of the chosen halves, in split.json's order. */
export function loadReal(corpus: string, halves: readonly Half[] = HALVES, labels = LABELS): RealDoc[] {
  const split = readSplit(labels);
  return halves.flatMap((half) =>
    split[half].map((name) => {
      const path = join(corpus, name);
      const findings = readJson<FindingsLabel>(findingsPath(name, labels));
      if (findings) findings.findings ??= [];
      return {
        name,
        half,
        path,
        text: existsSync(path) ? readFileSync(path, 'utf8') : null,
        structure: readJson<StructureLabel>(structurePath(name, labels)),
        findings,
      };
    }),
  );
}
