/** A1 address helpers: column letters, cell and range parsing, and sheet-qualified references. */

export interface CellRef {
  /** 0-based. */
  readonly row: number;
  /** 0-based. */
  readonly col: number;
}

export interface RangeRef {
  readonly start: CellRef;
  readonly end: CellRef;
}

/** Excel's last column is XFD (16384) and last row 1048576. */
export const MAX_COLUMNS = 16384;
export const MAX_ROWS = 1048576;

/** Column letters made once per column: a large workbook asks for the same few millions of times. */
const LETTERS: string[] = [];

export function columnLetter(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLUMNS) throw new RangeError(`column index ${col}`);
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  LETTERS[col] = s;
  return s;
}

export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`column "${letters}"`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLUMNS) throw new RangeError(`column "${letters}"`);
  return n - 1;
}

export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetter(col)}${d}${row + 1}`;
}

export function parseCell(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) throw new RangeError(`cell address "${address}"`);
  const row = Number(m[2]) - 1;
  if (row < 0 || row >= MAX_ROWS) throw new RangeError(`cell address "${address}"`);
  return { row, col: columnIndex(m[1]) };
}

export function parseRange(address: string): RangeRef {
  const [a, b] = address.split(":");
  const start = parseCell(a);
  const end = b === undefined ? start : parseCell(b);
  return {
    start: { row: Math.min(start.row, end.row), col: Math.min(start.col, end.col) },
    end: { row: Math.max(start.row, end.row), col: Math.max(start.col, end.col) },
  };
}

export function rangeAddress(range: RangeRef, absolute = false): string {
  const a = cellAddress(range.start.row, range.start.col, absolute);
  const b = cellAddress(range.end.row, range.end.col, absolute);
  return a === b ? a : `${a}:${b}`;
}

/** The range covered by a block of `rows` x `cols` cells starting at `start`. */
export function blockRange(start: string, rows: number, cols: number): RangeRef {
  const s = parseCell(start);
  return { start: s, end: { row: s.row + Math.max(rows, 1) - 1, col: s.col + Math.max(cols, 1) - 1 } };
}

/** The cells of 1-based `row` from 0-based column `first` to `last`, e.g. "C7:H7": a merge across a row. */
export function rowSpan(row: number, first: number, last: number): string {
  return `${columnLetter(first)}${row}:${columnLetter(last)}${row}`;
}

/**
 * A workbook has a few sheet names and its formulas name them over and over (a million times in a
 * 1,000-rep statements sheet): each name's five tests run once. Bounded, for long-lived panes.
 */
const quotedNames = new Map<string, string>();

/**
 * Sheet names with spaces, punctuation or non-ASCII letters are quoted; quotes are doubled.
 * So are names that read as an A1 or R1C1 reference ("Q1", "R2C3", "R").
 */
export function quoteSheetName(name: string): string {
  let quoted = quotedNames.get(name);
  if (quoted === undefined) {
    if (quotedNames.size >= 4096) quotedNames.clear();
    quotedNames.set(name, (quoted = quote(name)));
  }
  return quoted;
}

function quote(name: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*([Cc]\d*)?$/.test(name) &&
    !/^[Cc]\d*$/.test(name) &&
    !/^(TRUE|FALSE)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function sheetRef(sheet: string, address: string): string {
  return `${quoteSheetName(sheet)}!${address}`;
}

export function rangeRows(range: RangeRef): number {
  return range.end.row - range.start.row + 1;
}

export function rangeColumns(range: RangeRef): number {
  return range.end.col - range.start.col + 1;
}

export function rangesOverlap(a: RangeRef, b: RangeRef): boolean {
  return (
    a.start.row <= b.end.row &&
    b.start.row <= a.end.row &&
    a.start.col <= b.end.col &&
    b.start.col <= a.end.col
  );
}

export function rangeContains(outer: RangeRef, cell: CellRef): boolean {
  return (
    cell.row >= outer.start.row &&
    cell.row <= outer.end.row &&
    cell.col >= outer.start.col &&
    cell.col <= outer.end.col
  );
}

/** Columns "A:D" (as in print titles) to 0-based first and last columns. */
export function parseColumnSpan(columns: string): { first: number; last: number } {
  const m =
    /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(columns.trim()) ??
    /^\$?([A-Za-z]{1,3})$/.exec(columns.trim());
  if (!m) throw new RangeError(`column span "${columns}"`);
  const a = columnIndex(m[1]);
  const b = columnIndex(m[2] ?? m[1]);
  return { first: Math.min(a, b), last: Math.max(a, b) };
}

/** Rows "1:3" (as in print titles) to 0-based first and last rows. */
export function parseRowSpan(rows: string): { first: number; last: number } {
  const m = /^\$?(\d{1,7}):\$?(\d{1,7})$/.exec(rows.trim()) ?? /^\$?(\d{1,7})$/.exec(rows.trim());
  if (!m) throw new RangeError(`row span "${rows}"`);
  const a = Number(m[1]) - 1;
  const b = Number(m[2] ?? m[1]) - 1;
  if (a < 0 || b < 0 || a >= MAX_ROWS || b >= MAX_ROWS) throw new RangeError(`row span "${rows}"`);
  return { first: Math.min(a, b), last: Math.max(a, b) };
}
