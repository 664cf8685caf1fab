/**
 * The formulas of one KPI row: each figure a native SUMIFS/COUNTIFS (or SUMPRODUCT where no
 * criteria form exists) over the data table, restricted to the row's owners and period.
 */
import type { CrmSheetTexts } from "../../i18n/sheets/crm";
import {
  Criterion,
  countIfs,
  equalsCell,
  equalsText,
  literal,
  onOrAfter,
  onOrBefore,
  sumIfs,
} from "./criteria";
import { DataColumn, DataLayout, dataRange } from "./data-sheet";
import type { KpiColumn, KpiMetric } from "./kpi-sheet";

/** Whose deals a row counts: a rep (owner), a team, the owners not on the roster; null: everyone. */
export interface RowOwners {
  readonly column: DataColumn;
  /** The row's cell that holds the name ($D5). */
  readonly cell: string;
  /** The name the cell holds when generated. */
  readonly value: string;
}

export interface KpiRowFormulas {
  readonly data: DataLayout;
  readonly texts: CrmSheetTexts;
  /** A payments (回款) export: its rows are the collections, dated by their payment date. */
  readonly payments: boolean;
  readonly whose: RowOwners | null;
  /** The row's cell of a column, column absolute ($F5). */
  readonly cell: (c: KpiColumn) => string;
  /** The row's cell of a column, relative (F5). */
  readonly at: (c: KpiColumn) => string;
  /** The cell of the rep's (or total's) linked remaining target, when the goal sheet holds it. */
  readonly linkedRemaining: string | null;
}

/** The criteria of one row, shared by its figures. */
function rowCriteria(row: KpiRowFormulas) {
  const { whose, cell, texts } = row;
  const who: Criterion[] = whose ? [{ column: whose.column, test: equalsCell(whose.cell, whose.value) }] : [];
  const closed: Criterion[] = [
    { column: "closeDate", test: onOrAfter(cell("start")) },
    { column: "closeDate", test: onOrBefore(cell("end")) },
  ];
  const created: Criterion[] = [
    { column: "createdDate", test: onOrAfter(cell("start")) },
    { column: "createdDate", test: onOrBefore(cell("end")) },
  ];
  const wonInPeriod: Criterion[] = [
    { column: "outcome", test: equalsText(texts.outcome.won) },
    ...closed,
    ...who,
  ];
  const openInPeriod: Criterion[] = [
    { column: "outcome", test: equalsText(texts.outcome.open) },
    ...closed,
    ...who,
  ];
  const cycle: Criterion[] = [...wonInPeriod, { column: "createdDate", test: `">0"` }];
  return { who, closed, created, wonInPeriod, openInPeriod, cycle };
}

/** Amount x probability has no SUMIFS form; SUMPRODUCT takes both columns as they are. */
function weightedPipeline(row: KpiRowFormulas): string {
  const { data, texts, whose, cell } = row;
  const terms = [
    `(${dataRange(data, "outcome")}=${literal(texts.outcome.open)})`,
    `(${dataRange(data, "closeDate")}>=${cell("start")})`,
    `(${dataRange(data, "closeDate")}<=${cell("end")})`,
    ...(whose ? [`(${dataRange(data, whose.column)}=${whose.cell})`] : []),
  ];
  return `SUMPRODUCT(${terms.join("*")},${dataRange(data, "amount")},${dataRange(data, "probability")})`;
}

/**
 * The row's formula of each figure (without the leading "="); null for the target, which is an input
 * or a link. Asked per column on the sheet only: a figure's data column may not exist (no created
 * date ...).
 */
export function rowFigures(row: KpiRowFormulas): (c: KpiMetric) => string | null {
  const k = rowCriteria(row);
  return (c) => figureFormula(c, row, k);
}

function figureFormula(c: KpiMetric, row: KpiRowFormulas, k: ReturnType<typeof rowCriteria>): string | null {
  const { data, at, cell } = row;
  switch (c) {
    case "wonRevenue":
      return sumIfs(data, "amount", k.wonInPeriod);
    case "collections":
      return row.payments
        ? sumIfs(data, "amount", k.wonInPeriod)
        : sumIfs(data, "collected", [
            { column: "paymentDate", test: onOrAfter(cell("start")) },
            { column: "paymentDate", test: onOrBefore(cell("end")) },
            ...k.who,
          ]);
    case "newCustomers":
      return sumIfs(data, "newCustomer", k.wonInPeriod);
    case "dealsWon":
      return countIfs(data, k.wonInPeriod);
    case "dealsLost":
      return countIfs(data, [
        { column: "outcome", test: equalsText(row.texts.outcome.lost) },
        ...k.closed,
        ...k.who,
      ]);
    case "winRate":
      return `IF(${at("dealsWon")}+${at("dealsLost")}=0,"",${at("dealsWon")}/(${at("dealsWon")}+${at("dealsLost")}))`;
    case "dealsCreated":
      return countIfs(data, [...k.created, ...k.who]);
    case "conversionRate":
      return `IF(${at("dealsCreated")}=0,"",${countIfs(data, [...k.created, { column: "outcome", test: equalsText(row.texts.outcome.won) }, ...k.who])}/${at("dealsCreated")})`;
    case "averageDeal":
      return `IF(${at("dealsWon")}=0,"",${at("wonRevenue")}/${at("dealsWon")})`;
    case "salesCycle":
      return `IFERROR((${sumIfs(data, "closeDate", k.cycle)}-${sumIfs(data, "createdDate", k.cycle)})/${countIfs(data, k.cycle)},"")`;
    case "openPipeline":
      return sumIfs(data, "amount", k.openInPeriod);
    case "weightedPipeline":
      return weightedPipeline(row);
    case "remaining": {
      const linked = row.linkedRemaining;
      // A blank gap on the goal sheet is "" (a reference to it would show 0).
      if (linked) return `IF(${linked}="","",${linked})`;
      return `IF(${at("target")}="","",MAX(0,${at("target")}-${at("wonRevenue")}))`;
    }
    case "coverage":
      return `IF(OR(${at("remaining")}="",${at("remaining")}=0),"",${at("openPipeline")}/${at("remaining")})`;
    case "target":
      return null;
  }
}
