/**
 * What the xlsx host can carry into a file, in one place: generators read XLSX_CAPABILITIES to pick
 * fallbacks, and XLSX_LIMITATIONS says what is not carried and what is done instead.
 */
import type { HostCapabilities } from "../../workbook/spec";

export const XLSX_CAPABILITIES: HostCapabilities = { charts: true, iconSets: true };

export interface Limitation {
  readonly feature: string;
  readonly en: string;
  readonly zh: string;
}

export const XLSX_LIMITATIONS: readonly Limitation[] = [
  {
    feature: "name comments",
    en: "Comments on defined names are not written (ExcelJS has no field for them); the names themselves are.",
    zh: "定义名称的备注不会写入（ExcelJS 不支持）；名称本身照常写入。",
  },
  {
    feature: "data bars",
    en: "Data bars are written in the Excel 2007 form (gradient fill); Excel's later solid-fill look is not available.",
    zh: "数据条以 Excel 2007 形式（渐变填充）写入；不支持后来版本的实心填充外观。",
  },
  {
    feature: "cached results",
    en: "Formulas carry no cached results; the file asks for a full recalculation on load, so every spreadsheet program computes them on open.",
    zh: "公式不带缓存结果；文件要求打开时完全重算，任何电子表格程序打开时都会计算。",
  },
];
