/**
 * Quota credit apart from pay credit on split deals: an overlay rep (a specialist, a manager) may
 * get credit toward quota on a deal without being paid commission on it. Quota credit drives
 * attainment (gates, curves, awards, team results); commission tiers are applied to pay credit.
 */
import type { CreditRow, PlanModel } from "./model";

/** The share of a deal that counts toward the rep's quota (the pay share unless stated). */
export function quotaShareOf(c: CreditRow): number {
  return c.quotaShare ?? c.share;
}

/** Whether any split gives quota credit different from pay credit (the sheets then show both). */
export function hasQuotaCredit(model: PlanModel): boolean {
  return model.credits.some((c) => quotaShareOf(c) !== c.share);
}

/** Quota credit per [rep][measure][period] from splits, summed in the order of the Credit splits rows. */
export function quotaSplits(plan: PlanModel): number[][][] {
  const P = plan.periods.length;
  const out = plan.reps.map(() => plan.measures.map(() => new Array<number>(P).fill(0)));
  for (const c of plan.credits) out[c.rep][c.measure][c.period] += c.amount * quotaShareOf(c);
  return out;
}
