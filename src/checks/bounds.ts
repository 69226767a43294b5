import type { Finding, Plan } from '../plan/schema';
import { finding, VALUE_FIELDS } from '../plan/finding';
import { EPSILON, round6 } from './tolerance';

export const BOUNDS_NEGATIVE = 'bounds.negative';
export const BOUNDS_RESULT_ABOVE_MAX = 'bounds.result-above-max';
export const BOUNDS_TARGET_ABOVE_MAX = 'bounds.target-above-max';

/** No score is negative and none exceeds its own max (the seed's PAR 8.6 target 2 > max 1,5). */
export function checkBounds(plan: Plan): Finding[] {
  const out: Finding[] = [];
  for (const c of plan.criteria) {
    for (const field of VALUE_FIELDS) {
      const value = c[field];
      if (value !== null && value < 0) out.push(finding(BOUNDS_NEGATIVE, 'error', c, field, value, null));
    }
    if (c.max === null) continue;
    const above = [
      [BOUNDS_RESULT_ABOVE_MAX, 'result', c.result],
      [BOUNDS_TARGET_ABOVE_MAX, 'target', c.target],
    ] as const;
    for (const [rule, field, value] of above) {
      if (value === null || !(value - c.max > EPSILON)) continue;
      out.push(finding(rule, 'error', c, field, value, c.max, { max: c.max, difference: round6(value - c.max) }));
    }
  }
  return out;
}
