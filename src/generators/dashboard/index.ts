/**
 * The weekly dashboard (周例会看板): one landscape page for the team's weekly meeting. The team's
 * target, actual, attainment and pace for the plan's first summed metric; each rep's attainment,
 * pace, status, weighted score and rank; the coaching focus (weakest funnel stage) and overdue
 * follow-ups when CRM sheets are there; the top performer and the best team; two charts. Every
 * figure is a formula over the goal, scorecard and CRM sheets of the same workbook, so the page
 * follows when actuals change. Pure: no I/O.
 */
import type { Locale } from "../../i18n";
import { crmTexts } from "../../i18n/sheets/crm";
import { dashboardTexts } from "../../i18n/sheets/dashboard";
import { goalSheetTexts } from "../../i18n/sheets/goals";
import type { GoalPlan } from "../../schemas/goals";
import { quoteSheetName } from "../../workbook/a1";
import type { CellInput, ChartSpec, SheetSpec } from "../../workbook/spec";
import { equalsCell } from "../criteria";
import type { FunnelLayout } from "../crm/funnel-sheet";
import type { HistoryLayout } from "../crm/history";
import { historyTexts } from "../../i18n/sheets/history";
import { PERCENT_FORMAT, SheetDraft, f, txt } from "../goals/draft";
import { metricFormat, ragByStatus } from "../goals/goals-sheet";
import { attainmentFormula } from "../goals/formulas";
import { GoalLayout, at, columnLetter, goalLayout } from "../goals/layout";
import { MIN_PRINT_SCALE, fitScale, fitsOnePage } from "../../workbook/print-width";

export interface DashboardFunnel {
  readonly sheet: string;
  /**
   * The funnel sheet's per-rep summary row of each rep (weakest stage in B), known when generated:
   * looking the rep up by name (MATCH, COUNTIF) would read * ? ~ in names as wildcards.
   */
  readonly summaryRows: readonly { readonly rep: string; readonly row: number }[];
  /** The team block's stage rows: stage in A, deals in B. */
  readonly stageFirst: number;
  readonly stageLast: number;
}

export interface DashboardInput {
  readonly locale: Locale;
  readonly plan: GoalPlan;
  /** The goal sheets' layout, with the names they have in the workbook. */
  readonly goals: GoalLayout;
  readonly funnel?: DashboardFunnel;
  /** The CRM follow-up sheet: rep in column A, days overdue in column K. */
  readonly followUpSheet?: string;
  /** The CRM history sheet: week-over-week change per rep and the trend chart read it. */
  readonly history?: HistoryLayout;
}

/** The funnel sheet's rows a dashboard reads, from the layout the CRM generator returns. */
export function dashboardFunnel(layout: FunnelLayout): DashboardFunnel | undefined {
  if (!layout.summaryRows.length || !layout.stages.length) return undefined;
  return {
    sheet: layout.sheet,
    summaryRows: layout.summaryRows,
    stageFirst: layout.team.firstStageRow,
    stageLast: layout.team.firstStageRow + layout.stages.length - 1,
  };
}

/** The rep's weakest funnel stage: the summary cell of the row the rep has there, matched as Excel matches (case aside). */
function weakestStage(funnel: DashboardFunnel, sheetRef: string, rep: string): CellInput {
  const key = rep.toLocaleLowerCase();
  const found = funnel.summaryRows.find((s) => s.rep.toLocaleLowerCase() === key);
  return found ? f(`IFERROR(${sheetRef}!$B$${found.row}&"","")`) : "";
}

/**
 * Column widths A to L, in characters: the page fits one landscape sheet at about 90%. Column L
 * (won this week) is there only with a history sheet.
 */
const WIDTHS = [12, 12, 12, 12, 11, 9, 10, 8, 6, 18, 9, 10];
const CHART_ROWS = 15;
/** Height of a row of 11 pt text. */
const ROW_POINTS = 15;

