/**
 * Checks a configuration object (a parsed `.prfaqrc.json`, or the `prfaq.*`
 * settings): every valid value is kept, every wrong one is reported with
 * where it is and what was expected, and then ignored on its own.
 */
import type { JSONPath } from 'jsonc-parser/lib/esm/main.js';
import { RULE_IDS } from '../rules/registry.js';
import { WORD_LISTS, type ConfigInput, type ConfigProblem, type RuleSetting } from './types.js';

export const SEVERITY_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'hint', 'off'];

export type Locate = (path: JSONPath, key: boolean) => { line: number; column: number };

const TOP_KEYS = ['$schema', 'rules', 'weaselWords', 'genericCustomers', 'knownAcronyms', 'limits', 'readability', 'kinds', 'maxDocumentSize'] as const;

interface NumberSpec {
  what: string;
  integer: boolean;
  min: number;
  max?: number;
}

const LIMITS: Record<string, NumberSpec> = {
  pressReleaseWords: { what: 'the press release word limit', integer: true, min: 1 },
  faqWords: { what: 'the FAQ word limit', integer: true, min: 1 },
  narrativeWords: { what: 'the narrative word limit', integer: true, min: 1 },
};

const READABILITY: Record<string, NumberSpec> = {
  age: { what: 'the target reader age', integer: false, min: 1, max: 100 },
  threshold: { what: 'the share of readability formulas that must agree', integer: false, min: 0, max: 1 },
  minWords: { what: 'the shortest sentence judged', integer: true, min: 1 },
  maxWords: { what: 'the longest sentence let through', integer: true, min: 1 },
};

const MAX_DOCUMENT_SIZE: NumberSpec = { what: 'the largest document reviewed, in bytes; 0 for no limit', integer: true, min: 0 };

