/**
 * One document in, diagnostics out: the engine call with everything around
 * it that an editor needs — the merge of settings and project file, the
 * size guard, a cache per (version, configuration), and the promise that a
 * crashing rule or engine never takes the server down.
 */
import type { CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ReviewCache } from '../../engine/cache.js';
import { textTooLarge } from '../../engine/config/size.js';
import { mergeConfig } from '../../engine/config/types.js';
import type { Diagnostic } from '../../engine/diagnostic.js';
import type { DocModel } from '../../engine/model/types.js';
import type { PrfaqConfig } from '../../engine/config/types.js';
import { warmChunks } from '../../engine/model/chunks.js';
import { review } from '../../engine/review.js';
import type { ProjectConfig } from './projectConfig.js';
import type { ServerSettings } from './settings.js';
import { nextTurn } from '../../shared/nextTurn.js';

export interface Outcome {
  /** Identifies the inputs; also the pull `resultId`. */
  key: string;
  version: number;
  diagnostics: Diagnostic[];
  model: DocModel | null;
  /** The merged configuration the review used (fixes, hovers and lenses read its limits). */
  config?: PrfaqConfig;
  skipped?: 'disabled' | 'too-large' | 'failed';
}

export interface ReviewerHooks {
  /** Logs to the client's output (connection.console). */
  log(message: string): void;
  /** Tells the writer once that a document is too large to review; `setting` names where the limit was set. */
  tooLarge(uri: string, bytes: number, limit: number, setting: string): void;
  /** Resolves when `uri` may go on parsing (visible documents first: visibility.ts). */
  turn?(uri: string, cancelled: () => boolean): Promise<void>;
  /** The folder of rule pages the findings link to (fixed at `initialize`); the engine's default when absent. */
  docsBase?(): string;
}

/**
 * A number per opened document: the document manager makes a new document
 * object on each open and updates it in place on each change.
 */
const openings = new WeakMap<TextDocument, number>();
let lastOpening = 0;
function openingOf(doc: TextDocument): number {
  let n = openings.get(doc);
  if (n === undefined) openings.set(doc, (n = ++lastOpening));
  return n;
}

/** Documents whose parsed chunks and span findings are kept (least recently reviewed dropped first). */
const CACHED_DOCUMENTS = 16;
/** How long `prepare` parses before it lets other work run. */
const SLICE_MS = 8;

export class Reviewer {
  private readonly cache = new Map<string, Outcome>();
  /** Per open document: what its earlier versions' reviews left (engine/cache.ts). */
  private readonly reviewCaches = new Map<string, ReviewCache>();
  /** What is shown for documents reviewed on save or by hand, until the next save or request. */
  private readonly shown = new Map<string, Outcome>();
  private readonly logged = new Set<string>();

  constructor(private readonly hooks: ReviewerHooks) {}

  cached(uri: string): Outcome | undefined {
    return this.cache.get(uri);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.shown.delete(uri);
  }

  /** The document closed: drop everything kept for it. */
  close(uri: string): void {
    this.forget(uri);
    this.reviewCaches.delete(uri);
  }

  private reviewCache(uri: string): ReviewCache {
    let c = this.reviewCaches.get(uri);
    if (c) this.reviewCaches.delete(uri);
    else c = new ReviewCache();
    this.reviewCaches.set(uri, c); // most recent last
    if (this.reviewCaches.size > CACHED_DOCUMENTS) this.reviewCaches.delete(this.reviewCaches.keys().next().value!);
    return c;
  }

  /**
   * Parses what changed in `doc` a slice at a time, yielding between slices,
   * so a long document never holds up the server: a newer edit (which
   * cancels `token`) stops it between chunks, and other documents' reviews
   * run in between. False when cancelled. The review that follows finds the
   * chunks parsed; a short edit has one chunk to parse and no slice to wait.
   */
  async prepare(doc: TextDocument, settings: ServerSettings, token: CancellationToken, project?: ProjectConfig): Promise<boolean> {
    if (!settings.enable || this.cache.get(doc.uri)?.version === doc.version) return true;
    const text = doc.getText();
    if (textTooLarge(text, Reviewer.sizeLimit(settings, project).bytes) !== null) return true; // run() decides and says so
    const chunks = this.reviewCache(doc.uri).chunks;
    for (;;) {
      if (token.isCancellationRequested) return false;
      const until = performance.now() + SLICE_MS;
      if (warmChunks(text, chunks, () => performance.now() > until || token.isCancellationRequested)) return !token.isCancellationRequested;
      await new Promise<void>((resolve) => nextTurn(resolve));
      await this.hooks.turn?.(doc.uri, () => token.isCancellationRequested);
    }
  }

  clear(): void {
    this.cache.clear();
    this.shown.clear();
  }

  /**
   * Keeps `outcome` as what the writer sees (run `onSave` or `manual`), so
   * reviews made for other reasons (the structure view asking for the model
   * while the writer types) do not change the findings shown.
   */
  hold(uri: string, outcome: Outcome): void {
    this.shown.set(uri, outcome);
  }

  held(uri: string): Outcome | undefined {
    return this.shown.get(uri);
  }

  /**
   * The inputs of a review, as a string: also the pull `resultId`. Versions
   * start at 1 again each time a document is opened, so the key also names
   * the opening; otherwise a client that kept a result id across close and
   * open (the file changed on disk meanwhile) would be told "unchanged".
   */
  static key(doc: TextDocument, generation: number, project: ProjectConfig): string {
    return `${openingOf(doc)}.${doc.version}|${generation}|${project.stamp}`;
  }

  /**
   * The largest document reviewed: the project file's `maxDocumentSize`
   * where it sets one (dropped in Restricted Mode: engine/config/trust.ts),
   * else the `prfaq.maxDocumentSize` setting; and how to name it to the writer.
   */
  static sizeLimit(settings: ServerSettings, project?: ProjectConfig): { bytes: number; setting: string } {
    const own = project?.input.maxDocumentSize;
    if (own !== undefined && project?.file) return { bytes: own, setting: `maxDocumentSize of ${project.file}` };
    return { bytes: settings.maxDocumentSize, setting: 'prfaq.maxDocumentSize' };
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
    const limit = Reviewer.sizeLimit(settings, project);
    const bytes = textTooLarge(text, limit.bytes);
    if (bytes !== null) {
      this.hooks.tooLarge(doc.uri, bytes, limit.bytes, limit.setting);
      return { ...base, skipped: 'too-large' };
    }
    try {
      const config = mergeConfig(settings.input, project.input);
      const result = review(text, { path, config, cache: this.reviewCache(doc.uri), docsBase: this.hooks.docsBase?.() });
      for (const e of result.errors) this.logOnce(`Rule ${e.rule} failed on ${doc.uri}: ${e.message}`);
      return { ...base, diagnostics: result.diagnostics, model: result.model, config };
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
