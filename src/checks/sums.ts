import type { Criterion, FindingOf, Plan } from '../plan/schema';
import { roundedComparison } from './compare';
import { VALUE_FIELDS, type ValueField } from '../plan/finding';
import { roundingTolerance } from './tolerance';
import { CriteriaTree } from './tree';
import { childrenAreSubset } from '../plan/partial';

export const SUM_CHILDREN = 'sum.children';

/**
 * PAR and PAPI parents are the sums of their children (DESIGN §5), but every value is
 * printed rounded, so a gap no larger than the summed half-units is explained by rounding.
 * SIPAS is a mean, not a sum, and is checked in sipas.ts.
 */
export function checkSums(plan: Plan): FindingOf<typeof SUM_CHILDREN>[] {
  const tree = new CriteriaTree(plan.criteria);
  const out: FindingOf<typeof SUM_CHILDREN>[] = [];
  for (const parent of plan.criteria) {
    if (parent.index === 'SIPAS') continue;
    const children = tree.childrenOf(parent);
    if (children.length === 0) continue;
    // Only the criteria that lost points are listed under this parent: their sums say nothing.
    if (childrenAreSubset(parent, children)) continue;
    for (const field of VALUE_FIELDS) {
      const f = compareSum(parent, children, field);
      if (f) out.push(f);
    }
  }
  return out;
}

function compareSum(parent: Criterion, children: readonly Criterion[], field: ValueField): FindingOf<typeof SUM_CHILDREN> | null {
  const stated = parent[field];
  if (stated === null) return null;
  let sum = 0;
  let tolerance = roundingTolerance(parent.decimals[field]);
  for (const child of children) {
    const value = child[field];
    if (value === null) return null;
    sum += value;
    tolerance += roundingTolerance(child.decimals[field]);
  }
  const f = roundedComparison(SUM_CHILDREN, parent, field, stated, sum, tolerance, { children: children.length });
  // A target written in words ('Từ 45 điểm trở lên') is a round aspiration, not a stated sum:
  // a gap to its children's targets is said, not warned about.
  return f && field === 'target' && parent.targetText ? { ...f, severity: 'info' } : f;
}
