import type { Criterion } from './schema';

/**
 * Many plans list only the criteria that lost points (issue #10 item 5). A parent's children are
 * visibly a subset when their max adds to less than the parent's: then a sum of results or targets,
 * a skipped code or a missing total under that parent only reflects the omission, and no check
 * may report it. Shared by the importer (which says so once) and the checks (which stay quiet).
 */
export function childrenAreSubset(parent: Pick<Criterion, 'max' | 'decimals' | 'index'>, children: readonly Pick<Criterion, 'max' | 'decimals'>[]): boolean {
  if (children.length === 0 || parent.max === null) return false;
  if (children.some((c) => c.max === null)) return false;
  const sum = children.reduce((s, c) => s + (c.max ?? 0), 0);
  // SIPAS values are per cent of 100 for every row: a mean, not a sum, so max says nothing.
  if (parent.index === 'SIPAS') return false;
  const slack = 0.01 * (children.length + 1);
  return sum < parent.max - slack;
}
