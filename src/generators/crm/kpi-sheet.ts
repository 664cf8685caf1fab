/**
 * The KPI sheet: one row per rep and period (plus team and all-owner rows), every figure a native
 * SUMIFS/COUNTIFS formula over the data table, so a reader can trace each number to its deals.
 */
import { profileById } from "./profiles";
import type { CrmSheetTexts } from "../../i18n/sheets/crm";
import type { CrmPeriod, CrmTarget } from "../../schemas/crm-import";
import type { Rep } from "../../schemas/roster";
import { columnLetter, rowSpan, sheetRef } from "../../workbook/a1";
import { lastColumnOnPage } from "../../workbook/print-width";
import type {
  CellInput,
  ConditionalFormatSpec,
  RangeNumberFormat,
  RangeStyle,
  SheetSpec,
} from "../../workbook/spec";
import { equalsCell } from "./criteria";
import { DATE_FORMAT, DataLayout, MONEY_FORMAT, PERCENT_FORMAT } from "./data-sheet";
import { RowOwners, rowFigures } from "./kpi-figures";
import type { NormalizedImport } from "./normalize";
import { importedText } from "./text";

export const KPI_COLUMNS = [
  "period",
  "start",
  "end",
  "rep",
  "team",
  "wonRevenue",
  "collections",
  "collectionsNotWon",
  "newCustomers",
  "dealsWon",
  "dealsLost",
  "winRate",
  "dealsCreated",
  "conversionRate",
  "averageDeal",
  "salesCycle",
  "openPipeline",
  "weightedPipeline",
  "target",
  "remaining",
  "coverage",
] as const;

export type KpiColumn = (typeof KPI_COLUMNS)[number];
/** The figures a goal sheet may link its actuals to. */
export type KpiMetric = Exclude<KpiColumn, "period" | "start" | "end" | "rep" | "team">;

/** The largest number a cell holds in Excel (as written in criteria). */
const MAX_NUMBER = "9.99999999999999E+307";

export type KpiRowKind = "rep" | "other" | "team" | "all";

export interface KpiRowRef {
  readonly period: string;
  readonly kind: KpiRowKind;
  /** Rep name for rep rows, team name for team rows, "" otherwise. */
  readonly name: string;
  /** 1-based sheet row. */
  readonly row: number;
}

export interface KpiLayout {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<KpiColumn, number>>>;
  readonly rows: readonly KpiRowRef[];
}

const repRows = new WeakMap<KpiLayout, Map<string, KpiRowRef>>();

/**
 * The cell holding one figure, sheet-qualified and absolute ('CRM KPIs'!$F$5), for a goal sheet of
 * the same period to link its actual to; null when the sheet has no such row or figure.
 */
export function kpiReference(
  layout: KpiLayout,
  period: string,
  rep: string,
  metric: KpiMetric,
): string | null {
  let index = repRows.get(layout);
  if (!index) {
    // A goal sheet asks for every rep, metric and month: one lookup each, not a scan of the rows.
    index = new Map();
    for (const r of layout.rows) {
      const key = `${r.period}\u0000${r.name}`;
      if (r.kind === "rep" && !index.has(key)) index.set(key, r);
    }
    repRows.set(layout, index);
  }
  const row = index.get(`${period}\u0000${rep}`);
  const col = layout.columns[metric];
  if (!row || col === undefined) return null;
  return sheetRef(layout.sheet, `$${columnLetter(col)}$${row.row}`);
}

const FORMATS: Readonly<Partial<Record<KpiColumn, string>>> = {
  start: DATE_FORMAT,
  end: DATE_FORMAT,
  wonRevenue: MONEY_FORMAT,
  collections: MONEY_FORMAT,
  collectionsNotWon: MONEY_FORMAT,
  newCustomers: "0",
  dealsWon: "0",
  dealsLost: "0",
  winRate: PERCENT_FORMAT,
  dealsCreated: "0",
  conversionRate: PERCENT_FORMAT,
  averageDeal: MONEY_FORMAT,
  salesCycle: "0.0",
  openPipeline: MONEY_FORMAT,
  weightedPipeline: MONEY_FORMAT,
  target: MONEY_FORMAT,
  remaining: MONEY_FORMAT,
  coverage: '0.00"x"',
};

/** The deal counts, whole numbers unless a total row counts split deals by share. */
const COUNTS: ReadonlySet<KpiColumn> = new Set(["newCustomers", "dealsWon", "dealsLost", "dealsCreated"]);

