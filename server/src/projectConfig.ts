/**
 * The project file `.prfaqrc.json`, found by walking up from each document.
 * Loaded files are cached by path and invalidated by their modification
 * stamp, so a stale cache cannot survive even when the client never reports
 * file changes. Problems are shown once each, naming file, line and column.
 */
import { restrictForUntrusted } from '../../engine/config/trust.js';
import type { ConfigInput, ConfigProblem } from '../../engine/config/types.js';
import type { SeverityName } from '../../engine/diagnostic.js';
import { RULES } from '../../engine/rules/registry.js';
import type { ServerPlatform } from './platform.js';

export interface ProjectConfig {
  /** The file that applies, or null when none was found. */
  file: string | null;
  input: ConfigInput;
  problems: ConfigProblem[];
  /** Changes whenever the file, its contents or the workspace trust change; part of cache keys. */
  stamp: string;
  /** Restricted Mode: what of the file was not applied (empty when trusted). */
  ignored: string[];
}

const NONE: ProjectConfig = { file: null, input: {}, problems: [], stamp: 'none', ignored: [] };

const DEFAULT_SEVERITIES: Record<string, SeverityName> = Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity]));

export function formatProblem(p: ConfigProblem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  return `${where}: ${p.message}`;
}

export class ProjectConfigs {
  private readonly loaded = new Map<string, { stamp: string; config: ProjectConfig }>();

  constructor(
    /** Where the files are found and read; a platform without files (the browser) has none to give. */
    private readonly platform: Pick<ServerPlatform, 'uriToPath' | 'configFiles'>,
    /** Directories to search from for documents without a path (untitled). */
    private readonly fallbackDirs: () => string[],
    private readonly log: (message: string) => void,
    /** False in an untrusted workspace (VS Code's Restricted Mode). */
    private readonly trusted: () => boolean = () => true,
  ) {}

  /** The configuration that applies to a document. Never throws. */
  forUri(uri: string): ProjectConfig {
    const files = this.platform.configFiles;
    if (!files) return NONE;
    const path = this.platform.uriToPath(uri);
    const dirs = path ? [files.dirname(path)] : this.fallbackDirs();
    for (const dir of dirs) {
      let file: string | undefined;
      try {
        file = files.resolver.fileFor(dir); // load() reads it, once
      } catch (e) {
        this.log(`Could not look for .prfaqrc.json from ${dir}: ${(e as Error).message}`);
      }
      if (file) return this.load(file);
    }
    return NONE;
  }

  /** Load (or reuse) one file; its problems are part of the result. */
  load(file: string): ProjectConfig {
    const files = this.platform.configFiles;
    if (!files) return NONE;
    const read = files.resolver.load(file);
    const loaded = read.loaded;
    const trusted = this.trusted();
    const stamp = trusted ? read.stamp : `${read.stamp}:restricted`;
    const hit = this.loaded.get(file);
    if (hit && hit.stamp === stamp) return hit.config;
    const { input, ignored } = trusted ? { input: loaded.input, ignored: [] } : restrictForUntrusted(loaded.input, DEFAULT_SEVERITIES);
    const config: ProjectConfig = { file, input, problems: loaded.problems, stamp: `${file}@${stamp}`, ignored };
    this.loaded.set(file, { stamp, config });
    return config;
  }

  /**
   * The path the engine sees: kind globs match relative to the config file's
   * folder, or to the workspace folder holding the document when there is no
   * config file. Untitled documents keep their URI (only content decides).
   */
  reviewPath(uri: string, project: ProjectConfig): string {
    const files = this.platform.configFiles;
    const path = this.platform.uriToPath(uri);
    if (!path || !files) return uri;
    const folder = this.fallbackDirs().find((f) => {
      const rel = files.relative(f, path);
      return rel !== '' && !rel.startsWith('..');
    });
    return files.pathForKindGlobs(path, project.file ?? undefined, folder ?? files.dirname(path));
  }

  /** A watched file changed: drop what we know (cheap to rebuild). */
  invalidate(): void {
    this.loaded.clear();
    this.platform.configFiles?.resolver.clear();
  }
}

/** Shows each distinct problem once per session (until it goes away and comes back). */
export class ProblemReporter {
  private readonly shown = new Set<string>();

  constructor(private readonly show: (message: string) => void) {}

  report(problems: readonly ConfigProblem[]): void {
    for (const p of problems) this.once(formatProblem(p));
  }

  /** Shows `text` unless it was already shown. */
  once(text: string): void {
    this.raw(text, `PR/FAQ Studio: ${text}. The rest of the configuration still applies; defaults replace what could not be read.`);
  }

  /** Restricted Mode: says once per file (and per content) what of it was not applied, and how to apply it. */
  restricted(config: ProjectConfig): void {
    if (!config.file || !config.ignored.length) return;
    this.raw(
      `restricted:${config.stamp}`,
      `PR/FAQ Studio (Restricted Mode): this workspace is not trusted, so ${config.file} may only make the review stricter. ` +
        `Not applied: ${config.ignored.join('; ')}. Trust the workspace to apply them.`,
    );
  }

  private raw(key: string, message: string): void {
    if (this.shown.has(key)) return;
    this.shown.add(key);
    this.show(message);
  }

  /** Forget problems of `file` that are no longer present, so they are shown again if they return. */
  settle(file: string, current: readonly ConfigProblem[]): void {
    const keep = new Set(current.map(formatProblem));
    for (const text of this.shown) if (text.startsWith(file) && !keep.has(text)) this.shown.delete(text);
  }
}
