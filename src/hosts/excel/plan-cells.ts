/**
 * Operations that write a sheet's cells and looks through Office.js: values and formulas as whole
 * 2-D arrays per block (split into bands under a size), named styles applied once per style over
 * all its ranges (RangeAreas), number formats, wrap, unlocked cells, widths, heights and merges.
 */
import {
  MAX_COLUMNS,
  columnLetter,
  parseCell,
  parseRange,
  rangeColumns,
  rangesOverlap,
  rangeRows,
} from "../../workbook/a1";
import { blockCell, blockHeight, blockWidth, cellBlocks } from "../../workbook/blocks";
import { tokenizeFormula } from "../../workbook/formula-tokens";
import type { CellInput, SheetSpec, StyleName } from "../../workbook/spec";
import { isFormula } from "../../workbook/spec";
import { STYLES, StyleDefinition } from "../../workbook/styles";
import { columnWidthToPoints } from "../../workbook/units";
import { OfficeCell, officeCell } from "./cell-input";
import { WriteOp, estimate, op, utf8Bytes } from "./ops";
import type { ApiSupport } from "./support";

/** Bands of a large block stay under this many estimated bytes, so chunks can split between them. */
export const BAND_BYTES = 512 * 1024;
/** Address lists for getRanges stay short. */
const AREAS_CHARS = 2000;

/** Formulas with structured references ("GoalTable[Actual]") must wait until the table exists. */
export function needsTable(cell: CellInput | undefined): boolean {
  if (cell === null || cell === undefined || typeof cell !== "object" || !isFormula(cell)) return false;
  if (!cell.formula.includes("[")) return false;
  const tokens = tokenizeFormula(cell.formula);
  return tokens.some((t, i) => t.kind === "bracket" && tokens[i - 1]?.kind === "word");
}

/** A 2-D array as `rows` x `cols`, null where nothing is written. */
function grid(rows: number, cols: number): OfficeCell[][] {
  return Array.from({ length: rows }, () => new Array<OfficeCell>(cols).fill(null));
}

export function addressOf(row: number, col: number, rows: number, cols: number): string {
  const a = `${columnLetter(col)}${row + 1}`;
  return rows === 1 && cols === 1 ? a : `${a}:${columnLetter(col + cols - 1)}${row + rows}`;
}

/** Splits rows into bands of at most BAND_BYTES and queues one `formulas` write per band. */
function bandOps(sheetName: string, top: number, left: number, rows: OfficeCell[][]): WriteOp[] {
  const ops: WriteOp[] = [];
  const cols = rows[0]?.length ?? 0;
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length) {
      const rowBytes = utf8Bytes(JSON.stringify(rows[end])) + 1;
      if (end > start && bytes + rowBytes > BAND_BYTES) break;
      bytes += rowBytes;
      end++;
    }
    const band = rows.slice(start, end);
    if (band.some((r) => r.some((c) => c !== null))) {
      const address = addressOf(top + start, left, band.length, cols);
      ops.push(
        op(estimate(1, address) + bytes, (t) => {
          t.sheet(sheetName).getRange(address).formulas = band;
        }),
      );
    }
    start = end;
  }
  return ops;
}

export interface CellOps {
  /** Values and formulas that can go in at once. */
  readonly now: WriteOp[];
  /** Cells that need the sheet's tables first: totals rows and structured references. */
  readonly afterTables: WriteOp[];
}

/** Cell writes for a sheet; `waits(row, col)` says a cell belongs to a table's totals row. */
export function blockOps(sheet: SheetSpec, waits: (row: number, col: number) => boolean): CellOps {
  const now: WriteOp[] = [];
  const later: WriteOp[] = [];
  for (const block of cellBlocks(sheet)) {
    const start = parseCell(block.start);
    const height = blockHeight(block);
    const cols = Math.max(1, blockWidth(block));
    if (height === 0) continue;
    const main = grid(height, cols);
    let deferred: OfficeCell[][] | null = null;
    for (let r = 0; r < height; r++) {
      for (let c = 0; c < cols; c++) {
        const input = blockCell(block, r, c);
        if (input === undefined) continue;
        const value = officeCell(input);
        if (value === null) continue;
        if (needsTable(input) || waits(start.row + r, start.col + c)) {
          deferred ??= grid(height, cols);
          deferred[r][c] = value;
        } else main[r][c] = value;
      }
    }
    now.push(...bandOps(sheet.name, start.row, start.col, main));
    if (deferred) later.push(...bandOps(sheet.name, start.row, start.col, deferred));
  }
  return { now, afterTables: later };
}

