/**
 * Sizing wrapped text. Neither host fits a row to wrapped text in merged cells (Excel does not, by
 * design), so a generator that merges a note across a table gives its row a height from the text.
 */
import { columnLetter } from "./a1";
import type { RowSpec } from "./spec";

/** Points per line of the default 11 pt font, as Excel's default row height. */
const LINE_HEIGHT = 15;

/**
 * Characters (display width) a wrapped line holds per unit of column width: prose is narrower than
 * the digit that measures a column, word wrap leaves line ends empty, and LibreOffice's fallback font
 * is wider than Calibri; this errs towards a row a little too tall rather than a clipped note.
 */
const FILL = 0.9;

/** Display width in character columns: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

function lines(text: string, perLine: number): number {
  return Math.max(1, Math.ceil(displayWidth(text) / Math.max(1, perLine)));
}

/** Row height in points for `text` wrapped in lines of `perLine` characters (display width). */
export function wrappedHeight(text: string, perLine: number): number {
  return LINE_HEIGHT * lines(text, perLine) + 2;
}

/**
 * Height in points of a row whose cells wrap their text each within its own column `width`, or
 * null when every cell fits on one line (the row keeps the default height).
 */
export function headerRowHeight(
  cells: readonly { readonly text: string; readonly width: number }[],
): number | null {
  const most = Math.max(1, ...cells.map((c) => lines(c.text, c.width * FILL)));
  return most > 1 ? LINE_HEIGHT * most + 2 : null;
}

/**
 * A note that spans `widths.length` columns of 1-based `row` from 0-based `firstColumn`: the merge
 * and the row's height. The note's cell is styled to wrap by the caller (style "note").
 */
export function spanningNote(
  row: number,
  text: string,
  widths: readonly number[],
  firstColumn = 0,
): { merge: string; row: RowSpec & { readonly height: number } } {
  const width = widths.reduce((a, b) => a + b, 0);
  const last = firstColumn + Math.max(widths.length, 1) - 1;
  return {
    merge: `${columnLetter(firstColumn)}${row}:${columnLetter(last)}${row}`,
    row: { row, height: wrappedHeight(text, width * FILL) },
  };
}
