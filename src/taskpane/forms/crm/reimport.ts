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
import type { MessageKey } from "../../../i18n";
import { usePane } from "../../pane-context";
import type { HostNote, SwapResult, WorkbookAccess, WriteResult } from "../../services";
import type { RefreshOutcome } from "../../../hosts/excel/refresh-sheets";
import { EarlierImport, EarlierState, ReimportPlan, readEarlierImport } from "./reimport-plan";

export type { EarlierImport, EarlierState, ImportTarget, ReimportPlan } from "./reimport-plan";
export { planReimport, readEarlierImport } from "./reimport-plan";

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
