/**
 * A re-import in place: the data rows of a table an earlier import wrote are replaced by rows staged
 * on a sheet of their own, in one request, so that every formula reading the table's rows by A1
 * ranges (pay, KPIs, funnel, names, charts) follows them. Excel adjusts those references itself when
 * whole rows are inserted or deleted INSIDE the ranges ("Insert or delete rows and columns",
 * support.microsoft.com); writing values over a block never would.
 *
 * Office.js used: Range.insert(InsertShiftDirection.down) and Range.delete(DeleteShiftDirection.up)
 * (ExcelApi 1.1), Range.copyFrom(source, RangeCopyType.formulas) (ExcelApi 1.9), the protection
 * calls the rest of the host uses (unprotect / protect with the options read before); the report
 * and follow-up sheets through refresh-sheets.
 *
 * Every change is in one request. Office.js requests are not transactions: when one fails, the
 * actions queued before the failing one have run ("Error handling with the application-specific
 * JavaScript APIs"). So after a failure the workbook is read back and the rest is done once more;
 * marks written on the staged sheets (after each copy) tell which copies ran. Should that fail too,
 * RowSwapIncomplete says what the workbook holds - or, when nothing had changed, the staged sheets
 * are removed and it is a RowSwapRefused.
 */
import { columnLetter, parseRange } from "../../workbook/a1";
import {
  InPlace,
  RefreshOutcome,
  SheetRefresh,
  copiedMark,
  planRefreshes,
  queueRefresh,
} from "./refresh-sheets";
import type { IsSetSupported } from "./support";
import { officeIsSetSupported } from "./support";

export type { RefreshOutcome, SheetRefresh } from "./refresh-sheets";

export interface RowSwap {
  /** The table whose data rows are replaced (its header row stays). */
  readonly table: string;
  /** The sheet holding the new rows, each at the row and column it takes in the table. */
  readonly staging: string;
  /** Records staged (0 for an export without a row). */
  readonly rows: number;
  /** Sheets of the earlier import rewritten from those this import wrote beside them. */
  readonly refresh?: readonly SheetRefresh[];
  /** A sheet replaced in the same request: `old` deleted, `fresh` (written beside it) given its name. */
  readonly replace?: { readonly old: string; readonly fresh: string };
}

export interface RowSwapResult {
  /** Data rows of the table before and after (after: the records, plus a spare blank row if 1). */
  readonly before: number;
  readonly after: number;
  /** Each refresh asked for: rewritten in place, or why this import's sheet stays beside the old one. */
  readonly refreshed: readonly RefreshOutcome[];
  /** The sheet's protection could not be put back (it stays lifted). */
  readonly unprotected?: boolean;
}

/** Why the table cannot be updated in place: said to the user, and nothing was changed. */
export class RowSwapRefused extends Error {
  constructor(
    readonly reason: "api" | "singleRow" | "password" | "missing" | "failed",
    readonly en: string,
    readonly zh: string,
  ) {
    super(en);
    this.name = "RowSwapRefused";
  }
}

/**
 * Data rows the table keeps for `records`. A reference to one row (A2:A2) does not grow when rows are
 * inserted above or below it, so a block of two or more rows is never shrunk below two: with one
 * record the second row stays blank (every KPI criterion skips a blank owner), and next week's
 * longer export can still grow it.
 */
export function keptRows(before: number, records: number): number {
  return before >= 2 ? Math.max(records, 2) : Math.max(records, 1);
}

/** Whether `records` can replace a block of `before` data rows in place. */
export function canSwapRows(before: number, records: number): boolean {
  return before >= 2 || records <= 1;
}

/**
 * The update stopped part-way and could not be finished: `en` / `zh` say what the workbook holds now
 * (the table's rows, the sheets left). `leftBehind`: the staged sheets still in the workbook.
 */
export class RowSwapIncomplete extends Error {
  constructor(
    readonly en: string,
    readonly zh: string,
    readonly leftBehind: readonly string[],
  ) {
    super(en);
    this.name = "RowSwapIncomplete";
  }
}

/**
 * Staging!A1 (above the staged rows, which start on row 2): 0 once the update's first action ran,
 * 1 once the rows were copied.
 */
const ROWS_MARK = "A1";

/** A staged sheet read back: deleted (its part done), marked copied, started, or as written. */
type Stage = "gone" | "copied" | "started" | "staged";

