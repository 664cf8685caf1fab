/**
 * SCORECARD: a weighted score from several KPI attainments, each optionally capped (a ceiling on
 * what one KPI can contribute) and gated (below the gate it contributes nothing).
 */
import { isBlank, readCellNumber, readNumbers, readRows } from "./arguments";
import { MSG, at } from "./messages";
import { KpiError, KpiResult, excelNumber, isKpiError, kpiError } from "./result";

/** How far the weights may miss 1 and still count as 100% (typed percentages such as 33.3%, 33.3%, 33.4%). */
const WEIGHT_SUM_SLACK = 1e-9;

/**
 * sum(w_i x (a_i < gate_i ? 0 : min(a_i, cap_i))). Arrays of equal length; a missing cap is
 * Infinity and a missing gate -Infinity.
 */
export function scorecardCore(
  attainments: readonly number[],
  weights: readonly number[],
  caps: readonly number[],
  gates: readonly number[],
): number {
  let score = 0;
  for (let i = 0; i < attainments.length; i++) {
    const a = attainments[i];
    if (a < gates[i]) continue;
    score += weights[i] * (a < caps[i] ? a : caps[i]);
  }
  return score;
}

/**
 * Caps or gates: omitted gives `none` for every KPI, a single cell applies to every KPI, a range
 * must match attainments; a blank cell means no cap (no gate) for that KPI.
 */
function readLimits(value: unknown, name: string, count: number, none: number): number[] | KpiError {
  if (value === null || value === undefined) return new Array<number>(count).fill(none);
  const rows = readRows(value, name);
  if (isKpiError(rows)) return rows;
  const width = rows.length ? rows[0].length : 0;
  const size = rows.length * width;
  if (size !== count && size !== 1) return kpiError("value", MSG.sizeMismatch(name, "attainments"));
  const out = new Array<number>(size);
  for (let i = 0; i < rows.length; i++) {
    for (let j = 0; j < width; j++) {
      const cell = rows[i][j];
      const n = isBlank(cell) ? none : readCellNumber(cell, name, i + 1, j + 1);
      if (isKpiError(n)) return n;
      out[i * width + j] = n;
    }
  }
  return size === count ? out : new Array<number>(count).fill(out[0]);
}

export function scorecard(
  attainments: unknown,
  weights: unknown,
  caps: unknown,
  gates: unknown,
): KpiResult<number> {
  const a = readNumbers(attainments, "attainments", "zero");
  if (isKpiError(a)) return a;
  if (a.length === 0) return kpiError("value", MSG.empty("attainments"));
  const w = readNumbers(weights, "weights", "zero");
  if (isKpiError(w)) return w;
  if (w.length !== a.length) return kpiError("value", MSG.sizeMismatch("weights", "attainments"));
  let sum = 0;
  for (const x of w) {
    if (x < 0) return kpiError("num", MSG.negative(at("weights")));
    sum += x;
  }
  if (Math.abs(sum - 1) > WEIGHT_SUM_SLACK) {
    return kpiError("value", MSG.weightsSum(Number(sum.toPrecision(12))));
  }
  const c = readLimits(caps, "caps", a.length, Infinity);
  if (isKpiError(c)) return c;
  const g = readLimits(gates, "gates", a.length, -Infinity);
  if (isKpiError(g)) return g;
  return excelNumber(scorecardCore(a, w, c, g));
}
