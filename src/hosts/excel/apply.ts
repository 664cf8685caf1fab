/**
 * The Excel host: applies a WorkbookSpec to the open workbook through Office.js in few round trips.
 * One sync reads the sheet, table and name names in use; the writes follow in as few syncs as the
 * 4 MB request budget allows, with calculation and screen updating suspended; a last sync
 * recalculates. Nothing a user has
 * is touched: clashing names get free ones, and if any step fails the added sheets and names are
 * removed again before the error reaches the caller.
 */
import { MAX_COLUMNS } from "../../workbook/a1";
import { Renamed, resolveNames } from "../../workbook/resolve";
import type { SheetSpec, WorkbookSpec } from "../../workbook/spec";
import { assertValidWorkbookSpec } from "../../workbook/validate";
import { WriteOp, WriteTarget, chunk, estimate, op } from "./ops";
import { blockOps, formatOps, totalsCells } from "./plan-cells";
import { Skipped, addSheetOp, finishingOps, nameOps, tableOps } from "./plan-features";
import { ApiSupport, IsSetSupported, detectSupport, officeIsSetSupported } from "./support";

/**
 * Excel on the web rejects requests over 5 MB ("Resource limits and performance optimization for
 * Office Add-ins"); the estimate, in UTF-8 bytes as sent, keeps a 20% margin below that.
 */
export const DEFAULT_REQUEST_BUDGET = 4 * 1024 * 1024;

export interface ExcelWriteOptions {
  /** Called with (done, total) operations after each round trip, starting at (0, total). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Estimated bytes per request before a sync; default 4 MB. */
  readonly requestBudget?: number;
  /** Defaults to Office.context.requirements.isSetSupported. */
  readonly isSetSupported?: IsSetSupported;
}

export interface ExcelWriteResult {
  readonly sheets: readonly Renamed[];
  readonly tables: readonly Renamed[];
  readonly names: readonly Renamed[];
  /** context.sync() calls made, the read included. */
  readonly syncs: number;
  /** Features left out because this Excel lacks the API set they need. */
  readonly skipped: readonly Skipped[];
}

/** A failed write: the workbook was restored (or, if `leftBehind` is not empty, partly). */
export class ExcelWriteError extends Error {
  override readonly cause: unknown;
  /** Sheets and names that could not be removed after the failure. */
  readonly leftBehind: readonly string[];
  constructor(cause: unknown, leftBehind: readonly string[]) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const restored = leftBehind.length
      ? `These added sheets or names could not be removed: ${leftBehind.join(", ")}. / 以下新增的工作表或名称未能删除:${leftBehind.join("、")}。`
      : "The workbook is as it was before. / 工作簿已恢复原状。";
    super(`Could not write the sheets: ${reason} / 无法写入工作表:${reason}\n${restored}`);
    this.name = "ExcelWriteError";
    this.cause = cause;
    this.leftBehind = leftBehind;
  }
}

/**
 * Excel on Windows refuses names.add with ItemNotFound while the add-in's workbook is not the active
 * window (OfficeDev/office-js issue 2078; sheet.names answers InvalidSelection then, issue 6365).
 * The formulas need their names, so the write is rolled back; this says why and what to do, in the
 * user's two languages, instead of Excel's "The requested resource doesn't exist".
 */
export class NameWhileInactiveError extends Error {
  override readonly cause: unknown;
  constructor(cause: unknown) {
    super(
      "Excel did not accept the defined names, as it does while its window is not active (a known Excel issue). " +
        "Click into the workbook and run it again. / Excel 未接受定义名称,这在其窗口未处于活动状态时会发生(Excel 的已知问题)。" +
        "请点击工作簿后重新运行。",
    );
    this.name = "NameWhileInactiveError";
    this.cause = cause;
  }
}

function isInactiveWindowCode(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ItemNotFound" || code === "InvalidSelection";
}

/** Every operation of the write, in the order Excel needs them. */
function planWrite(spec: WorkbookSpec, support: ApiSupport, skipped: Skipped[]): WriteOp[] {
  const ops: WriteOp[] = [];
  // All sheets first, so formulas may refer to any of them.
  for (const sheet of spec.sheets) ops.push(addSheetOp(sheet, support, skipped));
  for (const sheet of spec.sheets) ops.push(...sheetContentOps(sheet, support));
  // Names after tables (they may refer to them), before validations that may use them.
  ops.push(...nameOps(spec.names ?? [], undefined, support, skipped));
  for (const sheet of spec.sheets) ops.push(...nameOps(sheet.names ?? [], sheet.name, support, skipped));
  for (const sheet of spec.sheets) ops.push(...finishingOps(sheet, support, skipped));
  const active = spec.activate ?? spec.sheets[0].name;
  ops.push(op(estimate(1, active), (t) => t.sheet(active).activate()));
  return ops;
}

