/**
 * A re-import in place: the data rows of a table an earlier import wrote are replaced by rows staged
 * on a sheet of their own, in one request, so that every formula reading the table's rows by A1
 * ranges (pay, KPIs, funnel, names, charts) follows them. Excel adjusts those references itself when
 * whole rows are inserted or deleted INSIDE the ranges ("Insert or delete rows and columns",
 * support.microsoft.com); writing values over a block never would.
 *
 * Office.js used: Range.insert(InsertShiftDirection.down) and Range.delete(DeleteShiftDirection.up)
 * (ExcelApi 1.1), Range.copyFrom(source, RangeCopyType.formulas) (ExcelApi 1.9), the protection
 * calls the rest of the host uses (unprotect / protect with the options read before).
 */
import { columnLetter, parseRange } from "../../workbook/a1";
import type { IsSetSupported } from "./support";
import { officeIsSetSupported } from "./support";

export interface RowSwap {
  /** The table whose data rows are replaced (its header row stays). */
  readonly table: string;
  /** The sheet holding the new rows, each at the row and column it takes in the table. */
  readonly staging: string;
  /** Records staged (0 for an export without a row). */
  readonly rows: number;
}

export interface RowSwapResult {
  /** Data rows of the table before and after (after: the records, plus a spare blank row if 1). */
  readonly before: number;
  readonly after: number;
}

/** Why the table cannot be updated in place: said to the user, and nothing was changed. */
export class RowSwapRefused extends Error {
  constructor(
    readonly reason: "api" | "singleRow" | "password" | "missing",
    readonly en: string,
    readonly zh: string,
  ) {
    super(en);
    this.name = "RowSwapRefused";
  }
}

/**
 * Data rows the table keeps for `records`. A reference to one row (A2:A2) does not grow when rows are
 * inserted above or below it, so a block of two or more rows is never shrunk below two: with one
 * record the second row stays blank (every KPI criterion skips a blank owner), and next week's
 * longer export can still grow it.
 */
export function keptRows(before: number, records: number): number {
  return before >= 2 ? Math.max(records, 2) : Math.max(records, 1);
}

/** Whether `records` can replace a block of `before` data rows in place. */
export function canSwapRows(before: number, records: number): boolean {
  return before >= 2 || records <= 1;
}

/**
 * Replaces the table's data rows by the staged ones and deletes the staging sheet, in one request:
 * the rows are first made as many as needed (inserted above the block's last row, or deleted from
 * inside it, below its first row), then the staged rows are copied over them. Checks that change
 * nothing come first, in a request of their own.
 */
export async function swapTableRows(
  ctx: Excel.RequestContext,
  swap: RowSwap,
  isSetSupported: IsSetSupported = officeIsSetSupported(),
): Promise<RowSwapResult> {
  if (!isSetSupported("ExcelApi", "1.9"))
    throw new RowSwapRefused(
      "api",
      "This Excel cannot copy ranges (ExcelApi 1.9), which updating in place needs",
      "此版本的 Excel 不支持复制区域（需要 1.9 版接口），无法就地更新",
    );
  const tables = ctx.workbook.tables.load("items/name");
  await ctx.sync();
  const name = tables.items.find((t) => t.name.toLowerCase() === swap.table.toLowerCase())?.name;
  if (name === undefined)
    throw new RowSwapRefused(
      "missing",
      `The table ${swap.table} is no longer in the workbook`,
      `工作簿中已没有表格 ${swap.table}`,
    );
  const table = ctx.workbook.tables.getItem(name);
  const range = table.getRange().load("address");
  const sheet = table.worksheet;
  const protection = sheet.protection.load("protected,options");
  await ctx.sync();

  const area = parseRange(range.address.slice(range.address.lastIndexOf("!") + 1).replace(/\$/g, ""));
  // 1-based rows of the block (the header is area.start).
  const first = area.start.row + 2;
  const before = area.end.row - area.start.row;
  const last = first + before - 1;
  if (!canSwapRows(before, swap.rows))
    throw new RowSwapRefused(
      "singleRow",
      "The earlier import has one data row: formulas that read one row do not grow with inserted rows",
      "之前的导入只有一行数据：引用单行的公式不会随插入的行扩展",
    );
  const after = keptRows(before, swap.rows);
  const options = protection.protected ? protection.options : null;
  if (options) {
    sheet.protection.unprotect();
    try {
      await ctx.sync();
    } catch {
      throw new RowSwapRefused(
        "password",
        "The data sheet is protected with a password",
        "数据工作表受密码保护",
      );
    }
  }
  try {
    if (after > before) sheet.getRange(`${last}:${last + after - before - 1}`).insert("Down");
    else if (after < before) sheet.getRange(`${first + 1}:${first + before - after}`).delete("Up");
    const left = columnLetter(area.start.col);
    const right = columnLetter(area.end.col);
    const block = `${left}${first}:${right}${first + after - 1}`;
    sheet.getRange(block).copyFrom(`'${swap.staging.replace(/'/g, "''")}'!${block}`, "Formulas");
    ctx.workbook.worksheets.getItem(swap.staging).delete();
    await ctx.sync();
  } finally {
    if (options) {
      sheet.protection.protect(options);
      await ctx.sync();
    }
  }
  ctx.workbook.application.calculate("Recalculate");
  await ctx.sync();
  return { before, after };
}
