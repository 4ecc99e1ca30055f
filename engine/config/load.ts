/**
 * Finding and reading `.prfaqrc.json`, and checking any object of the same
 * shape (the server's `prfaq.*` settings). Shared by the CLI and the language
 * server, so it uses Node's fs but nothing from VS Code.
 *
 * A config file is forgiving: comments and trailing commas are fine, and a
 * wrong value is reported with its line and column and then ignored on its
 * own, so the rest of the file still applies. Only a file that does not parse
 * at all falls back to the defaults as a whole.
 */
import { LineIndex } from '../model/lines.js';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
// The UMD build of jsonc-parser loads its parts through a wrapped `require`
// that esbuild cannot follow, so the bundled CLI would fail at start-up.
// The ESM build bundles cleanly and has the same API and types.
import { findNodeAtLocation, parseTree, printParseErrorCode, type JSONPath, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { RULE_IDS } from '../rules/registry.js';
import type { ConfigInput, ConfigProblem, RuleSetting } from './types.js';

export const CONFIG_FILE_NAME = '.prfaqrc.json';
/** Bigger than any honest config file; refusing keeps a stray file from stalling the editor. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export const SEVERITY_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'hint', 'off'];

export interface LoadedConfig {
  /** The file as read (absolute when found by `findConfigFile`). */
  file: string;
  /** Everything valid in the file; `{}` when it could not be read or parsed. */
  input: ConfigInput;
  problems: ConfigProblem[];
  /** Set when the file could not be read at all (missing, a folder, no permission). */
  unreadable?: string;
}

/**
 * The nearest `.prfaqrc.json` in `startDir` or one of its parents, up to the
 * filesystem root; undefined when there is none.
 */
export function findConfigFile(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here; keep walking
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Read and check a config file. Never throws. */
export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    const st = statSync(file);
    if (st.isDirectory()) return unreadable(file, 'is a folder, not a config file');
    if (st.size > MAX_CONFIG_BYTES) {
      const mb = (st.size / 1024 / 1024).toFixed(1);
      return { file, input: {}, problems: [{ file, line: 0, column: 0, message: `the file is ${mb} MB; a config file over 1 MB is refused and the defaults apply` }] };
    }
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return unreadable(file, readErrorReason(e));
  }
  return parseConfigText(text, file);
}

/** Check config text already in memory (an unsaved editor buffer, tests). */
export function parseConfigText(text: string, file: string): LoadedConfig {
  // A byte-order mark is not JSON; blank it out so offsets stay the same.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const errors: ParseError[] = [];
  let tree: Node | undefined;
  try {
    tree = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  } catch (e) {
    // jsonc-parser recurses per nesting level: absurd nesting overflows the stack.
    if (!(e instanceof RangeError)) throw e;
    return { file, input: {}, problems: [{ file, line: 1, column: 1, message: 'the file is nested too deeply to read; the file is ignored and the defaults apply' }] };
  }
  const at = positions(source);
  if (errors.length > 0) {
    const first = errors[0];
    const { line, column } = at(first.offset);
    return {
      file,
      input: {},
      problems: [{ file, line, column, message: `${syntaxMessage(printParseErrorCode(first.error))}; the file is ignored and the defaults apply` }],
    };
  }
  if (!tree) return { file, input: {}, problems: [] }; // an empty file says nothing
  const locate = (path: JSONPath, key: boolean) => {
    const node = findNodeAtLocation(tree, path);
    if (!node) return { line: 0, column: 0 };
    const target: Node = key && node.parent?.type === 'property' && node.parent.children ? node.parent.children[0] : node;
    return at(target.offset);
  };
  return { file, ...validate(JSON.parse(JSON.stringify(valueOf(tree))), file, locate, false) };
}

/**
 * Check an object of the config file's shape, such as the `prfaq.*` settings.
 * Problems carry line 0, column 0 (no place to point at). Unset settings
 * (`null` or `undefined`) are skipped silently.
 */
export function validateConfigObject(obj: unknown, file: string): { input: ConfigInput; problems: ConfigProblem[] } {
  return validate(obj, file, () => ({ line: 0, column: 0 }), true);
}

/**
 * The path that kind globs from a config are matched against: relative to the
 * folder holding the config file (as `.gitignore` patterns are), with `/`
 * separators. Without a config file, relative to `base` (the working folder).
 */
export function pathForKindGlobs(docPath: string, configFile: string | undefined, base = process.cwd()): string {
  const root = configFile ? dirname(resolve(configFile)) : resolve(base);
  const rel = relative(root, resolve(docPath));
  const out = rel === '' || rel.startsWith('..') ? resolve(docPath) : rel;
  return out.split(sep).join('/');
}

// ---------------------------------------------------------------------------

type Locate = (path: JSONPath, key: boolean) => { line: number; column: number };

const TOP_KEYS = ['$schema', 'rules', 'weaselWords', 'genericCustomers', 'limits', 'readability', 'kinds', 'maxDocumentSize'] as const;

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
};

const MAX_DOCUMENT_SIZE: NumberSpec = { what: 'the largest document reviewed, in bytes; 0 for no limit', integer: true, min: 0 };

function validate(root: unknown, file: string, locate: Locate, lenient: boolean): { input: ConfigInput; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const input: ConfigInput = {};
  const report = (path: JSONPath, key: boolean, message: string) => problems.push({ file, ...locate(path, key), message });
  const unset = (v: unknown) => v === undefined || (lenient && v === null);

  if (unset(root)) return { input, problems };
  if (!isObject(root)) {
    report([], false, `the configuration must be an object ({ … }), not ${describe(root)}; the defaults apply`);
    return { input, problems };
  }

  for (const [key, value] of Object.entries(root)) {
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
  for (const key of ['weaselWords', 'genericCustomers'] as const) {
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

/** A node's value, keeping the last of duplicate keys as JSON.parse does. */
function valueOf(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) out[k.value as string] = valueOf(v);
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(valueOf);
    default:
      return node.value;
  }
}

/** 1-based line and column of an offset, for messages. */
function positions(text: string): (offset: number) => { line: number; column: number } {
  const index = new LineIndex(text);
  return (offset) => {
    const p = index.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
}

const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between entries',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'unexpected text after the end of the configuration',
  InvalidCommentToken: 'malformed comment',
  UnexpectedEndOfComment: 'comment is never closed',
  UnexpectedEndOfString: 'string is never closed',
  UnexpectedEndOfNumber: 'number is cut short',
  InvalidUnicode: 'malformed \\u escape',
  InvalidEscapeCharacter: 'malformed escape in a string',
  InvalidCharacter: 'character not allowed in a string',
};

function syntaxMessage(code: string): string {
  return `not valid JSON: ${SYNTAX[code] ?? code}`;
}

function unreadable(file: string, reason: string): LoadedConfig {
  return { file, input: {}, problems: [{ file, line: 0, column: 0, message: `cannot use the config file: ${reason}` }], unreadable: reason };
}

/** "no such file", "permission denied"… from a Node fs error. */
export function readErrorReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    default:
      return (e as Error)?.message ?? String(e);
  }
}
