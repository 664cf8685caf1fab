/**
 * The pane's Dashboard action as data: the weekly dashboard of the workbook's goal period, read
 * back from the workbook's own cells as `sales-kit dashboard` reads a file (placeDashboard), so the
 * pane, the CLI and the demo make the same sheet from the same workbook: the funnel's weakest stage
 * and the week-over-week columns from the tables the CRM import recorded. What is missing is named
 * by sheet and cell, in both languages. A dashboard of the same period already there is refreshed.
 */
import { goalPeriodsIn, type WorkbookCells } from "../../../generators/dashboard/from-workbook";
import { placeDashboard } from "../../../generators/dashboard/place";
import type { InputIssue } from "../../../schemas/errors";
import type { WorkbookSpec } from "../../../workbook/spec";

export const DASHBOARD_FIELD = "dashboard";

export type DashboardPlan =
  | {
      readonly ok: true;
      readonly spec: WorkbookSpec;
      /** The goal sheet the dashboard reads. */
      readonly goalSheet: string;
      /** The dashboard already in the workbook, to be replaced by the new one; null when none. */
      readonly replaces: string | null;
    }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

/** The goal periods of the workbook, for the choice when it holds several. */
export function dashboardPeriods(book: WorkbookCells): string[] {
  return goalPeriodsIn(book).map((p) => p.label);
}

export function dashboardPlan(book: WorkbookCells, period: string): DashboardPlan {
  const periods = dashboardPeriods(book);
  const placed = placeDashboard(book, periods.length > 1 && periods.includes(period) ? period : undefined);
  if (!placed.ok) return { ok: false, issues: placed.issues.map((i) => ({ ...i, field: DASHBOARD_FIELD })) };
  const { input } = placed;
  return {
    ok: true,
    spec: {
      sheets: [placed.sheet],
      activate: placed.sheet.name,
      // The funnel and trend charts draw from the import's sheets already in the workbook.
      existingSheets: [input.funnel?.sheet, input.history?.sheet].filter((s): s is string => s !== undefined),
    },
    goalSheet: input.goals.names.goals,
    replaces: placed.replace ?? null,
  };
}
