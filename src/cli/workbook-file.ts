/**
 * The CLI's .xlsx output: the package is deflated and written to its file part by part as the rows
 * are made (a 10,000-rep workbook is about 75 MB of zip that was otherwise held in memory twice,
 * as compressed pieces and as the joined file), with writeOutputFile's rules: the path checked
 * first, an existing file replaced only with --force, and nothing half-written left behind.
 */
import type { WorkbookSpec } from "../workbook/spec";
import type { SchemaResult } from "../schemas/errors";
import { writeXlsxToSink } from "../hosts/xlsx/stream-write";
import { writeOutputStream } from "./files";

export function writeWorkbookFile(
  cwd: string,
  file: string,
  spec: WorkbookSpec,
  overwrite: boolean,
): Promise<SchemaResult<string>> {
  return writeOutputStream(cwd, file, overwrite, async (sink) => {
    await writeXlsxToSink(spec, sink);
  });
}
