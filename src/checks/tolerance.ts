/** Rounding helpers of the checks; the tolerance of a stated value is the plan model's own. */
export { roundingTolerance } from '../plan/numbers';

/** Float noise (3 × 3.33) must not leak into findings, so reported numbers are rounded. */
export function round6(value: number): number {
  return roundTo(value, 6);
}

export function roundTo(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  // Avoid -0 in data that is compared and serialised.
  return rounded === 0 ? 0 : rounded;
}

/** Differences this small are float noise, never a real mismatch. */
export const EPSILON = 1e-9;
