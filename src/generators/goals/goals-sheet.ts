/**
 * The main goals sheet: one row per rep and metric with baseline, full and ramped target, monthly
 * targets and actual inputs, actual to date, attainment, gap, expected to date, pace, projection,
 * status, weighted score, growth, achievability and the SMART sentence. Every figure is a formula
 * over the inputs here and on the settings and ramp sheets.
 */
import { isoFromSerial } from "../../schemas/dates";
import type { GoalMetric } from "../../schemas/goals";
import type { DefinedNameSpec, SheetSpec } from "../../workbook/spec";
import type { GoalSheetTexts } from "../../i18n/sheets/goals";
import type { GoalContext } from "./context";
import {
  DATA_BAR_COLOR,
  DATE_FORMAT,
  GUIDE_PROTECTION,
  PERCENT_FORMAT,
  RAG,
  SheetDraft,
  f,
  str,
  txt,
} from "./draft";
import {
  ProgressRefs,
  attainmentFormula,
  gapFormula,
  paceFormula,
  projectedFormula,
  statusFormula,
} from "./formulas";
import { GoalLayout, TOLERANCE_NAME, at, columnLetter, ext } from "./layout";
import { addGoalCharts } from "./charts";
import { smartStatement } from "./smart";
import { lineTargets } from "./targets";

/** Excel number format of a metric's amounts. */
export function metricFormat(metric: GoalMetric, currency: string): string {
  switch (metric.unit) {
    case "currency":
      return currency ? `"${currency}"#,##0` : "#,##0";
    case "count":
      return "#,##0";
    case "percent":
      return "0.0%";
    case "number":
      return "#,##0.00";
  }
}

export function goalsSheet(ctx: GoalContext): SheetSpec {
  const sheet = new SheetDraft(ctx.layout.names.goals, "#1F4E79");
  writeHeading(sheet, ctx);
  const elapsedAbs = writeColumnHeaders(sheet, ctx);
  const historyRow = new Map(
    ctx.plan.history.map((e, i) => [`${e.team}\u0000${e.metricId}`, ctx.layout.settings.historyRow(i)]),
  );
  // Monthly actuals linked to another sheet (ctx.actualsFrom): formulas, styled as computed below.
  const linkedCells: string[] = [];
  ctx.plan.reps.forEach((_, i) =>
    ctx.plan.metrics.forEach((_, k) =>
      writeGoalLine(sheet, ctx, { i, k, elapsedAbs, historyRow, linkedCells }),
    ),
  );
  formatLines(sheet, ctx, linkedCells);
  colourLines(sheet, ctx);
  // A cell holds 32,767 characters and a roster can have thousands of future starters: the names
  // go down the rows in cells of at most NOTE_CELL_CHARS, the first one behind the note's text.
  const last = ctx.layout.goals.lastRow;
  notYetStartedLines(
    ctx.t,
    ctx.plan.notYetStarted.map((r) => r.name),
  ).forEach((line, i) => {
    sheet.set(last + 2 + i, 0, txt(line));
    sheet.style(at(last + 2 + i, 0), "note");
  });
  setColumnsAndPrint(sheet, ctx);
  const charts = addGoalCharts(ctx, sheet);
  return { ...sheet.toSpec(), ...(charts.length ? { charts } : {}) };
}

/** Title, as-of date and period, and the note under them. */
function writeHeading(sheet: SheetDraft, ctx: GoalContext): void {
  const { plan, layout, t, title } = ctx;
  const c = layout.goals.cols;
  const s = layout.settings;
  const S = layout.names.settings;
  sheet.set(1, 0, txt(t.heading(title, plan.period.label)));
  sheet.style("A1", "title");
  sheet.setRow(2, 0, [
    t.asOf,
    f(ext(S, s.asOfRow, 1)),
    null,
    t.period,
    txt(`${plan.period.label} (${isoFromSerial(plan.period.start)} ~ ${isoFromSerial(plan.period.end)})`),
  ]);
  sheet.style("A2", "label");
  sheet.style("D2", "label");
  sheet.style("B2", "computed");
  sheet.format("B2", DATE_FORMAT);
  sheet.set(3, 0, t.goalsNote);
  sheet.style("A3", "note");
  sheet.merges.push(SheetDraft.range(3, 0, 3, Math.min(c.status, c.count - 1)));
  sheet.rowSpecs.push({ row: 3, height: 45 });
}

