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
 * `draw` and `recoverable` may vary by period (a ramp draw, no draw before a hire date); a
 * non-recoverable period leaves nothing owed, so the balance restarts from 0 after it.
 */
export function drawCore(
  earned: readonly number[],
  drawAmount: number | readonly number[],
  recoverableFlag: boolean | readonly boolean[],
  round: (x: number) => number = (x) => x,
): DrawPeriod[] {
  const out: DrawPeriod[] = new Array(earned.length);
  let balance = 0;
  for (let i = 0; i < earned.length; i++) {
    const e = earned[i];
    const draw = typeof drawAmount === "number" ? drawAmount : drawAmount[i];
    const recoverable = typeof recoverableFlag === "boolean" ? recoverableFlag : recoverableFlag[i];
    if (!recoverable) {
      balance = 0;
      out[i] = { paid: round(e > draw ? e : draw), balance: 0 };
    } else if (e < draw) {
      balance = round(balance + (draw - e));
      out[i] = { paid: round(draw), balance };
    } else {
      const surplus = e - draw;
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
