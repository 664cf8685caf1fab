/**
 * The pay periods of an incentive plan: how many months each frequency holds, how many periods a
 * plan has, and which period a reference (a number or a month) points at.
 */
import { parseMonthText } from "./dates";

export const PAY_FREQUENCIES = ["monthly", "quarterly", "semiannual", "annual"] as const;
export type PayFrequency = (typeof PAY_FREQUENCIES)[number];
export const MONTHS_PER_PAY_PERIOD: Readonly<Record<PayFrequency, number>> = {
  monthly: 1,
  quarterly: 3,
  semiannual: 6,
  annual: 12,
};

/** Number of pay periods, or undefined when the frequency does not divide the months. */
export function payPeriodCount(months: number, frequency: PayFrequency): number | undefined {
  const per = MONTHS_PER_PAY_PERIOD[frequency];
  return months % per === 0 ? months / per : undefined;
}

/**
 * The pay period (1-based) a reference points at: a number as is, a month "2027-02" mapped to the
 * period holding it. Undefined when it is outside the plan or not a period.
 */
export function resolvePeriodRef(
  ref: number | string,
  start: { year: number; month: number },
  months: number,
  monthsPerPeriod: number,
): number | undefined {
  const count = months / monthsPerPeriod;
  if (typeof ref === "number") return Number.isInteger(ref) && ref >= 1 && ref <= count ? ref : undefined;
  const m = parseMonthText(ref);
  if (!m)
    return /^\d+$/.test(ref.trim())
      ? resolvePeriodRef(Number(ref), start, months, monthsPerPeriod)
      : undefined;
  const offset = (m.year - start.year) * 12 + (m.month - start.month);
  if (offset < 0 || offset >= months) return undefined;
  return Math.floor(offset / monthsPerPeriod) + 1;
}
