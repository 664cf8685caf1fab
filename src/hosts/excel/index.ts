/** The Excel host: apply a WorkbookSpec to the open workbook (Office.js). */
import type { WorkbookSpec } from "../../workbook/spec";
import { ExcelWriteOptions, ExcelWriteResult, applyWorkbookSpec } from "./apply";

export { applyWorkbookSpec, ExcelWriteError, NameWhileInactiveError, DEFAULT_REQUEST_BUDGET } from "./apply";
export type { ExcelWriteOptions, ExcelWriteResult } from "./apply";
export type { Skipped } from "./plan-features";
export { EXCEL_CAPABILITIES } from "./capabilities";
export { styleCell } from "./plan-cells";
export { readSelectedValues, readTableValues, readValuesInChunks, ExcelReadError } from "./read";
export type { ReadOptions } from "./read";

/** Runs the write in its own Excel.run batch (the pane's entry point). */
export function writeWorkbookSpec(
  spec: WorkbookSpec,
  options: ExcelWriteOptions = {},
): Promise<ExcelWriteResult> {
  return Excel.run((ctx) => applyWorkbookSpec(ctx, spec, options));
}
