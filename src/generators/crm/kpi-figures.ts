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
  /** The cell of the rep's linked remaining target, when the goal sheet holds it. */
  readonly linkedRemaining: string | null;
  /**
   * The row totals several owners (a team, the owners not on the roster, everyone): on an export
   * with credit shares its deal counts are credited by share, so a split deal counts once.
   */
  readonly total: boolean;
}

/** A criterion that also has a SUMPRODUCT form: the comparison that follows its range (>=$B5). */
interface Condition extends Criterion {
  readonly compare: string;
}

/** The criteria of one row, shared by its figures. */
function rowCriteria(row: KpiRowFormulas) {
  const { whose, cell, texts } = row;
  const is = (column: DataColumn, word: string): Condition => ({
    column,
    test: equalsText(word),
    compare: `=${literal(word)}`,
  });
  const inPeriod = (column: DataColumn): Condition[] => [
    { column, test: onOrAfter(cell("start")), compare: `>=${cell("start")}` },
    { column, test: onOrBefore(cell("end")), compare: `<=${cell("end")}` },
  ];
  const who: Condition[] = whose
    ? [{ column: whose.column, test: equalsCell(whose.cell, whose.value), compare: `=${whose.cell}` }]
    : [];
  const closed = inPeriod("closeDate");
  const created = inPeriod("createdDate");
  const wonInPeriod = [is("outcome", texts.outcome.won), ...closed, ...who];
  const lostInPeriod = [is("outcome", texts.outcome.lost), ...closed, ...who];
  const openInPeriod = [is("outcome", texts.outcome.open), ...closed, ...who];
  const createdWon = [...created, is("outcome", texts.outcome.won), ...who];
  const cycle: Condition[] = [...wonInPeriod, { column: "createdDate", test: `">0"`, compare: ">0" }];
  const paid = [...inPeriod("paymentDate"), ...who];
  const notWon: Condition = {
    column: "outcome",
    test: literal(`<>${texts.outcome.won}`),
    compare: `<>${literal(texts.outcome.won)}`,
  };
  const paidNotWon = [...paid, notWon];
  return { who, created, wonInPeriod, lostInPeriod, openInPeriod, createdWon, cycle, paid, paidNotWon };
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
  const share = data.columns.share !== undefined ? `,${dataRange(data, "share")}` : "";
  return `SUMPRODUCT(${terms.join("*")},${dataRange(data, "amount")},${dataRange(data, "probability")}${share})`;
}

/**
 * A column summed over the criteria with each row credited its owner's share: value x share has no
 * SUMIFS form, so SUMPRODUCT, its comparisons coerced to numbers by the products (Excel counts a
 * bare TRUE in SUMPRODUCT as 0). Equality is exact there: names need no wildcard escapes.
 */
function creditedSum(data: DataLayout, value: DataColumn | null, criteria: readonly Condition[]): string {
  const factors = criteria.map((c) => `(${dataRange(data, c.column)}${c.compare})`);
  const values = value === null ? [] : [dataRange(data, value)];
  return `SUMPRODUCT(${[...factors, ...values, dataRange(data, "share")].join("*")})`;
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
  const { data, at } = row;
  // Credit shares (a split report: one row per owner and deal): money is credited by share on every
  // row, as commission pays it, so the rep rows add up to the totals and a split deal's amount is
  // counted once. A rep's deal counts take a split deal whole (the rep won the deal, the share is
  // credit for its money); a total row counts it by share, once over its owners.
  const split = data.columns.share !== undefined;
  const byShare = split && row.total;
  const money = (value: DataColumn, criteria: readonly Condition[]) =>
    split ? creditedSum(data, value, criteria) : sumIfs(data, value, criteria);
  const perDeal = (value: DataColumn, criteria: readonly Condition[]) =>
    byShare ? creditedSum(data, value, criteria) : sumIfs(data, value, criteria);
  const count = (criteria: readonly Condition[]) =>
    byShare ? sumIfs(data, "share", criteria) : countIfs(data, criteria);
  switch (c) {
    case "wonRevenue":
      return money("amount", k.wonInPeriod);
    case "collections":
      // Money received counts whatever became of its deal (a deposit on an order still pending, money
      // on an order voided later): it was received. A payments export's rows are the payments
      // themselves, whose status is their own: a voided (lost) or pending (open) one is no money in.
      return row.payments ? money("amount", k.wonInPeriod) : money("collected", k.paid);
    case "collectionsNotWon":
      // Commission on collections pays won deals only: this part of the collections is what it
      // leaves out, so collections - this = the commission base of the row's owner and period.
      return money("collected", k.paidNotWon);
    case "newCustomers":
      // The flag is on the rows of each customer's first won deal (every owner's row of a split
      // deal): a rep's row counts it whole, a total row by share, so the customer is one there.
      return perDeal("newCustomer", k.wonInPeriod);
    case "dealsWon":
      return count(k.wonInPeriod);
    case "dealsLost":
      return count(k.lostInPeriod);
    case "winRate":
      return `IF(${at("dealsWon")}+${at("dealsLost")}=0,"",${at("dealsWon")}/(${at("dealsWon")}+${at("dealsLost")}))`;
    case "dealsCreated":
      return count([...k.created, ...k.who]);
    case "conversionRate":
      return `IF(${at("dealsCreated")}=0,"",${count(k.createdWon)}/${at("dealsCreated")})`;
    case "averageDeal": {
      // The size of the deals won: a rep's split deal at its whole amount (credited revenue over
      // whole deals would shrink it); on a total row credited revenue over deals counted by share.
      const won = split && !row.total ? sumIfs(data, "amount", k.wonInPeriod) : at("wonRevenue");
      return `IF(${at("dealsWon")}=0,"",${won}/${at("dealsWon")})`;
    }
    case "salesCycle":
      return `IFERROR((${perDeal("closeDate", k.cycle)}-${perDeal("createdDate", k.cycle)})/${count(k.cycle)},"")`;
    case "openPipeline":
      return money("amount", k.openInPeriod);
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
