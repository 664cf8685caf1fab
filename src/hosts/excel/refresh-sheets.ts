/**
 * Sheets an earlier import generated (its report, its follow-up list) rewritten in place by a
 * re-import: the sheet itself stays - its name, its place, every link and formula pointing at it -
 * and only its generated rows are replaced by those of the sheet this import wrote beside it. What
 * the user added to the right of the generated columns is never touched; what they added below the
 * generated rows is kept unless the new rows would reach it, and then the new sheet stays beside the
 * old one instead (the caller says so).
 *
 * Office.js used: Worksheet collection getItemOrNullObject, Range.getUsedRangeOrNullObject(valuesOnly)
 * (ExcelApi 1.4), Range.clear("All") (ExcelApi 1.1), Range.copyFrom(source, "All") (ExcelApi 1.9).
 */
import { columnLetter, parseRange } from "../../workbook/a1";

export interface SheetRefresh {
  /** The earlier import's sheet, kept: its generated rows are rewritten. */
  readonly old: string;
  /** The sheet this import wrote beside it: the source of the new rows, deleted once copied. */
  readonly fresh: string;
  /** 1-based first row rewritten; the rows above are the same on both sheets and stay. */
  readonly firstRow: number;
  /** The generated columns, A and the next ones: this many. */
  readonly columns: number;
  /** 1-based last row of the fresh sheet's generated part. */
  readonly freshLastRow: number;
  /** Columns (0-based) read on the old sheet to find where its generated rows end. */
  readonly keyColumns: readonly number[];
  /**
   * How many rows from firstRow the earlier import generated, from the key columns' cells of the
   * rows firstRow.. (down to the last used row); null when the rows are not the generator's.
   */
  readonly generatedRows: (cells: readonly (readonly unknown[])[]) => number | null;
}

export type RefreshOutcome =
  | { readonly old: string; readonly fresh: string; readonly kind: "inPlace" }
  | {
      readonly old: string;
      readonly fresh: string;
      readonly kind: "beside";
      /** missing: no such sheet; protected; edited: not the generator's rows; below: the user's cells in the way. */
      readonly why: "missing" | "protected" | "edited" | "below";
      /** The first row of the user's cells in the way (below). */
      readonly row?: number;
    };

/** A refresh that goes ahead in place, with the last row of the old sheet's generated part. */
export interface InPlace {
  readonly refresh: SheetRefresh;
  readonly oldLastRow: number;
}

/** Key-column cells read per request: far under the 5 MB response limit with Chinese text. */
const CELLS_PER_READ = 60_000;

function lastRowOf(address: string): number {
  return parseRange(address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "")).end.row + 1;
}

/**
 * Reads what decides each refresh: whether the old sheet is there and unprotected, where its
 * generated rows end, and whether cells of the user's lie where the new rows go. Changes nothing.
 */
