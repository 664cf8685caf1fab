/**
 * Reading single cells of an export row: trimmed text, the first filled of alternate columns, a
 * credit share. Kept apart from RowReader, which calls them for every row.
 */
import { parseProbability } from "./amounts";
import type { RawCell } from "./table";

/** The trimmed text of column c of a row; "" when the column is absent (c < 0) or blank. */
export function textAt(cells: readonly RawCell[], c: number): string {
  if (c < 0) return "";
  const cell = cells[c];
  if (typeof cell === "string") {
    // Most cells have nothing to trim: look at both ends first (trim is a call and a check per cell).
    const n = cell.length;
    if (n === 0) return cell;
    const a = cell.charCodeAt(0);
    const z = cell.charCodeAt(n - 1);
    if (a > 32 && a < 0xa0 && z > 32 && z < 0xa0) return cell;
    return cell.trim();
  }
  return cell === null || cell === undefined ? "" : String(cell);
}

/** The first of column c and its alternates that is not blank in the row (c when all are). */
export function firstFilled(cells: readonly RawCell[], c: number, alternates: readonly number[]): number {
  if (textAt(cells, c) !== "") return c;
  for (const a of alternates) if (textAt(cells, a) !== "") return a;
  return c;
}

/** A credit share 0..1: "60%", 60 (percent) or 0.6 (fraction, up to 1 = 100%); null when blank. */
export function shareOf(cell: RawCell): number | null | undefined {
  const fraction = parseProbability(cell, "fraction");
  return fraction === undefined ? parseProbability(cell, "percent") : fraction;
}

export function rawText(cell: RawCell | undefined): string {
  return cell === null || cell === undefined ? "" : String(cell);
}
