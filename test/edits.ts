/** Assertions about edits, shared by the quick-fix unit tests and the property tests. */
import assert from 'node:assert/strict';
import type { TextEdit } from '../engine/rules/types.js';

/** Text outside the edits is byte-for-byte what it was. */
export function assertOnlyEditsChanged(before: string, after: string, edits: readonly TextEdit[]): void {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let pos = 0;
  let out = 0;
  for (const e of sorted) {
    const keep = before.slice(pos, e.start);
    assert.equal(after.slice(out, out + keep.length), keep, 'text before an edit changed');
    out += keep.length + e.newText.length;
    pos = e.end;
  }
  assert.equal(after.slice(out), before.slice(pos), 'text after the last edit changed');
}
