/**
 * The KPI history: one snapshot (date, period, rep, period KPIs) per import, kept on a sheet of its
 * own and carried from last week's workbook into this week's. Earlier snapshots are values (what
 * the figures were that day; last week's data is no longer in the workbook); week-over-week change
 * and the trend are formulas over these rows. Pure: the CLI and the pane read the old sheet's cells
 * (historyRowsFromGrid), append this import (appendSnapshot) and write the sheet (buildHistorySheet).
 */
import { isLabel, labelForms } from "../../i18n/earlier-forms";
import type { HistoryTexts } from "../../i18n/sheets/history";
import { HISTORY_TEXTS } from "../../i18n/sheets/history";
import type { CrmPeriod } from "../../schemas/crm-import";
import type { InputIssue } from "../../schemas/errors";
import { isoFromSerial } from "../../schemas/dates";
import { columnLetter } from "../../workbook/a1";
import type { CellInput, SheetSpec } from "../../workbook/spec";
import { equalsCell } from "../criteria";
import { DATE_FORMAT, MONEY_FORMAT } from "./data-sheet";
import type { NormalizedImport } from "./normalize";
import { LOST, WON } from "./records";
import type { RawCell } from "./table";
import { importedText } from "./text";

export interface HistoryRow {
  /** Excel serial of the snapshot (the import's as-of date). */
  readonly date: number;
  readonly period: string;
  readonly rep: string;
  readonly team: string;
  /** null: not known (a multi-currency export, whose rates are typed in after the import). */
  readonly wonRevenue: number | null;
  readonly dealsWon: number;
  readonly dealsLost: number;
  readonly openPipeline: number | null;
}

/** The columns of the history table, left to right from column A. */
export const HISTORY_COLUMNS = [
  "date",
  "period",
  "rep",
  "team",
  "wonRevenue",
  "dealsWon",
  "dealsLost",
  "openPipeline",
] as const;

const HEADER_ROW = 5;

export interface HistoryLayout {
  readonly sheet: string;
  /** First and last 1-based rows of the table's data (last < first when there are none). */
  readonly firstRow: number;
  readonly lastRow: number;
  /** Cells (absolute, on the history sheet) with the latest and previous snapshot dates and the trend period. */
  readonly latestCell: string;
  readonly previousCell: string;
  readonly periodCell: string;
  /** The trend table: snapshot labels (text) in J, dates in K, team won revenue in L. */
  readonly trendFirstRow: number;
  readonly trendLastRow: number;
}

/**
 * This import's snapshot: each roster rep's figures in each period as the KPI sheet computes them
 * (won revenue and deals won or lost closing in the period, open deals expected to close in it). On
 * a split report money is credited by share and deals count whole, as on the KPI sheet's rep rows:
 * the team's won revenue (the trend) then counts a split deal once.
 */
export function crmSnapshot(
  imported: NormalizedImport,
  periods: readonly CrmPeriod[],
  asOf: number,
): HistoryRow[] {
  const r = imported.recordColumns;
  // A multi-currency export's amounts wait for rates typed into the data sheet.
  const amountsKnown = r.currencies.length <= 1;
  const rows: HistoryRow[] = [];
  for (const period of periods) {
    const sums = imported.roster.map(() => ({ won: 0, dealsWon: 0, dealsLost: 0, open: 0 }));
    for (let i = 0; i < r.length; i++) {
      const rep = r.owners[r.owner[i]].repIndex;
      const close = r.closeDate[i];
      if (rep < 0 || !(close >= period.start && close <= period.end)) continue;
      const s = sums[rep];
      // NaN share: the export has no share column (the whole deal); 1 where a split row left it blank.
      const share = r.share[i] === r.share[i] ? r.share[i] : 1;
      const amount = r.amount[i] === r.amount[i] ? r.amount[i] * share : 0;
      if (r.outcome[i] === WON) {
        s.won += amount;
        s.dealsWon++;
      } else if (r.outcome[i] === LOST) s.dealsLost++;
      else s.open += amount;
    }
    imported.roster.forEach((rep, k) =>
      rows.push({
        date: asOf,
        period: period.label,
        rep: rep.name,
        team: rep.team,
        wonRevenue: amountsKnown ? sums[k].won : null,
        dealsWon: sums[k].dealsWon,
        dealsLost: sums[k].dealsLost,
        openPipeline: amountsKnown ? sums[k].open : null,
      }),
    );
  }
  return rows;
}

/**
 * The history after this import: the earlier rows, without any of the snapshot's own date (an
 * import run twice the same day replaces its first run), then the snapshot, in date order.
 */
