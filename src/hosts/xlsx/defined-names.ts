/**
 * Defined names for the xlsx host. ExcelJS's own API only takes plain cell ranges at workbook
 * scope; the spec needs formulas, sheet scope (localSheetId) and print titles on quoted sheet
 * names, so the list ExcelJS serialises is supplied here directly.
 */
import type ExcelJS from "exceljs";
import {
  columnLetter,
  parseColumnSpan,
  parseRange,
  parseRowSpan,
  quoteSheetName,
  rangeAddress,
} from "../../workbook/a1";
import type { WorkbookSpec } from "../../workbook/spec";
import { fileFormula } from "./sheet-features";

interface DefinedNameModel {
  readonly name: string;
  readonly ranges: string[];
  readonly localSheetId?: number;
}

export function definedNameModels(spec: WorkbookSpec): DefinedNameModel[] {
  const out: DefinedNameModel[] = [];
  for (const n of spec.names ?? []) out.push({ name: n.name, ranges: [fileFormula(n.refersTo)] });
  spec.sheets.forEach((sheet, index) => {
    for (const n of sheet.names ?? [])
      out.push({ name: n.name, ranges: [fileFormula(n.refersTo)], localSheetId: index });
    const prefix = `${quoteSheetName(sheet.name)}!`;
    // One Print_Titles name holds both: the columns first, then the rows (as Excel writes it).
    const titles: string[] = [];
    if (sheet.print?.titleColumns) {
      const { first, last } = parseColumnSpan(sheet.print.titleColumns);
      titles.push(`${prefix}$${columnLetter(first)}:$${columnLetter(last)}`);
    }
    if (sheet.print?.titleRows) {
      const { first, last } = parseRowSpan(sheet.print.titleRows);
      titles.push(`${prefix}$${first + 1}:$${last + 1}`);
    }
    if (titles.length) out.push({ name: "_xlnm.Print_Titles", ranges: titles, localSheetId: index });
    if (sheet.print?.area) {
      out.push({
        name: "_xlnm.Print_Area",
        ranges: [prefix + rangeAddress(parseRange(sheet.print.area), true)],
        localSheetId: index,
      });
    }
  });
  return out;
}

/** Makes ExcelJS write exactly these names (the getter replaces its cell-matrix bookkeeping). */
export function setDefinedNames(wb: ExcelJS.Workbook, models: DefinedNameModel[]): void {
  Object.defineProperty(wb.definedNames, "model", {
    configurable: true,
    get: () => models.map((m) => ({ ...m, ranges: [...m.ranges] })),
    set: () => undefined,
  });
}
