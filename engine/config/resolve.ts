/**
 * The one way the CLI, `prfaq render` and the language server find and read
 * the `.prfaqrc.json` that applies to a document: the nearest one walking up
 * from the document's folder, or the file the user forced (`--config`).
 * Each file is read once and read again only when its modification stamp
 * changes, so a long-running server never serves a stale file and a CLI run
 * over a thousand documents reads each config file once.
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { findConfigFile, loadConfigFile, type LoadedConfig } from './load.js';

export interface ResolvedConfig {
  /** The config file that applies (absolute), or undefined when there is none. */
  file: string | undefined;
  /** What it holds; undefined when there is no file. */
  loaded: LoadedConfig | undefined;
  /** Changes whenever the file or its contents change: part of cache keys. */
  stamp: string;
}

export interface ConfigResolverOptions {
  /** A file that applies to every document (`--config`), absolute. */
  forced?: string;
  /**
   * Remember which config file a folder found. Right for one CLI run; a
   * server looks again each time, since a file may appear at any moment.
   */
  rememberSearches?: boolean;
}

/** The file's modification stamp, or 'missing'. */
function stampOf(file: string): string {
  try {
    const st = statSync(file);
    return `${st.mtimeMs}:${st.size}`;
  } catch {
    return 'missing';
  }
}

export class ConfigResolver {
  private readonly searches = new Map<string, string | undefined>();
  private readonly files = new Map<string, { stamp: string; loaded: LoadedConfig }>();

  constructor(private readonly options: ConfigResolverOptions = {}) {}

  /** The config for a document at `documentPath` (absolute). */
  forDocument(documentPath: string): ResolvedConfig {
    return this.forFolder(dirname(documentPath));
  }

  /** The config for documents in `dir` (absolute): the forced file, else the nearest one. */
  forFolder(dir: string): ResolvedConfig {
    const file = this.fileFor(dir);
    if (!file) return { file: undefined, loaded: undefined, stamp: 'none' };
    const { stamp, loaded } = this.load(file);
    return { file, loaded, stamp: `${file}@${stamp}` };
  }

  /** Reads `file`, or answers from the last read when its stamp has not changed. */
  load(file: string): { stamp: string; loaded: LoadedConfig } {
    const stamp = stampOf(file);
    const hit = this.files.get(file);
    if (hit && hit.stamp === stamp) return hit;
    const entry = { stamp, loaded: loadConfigFile(file) };
    this.files.set(file, entry);
    return entry;
  }

  /** Forget every search and every file read (a watched file changed). */
  clear(): void {
    this.searches.clear();
    this.files.clear();
  }

  /** Which config file applies to documents in `dir` (the forced one, else the nearest), without reading it. */
  fileFor(dir: string): string | undefined {
    if (this.options.forced) return this.options.forced;
    if (!this.options.rememberSearches) return findConfigFile(dir);
    if (!this.searches.has(dir)) this.searches.set(dir, findConfigFile(dir));
    return this.searches.get(dir);
  }
}
