/**
 * What one document's reviews remember between versions: its parsed chunks
 * (engine/model/chunks.ts); the findings of span rules per prose span,
 * keyed by everything such a rule may read — the span (its id stands for
 * its text, source map and element), its context, the configuration and
 * the kind; and what document-level rules derive from one span or block on
 * its own (`Memo`). Document-level rules still run on every review, over
 * those remembered parts.
 *
 * Entries not used by the last two reviews are dropped, so a cache holds
 * about one document's worth. The server keeps one per open document and
 * drops it on close; the CLI uses none.
 */
import { ChunkCache } from './model/chunks.js';
import type { ProseContext, ProseSpan } from './model/types.js';
import type { Finding } from './rules/types.js';

interface SpanEntry {
  /** Findings by rule (an interned rule key), offsets relative to the span's first source offset. */
  byRule: Map<number, Finding[]>;
  used: number;
}

/**
 * Findings of span rules, by span and then by rule: one lookup with the
 * span's key per span, then one per rule with a small number. (Keys built
 * anew each review are equal strings but not the same ones, so every lookup
 * with one compares it in full.)
 */
export class SpanResults {
  private readonly bySpan = new Map<string, SpanEntry>();
  /** Rule key (rule, configuration, kind) → number. */
  private readonly rules = new Map<string, number>();
  /** Never reused, so a number kept from before a `clear()` stands for nothing new. */
  private nextRule = 0;
  private generation = 0;
  stats = { hits: 0, misses: 0 };

  get size(): number {
    let n = 0;
    for (const e of this.bySpan.values()) n += e.byRule.size;
    return n;
  }

  begin(): void {
    this.generation++;
    this.stats = { hits: 0, misses: 0 };
  }

  /** A number standing for `key` in this cache (once per rule and review). */
  rule(key: string): number {
    let n = this.rules.get(key);
    if (n === undefined) {
      // A new configuration or kind: what was kept for older ones will not be asked for again.
      if (this.rules.size >= 64) this.clear();
      this.rules.set(key, (n = this.nextRule++));
    }
    return n;
  }

  /** What is kept for the span `key` (created empty), marked as used by this review. */
  span(key: string): SpanEntry {
    let e = this.bySpan.get(key);
    if (!e) this.bySpan.set(key, (e = { byRule: new Map(), used: this.generation }));
    else e.used = this.generation;
    return e;
  }

  /** Findings of `rule` in `entry`, moved to `base`; undefined when not kept. */
  get(entry: SpanEntry, rule: number, base: number): Finding[] | undefined {
    const found = entry.byRule.get(rule);
    if (!found) {
      this.stats.misses++;
      return undefined;
    }
    this.stats.hits++;
    return found.length ? found.map((f) => moved(f, base)) : NONE;
  }

  /** Keep `findings` (document offsets) of `rule` in `entry`, relative to `base`. */
  set(entry: SpanEntry, rule: number, base: number, findings: Finding[]): void {
    entry.byRule.set(rule, findings.length ? findings.map((f) => moved(f, -base)) : NONE);
  }

  sweep(): void {
    for (const [k, e] of this.bySpan) if (e.used < this.generation - 1) this.bySpan.delete(k);
  }

  clear(): void {
    this.bySpan.clear();
    this.rules.clear();
  }
}

const NONE: Finding[] = [];

function moved(f: Finding, by: number): Finding {
  const out: Finding = { start: f.start + by, end: f.end + by, message: f.message };
  if (f.data) out.data = { ...f.data };
  return out;
}

/**
 * Everything a span rule may read of a span, as one string; `base` is where
 * its offsets start. The id stands for the text, the element and the source
 * map relative to `base` (ProseSpan.id), so only the context is spelled out,
 * without the question's index (span rules do not see it: see
 * `spanRuleContext`), so adding a question does not make every span after
 * it look new.
 */
export function spanKey(span: ProseSpan): { key: string; base: number } {
  // Every field of the context but the question's index; a field added to ProseContext must be added here.
  const named: Exclude<keyof ProseContext, 'region' | 'part' | 'faq' | 'role' | 'section' | 'readme' | 'weighs' | 'asksNumber' | 'unanswered' | 'launches' | 'question'> extends never ? true : never = true;
  void named;
  const base = span.segments.length ? span.segments[0][1] : 0;
  const c = span.context;
  return { key: `${span.id}\u0001${c.region}\u0001${c.part ?? ''}\u0001${c.faq ?? ''}\u0001${c.role ?? ''}\u0001${c.section ?? ''}\u0001${c.readme ? 'r' : ''}${c.weighs ? 'w' : ''}${c.asksNumber ? 'n' : ''}${c.unanswered ? 'u' : ''}${c.launches ? 'l' : ''}`, base };
}

/** The context a span rule sees: the span's, less the index of its FAQ question (a fact about the document). */
export function spanRuleContext(c: ProseContext): ProseContext {
  if (c.question === undefined) return c;
  const { question: _, ...rest } = c;
  return rest;
}

/**
 * Values document-level rules derive from one span or one block alone,
 * by rule (with configuration and kind), name and id. An id stands for one
 * text, tree and source map, wherever its chunk has moved, so a value holds
 * for as long as the id is in the document — provided it holds no document
 * offsets (offsets into the span's text or the block's source do not move).
 * Entries not used by the last two reviews are dropped.
 */
export class Memo {
  private readonly byName = new Map<string, MemoGroup>();
  private generation = 0;

  get size(): number {
    let n = 0;
    for (const g of this.byName.values()) n += g.values.size;
    return n;
  }

  begin(): void {
    this.generation++;
  }

  /** The values kept under `name`: ask once per name and review, then by id. */
  group(name: string): MemoGroup {
    let g = this.byName.get(name);
    if (!g) this.byName.set(name, (g = new MemoGroup()));
    g.generation = this.generation;
    return g;
  }

  sweep(): void {
    for (const [name, g] of this.byName) {
      for (const [id, e] of g.values) if (e.used < this.generation - 1) g.values.delete(id);
      if (g.values.size === 0) this.byName.delete(name);
    }
  }

  clear(): void {
    this.byName.clear();
  }
}

export class MemoGroup {
  readonly values = new Map<number, { value: unknown; used: number }>();
  generation = 0;

  get<T>(id: number, compute: () => T): T {
    let e = this.values.get(id);
    if (!e) this.values.set(id, (e = { value: compute(), used: this.generation }));
    else e.used = this.generation;
    return e.value as T;
  }
}

export class ReviewCache {
  readonly chunks = new ChunkCache();
  readonly spans = new SpanResults();
  readonly memo = new Memo();

  clear(): void {
    this.chunks.clear();
    this.spans.clear();
    this.memo.clear();
  }
}
