/**
 * Text helpers of the import: the comparison key for headers, stages and names (so "Closed Won",
 * "closed  won" and its full-width form agree), and the rule that imported text is data.
 */
import type { RawCell } from "./table";
import type { TextCell } from "../../workbook/spec";

// Full-width forms, ideographic spaces and the like only exist outside ASCII: skip NFKC for plain text.
export const NON_ASCII = /[\u0080-\uffff]/;

/** Case-, width- and spacing-insensitive key used for every comparison of names and words. */
export function matchKey(text: string): string {
  const s = NON_ASCII.test(text) ? text.normalize("NFKC") : text;
  return s.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Raw cell as trimmed text; "" for blank. */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "string" ? cell.trim() : String(cell);
}

/**
 * Text starting with = + - @ tab or carriage return would be read as a formula (or a DDE payload)
 * by spreadsheet programs: CSV injection. The check is on the untrimmed text.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * Every imported string is written as a text cell: hosts then never turn it into a formula, a
 * number or a date ("00123" keeps its zeros, "=HYPERLINK(...)" stays visible text).
 */
export function importedText(text: string): TextCell {
  return { text };
}
