/**
 * Unit conversions between the spec (column widths in characters, as Excel files store them) and
 * Office.js (column widths in points), so both hosts give a column the same width on screen.
 */

/** Pixel width of the widest digit in Excel's default font (Calibri 11). */
const MAX_DIGIT_PX = 7;

/** Column width in characters (the <col width> of a file) to pixels, by the OOXML formula. */
export function columnWidthToPixels(characters: number): number {
  return Math.trunc(((256 * characters + Math.trunc(128 / MAX_DIGIT_PX)) / 256) * MAX_DIGIT_PX);
}

/** Column width in characters to points (96 pixels per inch, 72 points per inch). */
export function columnWidthToPoints(characters: number): number {
  return (columnWidthToPixels(characters) * 72) / 96;
}

/** An Excel serial date (1900 system) as an ISO date "yyyy-mm-dd". */
export function serialToIsoDate(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000);
  return new Date(ms).toISOString().slice(0, 10);
}
