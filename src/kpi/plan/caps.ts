/**
 * Payout caps of a measure: a money amount per period, and a multiple of the rep's target incentive
 * for the period (300% of TI), whichever is lower. A plan caps pay relative to TI so that one cap
 * fits reps whose targets differ; the sheet computes the same limit as MIN over the two.
 */
import type { PlanMeasure } from "./model";

/**
 * The highest payout of `measure` for a rep whose target incentive of the period is `periodTI`, or
 * null when nothing caps it. The TI limit is multiple x period TI, multiplied in that order as the
 * sheet's formula does, so both engines compare the same binary number.
 */
export function payoutLimit(measure: PlanMeasure, periodTI: number | null): number | null {
  const money = measure.payoutCap;
  const multiple = measure.payoutCapTI ?? null;
  const relative = multiple === null ? null : multiple * (periodTI ?? 0);
  if (money === null) return relative;
  if (relative === null) return money;
  return relative < money ? relative : money;
}

/** `x` limited to `limit` (null: no limit). */
export function capAt(x: number, limit: number | null): number {
  return limit !== null && x > limit ? limit : x;
}
