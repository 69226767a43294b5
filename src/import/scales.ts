import type { IndexId } from '../plan/schema';

/**
 * The scales the indices are published on (issue #10 item 6), applied where a table has no max
 * column: PAPI has 8 dimensions of 10 points (total 80); SIPAS is per cent of 100 on every row;
 * the PAR INDEX totals 100, its areas' weights change with the method, so they stay unknown.
 */
export const INDEX_SCALES: Record<IndexId, { total: number; area: number | null; below: number | null }> = {
  PAPI: { total: 80, area: 10, below: null },
  SIPAS: { total: 100, area: 100, below: 100 },
  PAR: { total: 100, area: null, below: null },
};

/** The max a row of this level must have on its index's scale; null when the scale does not say. */
export function knownMax(index: IndexId, level: number): number | null {
  const s = INDEX_SCALES[index];
  return level === 0 ? s.total : level === 1 ? s.area : s.below;
}
