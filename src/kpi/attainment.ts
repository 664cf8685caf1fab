/** Goal attainment, growth and gap: how far an actual result is along the way to its target. */
import { readChoice, readNumber } from "./arguments";
import { KpiResult, excelNumber, excelResult, isKpiError, kpiError } from "./result";
import { MSG } from "./messages";

export const DIRECTIONS = ["higher", "lower"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * higher is better: 1 + (actual - target) / |target|; lower is better: 1 + (target - actual) / |target|.
 * Dividing by |target| keeps the sign meaningful for negative targets (a loss to reduce).
 * Computed in the equivalent forms actual/target or 2 - actual/target, so that the common case is
 * one exact division: 9 of 20 is 0.45, where 1 + (9 - 20)/20 gives 0.44999999999999996 and would
 * miss a 45% gate.
 */
export function attainmentCore(actual: number, target: number, direction: Direction): KpiResult<number> {
  if (target === 0) return kpiError("div0", MSG.zero("target", "target "));
  const ratio = actual / target;
  return (direction === "higher") === target > 0 ? ratio : 2 - ratio;
}

export function attainment(actual: unknown, target: unknown, direction: unknown): KpiResult<number> {
  const a = readNumber(actual, "actual");
  if (isKpiError(a)) return a;
  const t = readNumber(target, "target");
  if (isKpiError(t)) return t;
  const d = readChoice(direction, "direction", DIRECTIONS, "higher");
  if (isKpiError(d)) return d;
  return excelResult(attainmentCore(a, t, d));
}

/** (current - previous) / |previous|: a fall from a loss to a bigger loss is negative growth. */
export function growthCore(current: number, previous: number): KpiResult<number> {
  if (previous === 0) return kpiError("div0", MSG.zero("previous", "previous "));
  return (current - previous) / Math.abs(previous);
}

export function growth(current: unknown, previous: unknown): KpiResult<number> {
  const c = readNumber(current, "current");
  if (isKpiError(c)) return c;
  const p = readNumber(previous, "previous");
  if (isKpiError(p)) return p;
  return excelResult(growthCore(c, p));
}

/** What is still missing to the target; 0 once it is met (never negative). */
export function gapCore(actual: number, target: number, direction: Direction): number {
  const missing = direction === "higher" ? target - actual : actual - target;
  return missing > 0 ? missing : 0;
}

export function gap(actual: unknown, target: unknown, direction: unknown): KpiResult<number> {
  const a = readNumber(actual, "actual");
  if (isKpiError(a)) return a;
  const t = readNumber(target, "target");
  if (isKpiError(t)) return t;
  const d = readChoice(direction, "direction", DIRECTIONS, "higher");
  if (isKpiError(d)) return d;
  return excelNumber(gapCore(a, t, d));
}