/**
 * Group headers, column headers and the elapsed-share row; returns the elapsed shares' absolute
 * range, which each line's expected-to-date weighs its monthly targets by.
 */
function writeColumnHeaders(sheet: SheetDraft, ctx: GoalContext): string {
  const { plan, layout, t } = ctx;
  const g = layout.goals;
  const c = g.cols;
  const M = plan.period.months.length;
  const col = (i: number) => columnLetter(i);
  const group = (first: number, last: number, label: string) => {
    sheet.set(g.groupRow, first, label);
    if (last > first) sheet.merges.push(SheetDraft.range(g.groupRow, first, g.groupRow, last));
    sheet.style(SheetDraft.range(g.groupRow, first, g.groupRow, last), "header");
  };
  group(c.monthTarget, c.monthTarget + M - 1, t.monthlyTargets);
  group(c.monthActual, c.monthActual + M - 1, t.monthlyActuals);
  group(c.actual, c.score, t.progress);
  const h = t.col;
  const monthHeaders = plan.period.months.map((m) => t.monthHeader(m.year, m.month));
  sheet.setRow(g.headerRow, 0, [
    h.rep,
    h.team,
    h.manager,
    h.metric,
    h.weight,
    h.baseline,
    h.fullTarget,
    h.target,
    ...monthHeaders,
    ...monthHeaders,
    h.actual,
    h.attainment,
    h.gap,
    h.expected,
    h.pace,
    h.projected,
    h.status,
    h.score,
    h.growth,
    h.achievability,
    h.smart,
  ]);
  sheet.style(SheetDraft.range(g.headerRow, 0, g.headerRow, c.count - 1), "header");
  sheet.rowSpecs.push({ row: g.headerRow, height: 32 });
  sheet.set(g.elapsedRow, c.target, t.elapsedRow);
  sheet.style(at(g.elapsedRow, c.target), "label");
  plan.period.months.forEach((_, j) =>
    sheet.set(g.elapsedRow, c.monthTarget + j, f(ext(layout.names.settings, layout.settings.monthRow(j), 6))),
  );
  const elapsedRange = SheetDraft.range(g.elapsedRow, c.monthTarget, g.elapsedRow, c.monthTarget + M - 1);
  sheet.style(elapsedRange, "computed");
  sheet.format(elapsedRange, "0%");
  return `$${col(c.monthTarget)}$${g.elapsedRow}:$${col(c.monthTarget + M - 1)}$${g.elapsedRow}`;
}

interface LinePlace {
  /** Rep and metric index. */
  readonly i: number;
  readonly k: number;
  readonly elapsedAbs: string;
  /** The settings row of each team's and metric's history (team NUL metric id). */
  readonly historyRow: ReadonlyMap<string, number>;
  /** Collects the monthly actual cells that are linked, for their computed style. */
  readonly linkedCells: string[];
}

