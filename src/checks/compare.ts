import type { Criterion, DetailsOf, FindingOf } from '../plan/schema';
import { finding, type ValueField } from '../plan/finding';
import { EPSILON, round6, roundTo } from './tolerance';

/**
 * Shared by every "stated vs computed within rounding" rule: equal → nothing,
 * within tolerance → info (explained by rounding), beyond → warning.
 */
/** The rules that compare a stated value with one computed within rounding, and what each adds to the details. */
type RoundedRule = 'sum.children' | 'sipas.mean' | 'cross.sipas-par';
type Rounding = 'difference' | 'tolerance' | 'explainedByRounding';

export function roundedComparison<R extends RoundedRule>(
  rule: R,
  subject: Criterion,
  field: ValueField,
  stated: number,
  computed: number,
  tolerance: number,
  extra: Omit<DetailsOf<R>, Rounding>,
): FindingOf<R> | null {
  const gap = stated - computed;
  if (!(Math.abs(gap) > EPSILON)) return null;
  const explained = Math.abs(gap) <= tolerance + EPSILON;
  const details = {
    difference: round6(gap),
    // Ten digits keep tolerances of many decimals visible without float noise.
    tolerance: roundTo(tolerance, 10),
    explainedByRounding: explained,
    ...extra,
  } as DetailsOf<R>;
  return finding<RoundedRule>(rule, explained ? 'info' : 'warning', subject, field, stated, round6(computed), details) as FindingOf<R>;
}
