/**
 * A loaded workbook as plain cells, for readers that work on any host (the dashboard's reader takes
 * the same shape from Office.js in the pane): sheet names, saved values (a formula's saved result,
 * dates as Excel serials) and number formats. Rows 1-based, columns 0-based.
 */
import type ExcelJS from "exceljs";
import { plainValue } from "./read-reviews";

export interface LoadedCells {
  readonly sheetNames: readonly string[];
  value(sheet: string, row: number, col: number): string | number | boolean | null;
  numberFormat(sheet: string, row: number, col: number): string;
}

export function loadedCells(wb: ExcelJS.Workbook): LoadedCells {
  const sheet = (name: string) => wb.getWorksheet(name);
  return {
    sheetNames: wb.worksheets.map((ws) => ws.name),
    value(name, row, col) {
      const ws = sheet(name);
      if (!ws || row < 1 || col < 0) return null;
      const v = plainValue(ws.getRow(row).getCell(col + 1).value);
      return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null;
    },
    numberFormat(name, row, col) {
      const ws = sheet(name);
      return ws && row >= 1 && col >= 0 ? (ws.getRow(row).getCell(col + 1).numFmt ?? "") : "";
    },
  };
}
