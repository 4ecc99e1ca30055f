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
import type { ProseSpan } from './model/types.js';
import type { Finding } from './rules/types.js';

interface SpanEntry {
  /** Offsets relative to the span's first source offset. */
  findings: Finding[];
  used: number;
}

export class SpanResults {
  /** rule + configuration → span key → findings. */
  private readonly byRule = new Map<string, Map<string, SpanEntry>>();
  private generation = 0;
  stats = { hits: 0, misses: 0 };

  get size(): number {
    let n = 0;
    for (const m of this.byRule.values()) n += m.size;
    return n;
  }

  begin(): void {
    this.generation++;
    this.stats = { hits: 0, misses: 0 };
  }

  /** Findings of `rule` for the span `key`, moved to `base`; undefined when not cached. */
  get(rule: string, key: string, base: number): Finding[] | undefined {
    const e = this.byRule.get(rule)?.get(key);
    if (!e) {
      this.stats.misses++;
      return undefined;
    }
    e.used = this.generation;
    this.stats.hits++;
    return e.findings.length ? e.findings.map((f) => moved(f, base)) : NONE;
  }

  /** Remember `findings` (document offsets) for `key`, relative to `base`. */
  set(rule: string, key: string, base: number, findings: Finding[]): void {
    let m = this.byRule.get(rule);
    if (!m) this.byRule.set(rule, (m = new Map()));
    m.set(key, { findings: findings.map((f) => moved(f, -base)), used: this.generation });
  }

  sweep(): void {
    sweepGroups(this.byRule, this.generation);
  }

  clear(): void {
    this.byRule.clear();
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
 * map relative to `base` (ProseSpan.id), so only the context is spelled out.
 */
export function spanKey(span: ProseSpan): { key: string; base: number } {
  const base = span.segments.length ? span.segments[0][1] : 0;
  return { key: `${span.id}\u0001${JSON.stringify(span.context)}`, base };
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
  private readonly byName = new Map<string, Map<number, { value: unknown; used: number }>>();
  private generation = 0;

  get size(): number {
    let n = 0;
    for (const m of this.byName.values()) n += m.size;
    return n;
  }

  begin(): void {
    this.generation++;
  }

  get<T>(name: string, id: number, compute: () => T): T {
    let m = this.byName.get(name);
    if (!m) this.byName.set(name, (m = new Map()));
    let e = m.get(id);
    if (!e) m.set(id, (e = { value: compute(), used: this.generation }));
    else e.used = this.generation;
    return e.value as T;
  }

  sweep(): void {
    sweepGroups(this.byName, this.generation);
  }

  clear(): void {
    this.byName.clear();
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

/** Drops the entries used neither in this review nor the one before it, and the groups left empty. */
function sweepGroups(groups: Map<string, Map<unknown, { used: number }>>, generation: number): void {
  for (const [group, m] of groups) {
    for (const [k, e] of m) if (e.used < generation - 1) m.delete(k);
    if (m.size === 0) groups.delete(group);
  }
}
