/**
 * How much of a sheet fits across one printed page: at full size, so that a note merged across a wide
 * table (printed over pages across) stays on its first page, whole, instead of being cut at the page
 * edge; and scaled, so that a table prints one page wide only while its text stays legible (8 pt).
 */
import { columnLetter } from "./a1";
import type { PrintSpec } from "./spec";

/**
 * Characters of the default font (Excel's column-width unit) a landscape A4 or Letter page holds at
 * 100%, with the default margins: about 80, measured on LibreOffice's PDFs of the demo.
 */
export const LANDSCAPE_PAGE_CHARS = 80;

/** The 0-based index of the last column that still fits on the first page (at least 0). */
export function lastColumnOnPage(widths: readonly number[], chars = LANDSCAPE_PAGE_CHARS): number {
  let total = 0;
  for (let i = 0; i < widths.length; i++) {
    total += widths[i];
    if (total > chars) return Math.max(0, i - 1);
  }
  return widths.length - 1;
}

/**
 * Printable width in points with the default margins (0.7" left and right), the smaller of A4 and
 * Letter: the page size is the printer's, not the file's.
 */
const PRINTABLE_WIDTH = { portrait: 595 - 100.8, landscape: 792 - 100.8 } as const;

/**
 * Printed points per character of column width: LibreOffice prints a column of width w about 7 w pt
 * wide, wider than Excel's 7 px a character; the larger keeps the columns on the page in both.
 */
const POINTS_PER_CHAR = 7.1;

/**
 * The smallest print scale: 11 pt cells print at 8.1 pt, just over the 8 pt legibility floor (73%
 * prints them at 8.03 pt, too close to the floor for engines that round).
 */
export const MIN_PRINT_SCALE = 0.74;

/** The scale (at most 1) at which columns `widths` wide fit one page across. */
export function fitScale(
  widths: readonly number[],
  orientation: "portrait" | "landscape" = "landscape",
): number {
  const chars = widths.reduce((a, w) => a + w, 0);
  return Math.min(1, PRINTABLE_WIDTH[orientation] / (Math.max(1, chars) * POINTS_PER_CHAR));
}

/** Printable height of a landscape page in points (0.75" margins top and bottom), A4 or Letter. */
const LANDSCAPE_HEIGHT = 595 - 108;

/** Whether columns `widths` wide and rows `height` points tall fit one landscape page legibly. */
export function fitsOnePage(widths: readonly number[], height: number): boolean {
  return Math.min(fitScale(widths), LANDSCAPE_HEIGHT / Math.max(1, height)) >= MIN_PRINT_SCALE;
}

/** Characters of column width a landscape page holds at `scale`. */
export function pageChars(scale: number): number {
  return PRINTABLE_WIDTH.landscape / (scale * POINTS_PER_CHAR);
}

/** Pages across that columns `widths` take at `scale`, the first `titles` of them repeated on each. */
export function pagesAcross(widths: readonly number[], titles: number, scale: number): number {
  const room = pageChars(scale);
  const repeated = widths.slice(0, titles).reduce((a, w) => a + w, 0);
  let pages = 1;
  let used = repeated;
  for (const w of widths.slice(titles)) {
    if (used + w > room && used > repeated) {
      pages++;
      used = repeated;
    }
    used += w;
  }
  return pages;
}

/** How a table prints: one page wide, or at a fixed scale over pages across. */
export type TablePrint =
  | { readonly fitToWidth: true }
  | { readonly fitToWidth?: undefined; readonly scale: number; readonly titleColumns: string };

/**
 * A table landscape and one page wide while that keeps its text at MIN_PRINT_SCALE or larger; wider,
 * at a fixed scale over pages across, its first `titles` columns (the rep) repeated on each, in
 * column order: the scale is the largest that needs no more pages across than MIN_PRINT_SCALE does,
 * so the text is as large as the fewest pages allow.
 */
export function tablePrint(widths: readonly number[], titles: number): TablePrint {
  if (fitScale(widths) >= MIN_PRINT_SCALE) return { fitToWidth: true };
  const least = Math.round(MIN_PRINT_SCALE * 100);
  const fewest = pagesAcross(widths, titles, least / 100);
  let percent = 100;
  while (percent > least && pagesAcross(widths, titles, percent / 100) > fewest) percent--;
  return { scale: percent, titleColumns: `A:${columnLetter(Math.max(0, titles - 1))}` };
}

/** A table's print setup (tablePrint), landscape, and the last column a note may span on page one. */
export interface LegiblePrint {
  readonly print: PrintSpec;
  /** 0-based: a note merged up to here stays whole on the first page. */
  readonly noteEnd: number;
}

/** tablePrint as a PrintSpec, `titleRows` (e.g. "4:4") repeated on every page down. */
export function legiblePrint(widths: readonly number[], titles: number, titleRows?: string): LegiblePrint {
  const fit = tablePrint(widths, titles);
  const rows = titleRows ? { titleRows } : {};
  if (fit.fitToWidth)
    return { print: { orientation: "landscape", fitToWidth: true, ...rows }, noteEnd: widths.length - 1 };
  return {
    print: { orientation: "landscape", scale: fit.scale, titleColumns: fit.titleColumns, ...rows },
    // A little short of the page: the estimate of printed widths is close, not exact.
    noteEnd: lastColumnOnPage(widths, pageChars(fit.scale / 100) * 0.95),
  };
}