const WIDTHS: Readonly<Partial<Record<KpiColumn, number>>> = {
  period: 11,
  start: 11,
  end: 11,
  rep: 18,
  team: 14,
};

/**
 * Targets kept on a goal sheet of the same workbook: the KPI sheet then points at them instead of
 * holding its own, so pipeline coverage measures the open pipeline against what the goal sheet says
 * is still to win. Each function gives a sheet-qualified cell ('Goals 2027-Q1'!$H$7) or null.
 */
export interface KpiGoalLinks {
  /** The goal sheet's name, for the note under the figures. */
  readonly sheet: string;
  /** The cell with the rep's revenue target for the period. */
  readonly target: (rep: Rep, period: CrmPeriod) => string | null;
  /**
   * The cell with what is left of that target (the goal sheet's gap); null: the KPI sheet works it
   * out as target - won revenue.
   */
  readonly remaining: (rep: Rep, period: CrmPeriod) => string | null;
}

export interface KpiSheetInput {
  readonly imported: NormalizedImport;
  readonly data: DataLayout;
  readonly periods: readonly CrmPeriod[];
  /** Typed-in targets, for reps and periods the goal links leave without one. */
  readonly targets: readonly CrmTarget[];
  readonly goalLinks?: KpiGoalLinks;
  readonly texts: CrmSheetTexts;
  readonly source: string;
}

interface PlannedRow {
  readonly kind: KpiRowKind;
  readonly rep?: Rep;
  readonly team?: string;
}

function teamsOf(roster: readonly Rep[]): string[] {
  const teams: string[] = [];
  for (const r of roster) if (r.team && !teams.includes(r.team)) teams.push(r.team);
  return teams;
}

/** The target of a rep in a period: one naming the period, else one without a period when there is one period. */
function targetFor(
  targets: readonly CrmTarget[],
  rep: string,
  period: CrmPeriod,
  periodCount: number,
): number | null {
  const exact = targets.find(
    (t) => t.rep === rep && t.period !== undefined && t.period.trim() === period.label,
  );
  if (exact) return exact.target;
  const open = targets.find((t) => t.rep === rep && t.period === undefined);
  return open && periodCount === 1 ? open.target : null;
}

/** The figures the sheet shows: those whose data columns the export has. */
function includedColumns(imported: NormalizedImport, payments: boolean): KpiColumn[] {
  const has = imported.has;
  const include: Record<KpiColumn, boolean> = {
    period: true,
    start: true,
    end: true,
    rep: true,
    team: true,
    wonRevenue: true,
    // Collected amounts count only by when they were received: a payment date column, or a payments export.
    collections: payments || (has.collected && has.paymentDate),
    // The part of them on deals or orders not won, which commission on collections does not pay (a
    // payments export's status is the payment's own: a voided payment is no money received).
    collectionsNotWon: !payments && has.collected && has.paymentDate,
    newCustomers: true,
    dealsWon: true,
    dealsLost: true,
    winRate: true,
    dealsCreated: has.createdDate,
    conversionRate: has.createdDate,
    averageDeal: true,
    salesCycle: has.createdDate,
    openPipeline: true,
    weightedPipeline: has.probability,
    target: true,
    remaining: true,
    coverage: true,
  };
  return KPI_COLUMNS.filter((c) => include[c]);
}

/** The rows of each period: the reps, the owners not on the roster, each team (of several), everyone. */
function plannedRows(imported: NormalizedImport, teams: readonly string[]): PlannedRow[] {
  const plan: PlannedRow[] = imported.roster.map((rep) => ({ kind: "rep" as const, rep }));
  if (imported.unknownOwners.length) plan.push({ kind: "other" });
  if (teams.length > 1) for (const team of teams) plan.push({ kind: "team", team });
  plan.push({ kind: "all" });
  return plan;
}

/** Whose deals the row counts: a rep (owner), a team, the owners not on the roster, or everyone. */
function rowOwners(p: PlannedRow, cell: (c: KpiColumn) => string, texts: CrmSheetTexts): RowOwners | null {
  switch (p.kind) {
    case "rep":
      return { column: "owner", cell: cell("rep"), value: p.rep!.name };
    case "team":
      return { column: "team", cell: cell("team"), value: p.team! };
    case "other":
      return { column: "team", cell: cell("team"), value: texts.notOnRoster };
    case "all":
      return null;
  }
}

