/**
 * How much of a sheet fits across one printed page at full size, so that a note merged across a
 * wide table (printed over pages across) stays on its first page, whole, instead of being cut at
 * the page edge.
 */

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
