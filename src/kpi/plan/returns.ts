/**
 * Returns and credit memos: a booking returned after it was paid reverses its commission at the rate
 * it was paid, the rate of the tier the rep's paid amount reached in that period (0 when the measure
 * paid nothing then, e.g. its gate was not met). The plan sheet states the rule. A money or TI payout
 * cap of the paid period does not lower the rate.
 */
import type { MeasureLine } from "./engine";
import type { PlanModel } from "./model";

/**
 * The rate a tier measure paid in a period: commission / amount of the highest tier that holds an
 * amount. Divided, not looked up, so it is the paid rate whichever role table paid the rep; the
 * sheet divides the same two cells.
 */
export function paidRate(line: MeasureLine): number {
  if (!line.gateMet || !line.trace) return 0;
  for (let k = line.trace.length - 1; k >= 0; k--) {
    const t = line.trace[k];
    if (t.amountInTier > 0) return t.commission / t.amountInTier;
  }
  return 0;
}

/** The reversal of one return: amount x the rate paid in its paidIn period. */
export function reversal(amount: number, paidLine: MeasureLine): number {
  return amount * paidRate(paidLine);
}

/**
 * Reversals deducted from rep `r` in period `p`, summed in the order the returns are listed (the
 * order of the Returns sheet's rows, which the calculation's SUMPRODUCT adds).
 */
export function returnsReversed(
  plan: PlanModel,
  r: number,
  p: number,
  lines: readonly (readonly MeasureLine[])[],
): number {
  let sum = 0;
  for (const e of plan.returns ?? []) {
    if (e.rep === r && e.period === p) sum += reversal(e.amount, lines[e.paidIn][e.measure]);
  }
  return sum;
}
