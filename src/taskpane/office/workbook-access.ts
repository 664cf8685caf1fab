/**
 * Reads and small actions on the open workbook for the pane: the selected range, the tables, the
 * sheets, a block's formulas, inserting an example formula, filling empty cells and styling them,
 * activating a sheet. Each is one Excel.run with one or two syncs (a large fill, a few more).
 */
// The modules themselves, not the barrels: the Excel services load before the pane's first render
// in Excel, and the barrels carry the whole Excel host and the CRM generators (zod, papaparse).
import { readSelectedValues, readTableValues } from "../../hosts/excel/read";
import { styleCell } from "../../hosts/excel/plan-cells";
import type { IsSetSupported } from "../../hosts/excel/support";
import { swapTableRows } from "../../hosts/excel/update-rows";
import { columnLetter, parseRange } from "../../workbook/a1";
import type { RawCell, RawGrid, SheetsRead, TableInfo, WorkbookAccess } from "../services";

/** As the CRM goal link reads a cell (generators/crm isEmptyCell): nothing, or "". */
function isEmptyCell(cell: RawCell | undefined): boolean {
  return cell === null || cell === undefined || cell === "";
}

type Run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Cell writes per request of a fill. One cell's write is a few hundred bytes of request: this keeps
 * each request far under Excel on the web's 5 MB for a year of months of a large team.
 */
const WRITES_PER_SYNC = 2000;

/** Rows read per request of readSheets: a dozen columns of values and formats stay far under 5 MB. */
const ROWS_PER_READ = 5000;

/** Cells styled per request (each is some twenty property sets). */
const STYLES_PER_SYNC = 500;

function cells(values: unknown[][]): RawGrid {
  return values.map((row) =>
    row.map((v): RawCell =>
      typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null,
    ),
  );
}

