/**
 * The deal list of a pay statement paid from a CRM export: per measure and period, the rep's deals
 * that earned (deal, close or payment date, amount, credit share, credited amount) and a total row.
 * The list's figures are the export's data (static values); in the team workbook each credited cell
 * is amount x share by formula and the total row sums the list and says, by formula, whether it
 * equals the statement's credited line of the period (which reads the Calculation sheet, whose
 * actual is the SUMIFS over the data table). A private file gets the same rows as values.
 */
import type { Locale } from "../../i18n";
import { STATEMENT_DEAL_TEXTS } from "../../i18n/sheets/statement-deals";
import type { PlanModel } from "../../kpi/plan/model";
import { FORMATS, Grid, at, formula, text } from "./grid";
import { quote } from "./proration";

/** One deal (or one owner's split of it) credited to a rep in a period. */
export interface StatementDeal {
  readonly rep: number;
  readonly measure: number;
  readonly period: number;
  readonly deal: string;
  /** Close date (bookings) or payment date (回款), an Excel serial; null for a plan's credit split. */
  readonly date: number | null;
  /** The deal's (or payment's) whole amount. */
  readonly amount: number;
  /** The rep's credit share, 0..1 (1 when the export has no splits). */
  readonly share: number;
  /** amount x share: what the rep is credited. */
  readonly credited: number;
}

export interface StatementDeals {
  /** The measures whose deals are listed, and what their date column means. */
  readonly measures: readonly { readonly measure: number; readonly dated: "close" | "payment" }[];
  readonly deals: readonly StatementDeal[];
}

interface Group {
  readonly measure: number;
  readonly period: number;
  readonly deals: readonly StatementDeal[];
}

/** Each rep's groups (measure by measure, period by period), the deals in date order. */
export function groupDeals(model: PlanModel, deals: StatementDeals): Group[][] {
  const order = new Map(deals.measures.map((m, k) => [m.measure, k]));
  const byRep: StatementDeal[][] = model.reps.map(() => []);
  for (const d of deals.deals) byRep[d.rep]?.push(d);
  return byRep.map((list) => {
    const groups = new Map<string, StatementDeal[]>();
    const sorted = [...list].sort(
      (a, b) =>
        (order.get(a.measure) ?? 0) - (order.get(b.measure) ?? 0) ||
        a.period - b.period ||
        (a.date ?? Infinity) - (b.date ?? Infinity) ||
        a.deal.localeCompare(b.deal),
    );
    for (const d of sorted) {
      const key = `${d.measure}:${d.period}`;
      const g = groups.get(key);
      if (g) g.push(d);
      else groups.set(key, [d]);
    }
    return [...groups.values()].map((g) => ({ measure: g[0].measure, period: g[0].period, deals: g }));
  });
}

/** Rows of a rep's deal list: heading, column header, groups (title, deals, total) or "none", a gap. */
function rowsOf(groups: readonly Group[]): number {
  const body = groups.length ? groups.reduce((n, g) => n + g.deals.length + 2, 0) : 1;
  return 2 + body + 1;
}

/** The rows the deal list takes in every block of the team sheet: the longest rep's list. */
export function dealSectionRows(grouped: readonly (readonly Group[])[] | null): number {
  if (!grouped) return 0;
  return grouped.reduce((n, g) => Math.max(n, rowsOf(g)), 0);
}

/** The rows rep r's own list takes (a private file holds no other rep's length). */
export function repDealRows(grouped: readonly (readonly Group[])[] | null, r: number): number {
  return grouped ? rowsOf(grouped[r]) : 0;
}

/** Columns the list uses (deal, date, amount, share, credited). */
export const DEAL_COLUMNS = 5;

export interface DealSectionOptions {
  readonly model: PlanModel;
  readonly locale: Locale;
  readonly deals: StatementDeals;
  readonly groups: readonly Group[];
  readonly mode: "formula" | "value";
  /** The money format of the statement. */
  readonly money: string;
  /** The address of the measure's credited figure of a period in this block. */
  readonly creditedCell: (measure: number, period: number) => string;
  /**
   * Before a row `height` points tall goes at row y: the row to write it at, after a continuation
   * page's heading and (inside the list) the repeated column header (StatementPager.place).
   */
  readonly place?: (
    y: number,
    height: number,
    after?: (y: number) => { rows: number; height: number },
  ) => number;
}

/** Height of a row of the list. */
const ROW = 15;

/** Writes rep's deal list from row `top` (0-based); returns the rows written. */
export function writeDealSection(g: Grid, top: number, o: DealSectionOptions): number {
  const t = STATEMENT_DEAL_TEXTS[o.locale];
  const kinds = new Set(o.deals.measures.map((m) => m.dated));
  const dateHead = kinds.size === 1 ? t.date[[...kinds][0]] : t.date.mixed;
  const place = o.place ?? ((y: number) => y);
  const header = (y: number) => {
    g.setRow(y, 0, [t.deal, dateHead, t.amount, t.share, t.credited]);
    g.styleCells(y, 0, 1, DEAL_COLUMNS, "header");
    return { rows: 1, height: ROW };
  };
  // The heading stays with the column header and the first group's title and deal.
  let y = place(top, (o.groups.length ? 4 : 3) * ROW);
  g.set(y, 0, text(t.heading));
  g.style(at(y, 0), "label");
  y++;
  header(y);
  y++;
  if (!o.groups.length) {
    g.set(y, 0, text(t.none));
    y++;
  }
  o.groups.forEach((group, k) => {
    const measure = o.model.measures[group.measure].name;
    const period = o.model.periods[group.period].label;
    // A group's title stays with its first deal; the first group's title is placed with the heading.
    if (k > 0) y = place(y, 2 * ROW, header);
    g.set(y, 0, text(t.group(measure, period)));
    g.style(at(y, 0), "label");
    y++;
    const first = y;
    group.deals.forEach((d, i) => {
      if (i > 0) y = place(y, ROW, header);
      g.setRow(y, 0, [
        text(d.deal || t.planCredit),
        d.date ?? null,
        d.amount,
        d.share,
        o.mode === "formula" ? formula(`${at(y, 2)}*${at(y, 3)}`) : d.credited,
      ]);
      y++;
    });
    const last = y - 1;
    y = place(y, ROW, header);
    g.formatCells(first, 1, last - first + 1, 1, FORMATS.date);
    g.formatCells(first, 2, last - first + 1, 1, o.money);
    g.formatCells(first, 3, last - first + 1, 1, FORMATS.percent);
    g.formatCells(first, 4, last - first + 1, 1, o.money);
    const label = t.total(measure, period);
    if (o.mode === "formula") {
      const sum = at(y, 4);
      const credited = o.creditedCell(group.measure, group.period);
      // The check: the list's total against the credited line, which reads the Calculation sheet.
      g.set(
        y,
        0,
        formula(
          `${quote(label)}&IF(ROUND(${sum}-${credited},2)=0,${quote(t.ties)},${quote(t.differs)}&TEXT(${sum}-${credited},"#,##0.00"))`,
        ),
      );
      g.set(y, 4, formula(`SUM(${at(first, 4)}:${at(last, 4)})`));
    } else {
      g.set(y, 0, text(`${label}${t.ties}`));
      g.set(
        y,
        4,
        group.deals.reduce((s, d) => s + d.credited, 0),
      );
    }
    g.formatCells(y, 4, 1, 1, o.money);
    g.styleCells(y, 0, 1, DEAL_COLUMNS, "total");
    y++;
  });
  // And a gap under the list.
  return y - top + 1;
}
