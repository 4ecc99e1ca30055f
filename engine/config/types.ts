/**
 * Configuration: what `.prfaqrc.json` and the `prfaq.*` settings can say.
 * The same shape in both places, so one merge serves the server and the CLI.
 */
import type { SeverityName } from '../diagnostic.js';

export type RuleSetting = SeverityName | 'off';

export interface WordListPatch {
  add: string[];
  remove: string[];
}

export interface PrfaqConfig {
  /** Per-rule severity, or `off`. Rules not named use their default. */
  rules: Record<string, RuleSetting>;
  weaselWords: WordListPatch;
  genericCustomers: WordListPatch;
  /** Acronyms readers know without a definition, added to or removed from the built-in list (`undefined-acronym`). */
  knownAcronyms: WordListPatch;
  limits: {
    pressReleaseWords: number;
    faqWords: number;
    narrativeWords: number;
  };
  readability: {
    /** Target reader age; sentences judged harder than this are reported. */
    age: number;
    /** Share of the seven formulas (0–1) that must agree. */
    threshold: number;
    /** Sentences shorter than this are never judged. */
    minWords: number;
    /** Sentences with more words than this are reported whatever their words. */
    maxWords: number;
  };
  /** Globs (matched against the path) that decide a file's kind. */
  kinds: { prfaq: string[]; narrative: string[] };
}

/** A partial config as written by a user; merged over the defaults. */
export type ConfigInput = {
  rules?: Record<string, RuleSetting>;
  weaselWords?: Partial<WordListPatch>;
  genericCustomers?: Partial<WordListPatch>;
  knownAcronyms?: Partial<WordListPatch>;
  limits?: Partial<PrfaqConfig['limits']>;
  readability?: Partial<PrfaqConfig['readability']>;
  kinds?: Partial<PrfaqConfig['kinds']>;
  /**
   * Bytes (UTF-8); larger documents are not reviewed, 0 means no limit
   * (engine/config/size.ts). Read by the CLI and the server, which decide
   * whether to review at all; the review itself never sees it.
   */
  maxDocumentSize?: number;
};

export const DEFAULT_CONFIG: PrfaqConfig = {
  rules: {},
  weaselWords: { add: [], remove: [] },
  genericCustomers: { add: [], remove: [] },
  knownAcronyms: { add: [], remove: [] },
  limits: { pressReleaseWords: 600, faqWords: 2500, narrativeWords: 3000 },
  readability: { age: 20, threshold: 5 / 7, minWords: 12, maxWords: 60 },
  kinds: { prfaq: [], narrative: [] },
};

/** The settings that add words to or remove words from a built-in list. */
export const WORD_LISTS = ['weaselWords', 'genericCustomers', 'knownAcronyms'] as const;

/** A problem found in a configuration source, with its place. */
export interface ConfigProblem {
  file: string;
  /** 1-based, for messages. 0 when not tied to a place. */
  line: number;
  column: number;
  message: string;
}

/** Later inputs win. Word lists accumulate, other values replace. */
export function mergeConfig(...inputs: Array<ConfigInput | undefined>): PrfaqConfig {
  const out: PrfaqConfig = structuredClone(DEFAULT_CONFIG);
  for (const input of inputs) {
    if (!input) continue;
    if (input.rules) Object.assign(out.rules, input.rules);
    for (const key of WORD_LISTS) {
      const patch = input[key];
      if (patch?.add) out[key].add.push(...patch.add);
      if (patch?.remove) out[key].remove.push(...patch.remove);
    }
    if (input.limits) Object.assign(out.limits, input.limits);
    if (input.readability) Object.assign(out.readability, input.readability);
    if (input.kinds?.prfaq) out.kinds.prfaq = [...input.kinds.prfaq];
    if (input.kinds?.narrative) out.kinds.narrative = [...input.kinds.narrative];
  }
  return out;
}
