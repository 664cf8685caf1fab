/**
 * Where everything sits in the incentive workbook, decided before any sheet is written: the
 * Calculation, Teams and Awards sheets refer to each other's cells, and the tests and the demo read
 * cells by these positions. All rows and columns are 0-based.
 */
import type { PlanModel } from "../../kpi/plan/model";
import { tierColumns } from "../../kpi/plan/roles";
import { hasQuotaCredit } from "../../kpi/plan/quota-credit";

export interface MeasureColumns {
  readonly quota: number;
  readonly direct: number;
  readonly split: number;
  readonly credited: number;
  readonly attainment: number;
  readonly gate: number;
  /** Plans with quota credit apart from pay credit: the quota share of splits and the pay credit. */
  readonly quotaSplit?: number | null;
  readonly payCredited?: number | null;
  /** Plans with actuals in several currencies: the own actual as entered and its currency. */
  readonly entered?: number | null;
  readonly currency?: number | null;
  /** Year-to-date measures: cumulative quota, quota credit and pay credit, earned to date, paid before. */
  readonly ytd?: {
    readonly quota: number;
    readonly credited: number;
    readonly pay: number;
    readonly earned: number;
    readonly paidBefore: number;
  } | null;
  /** Tier measures. */
  readonly amountUsed: number | null;
  readonly tierAmount: readonly number[];
  readonly tierCommission: readonly number[];
  /** Curve measures. */
  readonly attainmentUsed: number | null;
  readonly segment: number | null;
  readonly curveValue: number | null;
  readonly fraction: number | null;
  readonly payout: number;
}

export interface CalcLayout {
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly row: (rep: number, period: number) => number;
  readonly col: {
    readonly rep: number;
    readonly team: number;
    readonly period: number;
    readonly label: number;
    /** Days of the period, and of them the days employed (hire to leave date). */
    readonly periodDays: number;
    readonly daysEmployed: number;
    readonly targetIncentive: number | null;
    readonly measures: readonly MeasureColumns[];
    readonly spiffs: readonly { readonly units: number; readonly amount: number }[];
    readonly teamBonus: number | null;
    readonly bestRepBonus: number | null;
    readonly bestTeamBonus: number | null;
    readonly clawback: number | null;
    /** Commission reversed for returns and credit memos (plans with returns). */
    readonly returnsReversed?: number | null;
    readonly adjustment: number;
    readonly adjustmentNote: number;
    readonly earned: number;
    readonly draw: number;
    readonly payable: number;
    readonly balance: number;
    readonly ytd: number;
  };
  readonly width: number;
}

export interface TeamsLayout {
  readonly headerRow: number;
  readonly firstRow: number;
  readonly row: (team: number, period: number) => number;
  readonly col: {
    readonly team: number;
    readonly period: number;
    readonly label: number;
    readonly members: number;
    readonly quota: (m: number) => number;
    readonly credited: (m: number) => number;
    readonly attainment: (m: number) => number;
    readonly funded: number | null;
    readonly pool: number | null;
  };
  readonly width: number;
}

export interface AwardsLayout {
  readonly headerRow: number;
  /** Column of pay period p. */
  readonly col: (period: number) => number;
  /** Rows of the best-salesperson summary (winner, score, recognition, bonus), or null. */
  readonly bestRep: {
    readonly winner: number;
    readonly score: number;
    readonly title: number;
    readonly bonus: number;
  } | null;
  readonly bestTeam: {
    readonly winner: number;
    readonly score: number;
    readonly title: number;
    readonly bonus: number;
  } | null;
  /** First row of the qualifying scores, one row per rep (team). */
  readonly repScoresTitle: number | null;
  readonly repScores: number | null;
  readonly teamScoresTitle: number | null;
  readonly teamScores: number | null;
}

