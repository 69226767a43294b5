import type { Finding, Plan } from '../plan/schema';
import { finding, VALUE_FIELDS } from '../plan/finding';
import { roundedComparison } from './compare';
import { roundingTolerance } from './tolerance';
import { CriteriaTree, isTotal } from './tree';

export const SIPAS_BOUNDS = 'sipas.bounds';
export const SIPAS_MEAN = 'sipas.mean';

const SIPAS_MIN = 0;
const SIPAS_MAX = 100;

/**
 * SIPAS values are percentages, and the overall index is the mean of its two groups
 * (DESIGN §5). A group is NOT the mean of its components, so groups are never checked.
 */
export function checkSipas(plan: Plan): Finding[] {
  const out: Finding[] = [];
  const sipas = plan.criteria.filter((c) => c.index === 'SIPAS');

  for (const c of sipas) {
    for (const field of VALUE_FIELDS) {
      const value = c[field];
      if (value === null || (value >= SIPAS_MIN && value <= SIPAS_MAX)) continue;
      out.push(finding(SIPAS_BOUNDS, 'error', c, field, value, null, { min: SIPAS_MIN, max: SIPAS_MAX }));
    }
  }

  const tree = new CriteriaTree(plan.criteria);
  for (const total of sipas) {
    if (!isTotal(total)) continue;
    const groups = tree.childrenOf(total);
    // Only groups (two, or three aspects in older rounds) average to the overall index: a flat
    // list of the nine components under the total (a plan that prints no groups) is not the
    // method's mean, and is not checked.
    const flatComponents = groups.length > 3 && groups.every((g) => tree.childrenOf(g).length === 0);
    if (groups.length === 0 || flatComponents) continue;
    for (const field of ['result', 'target'] as const) {
      const stated = total[field];
      if (stated === null) continue;
      const values: number[] = [];
      let groupTolerance = 0;
      for (const g of groups) {
        const v = g[field];
        if (v === null) break;
        values.push(v);
        groupTolerance += roundingTolerance(g.decimals[field]);
      }
      if (values.length !== groups.length) continue;
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      // The mean's rounding error is the average of the groups', plus the total's own.
      const tolerance = groupTolerance / groups.length + roundingTolerance(total.decimals[field]);
      const f = roundedComparison(SIPAS_MEAN, total, field, stated, mean, tolerance, { groups: groups.length });
      // A target written in words ('≥ 85%') is a floor, not a stated mean: a gap is said, not warned about (as in sums.ts).
      if (f) out.push(field === 'target' && total.targetText ? { ...f, severity: 'info' } : f);
    }
  }
  return out;
}
