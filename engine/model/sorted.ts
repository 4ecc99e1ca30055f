/**
 * Binary search over items kept in document order: the index of the first
 * item for which `before` is false, where `before` holds for a prefix of
 * the items and for none after it (items.length when it holds for all).
 */
export function firstNotBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
