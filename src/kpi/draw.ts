/**
 * DRAW: an advance against commission. Recoverable: in a short period the draw is paid and the
 * shortfall owed; later surpluses repay it. Non-recoverable: the draw is a guaranteed minimum.
 */
import { readBoolean, readNonNegative, readVector } from "./arguments";
import { MSG } from "./messages";
import { KpiResult, excelNumber, isKpiError, kpiError } from "./result";

export interface DrawPeriod {
  /** What the rep is paid in the period. */
  readonly paid: number;
  /** What the rep owes after the period (0 when non-recoverable). */
  readonly balance: number;
}

/**
 * `round`, when given, rounds what is paid and the balance carried of every period (to a currency's
 * minor unit, as the incentive sheets do), so the next period starts from the rounded balance.
 * `draws`, when an array, is the draw of each period (0 where none is due, e.g. before a hire date).
 */
export function drawCore(
  earned: readonly number[],
  draw: number | readonly number[],
  recoverable: boolean,
  round: (x: number) => number = (x) => x,
): DrawPeriod[] {
  const out: DrawPeriod[] = new Array(earned.length);
  let balance = 0;
  for (let i = 0; i < earned.length; i++) {
    const e = earned[i];
    const d = typeof draw === "number" ? draw : draw[i];
    if (!recoverable) {
      out[i] = { paid: round(e > d ? e : d), balance: 0 };
    } else if (e < d) {
      balance = round(balance + (d - e));
      out[i] = { paid: round(d), balance };
    } else {
      const surplus = e - d;
      const recovered = balance < surplus ? balance : surplus;
      balance = round(balance - recovered);
      out[i] = { paid: round(e - recovered), balance };
    }
  }
  return out;
}

export function draw(earned: unknown, drawAmount: unknown, recoverable: unknown): KpiResult<number[][]> {
  const e = readVector(earned, "earned", "zero");
  if (isKpiError(e)) return e;
  if (e.length === 0) return kpiError("value", MSG.empty("earned"));
  const d = readNonNegative(drawAmount, "draw");
  if (isKpiError(d)) return d;
  const r = readBoolean(recoverable, "recoverable", true);
  if (isKpiError(r)) return r;
  const periods = drawCore(e, d, r);
  const out: number[][] = new Array(periods.length);
  for (let i = 0; i < periods.length; i++) {
    const paid = excelNumber(periods[i].paid);
    if (isKpiError(paid)) return paid;
    const balance = excelNumber(periods[i].balance);
    if (isKpiError(balance)) return balance;
    out[i] = [paid, balance];
  }
  return out;
}
