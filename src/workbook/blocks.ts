/**
 * Reading the blocks of a sheet whichever way they are given (row by row in `blocks`, column by
 * column in `columnBlocks` for large imported tables): their size, one cell, or their rows. Hosts
 * and the preview read cells only through these, so both kinds are written the same way.
 */
import { parseCell } from "./a1";
import type { Block, CellInput, ColumnBlock, SheetSpec, WorkbookSpec } from "./spec";

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
  const known = LAZY_WIDTH.get(block.rows);
  if (known !== undefined) return known;
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

/** A canonical array index ("0", "17"; not "01" or "1.5"), or -1. */
function indexOf(key: string | symbol): number {
  if (typeof key !== "string" || key.length === 0 || key.length > 9) return -1;
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && String(n) === key ? n : -1;
}

/**
 * The rows of a block made on demand by `rowAt` (large generated sheets, issue 23): an array to every
 * reader (index, length, for-of, forEach, map, slice, JSON.stringify) that holds none of its rows, so
 * a sheet of a few million formulas costs its generator's state, not its strings; each reader's pass
 * makes the rows again. `rowAt` must give equal rows for equal indexes and be cheap to call row
 * after row (cache what neighbouring rows share). Read-only; not for postMessage (see plainSpec).
 */
export function lazyRows(
  length: number,
  rowAt: (r: number) => readonly CellInput[],
  facts?: LazyFacts,
): readonly (readonly CellInput[])[] {
  const target: (readonly CellInput[])[] = new Array(length);
  // The widest row, known once every row has been made (the validation and the row-height pass
  // read them all before the writer needs the width): a width pass of its own would make them again.
  const seen = new Uint8Array(facts ? 0 : length);
  let unseen = facts ? 0 : length;
  let width = 0;
  const row = (r: number): readonly CellInput[] => {
    const cells = rowAt(r);
    if (unseen > 0 && !seen[r]) {
      seen[r] = 1;
      if (cells.length > width) width = cells.length;
      if (--unseen === 0) LAZY_WIDTH.set(rows, width);
    }
    return cells;
  };
  const rows = new Proxy(target, {
    get(t, key, receiver) {
      const r = indexOf(key);
      if (r >= 0) return r < length ? row(r) : undefined;
      return Reflect.get(t, key, receiver);
    },
    has(t, key) {
      const r = indexOf(key);
      return r >= 0 ? r < length : Reflect.has(t, key);
    },
    getOwnPropertyDescriptor(t, key) {
      const r = indexOf(key);
      if (r < 0) return Reflect.getOwnPropertyDescriptor(t, key);
      return r < length
        ? { value: row(r), writable: false, enumerable: true, configurable: true }
        : undefined;
    },
    ownKeys(t) {
      return [...Array.from({ length }, (_, r) => String(r)), ...Reflect.ownKeys(t)];
    },
    set() {
      return false;
    },
    defineProperty() {
      return false;
    },
    deleteProperty() {
      return false;
    },
  });
  LAZY.add(rows);
  if (facts) {
    LAZY_WIDTH.set(rows, facts.width);
    LAZY_FACTS.set(rows, facts);
  }
  return rows;
}

/**
 * What the maker of lazy rows knows of them without making them, from making them once: the
 * validation then reads only the cells it may object to, instead of making every row again.
 */
export interface LazyFacts {
  /** The longest row's length. */
  readonly width: number;
  /**
   * [row, column] of each cell, within the block, that validate.ts's cellPasses does not clear, in
   * row and then column order; every other cell passes.
   */
  readonly suspects: readonly (readonly [number, number])[];
}

const LAZY_FACTS = new WeakMap<object, LazyFacts>();

/** The facts lazy rows were made with, if any. */
export function lazyFacts(rows: readonly (readonly CellInput[])[]): LazyFacts | undefined {
  return LAZY_FACTS.get(rows);
}

const LAZY = new WeakSet<object>();
const LAZY_WIDTH = new WeakMap<object, number>();

/** Whether a block's rows are made on demand (lazyRows). */
export function isLazy(rows: readonly (readonly CellInput[])[]): boolean {
  return LAZY.has(rows);
}

/**
 * The spec with every lazy block's rows (and lazy style and format lists) made into plain arrays, for what must copy it (postMessage
 * to the download worker uses the structured clone, which cannot copy a Proxy). The same spec when
 * none is lazy.
 */
export function plainSpec(spec: WorkbookSpec): WorkbookSpec {
  const lazyList = (list: readonly unknown[] | undefined) => list !== undefined && LAZY.has(list as object);
  const lazySheet = (s: WorkbookSpec["sheets"][number]) =>
    s.blocks.some((b) => isLazy(b.rows)) || lazyList(s.styles) || lazyList(s.numberFormats);
  if (!spec.sheets.some(lazySheet)) return spec;
  return {
    ...spec,
    sheets: spec.sheets.map((s) =>
      lazySheet(s)
        ? {
            ...s,
            blocks: s.blocks.map((b) => (isLazy(b.rows) ? { ...b, rows: Array.from(b.rows) } : b)),
            ...(lazyList(s.styles) ? { styles: Array.from(s.styles!) } : {}),
            ...(lazyList(s.numberFormats) ? { numberFormats: Array.from(s.numberFormats!) } : {}),
          }
        : s,
    ),
  };
}
