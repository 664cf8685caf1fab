/**
 * Browser mode's Dashboard action: the weekly dashboard added to (or refreshed in) a workbook file
 * the user picks, with the graft `sales-kit dashboard` uses, so every other sheet, chart and part of
 * the file stays as it was. Loaded on first use, in the xlsx chunk (ExcelJS).
 */
import { placeDashboard } from "../../../generators/dashboard/place";
import { graftSpecSheet, sheetScopedNames } from "../../../hosts/xlsx/graft-sheet";
import { loadWorkbook } from "../../../hosts/xlsx/load-workbook";
import { loadedCells } from "../../../hosts/xlsx/workbook-cells";
import type { InputIssue } from "../../../schemas/errors";

export type DashboardFile =
  | {
      readonly ok: true;
      readonly data: Uint8Array;
      /** The dashboard sheet's name in the file, and whether it replaced one of that name. */
      readonly sheet: string;
      readonly refreshed: boolean;
      readonly period: string;
    }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

export async function dashboardIntoFile(bytes: Uint8Array, fileName: string): Promise<DashboardFile> {
  let cells;
  try {
    cells = { ...loadedCells(await loadWorkbook(bytes)), scopedNames: await sheetScopedNames(bytes) };
  } catch {
    return {
      ok: false,
      issues: [
        {
          file: fileName,
          field: "(file)",
          en: "not an .xlsx workbook that can be read: pick the demo workbook or one made by sales-kit import or goals",
          zh: "不是可读取的 .xlsx 工作簿：请选择演示工作簿，或由 sales-kit import 或 goals 生成的工作簿",
        },
      ],
    };
  }
  const placed = placeDashboard(cells);
  if (!placed.ok) return { ok: false, issues: placed.issues.map((i) => ({ file: fileName, ...i })) };
  const data = await graftSpecSheet(bytes, placed.sheet, cells.sheetNames, placed.replace);
  return {
    ok: true,
    data,
    sheet: placed.sheet.name,
    refreshed: placed.replace !== undefined,
    period: placed.input.plan.period.label,
  };
}
