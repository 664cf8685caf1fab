/**
 * Text helpers of the import: the comparison key for headers, stages and names (so "Closed Won",
 * "closed  won" and its full-width form agree), and the rule that imported text is data.
 */
import type { RawCell } from "./table";
import type { CellInput, TextCell } from "../../workbook/spec";

// Full-width forms, ideographic spaces and the like only exist outside ASCII: skip NFKC for plain text.
export const NON_ASCII = /[\u0080-\uffff]/;

// Whitespace that folding changes: a run of two or more, or any space that is not a plain one.
const UNFOLDED_SPACE = /\s\s|[^\S ]/;

/** Case-, width- and spacing-insensitive key used for every comparison of names and words. */
export function matchKey(text: string): string {
  const s = (NON_ASCII.test(text) ? text.normalize("NFKC") : text).trim();
  // Most names have single spaces only: the replace (a new string each time) is skipped for them.
  return (UNFOLDED_SPACE.test(s) ? s.replace(/\s+/g, " ") : s).toLowerCase();
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
  // = + - @ tab CR, by char code: this runs for every imported string of every row.
  const c = text.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}

/**
 * The cell for an imported string: text that a spreadsheet could read as a formula becomes a text
 * cell, which every host writes as text ("=HYPERLINK(...)" stays visible text). Other strings stay
 * plain strings, which hosts also write as text (so "00123" keeps its zeros); "" is an empty cell.
 */
export function importedText(text: string): CellInput {
  if (text === "") return null;
  return looksLikeFormula(text) ? ({ text } satisfies TextCell) : text;
}
