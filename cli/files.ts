/**
 * From command-line arguments to files: folders become their Markdown files,
 * globs are expanded (tinyglobby), and every file must be readable UTF-8 text.
 * The order is deterministic: arguments in the order given, each one's
 * matches sorted, duplicates kept at their first place.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { readErrorReason } from '../engine/config/load.js';

export interface InputFile {
  /** The path as the user wrote it (or as the glob/folder expansion produced it). */
  given: string;
  absolute: string;
}

/** A file or pattern the run cannot go on without: message names it, exit status 2. */
export class FileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

const IGNORE = ['**/node_modules/**', '**/.git/**'];
const MARKDOWN = ['**/*.md', '**/*.markdown'];

export function expandArguments(patterns: readonly string[], cwd = process.cwd()): InputFile[] {
  const out: InputFile[] = [];
  const seen = new Set<string>();
  const add = (given: string) => {
    const absolute = resolve(cwd, given);
    if (seen.has(absolute)) return;
    seen.add(absolute);
    out.push({ given, absolute });
  };

  for (const pattern of patterns) {
    if (pattern === '') throw new FileError('""', 'an empty file name');
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(resolve(cwd, pattern));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new FileError(pattern, readErrorReason(e));
    }
    if (stat?.isDirectory()) {
      const base = pattern.replace(/[\\/]+$/, '');
      const found = sorted(globSync(MARKDOWN, { cwd: resolve(cwd, pattern), ignore: IGNORE, onlyFiles: true, expandDirectories: false }));
      if (found.length === 0) throw new FileError(pattern, 'no Markdown files (*.md) in this folder');
      for (const f of found) add(base === '' ? `/${f}` : base === '.' ? f : `${base}/${f}`);
    } else if (stat) {
      add(pattern);
    } else if (isDynamicPattern(toGlob(pattern))) {
      const glob = toGlob(pattern);
      const found = sorted(globSync(glob, { cwd, ignore: IGNORE, onlyFiles: true, expandDirectories: false, absolute: isAbsolute(pattern) }));
      if (found.length === 0) throw new FileError(pattern, 'no files match this pattern');
      for (const f of found) add(f);
    } else {
      throw new FileError(pattern, 'no such file or folder');
    }
  }
  return out;
}

/** Code-point order, not the locale's: the same on every machine. */
function sorted(list: string[]): string[] {
  return list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Globs use "/"; on Windows users type "\". */
function toGlob(pattern: string): string {
  return process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
}

const NOT_TEXT = 'not a UTF-8 text file';

/**
 * The file's text, or a FileError. Binary (a NUL byte in the first 8 KB) and
 * invalid UTF-8 are refused rather than reviewed as garbage. A byte-order mark
 * is dropped, as editors do, so positions match what the editor shows.
 */
export function readText(file: InputFile): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.absolute);
  } catch (e) {
    throw new FileError(file.given, readErrorReason(e));
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new FileError(file.given, NOT_TEXT);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileError(file.given, NOT_TEXT);
  }
}
