/**
 * The Calculation sheet: one row per rep and pay period, from quota and credited actual through the
 * tier trace or curve, SPIFFs, team and award bonuses, clawbacks and adjustments to the draw, the
 * payable and the year-to-date total. Every figure is a native formula over the Plan sheet's inputs.
 */
import { THRESHOLD_DIGITS } from "../../kpi/plan/engine";
import type { PlanModel } from "../../kpi/plan/model";
import type { Locale } from "../../i18n";
import { INCENTIVE_MECHANICS_TEXTS } from "../../i18n/sheets/incentive-mechanics";
import { tiersFor } from "../../kpi/plan/roles";
import type { IncentiveSheetTexts } from "../../i18n/sheets/incentives";
import { sheetRef } from "../../workbook/a1";
import type { CellInput } from "../../workbook/spec";
import { FORMATS, Grid, at, atColumn, columnRange, formula, text } from "./grid";
import type { AwardsLayout, CalcLayout, TeamsLayout } from "./layout";
import { NAMES, measureNames, spiffNames } from "./names";
import type { PlanSheet } from "./plan-sheet";
import { employmentTextsOf } from "../../i18n/sheets/employment";
import {
  EMPLOYMENT_NAMES,
  daysEmployedFormula,
  drawDaysFormula,
  periodDaysFormula,
  proratedAmountFormula,
  proratedDrawFormula,
  proratedQuotaFormula,
} from "./proration";

export interface CalcContext {
  readonly model: PlanModel;
  readonly texts: IncentiveSheetTexts;
  readonly plan: PlanSheet;
  readonly layout: CalcLayout;
  readonly teams: TeamsLayout;
  readonly awards: AwardsLayout;
  readonly sheetNames: { readonly teams: string; readonly awards: string };
  /** The sheets' language, for the texts of the added mechanics; absent: en-US. */
  readonly locale?: Locale;
  /**
   * [rep][measure][period]: a formula for the rep's own actual (a SUMIFS over an imported CRM data
   * table, crm-actuals.ts) instead of the model's value; null or absent: the value.
   */
  readonly actualFormulas?: readonly (readonly (readonly (string | null)[])[])[];
}

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

/**
 * The SPIFF amount in one formula: marginal slices summed, or retro via an approximate MATCH. SPIFF
 * tiers count units from 1 (countCommissionCore): tier k holds units from(k)..from(k+1)-1, the slice
 * (from(k)-1, from(k+1)-1] of the count.
 */
export function spiffFormula(j: number, tiers: number, u: string): string {
  const n = spiffNames(j);
  const slices: string[] = [];
  const start = (k: number) => `MAX(0,${n.tierFrom(k)}-1)`;
  for (let k = 0; k < tiers; k++) {
    const slice =
      k === tiers - 1 ? `MAX(0,${u}-${start(k)})` : `MAX(0,MIN(${u},${start(k + 1)})-${start(k)})`;
    slices.push(`${slice}*${n.tierRate(k)}`);
  }
  return `IF(${n.method}="retro",${u}*IFERROR(INDEX(${n.rateRange},MATCH(${u},${n.fromRange},1)),0),${slices.join("+")})`;
}