export function appendSnapshot(
  earlier: readonly HistoryRow[],
  snapshot: readonly HistoryRow[],
): HistoryRow[] {
  const dates = new Set(snapshot.map((s) => s.date));
  const kept = earlier.filter((row) => !dates.has(row.date));
  // A stable sort: rows of one date keep their order.
  return [...kept, ...snapshot].sort((a, b) => a.date - b.date);
}

function cellText(cell: RawCell | undefined): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

/** Whether `row` is the table's header in either language, in today's wording or an earlier one. */
function isHeader(row: readonly RawCell[] | undefined): boolean {
  return Object.values(HISTORY_TEXTS).some((t) =>
    HISTORY_COLUMNS.every((c, i) => isLabel(cellText(row?.[i]), t.col[c])),
  );
}

/** Whether `name` is the history sheet's name in either language (Excel compares names without case). */
export function isHistorySheetName(name: string): boolean {
  const key = name.toLowerCase();
  return Object.values(HISTORY_TEXTS).some((t) => labelForms(t.sheet).some((f) => f.toLowerCase() === key));
}

export type HistoryRead =
  { readonly ok: true; readonly rows: HistoryRow[] } | { readonly ok: false; readonly issues: InputIssue[] };

/**
 * The rows of a history sheet as read back (values, from column A, the sheet's first row first):
 * the table under its header, down to the first empty row. Dates are Excel serials. A cell that is
 * not what its column holds is an issue naming the sheet, the cell and the column.
 */
export function historyRowsFromGrid(
  grid: readonly (readonly RawCell[])[],
  sheet: string,
  file?: string,
): HistoryRead {
  const where = file !== undefined ? { file } : {};
  const header = grid.findIndex((row) => isHeader(row));
  if (header < 0) {
    const t = HISTORY_TEXTS;
    return {
      ok: false,
      issues: [
        {
          ...where,
          field: sheet,
          en: `no history table on sheet "${sheet}": its header row (${HISTORY_COLUMNS.map((c) => t["en-US"].col[c]).join(", ")}) was not found`,
          zh: `工作表“${sheet}”中没有历史表：找不到表头行（${HISTORY_COLUMNS.map((c) => t["zh-CN"].col[c]).join("、")}）`,
        },
      ],
    };
  }
  const rows: HistoryRow[] = [];
  const issues: InputIssue[] = [];
  for (let i = header + 1; i < grid.length; i++) {
    const cells = grid[i] ?? [];
    if (HISTORY_COLUMNS.every((_, c) => cellText(cells[c]) === "")) break;
    const bad = (c: number, en: string, zh: string) => {
      const address = `${columnLetter(c)}${i + 1}`;
      const col = HISTORY_COLUMNS[c];
      issues.push({
        ...where,
        field: `${sheet}!${address}`,
        en: `${HISTORY_TEXTS["en-US"].col[col]}: ${en} (found "${cellText(cells[c])}")`,
        zh: `${HISTORY_TEXTS["zh-CN"].col[col]}：${zh}（实际为“${cellText(cells[c])}”）`,
      });
    };
    const num = (c: number, blankOk: boolean): number | null => {
      const v = cells[c];
      if (typeof v === "number" && Number.isFinite(v)) return v;
      if (cellText(v) === "" && blankOk) return null;
      bad(c, "not a number", "不是数字");
      return null;
    };
    const date = num(0, false);
    if (date !== null && !(date >= 1 && Number.isInteger(date))) bad(0, "not a date", "不是日期");
    const period = cellText(cells[1]);
    const rep = cellText(cells[2]);
    if (period === "") bad(1, "empty", "为空");
    if (rep === "") bad(2, "empty", "为空");
    const wonRevenue = num(4, true);
    const dealsWon = num(5, false);
    const dealsLost = num(6, false);
    const openPipeline = num(7, true);
    rows.push({
      date: date ?? 0,
      period,
      rep,
      team: cellText(cells[3]),
      wonRevenue,
      dealsWon: dealsWon ?? 0,
      dealsLost: dealsLost ?? 0,
      openPipeline,
    });
  }
  return issues.length ? { ok: false, issues } : { ok: true, rows };
}

/**
 * The history sheet: the rows as values, the latest and previous snapshot dates by formula (the
 * previous is the largest date below the latest: LARGE past the latest date's rows), and the team's
 * won revenue in `trendPeriod` at each snapshot (SUMIFS over the rows) for the trend chart.
 */
