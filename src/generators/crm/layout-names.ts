/**
 * The CRM import's record of where its funnel and history tables are, for readers that come later
 * (the dashboard in the pane and in `sales-kit dashboard`): names scoped to the funnel and history
 * sheets. Sheet scope, because a second import into the same workbook adds sheets of its own and
 * each keeps its names (workbook-scoped ones would collide); Office.js adds them with
 * worksheet.names.add (ExcelApi 1.4) and the xlsx host writes them with their localSheetId.
 */
import { quoteSheetName } from "../../workbook/a1";
import type { DefinedNameSpec, SheetSpec } from "../../workbook/spec";
import type { FunnelLayout } from "./funnel-sheet";
import type { HistoryLayout } from "./history";

/** Rep and weakest stage (columns A:B) of the funnel sheet's per-rep summary rows. */
export const FUNNEL_REPS_NAME = "SalesKit_FunnelReps";
/** Stage and deals (A:B) of the team block's known stages. */
export const FUNNEL_STAGES_NAME = "SalesKit_FunnelStages";
/** The history table's snapshot rows (A:H). */
export const HISTORY_ROWS_NAME = "SalesKit_HistoryRows";
/** The trend table's rows (J:L). */
export const HISTORY_TREND_NAME = "SalesKit_HistoryTrend";

function range(sheet: string, from: string, to: string, first: number, last: number): string {
  return `=${quoteSheetName(sheet)}!$${from}$${first}:$${to}$${last}`;
}

function withNames(sheet: SheetSpec, names: DefinedNameSpec[]): SheetSpec {
  return names.length ? { ...sheet, names: [...(sheet.names ?? []), ...names] } : sheet;
}

export function withFunnelNames(sheet: SheetSpec, layout: FunnelLayout): SheetSpec {
  const names: DefinedNameSpec[] = [];
  const rows = layout.summaryRows.map((s) => s.row);
  if (rows.length)
    names.push({
      name: FUNNEL_REPS_NAME,
      refersTo: range(sheet.name, "A", "B", Math.min(...rows), Math.max(...rows)),
    });
  if (layout.stages.length) {
    const first = layout.team.firstStageRow;
    names.push({
      name: FUNNEL_STAGES_NAME,
      refersTo: range(sheet.name, "A", "B", first, first + layout.stages.length - 1),
    });
  }
  return withNames(sheet, names);
}

export function withHistoryNames(sheet: SheetSpec, layout: HistoryLayout): SheetSpec {
  const names: DefinedNameSpec[] = [];
  if (layout.lastRow >= layout.firstRow)
    names.push({
      name: HISTORY_ROWS_NAME,
      refersTo: range(sheet.name, "A", "H", layout.firstRow, layout.lastRow),
    });
  if (layout.trendLastRow >= layout.trendFirstRow)
    names.push({
      name: HISTORY_TREND_NAME,
      refersTo: range(sheet.name, "J", "L", layout.trendFirstRow, layout.trendLastRow),
    });
  return withNames(sheet, names);
}