export function validate(root: unknown, file: string, locate: Locate, lenient: boolean): { input: ConfigInput; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const input: ConfigInput = {};
  const report = (path: JSONPath, key: boolean, message: string) => problems.push({ file, ...locate(path, key), message });
  const unset = (v: unknown) => v === undefined || (lenient && v === null);

  if (unset(root)) return { input, problems };
  if (!isObject(root)) {
    report([], false, `the configuration must be an object ({ … }), not ${describe(root)}; the defaults apply`);
    return { input, problems };
  }

  for (const key of Object.keys(root)) {
    if (!(TOP_KEYS as readonly string[]).includes(key)) {
      report([key], true, `unknown setting "${key}"${hint(key, TOP_KEYS.filter((k) => k !== '$schema'))}; it is ignored`);
    }
  }

  if (!unset(root.$schema) && typeof root.$schema !== 'string') report(['$schema'], false, `"$schema" must be a string (the schema's URL or path)`);

  // rules
  if (!unset(root.rules)) {
    if (!isObject(root.rules)) {
      report(['rules'], false, `"rules" must be an object mapping rule ids to a severity, not ${describe(root.rules)}; it is ignored`);
    } else {
      const rules: Record<string, RuleSetting> = {};
      for (const [id, setting] of Object.entries(root.rules)) {
        if (!RULE_IDS.includes(id)) {
          report(['rules', id], true, `"${id}" is not a PR/FAQ Studio rule${hint(id, RULE_IDS)}; it is ignored`);
          continue;
        }
        if (typeof setting !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(setting)) {
          const got = typeof setting === 'string' ? `"${setting}"` : describe(setting);
          const suggestion = typeof setting === 'string' ? hint(setting.toLowerCase(), SEVERITY_SETTINGS) : '';
          report(['rules', id], false, `the setting for "${id}" must be one of ${SEVERITY_SETTINGS.map((s) => `"${s}"`).join(', ')}, not ${got}${suggestion}; the rule keeps its default`);
          continue;
        }
        rules[id] = setting as RuleSetting;
      }
      input.rules = rules;
    }
  }

  // word lists
  for (const key of WORD_LISTS) {
    const value = root[key];
    if (unset(value)) continue;
    if (!isObject(value)) {
      report([key], false, `"${key}" must be an object like { "add": [...], "remove": [...] }, not ${describe(value)}; it is ignored`);
      continue;
    }
    const patch: { add?: string[]; remove?: string[] } = {};
    for (const [sub, list] of Object.entries(value)) {
      if (sub !== 'add' && sub !== 'remove') {
        report([key, sub], true, `unknown setting "${key}.${sub}"${hint(sub, ['add', 'remove'])}; only "add" and "remove" are allowed`);
        continue;
      }
      if (unset(list)) continue;
      if (!Array.isArray(list)) {
        report([key, sub], false, `"${key}.${sub}" must be a list of words or phrases, not ${describe(list)}; it is ignored`);
        continue;
      }
      const words: string[] = [];
      list.forEach((w, i) => {
        if (typeof w !== 'string') report([key, sub, i], false, `"${key}.${sub}" entries must be strings, not ${describe(w)}; this entry is ignored`);
        else if (w.trim() === '') report([key, sub, i], false, `an empty word in "${key}.${sub}" is ignored`);
        else words.push(w);
      });
      patch[sub] = words;
    }
    input[key] = patch;
  }

  // numbers
  for (const [key, specs] of [['limits', LIMITS], ['readability', READABILITY]] as const) {
    const value = root[key];
    if (unset(value)) continue;
    if (!isObject(value)) {
      report([key], false, `"${key}" must be an object, not ${describe(value)}; it is ignored`);
      continue;
    }
    const out: Record<string, number> = {};
    for (const [sub, n] of Object.entries(value)) {
      const spec = specs[sub];
      if (!spec) {
        report([key, sub], true, `unknown setting "${key}.${sub}"${hint(sub, Object.keys(specs))}; it is ignored`);
        continue;
      }
      if (unset(n)) continue;
      const problem = checkNumber(n, spec);
      if (problem) {
        report([key, sub], false, `"${key}.${sub}" (${spec.what}) must be ${problem}, not ${describe(n)}; the default is kept`);
        continue;
      }
      out[sub] = n as number;
    }
    input[key] = out;
  }

  // kinds
  if (!unset(root.kinds)) {
    if (!isObject(root.kinds)) {
      report(['kinds'], false, `"kinds" must be an object like { "prfaq": [globs], "narrative": [globs] }, not ${describe(root.kinds)}; it is ignored`);
    } else {
      const kinds: { prfaq?: string[]; narrative?: string[] } = {};
      for (const [sub, list] of Object.entries(root.kinds)) {
        if (sub !== 'prfaq' && sub !== 'narrative') {
          report(['kinds', sub], true, `unknown document kind "${sub}"${hint(sub, ['prfaq', 'narrative'])}; the kinds are "prfaq" and "narrative"`);
          continue;
        }
        if (unset(list)) continue;
        if (!Array.isArray(list)) {
          report(['kinds', sub], false, `"kinds.${sub}" must be a list of globs such as ["docs/**/*.md"], not ${describe(list)}; it is ignored`);
          continue;
        }
        const globs: string[] = [];
        list.forEach((g, i) => {
          if (typeof g !== 'string' || g.trim() === '') report(['kinds', sub, i], false, `"kinds.${sub}" entries must be non-empty glob strings, not ${describe(g)}; this entry is ignored`);
          else globs.push(g);
        });
        kinds[sub] = globs;
      }
      input.kinds = kinds;
    }
  }

  if (!unset(root.maxDocumentSize)) {
    const problem = checkNumber(root.maxDocumentSize, MAX_DOCUMENT_SIZE);
    if (problem) report(['maxDocumentSize'], false, `"maxDocumentSize" (${MAX_DOCUMENT_SIZE.what}) must be ${problem}, not ${describe(root.maxDocumentSize)}; the default is kept`);
    else input.maxDocumentSize = root.maxDocumentSize as number;
  }

  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { input, problems };
}

function checkNumber(n: unknown, spec: NumberSpec): string | undefined {
  const want = spec.integer ? `a whole number` : 'a number';
  const range = spec.max !== undefined ? ` from ${spec.min} to ${spec.max}` : ` of at least ${spec.min}`;
  if (typeof n !== 'number' || !Number.isFinite(n)) return want + range;
  if (spec.integer && !Number.isInteger(n)) return want + range;
  if (n < spec.min || (spec.max !== undefined && n > spec.max)) return want + range;
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object') return 'an object';
  return typeof v;
}

/** `; did you mean "x"?` when one candidate is close enough to be a typo. */
export function hint(name: string, candidates: readonly string[]): string {
  const best = closest(name, candidates);
  return best ? ` (did you mean "${best}"?)` : '';
}

export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    const d = distance(lower, c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  // A third of the name may be wrong; beyond that it is a different word.
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/** Optimal string alignment distance: edits, with a swap of neighbours counting once. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

