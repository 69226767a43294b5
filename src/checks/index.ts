import type { Finding, Plan } from '../plan/schema';
import { checkAgencies } from './agencies';
import { checkBounds } from './bounds';
import { checkCrossIndex } from './cross';
import { checkNumbering } from './numbering';
import { checkSipas } from './sipas';
import { checkSums } from './sums';
import { checkTargets } from './targets';
import { checkTasks } from './tasks';

export { checkAgencies, checkBounds, checkCrossIndex, checkNumbering, checkSipas, checkSums, checkTargets, checkTasks };
export { findSipasCriterion } from './cross';

export type Check = (plan: Plan) => Finding[];

/** Rule families in the order their findings are listed. */
export const CHECKS: ReadonlyArray<readonly [family: string, check: Check]> = [
  ['sum', checkSums],
  ['sipas', checkSipas],
  ['cross', checkCrossIndex],
  ['bounds', checkBounds],
  ['target', checkTargets],
  ['numbering', checkNumbering],
  ['agency', checkAgencies],
  ['task', checkTasks],
];

/** Plan → findings: every family in CHECKS order, each in plan order, so output is deterministic. */
export function runChecks(plan: Plan): Finding[] {
  return CHECKS.flatMap(([, check]) => check(plan));
}
