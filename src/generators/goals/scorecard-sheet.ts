/**
 * The scorecard: per rep, the attainment of each metric (read from the goals sheet), the weighted
 * score (the sum of the goal rows' weighted scores, capped and gated there) and the rank.
 */
import type { SheetSpec } from "../../workbook/spec";
import type { GoalContext } from "./context";
import { DATA_BAR_COLOR, GUIDE_PROTECTION, PERCENT_FORMAT, SheetDraft, f, txt } from "./draft";
import { ragByValue, toleranceName } from "./goals-sheet";
import { TOLERANCE_NAME, at, columnLetter, ext } from "./layout";
import { quoteSheetName } from "../../workbook/a1";

export function scorecardSheet(ctx: GoalContext): SheetSpec {
  const { plan, layout, t, title } = ctx;
  const sc = layout.scorecard;
  const g = layout.goals;
  const G = layout.names.goals;
  const sheet = new SheetDraft(layout.names.scorecard, "#2E75B6");
  const K = plan.metrics.length;
  const first = sc.firstRow;
  const last = first + plan.reps.length - 1;
  const scoreCol = columnLetter(sc.scoreCol);

  sheet.set(1, 0, txt(t.heading(title, plan.period.label, t.scorecardTitle)));
  sheet.style("A1", "title");
  sheet.set(2, 0, t.scorecardNote);
  sheet.style("A2", "note");
  sheet.merges.push(SheetDraft.range(2, 0, 2, Math.max(sc.rankCol, 6)));
  sheet.rowSpecs.push({ row: 2, height: 30 });
  sheet.setRow(sc.headerRow, 0, [
    t.col.rep,
    t.col.team,
    t.col.manager,
    ...plan.metrics.map((m) => t.attainmentOf(ctx.metricName(m))),
    t.col.score,
    t.col.rank,
  ]);
  sheet.style(SheetDraft.range(sc.headerRow, 0, sc.headerRow, sc.rankCol), "header");
  sheet.rowSpecs.push({ row: sc.headerRow, height: 32 });

  plan.reps.forEach((rep, i) => {
    const r = first + i;
    const firstGoal = g.row(i, 0);
    const lastGoal = g.row(i, K - 1);
    const score = `${quoteSheetName(G)}!${at(firstGoal, g.cols.score)}:${at(lastGoal, g.cols.score)}`;
    sheet.setRow(r, 0, [
      txt(rep.name),
      txt(rep.team),
      txt(rep.manager || t.noManager),
      ...plan.metrics.map((_, k) => f(ext(G, g.row(i, k), g.cols.attainment, false))),
      f(`SUM(${score})`),
      f(`RANK(${scoreCol}${r},$${scoreCol}$${first}:$${scoreCol}$${last})`),
    ]);
  });
  sheet.style(SheetDraft.range(first, 0, last, 2), "label");
  sheet.style(SheetDraft.range(first, sc.firstMetricCol, last, sc.rankCol), "computed");
  sheet.format(SheetDraft.range(first, sc.firstMetricCol, last, sc.scoreCol), PERCENT_FORMAT);
  const scoreRange = SheetDraft.range(first, sc.scoreCol, last, sc.scoreCol);
  sheet.names.push(toleranceName(layout));
  sheet.conditionalFormats.push(...ragByValue(scoreRange, `${scoreCol}${first}`, TOLERANCE_NAME), {
    type: "dataBar",
    range: SheetDraft.range(first, sc.firstMetricCol, last, sc.firstMetricCol + K - 1),
    color: DATA_BAR_COLOR,
  });
  sheet.columns.push({ column: "A", width: 20 }, { column: "B", width: 14 }, { column: "C", width: 14 });
  for (let k = 0; k <= K; k++) sheet.columns.push({ column: columnLetter(sc.firstMetricCol + k), width: 14 });
  sheet.columns.push({ column: columnLetter(sc.rankCol), width: 8 });
  sheet.freeze = { rows: sc.headerRow, columns: 1 };
  sheet.protection = GUIDE_PROTECTION;
  sheet.print = { orientation: "landscape", fitToWidth: true, titleRows: `1:${sc.headerRow}` };
  return sheet.toSpec();
}
