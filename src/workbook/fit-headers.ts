/**
 * Header rows as tall as their labels need. The header style wraps, but neither host (nor Excel on
 * opening a file) grows a row to wrapped text, so a two-word label in a narrow column shows, and
 * prints, its first line only. Applied by the generators to the sheets they build.
 */
import { columnIndex, parseRange } from "./a1";
import type { CellInput, SheetSpec } from "./spec";
import { headerRowHeight } from "./wrapped-text";

/** Excel's default column width, for columns a sheet leaves unset. */
const DEFAULT_WIDTH = 8.43;

function labelOf(cell: CellInput | undefined): string {
  if (typeof cell === "string") return cell;
  if (cell && typeof cell === "object" && "text" in cell) return cell.text;
  return "";
}

/** The sheet with each header row's height raised to what its longest label needs, if higher. */
export function fitHeaderRows(sheet: SheetSpec): SheetSpec {
  const headerRows = new Map<number, { first: number; last: number }>();
  for (const s of sheet.styles ?? []) {
    if (s.style !== "header") continue;
    const { start, end } = parseRange(s.range);
    for (let row = start.row; row <= end.row; row++) {
      const seen = headerRows.get(row);
      headerRows.set(row, {
        first: Math.min(seen?.first ?? start.col, start.col),
        last: Math.max(seen?.last ?? end.col, end.col),
      });
    }
  }
  if (!headerRows.size) return sheet;

  const labels = new Map<number, Map<number, string>>();
  for (const block of sheet.blocks) {
    const origin = parseRange(block.start).start;
    block.rows.forEach((cells, i) => {
      const row = origin.row + i;
      if (!headerRows.has(row)) return;
      let line = labels.get(row);
      if (!line) labels.set(row, (line = new Map()));
      cells.forEach((cell, j) => {
        const text = labelOf(cell);
        if (text) line!.set(origin.col + j, text);
      });
    });
  }

  const widths = new Map<number, number>();
  for (const c of sheet.columns ?? []) if (c.width !== undefined) widths.set(columnIndex(c.column), c.width);
  const width = (col: number) => widths.get(col) ?? DEFAULT_WIDTH;
  // A merged label wraps across its merge.
  const mergeWidth = new Map<string, number>();
  for (const m of sheet.merges ?? []) {
    const { start, end } = parseRange(m);
    let w = 0;
    for (let c = start.col; c <= end.col; c++) w += width(c);
    mergeWidth.set(`${start.row}:${start.col}`, w);
  }

  const rows = [...(sheet.rows ?? [])];
  let changed = false;
  for (const [row, span] of headerRows) {
    const line = labels.get(row);
    if (!line) continue;
    const cells: { text: string; width: number }[] = [];
    for (const [col, text] of line) {
      if (col < span.first || col > span.last) continue;
      cells.push({ text, width: mergeWidth.get(`${row}:${col}`) ?? width(col) });
    }
    const needed = headerRowHeight(cells);
    if (needed === null) continue;
    const at = rows.findIndex((r) => r.row === row + 1);
    const current = at >= 0 ? rows[at].height : undefined;
    if (current !== undefined && current >= needed) continue;
    if (at >= 0) rows[at] = { ...rows[at], height: needed };
    else rows.push({ row: row + 1, height: needed });
    changed = true;
  }
  return changed ? { ...sheet, rows: rows.sort((a, b) => a.row - b.row) } : sheet;
}
