/**
 * The Credit splits sheet's quota credit columns, for plans where a split credits quota apart from
 * pay (overlays): the quota share (blank = the pay share) and the quota credited, which the
 * calculation sums into attainment while commission stays on the pay share.
 */
import type { Locale } from "../../i18n";
import { INCENTIVE_MECHANICS_TEXTS } from "../../i18n/sheets/incentive-mechanics";
import type { PlanModel } from "../../kpi/plan/model";
import { FORMATS, Grid, at, columnRange, formula, text } from "./grid";
import { NAMES } from "./names";
import { SPARE_ROWS } from "./statement-sheets";

/** Columns after the sheet's own eight (deal ... deal shares total). */
const SHARE_COL = 8;

export function addQuotaCreditColumns(g: Grid, model: PlanModel, locale: Locale): void {
  const t = INCENTIVE_MECHANICS_TEXTS[locale].credits;
  const header = 3;
  const top = header + 1;
  const rows = model.credits.length + SPARE_ROWS;
  g.header(header, SHARE_COL, [text(t.quotaShare), text(t.quotaCredited)]);
  model.credits.forEach((c, i) => {
    if (c.quotaShare !== undefined) g.set(top + i, SHARE_COL, c.quotaShare);
  });
  for (let i = 0; i < rows; i++) {
    const y = top + i;
    // Deal amount (col 5) x the quota share, or x the pay share (col 4) when it is blank.
    g.set(
      y,
      SHARE_COL + 1,
      formula(`IF(${at(y, SHARE_COL)}="",${at(y, 5)}*${at(y, 4)},${at(y, 5)}*${at(y, SHARE_COL)})`),
    );
  }
  g.styleCells(top, SHARE_COL, rows, 1, "input");
  g.styleCells(top, SHARE_COL + 1, rows, 1, "computed");
  g.formatCells(top, SHARE_COL, rows, 1, FORMATS.percent);
  g.formatCells(top, SHARE_COL + 1, rows, 1, FORMATS.money);
  const last = top + rows - 1;
  g.define(NAMES.creditQuotaShare, columnRange(SHARE_COL, top, last));
  g.define(NAMES.creditQuotaCredited, columnRange(SHARE_COL + 1, top, last));
  g.width(SHARE_COL, 16);
  g.width(SHARE_COL + 1, 14);
}
