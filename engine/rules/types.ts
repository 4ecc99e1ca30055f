/**
 * What a rule is. One rule per file under engine/rules/, listed once in
 * registry.ts, documented in docs/rules/<id>.md; tests fail if any of the
 * three is missing. A rule's examples are its tests (test/rules.test.ts).
 */
import type { PrfaqConfig } from '../config/types.js';
import type { SeverityName } from '../diagnostic.js';
import type { DocKind, DocModel } from '../model/types.js';
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
}

/**
 * An example document. In `invalid` examples every expected finding's exact
 * span is marked «like this»; a document-level finding (which sits on the
 * first heading) is declared with `findings` instead.
 */
export type RuleExample =
  | string
  | {
      doc: string;
      kind?: DocKind;
      /** Expected document-level findings, compared by their `data`. */
      findings?: Array<{ data?: Record<string, unknown> }>;
      /** Why this example matters (shown when it fails). */
      note?: string;
      /** Configuration for this example, merged over the defaults. */
      config?: import('../config/types.js').ConfigInput;
    };

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
  check(ctx: RuleContext): void;
  examples: { invalid: RuleExample[]; valid: RuleExample[] };
}
