/**
 * What a rule is. One rule per file under engine/rules/, listed once in
 * registry.ts, documented in docs/rules/<id>.md; tests fail if any of the
 * three is missing. A rule's examples are its tests (test/rules.test.ts).
 */
import type { PrincipleId } from './groups.js';
import type { PrfaqConfig } from '../config/types.js';
import type { SeverityName } from '../diagnostic.js';
import type { Block, DocKind, DocModel, ProseSpan } from '../model/types.js';
import type { Vocabulary } from '../text/vocabulary.js';

export interface Finding {
  start: number;
  end: number;
  message: string;
  data?: Record<string, unknown>;
}

export interface RuleContext {
  model: DocModel;
  config: PrfaqConfig;
  vocabulary: Vocabulary;
  report(finding: Finding): void;
  /**
   * What `compute` finds in one span on its own — reading only its text and
   * element, and giving offsets into its text, never document offsets — for
   * this rule, configuration and kind. The engine remembers it between
   * reviews of a document, so a document-level rule re-examines only the
   * spans an edit changed. `name` tells a rule's computations apart.
   */
  perSpan<T>(name: string, span: ProseSpan, compute: (span: SpanText) => T): T;
  /**
   * The same for one top-level block: `compute` may read the block, its tree
   * and its source text; offsets it returns are relative to `block.start`.
   */
  perBlock<T>(name: string, block: Block, compute: (block: Block) => T): T;
}

/** What a `perSpan` computation may read of a span. */
export type SpanText = Pick<ProseSpan, 'text' | 'element'>;

/**
 * An example document. In `invalid` examples every expected finding's exact
 * span is marked «like this»; a document-level finding (which sits on the
 * first heading) is declared with `findings` instead.
 */
export type RuleExample =
  | string
  | {
      doc: string;
      /** Forced kind (default `prfaq` unless `path` is given). */
      kind?: DocKind;
      /** Review the example under this file name instead of forcing a kind (for rules about names). */
      path?: string;
      /** Expected document-level findings, compared by their `data`. */
      findings?: Array<{ data?: Record<string, unknown> }>;
      /** Why this example matters (shown when it fails). */
      note?: string;
      /** Configuration for this example, merged over the defaults. */
      config?: import('../config/types.js').ConfigInput;
    };

/** One replacement in the document text (UTF-16 offsets, like Finding). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * A way to fix one finding. Computed by the rule itself (pure), turned into a
 * versioned WorkspaceEdit by the server. Placeholders are plain bracketed
 * text (`[N]`, `[date]`) that the writer fills in.
 */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix a writer most likely wants (VS Code's auto-fix picks it). */
  isPreferred?: boolean;
  /** Mechanical and complete (no placeholder, no judgement): applied by "fix all" and on save. */
  safe?: boolean;
  /** What to select once the fix is applied (offsets in the fixed text): the placeholder to type over. */
  select?: { start: number; end: number };
}

/** The finding to fix, in document offsets. */
export interface FixTarget {
  start: number;
  end: number;
  data?: Record<string, unknown>;
}

export interface FixContext {
  model: DocModel;
  config: PrfaqConfig;
}

export interface Rule {
  id: string;
  /** One line: what the rule finds. */
  description: string;
  /** Two or three sentences: why it matters (hovers and docs). */
  principle: string;
  /** A before/after pair for hovers. */
  example?: { before: string; after: string };
  kinds: readonly DocKind[];
  defaultSeverity: SeverityName;
  /** The principle it serves (engine/rules/groups.ts): how the review summary groups its findings. */
  group: PrincipleId;
  /**
   * `span`: the rule judges each prose span on its own, reading only the
   * span (text, segments, element, context — without `question`, the index
   * of its FAQ question, which is a fact about the whole document), the
   * configuration and the kind.
   * The engine then hands it one span at a time and caches its findings per
   * span, so an edit re-checks only the spans it changed. Default `document`:
   * the rule sees the whole model and runs on every review.
   */
  scope?: 'span' | 'document';
  check(ctx: RuleContext): void;
  /** Fixes for one of this rule's findings (rules listed in engine/fix/fixable.ts must have them). */
  fixes?(finding: FixTarget, ctx: FixContext): Fix[];
  /** When set, a quick fix applies this rule's fixes to all its findings at once, under this title ("Fix all weasel words in this document"). */
  fixAllTitle?: string;
  examples: { invalid: RuleExample[]; valid: RuleExample[] };
}
