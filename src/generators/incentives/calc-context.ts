/**
 * What the Calculation sheet's writers share: the sheet's context (model, texts, layouts) and, per row
 * of a rep and pay period, where the row is and how its cells are addressed and set.
 */
import type { Locale } from "../../i18n";
import type { IncentiveSheetTexts } from "../../i18n/sheets/incentives";
import type { PlanModel, PlanPeriod } from "../../kpi/plan/model";
import { sheetRef } from "../../workbook/a1";
import { Grid, at, atColumn, formula } from "./grid";
import type { AwardsLayout, CalcLayout, TeamsLayout } from "./layout";
import type { PlanSheet } from "./plan-sheet";

export interface CalcContext {
  readonly model: PlanModel;
  readonly texts: IncentiveSheetTexts;
  readonly plan: PlanSheet;
  readonly layout: CalcLayout;
  readonly teams: TeamsLayout;
  readonly awards: AwardsLayout;
  readonly sheetNames: { readonly teams: string; readonly awards: string };
  /** The sheets' language, for the texts of the added mechanics; absent: en-US. */
  readonly locale?: Locale;
  /**
   * [rep][measure][period]: a formula for the rep's own actual (a SUMIFS over an imported CRM data
   * table, crm-actuals.ts) instead of the model's value; null or absent: the value.
   */
  readonly actualFormulas?: readonly (readonly (readonly (string | null)[])[])[];
}

/** One row of the Calculation sheet: rep `r` in pay period `p`, at sheet row `y`. */
export interface CalcRow {
  readonly ctx: CalcContext;
  readonly g: Grid;
  readonly rep: PlanModel["reps"][number];
  readonly r: number;
  readonly period: PlanPeriod;
  readonly p: number;
  readonly y: number;
  /** The rep's row on the Plan sheet. */
  readonly repRow: number;
  /** The row's cell in a column (relative). */
  readonly A: (col: number) => string;
  /** Sets a formula in the row. */
  readonly set: (col: number, body: string) => void;
  /** The row's rep name and period number, their column absolute (for SUMPRODUCT keys). */
  readonly rowRef: { readonly rep: string; readonly period: string };
  /** The rep's hire and leave dates on the Plan sheet. */
  readonly hire: string;
  readonly leave: string;
  /** The row's days in the period and days employed in it. */
  readonly inPeriod: string;
  readonly days: string;
}

export function calcRow(ctx: CalcContext, g: Grid, r: number, p: number, repRow: number): CalcRow {
  const { model, layout, plan } = ctx;
  const c = layout.col;
  const y = layout.row(r, p);
  const A = (col: number) => at(y, col);
  return {
    ctx,
    g,
    rep: model.reps[r],
    r,
    period: model.periods[p],
    p,
    y,
    repRow,
    A,
    set: (col, body) => g.set(y, col, formula(body)),
    rowRef: { rep: atColumn(y, c.rep), period: atColumn(y, c.period) },
    hire: plan.grid.ref(repRow, plan.col.hireDate),
    leave: plan.grid.ref(repRow, plan.col.leaveDate),
    inPeriod: A(c.periodDays),
    days: A(c.daysEmployed),
  };
}

/** A cell of the Plan sheet, by its grid position. */
export const planRef = (ctx: CalcContext, row: number, col: number): string => ctx.plan.grid.ref(row, col);

/** A cell of another sheet (Teams, Awards), absolute. */
export const otherSheetRef = (sheet: string, row: number, col: number): string =>
  sheetRef(sheet, at(row, col, true));
