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

/**
 * Excel's 1900 date system counts 1900-02-29 (serial 60), a day that never was, kept from Lotus
 * 1-2-3: serials 1 to 59 are 1900-01-01 to 1900-02-28, serial 61 onwards is days since 1899-12-30.
 */
const LEAP_BUG_SERIAL = 60;
const DAY_MS = 86_400_000;

/** 9999-12-31, the last day Excel holds. */
const LAST_SERIAL = 2_958_465;

/**
 * An Excel serial date (1900 system) as an ISO date "yyyy-mm-dd"; the time of day is dropped.
 * Throws for serials with no calendar date: below 1 (before 1900-01-01) and 60 (1900-02-29).
 */
export function serialToIsoDate(serial: number): string {
  if (!serialHasIsoDate(serial)) throw new RangeError(`Excel serial ${serial} is no calendar date`);
  const day = Math.floor(serial);
  const epoch = day < LEAP_BUG_SERIAL ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + day * DAY_MS).toISOString().slice(0, 10);
}

/** Whether serialToIsoDate can name this serial's day. */
export function serialHasIsoDate(serial: number): boolean {
  const day = Math.floor(serial);
  return Number.isFinite(day) && day >= 1 && day !== LEAP_BUG_SERIAL && day <= LAST_SERIAL;
}
