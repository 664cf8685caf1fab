/**
 * The Returns sheet: one row per return or credit memo, its rate paid read from the Commission calc
 * row of the rep and the period the booking was paid in, and the reversal the calculation deducts in
 * the period of the return (returns.ts is the engine's side of the same rule).
 */
import type { Locale } from "../../i18n";
import { INCENTIVE_MECHANICS_TEXTS } from "../../i18n/sheets/incentive-mechanics";
import type { PlanModel } from "../../kpi/plan/model";
import { FORMATS, Grid, at, columnRange, formula, text } from "./grid";
import type { CalcLayout } from "./layout";
import { NAMES } from "./names";

/** Names of the Commission calc columns a return reads, for tier measure i and tier k (0-based). */
export function returnSourceNames(i: number) {
  const p = `Calc_M${i + 1}_`;
  return {
    gate: `${p}GateMet`,
    amount: (k: number) => `${p}T${k + 1}_Amount`,
    commission: (k: number) => `${p}T${k + 1}_Commission`,
  };
}

/** Defines on the calc sheet the columns returns read (only measures some return names). */
export function defineReturnSources(calcGrid: Grid, model: PlanModel, calc: CalcLayout): void {
  const measures = new Set((model.returns ?? []).map((e) => e.measure));
  const first = calc.firstRow;
  const last = calc.lastRow;
  for (const i of measures) {
    const mc = calc.col.measures[i];
    const n = returnSourceNames(i);
    calcGrid.define(n.gate, columnRange(mc.gate, first, last));
    mc.tierAmount.forEach((col, k) => calcGrid.define(n.amount(k), columnRange(col, first, last)));
    mc.tierCommission.forEach((col, k) => calcGrid.define(n.commission(k), columnRange(col, first, last)));
  }
}

/**
 * The rate paid in calc row `idx` (1-based within the calc rows): commission / amount of the highest
 * tier holding an amount, 0 when none does or the gate was not met. Nested from the top tier down.
 */
function paidRateFormula(i: number, tiers: number, idx: string): string {
  const n = returnSourceNames(i);
  let body = "0";
  for (let k = 0; k < tiers; k++) {
    const amount = `INDEX(${n.amount(k)},${idx})`;
    body = `IF(${amount}>0,INDEX(${n.commission(k)},${idx})/${amount},${body})`;
  }
  return `IF(INDEX(${n.gate},${idx}),${body},0)`;
}

export function buildReturnsSheet(name: string, model: PlanModel, calc: CalcLayout, locale: Locale): Grid {
  const t = INCENTIVE_MECHANICS_TEXTS[locale].returns;
  const g = new Grid(name);
  g.heading(text(t.title), t.note);
  const header = 3;
  g.header(
    header,
    0,
    t.headers.map((h) => text(h)),
  );
  const top = header + 1;
  const events = model.returns ?? [];
  events.forEach((e, i) => {
    const y = top + i;
    g.setRow(y, 0, [
      text(model.reps[e.rep].name),
      e.period + 1,
      text(model.measures[e.measure].id),
      e.document ? text(e.document) : null,
      e.amount,
      e.paidIn + 1,
    ]);
    // The calc rows run rep by rep, P periods each: the paid period's row of this rep.
    g.set(y, 6, formula(`(MATCH(${at(y, 0)},${NAMES.calcRep},0)-1)+${at(y, 5)}`));
    const tiers = calc.col.measures[e.measure].tierAmount.length;
    g.set(y, 7, formula(paidRateFormula(e.measure, tiers, at(y, 6))));
    g.set(y, 8, formula(`${at(y, 4)}*${at(y, 7)}`));
  });
  const rows = Math.max(1, events.length);
  g.styleCells(top, 0, rows, 6, "input");
  g.styleCells(top, 6, rows, 3, "computed");
  g.formatCells(top, 4, rows, 1, FORMATS.money);
  g.formatCells(top, 7, rows, 1, FORMATS.rate);
  g.formatCells(top, 8, rows, 1, FORMATS.money);
  const last = top + rows - 1;
  g.define(NAMES.returnRep, columnRange(0, top, last));
  g.define(NAMES.returnPeriod, columnRange(1, top, last));
  g.define(NAMES.returnReversal, columnRange(8, top, last));
  [22, 12, 12, 16, 14, 12, 10, 10, 14].forEach((w, col) => g.width(col, w));
  return g;
}
