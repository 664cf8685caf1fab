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

/**
 * Indexes by score, highest first, equal scores in their original order. Insertion sort for the
 * short lists a team has (no comparator allocations), the engine's stable sort for long ones.
 */
function rankOrder(scores: readonly number[]): number[] {
  const n = scores.length;
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n > 32) return order.sort((a, b) => scores[b] - scores[a]);
  for (let i = 1; i < n; i++) {
    const k = order[i];
    let j = i - 1;
    while (j >= 0 && scores[order[j]] < scores[k]) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = k;
  }
  return order;
}

/** The top n (all when n is null or larger), highest score first, ties in their original order. */
export function leaderboardCore<T extends Scalar>(
  names: readonly T[],
  scores: readonly number[],
  n: number | null = null,
): Ranked<T>[] {
  const order = rankOrder(scores);
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
  // Cell k of each range in reading order (row by row), so a row of names can pair with a column of scores.
  let ni = 0;
  let nj = 0;
  let si = 0;
  let sj = 0;
  for (let k = 0; k < size; k++) {
    const name = nRows[ni][nj];
    const score = sRows[si][sj];
    if (!(isBlank(name) && isBlank(score))) {
      const s = readCellNumber(score, "scores", si + 1, sj + 1);
      if (isKpiError(s)) return s;
      const named =
        typeof name === "string" ||
        typeof name === "boolean" ||
        (typeof name === "number" && Number.isFinite(name));
      if (!named && !isBlank(name)) return kpiError("value", MSG.notName(at("names", ni + 1, nj + 1)));
      // A name answers as text or a number; TRUE/FALSE in a name cell becomes its text.
      out.names.push(
        isBlank(name) ? "" : typeof name === "boolean" ? (name ? "TRUE" : "FALSE") : (name as Scalar),
      );
      out.scores.push(s);
    }
    if (++nj === nWidth) {
      nj = 0;
      ni++;
    }
    if (++sj === sWidth) {
      sj = 0;
      si++;
    }
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
  const order = rankOrder(e.scores);
  const take = count === null ? order.length : Math.min(order.length, Math.floor(count));
  const out: Scalar[][] = new Array(take);
  for (let i = 0; i < take; i++) out[i] = [e.names[order[i]], e.scores[order[i]]];
  return out;
}
