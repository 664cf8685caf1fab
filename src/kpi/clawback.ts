/**
 * CLAWBACK: how much of a paid commission is recovered when a customer leaves early. The schedule
 * gives, from a number of months active, the fraction clawed back; a band starts at its months.
 */
import { readNonNegative, readPairs } from "./arguments";
import { MSG, at } from "./messages";
import { KpiError, KpiResult, excelNumber, isKpiError, kpiError } from "./result";

export interface ClawbackBand {
  readonly months: number;
  readonly fraction: number;
}

/** commission x the fraction of the band monthsActive falls in; 0 before the first band. */
export function clawbackCore(
  commission: number,
  monthsActive: number,
  schedule: readonly ClawbackBand[],
): number {
  let lo = 0;
  let hi = schedule.length - 1;
  if (hi < 0 || monthsActive < schedule[0].months) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (schedule[mid].months <= monthsActive) lo = mid;
    else hi = mid - 1;
  }
  return commission * schedule[lo].fraction;
}

/** The schedule argument: two columns (months from, fraction 0-1), ascending, blank rows skipped. */
export function readClawbackSchedule(value: unknown, name = "schedule"): ClawbackBand[] | KpiError {
  const table = readPairs(value, name, "months");
  if (isKpiError(table)) return table;
  const out: ClawbackBand[] = new Array(table.keys.length);
  for (let i = 0; i < out.length; i++) {
    const fraction = table.values[i];
    if (fraction < 0 || fraction > 1) return kpiError("num", MSG.notFraction(at(name, table.rows[i], 2)));
    out[i] = { months: table.keys[i], fraction };
  }
  return out;
}

export function clawback(commission: unknown, monthsActive: unknown, schedule: unknown): KpiResult<number> {
  const c = readNonNegative(commission, "commission");
  if (isKpiError(c)) return c;
  const m = readNonNegative(monthsActive, "monthsActive");
  if (isKpiError(m)) return m;
  const s = readClawbackSchedule(schedule);
  if (isKpiError(s)) return s;
  return excelNumber(clawbackCore(c, m, s));
}
