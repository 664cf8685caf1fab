/**
 * Pages of a pay statement: the print orientation and scale that put a statement on one page where it
 * can, and the continuation headings that name the rep at the top of every further page when it
 * cannot (a long CRM deal list). A sheet has one set of print title rows, so on the team sheet, where
 * every rep's statement follows the last, a continuation page names its rep in a row of its own.
 *
 * The scale is a fixed percentage, not "fit to page": Excel ignores manual page breaks under its Fit
 * To option, and a fixed scale makes the rows a page holds known when the statement is laid out.
 */
import type { PrintSpec } from "../../workbook/spec";
import { wrappedRowHeight } from "../../workbook/wrapped-text";

/**
 * Printable size in points with the default margins (0.7" left and right, 0.75" top and bottom), the
 * smaller of A4 and Letter in each direction: the page size is the printer's, not the file's.
 */
const PRINTABLE = {
  portrait: { width: 595 - 100.8, height: 792 - 108 },
  landscape: { width: 792 - 100.8, height: 595 - 108 },
} as const;

/**
 * Printed points per character of column width: LibreOffice prints a column of width w about 7 w pt
 * wide (measured on its PDFs: 94 characters of statement fit a Letter page at 77% upright), wider than
 * Excel's 7 px a character; the larger keeps the columns on the page in both.
 */
const POINTS_PER_CHAR = 7.1;

/**
 * The smallest scale: 11 pt cells print at 8.1 pt, just over the 8 pt legibility floor the print
 * tests measure (73% prints them at 8.03 pt, too close to the floor for engines that round).
 */
export const MIN_SCALE = 0.74;

/** Height of a row that holds one line of 11 pt text, and of the title row (12 pt). */
export const ROW_HEIGHT = 15;
export const TITLE_HEIGHT = 18;

/** Part of the page kept free, for engines whose rows print a little taller than set. */
const SLACK = 0.95;

export interface StatementPrint {
  readonly orientation: "portrait" | "landscape";
  /** Percent, 10-400 as Excel takes it. */
  readonly scale: number;
  /** Points of rows (at 100%) one printed page holds. */
  readonly capacity: number;
}

/**
 * The orientation and scale for statements `widthChars` wide. Each statement gives the height of its
 * `whole` tail page (the last band of periods with the deal list, notes and sign-off) and of its
 * `core` (the band with the notes, without the deals): upright while the columns fit it at the
 * legible scale (up to four columns), else landscape; at full size where the page holds the tallest
 * part, smaller down to MIN_SCALE to keep it on one page. A deal list too long for a page at
 * MIN_SCALE continues on further pages instead of shrinking the rest.
 */
export function statementPrint(
  widthChars: number,
  parts: readonly { readonly whole: number; readonly core: number }[],
): StatementPrint {
  const width = widthChars * POINTS_PER_CHAR;
  const fit = (o: "portrait" | "landscape") => Math.min(1, PRINTABLE[o].width / width);
  const orientation = fit("portrait") >= MIN_SCALE ? "portrait" : "landscape";
  const page = PRINTABLE[orientation].height * SLACK;
  const least = Math.round(MIN_SCALE * 100);
  const tallest = Math.max(1, ...parts.map((p) => (p.whole <= page / (least / 100) ? p.whole : p.core)));
  const percent = Math.max(least, Math.floor(Math.min(fit(orientation), page / tallest) * 100));
  return { orientation, scale: percent, capacity: page / (percent / 100) };
}

/** The print spec of a sheet of statements: the scale, and a break before each page's first row. */
export function statementPrintSpec(print: StatementPrint, breaksBefore: readonly number[]): PrintSpec {
  return {
    orientation: print.orientation,
    scale: print.scale,
    ...(breaksBefore.length ? { breaksBefore } : {}),
  };
}

/** Height of a note row spanning `width` characters. */
export function noteHeight(text: string, width: number): number {
  return wrappedRowHeight([{ text, width }]) ?? ROW_HEIGHT;
}

/**
 * Fills pages row by row. `place(y, height)` before writing a part `height` points tall at row y:
 * when it does not fit on the page it starts a new page there, writes the continuation heading, and
 * returns the row to write the part at.
 */
export class StatementPager {
  private used = 0;
  /** 0-based rows (relative to the block's top) where a continuation page starts. */
  readonly breaks: number[] = [];

  constructor(
    private readonly capacity: number,
    private readonly top: number,
    /** Writes the heading of a continuation page at row y; returns its rows and their height. */
    private readonly heading: (y: number) => { rows: number; height: number },
  ) {}

  /** A page begins with this much already on it (a band of periods). */
  startPage(height: number): void {
    this.used = height;
  }

  place(y: number, height: number, after?: (y: number) => { rows: number; height: number }): number {
    if (this.used + height <= this.capacity) {
      this.used += height;
      return y;
    }
    this.breaks.push(y - this.top);
    const head = this.heading(y);
    let at = y + head.rows;
    this.used = head.height;
    if (after) {
      const more = after(at);
      at += more.rows;
      this.used += more.height;
    }
    this.used += height;
    return at;
  }
}
