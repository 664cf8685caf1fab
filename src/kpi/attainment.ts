/** Goal attainment: how far an actual result is along the way to its target. */
import { readChoice, readNumber } from "./arguments";
import { KpiResult, isKpiError, kpiError } from "./result";

export const DIRECTIONS = ["higher", "lower"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * higher is better: 1 + (actual - target) / |target|; lower is better: 1 + (target - actual) / |target|.
 * Dividing by |target| keeps the sign meaningful for negative targets (a loss to reduce).
 */
export function attainmentCore(actual: number, target: number, direction: Direction): KpiResult<number> {
  if (target === 0) return kpiError("div0", "target is 0.");
  const delta = direction === "higher" ? actual - target : target - actual;
  return 1 + delta / Math.abs(target);
}

export function attainment(actual: unknown, target: unknown, direction: unknown): KpiResult<number> {
  const a = readNumber(actual, "actual");
  if (isKpiError(a)) return a;
  const t = readNumber(target, "target");
  if (isKpiError(t)) return t;
  const d = readChoice(direction, "direction", DIRECTIONS, "higher");
  if (isKpiError(d)) return d;
  return attainmentCore(a, t, d);
}
