/**
 * KPI lines linked by formula to the goal sheet of the same workbook (the demo): each target and
 * actual is a reference into the goals generator's sheet, and the numbers known now (targets from
 * the goals core, actuals entered so far) seed the development plan.
 */
import type { Locale } from "../../i18n";
import type { GoalPlan } from "../../schemas/goals";
import type { KpiLine } from "../../schemas/review";
import { ext, goalLayout } from "../goals/layout";
import { lineTargets } from "../goals/targets";

/** revenue -> revenue, newCustomers -> new-customers: the review's key format. */
export function kebabKey(id: string): string {
  return id.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}

export function kpiLinesFromGoalPlan(plan: GoalPlan, locale: Locale, repIndex: number): KpiLine[] {
  const layout = goalLayout(plan, locale);
  const { cols } = layout.goals;
  return plan.metrics.map((metric, k) => {
    const row = layout.goals.row(repIndex, k);
    const firstMonth = ext(layout.names.goals, row, cols.monthActual);
    const months = `${firstMonth}:${ext(layout.names.goals, row, cols.monthActual + plan.period.months.length - 1).replace(/^.*!/, "")}`;
    const entered = plan.lines[repIndex][k].actuals.filter((a): a is number => a !== null);
    const total = entered.reduce((s, a) => s + a, 0);
    const actual =
      entered.length === 0 ? null : metric.aggregation === "sum" ? total : total / entered.length;
    return {
      key: kebabKey(metric.id),
      name: { en: metric.name.en, zh: metric.name.zh },
      unit: metric.unit,
      direction: metric.direction,
      target: lineTargets(plan, repIndex, k).period,
      actual,
      targetFormula: `=${ext(layout.names.goals, row, cols.target)}`,
      // The goal sheet sums monthly actuals, showing 0 before any is entered: blank keeps "no result yet" apart from 0.
      actualFormula: `=IF(COUNT(${months})=0,"",${ext(layout.names.goals, row, cols.actual)})`,
    };
  });
}
