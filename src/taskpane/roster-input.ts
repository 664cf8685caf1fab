/**
 * The three ways a roster reaches the pane (a CSV file, the selected range, a workbook table, or text
 * pasted from a sheet) all end in the roster schema's CSV reader, so every source gets the same
 * header aliases (English or Chinese) and the same row-numbered messages.
 */
import Papa from "papaparse";
import { decodeText } from "../hosts/xlsx/text-encoding";
import { parseRosterCsv } from "../schemas/roster";
import type { RosterState } from "./pane-context";
import type { RawGrid } from "./services";

/** Text of an uploaded file, decoded as the CLI decodes it (BOM, UTF-16, UTF-8, GB18030 or Windows-1252). */
export function decodeBytes(bytes: Uint8Array): string {
  return decodeText(bytes).text;
}

export function rosterFromText(text: string, label: string): RosterState {
  const result = parseRosterCsv(text, label);
  return result.ok ? { label, reps: result.value, issues: [] } : { label, reps: [], issues: result.issues };
}

/** A range or table: the first row is the header; numbers (dates are serials) become their text. */
export function rosterFromGrid(grid: RawGrid, label: string): RosterState {
  const rows = grid.map((row) => row.map((c) => (c === null ? "" : String(c))));
  return rosterFromText(Papa.unparse(rows, { newline: "\n" }), label);
}

export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsArrayBuffer(file);
  });
}
