/**
 * Team and manager roll-ups: per group and metric, the reps' targets, actuals and expected values
 * summed (averaged for rate metrics) with attainment, gap, pace, projection and status computed on the
 * totals; the same for all reps; and the average scorecard score per team.
 */
import type { GoalMetric } from "../../schemas/goals";
import type { SheetSpec } from "../../workbook/spec";
import { equalsCell } from "../criteria";
import type { GoalContext } from "./context";
import { DATA_BAR_COLOR, GUIDE_PROTECTION, PERCENT_FORMAT, SheetDraft, f, txt } from "./draft";
import {
  ProgressRefs,
  attainmentFormula,
  gapFormula,
  paceFormula,
  projectedFormula,
  statusFormula,
} from "./formulas";
import { metricFormat, ragByStatus } from "./goals-sheet";
import { columnLetter, ext, extRange } from "./layout";

/** Columns of a roll-up block. */
export const ROLLUP = {
  group: 0,
  metric: 1,
  reps: 2,
  target: 3,
  actual: 4,
  attainment: 5,
  gap: 6,
  expected: 7,
  pace: 8,
  projected: 9,
  status: 10,
} as const;

export interface RollupRow {
  /** Team or manager name; null for the all-reps block. */
  readonly group: string | null;
  readonly metric: number;
  readonly row: number;
}