export function buildHistorySheet(
  rows: readonly HistoryRow[],
  texts: HistoryTexts,
  trendPeriod: string,
): { sheet: SheetSpec; layout: HistoryLayout } {
  const first = HEADER_ROW + 1;
  const last = first + rows.length - 1;
  const n = Math.max(last, first);
  const col = (c: number) => `$${columnLetter(c)}$${first}:$${columnLetter(c)}$${n}`;
  const dates = col(0);
  const data: CellInput[][] = rows.map((r) => [
    r.date,
    importedText(r.period),
    importedText(r.rep),
    importedText(r.team),
    r.wonRevenue,
    r.dealsWon,
    r.dealsLost,
    r.openPipeline,
  ]);
  const snapshots = [...new Set(rows.map((r) => r.date))];
  const trendFirst = first;
  const trendLast = trendFirst + snapshots.length - 1;
  // The label is text: a chart's categories are read as text, and a date serial would show as one.
  const trend: CellInput[][] = snapshots.map((d, i) => [
    isoFromSerial(d),
    d,
    {
      formula: `=SUMIFS(${col(4)},${dates},"="&K${trendFirst + i},${col(1)},${equalsCell("$F$3", trendPeriod)})`,
    },
  ]);
  const c = texts.col;
  const sheet: SheetSpec = {
    name: texts.sheet,
    tabColor: "#7F7F7F",
    blocks: [
      { start: "A1", rows: [[texts.title], [texts.note]] },
      {
        start: "A3",
        rows: [
          [
            texts.latest,
            rows.length ? { formula: `=MAX(${dates})` } : null,
            texts.previous,
            rows.length ? { formula: `=IFERROR(LARGE(${dates},COUNTIF(${dates},"="&$B$3)+1),"")` } : null,
            texts.period,
            importedText(trendPeriod),
          ],
        ],
      },
      {
        start: `A${HEADER_ROW}`,
        rows: [HISTORY_COLUMNS.map((k) => c[k]), ...data],
      },
      {
        start: `J${HEADER_ROW - 1}`,
        rows: [[texts.trend.title], [texts.trend.label, texts.trend.date, texts.trend.wonRevenue], ...trend],
      },
    ],
    styles: [
      { range: "A1", style: "title" },
      { range: "A2", style: "note" },
      { range: "A3", style: "label" },
      { range: "C3", style: "label" },
      { range: "E3", style: "label" },
      { range: `A${HEADER_ROW}:H${HEADER_ROW}`, style: "header" },
      { range: `J${HEADER_ROW - 1}`, style: "subtitle" },
      { range: `J${HEADER_ROW}:L${HEADER_ROW}`, style: "header" },
      ...(snapshots.length ? [{ range: `L${trendFirst}:L${trendLast}`, style: "computed" as const }] : []),
    ],
    numberFormats: [
      { range: "B3", format: DATE_FORMAT },
      { range: "D3", format: DATE_FORMAT },
      ...(rows.length
        ? [
            { range: `A${first}:A${last}`, format: DATE_FORMAT },
            { range: `E${first}:E${last}`, format: MONEY_FORMAT },
            { range: `F${first}:G${last}`, format: "0" },
            { range: `H${first}:H${last}`, format: MONEY_FORMAT },
          ]
        : []),
      ...(snapshots.length
        ? [
            { range: `K${trendFirst}:K${trendLast}`, format: DATE_FORMAT },
            { range: `L${trendFirst}:L${trendLast}`, format: MONEY_FORMAT },
          ]
        : []),
    ],
    columns: [11, 9, 16, 12, 13, 9, 9, 13, 2, 11, 11, 13].map((width, i) => ({
      column: columnLetter(i),
      width,
    })),
    rows: [{ row: HEADER_ROW, height: 30 }],
    merges: ["A2:L2"],
    wrap: ["A2:L2", `A${HEADER_ROW}:L${HEADER_ROW}`],
    freeze: { rows: HEADER_ROW, columns: 0 },
    print: { orientation: "landscape", fitToWidth: true, titleRows: `${HEADER_ROW}:${HEADER_ROW}` },
  };
  return {
    sheet,
    layout: {
      sheet: texts.sheet,
      firstRow: first,
      lastRow: last,
      latestCell: "$B$3",
      previousCell: "$D$3",
      periodCell: "$F$3",
      trendFirstRow: trendFirst,
      trendLastRow: trendLast,
    },
  };
}

/** A snapshot date as the CLI reports it. */
export function snapshotDates(rows: readonly HistoryRow[]): string[] {
  return [...new Set(rows.map((r) => r.date))].map(isoFromSerial);
}
