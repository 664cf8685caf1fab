/**
 * Reads and small actions on the open workbook for the pane: the selected range, the tables,
 * inserting an example formula, activating a sheet. Each is one Excel.run with one or two syncs.
 */
import type { RawCell, RawGrid, TableInfo, WorkbookAccess } from "../services";

type Run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

function cells(values: unknown[][]): RawGrid {
  return values.map((row) =>
    row.map((v): RawCell =>
      typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null,
    ),
  );
}

export function excelWorkbookAccess(run: Run = (batch) => Excel.run(batch)): WorkbookAccess {
  return {
    readSelection: () =>
      run(async (ctx) => {
        const range = ctx.workbook.getSelectedRange().load("address,values");
        await ctx.sync();
        return { address: range.address, values: cells(range.values) };
      }),
    listTables: () =>
      run(async (ctx) => {
        const tables = ctx.workbook.tables.load("items/name");
        await ctx.sync();
        const sheets = tables.items.map((t) => t.worksheet.load("name"));
        await ctx.sync();
        return tables.items.map((t, i): TableInfo => ({ name: t.name, sheet: sheets[i].name }));
      }),
    readTable: (name) =>
      run(async (ctx) => {
        const range = ctx.workbook.tables.getItem(name).getRange().load("values");
        await ctx.sync();
        return cells(range.values);
      }),
    insertFormula: (formula) =>
      run(async (ctx) => {
        // The top-left cell only: an example formula is one cell, whatever the selection.
        const cell = ctx.workbook.getSelectedRange().getCell(0, 0);
        cell.formulas = [[formula]];
        cell.load("address");
        await ctx.sync();
        return cell.address;
      }),
    activateSheet: (name) =>
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem(name).activate();
        await ctx.sync();
      }),
  };
}
