/**
 * Rows as tall as their wrapped text needs. Headers, notes and text areas wrap, but neither host (nor
 * Excel on opening a file) grows a row to wrapped text written by a program, so a two-word label in a
 * narrow column shows, and prints, its first line only. Applied by the generators to their sheets.
 */
import { columnIndex, parseRange } from "./a1";
import { isLazy } from "./blocks";
import type { CellInput, SheetSpec } from "./spec";
import { STYLES } from "./styles";
import { cellText, wrappedRowHeight } from "./wrapped-text";

/** Excel's default column width, for columns a sheet leaves unset. */
const DEFAULT_WIDTH = 8.43;

type Span = { readonly first: number; readonly last: number };

/** Row (0-based) -> the column spans of its cells that wrap. */
export type WrappingRows = ReadonlyMap<number, readonly Span[]>;

/** The ranges whose cells wrap: styled with a wrapping style, or listed in the sheet's `wrap`. */
export function wrappingRows(sheet: Pick<SheetSpec, "styles" | "wrap">): WrappingRows {
  const rows = new Map<number, Span[]>();
  const add = (range: string) => {
    const { start, end } = parseRange(range);
    for (let row = start.row; row <= end.row; row++) {
      const spans = rows.get(row);
      const span = { first: start.col, last: end.col };
      if (spans) spans.push(span);
      else rows.set(row, [span]);
    }
  };
  for (const s of sheet.styles ?? []) if (STYLES[s.style].wrap) add(s.range);
  for (const w of sheet.wrap ?? []) add(w);
  return rows;
}

/**
 * The sheet with each row that holds wrapped text raised to the height its tallest cell needs, when
 * that is more than the row's set height. Cells merged over several rows are left to their rows.
 */
export function fitWrappedRows(sheet: SheetSpec): SheetSpec {
  return fitWrappedRowsOf(sheet, wrappingRows(sheet));
}

/** fitWrappedRows with the sheet's wrapping rows already found (their rows may be made ahead). */
export function fitWrappedRowsOf(sheet: SheetSpec, wrapping: WrappingRows): SheetSpec {
  if (!wrapping.size) return sheet;

  const widths = new Map<number, number>();
  for (const c of sheet.columns ?? []) if (c.width !== undefined) widths.set(columnIndex(c.column), c.width);
  const width = (col: number) => widths.get(col) ?? DEFAULT_WIDTH;
  // A merged cell wraps across its merge; cells under a merge but its first show nothing.
  const merged = new Map<string, number | null>();
  for (const m of sheet.merges ?? []) {
    const { start, end } = parseRange(m);
    let w = 0;
    for (let c = start.col; c <= end.col; c++) w += width(c);
    for (let r = start.row; r <= end.row; r++)
      for (let c = start.col; c <= end.col; c++) merged.set(`${r}:${c}`, null);
    merged.set(`${start.row}:${start.col}`, end.row === start.row ? w : null);
  }

  const needed = new Map<number, number>();
  // Rows made on demand (a large generated sheet) are read only where something wraps, in row order.
  const wrapRows = [...wrapping.keys()].sort((a, b) => a - b);
  for (const block of sheet.blocks) {
    const origin = parseRange(block.start).start;
    const rowsOf = (visit: (cells: readonly CellInput[], i: number) => void) => {
      if (!isLazy(block.rows)) return block.rows.forEach(visit);
      for (const row of wrapRows) {
        const i = row - origin.row;
        if (i >= 0 && i < block.rows.length) visit(block.rows[i], i);
      }
    };
    rowsOf((cells, i) => {
      const row = origin.row + i;
      const spans = wrapping.get(row);
      if (!spans) return;
      const wrapped: { text: string; width: number }[] = [];
      cells.forEach((cell, j) => {
        const col = origin.col + j;
        const text = cellText(cell);
        if (!text || !spans.some((s) => col >= s.first && col <= s.last)) return;
        const key = `${row}:${col}`;
        const w = merged.has(key) ? merged.get(key) : width(col);
        if (w !== null && w !== undefined) wrapped.push({ text, width: w });
      });
      const height = wrappedRowHeight(wrapped);
      if (height !== null) needed.set(row, Math.max(needed.get(row) ?? 0, height));
    });
  }

  const rows = [...(sheet.rows ?? [])];
  const index = new Map(rows.map((r, i) => [r.row, i]));
  let changed = false;
  for (const [row, height] of needed) {
    const at = index.get(row + 1);
    const current = at !== undefined ? rows[at].height : undefined;
    if (current !== undefined && current >= height) continue;
    if (at !== undefined) rows[at] = { ...rows[at], height };
    else rows.push({ row: row + 1, height });
    changed = true;
  }
  return changed ? { ...sheet, rows: rows.sort((a, b) => a.row - b.row) } : sheet;
}