export function calcLayout(model: PlanModel): CalcLayout {
  const P = model.periods.length;
  let c = 4;
  const periodDays = c++;
  const daysEmployed = c++;
  const targetIncentive = model.measures.some(
    (m) => m.payout.type === "curve" || (m.payoutCapTI ?? null) !== null,
  )
    ? c++
    : null;
  const quotaCredit = hasQuotaCredit(model);
  const measures: MeasureColumns[] = model.measures.map((m) => {
    const base = {
      quota: c++,
      direct: c++,
      split: c++,
      credited: c++,
      attainment: c++,
      gate: c++,
      ...(quotaCredit ? { quotaSplit: c++, payCredited: c++ } : {}),
      ...(model.currencies ? { entered: c++, currency: c++ } : {}),
      ...(m.ytd ? { ytd: { quota: c++, credited: c++, pay: c++, earned: c++, paidBefore: c++ } } : {}),
    };
    if (m.payout.type === "tiers") {
      const amountUsed = c++;
      const columns = Array.from({ length: tierColumns(m) });
      const tierAmount = columns.map(() => c++);
      const tierCommission = columns.map(() => c++);
      return {
        ...base,
        amountUsed,
        tierAmount,
        tierCommission,
        attainmentUsed: null,
        segment: null,
        curveValue: null,
        fraction: null,
        payout: c++,
      };
    }
    return {
      ...base,
      amountUsed: null,
      tierAmount: [],
      tierCommission: [],
      attainmentUsed: c++,
      segment: c++,
      curveValue: c++,
      fraction: c++,
      payout: c++,
    };
  });
  const spiffs = model.spiffs.map(() => ({ units: c++, amount: c++ }));
  const teamBonus = model.teamPool ? c++ : null;
  const bestRepBonus = model.bestRep ? c++ : null;
  const bestTeamBonus = model.bestTeam ? c++ : null;
  const clawback = model.clawbackSchedule.length ? c++ : null;
  const returnsReversed = model.returns?.length ? c++ : null;
  const adjustment = c++;
  const adjustmentNote = c++;
  const earned = c++;
  const draw = c++;
  const payable = c++;
  const balance = c++;
  const ytd = c++;
  const firstRow = 4;
  return {
    headerRow: 3,
    firstRow,
    lastRow: firstRow + model.reps.length * P - 1,
    row: (r, p) => firstRow + r * P + p,
    col: {
      rep: 0,
      team: 1,
      period: 2,
      label: 3,
      periodDays,
      daysEmployed,
      targetIncentive,
      measures,
      spiffs,
      teamBonus,
      bestRepBonus,
      bestTeamBonus,
      clawback,
      returnsReversed,
      adjustment,
      adjustmentNote,
      earned,
      draw,
      payable,
      balance,
      ytd,
    },
    width: c,
  };
}

export function teamsLayout(model: PlanModel): TeamsLayout {
  const P = model.periods.length;
  const M = model.measures.length;
  const firstRow = 4;
  const funded = model.teamPool ? 4 + 3 * M : null;
  return {
    headerRow: 3,
    firstRow,
    row: (t, p) => firstRow + t * P + p,
    col: {
      team: 0,
      period: 1,
      label: 2,
      members: 3,
      quota: (m) => 4 + 3 * m,
      credited: (m) => 5 + 3 * m,
      attainment: (m) => 6 + 3 * m,
      funded,
      pool: funded === null ? null : funded + 1,
    },
    width: 4 + 3 * M + (model.teamPool ? 2 : 0),
  };
}

export function awardsLayout(model: PlanModel): AwardsLayout {
  let row = 4;
  const block = () => ({ winner: row++, score: row++, title: row++, bonus: row++ });
  const bestRep = model.bestRep ? block() : null;
  const bestTeam = model.bestTeam ? block() : null;
  row++;
  let repScoresTitle: number | null = null;
  let repScores: number | null = null;
  if (model.bestRep) {
    repScoresTitle = row;
    repScores = row + 2;
    row += 2 + model.reps.length + 1;
  }
  let teamScoresTitle: number | null = null;
  let teamScores: number | null = null;
  if (model.bestTeam) {
    teamScoresTitle = row;
    teamScores = row + 2;
  }
  return {
    headerRow: 3,
    col: (p) => 1 + p,
    bestRep,
    bestTeam,
    repScoresTitle,
    repScores,
    teamScoresTitle,
    teamScores,
  };
}