/** One rep's line of one metric: inputs, monthly targets and actuals, and every progress figure. */
function writeGoalLine(sheet: SheetDraft, ctx: GoalContext, place: LinePlace): void {
  const { plan, layout, t } = ctx;
  const { i, k } = place;
  const g = layout.goals;
  const c = g.cols;
  const s = layout.settings;
  const S = layout.names.settings;
  const M = plan.period.months.length;
  const col = (n: number) => columnLetter(n);
  const rep = plan.reps[i];
  const metric = plan.metrics[k];
  const rampRow = layout.ramp.firstRow + i;
  const r = g.row(i, k);
  const line = plan.lines[i][k];
  const ref = (column: number) => `${col(column)}${r}`;
  const metricCell = (settingsCol: number) => ext(S, s.metricRow(k), settingsCol);
  const sum = metric.aggregation === "sum";
  const targets = lineTargets(plan, i, k);
  const firstT = ref(c.monthTarget);
  const lastT = ref(c.monthTarget + M - 1);
  const firstA = ref(c.monthActual);
  const lastA = ref(c.monthActual + M - 1);

  const fullTarget =
    line.source.kind === "growth"
      ? f(`${ref(c.baseline)}+ABS(${ref(c.baseline)})*${metricCell(5)}`)
      : line.source.value;
  const monthTargets = plan.period.months.map((_, j) =>
    sum
      ? f(
          `$${col(c.fullTarget)}${r}*${ext(S, s.monthRow(j), 4)}*` +
            `${ext(layout.names.ramp, rampRow, layout.ramp.firstMonthCol + j)}`,
        )
      : f(`$${col(c.fullTarget)}${r}`),
  );
  const refs: ProgressRefs = {
    target: ref(c.target),
    actual: ref(c.actual),
    expected: ref(c.expected),
    tolerance: ext(S, s.toleranceRow, 1),
  };
  const att = ref(c.attainment);
  const cap = metricCell(6);
  const gate = metricCell(7);
  const actuals = plan.period.months.map((month, j) => {
    const source = ctx.actualsFrom?.cell(rep, metric.id, month) ?? null;
    if (source === null) return line.actuals[j];
    place.linkedCells.push(at(r, c.monthActual + j));
    return f(source);
  });
  const history = place.historyRow.get(`${rep.team}\u0000${metric.id}`);
  const growth = ref(c.growth);
  const band =
    history === undefined
      ? null
      : f(
          `IF(OR(${growth}="",${ext(S, history, 2)}=""),"",IF(${growth}>${ext(S, history, 3)},${str(t.band.above)},` +
            `IF(${growth}<${ext(S, history, 2)},${str(t.band.below)},${str(t.band.within)})))`,
        );
  sheet.setRow(r, 0, [
    txt(rep.name),
    txt(rep.team),
    txt(rep.manager || t.noManager),
    txt(ctx.metricName(metric)),
    f(metricCell(4)),
    line.baseline,
    fullTarget,
    sum ? f(`SUM(${firstT}:${lastT})`) : f(`${ref(c.fullTarget)}`),
    ...monthTargets,
    ...actuals,
    sum ? f(`SUM(${firstA}:${lastA})`) : f(`IF(COUNT(${firstA}:${lastA})=0,"",AVERAGE(${firstA}:${lastA}))`),
    f(attainmentFormula(refs, metric.direction, metric.aggregation)),
    f(gapFormula(refs, metric.direction, metric.aggregation)),
    sum ? f(`SUMPRODUCT(${firstT}:${lastT},${place.elapsedAbs})`) : null,
    sum ? f(paceFormula(refs, metric.direction)) : null,
    sum ? f(projectedFormula(refs)) : null,
    f(statusFormula(refs, metric.direction, metric.aggregation, t.status)),
    f(
      `IF(ISNUMBER(${att}),${ref(c.weight)}*IF(AND(${gate}<>"",${att}<${gate}),0,` +
        `IF(${cap}="",${att},MIN(${att},${cap}))),0)`,
    ),
    f(
      `IF(OR(${ref(c.baseline)}="",${ref(c.baseline)}=0),"",(${ref(c.target)}-${ref(c.baseline)})/ABS(${ref(c.baseline)}))`,
    ),
    band,
    txt(
      smartStatement(
        {
          metric,
          baseline: line.baseline,
          full: targets.full,
          target: targets.period,
          periodEnd: plan.period.end,
        },
        ctx.locale,
        plan.currency,
      ),
    ),
  ]);
  const fmt = metricFormat(metric, plan.currency);
  sheet.format(SheetDraft.range(r, c.baseline, r, c.actual), fmt);
  sheet.format(SheetDraft.range(r, c.gap, r, c.expected), fmt);
  sheet.format(at(r, c.projected), fmt);
}