interface Layout {
  readonly first: number;
  readonly left: string;
  readonly right: string;
}

/** What a failed request left, read back. */
interface State {
  /** Data rows of the table now. */
  readonly rows: number;
  readonly staging: Stage;
  /** Per in-place refresh: its fresh sheet. */
  readonly fresh: readonly Stage[];
  /** The replaced sheet: not yet, the old one deleted only, or done. */
  readonly replace: "staged" | "deleted" | "done" | null;
}

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** Queues the rows made as many as `after` (from `now`), the copy, its mark and the staging's removal. */
function queueRows(
  ctx: Excel.RequestContext,
  sheet: Excel.Worksheet,
  swap: RowSwap,
  at: Layout,
  now: number,
  after: number,
): void {
  const staging = ctx.workbook.worksheets.getItem(swap.staging);
  staging.getRange(ROWS_MARK).values = [[0]];
  const first = at.first;
  const last = first + now - 1;
  if (after > now) sheet.getRange(`${last}:${last + after - now - 1}`).insert("Down");
  else if (after < now) sheet.getRange(`${first + 1}:${first + now - after}`).delete("Up");
  const block = `${at.left}${first}:${at.right}${first + after - 1}`;
  sheet.getRange(block).copyFrom(`${quoted(swap.staging)}!${block}`, "Formulas");
  staging.getRange(ROWS_MARK).values = [[1]];
  staging.delete();
}

/** Queues the replacement: the fresh sheet activated (Excel keeps one active), the old deleted, renamed. */
function queueReplace(
  ctx: Excel.RequestContext,
  replace: NonNullable<RowSwap["replace"]>,
  deleteOld: boolean,
) {
  const fresh = ctx.workbook.worksheets.getItem(replace.fresh);
  fresh.activate();
  if (deleteOld) ctx.workbook.worksheets.getItem(replace.old).delete();
  fresh.name = replace.old;
}

async function readState(
  ctx: Excel.RequestContext,
  table: string,
  staging: string,
  fresh: readonly InPlace[],
  replace: RowSwap["replace"],
): Promise<State> {
  const range = ctx.workbook.tables.getItem(table).getRange().load("address");
  const sheets = [staging, ...fresh.map((p) => p.refresh.fresh)].map((n) =>
    ctx.workbook.worksheets.getItemOrNullObject(n).load("isNullObject"),
  );
  const replaced = replace
    ? [replace.old, replace.fresh].map((n) =>
        ctx.workbook.worksheets.getItemOrNullObject(n).load("isNullObject"),
      )
    : null;
  await ctx.sync();
  const marks = sheets.map((ws, i) =>
    ws.isNullObject
      ? null
      : ws.getRange(i === 0 ? ROWS_MARK : copiedMark(fresh[i - 1].refresh)).load("values"),
  );
  await ctx.sync();
  const area = parseRange(range.address.slice(range.address.lastIndexOf("!") + 1).replace(/\$/g, ""));
  const status = marks.map((m): Stage => {
    const mark = m?.values[0][0];
    return m === null ? "gone" : mark === 1 ? "copied" : mark === 0 ? "started" : "staged";
  });
  const replaceState = !replaced
    ? null
    : replaced[1].isNullObject
      ? "done"
      : replaced[0].isNullObject
        ? "deleted"
        : "staged";
  return {
    rows: area.end.row - area.start.row,
    staging: status[0],
    fresh: status.slice(1),
    replace: replaceState,
  };
}

