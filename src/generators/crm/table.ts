/**
 * The table an import starts from: a header and rows of raw cell values. The xlsx host's readTable
 * returns exactly this shape; the pane can build it from a range of the open workbook.
 */

export type RawCell = string | number | boolean | null;

export interface CrmTableRow {
  /** The row number a spreadsheet program shows (the header is usually row 1). */
  readonly row: number;
  readonly cells: readonly RawCell[];
}

export interface CrmTable {
  readonly header: readonly string[];
  /** A text file's encoding and how it was chosen (readTable's), for the import report. */
  readonly encoding?: string;
  readonly encodingHow?: "bom" | "detected" | "given";
  readonly headerRow?: number;
  readonly rows: readonly CrmTableRow[];
}
