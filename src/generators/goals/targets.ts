/**
 * The goal targets computed in TypeScript with the KPI core: ramp factors per rep and month, full,
 * monthly and period targets. The sheets compute the same by formula; these values feed the SMART
 * sentences, which are text and cannot be formulas.
 */
import { networkDays, serialToYmd } from "../../kpi/dates";
import { rampQuotaCore } from "../../kpi/ramp";
import type { GoalLine, GoalMetric, GoalMonth, GoalPlan } from "../../schemas/goals";

/**
 * Share of a full month's target a rep carries in `month`: the ramp share for the month in role
 * (month of hire = 1) x the working days from the hire date over the working days of the month.
 */
export function rampFactor(
  hireDate: number | null,
  month: GoalMonth,
  schedule: readonly number[],
  holidays: readonly number[],
): number {
  if (hireDate === null) return 1;
  if (hireDate > month.end) return 0;
  const hired = serialToYmd(hireDate);
  const n = (month.year - hired.year) * 12 + month.month - hired.month + 1;
  const ramp = rampQuotaCore(1, n, schedule);
  if (hireDate <= month.start) return ramp;
  return (ramp * networkDays(hireDate, month.end, holidays)) / networkDays(month.start, month.end, holidays);
}

/** The rep's target for the whole period before ramp and proration. */
export function fullTarget(line: GoalLine, metric: GoalMetric): number {
  switch (line.source.kind) {
    case "explicit":
    case "default":
      return line.source.value;
    case "growth": {
      // baseline + |baseline| x growth: +20% on a loss of -1,000 is -800, as GROWTH measures it.
      const baseline = line.baseline ?? 0;
      return baseline + Math.abs(baseline) * (metric.growth ?? 0);
    }
  }
}

export interface LineTargets {
  readonly full: number;
  /** Per month; for average metrics every month carries the full level. */
  readonly monthly: readonly number[];
  /** Sum of the months (sum metrics) or the full level (average metrics). */
  readonly period: number;
}

export function lineTargets(plan: GoalPlan, rep: number, metric: number): LineTargets {
  const m = plan.metrics[metric];
  const full = fullTarget(plan.lines[rep][metric], m);
  if (m.aggregation === "average") {
    return { full, monthly: plan.period.months.map(() => full), period: full };
  }
  const total = plan.split.reduce((s, w) => s + w, 0);
  const hire = plan.reps[rep].hireDate;
  const monthly = plan.period.months.map(
    (month, j) => ((full * plan.split[j]) / total) * rampFactor(hire, month, plan.ramp, plan.holidays),
  );
  return { full, monthly, period: monthly.reduce((s, v) => s + v, 0) };
}
