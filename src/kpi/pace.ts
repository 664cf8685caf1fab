/**
 * Pace against a straight-line goal: PACE, RUNRATE, REQUIREDRATE and STATUS. The target is
 * expected to accrue evenly over the days of the period (working days or calendar days); the
 * day `asof` counts as done.
 */
import { readChoice, readDate, readDateList, readNumber, readOptionalNumber } from "./arguments";
import { attainmentCore } from "./attainment";
import { MSG, at } from "./messages";
import { BASES, Basis, daysIn, elapsedDays } from "./period";
import { KpiError, KpiResult, excelResult, isKpiError, kpiError } from "./result";

export const STATUSES = ["ON TRACK", "AT RISK", "OFF TRACK"] as const;
export type Status = (typeof STATUSES)[number];

/** Days in the period: #NUM! when it runs backwards, #DIV/0! when it has no day in the basis. */
function periodDays(
  start: number,
  end: number,
  holidays: readonly number[],
  basis: Basis,
): KpiResult<number> {
  if (Math.floor(end) < Math.floor(start)) return kpiError("num", MSG.endBeforeStart("end", "start"));
  const total = daysIn(start, end, holidays, basis);
  return total === 0 ? kpiError("div0", MSG.noDays(basis)) : total;
}

/** The target expected by asof; integer day counts keep target x elapsed / total exact. */
function expectedToDate(
  target: number,
  start: number,
  end: number,
  asof: number,
  holidays: readonly number[],
  basis: Basis,
): KpiResult<number> {
  const total = periodDays(start, end, holidays, basis);
  if (isKpiError(total)) return total;
  return (target * elapsedDays(start, end, asof, holidays, basis)) / total;
}

/** actual against the target expected by asof, measured like ATTAINMENT (1 = exactly on pace). */
export function paceCore(
  actual: number,
  target: number,
  start: number,
  end: number,
  asof: number,
  holidays: readonly number[],
  basis: Basis,
): KpiResult<number> {
  const expected = expectedToDate(target, start, end, asof, holidays, basis);
  if (isKpiError(expected)) return expected;
  if (expected === 0) return kpiError("div0", MSG.nothingExpected());
  return attainmentCore(actual, expected, "higher");
}

/** The period total if the pace so far continues: actual x total days / elapsed days. */
export function runRateCore(
  actual: number,
  start: number,
  end: number,
  asof: number,
  holidays: readonly number[],
  basis: Basis,
): KpiResult<number> {
  const total = periodDays(start, end, holidays, basis);
  if (isKpiError(total)) return total;
  const elapsed = elapsedDays(start, end, asof, holidays, basis);
  if (elapsed === 0) return kpiError("div0", MSG.noElapsed());
  return (actual * total) / elapsed;
}

/**
 * What is still needed per remaining day (the days after asof up to and including end);
 * 0 once the target is reached, #DIV/0! when it is not and no day is left.
 */
export function requiredRateCore(
  actual: number,
  target: number,
  end: number,
  asof: number,
  holidays: readonly number[],
  basis: Basis,
): KpiResult<number> {
  const missing = target - actual;
  if (!(missing > 0)) return 0;
  const left = daysIn(Math.floor(asof) + 1, end, holidays, basis);
  if (left === 0) return kpiError("div0", MSG.noDaysLeft());
  return missing / left;
}

/**
 * "ON TRACK" when actual >= the target expected by asof, "OFF TRACK" when it falls short of it by
 * at least tolerance x |expected|, else "AT RISK".
 */
export function statusCore(
  actual: number,
  target: number,
  start: number,
  end: number,
  asof: number,
  tolerance: number,
  holidays: readonly number[],
  basis: Basis,
): KpiResult<Status> {
  const expected = expectedToDate(target, start, end, asof, holidays, basis);
  if (isKpiError(expected)) return expected;
  // A relative hair of slack, so that a value equal to the expected one up to rounding is on track.
  const slack = 1e-12 * Math.max(1, Math.abs(expected));
  const shortfall = expected - actual;
  if (shortfall <= slack) return "ON TRACK";
  if (shortfall >= tolerance * Math.abs(expected) - slack) return "OFF TRACK";
  return "AT RISK";
}