export function excelWorkbookAccess(
  run: Run = (batch) => Excel.run(batch),
  isSetSupported?: IsSetSupported,
): WorkbookAccess {
  return {
    readSelection: () =>
      run(async (ctx) => {
        // Clipped to the cells in use and read in chunks (a whole column is a million cells).
        const read = await readSelectedValues(ctx);
        return { address: read.address, values: cells(read.values) };
      }),
    listTables: () =>
      run(async (ctx) => {
        const tables = ctx.workbook.tables.load("items/name");
        await ctx.sync();
        const sheets = tables.items.map((t) => t.worksheet.load("name"));
        const ranges = tables.items.map((t) => t.getRange().load("address"));
        await ctx.sync();
        return tables.items.map((t, i): TableInfo => ({
          name: t.name,
          sheet: sheets[i].name,
          address: ranges[i].address,
        }));
      }),
    readTable: (name) => run(async (ctx) => cells(await readTableValues(ctx, name))),
    insertFormula: (formula) =>
      run(async (ctx) => {
        // The top-left cell only: an example formula is one cell, whatever the selection.
        const cell = ctx.workbook.getSelectedRange().getCell(0, 0);
        cell.formulas = [[formula]];
        cell.load("address");
        await ctx.sync();
        return cell.address;
      }),
    listSheets: () =>
      run(async (ctx) => {
        const sheets = ctx.workbook.worksheets.load("items/name");
        await ctx.sync();
        return sheets.items.map((s) => s.name);
      }),
    readFormulas: (sheet, address) =>
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItemOrNullObject(sheet).load("isNullObject");
        await ctx.sync();
        if (ws.isNullObject) return null;
        const range = ws.getRange(address).load("formulas");
        await ctx.sync();
        return cells(range.formulas);
      }),
    fillEmptyCells: (sheet, address, formulas) =>
      run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem(sheet).getRange(address).load("formulas");
        await ctx.sync();
        const before = cells(range.formulas);
        // Decided on what was read in this same batch, so a value typed since an earlier read stays.
        let queued = 0;
        for (let r = 0; r < formulas.length; r++) {
          for (let c = 0; c < formulas[r].length; c++) {
            const formula = formulas[r][c];
            if (formula === null || !isEmptyCell(before[r]?.[c])) continue;
            range.getCell(r, c).formulas = [[formula]];
            if (++queued % WRITES_PER_SYNC === 0) await ctx.sync();
          }
        }
        if (queued % WRITES_PER_SYNC !== 0) await ctx.sync();
        return before;
      }),
    styleCells: (sheet, addresses, style) =>
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        const protection = ws.protection.load("protected,options");
        await ctx.sync();
        const options = protection.protected ? protection.options : null;
        if (options) {
          ws.protection.unprotect();
          try {
            await ctx.sync();
          } catch {
            // A password protects the sheet: the pane does not ask for it, and leaves the cells.
            return false;
          }
        }
        try {
          let queued = 0;
          for (const address of addresses) {
            styleCell(ws.getRange(address).format, style);
            if (++queued % STYLES_PER_SYNC === 0) await ctx.sync();
          }
          await ctx.sync();
        } finally {
          // Back as it was, also when a format could not be set.
          if (options) {
            ws.protection.protect(options);
            await ctx.sync();
          }
        }
        return true;
      }),
    replaceSheet: (old, fresh) =>
      run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        const added = sheets.getItem(fresh);
        // Activated first: the old sheet may be the active one, and Excel keeps one active.
        added.activate();
        sheets.getItem(old).delete();
        added.name = old;
        await ctx.sync();
      }),
    readSheets: (pick, columns) =>
      run(async (ctx): Promise<SheetsRead> => {
        const all = ctx.workbook.worksheets.load("items/name");
        await ctx.sync();
        const sheetNames = all.items.map((s) => s.name);
        const wanted = pick(sheetNames).filter((n) => sheetNames.includes(n));
        const used = wanted.map((n) =>
          ctx.workbook.worksheets.getItem(n).getUsedRangeOrNullObject(true).load("address"),
        );
        await ctx.sync();
        const grids = new Map<string, { values: RawGrid; formats: string[][] }>();
        const last = (c: Excel.Range) =>
          c.isNullObject ? 0 : parseRange(c.address.slice(c.address.lastIndexOf("!") + 1)).end.row + 1;
        const reads = wanted.map((name, i) => {
          const rows = last(used[i]);
          const chunks: Excel.Range[] = [];
          for (let r = 1; r <= rows; r += ROWS_PER_READ) {
            const end = Math.min(rows, r + ROWS_PER_READ - 1);
            chunks.push(
              ctx.workbook.worksheets
                .getItem(name)
                .getRange(`A${r}:${columnLetter(columns - 1)}${end}`)
                .load("values,numberFormat"),
            );
          }
          return chunks;
        });
        await ctx.sync();
        wanted.forEach((name, i) => {
          grids.set(name, {
            values: reads[i].flatMap((c) => cells(c.values)),
            formats: reads[i].flatMap((c) => c.numberFormat.map((row) => row.map((f) => String(f ?? "")))),
          });
        });
        // Sheet-scoped names need ExcelApi 1.4: without them the reader finds the tables by their headers.
        const scopedNames: { sheet: string; name: string; refersTo: string }[] = [];
        try {
          const lists = wanted.map((n) =>
            ctx.workbook.worksheets.getItem(n).names.load("items/name,items/formula"),
          );
          await ctx.sync();
          wanted.forEach((sheet, i) =>
            lists[i].items.forEach((n) =>
              scopedNames.push({ sheet, name: n.name, refersTo: String(n.formula) }),
            ),
          );
        } catch {
          // An older Excel: no names to read.
        }
        return { sheetNames, grids, scopedNames };
      }),
    swapTableRows: (table, staging, rows, more) =>
      run((ctx) => swapTableRows(ctx, { table, staging, rows, ...more }, isSetSupported)),
    deleteSheets: (names, activate) =>
      run(async (ctx) => {
        const items = names.map((n) => ctx.workbook.worksheets.getItemOrNullObject(n).load("isNullObject"));
        const back = activate
          ? ctx.workbook.worksheets.getItemOrNullObject(activate).load("isNullObject")
          : null;
        await ctx.sync();
        // Before the deletes: Excel keeps one sheet active and would pick one itself.
        if (back && !back.isNullObject) back.activate();
        items.forEach((item) => !item.isNullObject && item.delete());
        await ctx.sync();
      }),
    activeSheet: () =>
      run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getActiveWorksheet().load("name");
        await ctx.sync();
        return sheet.name;
      }),
    activateSheet: (name) =>
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem(name).activate();
        await ctx.sync();
      }),
  };
}
