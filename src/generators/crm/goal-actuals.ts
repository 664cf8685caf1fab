/**
 * The bridge from the CRM KPI sheet to a goal sheet of the same period: which KPI figure stands for
 * which goal metric, and the cell a goal sheet's monthly actual then points at.
 */
import type { GoalActualsSource } from "../goals/context";
import { monthPeriod } from "../../schemas/crm-import";
import { KpiLayout, KpiMetric, kpiReference } from "./kpi-sheet";

/**
 * Goal metric ids (the presets and the usual custom ids) and the KPI figure each one is measured by.
 * Monthly figures only where a month's value means the same as the goal's: revenue is won revenue
 * (summed over the months), average order value the average won deal (averaged over the months, as
 * the goal sheet does for average metrics).
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
      const metric = Object.prototype.hasOwnProperty.call(metrics, metricId) ? metrics[metricId] : undefined;
      if (!metric) return null;
      return kpiReference(kpi, monthPeriod(month.year, month.month).label, rep.name, metric);
    },
  };
}
