/**
 * The pure half of a CRM re-import in place (no React, no Office globals): the earlier import read
 * through WorkbookAccess, and the plan of the write - the staged rows, this import's report and
 * follow-up list to rewrite the earlier ones from, the fresh history - or why the import is added
 * as a new table instead. The pane (reimport.ts) and the bench use it.
 */
import type { Locale, MessageKey } from "../../../i18n";
import { crmTexts } from "../../../i18n/sheets/crm";
import type { CrmWorkbook } from "../../../generators/crm";
import { columnLetter, parseRange } from "../../../workbook/a1";
import type { CellInput, SheetSpec, WorkbookSpec } from "../../../workbook/spec";
import type { WorkbookAccess } from "../../services";
import { crmTableCandidates } from "../incentives/crm-table";
import { RefreshPlan, earlierSheetName, followUpRefresh, reportRefresh } from "./refresh-plan";

export type ImportTarget = "update" | "new";

export interface EarlierImport {
  readonly table: string;
  readonly sheet: string;
  /** The table's header cells, as text. */
  readonly header: readonly string[];
  /** Data rows of the table (the rows below its header). */
  readonly rows: number;
}

export type EarlierState =
  | { readonly kind: "none" }
  | { readonly kind: "reading" }
  | { readonly kind: "found"; readonly earlier: EarlierImport };

/** The newest CRM data table of the workbook with its header row, or null. */
export async function readEarlierImport(access: WorkbookAccess): Promise<EarlierImport | null> {
  const [newest] = crmTableCandidates(await access.listTables());
  if (!newest?.address) return null;
  const area = parseRange(newest.address.slice(newest.address.lastIndexOf("!") + 1).replace(/\$/g, ""));
  const row = area.start.row + 1;
  const headerAddress = `${columnLetter(area.start.col)}${row}:${columnLetter(area.end.col)}${row}`;
  const header = await access.readFormulas(newest.sheet, headerAddress);
  if (!header?.length) return null;
  return {
    table: newest.name,
    sheet: newest.sheet,
    header: header[0].map((c) => (c === null ? "" : String(c))),
    rows: area.end.row - area.start.row,
  };
}

function cellText(cell: CellInput | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "object") return "formula" in cell ? cell.formula : cell.text;
  return String(cell);
}

/** How a re-import is written: in place (with its staged sheet), or as a new table and why. */
export type ReimportPlan =
  | {
      readonly kind: "update";
      readonly spec: WorkbookSpec;
      readonly records: number;
      readonly staging: string;
      /** The workbook's history sheet the fresh one replaces, when there is one. */
      readonly historySheet?: string;
      /** The earlier report and follow-up sheets, rewritten from the spec's sheets at `index`. */
      readonly refresh: readonly RefreshPlan[];
      /** Index of the fresh history sheet in the spec, when there is one. */
      readonly historyIndex: number | null;
    }
  | { readonly kind: "new"; readonly reason: MessageKey | null };

/**
 * The write of `workbook` into a workbook holding `earlier`: the new data rows on a staging sheet
 * named `stagingName`, at the rows and columns they take in the table; this import's follow-up list
 * and report, which then rewrite the earlier import's; and the fresh history sheet (the history is
 * appended as in a new import). The KPI and funnel sheets of the new import are left out: the
 * earlier import's read the table by formula. `locale`: the sheets' language (the same as the
 * earlier import's, or the columns would differ).
 */
export function planReimport(
  workbook: CrmWorkbook,
  earlier: EarlierImport,
  stagingName: string,
  locale: Locale,
  historySheet?: string,
): ReimportPlan {
  const data = workbook.spec.sheets.find((s) => s.name === workbook.data.sheet);
  if (!data) return { kind: "new", reason: "crm.update.columnsDiffer" };
  const header = (data.blocks[0]?.rows[0] ?? []).map(cellText);
  if (header.length !== earlier.header.length || header.some((h, i) => h !== earlier.header[i]))
    return { kind: "new", reason: "crm.update.columnsDiffer" };
  // A rates table beside the data (several currencies): its amounts are formulas over it.
  if (data.blocks.length > 1) return { kind: "new", reason: "crm.update.currencies" };
  const columns = data.columnBlocks?.[0]?.columns ?? [];
  const records = columns[0]?.length ?? 0;
  if (earlier.rows < 2 && records > 1) return { kind: "new", reason: "crm.update.singleRow" };
  const staging: SheetSpec = {
    name: stagingName,
    blocks: [],
    // The table of the earlier import starts at A1 (the generator's); its rows start on row 2.
    ...(records ? { columnBlocks: [{ start: "A2", columns }] } : {}),
  };
  const names = crmTexts(locale).sheet;
  const sheets: SheetSpec[] = [staging];
  const refresh: RefreshPlan[] = [];
  const followUp = workbook.spec.sheets.find((s) => s.name === names.followUp);
  const report = workbook.spec.sheets.find((s) => s.name === names.report);
  const old = (name: string) => earlierSheetName(earlier.sheet, names.data, name);
  if (followUp) {
    refresh.push(followUpRefresh(followUp, sheets.length, old(names.followUp), locale));
    sheets.push(followUp);
  }
  if (report) {
    refresh.push(reportRefresh(report, sheets.length, old(names.report), locale));
    sheets.push(report);
  }
  const history = workbook.spec.sheets.find((s) => s.name === workbook.history.sheet);
  const historyIndex = history ? sheets.length : null;
  if (history) sheets.push(history);
  return {
    kind: "update",
    records,
    staging: stagingName,
    ...(historySheet ? { historySheet } : {}),
    refresh,
    historyIndex,
    spec: { sheets },
  };
}
