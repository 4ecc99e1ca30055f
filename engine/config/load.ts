/**
 * Finding and reading `.prfaqrc.json` files for the CLI and the Node
 * language server (Node's fs, nothing from VS Code). What is read is checked
 * by parse.ts, which needs no file system.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE_NAME, MAX_CONFIG_BYTES, parseConfigText, type LoadedConfig } from './parse.js';

export { closest, hint, SEVERITY_SETTINGS } from './validate.js';
export { CONFIG_FILE_NAME, MAX_CONFIG_BYTES, parseConfigText, validateConfigObject, type LoadedConfig } from './parse.js';

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
