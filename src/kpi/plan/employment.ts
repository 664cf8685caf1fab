/**
 * Hire and leave dates applied to a pay period: how many of the period's days a rep was employed,
 * and what that does to the quota, the target incentive, the base salary and the draw. The
 * Calculation sheet computes the same figures with native formulas (DATE, EDATE, MIN, MAX, ROUND).
 *
 * The rules, stated on the Plan sheet and the statements:
 * - Employed days are the days from the hire date (first day) to the leave date (last day) inside
 *   the period; no hire date means employed from the start, no leave date means still employed.
 * - A period with no employed day has no quota, no target incentive, no draw; its rep takes no share
 *   of a team pool and cannot win an award. A partial period prorates them by employed days / days in
 *   the period: quota rounded to the cent (as thresholds are), draw rounded to the pay decimals.
 *   A quota linked to the goal sheet is taken as it is: the goal sheet's ramp already follows the
 *   hire date (by working days), and prorating it again would count the start twice.
 * - A ramp draw (drawRampMonths N) runs from the hire date to the day before EDATE(hire, N): hired on
 *   14 January with 3 months, the draw covers 14 January to 13 April. A rep without a hire date is
 *   taken as ramped long ago and gets no ramp draw.
 */
import { edate } from "../dates";
import { roundMoney } from "../money";
import type { PlanPeriod, PlanRep } from "./model";

/** Decimals a prorated quota is rounded to: the cent, as attainment thresholds in money are. */
export const QUOTA_DIGITS = 2;

/** Calendar days of a pay period, first and last day included. */
export function periodDays(period: PlanPeriod): number {
  return period.end - period.start + 1;
}

/** Days of [from, to] (inclusive) that fall inside the period; 0 when none. */
function overlap(period: PlanPeriod, from: number, to: number): number {
  const first = from > period.start ? from : period.start;
  const last = to < period.end ? to : period.end;
  return last >= first ? last - first + 1 : 0;
}

type Dated = Pick<PlanRep, "hireDate" | "leaveDate">;

/** Days of the period the rep was employed, from the hire date to the leave date. */
export function employedDays(rep: Dated, period: PlanPeriod): number {
  return overlap(period, rep.hireDate ?? period.start, rep.leaveDate ?? period.end);
}

/** Last day of a ramp draw of `months` months from `hire`: the day before EDATE(hire, months). */
export function rampEnd(hire: number, months: number): number {
  return edate(hire, months) - 1;
}

/** Days of the period the draw applies: employed days, limited to the ramp window when there is one. */
export function drawDays(rep: Dated, period: PlanPeriod, rampMonths: number | null | undefined): number {
  if (rampMonths === null || rampMonths === undefined) return employedDays(rep, period);
  if (rep.hireDate === null) return 0;
  const leave = rep.leaveDate ?? period.end;
  const end = rampEnd(rep.hireDate, rampMonths);
  return overlap(period, rep.hireDate, leave < end ? leave : end);
}

/** The quota of a partial period: quota x days / days in period, to the cent; unchanged when whole. */
export function proratedQuota(quota: number, days: number, inPeriod: number): number {
  return days === inPeriod ? quota : roundMoney((quota * days) / inPeriod, QUOTA_DIGITS);
}

/** An amount per period (target incentive, base salary) for a partial period, not rounded. */
export function proratedAmount(amount: number, days: number, inPeriod: number): number {
  return days === inPeriod ? amount : (amount * days) / inPeriod;
}

/** The draw of a period: the rep's draw x draw days / days in period, rounded to the pay decimals. */
export function proratedDraw(draw: number, days: number, inPeriod: number, digits: number): number {
  return days === inPeriod ? draw : roundMoney((draw * days) / inPeriod, digits);
}