function sheetContentOps(sheet: SheetSpec, support: ApiSupport): WriteOp[] {
  const totals = totalsCells(sheet);
  const cells = blockOps(sheet, (row, col) => totals.has(row * MAX_COLUMNS + col));
  return [...cells.now, ...formatOps(sheet, support), ...tableOps(sheet), ...cells.afterTables];
}

/**
 * Removes what a failed write may have added; returns what could not be removed. The sheet that was
 * active before the write is activated first: deleting an added sheet that the write had activated
 * would otherwise leave Excel on whichever sheet it picks.
 */
async function rollBack(
  ctx: Excel.RequestContext,
  sheets: readonly string[],
  names: readonly string[],
  active: string | null,
): Promise<string[]> {
  try {
    if (active !== null && !sheets.includes(active)) ctx.workbook.worksheets.getItem(active).activate();
    const sheetItems = sheets.map((s) => ctx.workbook.worksheets.getItemOrNullObject(s));
    const nameItems = names.map((n) => ctx.workbook.names.getItemOrNullObject(n));
    for (const item of [...sheetItems, ...nameItems]) item.load("isNullObject");
    await ctx.sync();
    // Names first: deleting a sheet would leave workbook names pointing at #REF!.
    nameItems.forEach((item) => !item.isNullObject && item.delete());
    sheetItems.forEach((item) => !item.isNullObject && item.delete());
    await ctx.sync();
    return [];
  } catch {
    return [...sheets, ...names];
  }
}

/** Applies `spec` to the workbook of `ctx`; see the module comment for the guarantees. */
export async function applyWorkbookSpec(
  ctx: Excel.RequestContext,
  spec: WorkbookSpec,
  options: ExcelWriteOptions = {},
): Promise<ExcelWriteResult> {
  assertValidWorkbookSpec(spec);
  const support = detectSupport(options.isSetSupported ?? officeIsSetSupported());
  let syncs = 0;

  // Round trip 1: the names in use.
  const sheetList = ctx.workbook.worksheets.load("items/name");
  const tableList = ctx.workbook.tables.load("items/name");
  const nameList = ctx.workbook.names.load("items/name");
  // WorksheetCollection.getActiveWorksheet (ExcelApi 1.1): put back if the write is rolled back.
  const activeSheet = ctx.workbook.worksheets.getActiveWorksheet().load("name");
  try {
    await ctx.sync();
  } catch (e) {
    throw new ExcelWriteError(e, []);
  }
  syncs++;
  const resolved = resolveNames(spec, {
    sheets: sheetList.items.map((s) => s.name),
    tables: tableList.items.map((t) => t.name),
    names: nameList.items.map((n) => n.name),
  });

  const skipped: Skipped[] = [];
  const ops = planWrite(resolved.spec, support, skipped);
  const chunks = chunk(ops, options.requestBudget ?? DEFAULT_REQUEST_BUDGET);
  const proxies = new Map<string, Excel.Worksheet>();
  const target: WriteTarget = {
    ctx,
    sheet(name) {
      const ws = proxies.get(name);
      if (ws) return ws;
      // A sheet already in the workbook that a chart draws from: read, never written.
      const existing = resolved.spec.existingSheets?.find((s) => s.toLowerCase() === name.toLowerCase());
      if (existing !== undefined) return ctx.workbook.worksheets.getItem(existing);
      throw new Error(`internal: sheet "${name}" was not added by this write`);
    },
    addSheet(name, ws) {
      proxies.set(name, ws);
    },
  };

  let done = 0;
  let addingNames = false;
  options.onProgress?.(0, ops.length);
  try {
    for (const [i, part] of chunks.entries()) {
      addingNames = part.some((o) => o.addsName);
      // Calculation suspension lasts until the next sync, so each write request asks for it. Screen
      // updating is suspended once only: repeated calls make the window flicker ("Excel JavaScript
      // API performance optimization", Suspend screen updating).
      if (support.calcSuspend) ctx.application.suspendApiCalculationUntilNextSync();
      if (support.screenSuspend && i === 0) ctx.application.suspendScreenUpdatingUntilNextSync();
      for (const o of part) o.run(target);
      await ctx.sync();
      syncs++;
      done += part.length;
      options.onProgress?.(done, ops.length);
    }
    addingNames = false;
    if (support.calcSuspend) {
      // After the last write, in a request without suspension: a calculate() queued beside the
      // suspension would be suspended with it and leave the new formulas uncalculated.
      ctx.workbook.application.calculate("Recalculate");
      await ctx.sync();
      syncs++;
    }
  } catch (e) {
    const workbookNames = (resolved.spec.names ?? []).map((n) => n.name);
    const leftBehind = await rollBack(
      ctx,
      resolved.sheets.map((s) => s.name),
      workbookNames,
      activeSheet.name,
    );
    throw new ExcelWriteError(
      addingNames && isInactiveWindowCode(e) ? new NameWhileInactiveError(e) : e,
      leftBehind,
    );
  }
  return { sheets: resolved.sheets, tables: resolved.tables, names: resolved.names, syncs, skipped };
}
