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

/** Writes the chart data under the calculation table (0-based rows) and returns the chart. */
export function addPayoutChart(
  grid: Grid,
  model: PlanModel,
  layout: CalcLayout,
  texts: IncentiveSheetTexts,
  locale: Locale,
): ChartSpec[] {
  const R = model.reps.length;
  if (R === 0) return [];
  const P = model.periods.length;
  const ct = chartTexts(locale).incentives;
  const c = layout.col;
  const heading = layout.lastRow + 3;
  const header = heading + 1;
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
  const height = Math.max(16, Math.min(30, 8 + R));
  return [
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
      from: at(heading, 4),
      to: at(heading + height, 11),
    },
  ];
}
