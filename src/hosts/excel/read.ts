/**
 * Reads from the open workbook that hold in Excel on the web: the selection clipped to the cells
 * that hold values (a selected whole column is 1,048,576 cells), and every read done in row chunks
 * whose responses stay under the 5 MB limit, measured in UTF-8 bytes as they travel.
 *
 * Microsoft's limits ("Resource limits and performance optimization for Office Add-ins", section
 * "Excel add-ins"): responses over 5 MB fail on the web, and a range read is limited to 5,000,000
 * cells, past which Excel may answer null values instead of failing (OfficeDev/office-js 4783, 6781).
 */
import { RangeRef, parseRange, rangeAddress } from "../../workbook/a1";
import { utf8Bytes } from "./ops";

/** Response bytes a chunk aims at: 1 MB of margin under Excel on the web's 5 MB. */
export const READ_BUDGET = 4 * 1024 * 1024;

/** Cells a chunk reads at most, far under the 5,000,000 a read may hold. */
export const READ_CELL_CAP = 1_000_000;

/** Cells of the first chunk, before the size of a row is known. */
const FIRST_CHUNK_CELLS = 20_000;

export interface ReadOptions {
  readonly budget?: number;
  readonly cellCap?: number;
}

/** A read that failed for a reason the caller can name to the user. */
export class ExcelReadError extends Error {
  constructor(
    readonly en: string,
    readonly zh: string,
  ) {
    super(en);
    this.name = "ExcelReadError";
  }
}

function isResponseTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded";
}

/** "Sheet1!A1:F20" or "'Q1 plan'!B2" -> the area part; a sheet name cannot hold ":" but may hold "!". */
function areaOf(address: string): RangeRef {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  return parseRange(local);
}

/**
 * Values of `area` on `sheet`, in row chunks: each chunk is one request of at most `cellCap` cells,
 * sized from the bytes a row took so far to stay under `budget`; a chunk Excel still refuses as too
 * large (or answers null, past the cell limit) is read again in halves.
 */
export async function readValuesInChunks(
  ctx: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: RangeRef,
  options: ReadOptions = {},
): Promise<unknown[][]> {
  const budget = options.budget ?? READ_BUDGET;
  const cellCap = options.cellCap ?? READ_CELL_CAP;
  const columns = area.end.col - area.start.col + 1;
  const maxRows = Math.max(1, Math.floor(cellCap / columns));
  const out: unknown[][] = [];
  let row = area.start.row;
  let rows = Math.max(1, Math.min(maxRows, Math.floor(FIRST_CHUNK_CELLS / columns)));
  let bytesPerRow = 0;
  while (row <= area.end.row) {
    const take = Math.min(rows, area.end.row - row + 1);
    const chunk: RangeRef = {
      start: { row, col: area.start.col },
      end: { row: row + take - 1, col: area.end.col },
    };
    const range = sheet.getRange(rangeAddress(chunk)).load("values");
    let values: unknown[][] | null = null;
    try {
      await ctx.sync();
      values = range.values ?? null;
    } catch (error) {
      if (!isResponseTooLarge(error)) throw error;
    }
    if (!values) {
      if (take === 1)
        throw new ExcelReadError(
          `Row ${row + 1} holds more than Excel can send in one response (5 MB); shorten its cells and read again.`,
          `第 ${row + 1} 行的内容超过 Excel 单次响应的上限(5 MB);请缩短该行单元格内容后重试。`,
        );
      rows = Math.max(1, Math.floor(take / 2));
      continue;
    }
    for (const r of values) out.push(r);
    row += take;
    bytesPerRow = Math.max(bytesPerRow, utf8Bytes(JSON.stringify(values)) / take);
    rows = Math.max(1, Math.min(maxRows, Math.floor(budget / Math.max(bytesPerRow, 1))));
  }
  return out;
}

/**
 * The selected range's address and values, clipped to its cells that hold values
 * (Range.getUsedRangeOrNullObject, ExcelApi 1.4): selecting whole columns reads only the rows in use.
 * A selection without values gives its own address and no rows.
 */
export async function readSelectedValues(
  ctx: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<{ address: string; values: unknown[][] }> {
  const selected = ctx.workbook.getSelectedRange().load("address");
  const used = selected.getUsedRangeOrNullObject(true).load("address");
  await ctx.sync();
  if (used.isNullObject) return { address: selected.address, values: [] };
  const values = await readValuesInChunks(ctx, selected.worksheet, areaOf(used.address), options);
  return { address: used.address, values };
}

/** A table's header, data and totals rows, read in row chunks. */
export async function readTableValues(
  ctx: Excel.RequestContext,
  name: string,
  options: ReadOptions = {},
): Promise<unknown[][]> {
  const range = ctx.workbook.tables.getItem(name).getRange().load("address");
  await ctx.sync();
  return readValuesInChunks(ctx, range.worksheet, areaOf(range.address), options);
}