/** The period, rep and team cells of a row. */
function rowLabels(
  p: PlannedRow,
  period: CrmPeriod,
  texts: CrmSheetTexts,
): Partial<Record<KpiColumn, CellInput>> {
  const t = texts.kpi;
  return {
    period: importedText(period.label),
    start: period.start,
    end: period.end,
    rep:
      p.kind === "rep"
        ? importedText(p.rep!.name)
        : p.kind === "other"
          ? importedText(texts.notOnRoster)
          : p.kind === "team"
            ? t.teamTotal
            : t.allTotal,
    team:
      p.kind === "rep"
        ? importedText(p.rep!.team)
        : p.kind === "team"
          ? importedText(p.team!)
          : p.kind === "other"
            ? importedText(texts.notOnRoster)
            : null,
  };
}

/** Where a row is on the sheet, for the cells that point at other rows of its period. */
interface RowPlace {
  readonly n: number;
  /** The row of the period's first rep. */
  readonly first: number;
  readonly letter: (c: KpiColumn) => string;
}

/**
 * A row's target: a rep's is linked to the goal sheet or typed in (its style said in `styles`); a
 * team's and everyone's sum their reps' targets, blank when none has one.
 */
function targetCell(
  p: PlannedRow,
  period: CrmPeriod,
  place: RowPlace,
  input: KpiSheetInput,
  styles: RangeStyle[],
): CellInput {
  const { n, first, letter: L } = place;
  const roster = input.imported.roster;
  if (p.kind === "rep") {
    const linked = input.goalLinks?.target(p.rep!, period);
    if (linked) {
      styles.push({ range: `${L("target")}${n}`, style: "computed" });
      return { formula: `=IF(${linked}="","",${linked})` };
    }
    styles.push({ range: `${L("target")}${n}`, style: "input" });
    return targetFor(input.targets, p.rep!.name, period, input.periods.length);
  }
  if ((p.kind === "team" || p.kind === "all") && roster.length) {
    // Range forms over the period's rep rows, short for any team size (a list of cells would
    // pass Excel's 255 arguments and 8,192 characters with a large team). The count of numbers
    // ("" is an unlinked target) has a criteria form: every number is at most Excel's largest.
    const repRows = (c: KpiColumn) => `$${L(c)}$${first}:$${L(c)}$${first + roster.length - 1}`;
    const targets = repRows("target");
    if (p.kind === "all") return { formula: `=IF(COUNT(${targets})=0,"",SUM(${targets}))` };
    const team = `${repRows("team")},${equalsCell(`$${L("team")}${n}`, p.team!)}`;
    return {
      formula: `=IF(COUNTIFS(${team},${targets},"<=${MAX_NUMBER}")=0,"",SUMIFS(${targets},${team}))`,
    };
  }
  return null;
}

/** The figure rows of every period, where each is, and the styles of their targets and totals. */
function figureRows(
  input: KpiSheetInput,
  columns: readonly KpiColumn[],
  letter: (c: KpiColumn) => string,
  headerRow: number,
): { rows: CellInput[][]; refs: KpiRowRef[]; styles: RangeStyle[] } {
  const { imported, data, texts } = input;
  const L = letter;
  const payments = profileById(imported.profile.id)?.payments === true;
  const plan = plannedRows(imported, teamsOf(imported.roster));
  const rows: CellInput[][] = [];
  const refs: KpiRowRef[] = [];
  const styles: RangeStyle[] = [];
  let n = headerRow + 1;
  for (const period of input.periods) {
    const first = n;
    for (const p of plan) {
      const cell = (c: KpiColumn) => `$${L(c)}${n}`;
      const at = (c: KpiColumn) => `${L(c)}${n}`;
      const figures = rowFigures({
        data,
        texts,
        payments,
        whose: rowOwners(p, cell, texts),
        cell,
        at,
        linkedRemaining: p.kind === "rep" ? (input.goalLinks?.remaining(p.rep!, period) ?? null) : null,
        total: p.kind !== "rep",
      });
      const labels = rowLabels(p, period, texts);
      const target = targetCell(p, period, { n, first, letter: L }, input, styles);
      rows.push(
        columns.map((c): CellInput => {
          if (c in labels) return labels[c] ?? null;
          if (c === "target") return target;
          const f = figures(c as KpiMetric);
          return f === null ? null : { formula: `=${f}` };
        }),
      );
      refs.push({
        period: period.label,
        kind: p.kind,
        name: p.kind === "rep" ? p.rep!.name : (p.team ?? ""),
        row: n,
      });
      if (p.kind !== "rep")
        styles.push({ range: `A${n}:${L(columns[columns.length - 1])}${n}`, style: "total" });
      n++;
    }
  }
  return { rows, refs, styles };
}

