/**
 * The Calculation sheet's header row and what each column is: its number format, and whether it is
 * typed in (an input) or computed.
 */
import { INCENTIVE_MECHANICS_TEXTS } from "../../i18n/sheets/incentive-mechanics";
import { employmentTextsOf } from "../../i18n/sheets/employment";
import type { CellInput } from "../../workbook/spec";
import type { PlanMeasure } from "../../kpi/plan/model";
import type { CalcContext } from "./calc-context";
import { FORMATS, text } from "./grid";

export interface CalcColumns {
  /** The header row's labels, by column. */
  readonly headers: CellInput[];
  readonly formats: Map<number, string>;
  /** Columns typed in rather than computed. */
  readonly inputs: number[];
}

export function calcColumns(ctx: CalcContext): CalcColumns {
  const { model, texts } = ctx;
  const t = texts.calc;
  const c = ctx.layout.col;
  const headers: CellInput[] = [];
  const formats = new Map<number, string>();
  const inputs: number[] = [];
  const head: Head = (col, label, format) => {
    headers[col] = text(label);
    if (format) formats.set(col, format);
  };
  head(c.rep, texts.common.rep);
  head(c.team, texts.common.team);
  head(c.period, texts.common.periodNo, FORMATS.count);
  head(c.label, texts.common.period);
  const et = employmentTextsOf(texts);
  head(c.periodDays, et.periodDays, FORMATS.count);
  head(c.daysEmployed, et.daysEmployed, FORMATS.count);
  if (c.targetIncentive !== null) head(c.targetIncentive, t.periodTargetIncentive, FORMATS.money);
  model.measures.forEach((m, i) => headMeasure(ctx, head, inputs, m, i));
  model.spiffs.forEach((s, j) => {
    head(c.spiffs[j].units, t.spiffUnits(s.name));
    inputs.push(c.spiffs[j].units);
    head(c.spiffs[j].amount, t.spiffAmount(s.name), FORMATS.money);
  });
  if (c.teamBonus !== null) head(c.teamBonus, t.teamBonus, FORMATS.money);
  if (c.bestRepBonus !== null) head(c.bestRepBonus, t.bestRepBonus, FORMATS.money);
  if (c.bestTeamBonus !== null) head(c.bestTeamBonus, t.bestTeamBonus, FORMATS.money);
  if (c.clawback !== null) head(c.clawback, t.clawback, FORMATS.money);
  if ((c.returnsReversed ?? null) !== null)
    head(
      c.returnsReversed!,
      INCENTIVE_MECHANICS_TEXTS[ctx.locale ?? "en-US"].calc.returnsReversed,
      FORMATS.money,
    );
  head(c.adjustment, t.adjustment, FORMATS.money);
  inputs.push(c.adjustment, c.adjustmentNote);
  head(c.adjustmentNote, t.adjustmentNote);
  head(c.earned, t.earned, FORMATS.money);
  head(c.draw, t.draw, FORMATS.money);
  head(c.payable, t.payable, FORMATS.money);
  head(c.balance, t.balance, FORMATS.money);
  head(c.ytd, t.ytd, FORMATS.money);
  return { headers, formats, inputs };
}

type Head = (col: number, label: string, format?: string) => void;

/** A measure's columns: quota to payout, with the currency, year-to-date, quota-credit and tier or curve ones it has. */
function headMeasure(ctx: CalcContext, head: Head, inputs: number[], m: PlanMeasure, i: number): void {
  const { model } = ctx;
  const t = ctx.texts.calc;
  const mc = ctx.layout.col.measures[i];
  head(mc.quota, t.quota(m.name), FORMATS.money);
  head(mc.direct, t.direct(m.name, model.basis), FORMATS.money);
  // An actual read from the CRM data table is computed, not typed in.
  const fromCrm = ctx.actualFormulas?.some((rep) => rep[i].some((f) => f !== null)) ?? false;
  if (!fromCrm) inputs.push(mc.direct);
  head(mc.split, t.split(m.name), FORMATS.money);
  head(mc.credited, t.credited(m.name), FORMATS.money);
  head(mc.attainment, t.attainment(m.name), FORMATS.percent);
  head(mc.gate, t.gateMet(m.name));
  if ((mc.entered ?? null) !== null) {
    const ft = INCENTIVE_MECHANICS_TEXTS[ctx.locale ?? "en-US"].calc;
    head(mc.entered!, ft.entered(m.name), FORMATS.money);
    head(mc.currency!, ft.currency(m.name));
    inputs.push(mc.entered!, mc.currency!);
  }
  if (mc.ytd) {
    const yt = INCENTIVE_MECHANICS_TEXTS[ctx.locale ?? "en-US"].calc;
    head(mc.ytd.quota, yt.ytdQuota(m.name), FORMATS.money);
    head(mc.ytd.credited, yt.ytdCredited(m.name), FORMATS.money);
    head(mc.ytd.pay, yt.ytdPay(m.name), FORMATS.money);
    head(mc.ytd.earned, yt.ytdEarned(m.name), FORMATS.money);
    head(mc.ytd.paidBefore, yt.ytdPaidBefore(m.name), FORMATS.money);
  }
  if ((mc.quotaSplit ?? null) !== null) {
    const mt = INCENTIVE_MECHANICS_TEXTS[ctx.locale ?? "en-US"].calc;
    head(mc.quotaSplit!, mt.quotaSplit(m.name), FORMATS.money);
    head(mc.payCredited!, mt.payCredited(m.name), FORMATS.money);
  }
  if (mc.amountUsed !== null) {
    head(mc.amountUsed, t.amountUsed(m.name), FORMATS.money);
    mc.tierAmount.forEach((col, k) => head(col, t.tierAmount(m.name, k + 1), FORMATS.money));
    mc.tierCommission.forEach((col, k) => head(col, t.tierCommission(m.name, k + 1), FORMATS.money));
  } else {
    head(mc.attainmentUsed!, t.attainmentUsed(m.name), FORMATS.percent);
    head(mc.segment!, t.segment(m.name), FORMATS.count);
    head(mc.curveValue!, t.curveValue(m.name), FORMATS.percent);
    head(mc.fraction!, t.fraction(m.name), FORMATS.percent);
  }
  head(mc.payout, t.payout(m.name), FORMATS.money);
}
