/**
 * Quotas for people new to the role or present for part of a period: RAMPQUOTA (a new hire's
 * reduced quota, period by period) and PRORATE (the target share for the days someone is active).
 */
import {
  isBlank,
  readChoice,
  readDate,
  readDateList,
  readNumber,
  readOptionalDate,
  readVector,
} from "./arguments";
import { MSG, at } from "./messages";
import { BASES, Basis, daysIn } from "./period";
import { KpiResult, excelNumber, excelResult, isKpiError, kpiError } from "./result";

/** A quarter, a half, three quarters, then the full quota. */
export const DEFAULT_RAMP: readonly number[] = [0.25, 0.5, 0.75];

/**
 * fullQuota x schedule[periodInRole - 1]; past the end of the schedule, the full quota.
 * periodInRole is 1-based and truncated to a whole period (below 1 counts as 1).
 */
export function rampQuotaCore(fullQuota: number, periodInRole: number, schedule: readonly number[]): number {
  const n = Math.max(1, Math.floor(periodInRole));
  return n <= schedule.length ? fullQuota * schedule[n - 1] : fullQuota;
}

export function rampQuota(fullQuota: unknown, periodInRole: unknown, schedule: unknown): KpiResult<number> {
  const q = readNumber(fullQuota, "fullQuota");
  if (isKpiError(q)) return q;
  const n = readNumber(periodInRole, "periodInRole");
  if (isKpiError(n)) return n;
  if (n < 1) return kpiError("num", MSG.atLeastOne("periodInRole"));
  let s: readonly number[] = DEFAULT_RAMP;
  if (!isBlank(schedule)) {
    const read = readVector(schedule, "schedule", "skip");
    if (isKpiError(read)) return read;
    for (const f of read) if (f < 0) return kpiError("num", MSG.negative(at("schedule")));
    s = read;
  }
  return excelNumber(rampQuotaCore(q, n, s));
}

/**
 * target x (days active inside the period) / (days of the period). activeTo null means still
 * active at the end of the period. #NUM! when the period or the active span runs backwards,
 * #DIV/0! when the period has no day in the basis.
 */
export function prorateCore(
  target: number,
  periodStart: number,
  periodEnd: number,
  activeFrom: number,
  activeTo: number | null,
  holidays: readonly number[],
  basis: Basis,
): KpiResult<number> {
  if (Math.floor(periodEnd) < Math.floor(periodStart)) {
    return kpiError("num", MSG.endBeforeStart("periodEnd", "periodStart"));
  }
  if (activeTo !== null && Math.floor(activeTo) < Math.floor(activeFrom)) {
    return kpiError("num", MSG.endBeforeStart("activeTo", "activeFrom"));
  }
  const to = activeTo === null ? periodEnd : activeTo;
  const total = daysIn(periodStart, periodEnd, holidays, basis);
  if (total === 0) return kpiError("div0", MSG.noDays(basis));
  const active = daysIn(Math.max(periodStart, activeFrom), Math.min(periodEnd, to), holidays, basis);
  return (target * active) / total;
}

export function prorate(
  target: unknown,
  periodStart: unknown,
  periodEnd: unknown,
  activeFrom: unknown,
  activeTo: unknown,
  holidays: unknown,
  basis: unknown,
): KpiResult<number> {
  const t = readNumber(target, "target");
  if (isKpiError(t)) return t;
  const ps = readDate(periodStart, "periodStart");
  if (isKpiError(ps)) return ps;
  const pe = readDate(periodEnd, "periodEnd");
  if (isKpiError(pe)) return pe;
  const from = readDate(activeFrom, "activeFrom");
  if (isKpiError(from)) return from;
  const to = readOptionalDate(activeTo, "activeTo");
  if (isKpiError(to)) return to;
  const h = readDateList(holidays, "holidays");
  if (isKpiError(h)) return h;
  const b = readChoice(basis, "basis", BASES, "workdays");
  if (isKpiError(b)) return b;
  return excelResult(prorateCore(t, ps, pe, from, to, h, b));
}