export function buildCalcSheet(name: string, ctx: CalcContext): Grid {
  const { model, texts, plan, layout } = ctx;
  const t = texts.calc;
  const c = layout.col;
  const g = new Grid(name);
  const P = model.periods.length;
  const R = model.reps.length;
  const planRef = (row: number, col: number) => plan.grid.ref(row, col);
  const teamsRef = (row: number, col: number) => sheetRef(ctx.sheetNames.teams, at(row, col, true));
  const awardsRef = (row: number, col: number) => sheetRef(ctx.sheetNames.awards, at(row, col, true));

  g.heading(text(t.title(model.name)), t.note);

  // Headers, formats and styles per column.
  const headers: CellInput[] = [];
  const columnFormat = new Map<number, string>();
  const inputColumns: number[] = [];
  const head = (col: number, label: string, format?: string) => {
    headers[col] = text(label);
    if (format) columnFormat.set(col, format);
  };
  head(c.rep, texts.common.rep);
  head(c.team, texts.common.team);
  head(c.period, texts.common.periodNo, FORMATS.count);
  head(c.label, texts.common.period);
  const et = employmentTextsOf(texts);
  head(c.periodDays, et.periodDays, FORMATS.count);
  head(c.daysEmployed, et.daysEmployed, FORMATS.count);
  if (c.targetIncentive !== null) head(c.targetIncentive, t.periodTargetIncentive, FORMATS.money);
  model.measures.forEach((m, i) => {
    const mc = c.measures[i];
    head(mc.quota, t.quota(m.name), FORMATS.money);
    head(mc.direct, t.direct(m.name, model.basis), FORMATS.money);
    // An actual read from the CRM data table is computed, not typed in.
    const fromCrm = ctx.actualFormulas?.some((rep) => rep[i].some((f) => f !== null)) ?? false;
    if (!fromCrm) inputColumns.push(mc.direct);
    head(mc.split, t.split(m.name), FORMATS.money);
    head(mc.credited, t.credited(m.name), FORMATS.money);
    head(mc.attainment, t.attainment(m.name), FORMATS.percent);
    head(mc.gate, t.gateMet(m.name));
    if ((mc.entered ?? null) !== null) {
      const ft = INCENTIVE_MECHANICS_TEXTS[ctx.locale ?? "en-US"].calc;
      head(mc.entered!, ft.entered(m.name), FORMATS.money);
      head(mc.currency!, ft.currency(m.name));
      inputColumns.push(mc.entered!, mc.currency!);
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
  });
  model.spiffs.forEach((s, j) => {
    head(c.spiffs[j].units, t.spiffUnits(s.name));
    inputColumns.push(c.spiffs[j].units);
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
  inputColumns.push(c.adjustment, c.adjustmentNote);
  head(c.adjustmentNote, t.adjustmentNote);
  head(c.earned, t.earned, FORMATS.money);
  head(c.draw, t.draw, FORMATS.money);
  head(c.payable, t.payable, FORMATS.money);
  head(c.balance, t.balance, FORMATS.money);
  head(c.ytd, t.ytd, FORMATS.money);
  g.setRow(layout.headerRow, 0, headers);
  g.styleCells(layout.headerRow, 0, 1, layout.width, "header");

  // Each rep's rows are a band: at 10,000 reps their formulas are 0.6 G characters, made on demand.
  g.lazyBands(R * P);
  model.reps.forEach((rep, r) => {
    const repRow = plan.repRow(r);
    g.band(layout.row(r, 0), P, (g) => fillRep(g, rep, r, repRow));
  });
  function fillRep(g: Grid, rep: PlanModel["reps"][number], r: number, repRow: number): void {
    model.periods.forEach((period, p) => {
      const y = layout.row(r, p);
      const A = (col: number) => at(y, col);
      const set = (col: number, body: string) => g.set(y, col, formula(body));
      g.setRow(y, 0, [text(rep.name), text(rep.team), p + 1, period.label]);
      const rowRef = { rep: atColumn(y, c.rep), period: atColumn(y, c.period) };
      const hire = planRef(repRow, plan.col.hireDate);
      const leave = planRef(repRow, plan.col.leaveDate);
      const inPeriod = A(c.periodDays);
      const days = A(c.daysEmployed);
      set(c.periodDays, periodDaysFormula(period));
      set(c.daysEmployed, daysEmployedFormula(period, hire, leave));
      if (c.targetIncentive !== null) {
        set(
          c.targetIncentive,
          proratedAmountFormula(
            `${planRef(repRow, plan.col.targetIncentive!)}*${NAMES.monthsPerPeriod}/12`,
            days,
            inPeriod,
          ),
        );
      }
      model.measures.forEach((m, i) => {
        const mc = c.measures[i];
        const n = measureNames(i);
        const quotaCell = planRef(repRow, plan.col.quota(i, p));
        // A quota linked to the goal sheet already follows the hire date (the goal sheet's ramp).
        set(mc.quota, rep.quotaLinks?.[i][p] ? quotaCell : proratedQuotaFormula(quotaCell, days, inPeriod));
        const fx = model.currencies;
        const actualFormula = ctx.actualFormulas?.[r][i][p] ?? null;
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
        } else g.set(y, mc.direct, actualFormula ? formula(actualFormula) : model.actuals[r][i][p]);
        set(
          mc.split,
          `SUMPRODUCT((${NAMES.creditRep}=${rowRef.rep})*(${NAMES.creditPeriod}=${rowRef.period})*(${NAMES.creditMeasure}="${m.id}")*${NAMES.creditCredited})`,
        );
        // With quota credit apart from pay credit, credited (attainment) takes the quota shares.
        const quotaCredit = (mc.quotaSplit ?? null) !== null;
        if (quotaCredit) {
          set(
            mc.quotaSplit!,
            `SUMPRODUCT((${NAMES.creditRep}=${rowRef.rep})*(${NAMES.creditPeriod}=${rowRef.period})*(${NAMES.creditMeasure}="${m.id}")*${NAMES.creditQuotaCredited})`,
          );
          set(mc.payCredited!, `${A(mc.direct)}+${A(mc.split)}`);
        }
        set(mc.credited, `${A(mc.direct)}+${A(quotaCredit ? mc.quotaSplit! : mc.split)}`);
        const payCredited = A(quotaCredit ? mc.payCredited! : mc.credited);
        // Year-to-date measures read the cumulative columns (ytd.ts): sums from the rep's first row.
        const ytd = mc.ytd ?? null;
        const firstRow = layout.row(r, 0);
        const toDate = (col: number) => `SUM(${at(firstRow, col)}:${A(col)})`;
        if (ytd) {
          set(ytd.quota, toDate(mc.quota));
          set(ytd.credited, toDate(mc.credited));
          set(ytd.pay, toDate(quotaCredit ? mc.payCredited! : mc.credited));
        }
        const quotaRef = ytd ? A(ytd.quota) : A(mc.quota);
        const creditedRef = ytd ? A(ytd.credited) : A(mc.credited);
        const payRef = ytd ? A(ytd.pay) : payCredited;
        const tiRef =
          c.targetIncentive === null ? "0" : ytd ? toDate(c.targetIncentive) : A(c.targetIncentive);
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
        if (m.payout.type === "tiers") {
          const u = A(mc.amountUsed!);
          const capTest =
            m.payout.on === "attainment"
              ? `AND(ISNUMBER(${n.attainmentCap}),${quotaRef}<>0)`
              : `ISNUMBER(${n.attainmentCap})`;
          set(mc.amountUsed!, `IF(${capTest},MIN(${payRef},${n.attainmentCap}*${quotaRef}),${payRef})`);
          // A measure with tier tables per role reads the table of this rep's role (roles.ts).
          const table = rep.tierTables?.[i] ?? null;
          const tierFrom = table === null ? n.tierFrom : (k: number) => n.roleTierFrom(table, k);
          const tierRate = table === null ? n.tierRate : (k: number) => n.roleTierRate(table, k);
          const from =
            m.payout.on === "attainment"
              ? (k: number) => `ROUND(${tierFrom(k)}*${quotaRef},${THRESHOLD_DIGITS})`
              : tierFrom;
          const T = tiersFor(m, rep, i).length;
          // A quota of 0 puts every attainment threshold at 0: the plan's zeroQuota rule pays instead.
          const zeroQuota = (k: number, body: string) =>
            m.payout.type === "tiers" && m.payout.on === "attainment"
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
          setPayout(`SUM(${A(mc.tierCommission[0])}:${A(lastColumn)})`);
        } else {
          const au = A(mc.attainmentUsed!);
          const s = A(mc.segment!);
          const v = A(mc.curveValue!);
          const X = n.curveAttainment;
          const Y = n.curvePayout;
          set(
            mc.attainmentUsed!,
            `IF(ISNUMBER(${n.attainmentCap}),MIN(${A(mc.attainment)},${n.attainmentCap}),${A(mc.attainment)})`,
          );
          set(
            mc.segment!,
            `IF(${au}<INDEX(${X},1),0,MIN(MATCH(${au},${X},1),${m.payout.points.length - 1}))`,
          );
          set(
            mc.curveValue!,
            `IF(${s}=0,0,INDEX(${Y},${s})+(INDEX(${Y},${s}+1)-INDEX(${Y},${s}))*(${au}-INDEX(${X},${s}))/(INDEX(${X},${s}+1)-INDEX(${X},${s})))`,
          );
          set(mc.fraction!, `MAX(0,IF(ISNUMBER(${n.curveCap}),MIN(${n.curveCap},${v}),${v}))`);
          setPayout(`${A(mc.fraction!)}*${tiRef}*${n.weight}`);
        }
      });
      model.spiffs.forEach((s, j) => {
        g.set(y, c.spiffs[j].units, model.spiffUnits[r][j][p]);
        set(c.spiffs[j].amount, spiffFormula(j, s.tiers.length, A(c.spiffs[j].units)));
      });
      const terms: string[] = model.measures.map((_, i) => A(c.measures[i].payout));
      c.spiffs.forEach((s) => terms.push(A(s.amount)));
      if (c.teamBonus !== null && model.teamPool) {
        const tl = ctx.teams;
        const ty = tl.row(model.teams.indexOf(rep.team), p);
        const pool = teamsRef(ty, tl.col.pool!);
        const credited = A(c.measures[model.teamPool.measure].credited);
        // Only members employed in the period share the pool; pro rata over their credited actuals.
        const base = `SUMPRODUCT((${NAMES.calcTeam}=${atColumn(y, c.team)})*(${NAMES.calcPeriod}=${rowRef.period})*(${EMPLOYMENT_NAMES.calcDaysEmployed}>0)*${measureNames(model.teamPool.measure).calcCredited})`;
        const members = teamsRef(ty, tl.col.members);
        set(
          c.teamBonus,
          `IF(AND(${teamsRef(ty, tl.col.funded!)},${days}>0),IF(${NAMES.poolSplit}="proRata",IF(${base}=0,0,${pool}*${credited}/${base}),IF(${members}=0,0,${pool}/${members})),0)`,
        );
        terms.push(A(c.teamBonus));
      }
      if (c.bestRepBonus !== null && ctx.awards.bestRep) {
        const col = ctx.awards.col(p);
        const w = awardsRef(ctx.awards.bestRep.winner, col);
        const top = ctx.awards.repScores!;
        const own = awardsRef(top + r, col);
        const all = sheetRef(ctx.sheetNames.awards, `${at(top, col, true)}:${at(top + R - 1, col, true)}`);
        const bonus = NAMES.bestRepBonus;
        set(
          c.bestRepBonus,
          `IF(${w}="",0,IF(${NAMES.bestRepTie}="first",IF(${w}=${rowRef.rep},${bonus},0),IF(AND(ISNUMBER(${own}),${own}=MAX(${all})),IF(${NAMES.bestRepTie}="all",${bonus},${bonus}/COUNTIF(${all},MAX(${all}))),0)))`,
        );
        terms.push(A(c.bestRepBonus));
      }
      if (c.bestTeamBonus !== null && ctx.awards.bestTeam) {
        const col = ctx.awards.col(p);
        const w = awardsRef(ctx.awards.bestTeam.winner, col);
        const top = ctx.awards.teamScores!;
        const own = awardsRef(top + model.teams.indexOf(rep.team), col);
        const all = sheetRef(
          ctx.sheetNames.awards,
          `${at(top, col, true)}:${at(top + model.teams.length - 1, col, true)}`,
        );
        const bonus = NAMES.bestTeamBonus;
        const tie = NAMES.bestTeamTie;
        set(
          c.bestTeamBonus,
          `IF(OR(${w}="",${days}=0),0,IF(${tie}="first",IF(${w}=${atColumn(y, c.team)},${bonus},0),IF(AND(ISNUMBER(${own}),${own}=MAX(${all})),IF(${tie}="all",${bonus},${bonus}/COUNTIF(${all},MAX(${all}))),0)))`,
        );
        terms.push(A(c.bestTeamBonus));
      }
      let earned = terms.join("+");
      if (c.clawback !== null) {
        set(
          c.clawback,
          `SUMPRODUCT((${NAMES.clawRep}=${rowRef.rep})*(${NAMES.clawPeriod}=${rowRef.period})*${NAMES.clawAmount})`,
        );
        earned += `-${A(c.clawback)}`;
      }
      if ((c.returnsReversed ?? null) !== null) {
        set(
          c.returnsReversed!,
          `SUMPRODUCT((${NAMES.returnRep}=${rowRef.rep})*(${NAMES.returnPeriod}=${rowRef.period})*${NAMES.returnReversal})`,
        );
        earned += `-${A(c.returnsReversed!)}`;
      }
      g.set(y, c.adjustment, model.adjustments[r][p]);
      g.set(y, c.adjustmentNote, model.adjustmentNotes[r][p] ? text(model.adjustmentNotes[r][p]) : null);
      earned += `+${A(c.adjustment)}`;
      set(c.earned, `ROUND(${earned},${NAMES.payDecimals})`);
      set(
        c.draw,
        proratedDrawFormula(
          planRef(repRow, plan.col.draw),
          drawDaysFormula(period, hire, leave, days),
          inPeriod,
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
      set(c.ytd, `SUM(${at(layout.row(r, 0), c.payable, true)}:${A(c.payable)})`);
    });
  }

  const first = layout.firstRow;
  const rows = R * P;
  for (let col = 0; col < layout.width; col++) {
    const f = columnFormat.get(col);
    if (f) g.formatCells(first, col, rows, 1, f);
    if (col >= 4) g.styleCells(first, col, rows, 1, inputColumns.includes(col) ? "input" : "computed");
    g.width(col, col === 0 ? 22 : col < 4 ? 12 : 14);
  }
  g.define(NAMES.calcRep, columnRange(c.rep, first, first + rows - 1));
  g.define(NAMES.calcTeam, columnRange(c.team, first, first + rows - 1));
  g.define(NAMES.calcPeriod, columnRange(c.period, first, first + rows - 1));
  g.define(EMPLOYMENT_NAMES.calcDaysEmployed, columnRange(c.daysEmployed, first, first + rows - 1));
  model.measures.forEach((_, i) => {
    const n = measureNames(i);
    g.define(n.calcQuota, columnRange(c.measures[i].quota, first, first + rows - 1));
    g.define(n.calcCredited, columnRange(c.measures[i].credited, first, first + rows - 1));
    g.conditionalFormat({
      type: "dataBar",
      range: `${at(first, c.measures[i].attainment)}:${at(first + rows - 1, c.measures[i].attainment)}`,
      color: "#63BE7B",
    });
  });
  return g;
}
