/**
 * Excel's limits checked on a written .xlsx package, read from its sheet XML: every formula within
 * 8,192 characters and 255 arguments to one function, every text within 32,767 characters, at most
 * 1,026 manual page breaks per sheet (Microsoft's "Excel specifications and limits").
 */
import { widestCall } from "../../src/workbook/formula-limits";
import { unzip } from "../hosts/unzip";
import { readXmlWorkbook } from "./sheet-xml";

export const EXCEL_LIMITS = {
  formulaLength: 8192,
  functionArguments: 255,
  textLength: 32767,
  pageBreaks: 1026,
} as const;

export interface LimitReport {
  readonly formulas: number;
  /** The longest formula's length and the most arguments of one call, over the whole package. */
  readonly longestFormula: number;
  readonly widestCall: number;
  readonly longestText: number;
  readonly violations: string[];
}

export function checkExcelLimits(data: Uint8Array): LimitReport {
  const book = readXmlWorkbook(data);
  const violations: string[] = [];
  let formulas = 0;
  let longestFormula = 0;
  let widest = 0;
  let longestText = 0;
  for (const [sheet, cells] of book.sheets) {
    for (const [address, cell] of cells) {
      if (cell.formula) {
        formulas++;
        // The stored formula has no "="; Excel's limit counts the formula as typed, with it.
        const length = cell.formula.length + 1;
        longestFormula = Math.max(longestFormula, length);
        if (length > EXCEL_LIMITS.formulaLength)
          violations.push(`'${sheet}'!${address}: formula of ${length} characters`);
        const call = widestCall(cell.formula);
        if (call) {
          widest = Math.max(widest, call.count);
          if (call.count > EXCEL_LIMITS.functionArguments)
            violations.push(`'${sheet}'!${address}: ${call.name} with ${call.count} arguments`);
        }
      } else if (typeof cell.value === "string") {
        longestText = Math.max(longestText, cell.value.length);
        if (cell.value.length > EXCEL_LIMITS.textLength)
          violations.push(`'${sheet}'!${address}: text of ${cell.value.length} characters`);
      }
    }
  }
  for (const [part, xml] of unzip(data)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(part)) continue;
    const breaks = (xml.match(/<brk\b/g) ?? []).length;
    if (breaks > EXCEL_LIMITS.pageBreaks) violations.push(`${part}: ${breaks} manual page breaks`);
  }
  return { formulas, longestFormula, widestCall: widest, longestText, violations };
}
