/**
 * A measure's cells in a row of the Calculation sheet: quota, actual (converted from its currency),
 * split credit, credited, attainment, gate, the year-to-date sums, and the payout through the tier
 * trace or the curve, gated and capped.
 */
import { THRESHOLD_DIGITS } from "../../kpi/plan/engine";
import type { CurvePayout, PlanMeasure, TiersPayout } from "../../kpi/plan/model";
import { tiersFor } from "../../kpi/plan/roles";
import type { CalcRow } from "./calc-context";
import { planRef } from "./calc-context";
import { at, formula, text } from "./grid";
import type { CalcLayout } from "./layout";
import { NAMES, measureNames } from "./names";
import { proratedQuotaFormula } from "./proration";

type MeasureColumns = CalcLayout["col"]["measures"][number];

/** Marginal or retro amount in tier k of a table whose thresholds are `from(k)`, for amount `u`. */
export function tierAmountFormula(
  method: string,
  u: string,
  from: (k: number) => string,
  k: number,
  last: boolean,
): string {
  if (last) return `IF(${method}="retro",IF(${u}>=${from(k)},${u},0),MAX(0,${u}-${from(k)}))`;
  return `IF(${method}="retro",IF(AND(${u}>=${from(k)},${u}<${from(k + 1)}),${u},0),MAX(0,MIN(${u},${from(k + 1)})-${from(k)}))`;
}

/** What the payout formulas of a measure read: the figures to date or of the period alone. */
interface PayoutBasis {
  readonly quotaRef: string;
  readonly payRef: string;
  /** Pays `raw`, gated and capped (to date: less what was paid before). */
  readonly setPayout: (raw: string) => void;
  readonly tiRef: string;
}

export function writeMeasureCells(row: CalcRow, m: PlanMeasure, i: number): void {
  const { ctx, rep, r, p, A, set } = row;
  const mc = ctx.layout.col.measures[i];
  const quotaCell = planRef(ctx, row.repRow, ctx.plan.col.quota(i, p));
  // A quota linked to the goal sheet already follows the hire date (the goal sheet's ramp).
  set(mc.quota, rep.quotaLinks?.[i][p] ? quotaCell : proratedQuotaFormula(quotaCell, row.days, row.inPeriod));
  writeActual(row, mc, i, ctx.actualFormulas?.[r][i][p] ?? null);
  set(
    mc.split,
    `SUMPRODUCT((${NAMES.creditRep}=${row.rowRef.rep})*(${NAMES.creditPeriod}=${row.rowRef.period})*(${NAMES.creditMeasure}="${m.id}")*${NAMES.creditCredited})`,
  );
  // With quota credit apart from pay credit, credited (attainment) takes the quota shares.
  const quotaCredit = (mc.quotaSplit ?? null) !== null;
  if (quotaCredit) {
    set(
      mc.quotaSplit!,
      `SUMPRODUCT((${NAMES.creditRep}=${row.rowRef.rep})*(${NAMES.creditPeriod}=${row.rowRef.period})*(${NAMES.creditMeasure}="${m.id}")*${NAMES.creditQuotaCredited})`,
    );
    set(mc.payCredited!, `${A(mc.direct)}+${A(mc.split)}`);
  }
  set(mc.credited, `${A(mc.direct)}+${A(quotaCredit ? mc.quotaSplit! : mc.split)}`);
  const basis = payoutBasis(row, m, i, quotaCredit);
  if (m.payout.type === "tiers") writeTierPayout(row, m, m.payout, i, basis);
  else writeCurvePayout(row, m.payout, i, basis);
}

