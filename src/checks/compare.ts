import type { Criterion, Finding } from '../plan/schema';
import { finding, type ValueField } from '../plan/finding';
import { EPSILON, round6, roundTo } from './tolerance';

/**
 * Shared by every "stated vs computed within rounding" rule: equal → nothing,
 * within tolerance → info (explained by rounding), beyond → warning.
 */
export function roundedComparison(
  rule: string,
  subject: Criterion,
  field: ValueField,
  stated: number,
  computed: number,
  tolerance: number,
  extra: Finding['details'] = {},
): Finding | null {
  const gap = stated - computed;
  if (!(Math.abs(gap) > EPSILON)) return null;
  const explained = Math.abs(gap) <= tolerance + EPSILON;
  return finding(rule, explained ? 'info' : 'warning', subject, field, stated, round6(computed), {
    difference: round6(gap),
    // Ten digits keep tolerances of many decimals visible without float noise.
    tolerance: roundTo(tolerance, 10),
    explainedByRounding: explained,
    ...extra,
  });
}