/** Range lists joined for getRanges, each list short enough for one call. */
function areaGroups(ranges: readonly string[]): string[] {
  const groups: string[] = [];
  let current = "";
  for (const r of ranges) {
    if (current && current.length + r.length + 1 > AREAS_CHARS) {
      groups.push(current);
      current = "";
    }
    current = current ? `${current},${r}` : r;
  }
  if (current) groups.push(current);
  return groups;
}

/** Ranges that share one format, as few Range/RangeAreas objects as the API allows. */
function formatTargets(
  sheetName: string,
  ranges: readonly string[],
  support: ApiSupport,
  actions: number,
  apply: (format: Excel.RangeFormat) => void,
): WriteOp[] {
  if (support.rangeAreas) {
    return areaGroups(ranges).map((addresses) =>
      op(estimate(actions + 1, addresses), (t) => apply(t.sheet(sheetName).getRanges(addresses).format)),
    );
  }
  return ranges.map((r) => op(estimate(actions + 1, r), (t) => apply(t.sheet(sheetName).getRange(r).format)));
}

/** Which inside borders exist in every area of a group (a single row has no inside horizontal). */
interface Shape {
  readonly insideHorizontal: boolean;
  readonly insideVertical: boolean;
}

const OUTER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function border(
  format: Excel.RangeFormat,
  edge: Excel.BorderIndex | string,
  style: string,
  thin = false,
): void {
  const b = format.borders.getItem(edge as Excel.BorderIndex);
  b.style = style as Excel.BorderLineStyle;
  if (thin) b.weight = "Thin";
}

/** Every property of the style is set, so a later style over the same cells replaces it whole. */
function applyStyle(format: Excel.RangeFormat, def: StyleDefinition, shape: Shape): void {
  format.font.bold = Boolean(def.bold);
  format.font.italic = Boolean(def.italic);
  format.font.size = def.fontSize ?? 11;
  if (def.fontColor) format.font.color = def.fontColor;
  if (def.fill) format.fill.color = def.fill;
  else format.fill.clear();
  const inside = [
    ...(shape.insideHorizontal ? ["InsideHorizontal"] : []),
    ...(shape.insideVertical ? ["InsideVertical"] : []),
  ];
  for (const edge of [...OUTER_EDGES, ...inside]) {
    if (def.border === "thin") border(format, edge, "Continuous", true);
    // Double top on every cell of the range, as the file host writes it per cell.
    else if (def.border === "topDouble" && (edge === "EdgeTop" || edge === "InsideHorizontal"))
      border(format, edge, "Double");
    else border(format, edge, "None");
  }
  format.horizontalAlignment = def.horizontal
    ? (capitalise(def.horizontal) as Excel.HorizontalAlignment)
    : "General";
  format.wrapText = Boolean(def.wrap);
  if (def.wrap) format.verticalAlignment = "Top";
  format.protection.locked = def.locked;
}

