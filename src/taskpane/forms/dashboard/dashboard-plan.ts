/**
 * The pane's Dashboard action as data: from the workbook's sheets and the goal sheets the pane
 * recorded (goalSheetChoices), the weekly dashboard's spec (the dashboard generator's
 * generateDashboard) or what is missing, named in both languages: no goal sheet, no CRM KPI sheet
 * (the dashboard's actuals come from the KPI sheet through the goal sheet). A dashboard already in
 * the workbook is refreshed: the new one replaces it once written.
 */
import type { Locale } from "../../../i18n";
import { translateBoth } from "../../../i18n";
import { crmTexts } from "../../../i18n/sheets/crm";
import { dashboardTexts } from "../../../i18n/sheets/dashboard";
import { generateDashboard } from "../../../generators/dashboard";
import { goalLayout } from "../../../generators/goals";
import type { InputIssue } from "../../../schemas/errors";
import type { WorkbookSpec } from "../../../workbook/spec";
import type { GoalSheetChoice } from "../crm/goal-link";

export const DASHBOARD_FIELD = "dashboard";

export type DashboardPlan =
  | {
      readonly ok: true;
      readonly spec: WorkbookSpec;
      readonly goalSheet: string;
      /** The dashboard already in the workbook, to be replaced by the new one; null when none. */
      readonly replaces: string | null;
    }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

const LOCALES: readonly Locale[] = ["en-US", "zh-CN"];

/** The sheet of `names` the workbook has (in either language; Excel ignores case), or null. */
function present(sheets: readonly string[], names: readonly string[]): string | null {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  return sheets.find((s) => wanted.has(s.toLowerCase())) ?? null;
}

function issue(
  key: "dashboard.noGoalSheet" | "dashboard.noKpiSheet" | "dashboard.goalSheetsMissing",
  params = {},
): InputIssue {
  return { field: DASHBOARD_FIELD, ...translateBoth(key, params) };
}

export function dashboardPlan(
  choices: readonly GoalSheetChoice[],
  planName: string,
  sheets: readonly string[],
  locale: Locale,
): DashboardPlan {
  const issues: InputIssue[] = [];
  const choice = choices.find((c) => c.planName === planName) ?? choices[0];
  if (!choice) issues.push(issue("dashboard.noGoalSheet"));
  const kpi = present(
    sheets,
    LOCALES.map((l) => crmTexts(l).sheet.kpi),
  );
  if (!kpi) issues.push(issue("dashboard.noKpiSheet"));
  if (!choice || issues.length) return { ok: false, issues };
  const layout = goalLayout(choice.plan, choice.plan.locale);
  // The dashboard reads the goal, scorecard and settings sheets by the names the plan gives them.
  const missing = [layout.names.goals, layout.names.scorecard, layout.names.settings].filter(
    (name) => !present(sheets, [name]),
  );
  if (missing.length)
    return { ok: false, issues: [issue("dashboard.goalSheetsMissing", { sheets: missing.join(", ") })] };
  const followUp = present(
    sheets,
    LOCALES.map((l) => crmTexts(l).sheet.followUp),
  );
  const spec = generateDashboard({
    locale,
    plan: choice.plan,
    goals: layout,
    ...(followUp ? { followUpSheet: followUp } : {}),
  });
  return {
    ok: true,
    spec,
    goalSheet: choice.sheet,
    replaces: present(sheets, [dashboardTexts(locale).sheet]),
  };
}
