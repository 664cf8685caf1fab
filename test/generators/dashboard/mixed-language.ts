/**
 * A goal workbook with a CRM import in the other language (English goal sheets with a Chinese CRM
 * import, or the reverse): the demo's goal plan and sample CRM export (two weekly snapshots, so the
 * history has a week-over-week change), with the CRM sheets written in `crmLocale`.
 */
import path from "path";
import { DEMO_CRM_ROWS, DEMO_LARGEST_DEAL, DEMO_WEEK, demoAsOf } from "../../../src/cli/commands/demo";
import { loadGoalPlan } from "../../../src/cli/commands/goals";
import { crmGoalActuals, goalTargetLinks, importCrm, sampleExportTable } from "../../../src/generators/crm";
import { generateGoalWorkbook, goalLayout } from "../../../src/generators/goals";
import type { Locale } from "../../../src/i18n";
import { monthPeriod } from "../../../src/schemas/crm-import";
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
  const team = [...plan.reps, ...plan.notYetStarted];
  const asOf = plan.asOf!;
  const exportOn = (takenOn: number) =>
    sampleExportTable(
      team.map((r) => r.name),
      {
        rows: DEMO_CRM_ROWS,
        asOf,
        takenOn,
        flavour: crmLocale === "zh-CN" ? "fxiaoke" : "zoho",
        largestAmount: DEMO_LARGEST_DEAL,
      },
    );
  const periods = [
    { label: plan.period.label, start: plan.period.start, end: plan.period.end },
    ...plan.period.months.map((m) => monthPeriod(m.year, m.month)),
  ];
  const goalLinks = goalTargetLinks(plan, goalLayout(plan, plan.locale));
  const options = { locale: crmLocale, periods, goalLinks, file: "export.csv" };
  const lastWeek = importCrm(exportOn(asOf - DEMO_WEEK), team, { ...options, asOf: asOf - DEMO_WEEK });
  if (!lastWeek.ok) throw new Error(JSON.stringify(lastWeek.issues));
  const crm = importCrm(exportOn(asOf), team, { ...options, asOf, history: lastWeek.workbook.historyRows });
  if (!crm.ok) throw new Error(JSON.stringify(crm.issues));
  const goals = generateGoalWorkbook(plan, { actualsFrom: crmGoalActuals(crm.workbook.kpi) });
  const names = [...(goals.names ?? []), ...(crm.workbook.spec.names ?? [])];
  return {
    ...goals,
    sheets: [...goals.sheets, ...crm.workbook.spec.sheets],
    ...(names.length ? { names } : {}),
  };
}
