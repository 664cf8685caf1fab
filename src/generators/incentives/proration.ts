/**
 * Native formulas for hire and leave dates on the incentive sheets: days employed in a period, the
 * prorated quota, target incentive and draw, and the statement's note for a partial period. They
 * read the dates from the Plan sheet's reps table, so a changed date recalculates; the reference
 * is src/kpi/plan/employment.ts, which computes the same numbers in the same order.
 */
import { QUOTA_DIGITS } from "../../kpi/plan/employment";
import type { PlanPeriod } from "../../kpi/plan/model";
import type { EmploymentTexts } from "../../i18n/sheets/employment";
import { serialToYmd } from "../../kpi/dates";
import { NAMES } from "./names";

export const EMPLOYMENT_NAMES = {
  /** Days employed per Calculation row (Teams and Awards count and qualify only employed reps). */
  calcDaysEmployed: "Calc_DaysEmployed",
  drawRampMonths: "Draw_RampMonths",
} as const;

/** DATE(y,m,d) of a serial: the period's days stay readable in the formula. */
export function dateFormula(serial: number): string {
  const { year, month, day } = serialToYmd(serial);
  return `DATE(${year},${month},${day})`;
}

export function periodDaysFormula(period: PlanPeriod): string {
  return `${dateFormula(period.end)}-${dateFormula(period.start)}+1`;
}

/** Days of [from, to] inside the period, 0 when none; `from`/`to` are formulas. */
function overlap(period: PlanPeriod, from: string, to: string): string {
  const S = dateFormula(period.start);
  const E = dateFormula(period.end);
  return `MAX(0,MIN(${E},${to})-MAX(${S},${from})+1)`;
}

/** Employed days of the period for hire cell H and leave cell L (blank: none). */
export function daysEmployedFormula(period: PlanPeriod, hire: string, leave: string): string {
  const S = dateFormula(period.start);
  const E = dateFormula(period.end);
  return overlap(period, `IF(ISNUMBER(${hire}),${hire},${S})`, `IF(ISNUMBER(${leave}),${leave},${E})`);
}

/** Days the draw applies: employed days, or with a ramp only up to the day before EDATE(hire, N). */
export function drawDaysFormula(
  period: PlanPeriod,
  hire: string,
  leave: string,
  daysEmployed: string,
): string {
  const N = EMPLOYMENT_NAMES.drawRampMonths;
  const E = dateFormula(period.end);
  const ramp = overlap(period, hire, `MIN(IF(ISNUMBER(${leave}),${leave},${E}),EDATE(${hire},${N})-1)`);
  return `IF(ISNUMBER(${N}),IF(ISNUMBER(${hire}),${ramp},0),${daysEmployed})`;
}

/** Quota x days / days in period, rounded to the cent; the quota itself when the period is whole. */
export function proratedQuotaFormula(quota: string, days: string, inPeriod: string): string {
  return `IF(${days}=${inPeriod},${quota},ROUND(${quota}*${days}/${inPeriod},${QUOTA_DIGITS}))`;
}

/** An amount per period (target incentive, base salary) prorated, not rounded. */
export function proratedAmountFormula(amount: string, days: string, inPeriod: string): string {
  return `IF(${days}=${inPeriod},${amount},${amount}*${days}/${inPeriod})`;
}

/** The draw of the period, prorated by draw days and rounded to the pay decimals. */
export function proratedDrawFormula(draw: string, drawDays: string, inPeriod: string): string {
  return `IF(${drawDays}=${inPeriod},${draw},ROUND(${draw}*${drawDays}/${inPeriod},${NAMES.payDecimals}))`;
}

export function quote(x: string): string {
  return `"${x.replace(/"/g, '""')}"`;
}

/** The statement note of a period: not employed, "Prorated: 18 of 31 days.", or "". */
export function employmentNoteFormula(t: EmploymentTexts, days: string, inPeriod: string): string {
  const p = t.prorated;
  return `IF(${days}=0,${quote(t.notEmployed)},IF(${days}<${inPeriod},${quote(p.before)}&${days}&${quote(p.of)}&${inPeriod}&${quote(p.after)},""))`;
}

/**
 * Notes (text formulas, each "" when it does not apply) joined by the separator without a stray one:
 * each present note is prefixed with it and the first prefix cut off (TEXTJOIN is missing in Excel 2016).
 */
export function joinNotesFormula(notes: readonly string[], separator: string): string {
  if (notes.length === 1) return notes[0];
  if (separator === "") return notes.join("&");
  const sep = quote(separator);
  const parts = notes.map((n) => `IF(${n}="","",${sep}&${n})`);
  return `MID(${parts.join("&")},${separator.length + 1},32767)`;
}
