/**
 * `prfaq lint`: read every file, find its config, review it. Output
 * formatting lives in format-*.ts; this module only gathers results.
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { findConfigFile, loadConfigFile, pathForKindGlobs, type LoadedConfig } from '../engine/config/load.js';
import { mergeConfig, type ConfigProblem, type PrfaqConfig } from '../engine/config/types.js';
import type { Diagnostic } from '../engine/diagnostic.js';
import type { DocKind } from '../engine/model/types.js';
import { review } from '../engine/review.js';
import { installedDocsBase } from '../shared/rulePages.js';
import { FileError, expandArguments, readText, type InputFile } from './files.js';

export interface FileResult {
  /** The path as given on the command line (or produced by expanding it). */
  file: string;
  absolute: string;
  kind: DocKind | null;
  diagnostics: Diagnostic[];
}

export interface LintOptions {
  patterns: readonly string[];
  kind?: DocKind;
  /** --config: one file for every document. */
  config?: string;
  cwd?: string;
  /** Config problems and rule crashes: one line each, to stderr. */
  warn: (line: string) => void;
  /** The folder of rule pages the findings link to (--docs-url); the installed pages when absent. */
  docsBase?: string;
}

/** One file's review, as handed to a worker thread (plain data both ways). */
export interface ReviewJob {
  text: string;
  path?: string;
  kind?: DocKind;
  config?: PrfaqConfig;
  docsBase?: string;
}

export interface ReviewOutcome {
  kind: DocKind | null;
  diagnostics: Diagnostic[];
  errors: Array<{ rule: string; message: string }>;
}

export function reviewJob(job: ReviewJob): ReviewOutcome {
  const r = review(job.text, { path: job.path, kind: job.kind, config: job.config, docsBase: job.docsBase });
  return { kind: r.kind, diagnostics: r.diagnostics, errors: r.errors };
}

interface Prepared {
  file: InputFile;
  job: ReviewJob;
  /** Config problems first met with this file, printed just before its own. */
  warnings: string[];
}

/** Read every file and find its config: everything but the reviews. */
function prepare(options: LintOptions): Prepared[] {
  const cwd = options.cwd ?? process.cwd();
  const docsBase = options.docsBase ?? installedDocsBase();
  const files = expandArguments(options.patterns, cwd);
  const texts = files.map((f) => ({ file: f, text: readText(f) })); // all readable before any output

  const configs = new Map<string, { loaded: LoadedConfig; config: PrfaqConfig }>();
  const useConfig = (path: string, warnings: string[]) => {
    let entry = configs.get(path);
    if (!entry) {
      const loaded = loadConfigFile(path);
      for (const p of loaded.problems) warnings.push(formatProblem(p, cwd));
      entry = { loaded, config: mergeConfig(loaded.input) };
      configs.set(path, entry);
    }
    return entry;
  };

  let forced: { path: string; config: PrfaqConfig } | undefined;
  if (options.config !== undefined) {
    const path = resolve(cwd, options.config);
    const loaded = loadConfigFile(path);
    if (loaded.unreadable) throw new FileError(options.config, `cannot read the config file: ${loaded.unreadable}`);
    for (const p of loaded.problems) options.warn(formatProblem({ ...p, file: options.config }, cwd));
    forced = { path, config: mergeConfig(loaded.input) };
  }

  const found = new Map<string, string | undefined>();
  const nearest = (file: InputFile) => {
    const dir = dirname(file.absolute);
    if (!found.has(dir)) found.set(dir, findConfigFile(dir));
    return found.get(dir);
  };

  return texts.map(({ file, text }) => {
    const warnings: string[] = [];
    let config: PrfaqConfig | undefined;
    let configPath: string | undefined;
    if (forced) {
      config = forced.config;
      configPath = forced.path;
    } else {
      configPath = nearest(file);
      config = configPath ? useConfig(configPath, warnings).config : undefined;
    }
    return { file, warnings, job: { text, path: pathForKindGlobs(file.absolute, configPath, cwd), kind: options.kind, config, docsBase } };
  });
}

/** Results in file order; warnings in the order a one-by-one run prints them. */
function finish(prepared: Prepared[], outcomes: ReviewOutcome[], options: LintOptions): FileResult[] {
  return prepared.map(({ file, warnings }, i) => {
    const r = outcomes[i];
    for (const w of warnings) options.warn(w);
    for (const e of r.errors) options.warn(`${file.given}: internal error in rule ${e.rule}, its findings are missing: ${e.message}`);
    return { file: file.given, absolute: file.absolute, kind: r.kind, diagnostics: r.diagnostics };
  });
}

export function lint(options: LintOptions): FileResult[] {
  const prepared = prepare(options);
  return finish(prepared, prepared.map((p) => reviewJob(p.job)), options);
}

/**
 * The same as `lint`, with the reviews spread over `review` (a worker pool,
 * cli/pool.ts): the output is the same, in the same order.
 */
export async function lintWith(options: LintOptions, reviewAll: (jobs: ReviewJob[]) => Promise<ReviewOutcome[]>): Promise<FileResult[]> {
  const prepared = prepare(options);
  return finish(prepared, await reviewAll(prepared.map((p) => p.job)), options);
}

/** `file:line:col: message` (or `file: message` with no place), path relative to cwd when inside it. */
export function formatProblem(p: ConfigProblem, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, p.file));
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p.file;
  const where = p.line > 0 ? `${shown}:${p.line}:${p.column}` : shown;
  return `${where}: warning: ${p.message}`;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

export function count(results: readonly FileResult[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const r of results) {
    for (const d of r.diagnostics) {
      if (d.severity === 1) c.errors++;
      else if (d.severity === 2) c.warnings++;
      else if (d.severity === 3) c.infos++;
      else c.hints++;
    }
  }
  return c;
}
