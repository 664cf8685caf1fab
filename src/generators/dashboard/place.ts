/**
 * Where the weekly dashboard goes in a workbook that holds the goal sheets, decided alike by the
 * CLI (`sales-kit dashboard`), the pane in Excel and the pane in the browser: the dashboard of the
 * goal period read back from the workbook's cells; a sheet of the dashboard's name is refreshed
 * (replaced) only when it is this period's dashboard (its title in A1), and a user's own sheet of
 * that name is kept, the dashboard taking a free name beside it.
 */
import { CRM_TEXTS } from "../../i18n/sheets/crm";
import { DASHBOARD_TEXTS, dashboardTexts } from "../../i18n/sheets/dashboard";
import { GOAL_SHEET_TEXTS } from "../../i18n/sheets/goals";
import { HISTORY_TEXTS } from "../../i18n/sheets/history";
import type { InputIssue } from "../../schemas/errors";
import { freeSheetName } from "../../workbook/names";
import type { SheetSpec } from "../../workbook/spec";
import { buildDashboardSheet, DashboardInput } from "./index";
import { dashboardInputFromWorkbook, goalPeriodsIn, WorkbookCells } from "./from-workbook";

export type DashboardPlacement =
  | {
      readonly ok: true;
      readonly input: DashboardInput;
      /** The dashboard, named as it is to be in the workbook (a free name when it adds). */
      readonly sheet: SheetSpec;
      /** The workbook's dashboard of this period that the new one replaces; undefined: added. */
      readonly replace?: string;
    }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

export function placeDashboard(book: WorkbookCells, period?: string): DashboardPlacement {
  const read = dashboardInputFromWorkbook(book, period);
  if (!read.ok) return read;
  const dashboard = buildDashboardSheet(read.input);
  const title = dashboardTexts(read.input.locale).title(read.input.plan.period.label);
  const same = book.sheetNames.find((s) => s.toLowerCase() === dashboard.name.toLowerCase());
  const replace =
    same !== undefined && String(book.value(same, 1, 0) ?? "").trim() === title ? same : undefined;
  const others = book.sheetNames.filter((s) => s !== replace);
  const name = replace ?? freeSheetName(dashboard.name, others);
  return {
    ok: true,
    input: read.input,
    sheet: { ...dashboard, name },
    ...(replace ? { replace } : {}),
  };
}

/**
 * The sheets whose cells the dashboard reads (goal settings and goal sheets, the CRM funnel and
 * history, a dashboard already there), so a host that reads a live workbook reads only those.
 */
export function dashboardSheetsToRead(sheetNames: readonly string[]): string[] {
  const wanted = new Set<string>();
  for (const { locale, label } of goalPeriodsIn({ sheetNames, value: () => null })) {
    const t = GOAL_SHEET_TEXTS[locale].sheet;
    wanted.add(`${t.settings} ${label}`.toLowerCase());
    wanted.add(`${t.goals} ${label}`.toLowerCase());
  }
  for (const locale of ["en-US", "zh-CN"] as const) {
    wanted.add(CRM_TEXTS[locale].sheet.funnel.toLowerCase());
    wanted.add(HISTORY_TEXTS[locale].sheet.toLowerCase());
    wanted.add(DASHBOARD_TEXTS[locale].sheet.toLowerCase());
  }
  return sheetNames.filter((s) => wanted.has(s.toLowerCase()));
}
