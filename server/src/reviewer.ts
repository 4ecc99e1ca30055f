/**
 * One document in, diagnostics out: the engine call with everything around
 * it that an editor needs — the merge of settings and project file, the
 * size guard, a cache per (version, configuration), and the promise that a
 * crashing rule or engine never takes the server down.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { mergeConfig } from '../../engine/config/types.js';
import type { Diagnostic } from '../../engine/diagnostic.js';
import type { DocModel } from '../../engine/model/types.js';
import { review } from '../../engine/review.js';
import type { ProjectConfig } from './projectConfig.js';
import type { ServerSettings } from './settings.js';

export interface Outcome {
  /** Identifies the inputs; also the pull `resultId`. */
  key: string;
  version: number;
  diagnostics: Diagnostic[];
  model: DocModel | null;
  skipped?: 'disabled' | 'too-large' | 'failed';
}

export interface ReviewerHooks {
  /** Logs to the client's output (connection.console). */
  log(message: string): void;
  /** Tells the writer once that a document is too large to review. */
  tooLarge(uri: string, bytes: number, limit: number): void;
}

export class Reviewer {
  private readonly cache = new Map<string, Outcome>();
  private readonly logged = new Set<string>();

  constructor(private readonly hooks: ReviewerHooks) {}

  cached(uri: string): Outcome | undefined {
    return this.cache.get(uri);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }

  static key(doc: TextDocument, generation: number, project: ProjectConfig): string {
    return `${doc.version}|${generation}|${project.stamp}`;
  }

  /** `path` is what file names and kind globs are matched against. */
  run(doc: TextDocument, path: string, settings: ServerSettings, project: ProjectConfig, generation: number): Outcome {
    const key = Reviewer.key(doc, generation, project);
    const hit = this.cache.get(doc.uri);
    if (hit && hit.key === key) return hit;
    const outcome = this.compute(doc, path, settings, project, key);
    this.cache.set(doc.uri, outcome);
    return outcome;
  }

  private compute(doc: TextDocument, path: string, settings: ServerSettings, project: ProjectConfig, key: string): Outcome {
    const base = { key, version: doc.version, diagnostics: [], model: null };
    if (!settings.enable) return { ...base, skipped: 'disabled' };
    const text = doc.getText();
    // 0 means no limit. Cheap bound first: a UTF-16 unit is at most 3 UTF-8 bytes.
    if (settings.maxDocumentSize > 0 && text.length * 3 > settings.maxDocumentSize) {
      const bytes = Buffer.byteLength(text, 'utf8');
      if (bytes > settings.maxDocumentSize) {
        this.hooks.tooLarge(doc.uri, bytes, settings.maxDocumentSize);
        return { ...base, skipped: 'too-large' };
      }
    }
    try {
      const config = mergeConfig(settings.input, project.input);
      const result = review(text, { path, config });
      for (const e of result.errors) this.logOnce(`Rule ${e.rule} failed on ${doc.uri}: ${e.message}`);
      return { ...base, diagnostics: result.diagnostics, model: result.model };
    } catch (e) {
      const err = e as Error;
      this.logOnce(`Review of ${doc.uri} failed: ${err.stack ?? err.message}`);
      return { ...base, skipped: 'failed' };
    }
  }

  private logOnce(message: string): void {
    if (this.logged.has(message)) return;
    this.logged.add(message);
    this.hooks.log(message);
  }
}
