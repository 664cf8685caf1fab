/**
 * Reads a roster given on the command line: a CSV (any encoding decodeText knows), a JSON array, or
 * an .xlsx workbook (its sheet named roster/名单, else the first visible sheet).
 */
import { readSheetRows } from "../hosts/xlsx/read-table";
import { SchemaResult, fail } from "../schemas/errors";
import { Rep, isRosterSheetName, parseRoster, parseRosterCsv, parseRosterRows } from "../schemas/roster";
import { checkTableFile } from "../schemas/text-input";
import { decodeText, parseConfigText } from "./files";
import { MAX_TEXT_BYTES, readInputBytes } from "./input-file";

/** Largest part of a roster workbook inflated: a roster of 10,000 reps is a worksheet of a few MB. */
const MAX_ROSTER_PART_BYTES = 64 * 1024 * 1024;

export async function readRosterFile(cwd: string, file: string): Promise<SchemaResult<Rep[]>> {
  const bytes = readInputBytes(cwd, file, MAX_TEXT_BYTES);
  if (!bytes.ok) return bytes;
  const wrong = checkTableFile(bytes.value, file);
  if (wrong) return fail([wrong]);
  if (bytes.value[0] === 0x50 && bytes.value[1] === 0x4b) {
    const sheet = await readSheetRows(bytes.value, {
      preferSheet: isRosterSheetName,
      maxPartBytes: MAX_ROSTER_PART_BYTES,
    });
    if (!sheet.ok) return fail([{ file, field: "(file)", en: sheet.error.en, zh: sheet.error.zh }]);
    // Row numbers are the sheet's; with several sheets the messages say which one was read.
    const label = sheet.value.sheets.length > 1 ? `${file} [${sheet.value.sheet}]` : file;
    return parseRosterRows(sheet.value.rows, label);
  }
  const text = decodeText(bytes.value);
  if (/\.json$/i.test(file)) {
    const data = parseConfigText(text, file);
    return data.ok ? parseRoster(data.value, file) : data;
  }
  return parseRosterCsv(text, file);
}
