/**
 * The end of a row of the Calculation sheet: clawbacks, reversed returns and the adjustment taken
 * off or added, the rounded earned total, the prorated draw, the payable, the draw balance carried
 * to the next period, and the year to date.
 */
import type { CalcRow } from "./calc-context";
import { planRef } from "./calc-context";
import { at, text } from "./grid";
import { NAMES } from "./names";
import { drawDaysFormula, proratedDrawFormula } from "./proration";

/** Earned: the sum of `terms` (payouts, SPIFFs, bonuses) less deductions plus the adjustment, rounded. */
export function writeEarned(row: CalcRow, terms: readonly string[]): void {
  const { ctx, g, y, r, p, A, set } = row;
  const { model } = ctx;
  const c = ctx.layout.col;
  let earned = terms.join("+");
  if (c.clawback !== null) {
    set(
      c.clawback,
      `SUMPRODUCT((${NAMES.clawRep}=${row.rowRef.rep})*(${NAMES.clawPeriod}=${row.rowRef.period})*${NAMES.clawAmount})`,
    );
    earned += `-${A(c.clawback)}`;
  }
  if ((c.returnsReversed ?? null) !== null) {
    set(
      c.returnsReversed!,
      `SUMPRODUCT((${NAMES.returnRep}=${row.rowRef.rep})*(${NAMES.returnPeriod}=${row.rowRef.period})*${NAMES.returnReversal})`,
    );
    earned += `-${A(c.returnsReversed!)}`;
  }
  g.set(y, c.adjustment, model.adjustments[r][p]);
  g.set(y, c.adjustmentNote, model.adjustmentNotes[r][p] ? text(model.adjustmentNotes[r][p]) : null);
  earned += `+${A(c.adjustment)}`;
  set(c.earned, `ROUND(${earned},${NAMES.payDecimals})`);
}

/** The draw (prorated to the days employed), the payable, the balance carried and the year to date. */
export function writePayable(row: CalcRow): void {
  const { ctx, r, p, y, A, set } = row;
  const c = ctx.layout.col;
  set(
    c.draw,
    proratedDrawFormula(
      planRef(ctx, row.repRow, ctx.plan.col.draw),
      drawDaysFormula(row.period, row.hire, row.leave, row.days),
      row.inPeriod,
    ),
  );
  // The draw: DRAW's rule over net earned; the previous row's balance carries within a rep.
  const E = A(c.earned);
  const D = A(c.draw);
  const B = p === 0 ? "0" : at(y - 1, c.balance);
  const recoverable = `OR(${NAMES.drawRecoverable},${D}=0)`;
  const round = (body: string) => `ROUND(${body},${NAMES.payDecimals})`;
  set(c.payable, round(`IF(${recoverable},IF(${E}<${D},${D},${E}-MIN(${B},${E}-${D})),MAX(${D},${E}))`));
  set(c.balance, round(`IF(${recoverable},IF(${E}<${D},${B}+(${D}-${E}),${B}-MIN(${B},${E}-${D})),0)`));
  set(c.ytd, `SUM(${at(ctx.layout.row(r, 0), c.payable, true)}:${A(c.payable)})`);
}