/** The range of the lines in columns `from` to `to`. */
function linesRange(ctx: GoalContext, from: number, to = from): string {
  const g = ctx.layout.goals;
  return SheetDraft.range(g.firstRow, from, g.lastRow, to);
}

/** Styles, number formats and validation of the lines' columns. */
function formatLines(sheet: SheetDraft, ctx: GoalContext, linkedCells: readonly string[]): void {
  const { t } = ctx;
  const c = ctx.layout.goals.cols;
  const M = ctx.plan.period.months.length;
  const whole = (from: number, to = from) => linesRange(ctx, from, to);
  sheet.style(whole(c.rep, c.metric), "label");
  sheet.style(whole(c.weight), "computed");
  sheet.style(whole(c.baseline, c.fullTarget), "input");
  sheet.style(whole(c.target, c.monthTarget + M - 1), "computed");
  sheet.style(whole(c.monthActual, c.monthActual + M - 1), "input");
  for (const cell of linkedCells) sheet.style(cell, "computed");
  sheet.style(whole(c.actual, c.achievability), "computed");
  sheet.style(whole(c.smart), "note");
  sheet.wrap.push(whole(c.smart));
  sheet.format(whole(c.weight), "0%");
  sheet.format(whole(c.attainment), PERCENT_FORMAT);
  sheet.format(whole(c.pace), PERCENT_FORMAT);
  sheet.format(whole(c.score, c.growth), PERCENT_FORMAT);
  sheet.validations.push(
    {
      range: whole(c.baseline, c.fullTarget),
      rule: { type: "decimal" },
      errorTitle: t.validation.numberTitle,
      errorMessage: t.validation.number,
    },
    {
      range: whole(c.monthActual, c.monthActual + M - 1),
      rule: { type: "decimal" },
      errorTitle: t.validation.numberTitle,
      errorMessage: t.validation.number,
    },
  );
}

/** RAG on status and pace, data bars on attainment and score, flags on achievability. */
function colourLines(sheet: SheetDraft, ctx: GoalContext): void {
  const { layout, t } = ctx;
  const c = layout.goals.cols;
  const first = layout.goals.firstRow;
  const col = (i: number) => columnLetter(i);
  const whole = (from: number, to = from) => linesRange(ctx, from, to);
  const statusCell = `$${col(c.status)}${first}`;
  const statusRange = whole(c.status);
  sheet.names.push(toleranceName(layout));
  sheet.conditionalFormats.push(
    ...ragByStatus(statusRange, statusCell, t.status),
    ...ragByValue(whole(c.pace), `${col(c.pace)}${first}`, TOLERANCE_NAME),
    { type: "dataBar", range: whole(c.attainment), color: DATA_BAR_COLOR },
    { type: "dataBar", range: whole(c.score), color: DATA_BAR_COLOR },
    {
      type: "expression",
      range: whole(c.achievability),
      formula: `=$${col(c.achievability)}${first}=${str(t.band.above)}`,
      style: RAG.amber,
    },
    {
      type: "expression",
      range: whole(c.achievability),
      formula: `=$${col(c.achievability)}${first}=${str(t.band.below)}`,
      style: { fill: "#DDEBF7", fontColor: "#1F4E79" },
    },
  );
}

