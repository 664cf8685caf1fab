/** Reads a roster given on the command line: a CSV (any encoding decodeText knows) or a JSON array. */
import { SchemaResult } from "../schemas/errors";
import { Rep, parseRoster, parseRosterCsv } from "../schemas/roster";
import { parseConfigText, readTextFile } from "./files";

export function readRosterFile(cwd: string, file: string): SchemaResult<Rep[]> {
  const text = readTextFile(cwd, file);
  if (!text.ok) return text;
  if (/\.json$/i.test(file)) {
    const data = parseConfigText(text.value, file);
    return data.ok ? parseRoster(data.value, file) : data;
  }
  return parseRosterCsv(text.value, file);
}