/** The rep's own actual: typed in, read from the CRM by formula, or entered in another currency. */
function writeActual(row: CalcRow, mc: MeasureColumns, i: number, actualFormula: string | null): void {
  const { ctx, g, y, r, p, A, set } = row;
  const fx = ctx.model.currencies;
  if (fx && (mc.entered ?? null) !== null) {
    // Converted by formula through the Plan sheet's rates table; a blank rate gives #N/A, never a raw sum.
    const cur = fx.actualCurrency[r][i];
    g.set(y, mc.entered!, actualFormula ? formula(actualFormula) : fx.entered[r][i][p]);
    g.set(y, mc.currency!, cur ? text(cur) : null);
    // SUMPRODUCT, not INDEX/MATCH: Gnumeric answers #REF! for INDEX over a one-row rates table.
    const code = A(mc.currency!);
    const given = `SUMPRODUCT((${NAMES.fxCurrency}=${code})*(${NAMES.fxRate}<>""))`;
    const rate = `SUMPRODUCT((${NAMES.fxCurrency}=${code})*${NAMES.fxRate})`;
    set(
      mc.direct,
      `${A(mc.entered!)}*IF(OR(${code}="",${code}=${NAMES.currency}),1,IF(${given}=0,NA(),${rate}))`,
    );
  } else g.set(y, mc.direct, actualFormula ? formula(actualFormula) : ctx.model.actuals[r][i][p]);
}

/**
 * Attainment and gate, and what the payout reads. Year-to-date measures read the cumulative columns
 * (ytd.ts): sums from the rep's first row.
 */
function payoutBasis(row: CalcRow, m: PlanMeasure, i: number, quotaCredit: boolean): PayoutBasis {
  const { ctx, r, p, y, A, set } = row;
  const c = ctx.layout.col;
  const mc = c.measures[i];
  const n = measureNames(i);
  const payCredited = A(quotaCredit ? mc.payCredited! : mc.credited);
  const ytd = mc.ytd ?? null;
  const firstRow = ctx.layout.row(r, 0);
  const toDate = (col: number) => `SUM(${at(firstRow, col)}:${A(col)})`;
  if (ytd) {
    set(ytd.quota, toDate(mc.quota));
    set(ytd.credited, toDate(mc.credited));
    set(ytd.pay, toDate(quotaCredit ? mc.payCredited! : mc.credited));
  }
  const quotaRef = ytd ? A(ytd.quota) : A(mc.quota);
  const creditedRef = ytd ? A(ytd.credited) : A(mc.credited);
  const payRef = ytd ? A(ytd.pay) : payCredited;
  const tiRef = c.targetIncentive === null ? "0" : ytd ? toDate(c.targetIncentive) : A(c.targetIncentive);
  const capTimes = ytd ? `*${p + 1}` : "";
  set(mc.attainment, `IF(${quotaRef}=0,0,${creditedRef}/${quotaRef})`);
  const gateAttainment = A(c.measures[m.gate?.measure ?? i].attainment);
  set(mc.gate, `IF(ISNUMBER(${n.gate}),${gateAttainment}>=${n.gate},TRUE)`);
  const moneyCapped = (raw: string) =>
    `IF(ISNUMBER(${n.payoutCap}),MIN(${n.payoutCap}${capTimes},${raw}),${raw})`;
  // A cap relative to the target incentive (payoutCapTI) wraps the money cap: MIN keeps the lower.
  const limited = (raw: string) =>
    (m.payoutCapTI ?? null) === null
      ? moneyCapped(raw)
      : `IF(ISNUMBER(${n.payoutCapTI}),MIN(${n.payoutCapTI}*${tiRef},${moneyCapped(raw)}),${moneyCapped(raw)})`;
  const gated = (raw: string) => `IF(${A(mc.gate)},${limited(raw)},0)`;
  // A year-to-date measure pays earned to date less paid before; carried or clawed when negative.
  const setPayout = (raw: string) => {
    if (!ytd) return set(mc.payout, gated(raw));
    set(ytd.earned, gated(raw));
    set(ytd.paidBefore, p === 0 ? "0" : `SUM(${at(firstRow, mc.payout)}:${at(y - 1, mc.payout)})`);
    const due = `${A(ytd.earned)}-${A(ytd.paidBefore)}`;
    set(mc.payout, `IF(${NAMES.negativeTrueUp}="claw",${due},MAX(0,${due}))`);
  };
  return { quotaRef, payRef, setPayout, tiRef };
}

