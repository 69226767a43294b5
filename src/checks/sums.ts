import type { Criterion, Finding, Plan } from '../plan/schema';
import { roundedComparison } from './compare';
import { finding, VALUE_FIELDS, type ValueField } from '../plan/finding';
import { roundingTolerance } from './tolerance';
import { CriteriaTree } from './tree';
import { childrenAreSubset } from '../plan/partial';

export const SUM_CHILDREN = 'sum.children';
export const SUM_MAX_MISSING = 'sum.max-missing';
export const SUM_CHILDREN_INCOMPLETE = 'sum.children-incomplete';

/**
 * PAR and PAPI parents are the sums of their children (DESIGN §5), but every value is
 * printed rounded, so a gap no larger than the summed half-units is explained by rounding.
 * SIPAS is a mean, not a sum, and is checked in sipas.ts.
 */
export function checkSums(plan: Plan): Finding[] {
  const tree = new CriteriaTree(plan.criteria);
  const out: Finding[] = [];
  // A blank max among siblings that have theirs. Not where no sibling has one: a table without a max
  // column takes its areas' maxes from the index's scale, and its sub-criteria then have none to give.
  const siblingMax = new Set(plan.criteria.filter((c) => c.max !== null && c.parent !== null).map((c) => `${c.index}\u0000${c.parent}`));
  for (const c of plan.criteria) {
    if (c.max === null && siblingMax.has(`${c.index}\u0000${c.parent}`)) out.push(finding(SUM_MAX_MISSING, 'warning', c, 'max', null, null));
  }
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

function compareSum(parent: Criterion, children: readonly Criterion[], field: ValueField): Finding | null {
  const stated = parent[field];
  if (stated === null) return null;
  // Some children blank: said as information, the child's own blank being what to fix (a blank max is
  // warned about above). All blank: the table gives that value only at this level, nothing to sum.
  const missing = children.filter((c) => c[field] === null).map((c) => c.code);
  if (missing.length === children.length) return null;
  if (missing.length > 0) return finding(SUM_CHILDREN_INCOMPLETE, 'info', parent, field, stated, null, { missing });
  let sum = 0;
  let tolerance = roundingTolerance(parent.decimals[field]);
  for (const child of children) {
    sum += child[field] ?? 0;
    tolerance += roundingTolerance(child.decimals[field]);
  }
  const f = roundedComparison(SUM_CHILDREN, parent, field, stated, sum, tolerance, { children: children.length });
  // A target written in words ('Từ 45 điểm trở lên') is a round aspiration, not a stated sum:
  // a gap to its children's targets is said, not warned about.
  return f && field === 'target' && parent.targetText ? { ...f, severity: 'info' } : f;
}