export function buildDashboardSheet(input: DashboardInput): SheetSpec {
  const { plan, goals: layout, locale } = input;
  const t = dashboardTexts(locale);
  const gt = goalSheetTexts(locale);
  // The plan's first summed metric (revenue, as a rule). A plan of levels alone (rates, averages)
  // shows its first metric with team figures averaged: a sum of rates means nothing, and a level
  // has no expected-to-date, so pace stays blank as on the goal sheet's roll-ups.
  const summed = plan.metrics.findIndex((m) => m.aggregation === "sum");
  const k = summed >= 0 ? summed : 0;
  const metric = plan.metrics[k];
  const sum = metric.aggregation === "sum";
  const metricName = locale === "zh-CN" ? metric.name.zh : metric.name.en;
  const money = metricFormat(metric, plan.currency);
  const G = quoteSheetName(layout.names.goals);
  const S = quoteSheetName(layout.names.settings);
  const SC = quoteSheetName(layout.names.scorecard);
  const g = layout.goals;
  const c = g.cols;
  const goal = (i: number, col: number) => `${G}!$${columnLetter(col)}$${g.row(i, k)}`;
  const sheet = new SheetDraft(t.sheet, "#C00000");
  const history = input.history;
  const widths = history ? WIDTHS : WIDTHS.slice(0, -1);
  const lastCol = widths.length - 1;
  const R = plan.reps.length;

  sheet.set(1, 0, txt(t.title(plan.period.label)));
  sheet.style("A1", "title");
  sheet.set(2, 0, t.note);
  sheet.style("A2", "note");
  sheet.merges.push(SheetDraft.range(2, 0, 2, lastCol));
  sheet.wrap.push(SheetDraft.range(2, 0, 2, lastCol));
  sheet.setRow(3, 0, [t.asOf, f(`${S}!$B$${layout.settings.asOfRow}`), null, t.metric, txt(metricName)]);
  sheet.style("A3", "label");
  sheet.style("D3", "label");
  sheet.format("B3", "yyyy-mm-dd");

  // The rep table first (the tiles above sum it).
  const repsTitle = 8;
  const header = repsTitle + 1;
  const first = header + 1;
  const last = first + R - 1;
  sheet.set(repsTitle, 0, t.repsTitle);
  sheet.style(at(repsTitle, 0), "subtitle");
  const h = t.col;
  sheet.setRow(header, 0, [
    h.rep,
    h.team,
    h.target,
    h.actual,
    h.attainment,
    h.pace,
    h.status,
    h.score,
    h.rank,
    h.focus,
    h.overdue,
    ...(history ? [historyTexts(locale).weekChange] : []),
  ]);
  sheet.style(SheetDraft.range(header, 0, header, lastCol), "header");
  const sc = layout.scorecard;
  const funnel = input.funnel;
  const F = funnel ? quoteSheetName(funnel.sheet) : "";
  const U = input.followUpSheet ? quoteSheetName(input.followUpSheet) : "";
  const H = history ? quoteSheetName(history.sheet) : "";
  // The rep's won revenue in the history's period at a snapshot (the date in `dateCell`).
  const hcol = (c: string) =>
    history ? `${H}!$${c}$${history.firstRow}:$${c}$${Math.max(history.lastRow, history.firstRow)}` : "";
  const wonAt = (r: number, rep: string, dateCell: string) =>
    `SUMIFS(${hcol("E")},${hcol("C")},${equalsCell(`$A${r}`, rep)},${hcol("B")},"="&${H}!${history?.periodCell},${hcol("A")},"="&${H}!${dateCell})`;
  plan.reps.forEach((rep, i) => {
    const r = first + i;
    sheet.setRow(r, 0, [
      f(goal(i, c.rep)),
      f(goal(i, c.team)),
      f(goal(i, c.target)),
      f(goal(i, c.actual)),
      f(goal(i, c.attainment)),
      f(goal(i, c.pace)),
      f(goal(i, c.status)),
      f(`${SC}!$${columnLetter(sc.scoreCol)}$${sc.firstRow + i}`),
      f(`${SC}!$${columnLetter(sc.rankCol)}$${sc.firstRow + i}`),
      funnel ? weakestStage(funnel, F, rep.name) : null,
      input.followUpSheet
        ? f(`COUNTIFS(${U}!$A:$A,${equalsCell(`$A${r}`, rep.name)},${U}!$K:$K,">0")`)
        : null,
      ...(history
        ? [
            f(
              `IF(N(${H}!${history.previousCell})=0,"",${wonAt(r, rep.name, history.latestCell)}-${wonAt(r, rep.name, history.previousCell)})`,
            ),
          ]
        : []),
    ]);
  });
  if (R > 0) {
    sheet.style(SheetDraft.range(first, 0, last, lastCol), "computed");
    sheet.format(SheetDraft.range(first, 2, last, 3), money);
    sheet.format(SheetDraft.range(first, 4, last, 5), PERCENT_FORMAT);
    sheet.format(SheetDraft.range(first, 7, last, 7), PERCENT_FORMAT);
    sheet.format(SheetDraft.range(first, 8, last, 8), "0");
    sheet.format(SheetDraft.range(first, 10, last, 10), "0");
    if (history) sheet.format(SheetDraft.range(first, 11, last, 11), money);
    sheet.conditionalFormats.push(
      ...ragByStatus(SheetDraft.range(first, 6, last, 6), `$G${first}`, gt.status),
      { type: "dataBar", range: SheetDraft.range(first, 4, last, 4), color: "#5B9BD5" },
      { type: "dataBar", range: SheetDraft.range(first, 10, last, 10), color: "#ED7D31" },
    );
  }

  // Teams: target, actual and attainment, by formula over the rep table.
  const teams = [...new Set(plan.reps.map((rep) => rep.team))];
  const teamsTitle = last + 2;
  const teamHeader = teamsTitle + 1;
  const teamFirst = teamHeader + 1;
  const teamLast = teamFirst + Math.max(teams.length, 1) - 1;
  sheet.set(teamsTitle, 0, t.teamsTitle);
  sheet.style(at(teamsTitle, 0), "subtitle");
  sheet.setRow(teamHeader, 0, [h.team, h.target, h.actual, h.attainment]);
  sheet.style(SheetDraft.range(teamHeader, 0, teamHeader, 3), "header");
  const reps = (col: string) => `$${col}$${first}:$${col}$${last}`;
  // Attainment as the goal sheet words it (direction, blank actuals of levels); no leading "=".
  const attainment = (target: string, actual: string) =>
    attainmentFormula(
      { target, actual, expected: "", tolerance: "" },
      metric.direction,
      metric.aggregation,
    ).slice(1);
  teams.forEach((team, j) => {
    const r = teamFirst + j;
    const of = (col: string) =>
      sum
        ? `SUMIFS(${reps(col)},${reps("B")},${equalsCell(`$A${r}`, team)})`
        : `IFERROR(AVERAGEIFS(${reps(col)},${reps("B")},${equalsCell(`$A${r}`, team)}),"")`;
    sheet.setRow(r, 0, [txt(team), f(of("C")), f(of("D")), f(attainment(`B${r}`, `C${r}`))]);
  });
  sheet.style(SheetDraft.range(teamFirst, 0, teamLast, 3), "computed");
  sheet.format(SheetDraft.range(teamFirst, 1, teamLast, 2), money);
  sheet.format(SheetDraft.range(teamFirst, 3, teamLast, 3), PERCENT_FORMAT);

  // The tiles: team totals, the top performer (highest weighted score), the best team.
  const tilesLabel = 5;
  const tiles = tilesLabel + 1;
  sheet.setRow(tilesLabel, 0, [
    t.kpi.target,
    t.kpi.actual,
    t.kpi.attainment,
    t.kpi.expected,
    t.kpi.pace,
    null,
    t.topPerformer,
    null,
    null,
    t.bestTeam,
  ]);
  // Expected to date over the goal sheet's rows of the metric named in E3: a range form, so the
  // formula stays short for any team (a list of 1,000 cells passed Excel's 255 arguments).
  const goalCol = (col: number) =>
    `${G}!$${columnLetter(col)}$${g.firstRow}:$${columnLetter(col)}$${g.lastRow}`;
  const expected = `SUMIFS(${goalCol(c.expected)},${goalCol(c.metric)},${equalsCell("$E$3", metricName)})`;
  const teamAtt = `$D$${teamFirst}:$D$${teamLast}`;
  const total = (col: string) => (sum ? `SUM(${reps(col)})` : `IFERROR(AVERAGE(${reps(col)}),"")`);
  sheet.setRow(tiles, 0, [
    f(total("C")),
    f(total("D")),
    f(attainment(`A${tiles}`, `B${tiles}`)),
    R && sum ? f(expected) : "",
    sum ? f(`IF(N(D${tiles})=0,"",B${tiles}/D${tiles})`) : "",
    null,
    R ? f(`IFERROR(INDEX(${reps("A")},MATCH(MAX(${reps("H")}),${reps("H")},0)),"")`) : "",
    null,
    null,
    teams.length
      ? f(`IFERROR(INDEX($A$${teamFirst}:$A$${teamLast},MATCH(MAX(${teamAtt}),${teamAtt},0)),"")`)
      : "",
  ]);
  for (const col of [0, 1, 2, 3, 4, 6, 9]) {
    sheet.style(at(tilesLabel, col), "header");
    sheet.style(at(tiles, col), "total");
  }
  sheet.merges.push(SheetDraft.range(tilesLabel, 6, tilesLabel, 8), SheetDraft.range(tiles, 6, tiles, 8));
  sheet.merges.push(SheetDraft.range(tilesLabel, 9, tilesLabel, 10), SheetDraft.range(tiles, 9, tiles, 10));
  sheet.format(SheetDraft.range(tiles, 0, tiles, 1), money);
  sheet.format(at(tiles, 3), money);
  sheet.format(SheetDraft.range(tiles, 2, tiles, 2), PERCENT_FORMAT);
  sheet.format(SheetDraft.range(tiles, 4, tiles, 4), PERCENT_FORMAT);
  sheet.rowSpecs.push({ row: tiles, height: 24 });

  // Two charts right of the team table: actual against target by rep, and the team funnel (or the
  // weighted scores when there is no CRM funnel). No axis titles: the chart titles say what is
  // drawn, and a vertical title is the smallest text once the page is scaled to fit.
  const band = teamsTitle;
  const charts: ChartSpec[] = [];
  if (R > 0) {
    charts.push({
      type: "combo",
      title: t.chart.attainment,
      categories: `A${first}:A${last}`,
      series: [
        { name: h.actual, values: `D${first}:D${last}` },
        { name: h.target, values: `C${first}:C${last}`, as: "line" },
      ],
      valueFormat: money,
      from: at(band, 4),
      to: at(band + CHART_ROWS, 8),
    });
    charts.push(
      funnel
        ? {
            type: "bar",
            title: t.chart.funnel,
            categories: `${F}!A${funnel.stageFirst}:A${funnel.stageLast}`,
            series: [{ name: t.chart.deals, values: `${F}!B${funnel.stageFirst}:B${funnel.stageLast}` }],
            from: at(band, 8),
            to: at(band + CHART_ROWS, 11),
          }
        : {
            type: "bar",
            title: t.chart.score,
            categories: `A${first}:A${last}`,
            series: [{ name: h.score, values: `H${first}:H${last}` }],
            valueFormat: "0%",
            from: at(band, 8),
            to: at(band + CHART_ROWS, 11),
          },
    );
  }

  // The trend: the team's won revenue at each snapshot, under the team table.
  if (history && history.trendLastRow >= history.trendFirstRow) {
    const ht = historyTexts(locale);
    charts.push({
      type: "line",
      title: ht.trend.chart(plan.period.label),
      categories: `${H}!J${history.trendFirstRow}:J${history.trendLastRow}`,
      series: [
        { name: ht.trend.wonRevenue, values: `${H}!L${history.trendFirstRow}:L${history.trendLastRow}` },
      ],
      valueFormat: money,
      from: at(teamLast + 2, 0),
      to: at(band + CHART_ROWS, 4),
    });
  }

  widths.forEach((width, i) => sheet.columns.push({ column: columnLetter(i), width }));
  // One page while it stays legible (a team of about 20); a larger team's table goes on over pages
  // under its repeated header, and the team table with the charts starts a page of its own. A fixed
  // scale: Excel ignores manual page breaks under "fit to".
  const rows = band + CHART_ROWS;
  const tall =
    rows * ROW_POINTS + sheet.rowSpecs.reduce((a, r) => a + (r.height ?? ROW_POINTS) - ROW_POINTS, 0);
  sheet.print = fitsOnePage(widths, tall)
    ? { orientation: "landscape", fitToWidth: true, onePage: true }
    : {
        orientation: "landscape",
        scale: Math.max(Math.round(MIN_PRINT_SCALE * 100), Math.floor(fitScale(widths) * 100)),
        titleRows: `${header}:${header}`,
        breaksBefore: [band],
      };
  return { ...sheet.toSpec(), showGridlines: false, ...(charts.length ? { charts } : {}) };
}

/** A workbook spec holding only the dashboard, to add to a workbook that has the goal sheets. */
export function generateDashboard(input: DashboardInput): { sheets: SheetSpec[]; activate: string } {
  const sheet = buildDashboardSheet(input);
  return { sheets: [sheet], activate: sheet.name };
}

/** The dashboard of a workbook holding the goal sheets and the CRM sheets (the demo, import --goals). */
export function dashboardOverCrm(
  plan: GoalPlan,
  crm: { readonly funnel: FunnelLayout | null; readonly history?: HistoryLayout },
  locale: Locale,
): SheetSpec[] {
  const funnel = crm.funnel ? dashboardFunnel(crm.funnel) : undefined;
  return generateDashboard({
    locale,
    plan,
    goals: goalLayout(plan, plan.locale),
    ...(funnel ? { funnel } : {}),
    followUpSheet: crmTexts(locale).sheet.followUp,
    history: crm.history,
  }).sheets;
}

/** The dashboard's input read back from a workbook's cells (the CLI's --in file, the pane's workbook). */
export { dashboardInputFromWorkbook, goalPeriodsIn } from "./from-workbook";
export type { CellValue, DashboardRead, WorkbookCells } from "./from-workbook";
