/**
 * Day counting inside a goal period, shared by pace, run rate, required rate, status and
 * proration: "workdays" (Monday-Friday less holidays, like NETWORKDAYS) or "calendar" days.
 */
import { networkDays } from "./dates";

export const BASES = ["workdays", "calendar"] as const;
export type Basis = (typeof BASES)[number];

/** Days from a to b, both counted, in the basis; 0 when a is after b. */
export function daysIn(a: number, b: number, holidays: readonly number[], basis: Basis): number {
  const s = Math.floor(a);
  const e = Math.floor(b);
  if (s > e) return 0;
  return basis === "calendar" ? e - s + 1 : networkDays(s, e, holidays);
}

/**
 * Days of the period elapsed by the end of asof: asof counts as elapsed; an asof after end counts
 * the whole period, one before start none.
 */
export function elapsedDays(
  start: number,
  end: number,
  asof: number,
  holidays: readonly number[],
  basis: Basis,
): number {
  return daysIn(start, Math.min(Math.floor(asof), Math.floor(end)), holidays, basis);
}