/** What a failed update left, in both languages. */
function incomplete(
  swap: RowSwap,
  table: string,
  before: number,
  after: number,
  state: State | null,
  fresh: readonly InPlace[],
): RowSwapIncomplete {
  if (!state) {
    const staged = [
      swap.staging,
      ...fresh.map((p) => p.refresh.fresh),
      ...(swap.replace ? [swap.replace.fresh] : []),
    ];
    return new RowSwapIncomplete(
      `The update of table ${table} stopped part-way and the workbook could not be read back: check table ${table} (${before} data rows before, ${after} after an update) and the sheets ${staged.join(", ")}, which hold this import's rows`,
      `表格 ${table} 的更新中途停止，且无法读回工作簿：请检查表格 ${table}（更新前 ${before} 行数据，更新后应为 ${after} 行）以及存放本次导入内容的工作表 ${staged.join("、")}`,
      staged,
    );
  }
  const en: string[] = [];
  const zh: string[] = [];
  const left: string[] = [];
  if (state.staging === "gone" || state.staging === "copied") {
    en.push(`table ${table} holds this import's ${swap.rows} record(s) (${state.rows} data rows)`);
    zh.push(`表格 ${table} 已是本次导入的 ${swap.rows} 条记录（${state.rows} 行数据）`);
    if (state.staging === "copied") left.push(swap.staging);
  } else if (state.rows !== before || before !== after) {
    // The rows were made as many as needed (or not) and the copy did not run: it runs after them.
    en.push(
      `table ${table} still holds the earlier import's rows in ${state.rows} data rows (${before} before the update), and this import's rows are on sheet "${swap.staging}"`,
    );
    zh.push(
      `表格 ${table} 仍是之前导入的行，现有 ${state.rows} 行数据（更新前 ${before} 行）；本次导入的行在工作表“${swap.staging}”中`,
    );
    left.push(swap.staging);
  } else {
    en.push(
      `table ${table} has ${state.rows} data rows as before, and Excel stopped at copying this import's rows over them: compare them with sheet "${swap.staging}", which holds this import's rows`,
    );
    zh.push(
      `表格 ${table} 仍有 ${state.rows} 行数据，Excel 在把本次导入的行复制过去时停止：请与存放本次导入行的工作表“${swap.staging}”对照`,
    );
    left.push(swap.staging);
  }
  fresh.forEach((p, i) => {
    const s = state.fresh[i];
    const r = p.refresh;
    if (s === "staged") {
      en.push(`sheet "${r.old}" is the earlier import's; this import's is on sheet "${r.fresh}"`);
      zh.push(`工作表“${r.old}”仍是之前导入的内容；本次导入的内容在工作表“${r.fresh}”中`);
      left.push(r.fresh);
    } else if (s === "started") {
      en.push(`sheet "${r.old}" may be partly cleared; this import's is on sheet "${r.fresh}"`);
      zh.push(`工作表“${r.old}”可能已被部分清除；本次导入的内容在工作表“${r.fresh}”中`);
      left.push(r.fresh);
    } else if (s === "copied") {
      en.push(`sheet "${r.old}" holds this import's; the copy "${r.fresh}" can be deleted`);
      zh.push(`工作表“${r.old}”已是本次导入的内容；副本“${r.fresh}”可以删除`);
      left.push(r.fresh);
    }
  });
  const replace = swap.replace;
  if (replace && state.replace === "staged") {
    en.push(`sheet "${replace.old}" is the earlier one; the new one is "${replace.fresh}"`);
    zh.push(`工作表“${replace.old}”仍是之前的；新的在“${replace.fresh}”中`);
    left.push(replace.fresh);
  } else if (replace && state.replace === "deleted") {
    en.push(`sheet "${replace.old}" was replaced by "${replace.fresh}", which keeps that name`);
    zh.push(`工作表“${replace.old}”已被“${replace.fresh}”取代，名称未改回`);
    left.push(replace.fresh);
  }
  return new RowSwapIncomplete(
    `The update of table ${table} stopped part-way: ${en.join("; ")}`,
    `表格 ${table} 的更新中途停止：${zh.join("；")}`,
    left,
  );
}

/**
 * Replaces the table's data rows by the staged ones and deletes the staging sheet, and rewrites the
 * sheets of `swap.refresh` that can be rewritten in place, in one request: the rows are first made
 * as many as needed (inserted above the block's last row, or deleted from inside it, below its first
 * row), then the staged rows are copied over them. Checks that change nothing come first, in
 * requests of their own.
 */
