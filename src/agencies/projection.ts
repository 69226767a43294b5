import { leafCriteria } from '../plan/codes';
import type { IndexId, Plan } from '../plan/schema';
import type { Compiled } from './compile';

/**
 * Where the self-assessments put each index this year: every leaf criterion counts its agencies'
 * self-assessment (their mean when several lead it), else last year's result; PAR INDEX and PAPI
 * add up their leaves. SIPAS is a survey of satisfaction, not a sum of points, so it is not
 * projected.
 */
export interface Projection {
  index: IndexId;
  result: number | null;
  target: number | null;
  projected: number;
  /** Leaf criteria with at least one self-assessment, of all leaves. */
  assessed: number;
  leaves: number;
  /**
   * Last year's results of the leaves added up: what the projection starts from. Where the plan's
   * own sums are wrong it differs from `result`, and whoever reads the projection is told.
   */
  leafResults: number;
}

export function projectScores(plan: Plan, compiled: Compiled): Projection[] {
  const scores = new Map<string, number[]>();
  for (const v of compiled.values) {
    if (v.field === 'selfAssessment' && typeof v.value === 'number') scores.set(v.id, [...(scores.get(v.id) ?? []), v.value]);
  }
  const out: Projection[] = [];
  for (const index of ['PAR', 'PAPI'] as const) {
    const all = plan.criteria.filter((c) => c.index === index);
    const leaves = leafCriteria(all);
    if (leaves.length === 0) continue;
    let projected = 0;
    let assessed = 0;
    let leafResults = 0;
    for (const c of leaves) {
      leafResults += c.result ?? 0;
      const s = scores.get(c.id);
      if (s?.length) {
        assessed++;
        projected += s.reduce((a, b) => a + b, 0) / s.length;
      } else projected += c.result ?? 0;
    }
    const total = all.find((c) => c.code === 'total');
    out.push({ index, result: total?.result ?? null, target: total?.target ?? null, projected: Math.round(projected * 1e4) / 1e4, assessed, leaves: leaves.length, leafResults: Math.round(leafResults * 1e4) / 1e4 });
  }
  return out;
}
