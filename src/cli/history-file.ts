/**
 * `--history last-week.xlsx`: the history sheet of an earlier workbook, read as values, for this
 * import to append its snapshot to. Problems name the file, the sheet and the cell.
 */
import type ExcelJS from "exceljs";
import { HistoryRow, historyRowsFromGrid, isHistorySheetName } from "../generators/crm";
import type { RawCell } from "../generators/crm";
import { loadWorkbook } from "../hosts/xlsx/load-workbook";
import { plainValue } from "../hosts/xlsx/read-reviews";
import { HISTORY_TEXTS } from "../i18n/sheets/history";
import { SchemaResult, fail, ok } from "../schemas/errors";
import { MAX_WORKBOOK_BYTES, readInputBytes } from "./input-file";

/** The sheet's cells from A1 as plain values (formulas by their saved result, dates as serials). */
function grid(ws: ExcelJS.Worksheet): RawCell[][] {
  const rows: RawCell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells[c - 1] = plainValue(cell.value);
    });
    rows[r - 1] = Array.from(cells, (v) => v ?? null);
  });
  return Array.from(rows, (r) => r ?? []);
}

export async function readHistoryFile(cwd: string, file: string): Promise<SchemaResult<HistoryRow[]>> {
  const bytes = readInputBytes(cwd, file, MAX_WORKBOOK_BYTES);
  if (!bytes.ok) return bytes;
  let wb: ExcelJS.Workbook;
  try {
    wb = await loadWorkbook(bytes.value);
  } catch {
    return fail([
      {
        file,
        field: "--history",
        en: "not an .xlsx workbook that can be read",
        zh: "不是可读取的 .xlsx 工作簿",
      },
    ]);
  }
  const ws = wb.worksheets.find((w) => isHistorySheetName(w.name));
  if (!ws) {
    const [en, zh] = [HISTORY_TEXTS["en-US"].sheet, HISTORY_TEXTS["zh-CN"].sheet];
    return fail([
      {
        file,
        field: "--history",
        en: `the workbook has no history sheet ("${en}" or "${zh}"); it is written by sales-kit import`,
        zh: `该工作簿中没有历史工作表（“${en}”或“${zh}”）；该表由 sales-kit import 生成`,
      },
    ]);
  }
  const read = historyRowsFromGrid(grid(ws), ws.name, file);
  return read.ok ? ok(read.rows) : fail(read.issues);
}
