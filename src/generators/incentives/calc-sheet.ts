/**
 * The Calculation sheet: one row per rep and pay period, from quota and credited actual through the
 * tier trace or curve, SPIFFs, team and award bonuses, clawbacks and adjustments to the draw, the
 * payable and the year-to-date total. Every figure is a native formula over the Plan sheet's inputs.
 * The writers of each part of a row live beside it (calc-*.ts).
 */
import { writeBestRepBonus, writeBestTeamBonus, writeSpiffCells, writeTeamBonus } from "./calc-bonus-cells";
import { CalcContext, CalcRow, calcRow, planRef } from "./calc-context";
import { CalcColumns, calcColumns } from "./calc-headers";
import { writeMeasureCells } from "./calc-measure-cells";
import { writeEarned, writePayable } from "./calc-pay-cells";
import { Grid, at, columnRange, text } from "./grid";
import { NAMES, measureNames } from "./names";
import { EMPLOYMENT_NAMES, daysEmployedFormula, periodDaysFormula, proratedAmountFormula } from "./proration";

export function buildCalcSheet(name: string, ctx: CalcContext): Grid {
  const { model, layout, plan } = ctx;
  const g = new Grid(name);
  g.heading(text(ctx.texts.calc.title(model.name)), ctx.texts.calc.note);
  const columns = calcColumns(ctx);
  g.setRow(layout.headerRow, 0, columns.headers);
  g.styleCells(layout.headerRow, 0, 1, layout.width, "header");
  // Each rep's rows are a band: at 10,000 reps their formulas are 0.6 G characters, made on demand.
  g.lazyBands(model.reps.length * model.periods.length);
  model.reps.forEach((_, r) => {
    const repRow = plan.repRow(r);
    g.band(layout.row(r, 0), model.periods.length, (g) =>
      model.periods.forEach((_, p) => writeRow(calcRow(ctx, g, r, p, repRow))),
    );
  });
  formatColumns(g, ctx, columns);
  defineNames(g, ctx);
  return g;
}

/** A rep's row of a pay period, left to right. */
function writeRow(row: CalcRow): void {
  const { ctx, g, y, rep, period, p, A, set } = row;
  const { model } = ctx;
  const c = ctx.layout.col;
  g.setRow(y, 0, [text(rep.name), text(rep.team), p + 1, period.label]);
  set(c.periodDays, periodDaysFormula(period));
  set(c.daysEmployed, daysEmployedFormula(period, row.hire, row.leave));
  if (c.targetIncentive !== null) {
    set(
      c.targetIncentive,
      proratedAmountFormula(
        `${planRef(ctx, row.repRow, ctx.plan.col.targetIncentive!)}*${NAMES.monthsPerPeriod}/12`,
        row.days,
        row.inPeriod,
      ),
    );
  }
  model.measures.forEach((m, i) => writeMeasureCells(row, m, i));
  const terms: string[] = model.measures.map((_, i) => A(c.measures[i].payout));
  terms.push(...writeSpiffCells(row));
  for (const bonus of [writeTeamBonus(row), writeBestRepBonus(row), writeBestTeamBonus(row)])
    if (bonus !== null) terms.push(bonus);
  writeEarned(row, terms);
  writePayable(row);
}

/** Number formats, input or computed styles and widths of the data rows' columns. */
function formatColumns(g: Grid, ctx: CalcContext, columns: CalcColumns): void {
  const { layout, model } = ctx;
  const first = layout.firstRow;
  const rows = model.reps.length * model.periods.length;
  for (let col = 0; col < layout.width; col++) {
    const f = columns.formats.get(col);
    if (f) g.formatCells(first, col, rows, 1, f);
    if (col >= 4) g.styleCells(first, col, rows, 1, columns.inputs.includes(col) ? "input" : "computed");
    g.width(col, col === 0 ? 22 : col < 4 ? 12 : 14);
  }
}

/** The names other sheets read the Calculation sheet by, and the attainment data bars. */
function defineNames(g: Grid, ctx: CalcContext): void {
  const { layout, model } = ctx;
  const c = layout.col;
  const first = layout.firstRow;
  const last = first + model.reps.length * model.periods.length - 1;
  g.define(NAMES.calcRep, columnRange(c.rep, first, last));
  g.define(NAMES.calcTeam, columnRange(c.team, first, last));
  g.define(NAMES.calcPeriod, columnRange(c.period, first, last));
  g.define(EMPLOYMENT_NAMES.calcDaysEmployed, columnRange(c.daysEmployed, first, last));
  model.measures.forEach((_, i) => {
    const n = measureNames(i);
    g.define(n.calcQuota, columnRange(c.measures[i].quota, first, last));
    g.define(n.calcCredited, columnRange(c.measures[i].credited, first, last));
    g.conditionalFormat({
      type: "dataBar",
      range: `${at(first, c.measures[i].attainment)}:${at(last, c.measures[i].attainment)}`,
      color: "#63BE7B",
    });
  });
}
