/**
 * Excel.createWorkbook (ExcelApi 1.8): "Creates and opens a new workbook. Optionally, the workbook
 * can be pre-populated with a Base64-encoded .xlsx file" - in a window of its own; it returns no
 * workbook object, so the add-in cannot write into it afterwards. Null where the set is missing:
 * the pane then offers the files as a .zip.
 */
import type { IsSetSupported } from "../../hosts/excel/support";
import type { CreateWorkbook } from "../files/file-set";

export function excelCreateWorkbook(isSetSupported: IsSetSupported): CreateWorkbook | null {
  let supported = false;
  try {
    supported = isSetSupported("ExcelApi", "1.8");
  } catch {
    supported = false;
  }
  const excel = (globalThis as { Excel?: { createWorkbook?: (base64?: string) => Promise<void> } }).Excel;
  if (!supported || typeof excel?.createWorkbook !== "function") return null;
  const create = excel.createWorkbook.bind(excel);
  return (base64) => create(base64);
}
