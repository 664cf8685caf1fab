/**
 * The three ways a roster reaches the pane (a CSV file, the selected range, a workbook table, or text
 * pasted from a sheet) all end in the roster schema's CSV reader, so every source gets the same
 * header aliases (English or Chinese) and the same row-numbered messages.
 */
import Papa from "papaparse";
import { decodeText } from "../hosts/xlsx/text-encoding";
import { isRosterSheetName, parseRosterCsv, parseRosterRows } from "../schemas/roster";
import { checkTableFile } from "../schemas/text-input";
import type { RosterState } from "./pane-context";
import type { RawGrid } from "./services";

/** Text of an uploaded file, decoded as the CLI decodes it (BOM, UTF-16, UTF-8, GB18030 or Windows-1252). */
export function decodeBytes(bytes: Uint8Array): string {
  return decodeText(bytes).text;
}

/** The largest CRM export the pane reads, as in the CLI (about 300,000 rows). */
export const MAX_EXPORT_BYTES = 64 * 1024 * 1024;

/** The largest roster the pane reads, as in the CLI: 10,000 reps are under 2 MB. */
export const MAX_ROSTER_BYTES = 16 * 1024 * 1024;

function tooLarge(label: string, size: number): RosterState {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return {
    label,
    reps: [],
    issues: [
      {
        file: label,
        field: "(file)",
        en: `is ${mb(size)} MB; a roster of at most ${mb(MAX_ROSTER_BYTES)} MB is read`,
        zh: `大小为 ${mb(size)} MB；名单最多读取 ${mb(MAX_ROSTER_BYTES)} MB`,
      },
    ],
  };
}

export function rosterFromText(text: string, label: string): RosterState {
  // Pasted text follows the file's rules: a size cap, then the roster schema's row checks.
  if (text.length > MAX_ROSTER_BYTES) return tooLarge(label, text.length);
  const result = parseRosterCsv(text, label);
  return result.ok ? { label, reps: result.value, issues: [] } : { label, reps: [], issues: result.issues };
}

/** A range or table: the first row is the header; numbers (dates are serials) become their text. */
export function rosterFromGrid(grid: RawGrid, label: string): RosterState {
  const rows = grid.map((row) => row.map((c) => (c === null ? "" : String(c))));
  return rosterFromText(Papa.unparse(rows, { newline: "\n" }), label);
}

/**
 * A roster file: capped before it is read, refused when it is neither text nor a workbook; an .xlsx is
 * read from its roster/名单 sheet (else the first), a CSV as pasted text.
 */
export async function rosterFromFile(file: Blob, label: string): Promise<RosterState> {
  if (file.size > MAX_ROSTER_BYTES) return tooLarge(label, file.size);
  const bytes = await readFileBytes(file);
  const wrong = checkTableFile(bytes, label);
  if (wrong) return { label, reps: [], issues: [wrong] };
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return rosterFromText(decodeBytes(bytes), label);
  const { readTable } = await import(/* webpackChunkName: "xlsx" */ "../hosts/xlsx/read-table");
  const read = await readTable(bytes, { preferSheet: isRosterSheetName });
  if (!read.ok) return { label, reps: [], issues: [{ file: label, field: "(file)", ...read.error }] };
  const { headerRow, header, rows } = read.table;
  const result = parseRosterRows([{ row: headerRow, cells: header }, ...rows], label);
  return result.ok ? { label, reps: result.value, issues: [] } : { label, reps: [], issues: result.issues };
}

export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsArrayBuffer(file);
  });
}
