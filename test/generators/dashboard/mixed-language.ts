/**
 * A goal workbook with a CRM import in the other language (English goal sheets with a Chinese CRM
 * import, or the reverse): the demo's goal plan and its CRM import (crmDemo: two weekly snapshots, so
 * the history has a week-over-week change), with the CRM sheets written in `crmLocale`.
 */
import path from "path";
import { crmDemo, demoAsOf } from "../../../src/cli/commands/demo";
import { loadGoalPlan } from "../../../src/cli/commands/goals";
import { crmGoalActuals } from "../../../src/generators/crm";
import { generateGoalWorkbook } from "../../../src/generators/goals";
import type { Locale } from "../../../src/i18n";
import type { GoalPlan } from "../../../src/schemas/goals";
import type { WorkbookSpec } from "../../../src/workbook/spec";

const EXAMPLES = path.resolve(__dirname, "../../../examples");

export async function goalPlan(locale: Locale): Promise<GoalPlan> {
  const zh = locale === "zh-CN";
  const loaded = await loadGoalPlan(
    path.join(EXAMPLES, "goals"),
    zh ? "roster.zh-CN.csv" : "roster.csv",
    zh ? "goals.zh-CN.yaml" : "goals.yaml",
    { locale },
  );
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return { ...loaded.plan, asOf: demoAsOf(loaded.plan) };
}

/** The goal sheets in the plan's language, the CRM sheets (data, KPI, funnel, follow-up, history) in `crmLocale`. */
export async function mixedWorkbook(goalLocale: Locale, crmLocale: Locale): Promise<WorkbookSpec> {
  const plan = await goalPlan(goalLocale);
  // The demo's own CRM import, its sheets written in the other language.
  const crm = crmDemo(plan, crmLocale);
  if (!crm.ok) throw new Error(JSON.stringify(crm.issues));
  const goals = generateGoalWorkbook(plan, { actualsFrom: crmGoalActuals(crm.crm.kpi) });
  const names = [...(goals.names ?? []), ...(crm.crm.spec.names ?? [])];
  return {
    ...goals,
    sheets: [...goals.sheets, ...crm.crm.spec.sheets],
    ...(names.length ? { names } : {}),
  };
}
