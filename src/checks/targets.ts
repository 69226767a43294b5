import type { Finding, Plan } from '../plan/schema';
import { finding } from '../plan/finding';
import { EPSILON, round6 } from './tolerance';

export const TARGET_BELOW_RESULT = 'target.below-result';
export const TARGET_NO_GAIN = 'target.no-gain';
export const TARGET_MISSING = 'target.missing';
export const TARGET_MISSED = 'target.missed';

/**
 * Targets against last year's result. 'target.missed' lists every criterion whose result
 * falls short of its target, with the points at stake, so users can rank where points are lost.
 */
export function checkTargets(plan: Plan): Finding[] {
  const out: Finding[] = [];
  const parents = new Set(plan.criteria.map((c) => `${c.index}\u0000${c.parent}`));
  const byCode = new Map(plan.criteria.map((c) => [`${c.index}\u0000${c.code}`, c]));
  for (const c of plan.criteria) {
    const { result, target, max } = c;
    if (result === null) continue;
    if (target === null) {
      // A target in words that is no score (a rank) is a target all the same; a total or a parent
      // without one is set through its children.
      if (c.targetText || c.parent === null || parents.has(`${c.index}\u0000${c.code}`)) continue;
      // A parent with a target: the plan sets its goal at that level (many set targets for PAPI's
      // dimensions, not each sub-dimension), so a child without one is said, not warned about.
      const parent = byCode.get(`${c.index}\u0000${c.parent}`);
      const setAbove = parent !== undefined && (parent.target !== null || parent.targetText);
      out.push(finding(TARGET_MISSING, setAbove ? 'info' : 'warning', c, 'target', null, null, { result }));
      continue;
    }
    const gain = target - result;
    if (gain < -EPSILON) {
      out.push(finding(TARGET_BELOW_RESULT, 'warning', c, 'target', target, result, { difference: round6(gain) }));
    } else if (Math.abs(gain) <= EPSILON) {
      if (max !== null && max - result > EPSILON) {
        out.push(finding(TARGET_NO_GAIN, 'info', c, 'target', target, result, { atStakeMax: round6(max - result) }));
      }
    } else {
      out.push(
        finding(TARGET_MISSED, 'info', c, 'result', result, target, {
          atStakeMax: max === null ? null : round6(max - result),
          atStakeTarget: round6(gain),
        }),
      );
    }
  }
  return out;
}
