/**
 * Reading the blocks of a sheet whichever way they are given (row by row in `blocks`, column by
 * column in `columnBlocks` for large imported tables): their size, one cell, or their rows. Hosts
 * and the preview read cells only through these, so both kinds are written the same way.
 */
import { parseCell } from "./a1";
import type { Block, CellInput, ColumnBlock, SheetSpec } from "./spec";

export type AnyBlock = Block | ColumnBlock;

export function isColumnBlock(block: AnyBlock): block is ColumnBlock {
  return "columns" in block;
}

/** Every block of the sheet in writing order: `blocks`, then `columnBlocks` (later ones win). */
export function cellBlocks(sheet: SheetSpec): readonly AnyBlock[] {
  return sheet.columnBlocks?.length ? [...sheet.blocks, ...sheet.columnBlocks] : sheet.blocks;
}

/** Rows the block covers (its longest column, for a column block). */
export function blockHeight(block: AnyBlock): number {
  if (!isColumnBlock(block)) return block.rows.length;
  let height = 0;
  for (const column of block.columns) if (column.length > height) height = column.length;
  return height;
}

/** Columns the block covers (its longest row, for a row block). */
export function blockWidth(block: AnyBlock): number {
  if (isColumnBlock(block)) return block.columns.length;
  let width = 0;
  for (const row of block.rows) if (row.length > width) width = row.length;
  return width;
}

/** The cell r rows below and c columns right of the block's start; undefined where it has none. */
export function blockCell(block: AnyBlock, r: number, c: number): CellInput | undefined {
  if (!isColumnBlock(block)) return block.rows[r]?.[c];
  const cell = block.columns[c]?.[r];
  // NaN (the only value unequal to itself) is an empty cell in a column block.
  return cell !== cell ? null : cell;
}

/**
 * Rows `from` to `to` (exclusive) of the block, each as long as the block is wide for a column
 * block. A row block's own rows are returned as they are; a column block's are made here, so a host
 * writing a large table in bands only ever holds one band of rows.
 */
export function blockRows(
  block: AnyBlock,
  from = 0,
  to: number = blockHeight(block),
): readonly (readonly CellInput[])[] {
  if (!isColumnBlock(block))
    return from === 0 && to >= block.rows.length ? block.rows : block.rows.slice(from, to);
  const columns = block.columns;
  const width = columns.length;
  const rows: CellInput[][] = new Array(Math.max(0, to - from));
  for (let r = from; r < to; r++) {
    const row = new Array<CellInput>(width);
    for (let c = 0; c < width; c++) {
      const cell = columns[c][r];
      row[c] = cell === undefined || cell !== cell ? null : cell;
    }
    rows[r - from] = row;
  }
  return rows;
}

/**
 * Every cell the sheet's blocks write, as rows from the sheet's first row and column (null where
 * nothing is written; later blocks win). For reading a sheet back whole (tests, small previews).
 */
export function sheetGrid(sheet: SheetSpec): CellInput[][] {
  const grid: CellInput[][] = [];
  for (const block of cellBlocks(sheet)) {
    const { row: top, col: left } = parseCell(block.start);
    const height = blockHeight(block);
    const width = blockWidth(block);
    for (let r = 0; r < height; r++) {
      const row = (grid[top + r] ??= []);
      for (let c = 0; c < width; c++) {
        const cell = blockCell(block, r, c);
        if (cell !== undefined) row[left + c] = cell;
      }
    }
  }
  for (let r = 0; r < grid.length; r++) {
    const row = (grid[r] ??= []);
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
  return grid;
}