/** A named style on one cell, as the host writes it (for a cell the pane fills in afterwards). */
export function styleCell(format: Excel.RangeFormat, style: StyleName): void {
  applyStyle(format, STYLES[style], { insideHorizontal: false, insideVertical: false });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Named styles grouped per style; spec order is kept where ranges of different styles overlap. */
function styleOps(sheet: SheetSpec, support: ApiSupport): WriteOp[] {
  const entries = sheet.styles ?? [];
  const parsed = entries.map((e) => parseRange(e.range));
  const overlapping = parsed.some((a, i) =>
    parsed.some((b, j) => j > i && entries[i].style !== entries[j].style && rangesOverlap(a, b)),
  );
  const groups: { style: StyleName; shape: Shape; ranges: string[] }[] = [];
  entries.forEach((e, i) => {
    const shape = { insideHorizontal: rangeRows(parsed[i]) > 1, insideVertical: rangeColumns(parsed[i]) > 1 };
    const fits = (g: (typeof groups)[number]) =>
      g.style === e.style &&
      g.shape.insideHorizontal === shape.insideHorizontal &&
      g.shape.insideVertical === shape.insideVertical;
    const last = groups[groups.length - 1];
    const same = overlapping ? (last && fits(last) ? last : undefined) : groups.find(fits);
    if (same) same.ranges.push(e.range);
    else groups.push({ style: e.style, shape, ranges: [e.range] });
  });
  // About 20 property sets per style.
  return groups.flatMap((g) =>
    formatTargets(sheet.name, g.ranges, support, 20, (f) => applyStyle(f, STYLES[g.style], g.shape)),
  );
}

/** Largest number-format write in cells; bigger ranges are split by rows. */
const FORMAT_CELLS = 20000;

function numberFormatOps(sheet: SheetSpec): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const { range, format } of sheet.numberFormats ?? []) {
    const r = parseRange(range);
    const cols = rangeColumns(r);
    const bandRows = Math.max(1, Math.floor(FORMAT_CELLS / cols));
    for (let top = r.start.row; top <= r.end.row; top += bandRows) {
      const rows = Math.min(bandRows, r.end.row - top + 1);
      const address = addressOf(top, r.start.col, rows, cols);
      const values = Array.from({ length: rows }, () => new Array<string>(cols).fill(format));
      ops.push(
        op(estimate(1, address, values), (t) => {
          t.sheet(sheet.name).getRange(address).numberFormat = values;
        }),
      );
    }
  }
  return ops;
}

function layoutOps(sheet: SheetSpec): WriteOp[] {
  const ops: WriteOp[] = [];
  const name = sheet.name;
  for (const col of sheet.columns ?? []) {
    const address = `${col.column}:${col.column}`;
    ops.push(
      op(estimate(2, address), (t) => {
        const range = t.sheet(name).getRange(address);
        if (col.width !== undefined) range.format.columnWidth = columnWidthToPoints(col.width);
        if (col.hidden) range.columnHidden = true;
      }),
    );
  }
  for (const row of sheet.rows ?? []) {
    const address = `${row.row}:${row.row}`;
    ops.push(
      op(estimate(2, address), (t) => {
        const range = t.sheet(name).getRange(address);
        if (row.height !== undefined) range.format.rowHeight = row.height;
        if (row.hidden) range.rowHidden = true;
      }),
    );
  }
  for (const m of sheet.merges ?? [])
    ops.push(op(estimate(1, m), (t) => t.sheet(name).getRange(m).merge(false)));
  return ops;
}

/** Formats in the order the xlsx host layers them: style, number format, wrap, unlocked. */
export function formatOps(sheet: SheetSpec, support: ApiSupport): WriteOp[] {
  const ops = [...styleOps(sheet, support), ...numberFormatOps(sheet)];
  if (sheet.wrap?.length)
    ops.push(
      ...formatTargets(sheet.name, sheet.wrap, support, 2, (f) => {
        f.wrapText = true;
        f.verticalAlignment = "Top";
      }),
    );
  const unlocked = sheet.protection?.unlocked ?? [];
  if (unlocked.length)
    ops.push(...formatTargets(sheet.name, unlocked, support, 1, (f) => (f.protection.locked = false)));
  ops.push(...layoutOps(sheet));
  return ops;
}

/** Cell keys (row * MAX_COLUMNS + col) of every table's totals row on the sheet. */
export function totalsCells(sheet: SheetSpec): Set<number> {
  const keys = new Set<number>();
  for (const t of sheet.tables ?? []) {
    if (!t.totals) continue;
    const r = parseRange(t.range);
    for (let c = r.start.col; c <= r.end.col; c++) keys.add(r.end.row * MAX_COLUMNS + c);
  }
  return keys;
}
