/**
 * The payout chart of the incentive workbook: net earned and payable year to date by rep. The
 * Calculation sheet holds one row per rep and period, so a small table under it gathers each rep's
 * figures by formula (earned summed over the rep's periods, payable to date from the last one) and
 * the chart draws from that.
 */
import type { Locale } from "../../i18n";
import { chartTexts } from "../../i18n/sheets/charts";
import type { IncentiveSheetTexts } from "../../i18n/sheets/incentives";
import type { PlanModel } from "../../kpi/plan/model";
import type { ChartSpec } from "../../workbook/spec";
import { FORMATS, Grid, at, formula } from "./grid";
import type { CalcLayout } from "./layout";

/**
 * Writes the payout chart and its data under the calculation table (0-based rows): the chart first,
 * in the columns of the first printed page, then its data, so that with a page break before the
 * heading (`breakBefore`, 1-based) the chart prints whole on a page of its own instead of cut at
 * the edges of a sheet printed at full size over pages across.
 */
export function addPayoutChart(
  grid: Grid,
  model: PlanModel,
  layout: CalcLayout,
  texts: IncentiveSheetTexts,
  locale: Locale,
): { charts: ChartSpec[]; breakBefore?: number } {
  const R = model.reps.length;
  if (R === 0) return { charts: [] };
  const P = model.periods.length;
  const ct = chartTexts(locale).incentives;
  const c = layout.col;
  const heading = layout.lastRow + 3;
  // Rows of about 15 pt: at most 24 of them stay on a landscape page under the repeated header.
  const height = Math.max(16, Math.min(24, 8 + R));
  const header = heading + height + 2;
  const first = header + 1;
  const last = first + R - 1;
  grid.set(heading, 0, ct.payoutTitle);
  grid.style(at(heading, 0), "subtitle");
  grid.header(header, 0, [texts.common.rep, texts.calc.earned, texts.calc.ytd]);
  model.reps.forEach((_, r) => {
    const from = layout.row(r, 0);
    const to = layout.row(r, P - 1);
    grid.setRow(first + r, 0, [
      formula(at(from, c.rep)),
      formula(`SUM(${at(from, c.earned)}:${at(to, c.earned)})`),
      formula(at(to, c.ytd)),
    ]);
  });
  grid.styleCells(first, 0, R, 3, "computed");
  grid.formatCells(first, 1, R, 2, FORMATS.money);
  const rows = `${first + 1}:${last + 1}`.split(":");
  return {
    breakBefore: heading + 1,
    charts: [
      {
        type: "column",
        title: ct.payoutTitle,
        categories: `A${rows[0]}:A${rows[1]}`,
        series: [
          { name: texts.calc.earned, values: `B${rows[0]}:B${rows[1]}` },
          { name: texts.calc.ytd, values: `C${rows[0]}:C${rows[1]}` },
        ],
        categoryAxisTitle: ct.repAxis,
        valueAxisTitle: ct.amountAxis,
        valueFormat: "#,##0",
        // Columns A:D, 58 characters: inside the first page's 80 (workbook/print-width.ts).
        from: at(heading + 1, 0),
        to: at(heading + 1 + height, 4),
      },
    ],
  };
}