/** The note under the title: the source, and why collections are missing when they are. */
function titleNote(input: KpiSheetInput, columns: readonly KpiColumn[]): string {
  const { imported, texts } = input;
  const t = texts.kpi;
  const undated = imported.has.collected && !columns.includes("collections");
  const collectedHeader = imported.columns.find((c) => c.field === "collected")?.header ?? "";
  return t.note(input.source, input.data.sheet) + (undated ? t.collectionsUndated(collectedHeader) : "");
}

export function buildKpiSheet(input: KpiSheetInput): { sheet: SheetSpec; layout: KpiLayout } {
  const { imported, texts } = input;
  const t = texts.kpi;
  const payments = profileById(imported.profile.id)?.payments === true;
  const columns = includedColumns(imported, payments);
  const idx: Partial<Record<KpiColumn, number>> = {};
  columns.forEach((c, i) => (idx[c] = i));
  const L = (c: KpiColumn) => columnLetter(idx[c]!);
  const headerRow = 4;
  const { rows, refs, styles } = figureRows(input, columns, L, headerRow);

  const lastRow = headerRow + rows.length;
  const lastLetter = columnLetter(columns.length - 1);
  const split = input.data.columns.share !== undefined;
  const numberFormats: RangeNumberFormat[] = [];
  for (const c of columns) {
    // A total row of a split report counts deals by share (0.4 of a deal): shown as they are.
    const f = split && COUNTS.has(c) ? "General" : FORMATS[c];
    if (f && lastRow > headerRow)
      numberFormats.push({ range: `${L(c)}${headerRow + 1}:${L(c)}${lastRow}`, format: f });
  }
  const conditionalFormats: ConditionalFormatSpec[] =
    lastRow > headerRow
      ? [
          {
            type: "dataBar",
            range: `${L("wonRevenue")}${headerRow + 1}:${L("wonRevenue")}${lastRow}`,
            color: "#5B9BD5",
          },
        ]
      : [];
  const header = columns.map((c) => t[c]);
  const notesStart = lastRow + 2;
  const definitions = [
    ...(input.goalLinks
      ? [...t.definitions.slice(0, -1), t.targetsLinked(input.goalLinks.sheet)]
      : t.definitions),
    ...(idx.collectionsNotWon !== undefined ? [t.collectionsByOutcome] : []),
    ...(split ? [t.splitCredit] : []),
  ];
  const widths = columns.map((c) => WIDTHS[c] ?? 14);
  // The notes run across the columns of the first printed page (the table prints over pages
  // across); their rows are fitted to the text (fitWrappedRows).
  const last = lastColumnOnPage(widths);
  const notes = [rowSpan(2, 0, last), ...definitions.map((_, i) => rowSpan(notesStart + i, 0, last))];
  const sheet: SheetSpec = {
    name: texts.sheet.kpi,
    tabColor: "#2E75B6",
    blocks: [
      { start: "A1", rows: [[t.title], [importedText(titleNote(input, columns))]] },
      { start: `A${headerRow}`, rows: [header, ...rows] },
      { start: `A${notesStart}`, rows: definitions.map((d) => [d]) },
    ],
    styles: [
      { range: "A1", style: "title" },
      { range: "A2", style: "note" },
      { range: `A${headerRow}:${lastLetter}${headerRow}`, style: "header" },
      ...styles,
      { range: `A${notesStart}:A${notesStart + definitions.length - 1}`, style: "note" },
    ],
    numberFormats,
    conditionalFormats,
    columns: widths.map((width, i) => ({ column: columnLetter(i), width })),
    rows: [{ row: headerRow, height: 32 }],
    merges: notes,
    freeze: { rows: headerRow, columns: idx.team! + 1 },
    // At full size over pages across (fitted to one page wide it printed at 4 pt), the period and
    // rep columns on each page.
    print: {
      orientation: "landscape",
      titleRows: `${headerRow}:${headerRow}`,
      titleColumns: `A:${L("team")}`,
    },
  };
  return { sheet, layout: { sheet: texts.sheet.kpi, headerRow, columns: idx, rows: refs } };
}
