/**
 * What a column's values say about it, before any mapping: whether they read as the field's type
 * (Dynamics 365's `Revenue` column holds "User Provided", not the amount), and whether the "header"
 * row is data (an export saved without its header row). Recognition and the mapping step use this so
 * that no suggestion and no header is taken on the strength of a name alone.
 */
import { columnLetter } from "../../workbook/a1";
import type { CrmField } from "../../schemas/crm-fields";
import { parseAmount, parseProbability } from "./amounts";
import { parseDate } from "./dates";
import type { CrmTable, RawCell } from "./table";
import { cellText } from "./text";

/** How many rows the checks look at: enough to see a column's kind, cheap for 100,000-row files. */
const SAMPLE_ROWS = 200;

type Reader = (cell: RawCell) => boolean;

const isAmount: Reader = (cell) =>
  parseAmount(cell, { unit: 1, decimalComma: false }).value !== undefined ||
  parseAmount(cell, { unit: 1, decimalComma: true }).value !== undefined;
const isDate: Reader = (cell) => parseDate(cell, "mdy") !== undefined || parseDate(cell, "dmy") !== undefined;
const isProbability: Reader = (cell) => parseProbability(cell, "percent") !== undefined;

/** The fields whose values have a type to check; the others hold any text. */
const READERS: Partial<Record<CrmField, Reader>> = {
  amount: isAmount,
  collected: isAmount,
  closeDate: isDate,
  createdDate: isDate,
  nextContact: isDate,
  paymentDate: isDate,
  probability: isProbability,
  share: isProbability,
};

/**
 * True when most of the column's first non-blank values read as the field's type (a few bad values,
 * a footer row, stay the row reader's to report), or when it holds no values to judge by.
 */
export function columnFits(table: CrmTable, column: number, field: CrmField): boolean {
  const read = READERS[field];
  if (!read) return true;
  let seen = 0;
  let fit = 0;
  const rows = table.rows;
  for (let r = 0; r < rows.length && r < SAMPLE_ROWS; r++) {
    const cell = rows[r].cells[column] ?? null;
    if (cell === null || (typeof cell === "string" && cell.trim() === "")) continue;
    seen++;
    if (read(cell)) fit++;
  }
  return seen === 0 || fit * 2 >= seen;
}

/** Example values of a column for the mapping prompt: one line each, cut to 40 characters. */
export function sampleValues(table: CrmTable, column: number, count: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < table.rows.length && r < 50 && out.length < count; r++) {
    const text = cellText(table.rows[r].cells[column]).replace(/\s+/g, " ").trim();
    if (text) out.push(text.length > 40 ? `${text.slice(0, 39)}…` : text);
  }
  return out;
}

/** A header cell that is a number or a date: column names never are. */
function isValueLike(text: string): boolean {
  const s = text.trim();
  if (!s) return false;
  if (/^[-+(]?[$¥€£]?\s*\d[\d,.\s]*%?\)?$/.test(s)) return true;
  return parseDate(s, "mdy") !== undefined || parseDate(s, "dmy") !== undefined;
}

/** The names a file without a header row gets, for the mapping to use: "Column A", "Column B" ... */
export function columnName(index: number): string {
  return `Column ${columnLetter(index)}`;
}

/**
 * The table read as having no header row when its "header" holds numbers or dates (an export saved
 * without one): that row becomes the first data row, the columns are named Column A, Column B ...
 * Null when the header is a header.
 */
export function headerlessTable(table: CrmTable): (CrmTable & { readonly headerless: true }) | null {
  const valueLike = table.header.filter(isValueLike).length;
  if (valueLike === 0) return null;
  const width = Math.max(table.header.length, ...table.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells.length));
  const headerRow = table.headerRow ?? 1;
  const first = { row: headerRow, cells: table.header.map((h) => (h === "" ? null : h)) };
  return {
    ...table,
    header: Array.from({ length: width }, (_, i) => columnName(i)),
    headerRow: headerRow - 1,
    rows: [first, ...table.rows],
    headerless: true,
  };
}