export async function planRefreshes(
  ctx: Excel.RequestContext,
  refreshes: readonly SheetRefresh[],
): Promise<{ inPlace: InPlace[]; outcomes: RefreshOutcome[] }> {
  const outcomes: RefreshOutcome[] = [];
  const inPlace: InPlace[] = [];
  if (!refreshes.length) return { inPlace, outcomes };
  const sheets = refreshes.map((r) =>
    ctx.workbook.worksheets.getItemOrNullObject(r.old).load("isNullObject"),
  );
  await ctx.sync();
  const present = refreshes.filter((_, i) => !sheets[i].isNullObject);
  for (const r of refreshes)
    if (!present.includes(r)) outcomes.push({ old: r.old, fresh: r.fresh, kind: "beside", why: "missing" });
  const probes = present.map((r) => {
    const ws = ctx.workbook.worksheets.getItem(r.old);
    return {
      r,
      ws,
      protection: ws.protection.load("protected"),
      used: ws
        .getRange(`A:${columnLetter(r.columns - 1)}`)
        .getUsedRangeOrNullObject(true)
        .load("address"),
    };
  });
  await ctx.sync();
  const reading: { r: SheetRefresh; ws: Excel.Worksheet; last: number; parts: Excel.Range[][] }[] = [];
  for (const p of probes) {
    if (p.protection.protected) {
      outcomes.push({ old: p.r.old, fresh: p.r.fresh, kind: "beside", why: "protected" });
      continue;
    }
    const last = p.used.isNullObject ? 0 : lastRowOf(p.used.address);
    reading.push({ r: p.r, ws: p.ws, last, parts: [] });
  }
  // The key columns, in row chunks, a few chunks a request.
  let queued = 0;
  for (const item of reading) {
    const { r } = item;
    const rows = Math.max(0, item.last - r.firstRow + 1);
    const step = Math.max(1, Math.floor(CELLS_PER_READ / r.keyColumns.length));
    for (let from = r.firstRow; from < r.firstRow + rows; from += step) {
      const to = Math.min(r.firstRow + rows - 1, from + step - 1);
      item.parts.push(
        r.keyColumns.map((c) =>
          item.ws.getRange(`${columnLetter(c)}${from}:${columnLetter(c)}${to}`).load("values"),
        ),
      );
      queued += (to - from + 1) * r.keyColumns.length;
      if (queued >= CELLS_PER_READ) {
        await ctx.sync();
        queued = 0;
      }
    }
  }
  if (queued) await ctx.sync();
  const below: { r: SheetRefresh; oldLastRow: number; used: Excel.Range }[] = [];
  for (const item of reading) {
    const { r } = item;
    const cells: unknown[][] = [];
    for (const part of item.parts) {
      const height = part[0].values.length;
      for (let k = 0; k < height; k++) cells.push(part.map((col) => col.values[k][0]));
    }
    const count = r.generatedRows(cells);
    if (count === null) {
      outcomes.push({ old: r.old, fresh: r.fresh, kind: "beside", why: "edited" });
      continue;
    }
    const oldLastRow = r.firstRow + count - 1;
    // The user's cells below the generated rows stay where they are: only new rows reaching them
    // would be a problem, and then they are looked at closer.
    if (item.last > oldLastRow && r.freshLastRow > oldLastRow) {
      const area = `A${oldLastRow + 1}:${columnLetter(r.columns - 1)}${item.last}`;
      below.push({
        r,
        oldLastRow,
        used: item.ws.getRange(area).getUsedRangeOrNullObject(true).load("address"),
      });
      continue;
    }
    inPlace.push({ refresh: r, oldLastRow });
  }
  if (below.length) {
    await ctx.sync();
    for (const b of below) {
      const first = b.used.isNullObject
        ? Infinity
        : parseRange(b.used.address.slice(b.used.address.lastIndexOf("!") + 1).replace(/\$/g, "")).start.row +
          1;
      if (first <= b.r.freshLastRow)
        outcomes.push({ old: b.r.old, fresh: b.r.fresh, kind: "beside", why: "below", row: first });
      else inPlace.push({ refresh: b.r, oldLastRow: b.oldLastRow });
    }
  }
  for (const p of inPlace) outcomes.push({ old: p.refresh.old, fresh: p.refresh.fresh, kind: "inPlace" });
  // In the callers' order.
  outcomes.sort(
    (a, b) => refreshes.findIndex((r) => r.old === a.old) - refreshes.findIndex((r) => r.old === b.old),
  );
  return { inPlace, outcomes };
}

/** The cell right of the generated columns on the fresh sheet, row 1: 0 once started, 1 once copied. */
export function copiedMark(r: SheetRefresh): string {
  return `${columnLetter(r.columns)}1`;
}

/**
 * Queues the rewrite of one sheet: the fresh sheet marked started, the old one's generated rows
 * cleared (values and formats), the fresh rows copied over with their formats, the fresh sheet
 * marked copied, then deleted. Queued again after a
 * failed request, the same steps give the same sheet.
 */
export function queueRefresh(ctx: Excel.RequestContext, p: InPlace): void {
  const { refresh: r, oldLastRow } = p;
  const right = columnLetter(r.columns - 1);
  const old = ctx.workbook.worksheets.getItem(r.old);
  const fresh = ctx.workbook.worksheets.getItem(r.fresh);
  fresh.getRange(copiedMark(r)).values = [[0]];
  if (oldLastRow >= r.firstRow) old.getRange(`A${r.firstRow}:${right}${oldLastRow}`).clear("All");
  const block = `A${r.firstRow}:${right}${r.freshLastRow}`;
  old.getRange(block).copyFrom(`'${r.fresh.replace(/'/g, "''")}'!${block}`, "All");
  fresh.getRange(copiedMark(r)).values = [[1]];
  fresh.delete();
}
