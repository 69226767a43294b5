import { fold } from '../plan/text';
import type { Criterion, Finding, Plan } from '../plan/schema';
import { roundedComparison } from './compare';
import { roundingTolerance } from './tolerance';
import { isTotal } from './tree';

export const CROSS_SIPAS_PAR = 'cross.sipas-par';

/**
 * The PAR criterion that scores SIPAS (8.1 in the seed) is the SIPAS overall / 10
 * (DESIGN §5). It is found by name because the PAR tree is data that changes with the method.
 */
export function findSipasCriterion(plan: Plan): Criterion | null {
  const par = plan.criteria.filter((c) => c.index === 'PAR' && !isTotal(c));
  return (
    par.find((c) => fold(c.name).includes('sipas')) ??
    par.find((c) => fold(c.name).includes('hai long')) ??
    null
  );
}

const SCALE = 10;

export function checkCrossIndex(plan: Plan): Finding[] {
  const parCriterion = findSipasCriterion(plan);
  const sipasTotal = plan.criteria.find((c) => c.index === 'SIPAS' && isTotal(c));
  if (!parCriterion || !sipasTotal) return [];
  const out: Finding[] = [];
  for (const field of ['result', 'target'] as const) {
    const stated = parCriterion[field];
    const sipasValue = sipasTotal[field];
    if (stated === null || sipasValue === null) continue;
    const tolerance =
      roundingTolerance(parCriterion.decimals[field]) + roundingTolerance(sipasTotal.decimals[field]) / SCALE;
    const f = roundedComparison(CROSS_SIPAS_PAR, parCriterion, field, stated, sipasValue / SCALE, tolerance, {
      sipasId: sipasTotal.id,
      sipasValue,
    });
    if (f) out.push(f);
  }
  return out;
}