export async function swapTableRows(
  ctx: Excel.RequestContext,
  swap: RowSwap,
  isSetSupported: IsSetSupported = officeIsSetSupported(),
): Promise<RowSwapResult> {
  if (!isSetSupported("ExcelApi", "1.9"))
    throw new RowSwapRefused(
      "api",
      "This Excel cannot copy ranges (ExcelApi 1.9), which updating in place needs",
      "此版本的 Excel 不支持复制区域（需要 1.9 版接口），无法就地更新",
    );
  const tables = ctx.workbook.tables.load("items/name");
  await ctx.sync();
  const name = tables.items.find((t) => t.name.toLowerCase() === swap.table.toLowerCase())?.name;
  if (name === undefined)
    throw new RowSwapRefused(
      "missing",
      `The table ${swap.table} is no longer in the workbook`,
      `工作簿中已没有表格 ${swap.table}`,
    );
  const table = ctx.workbook.tables.getItem(name);
  const range = table.getRange().load("address");
  const sheet = table.worksheet;
  const protection = sheet.protection.load("protected,options");
  await ctx.sync();

  const area = parseRange(range.address.slice(range.address.lastIndexOf("!") + 1).replace(/\$/g, ""));
  // 1-based rows of the block (the header is area.start).
  const at: Layout = {
    first: area.start.row + 2,
    left: columnLetter(area.start.col),
    right: columnLetter(area.end.col),
  };
  const before = area.end.row - area.start.row;
  if (!canSwapRows(before, swap.rows))
    throw new RowSwapRefused(
      "singleRow",
      "The earlier import has one data row: formulas that read one row do not grow with inserted rows",
      "之前的导入只有一行数据：引用单行的公式不会随插入的行扩展",
    );
  const after = keptRows(before, swap.rows);
  const { inPlace, outcomes } = await planRefreshes(ctx, swap.refresh ?? []);
  const options = protection.protected ? protection.options : null;
  if (options) {
    sheet.protection.unprotect();
    try {
      await ctx.sync();
    } catch {
      throw new RowSwapRefused(
        "password",
        "The data sheet is protected with a password",
        "数据工作表受密码保护",
      );
    }
  }
  let unprotected = false;
  try {
    queueRows(ctx, sheet, swap, at, before, after);
    for (const p of inPlace) queueRefresh(ctx, p);
    if (swap.replace) queueReplace(ctx, swap.replace, true);
    try {
      await ctx.sync();
    } catch {
      await finish(ctx, swap, name, sheet, at, before, after, inPlace);
    }
  } finally {
    if (options) {
      sheet.protection.protect(options);
      // The update is done: a protection that cannot be put back is said, not thrown.
      await ctx.sync().catch(() => (unprotected = true));
    }
  }
  ctx.workbook.application.calculate("Recalculate");
  // Excel recalculates a workbook in automatic mode by itself: a failed request here changes nothing.
  await ctx.sync().catch(() => undefined);
  return { before, after, refreshed: outcomes, ...(unprotected ? { unprotected } : {}) };
}

/**
 * After a failed request: reads back what ran, does the rest once more; if that fails, removes the
 * staged sheets when nothing had changed (RowSwapRefused), else says what is left (RowSwapIncomplete).
 */
async function finish(
  ctx: Excel.RequestContext,
  swap: RowSwap,
  table: string,
  sheet: Excel.Worksheet,
  at: Layout,
  before: number,
  after: number,
  inPlace: readonly InPlace[],
): Promise<void> {
  let state: State | null = null;
  try {
    state = await readState(ctx, table, swap.staging, inPlace, swap.replace);
    if (state.staging === "staged" || state.staging === "started")
      queueRows(ctx, sheet, swap, at, state.rows, after);
    else if (state.staging === "copied") ctx.workbook.worksheets.getItem(swap.staging).delete();
    inPlace.forEach((p, i) => {
      if (state!.fresh[i] === "staged" || state!.fresh[i] === "started") queueRefresh(ctx, p);
      else if (state!.fresh[i] === "copied") ctx.workbook.worksheets.getItem(p.refresh.fresh).delete();
    });
    if (swap.replace && state.replace !== "done") queueReplace(ctx, swap.replace, state.replace === "staged");
    await ctx.sync();
    return;
  } catch {
    // Read back again below: the second attempt may have run part of its request too.
  }
  try {
    state = await readState(ctx, table, swap.staging, inPlace, swap.replace);
  } catch {
    state = null;
  }
  // The start mark is the first action: without it nothing after it ran either.
  if (state !== null && state.staging === "staged") {
    const staged = [
      swap.staging,
      ...inPlace.map((p) => p.refresh.fresh),
      ...(swap.replace ? [swap.replace.fresh] : []),
    ];
    staged.forEach((n) => ctx.workbook.worksheets.getItem(n).delete());
    await ctx.sync().catch(() => undefined);
    throw new RowSwapRefused(
      "failed",
      `Excel did not take the update of table ${table}`,
      `Excel 未能完成表格 ${table} 的更新`,
    );
  }
  throw incomplete(swap, table, before, after, state, inPlace);
}
