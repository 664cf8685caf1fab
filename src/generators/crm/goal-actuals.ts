/**
 * The bridge from the CRM KPI sheet to a goal sheet of the same period: which KPI figure stands for
 * which goal metric, the cell a goal sheet's monthly actual then points at, and the goal sheet's
 * target cells the KPI sheet's pipeline coverage is measured against.
 */
import type { GoalActualsSource } from "../goals/context";
import { GoalLayout, ext } from "../goals/layout";
import { CrmPeriod, monthPeriod } from "../../schemas/crm-import";
import type { GoalPlan } from "../../schemas/goals";
import type { Rep } from "../../schemas/roster";
import { KpiGoalLinks, KpiLayout, KpiMetric, kpiReference } from "./kpi-sheet";

/**
 * Goal metric ids (the presets and the usual custom ids) and the KPI figure each one is measured by.
 * Monthly figures only where a month's value means the same as the goal's: revenue is won revenue
 * (summed over the months; on a split report credited by share, as commission pays it), average
 * order value the average won deal (averaged over the months, as the goal sheet does for average
 * metrics).
 */
export const CRM_GOAL_METRICS: Readonly<Record<string, KpiMetric>> = {
  revenue: "wonRevenue",
  wonRevenue: "wonRevenue",
  newCustomers: "newCustomers",
  dealsWon: "dealsWon",
  averageOrderValue: "averageDeal",
  averageDeal: "averageDeal",
  winRate: "winRate",
  conversionRate: "conversionRate",
  collections: "collections",
};

/** The KPI figure a goal metric is measured by; undefined when `metrics` maps none to it. */
function kpiFigureOf(
  metricId: string,
  metrics: Readonly<Record<string, KpiMetric>> = CRM_GOAL_METRICS,
): KpiMetric | undefined {
  return Object.prototype.hasOwnProperty.call(metrics, metricId) ? metrics[metricId] : undefined;
}

/**
 * The actuals source for generateGoalWorkbook: each rep's monthly actual of a mapped metric points at
 * the rep's row of that month on the KPI sheet. Metrics without a mapping, and months, reps or figures
 * the KPI sheet lacks (no month period, rep not on it, no created date for conversion ...), stay inputs.
 */
export function crmGoalActuals(
  kpi: KpiLayout,
  metrics: Readonly<Record<string, KpiMetric>> = CRM_GOAL_METRICS,
): GoalActualsSource {
  return {
    cell: (rep, metricId, month) => {
      const metric = kpiFigureOf(metricId, metrics);
      if (!metric) return null;
      return kpiReference(kpi, monthPeriod(month.year, month.month).label, rep.name, metric);
    },
  };
}

/**
 * The KPI sheet's targets from the goal sheet of the same workbook: a rep's row of the goal period
 * points at the goal sheet's target and gap of the metric measured by won revenue (revenue, unless
 * `metricId` names another sum metric); a row of one of its months points at that month's target.
 * Periods other than these, reps not on the goal sheet and plans without such a metric get null.
 * `sheet`: the goal sheet's name when a host renamed it for a clash ("Goals 2027-Q1 (2)").
 */
export function goalTargetLinks(
  plan: GoalPlan,
  layout: GoalLayout,
  options: { readonly metricId?: string; readonly sheet?: string } = {},
): KpiGoalLinks {
  const metricId = options.metricId ?? revenueMetric(plan);
  const k = metricId === undefined ? -1 : plan.metrics.findIndex((m) => m.id === metricId);
  const repIndex = new Map(plan.reps.map((r, i) => [r.name, i]));
  const g = layout.goals;
  const sheet = options.sheet ?? layout.names.goals;
  const rowOf = (rep: Rep): number | null => {
    const i = repIndex.get(rep.name);
    return i === undefined || k < 0 ? null : g.row(i, k);
  };
  const isGoalPeriod = (p: CrmPeriod) => p.start === plan.period.start && p.end === plan.period.end;
  const monthOf = (p: CrmPeriod) =>
    plan.period.months.findIndex((m) => m.start === p.start && m.end === p.end);
  return {
    sheet,
    target: (rep, period) => {
      const row = rowOf(rep);
      if (row === null) return null;
      if (isGoalPeriod(period)) return ext(sheet, row, g.cols.target);
      const j = monthOf(period);
      return j < 0 ? null : ext(sheet, row, g.cols.monthTarget + j);
    },
    remaining: (rep, period) => {
      const row = rowOf(rep);
      return row !== null && isGoalPeriod(period) ? ext(sheet, row, g.cols.gap) : null;
    },
  };
}

/** The first summed metric a goal sheet's actuals take from won revenue (revenue, wonRevenue ...). */
export function revenueMetric(plan: GoalPlan): string | undefined {
  return plan.metrics.find((m) => m.aggregation === "sum" && kpiFigureOf(m.id) === "wonRevenue")?.id;
}

/** The goal plan's metrics whose monthly actuals the KPI sheet can give (it has their figure). */
export function linkedGoalMetrics(plan: GoalPlan, kpi: KpiLayout): GoalPlan["metrics"][number][] {
  return plan.metrics.filter((m) => {
    const figure = kpiFigureOf(m.id);
    return figure !== undefined && kpi.columns[figure] !== undefined;
  });
}
