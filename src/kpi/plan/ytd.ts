/**
 * Year-to-date cumulative attainment with true-up: a measure marked ytd is computed each period on the
 * cumulative quota and credit so far (thresholds, curve and caps on the year-to-date figures), and
 * the period pays what is earned year to date minus what it already paid. A negative true-up (earned
 * to date below what was paid) is carried: nothing is paid until earnings catch up; a plan may say
 * "claw" instead, and the period's payout is then negative.
 */
export type NegativeTrueUp = "carry" | "claw";

/** The credited figures of one rep and measure through a period: sums of the periods so far. */
export interface CumulativeFigures {
  readonly quota: number;
  readonly credited: number;
  readonly payCredited: number;
}

/**
 * Figures summed from the first period to `p`, left to right as the sheet's SUM adds the column.
 * (SUM in LibreOffice may add in another order; the oracle's tolerance covers the last bit.)
 */
export function cumulativeThrough(
  periods: readonly { quota: number; credited: number; payCredited: number }[],
  p: number,
): CumulativeFigures {
  let quota = 0;
  let credited = 0;
  let payCredited = 0;
  for (let q = 0; q <= p; q++) {
    quota += periods[q].quota;
    credited += periods[q].credited;
    payCredited += periods[q].payCredited;
  }
  return { quota, credited, payCredited };
}

/** The period's payout: earned to date less paid before, floored at 0 unless negative true-ups are clawed. */
export function trueUp(earnedToDate: number, paidBefore: number, rule: NegativeTrueUp): number {
  const due = earnedToDate - paidBefore;
  return rule === "claw" ? due : due > 0 ? due : 0;
}
