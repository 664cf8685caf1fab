/** What every goal sheet builder needs: the plan, the layout, the texts and the sheet language. */
import type { Locale } from "../../i18n";
import { GoalSheetTexts, goalSheetTexts } from "../../i18n/sheets/goals";
import type { GoalMetric, GoalMonth, GoalPlan } from "../../schemas/goals";
import type { Rep } from "../../schemas/roster";
import { GoalLayout, goalLayout } from "./layout";

/**
 * Where monthly actuals come from when they are not typed in: a cell of another sheet in the same
 * workbook (the CRM KPI sheet of the same period), e.g. 'CRM KPIs'!$F$9, or null when that sheet has
 * no figure for the rep, metric and month (the cell then stays an input).
 */
export interface GoalActualsSource {
  readonly cell: (rep: Rep, metricId: string, month: GoalMonth) => string | null;
}

export interface GoalContext {
  readonly plan: GoalPlan;
  readonly layout: GoalLayout;
  readonly t: GoalSheetTexts;
  readonly locale: Locale;
  /** The title at the top of every sheet. */
  readonly title: string;
  readonly metricName: (metric: GoalMetric) => string;
  /** Linked actuals; absent: every monthly actual is an input cell. */
  readonly actualsFrom?: GoalActualsSource;
}

export function goalContext(plan: GoalPlan, locale: Locale, actualsFrom?: GoalActualsSource): GoalContext {
  const t = goalSheetTexts(locale);
  return {
    plan,
    layout: goalLayout(plan, locale),
    t,
    locale,
    title: plan.title ?? t.defaultTitle,
    metricName: (m) => (locale === "zh-CN" ? m.name.zh : m.name.en),
    ...(actualsFrom ? { actualsFrom } : {}),
  };
}
