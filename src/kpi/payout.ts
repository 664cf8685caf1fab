/**
 * PAYOUT: an incentive curve from attainment to payout fraction. Linear between points, 0 below
 * the first point (a gate), the last segment's slope continues above the last point (an
 * accelerator) unless a cap stops it; never below 0.
 */
import { readNumber, readOptionalNumber, readPairs } from "./arguments";
import { MSG, at } from "./messages";
import { KpiError, KpiResult, excelNumber, isKpiError, kpiError } from "./result";

export interface CurvePoint {
  readonly attainment: number;
  readonly payout: number;
}

/** Last point at or below x (binary search), -1 below the first. */
function pointIndex(x: number, curve: readonly CurvePoint[]): number {
  let lo = 0;
  let hi = curve.length - 1;
  if (hi < 0 || x < curve[0].attainment) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (curve[mid].attainment <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The payout fraction at an attainment on a curve with strictly ascending attainments. */
export function payoutCore(attainment: number, curve: readonly CurvePoint[], cap: number | null): number {
  const i = pointIndex(attainment, curve);
  if (i < 0) return 0;
  const n = curve.length;
  const p = curve[i];
  let value: number;
  if (i < n - 1) {
    const q = curve[i + 1];
    value = p.payout + ((q.payout - p.payout) * (attainment - p.attainment)) / (q.attainment - p.attainment);
  } else if (n === 1) {
    value = p.payout;
  } else {
    const o = curve[n - 2];
    value = p.payout + ((p.payout - o.payout) * (attainment - p.attainment)) / (p.attainment - o.attainment);
  }
  if (cap !== null && value > cap) value = cap;
  return value > 0 ? value : 0;
}

/** The curve argument: two columns (attainment, payout fraction), ascending, blank rows skipped. */
export function readCurve(value: unknown, name = "curve"): CurvePoint[] | KpiError {
  const table = readPairs(value, name, "attainment");
  if (isKpiError(table)) return table;
  const out: CurvePoint[] = new Array(table.keys.length);
  for (let i = 0; i < out.length; i++) {
    const payout = table.values[i];
    if (payout < 0) return kpiError("num", MSG.negative(at(name, table.rows[i], 2)));
    out[i] = { attainment: table.keys[i], payout };
  }
  return out;
}

export function payout(
  attainment: unknown,
  curve: unknown,
  targetIncentive: unknown,
  cap: unknown,
): KpiResult<number> {
  const a = readNumber(attainment, "attainment");
  if (isKpiError(a)) return a;
  const c = readCurve(curve);
  if (isKpiError(c)) return c;
  const ti = readOptionalNumber(targetIncentive, "targetIncentive", null);
  if (isKpiError(ti)) return ti;
  if (ti !== null && ti < 0) return kpiError("num", MSG.negative(at("targetIncentive")));
  const k = readOptionalNumber(cap, "cap", null);
  if (isKpiError(k)) return k;
  if (k !== null && k < 0) return kpiError("num", MSG.negative(at("cap")));
  const fraction = payoutCore(a, c, k);
  return excelNumber(ti === null ? fraction : fraction * ti);
}