/** Column widths, frozen panes, protection and print set-up. */
function setColumnsAndPrint(sheet: SheetDraft, ctx: GoalContext): void {
  const g = ctx.layout.goals;
  const c = g.cols;
  const M = ctx.plan.period.months.length;
  const widths: [number, number][] = [
    [c.rep, 20],
    [c.team, 14],
    [c.manager, 14],
    [c.metric, 18],
    [c.weight, 8],
    [c.baseline, 13],
    [c.fullTarget, 13],
    [c.target, 13],
    [c.actual, 13],
    [c.attainment, 11],
    [c.gap, 12],
    [c.expected, 13],
    [c.pace, 9],
    [c.projected, 14],
    [c.status, 13],
    [c.score, 10],
    [c.growth, 10],
    [c.achievability, 26],
    [c.smart, 70],
  ];
  for (let j = 0; j < M; j++) widths.push([c.monthTarget + j, 11], [c.monthActual + j, 11]);
  widths.sort((a, b) => a[0] - b[0]);
  for (const [i, w] of widths) sheet.columns.push({ column: columnLetter(i), width: w });
  sheet.freeze = { rows: g.elapsedRow, columns: c.metric + 1 };
  sheet.protection = GUIDE_PROTECTION;
  // 25 columns fitted to one page wide printed at 3 pt: at full size over pages across instead,
  // each page with the rep, team, manager and metric columns and the header rows.
  sheet.print = {
    orientation: "landscape",
    titleRows: `1:${g.elapsedRow}`,
    titleColumns: `A:${columnLetter(g.cols.metric)}`,
  };
}

/** Green, amber and red on the status words the sheet's formulas write (ON TRACK / AT RISK / OFF TRACK). */
export function ragByStatus(
  range: string,
  topLeft: string,
  status: { readonly onTrack: string; readonly atRisk: string; readonly offTrack: string },
): { type: "expression"; range: string; formula: string; style: (typeof RAG)["green"] }[] {
  return [
    { type: "expression", range, formula: `=${topLeft}=${str(status.onTrack)}`, style: RAG.green },
    { type: "expression", range, formula: `=${topLeft}=${str(status.atRisk)}`, style: RAG.amber },
    { type: "expression", range, formula: `=${topLeft}=${str(status.offTrack)}`, style: RAG.red },
  ];
}

/**
 * The sheet-scoped name of the settings sheet's tolerance cell, for a sheet whose colour rules use
 * it (see TOLERANCE_NAME).
 */
export function toleranceName(layout: GoalLayout): DefinedNameSpec {
  return {
    name: TOLERANCE_NAME,
    refersTo: `=${ext(layout.names.settings, layout.settings.toleranceRow, 1)}`,
  };
}

/**
 * Green at or above 100%, amber down to 1 - tolerance, red at or below it (as the status formulas:
 * a shortfall of at least the tolerance is OFF TRACK); text cells ("") stay plain. `tolerance` is
 * a name or reference, not a number, so the colours follow the settings cell when a manager edits it.
 */
export function ragByValue(
  range: string,
  topLeft: string,
  tolerance: string,
): { type: "expression"; range: string; formula: string; style: (typeof RAG)["green"] }[] {
  const v = topLeft.replace(/^([A-Z]+)/, "$$$1");
  const floor = `1-${tolerance}`;
  return [
    { type: "expression", range, formula: `=AND(ISNUMBER(${v}),${v}>=1)`, style: RAG.green },
    { type: "expression", range, formula: `=AND(ISNUMBER(${v}),${v}<1,${v}>${floor})`, style: RAG.amber },
    { type: "expression", range, formula: `=AND(ISNUMBER(${v}),${v}<=${floor})`, style: RAG.red },
  ];
}

const NOTE_CELL_CHARS = 1000;

/** The note naming the reps who start after the period, split so that no cell passes NOTE_CELL_CHARS. */
export function notYetStartedLines(
  t: Pick<GoalSheetTexts, "notOnSheet" | "nameSeparator">,
  names: readonly string[],
): string[] {
  if (!names.length) return [];
  const lines: string[] = [];
  let current: string[] = [];
  const joined = (list: string[]) => list.join(t.nameSeparator);
  const text = (list: string[]) => (lines.length ? joined(list) : t.notOnSheet(joined(list)));
  for (const name of names) {
    if (current.length && text([...current, name]).length > NOTE_CELL_CHARS) {
      lines.push(text(current));
      current = [];
    }
    current.push(name);
  }
  lines.push(text(current));
  return lines;
}
