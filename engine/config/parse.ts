/**
 * Reading `.prfaqrc.json` text, and checking any object of the same shape
 * (the server's `prfaq.*` settings). No file system here: load.ts finds and
 * reads files for the CLI and the Node server; this part also runs where
 * there are no files (the browser).
 *
 * A config file is forgiving: comments and trailing commas are fine, and a
 * wrong value is reported with its line and column and then ignored on its
 * own, so the rest of the file still applies. Only a file that does not parse
 * at all falls back to the defaults as a whole.
 */
// The UMD build of jsonc-parser loads its parts through a wrapped `require`
// that esbuild cannot follow, so the bundled CLI would fail at start-up.
// The ESM build bundles cleanly and has the same API and types.
import { findNodeAtLocation, parseTree, printParseErrorCode, type JSONPath, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { LineIndex } from '../model/lines.js';
import type { ConfigInput, ConfigProblem } from './types.js';
import { validate } from './validate.js';

export const CONFIG_FILE_NAME = '.prfaqrc.json';
/** Bigger than any honest config file; refusing keeps a stray file from stalling the editor. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadedConfig {
  /** The file as read (absolute when found by `findConfigFile`). */
  file: string;
  /** Everything valid in the file; `{}` when it could not be read or parsed. */
  input: ConfigInput;
  problems: ConfigProblem[];
  /** Set when the file could not be read at all (missing, a folder, no permission). */
  unreadable?: string;
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
