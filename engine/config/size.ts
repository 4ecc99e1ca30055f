/**
 * The size guard the CLI and the language server share: a document larger
 * than `maxDocumentSize` bytes (UTF-8) is not reviewed, and the writer is
 * told once, in words naming the file, its size and the setting. Absurd
 * files still take time in proportion to their size (issue 18): the guard
 * keeps a stray 100 MB log from holding up the editor or a CI job.
 */

/** 5 MB: about 6,000 pages of prose, reviewed in a few seconds. */
export const DEFAULT_MAX_DOCUMENT_SIZE = 5 * 1024 * 1024;

/** Over `limit` bytes (0 means no limit)? `text.length` bounds its UTF-8 size from below and, times 3, from above. */
export function textTooLarge(text: string, limit: number): number | null {
  if (limit <= 0 || text.length * 3 <= limit) return null;
  const bytes = utf8Length(text);
  return bytes > limit ? bytes : null;
}

/** The UTF-8 size of a string, counted (no Buffer: the engine runs in browsers too); a lone surrogate counts 3, as the encoder writes U+FFFD. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** "812 bytes", "9.8 KB", "12.3 MB" (1 KB = 1024 bytes). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const trim = (x: number) => x.toFixed(1).replace(/\.0$/, '');
  return bytes < 1024 * 1024 ? `${trim(bytes / 1024)} KB` : `${trim(bytes / (1024 * 1024))} MB`;
}

/** A size and the limit it is over, rounded alike unless that would make them read the same. */
export function sizeAgainstLimit(bytes: number, limit: number): { size: string; limit: string } {
  const size = formatSize(bytes);
  const max = formatSize(limit);
  return size === max ? { size: `${bytes} bytes`, limit: `${limit} bytes` } : { size, limit: max };
}
