/** How much room wrapped text takes: its display width, and the lines and points a row needs for it. */
import type { CellInput } from "./spec";

/** Points per line of the default 11 pt font, as Excel's default row height. */
const LINE_HEIGHT = 15;

/** Excel's tallest row, in points. */
const MAX_HEIGHT = 409;

/**
 * Characters (display width) a wrapped line holds per unit of column width: prose is narrower than
 * the digit that measures a column, word wrap leaves line ends empty, and LibreOffice's fallback font
 * is wider than Calibri; this errs towards a row a little too tall rather than a clipped note.
 */
const FILL = 0.9;

/** The text a cell shows when it holds text (a string or a text cell); "" for anything else. */
export function cellText(cell: CellInput | undefined): string {
  if (typeof cell === "string") return cell;
  if (cell && typeof cell === "object" && "text" in cell) return cell.text;
  return "";
}

/** Display width in character columns: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

function lines(text: string, perLine: number): number {
  return Math.max(1, Math.ceil(displayWidth(text) / Math.max(1, perLine)));
}

/**
 * Height in points of a row whose cells wrap their text each within its own column `width` (at most
 * Excel's 409), or null when every cell fits on one line (the row keeps the default height).
 */
export function wrappedRowHeight(
  cells: readonly { readonly text: string; readonly width: number }[],
): number | null {
  const most = Math.max(1, ...cells.map((c) => lines(c.text, c.width * FILL)));
  return most > 1 ? Math.min(MAX_HEIGHT, LINE_HEIGHT * most + 2) : null;
}