interface PeriodDates {
  start: number;
  end: number;
  asof: number;
}

interface PeriodArgs extends PeriodDates {
  holidays: number[];
  basis: Basis;
}

function readDates(start: unknown, end: unknown, asof: unknown): PeriodDates | KpiError {
  const s = readDate(start, "start");
  if (isKpiError(s)) return s;
  const e = readDate(end, "end");
  if (isKpiError(e)) return e;
  if (e < s) return kpiError("num", MSG.endBeforeStart("end", "start"));
  const a = readDate(asof, "asof");
  if (isKpiError(a)) return a;
  return { start: s, end: e, asof: a };
}

function readCalendar(dates: PeriodDates, holidays: unknown, basis: unknown): PeriodArgs | KpiError {
  const h = readDateList(holidays, "holidays");
  if (isKpiError(h)) return h;
  const b = readChoice(basis, "basis", BASES, "workdays");
  if (isKpiError(b)) return b;
  return { start: dates.start, end: dates.end, asof: dates.asof, holidays: h, basis: b };
}

function readPeriod(
  start: unknown,
  end: unknown,
  asof: unknown,
  holidays: unknown,
  basis: unknown,
): PeriodArgs | KpiError {
  const dates = readDates(start, end, asof);
  if (isKpiError(dates)) return dates;
  return readCalendar(dates, holidays, basis);
}

export function pace(
  actual: unknown,
  target: unknown,
  start: unknown,
  end: unknown,
  asof: unknown,
  holidays: unknown,
  basis: unknown,
): KpiResult<number> {
  const a = readNumber(actual, "actual");
  if (isKpiError(a)) return a;
  const t = readNumber(target, "target");
  if (isKpiError(t)) return t;
  const p = readPeriod(start, end, asof, holidays, basis);
  if (isKpiError(p)) return p;
  return excelResult(paceCore(a, t, p.start, p.end, p.asof, p.holidays, p.basis));
}

export function runRate(
  actual: unknown,
  start: unknown,
  end: unknown,
  asof: unknown,
  holidays: unknown,
  basis: unknown,
): KpiResult<number> {
  const a = readNumber(actual, "actual");
  if (isKpiError(a)) return a;
  const p = readPeriod(start, end, asof, holidays, basis);
  if (isKpiError(p)) return p;
  return excelResult(runRateCore(a, p.start, p.end, p.asof, p.holidays, p.basis));
}

export function requiredRate(
  actual: unknown,
  target: unknown,
  end: unknown,
  asof: unknown,
  holidays: unknown,
  basis: unknown,
): KpiResult<number> {
  const a = readNumber(actual, "actual");
  if (isKpiError(a)) return a;
  const t = readNumber(target, "target");
  if (isKpiError(t)) return t;
  const e = readDate(end, "end");
  if (isKpiError(e)) return e;
  const d = readDate(asof, "asof");
  if (isKpiError(d)) return d;
  const h = readDateList(holidays, "holidays");
  if (isKpiError(h)) return h;
  const b = readChoice(basis, "basis", BASES, "workdays");
  if (isKpiError(b)) return b;
  return excelResult(requiredRateCore(a, t, e, d, h, b));
}

export function status(
  actual: unknown,
  target: unknown,
  start: unknown,
  end: unknown,
  asof: unknown,
  tolerance: unknown,
  holidays: unknown,
  basis: unknown,
): KpiResult<string> {
  const a = readNumber(actual, "actual");
  if (isKpiError(a)) return a;
  const t = readNumber(target, "target");
  if (isKpiError(t)) return t;
  // In argument order, so the first bad argument is the one named.
  const dates = readDates(start, end, asof);
  if (isKpiError(dates)) return dates;
  const tol = readOptionalNumber(tolerance, "tolerance", 0.1);
  if (isKpiError(tol)) return tol;
  if (tol < 0) return kpiError("num", MSG.negative(at("tolerance")));
  const p = readCalendar(dates, holidays, basis);
  if (isKpiError(p)) return p;
  return statusCore(a, t, p.start, p.end, p.asof, tol, p.holidays, p.basis);
}
