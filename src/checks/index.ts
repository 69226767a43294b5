import type { Finding, Plan } from '../plan/schema';
import { AGENCY_INHERITED, AGENCY_MISSING_LEAD, AGENCY_SPELLINGS, checkAgencies } from './agencies';
import { BOUNDS_NEGATIVE, BOUNDS_RESULT_ABOVE_MAX, BOUNDS_TARGET_ABOVE_MAX, checkBounds } from './bounds';
import { checkCrossIndex, CROSS_SIPAS_PAR } from './cross';
import { checkNumbering, NUMBERING_ORPHAN, NUMBERING_SKIPPED } from './numbering';
import { checkSipas, SIPAS_BOUNDS, SIPAS_MEAN } from './sipas';
import { checkSums, SUM_CHILDREN } from './sums';
import { checkTargets, TARGET_BELOW_RESULT, TARGET_MISSED, TARGET_MISSING, TARGET_NO_GAIN } from './targets';
import {
  checkTasks,
  LINK_UNMATCHED_GROUP,
  TASK_DEADLINE_UNPARSED,
  TASK_NO_LEAD,
  TASK_SUBAREA_SEQUENCE,
  TASK_SUBAREA_WRONG_AREA,
} from './tasks';

export { checkAgencies, checkBounds, checkCrossIndex, checkNumbering, checkSipas, checkSums, checkTargets, checkTasks };
export { findSipasCriterion, fold } from './cross';

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

/** Every rule id a finding can carry, so shells can word each one (DESIGN §3). */
export const RULE_IDS = [
  SUM_CHILDREN,
  SIPAS_BOUNDS,
  SIPAS_MEAN,
  CROSS_SIPAS_PAR,
  BOUNDS_NEGATIVE,
  BOUNDS_RESULT_ABOVE_MAX,
  BOUNDS_TARGET_ABOVE_MAX,
  TARGET_BELOW_RESULT,
  TARGET_NO_GAIN,
  TARGET_MISSING,
  TARGET_MISSED,
  NUMBERING_SKIPPED,
  NUMBERING_ORPHAN,
  AGENCY_SPELLINGS,
  AGENCY_INHERITED,
  AGENCY_MISSING_LEAD,
  TASK_DEADLINE_UNPARSED,
  TASK_NO_LEAD,
  TASK_SUBAREA_WRONG_AREA,
  TASK_SUBAREA_SEQUENCE,
  LINK_UNMATCHED_GROUP,
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Plan → findings: every family in CHECKS order, each in plan order, so output is deterministic. */
export function runChecks(plan: Plan): Finding[] {
  return CHECKS.flatMap(([, check]) => check(plan));
}