/** The tier trace: the amount used, each tier's amount and commission, their sum paid. */
function writeTierPayout(
  row: CalcRow,
  m: PlanMeasure,
  payout: TiersPayout,
  i: number,
  basis: PayoutBasis,
): void {
  const { ctx, g, y, rep, A, set } = row;
  const mc = ctx.layout.col.measures[i];
  const n = measureNames(i);
  const { quotaRef, payRef } = basis;
  const u = A(mc.amountUsed!);
  const capTest =
    payout.on === "attainment"
      ? `AND(ISNUMBER(${n.attainmentCap}),${quotaRef}<>0)`
      : `ISNUMBER(${n.attainmentCap})`;
  set(mc.amountUsed!, `IF(${capTest},MIN(${payRef},${n.attainmentCap}*${quotaRef}),${payRef})`);
  // A measure with tier tables per role reads the table of this rep's role (roles.ts).
  const table = rep.tierTables?.[i] ?? null;
  const tierFrom = table === null ? n.tierFrom : (k: number) => n.roleTierFrom(table, k);
  const tierRate = table === null ? n.tierRate : (k: number) => n.roleTierRate(table, k);
  const from =
    payout.on === "attainment"
      ? (k: number) => `ROUND(${tierFrom(k)}*${quotaRef},${THRESHOLD_DIGITS})`
      : tierFrom;
  const T = tiersFor(m, rep, i).length;
  // A quota of 0 puts every attainment threshold at 0: the plan's zeroQuota rule pays instead.
  const zeroQuota = (k: number, body: string) =>
    payout.on === "attainment"
      ? `IF(${quotaRef}=0,${k === 0 ? `IF(${NAMES.zeroQuota}="baseRate",MAX(0,${u}),0)` : "0"},${body})`
      : body;
  for (let k = 0; k < T; k++) {
    set(mc.tierAmount[k], zeroQuota(k, tierAmountFormula(n.method, u, from, k, k === T - 1)));
    set(mc.tierCommission[k], `${A(mc.tierAmount[k])}*${tierRate(k)}`);
  }
  // Columns beyond this rep's table (another role's table is longer) hold 0.
  for (let k = T; k < mc.tierAmount.length; k++) {
    g.set(y, mc.tierAmount[k], 0);
    g.set(y, mc.tierCommission[k], 0);
  }
  const lastColumn = mc.tierCommission[mc.tierCommission.length - 1];
  basis.setPayout(`SUM(${A(mc.tierCommission[0])}:${A(lastColumn)})`);
}

/** The curve: attainment used, its segment, the interpolated value, the capped fraction of target. */
function writeCurvePayout(row: CalcRow, payout: CurvePayout, i: number, basis: PayoutBasis): void {
  const { ctx, A, set } = row;
  const mc = ctx.layout.col.measures[i];
  const n = measureNames(i);
  const au = A(mc.attainmentUsed!);
  const s = A(mc.segment!);
  const v = A(mc.curveValue!);
  const X = n.curveAttainment;
  const Y = n.curvePayout;
  set(
    mc.attainmentUsed!,
    `IF(ISNUMBER(${n.attainmentCap}),MIN(${A(mc.attainment)},${n.attainmentCap}),${A(mc.attainment)})`,
  );
  set(mc.segment!, `IF(${au}<INDEX(${X},1),0,MIN(MATCH(${au},${X},1),${payout.points.length - 1}))`);
  set(
    mc.curveValue!,
    `IF(${s}=0,0,INDEX(${Y},${s})+(INDEX(${Y},${s}+1)-INDEX(${Y},${s}))*(${au}-INDEX(${X},${s}))/(INDEX(${X},${s}+1)-INDEX(${X},${s})))`,
  );
  set(mc.fraction!, `MAX(0,IF(ISNUMBER(${n.curveCap}),MIN(${n.curveCap},${v}),${v}))`);
  basis.setPayout(`${A(mc.fraction!)}*${basis.tiRef}*${n.weight}`);
}
