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

/** Row height in points for `text` wrapped in lines of `perLine` characters (display width). */
export function wrappedHeight(text: string, perLine: number): number {
  const lines = Math.max(1, Math.ceil(displayWidth(text) / Math.max(1, perLine)));
  return LINE_HEIGHT * lines + 2;
}

/**
 * A note that spans the first `widths.length` columns of 1-based `row`: the merge and the row's
 * height. The note's cell is styled to wrap by the caller (style "note").
 */
export function spanningNote(
  row: number,
  text: string,
  widths: readonly number[],
): { merge: string; row: RowSpec & { readonly height: number } } {
  const width = widths.reduce((a, b) => a + b, 0);
  return {
    merge: `A${row}:${columnLetter(widths.length - 1)}${row}`,
    row: { row, height: wrappedHeight(text, width * FILL) },
  };
}
