/**
 * `prfaq lint`: read every file, find its config, review it. Output
 * formatting lives in format-*.ts; this module only gathers results.
 */
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { pathForKindGlobs, type LoadedConfig } from '../engine/config/load.js';
import { ConfigResolver } from '../engine/config/resolve.js';
import { DEFAULT_MAX_DOCUMENT_SIZE, sizeAgainstLimit } from '../engine/config/size.js';
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
  /** --max-document-size: bytes, 0 for no limit; else each file's config says, else the default. */
  maxDocumentSize?: number;
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
  /** Absent when the file is skipped for its size (`skipped` says why). */
  job?: ReviewJob;
  skipped?: string;
  /** Config problems first met with this file, printed just before its own. */
  warnings: string[];
}

/** The results, in file order, and how many files were skipped for their size (exit status 2). */
export interface LintRun {
  results: FileResult[];
  skipped: number;
}

/**
 * Whether `file` is larger than the limit in force (the flag's, else its
 * config file's `maxDocumentSize`, else the default), said as the reason
 * it was not reviewed: its size and the setting to change. lint and render
 * put the file's name before it.
 */
export function oversize(file: InputFile, flag: number | undefined, config: { shown: string; input: LoadedConfig['input'] } | undefined): string | undefined {
  let limit = DEFAULT_MAX_DOCUMENT_SIZE;
  let setting: string | undefined;
  if (flag !== undefined) {
    limit = flag;
    setting = '--max-document-size';
  } else if (config?.input.maxDocumentSize !== undefined) {
    limit = config.input.maxDocumentSize;
    setting = `"maxDocumentSize" in ${config.shown}`;
  }
  if (limit <= 0) return undefined;
  let bytes: number;
  try {
    bytes = statSync(file.absolute).size;
  } catch {
    return undefined; // reading it says what is wrong
  }
  if (bytes <= limit) return undefined;
  const sizes = sizeAgainstLimit(bytes, limit);
  const over = setting
    ? `over the limit of ${sizes.limit} set by ${setting}`
    : `over the default limit of ${sizes.limit} (raise it with --max-document-size BYTES or "maxDocumentSize" in .prfaqrc.json)`;
  return `it is ${sizes.size}, ${over}`;
}

/** Find every file's config and read the file: everything but the reviews. */
function prepare(options: LintOptions): Prepared[] {
  const cwd = options.cwd ?? process.cwd();
  const docsBase = options.docsBase ?? installedDocsBase();
  const files = expandArguments(options.patterns, cwd);

  const forcedPath = options.config !== undefined ? resolve(cwd, options.config) : undefined;
  const resolver = new ConfigResolver({ forced: forcedPath, rememberSearches: true });
  if (forcedPath) {
    const { loaded } = resolver.load(forcedPath);
    if (loaded.unreadable) throw new FileError(options.config!, `cannot read the config file: ${loaded.unreadable}`);
  }
  const merged = new Map<string, PrfaqConfig>();
  /** Config files whose problems were said (each once, before the first file it applies to). */
  const told = new Set<string>();

  const prepared = files.map((file): Prepared => {
    const warnings: string[] = [];
    const { file: configPath, loaded } = resolver.forDocument(file.absolute);
    let config: PrfaqConfig | undefined;
    let size: Parameters<typeof oversize>[2];
    if (configPath && loaded) {
      if (!merged.has(configPath)) merged.set(configPath, mergeConfig(loaded.input));
      config = merged.get(configPath);
      if (!forcedPath && !told.has(configPath)) {
        told.add(configPath);
        for (const p of loaded.problems) warnings.push(formatProblem(p, cwd));
      }
      size = { shown: forcedPath ? options.config! : shownPath(configPath, cwd), input: loaded.input };
    }
    // A file over the limit is never read: it may be a stray log of gigabytes.
    const skipped = oversize(file, options.maxDocumentSize, size);
    if (skipped) return { file, warnings, skipped: `${file.given}: not reviewed: ${skipped}` };
    return { file, warnings, job: { text: readText(file), path: pathForKindGlobs(file.absolute, configPath, cwd), kind: options.kind, config, docsBase } };
  }); // every file read (or skipped) before any output: one that cannot be read stops the run first
  if (forcedPath) for (const p of resolver.load(forcedPath).loaded.problems) options.warn(formatProblem({ ...p, file: options.config! }, cwd));
  return prepared;
}

/** The jobs to review, in file order (skipped files have none). */
function jobsOf(prepared: Prepared[]): ReviewJob[] {
  return prepared.flatMap((p) => (p.job ? [p.job] : []));
}

/**
 * Results in file order (skipped files have none: the output shows only
 * what was reviewed); warnings and skip lines in the order a one-by-one run
 * prints them. `outcomes` are those of `jobsOf(prepared)`.
 */
function finish(prepared: Prepared[], outcomes: ReviewOutcome[], options: LintOptions): LintRun {
  const results: FileResult[] = [];
  let skipped = 0;
  let next = 0;
  for (const { file, warnings, job, skipped: why } of prepared) {
    for (const w of warnings) options.warn(w);
    if (!job) {
      options.warn(`prfaq: ${why}`);
      skipped++;
      continue;
    }
    const r = outcomes[next++];
    for (const e of r.errors) options.warn(`${file.given}: internal error in rule ${e.rule}, its findings are missing: ${e.message}`);
    results.push({ file: file.given, absolute: file.absolute, kind: r.kind, diagnostics: r.diagnostics });
  }
  return { results, skipped };
}

export function lint(options: LintOptions): LintRun {
  const prepared = prepare(options);
  return finish(prepared, jobsOf(prepared).map(reviewJob), options);
}

/**
 * The same as `lint`, with the reviews spread over `review` (a worker pool,
 * cli/pool.ts): the output is the same, in the same order.
 */
export async function lintWith(options: LintOptions, reviewAll: (jobs: ReviewJob[]) => Promise<ReviewOutcome[]>): Promise<LintRun> {
  const prepared = prepare(options);
  return finish(prepared, await reviewAll(jobsOf(prepared)), options);
}

/** `file:line:col: message` (or `file: message` with no place), path relative to cwd when inside it. */
export function formatProblem(p: ConfigProblem, cwd: string): string {
  const shown = shownPath(p.file, cwd);
  const where = p.line > 0 ? `${shown}:${p.line}:${p.column}` : shown;
  return `${where}: warning: ${p.message}`;
}

/** `file` relative to `cwd` when inside it, else as it is. */
export function shownPath(file: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, file));
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
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
