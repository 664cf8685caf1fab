/** What every goal sheet builder needs: the plan, the layout, the texts and the sheet language. */
import type { Locale } from "../../i18n";
import { GoalSheetTexts, goalSheetTexts } from "../../i18n/sheets/goals";
import type { GoalMetric, GoalPlan } from "../../schemas/goals";
import { GoalLayout, goalLayout } from "./layout";

export interface GoalContext {
  readonly plan: GoalPlan;
  readonly layout: GoalLayout;
  readonly t: GoalSheetTexts;
  readonly locale: Locale;
  /** The title at the top of every sheet. */
  readonly title: string;
  readonly metricName: (metric: GoalMetric) => string;
}

export function goalContext(plan: GoalPlan, locale: Locale): GoalContext {
  const t = goalSheetTexts(locale);
  return {
    plan,
    layout: goalLayout(plan, locale),
    t,
    locale,
    title: plan.title ?? t.defaultTitle,
    metricName: (m) => (locale === "zh-CN" ? m.name.zh : m.name.en),
  };
}