export interface TeamsLayout {
  readonly byTeam: readonly RollupRow[];
  readonly byManager: readonly RollupRow[];
  readonly all: readonly RollupRow[];
  /** Rows of the team scorecard block: columns A team, B reps, C average score. */
  readonly teamScores: readonly { readonly team: string; readonly row: number }[];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

export function teamsLayout(ctx: GoalContext): TeamsLayout {
  const { plan, t } = ctx;
  const teams = unique(plan.reps.map((r) => r.team));
  const managers = unique(plan.reps.map((r) => r.manager || t.noManager));
  let row = 4;
  const block = (groups: readonly (string | null)[]): RollupRow[] => {
    row += 2; // section title, header
    const rows: RollupRow[] = [];
    for (const group of groups) {
      plan.metrics.forEach((_, metric) => rows.push({ group, metric, row: row++ }));
    }
    row += 1;
    return rows;
  };
  const byTeam = block(teams);
  const byManager = block(managers);
  const all = block([null]);
  row += 2;
  const teamScores = teams.map((team) => ({ team, row: row++ }));
  return { byTeam, byManager, all, teamScores };
}

export function teamsSheet(ctx: GoalContext): SheetSpec {
  const { plan, layout, t, title } = ctx;
  const g = layout.goals;
  const G = layout.names.goals;
  const sheet = new SheetDraft(layout.names.teams, "#2E75B6");
  const tl = teamsLayout(ctx);
  const TOL = ext(layout.names.settings, layout.settings.toleranceRow, 1);
  const goalsCol = (c: number) => extRange(G, g.firstRow, g.lastRow, c);
  const METRIC = goalsCol(g.cols.metric);
  const last = ROLLUP.status;

  sheet.set(1, 0, txt(t.heading(title, plan.period.label, t.teamsTitle)));
  sheet.style("A1", "title");
  sheet.set(2, 0, t.teamsNote);
  sheet.style("A2", "note");
  sheet.merges.push(SheetDraft.range(2, 0, 2, last));
  sheet.rowSpecs.push({ row: 2, height: 30 });

  const headers = (row: number, groupLabel: string | null) => {
    sheet.setRow(row, 0, [
      groupLabel,
      t.col.metric,
      t.col.reps,
      t.col.target,
      t.col.actual,
      t.col.attainment,
      t.col.gap,
      t.col.expected,
      t.col.pace,
      t.col.projected,
      t.col.status,
    ]);
    sheet.style(SheetDraft.range(row, 0, row, last), "header");
  };

  const block = (
    rows: readonly RollupRow[],
    sectionTitle: string,
    groupLabel: string | null,
    groupCol: number | null,
  ) => {
    if (!rows.length) return;
    const top = rows[0].row;
    sheet.set(top - 2, 0, sectionTitle);
    sheet.style(`A${top - 2}`, "subtitle");
    headers(top - 1, groupLabel);
    for (const { group, metric, row } of rows) {
      const m = plan.metrics[metric];
      const ref = (c: number) => `${columnLetter(c)}${row}`;
      // Numbers, never bare TRUE/FALSE, inside SUMPRODUCT: Excel counts booleans in its arrays as 0.
      const cond =
        groupCol === null
          ? `--(${METRIC}=$B${row})`
          : `(${goalsCol(groupCol)}=$A${row})*(${METRIC}=$B${row})`;
      const total = (c: number) => `SUMPRODUCT(${cond},${goalsCol(c)})`;
      // The mean of the numbers among the matching rows ("" actuals left out): AVERAGEIFS, as
      // ISNUMBER over a range inside SUMPRODUCT is not evaluated as an array by every engine.
      const criteria = [
        ...(groupCol === null ? [] : [`${goalsCol(groupCol)},${equalsCell(`$A${row}`, group ?? "")}`]),
        `${METRIC},${equalsCell(`$B${row}`, ctx.metricName(m))}`,
      ].join(",");
      const mean = (c: number) => `IFERROR(AVERAGEIFS(${goalsCol(c)},${criteria}),"")`;
      const refs: ProgressRefs = {
        target: ref(ROLLUP.target),
        actual: ref(ROLLUP.actual),
        expected: ref(ROLLUP.expected),
        tolerance: TOL,
      };
      const sum = m.aggregation === "sum";
      sheet.setRow(row, 0, [
        txt(group ?? t.allRepsLabel),
        txt(ctx.metricName(m)),
        f(`SUMPRODUCT(${cond})`),
        f(sum ? total(g.cols.target) : mean(g.cols.target)),
        f(sum ? total(g.cols.actual) : mean(g.cols.actual)),
        f(attainmentFormula(refs, m.direction, m.aggregation)),
        f(gapFormula(refs, m.direction, m.aggregation)),
        sum ? f(total(g.cols.expected)) : null,
        sum ? f(paceFormula(refs, m.direction)) : null,
        sum ? f(projectedFormula(refs)) : null,
        f(statusFormula(refs, m.direction, m.aggregation, t.status)),
      ]);
      formatRow(sheet, row, m, plan.currency);
    }
    const a = rows[0].row;
    const b = rows[rows.length - 1].row;
    sheet.style(SheetDraft.range(a, 0, b, 1), "label");
    sheet.style(SheetDraft.range(a, ROLLUP.reps, b, last), "computed");
    const statusRange = SheetDraft.range(a, ROLLUP.status, b, ROLLUP.status);
    const cell = `$${columnLetter(ROLLUP.status)}${a}`;
    sheet.conditionalFormats.push(...ragByStatus(statusRange, cell, t.status), {
      type: "dataBar",
      range: SheetDraft.range(a, ROLLUP.attainment, b, ROLLUP.attainment),
      color: DATA_BAR_COLOR,
    });
  };
  block(tl.byTeam, t.byTeam, t.col.team, g.cols.team);
  block(tl.byManager, t.byManager, t.col.manager, g.cols.manager);
  block(tl.all, t.allReps, null, null);

  // Average score per team, from the scorecard sheet.
  if (tl.teamScores.length) {
    const sc = layout.scorecard;
    const C = layout.names.scorecard;
    const lastRep = sc.firstRow + plan.reps.length - 1;
    const TEAM = extRange(C, sc.firstRow, lastRep, 1);
    const SCORE = extRange(C, sc.firstRow, lastRep, sc.scoreCol);
    const top = tl.teamScores[0].row;
    sheet.set(top - 2, 0, t.scoreByTeam);
    sheet.style(`A${top - 2}`, "subtitle");
    sheet.setRow(top - 1, 0, [t.col.team, t.col.reps, t.col.averageScore]);
    sheet.style(SheetDraft.range(top - 1, 0, top - 1, 2), "header");
    for (const { team, row } of tl.teamScores) {
      sheet.setRow(row, 0, [
        txt(team),
        f(`SUMPRODUCT(--(${TEAM}=$A${row}))`),
        f(`IF(B${row}=0,"",SUMPRODUCT((${TEAM}=$A${row})*${SCORE})/B${row})`),
      ]);
    }
    const bottom = tl.teamScores[tl.teamScores.length - 1].row;
    sheet.style(SheetDraft.range(top, 0, bottom, 0), "label");
    sheet.style(SheetDraft.range(top, 1, bottom, 2), "computed");
    sheet.format(SheetDraft.range(top, 2, bottom, 2), PERCENT_FORMAT);
    sheet.conditionalFormats.push({
      type: "dataBar",
      range: SheetDraft.range(top, 2, bottom, 2),
      color: DATA_BAR_COLOR,
    });
  }

  sheet.columns.push({ column: "A", width: 22 }, { column: "B", width: 18 }, { column: "C", width: 8 });
  for (let c = ROLLUP.target; c <= last; c++) sheet.columns.push({ column: columnLetter(c), width: 14 });
  sheet.protection = GUIDE_PROTECTION;
  // Fitted to one page wide it printed under 8 pt: at full size over pages across instead.
  sheet.print = { orientation: "landscape", titleRows: "1:2", titleColumns: "A:B" };
  return sheet.toSpec();
}

function formatRow(sheet: SheetDraft, row: number, metric: GoalMetric, currency: string): void {
  const fmt = metricFormat(metric, currency);
  sheet.format(SheetDraft.range(row, ROLLUP.target, row, ROLLUP.actual), fmt);
  sheet.format(SheetDraft.range(row, ROLLUP.attainment, row, ROLLUP.attainment), PERCENT_FORMAT);
  sheet.format(SheetDraft.range(row, ROLLUP.gap, row, ROLLUP.expected), fmt);
  sheet.format(SheetDraft.range(row, ROLLUP.pace, row, ROLLUP.pace), PERCENT_FORMAT);
  sheet.format(SheetDraft.range(row, ROLLUP.projected, row, ROLLUP.projected), fmt);
}
