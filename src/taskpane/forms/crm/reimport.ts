/**
 * A CRM import into a workbook that already holds one (Excel mode): by default this week's export
 * replaces the rows of the earlier import's data table in place, so that the pay, statements and KPI
 * sheets reading that table by formula show this week's figures without being generated again.
 * This module finds the earlier table, decides whether the new import fits it (same columns, same
 * language, one currency, a block that can grow), and builds the write: the new rows staged on a
 * sheet of their own and this import's report and follow-up list beside the earlier ones (written,
 * cancelled or rolled back like any spec), then in one request the rows swapped into the table and
 * the earlier report and follow-up sheets rewritten in place (hosts/excel/update-rows).
 */
import * as React from "react";
import { translateBoth } from "../../../i18n";
import type { Locale, MessageKey } from "../../../i18n";
import { crmTexts } from "../../../i18n/sheets/crm";
import type { CrmWorkbook } from "../../../generators/crm";
import { columnLetter, parseRange } from "../../../workbook/a1";
import type { CellInput, SheetSpec, WorkbookSpec } from "../../../workbook/spec";
import { usePane } from "../../pane-context";
import type { HostNote, SwapResult, WorkbookAccess, WriteResult } from "../../services";
import type { RefreshOutcome } from "../../../hosts/excel/refresh-sheets";
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

/** The workbook's earlier import, read when the form opens and again after each write. */
export function useEarlierImport(generation: number): EarlierState {
  const { services } = usePane();
  const access = services.workbook;
  const [state, setState] = React.useState<EarlierState>(() =>
    access ? { kind: "reading" } : { kind: "none" },
  );
  React.useEffect(() => {
    if (!access) return;
    let live = true;
    setState({ kind: "reading" });
    // An unreadable workbook offers no update: the import is then added as today.
    readEarlierImport(access).then(
      (earlier) => live && setState(earlier ? { kind: "found", earlier } : { kind: "none" }),
      () => live && setState({ kind: "none" }),
    );
    return () => {
      live = false;
    };
  }, [access, generation]);
  return state;
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

/** The reason a refused swap gives, in both languages. */
function reasonOf(error: unknown): { en: string; zh: string } {
  const e = error as { en?: unknown; zh?: unknown; message?: unknown } | null;
  if (e && typeof e.en === "string" && typeof e.zh === "string") return { en: e.en, zh: e.zh };
  const message = e && typeof e.message === "string" ? e.message : String(error);
  return { en: message, zh: message };
}

const BESIDE: Readonly<Record<"missing" | "protected" | "edited" | "below", MessageKey>> = {
  missing: "crm.update.beside.missing",
  protected: "crm.update.beside.protected",
  edited: "crm.update.beside.edited",
  below: "crm.update.beside.below",
};

/** The lines on the report and follow-up sheets: rewritten, or why this import's stays beside. */
function refreshNotes(outcomes: readonly RefreshOutcome[]): HostNote[] {
  const notes: HostNote[] = [];
  const rewritten = outcomes.filter((o) => o.kind === "inPlace").map((o) => o.old);
  if (rewritten.length)
    notes.push({
      en: translateBoth("crm.update.refreshed", { sheets: rewritten.map((n) => `"${n}"`).join(", ") }).en,
      zh: translateBoth("crm.update.refreshed", { sheets: rewritten.map((n) => `“${n}”`).join("、") }).zh,
    });
  for (const o of outcomes)
    if (o.kind === "beside")
      notes.push(translateBoth(BESIDE[o.why], { old: o.old, fresh: o.fresh, row: o.row ?? 0 }));
  return notes;
}

/**
 * After the staged write: the swap, with the earlier report and follow-up sheets rewritten in the
 * same request, and the history sheet replaced by the fresh one. When it is refused or fails before
 * changing anything, the staged and fresh sheets are removed again and the note says nothing was
 * changed; when it stopped part-way, the note says what the workbook holds. `then` (the history's
 * note, the goal link) runs only after a swap; its failure is said on its own. `activeBefore`: the
 * sheet active before the staged write, active again when the staged sheets are removed.
 */
export async function swapAfterWrite(
  access: WorkbookAccess,
  earlier: EarlierImport,
  plan: Extract<ReimportPlan, { kind: "update" }>,
  written: WriteResult,
  then: (written: WriteResult) => Promise<HostNote[]>,
  shown: (sheets: Pick<WriteResult, "sheets" | "activate">) => void,
  activeBefore: string | null = null,
): Promise<readonly HostNote[]> {
  const staging = written.sheets[0];
  const refresh = plan.refresh
    .filter((r) => written.sheets[r.index] !== undefined)
    .map(({ index, ...r }) => ({ ...r, fresh: written.sheets[index] }));
  const freshHistory = plan.historyIndex !== null ? written.sheets[plan.historyIndex] : undefined;
  const replace =
    plan.historySheet && freshHistory && freshHistory !== plan.historySheet
      ? { old: plan.historySheet, fresh: freshHistory }
      : undefined;
  let swapped: SwapResult;
  try {
    swapped = await access.swapTableRows!(earlier.table, staging, plan.records, {
      refresh,
      ...(replace ? { replace } : {}),
    });
  } catch (error) {
    const reason = reasonOf(error);
    if ((error as { name?: unknown } | null)?.name === "RowSwapIncomplete") {
      const left = (error as { leftBehind?: readonly string[] }).leftBehind ?? [];
      shown({ sheets: left, activate: earlier.sheet });
      return [reason];
    }
    await access.deleteSheets?.(written.sheets, activeBefore).catch(() => undefined);
    shown({ sheets: [], activate: null });
    const en = translateBoth("crm.update.refused", { table: earlier.table, reason: reason.en }).en;
    const zh = translateBoth("crm.update.refused", { table: earlier.table, reason: reason.zh }).zh;
    return [{ en, zh }];
  }
  const notes: HostNote[] = [
    translateBoth("crm.update.done", {
      table: earlier.table,
      sheet: earlier.sheet,
      rows: plan.records,
      before: swapped.before,
    }),
    ...refreshNotes(swapped.refreshed),
  ];
  if (swapped.unprotected) notes.push(translateBoth("crm.update.unprotected", { sheet: earlier.sheet }));
  const beside = swapped.refreshed.filter((o) => o.kind === "beside").map((o) => o.fresh);
  try {
    notes.push(...(await then(written)));
  } catch (error) {
    const reason = reasonOf(error);
    notes.push({
      en: translateBoth("write.afterFailed", { reason: reason.en }).en,
      zh: translateBoth("write.afterFailed", { reason: reason.zh }).zh,
    });
  }
  // The staged sheets are gone; the fresh history sheet took the old one's name.
  const historyName = freshHistory ? (plan.historySheet ?? freshHistory) : null;
  shown({ sheets: [...beside, ...(historyName ? [historyName] : [])], activate: earlier.sheet });
  return notes;
}
