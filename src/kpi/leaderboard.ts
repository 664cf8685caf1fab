/**
 * TOPPERFORMER and LEADERBOARD: recognition from the numbers. Highest score first; ties keep sheet
 * order (the first listed wins).
 */
import { isBlank, readCellNumber, readOptionalNumber, readRows } from "./arguments";
import { MSG, at } from "./messages";
import { KpiError, KpiResult, Scalar, isKpiError, kpiError } from "./result";

export interface Ranked<T> {
  readonly name: T;
  readonly score: number;
}

/** The name with the highest score (the first of equals); #N/A when there is no one to rank. */
export function topPerformerCore<T extends Scalar>(
  names: readonly T[],
  scores: readonly number[],
): KpiResult<T> {
  if (names.length === 0) return kpiError("na", MSG.empty("names"));
  let best = 0;
  for (let i = 1; i < names.length; i++) if (scores[i] > scores[best]) best = i;
  return names[best];
}

/** The top n (all when n is null or larger), highest score first, ties in their original order. */
export function leaderboardCore<T extends Scalar>(
  names: readonly T[],
  scores: readonly number[],
  n: number | null = null,
): Ranked<T>[] {
  const order = names.map((_, i) => i);
  // Array.prototype.sort is stable, so equal scores keep sheet order.
  order.sort((a, b) => scores[b] - scores[a]);
  const take = n === null ? order.length : Math.min(order.length, Math.max(0, Math.floor(n)));
  const out: Ranked<T>[] = new Array(take);
  for (let i = 0; i < take; i++) out[i] = { name: names[order[i]], score: scores[order[i]] };
  return out;
}

interface Entries {
  names: Scalar[];
  scores: number[];
}

/**
 * names and scores of the same size, read cell by cell; a row where both are blank is skipped (a
 * larger selection), a blank score counts as 0. A name may be text or a number (an employee id).
 */
function readEntries(names: unknown, scores: unknown): Entries | KpiError {
  const nRows = readRows(names, "names");
  if (isKpiError(nRows)) return nRows;
  const sRows = readRows(scores, "scores");
  if (isKpiError(sRows)) return sRows;
  const nWidth = nRows.length ? nRows[0].length : 0;
  const sWidth = sRows.length ? sRows[0].length : 0;
  if (nRows.length * nWidth !== sRows.length * sWidth)
    return kpiError("value", MSG.sizeMismatch("names", "scores"));
  const out: Entries = { names: [], scores: [] };
  const size = nRows.length * nWidth;
  for (let k = 0; k < size; k++) {
    const name = nRows[Math.floor(k / nWidth)][k % nWidth];
    const si = Math.floor(k / sWidth);
    const sj = k % sWidth;
    const score = sRows[si][sj];
    if (isBlank(name) && isBlank(score)) continue;
    const s = readCellNumber(score, "scores", si + 1, sj + 1);
    if (isKpiError(s)) return s;
    if (typeof name !== "string" && typeof name !== "number" && typeof name !== "boolean" && !isBlank(name)) {
      return kpiError("value", MSG.notName(at("names", Math.floor(k / nWidth) + 1, (k % nWidth) + 1)));
    }
    out.names.push(isBlank(name) ? "" : (name as Scalar));
    out.scores.push(s);
  }
  return out;
}

export function topPerformer(names: unknown, scores: unknown): KpiResult<Scalar> {
  const e = readEntries(names, scores);
  if (isKpiError(e)) return e;
  return topPerformerCore(e.names, e.scores);
}

export function leaderboard(names: unknown, scores: unknown, n: unknown): KpiResult<Scalar[][]> {
  const e = readEntries(names, scores);
  if (isKpiError(e)) return e;
  const count = readOptionalNumber(n, "n", null);
  if (isKpiError(count)) return count;
  if (count !== null && count < 1) return kpiError("num", MSG.atLeastOne("n"));
  if (e.names.length === 0) return kpiError("na", MSG.empty("names"));
  return leaderboardCore(e.names, e.scores, count).map((r) => [r.name, r.score]);
}
