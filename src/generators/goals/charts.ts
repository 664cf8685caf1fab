/**
 * The goal sheet's charts: actual against target by rep (columns with a target line) and pace
 * (actual against expected to date), for the plan's first summed metric. The goal table holds one row
 * per rep and metric, so one metric's rows are not adjacent; a small table under it gathers them
 * by formula (rep, actual, target, expected), and the charts draw from that.
 */
import { chartTexts } from "../../i18n/sheets/charts";
import type { ChartSpec } from "../../workbook/spec";
import type { GoalContext } from "./context";
import { SheetDraft, f } from "./draft";
import { at, columnLetter } from "./layout";
import { metricFormat } from "./goals-sheet";

/** Rows of chart height per rep, with a floor for small teams: bars stay readable. */
/**
 * At most 20 rows (300 pt): with the title rows repeated above it, a chart started on a page of its
 * own fits on it (30 rows crossed the page's end and printed its axis over the next page's header).
 */
const CHART_ROWS = (reps: number) => Math.max(16, Math.min(20, 8 + reps));

/** Writes the chart data under the goal table and returns the charts drawn from it. */
export function addGoalCharts(ctx: GoalContext, sheet: SheetDraft): ChartSpec[] {
  const { plan, layout, t } = ctx;
  const k = plan.metrics.findIndex((m) => m.aggregation === "sum");
  if (k < 0 || plan.reps.length === 0) return [];
  const metric = plan.metrics[k];
  const ct = chartTexts(ctx.locale).goals;
  const g = layout.goals;
  const c = g.cols;
  const name = ctx.metricName(metric);
  // Under the table and the note that may follow it (last + 2).
  const heading = g.lastRow + 4;
  const header = heading + 1;
  const first = header + 1;
  const last = first + plan.reps.length - 1;
  sheet.set(heading, 0, ct.dataHeading(name));
  sheet.style(at(heading, 0), "subtitle");
  sheet.setRow(header, 0, [t.col.rep, t.col.actual, t.col.target, t.col.expected]);
  sheet.style(SheetDraft.range(header, 0, header, 3), "header");
  plan.reps.forEach((_, i) => {
    const r = g.row(i, k);
    sheet.setRow(first + i, 0, [
      f(`${columnLetter(c.rep)}${r}`),
      f(`${columnLetter(c.actual)}${r}`),
      f(`${columnLetter(c.target)}${r}`),
      f(`${columnLetter(c.expected)}${r}`),
    ]);
  });
  sheet.style(SheetDraft.range(first, 0, last, 3), "computed");
  sheet.format(SheetDraft.range(first, 1, last, 3), metricFormat(metric, plan.currency));

  const reps = `A${first}:A${last}`;
  const height = CHART_ROWS(plan.reps.length);
  // Below the first page (about 30 rows of 15 pt in the 487 pt of a landscape page), the chart data
  // and the charts start a printed page of their own: a chart across a page break prints in two.
  if (sheet.print && heading + height > 30) sheet.print = { ...sheet.print, breaksBefore: [heading] };
  // Two charts side by side right of the data, from column F (the goal sheet's wide columns).
  const left = 5;
  const mid = 11;
  const right = 17;
  const common = {
    categories: reps,
    categoryAxisTitle: ct.repAxis,
    valueAxisTitle: name,
    valueFormat: metricFormat(metric, plan.currency),
  };
  return [
    {
      ...common,
      type: "combo",
      title: ct.attainmentTitle(name),
      series: [
        { name: t.col.actual, values: `B${first}:B${last}` },
        { name: t.col.target, values: `C${first}:C${last}`, as: "line" },
      ],
      from: at(heading, left),
      to: at(heading + height, mid),
    },
    {
      ...common,
      type: "column",
      title: ct.paceTitle(name),
      series: [
        { name: t.col.actual, values: `B${first}:B${last}` },
        { name: t.col.expected, values: `D${first}:D${last}` },
      ],
      from: at(heading, mid + 1),
      to: at(heading + height, right),
    },
  ];
}
