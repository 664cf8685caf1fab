/**
 * Tables: their header texts as the blocks write them, and the totals-row formulas both hosts
 * write (SUBTOTAL over a structured reference, so filtered rows drop out of the total).
 */
import { parseCell, parseRange } from "./a1";
import { blockCell, cellBlocks } from "./blocks";
import { CellInput, SheetSpec, TableSpec, isText } from "./spec";

/** Excel's subtotal function numbers that ignore hidden rows, per totals function of a table. */
export const SUBTOTAL_CODES = { sum: 109, average: 101, count: 103, min: 105, max: 104 } as const;

/** A header text as it must appear inside a structured reference: [ ] # ' are escaped with '. */
export function structuredColumn(header: string): string {
  return header.replace(/(['#[\]])/g, "'$1");
}

/** The formula a totals row holds for one column, e.g. "=SUBTOTAL(109,Goals[Target])". */
export function totalsFormula(table: string, header: string, fn: keyof typeof SUBTOTAL_CODES): string {
  return `=SUBTOTAL(${SUBTOTAL_CODES[fn]},${table}[${structuredColumn(header)}])`;
}

/** The cell the blocks write at (row, col), 0-based; later blocks win, as when written. */
export function blockCellAt(sheet: SheetSpec, row: number, col: number): CellInput | undefined {
  let found: CellInput | undefined;
  for (const block of cellBlocks(sheet)) {
    let start;
    try {
      start = parseCell(block.start);
    } catch {
      continue;
    }
    const r = row - start.row;
    const k = col - start.col;
    if (r < 0 || k < 0) continue;
    const cell = blockCell(block, r, k);
    if (cell !== undefined && cell !== null) found = cell;
  }
  return found;
}

/** A header cell's text (numbers as Excel shows them), or null when the cell holds none. */
export function headerText(cell: CellInput | undefined): string | null {
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return String(cell);
  if (cell !== null && cell !== undefined && typeof cell === "object" && isText(cell)) return cell.text;
  return null;
}

/** The header texts of a table, left to right ("" where a block gives none). */
export function tableHeaders(sheet: SheetSpec, table: TableSpec): string[] {
  const r = parseRange(table.range);
  const out: string[] = [];
  for (let col = r.start.col; col <= r.end.col; col++)
    out.push(headerText(blockCellAt(sheet, r.start.row, col)) ?? "");
  return out;
}
