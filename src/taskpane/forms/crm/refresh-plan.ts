/**
 * Which part of the earlier import's report and follow-up sheets a re-import rewrites, and how the
 * earlier rows are told from what the user added: the generator's layout (generators/crm
 * report-sheet and follow-up-sheet) read back from the cells it writes - the report ends with its
 * list of problems, the follow-up list is a run of rows carrying their source row number.
 */
import type { Locale } from "../../../i18n";
import { crmTexts } from "../../../i18n/sheets/crm";
import type { SheetRefresh } from "../../../hosts/excel/refresh-sheets";
import { parseCell } from "../../../workbook/a1";
import type { SheetSpec } from "../../../workbook/spec";

/** A refresh before the write: the fresh sheet is the spec's sheet at `index` (its name comes after). */
export type RefreshPlan = Omit<SheetRefresh, "fresh"> & { readonly index: number };

/** The last row (1-based) that the sheet's blocks write. */
export function lastSpecRow(sheet: SheetSpec): number {
  let last = 0;
  for (const b of sheet.blocks) last = Math.max(last, parseCell(b.start).row + b.rows.length);
  for (const b of sheet.columnBlocks ?? [])
    last = Math.max(last, parseCell(b.start).row + (b.columns[0]?.length ?? 0));
  return last;
}

/**
 * The earlier import's sheet of the same kind: the generator's name with the suffix the data sheet
 * got when its name was taken ("CRM data (2)" -> "Follow-ups (2)").
 */
export function earlierSheetName(dataSheet: string, dataName: string, name: string): string {
  return dataSheet.startsWith(dataName) ? name + dataSheet.slice(dataName.length) : name;
}

const same = (cell: unknown, text: string) => typeof cell === "string" && cell === text;

/** The report: title on row 1 ... its last section, the problems: "none", or a header and a row each. */
export function reportRefresh(sheet: SheetSpec, index: number, old: string, locale: Locale): RefreshPlan {
  const t = crmTexts(locale).report;
  return {
    old,
    index,
    firstRow: 1,
    columns: 5,
    freshLastRow: lastSpecRow(sheet),
    keyColumns: [0],
    generatedRows: (cells) => {
      if (!same(cells[0]?.[0], t.title)) return null;
      const title = cells.findIndex((row) => same(row[0], t.issuesTitle));
      if (title < 0) return null;
      if (same(cells[title + 1]?.[0], t.issuesNone)) return title + 2;
      if (!same(cells[title + 1]?.[0], t.issuesHeaders[0])) return null;
      let k = title + 2;
      while (same(cells[k]?.[0], t.error) || same(cells[k]?.[0], t.warning)) k++;
      return k;
    },
  };
}

/**
 * The follow-up list from its as-of row (3) on: rows 1-2 (title, note across merged cells) are the
 * same text in every import of one language and stay. Its rows run while column L holds the source
 * row number; an empty list is one "none" line.
 */
export function followUpRefresh(sheet: SheetSpec, index: number, old: string, locale: Locale): RefreshPlan {
  const t = crmTexts(locale).followUp;
  return {
    old,
    index,
    firstRow: 3,
    columns: 12,
    freshLastRow: lastSpecRow(sheet),
    keyColumns: [0, 11],
    generatedRows: (cells) => {
      if (!same(cells[0]?.[0], t.asOf)) return null;
      if (!same(cells[2]?.[0], t.headers[0]) || !same(cells[2]?.[1], t.headers[11])) return null;
      if (same(cells[3]?.[0], t.none)) return 4;
      let k = 3;
      while (typeof cells[k]?.[1] === "number") k++;
      return k;
    },
  };
}
