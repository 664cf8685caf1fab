/**
 * The sheets the pane read from the open workbook (WorkbookAccess.readSheets) as the cell reader
 * the dashboard's workbook reader takes: the same reader the CLI gives it over a file.
 */
import type { WorkbookCells } from "../../../generators/dashboard/from-workbook";
import type { SheetsRead } from "../../services";

export function cellsOfSheets(read: SheetsRead): WorkbookCells {
  return {
    sheetNames: read.sheetNames,
    scopedNames: read.scopedNames,
    value(sheet, row, col) {
      const v = read.grids.get(sheet)?.values[row - 1]?.[col];
      // Excel reads an empty cell as "": blank, as a file's reader gives it.
      return v === undefined || v === "" ? null : v;
    },
    numberFormat(sheet, row, col) {
      const f = read.grids.get(sheet)?.formats[row - 1]?.[col] ?? "";
      return f === "General" ? "" : f;
    },
  };
}
