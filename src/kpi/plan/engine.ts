/**
 * The reference engine of an incentive plan: every rep's pay per period, the teams' results and the
 * period awards, computed with the KPI core (commission, payout, draw, clawback, top performer).
 * The generated sheets compute the same figures with native formulas; the oracle tests compare them.
 *
 * Semantics the plan leaves open, decided here and stated on the Plan sheet:
 * - Credit splits add amount x share to each rep's credited actual, which drives both attainment and
 *   commission; the quota is not changed by splits. A split may give a separate quota share (overlays,
 *   quota-credit.ts): quota credit then drives attainment, teams and awards, and tier commission is
 *   paid on pay credit.
 * - A gate (attainment of a measure below its threshold) zeroes that measure's payout; the
 *   attainment cap limits the attainment (or the amount, for tier measures) before the payout is
 *   computed; the payout cap limits the measure's payout in money, and payoutCapTI to a multiple of
 *   the rep's target incentive of the period (the lower of the two applies, see caps.ts).
 * - Net earnings = measure payouts + SPIFFs + team pool share + award bonuses - clawbacks - returns
 *   reversed (at the rate paid, see returns.ts) + adjustments.
 *   The draw applies to net earnings: clawbacks and adjustments come before it. A rep with no draw
 *   is treated as having a recoverable draw of 0, so negative net earnings are carried forward and
 *   recovered from later earnings instead of being paid out as a negative amount.
 * - Net earned, the payable and the balance carried are rounded to the currency's minor unit each
 *   period (payableDecimals), as Excel's ROUND does; year to date adds the rounded payables.
 * - Awards go to the highest score among eligible reps (teams). Equal top reps (teams) share the
 *   bonus, each get it, or the first in roster order gets it, as the plan states (tie).
 * - Hire and leave dates (employment.ts): a period without an employed day has no quota, target
 *   incentive or draw, no share of a team pool and no award; a partial period is prorated by days.
 */
import { clawbackCore } from "../clawback";
import {
  CommissionTraceRow,
  Tier,
  commissionCore,
  commissionTraceCore,
  countCommissionCore,
} from "../commission";
import { drawCore } from "../draw";
import { roundMoney } from "../money";
import { topPerformerCore } from "../leaderboard";
import { payoutCore } from "../payout";
import { isKpiError } from "../result";
import { PlanMeasure, PlanModel, PlanRep, ZeroQuotaRule } from "./model";
import {
  drawDays,
  employedDays,
  periodDays,
  proratedAmount,
  proratedDraw,
  proratedQuota,
} from "./employment";
import { capAt, payoutLimit } from "./caps";
import { measureForRep } from "./roles";
import { returnsReversed } from "./returns";
import { quotaSplits } from "./quota-credit";
import { cumulativeThrough, trueUp } from "./ytd";

/** Decimals that money thresholds scaled from attainment are rounded to (the plan sheet says so). */
export const THRESHOLD_DIGITS = 2;

export interface MeasureLine {
  readonly quota: number;
  /** The rep's own (unsplit) actual. */
  readonly direct: number;
  /** Credit from split deals: sum of amount x share. */
  readonly split: number;
  /** Quota credit (direct + quota share of splits): attainment is read on it. */
  readonly credited: number;
  /** Pay credit (direct + pay share of splits): tier commission is paid on it. */
  readonly payCredited: number;
  readonly attainment: number;
  readonly gateMet: boolean;
  /** Tier measures: the amount commissioned (credited, limited by the attainment cap). */
  readonly amountUsed: number | null;
  /** Tier measures: per tier, with thresholds in money (attainment tiers scaled by the quota). */
  readonly trace: readonly CommissionTraceRow[] | null;
  /** Curve measures: attainment after the cap, and the payout fraction of the target incentive. */
  readonly attainmentUsed: number | null;
  readonly fraction: number | null;
  /** Before the gate and the payout cap. */
  readonly raw: number;
  readonly payout: number;
  /** Year-to-date measures: cumulative figures, earned to date (after gate and caps) and paid before. */
  readonly ytd?: {
    readonly quota: number;
    readonly credited: number;
    readonly payCredited: number;
    readonly earned: number;
    readonly paidBefore: number;
  };
}

export interface SpiffLine {
  readonly units: number;
  readonly amount: number;
}

export interface RepPeriodLine {
  /** Days of the period the rep was employed (hire to leave date), and the period's days. */
  readonly daysEmployed: number;
  readonly periodDays: number;
  readonly measures: readonly MeasureLine[];
  /** Target incentive for the period (null when the plan has none). */
  readonly targetIncentive: number | null;
  /** Base salary for the period (plans stated as OTE), for the statement. */
  readonly baseSalary: number | null;
  readonly spiffs: readonly SpiffLine[];
  readonly teamBonus: number;
  readonly bestRepBonus: number;
  readonly bestTeamBonus: number;
  readonly clawback: number;
  /** Commission reversed for returns and credit memos deducted this period (returns.ts). */
  readonly returnsReversed: number;
  readonly adjustment: number;
  readonly earned: number;
  readonly draw: number;
  readonly payable: number;
  /** What the rep owes against draws (or carried negative earnings) after the period. */
  readonly balance: number;
  readonly ytd: number;
}

export interface TeamPeriodLine {
  /** Members employed in the period (at least one day): those who share the pool. */
  readonly members: number;
  /** Per measure. */
  readonly quota: readonly number[];
  readonly credited: readonly number[];
  readonly attainment: readonly number[];
  readonly poolFunded: boolean;
  readonly pool: number;
}

export interface AwardWinner {
  readonly name: string;
  readonly score: number;
  /** Everyone with the top score, in roster order (the winner first). */
  readonly tied?: readonly string[];
}

export interface AwardPeriod {
  readonly bestRep: AwardWinner | null;
  readonly bestTeam: AwardWinner | null;
}

export interface PlanResult {
  /** [rep][period]. */
  readonly lines: readonly (readonly RepPeriodLine[])[];
  /** [team][period], teams in PlanModel.teams order. */
  readonly teams: readonly (readonly TeamPeriodLine[])[];
  /** [period]. */
  readonly awards: readonly AwardPeriod[];
}

/**
 * Attainment = credited / quota; a quota of 0 (a rep not started yet, on leave) gives 0.
 * ATTAINMENT's 1 + (a - q)/|q| is the same number in exact arithmetic, but in floating point it lands
 * below an exact threshold in about one case in eight (9/20 gives 0.44999999999999996, so a rep
 * exactly at a 45% gate would miss it); a plain division is exact there, as the sheet's formula is.
 */
function ratio(credited: number, quota: number): number {
  return quota === 0 ? 0 : credited / quota;
}

/** Target incentive per year of a rep, from OTE and mix or stated directly. */
export function annualTargetIncentive(plan: PlanModel, rep: PlanRep): number | null {
  if (plan.compensation.kind === "ote") return (rep.ote ?? 0) * (1 - (rep.baseMix ?? 0));
  if (plan.compensation.kind === "targetIncentive") return rep.targetIncentive ?? 0;
  return null;
}

interface Credited {
  quota: number;
  direct: number;
  split: number;
  /** Quota credit: drives attainment, teams and awards. */
  credited: number;
  /** Pay credit: what commission tiers are applied to (quota-credit.ts). */
  payCredited: number;
  attainment: number;
}

function creditedLines(plan: PlanModel): Credited[][][] {
  const P = plan.periods.length;
  // Split credit per [rep][measure][period], summed in the order the rows appear on the sheet.
  const split = plan.reps.map(() => plan.measures.map(() => new Array<number>(P).fill(0)));
  for (const c of plan.credits) split[c.rep][c.measure][c.period] += c.amount * c.share;
  const quotaSplit = quotaSplits(plan);
  return plan.reps.map((rep, r) =>
    plan.measures.map((_, m) =>
      plan.periods.map((period, p) => {
        // A quota linked to the goal sheet already follows the hire date (the goal sheet's ramp).
        const quota = rep.quotaLinks?.[m][p]
          ? rep.quotas[m][p]
          : proratedQuota(rep.quotas[m][p], employedDays(rep, period), periodDays(period));
        const direct = plan.actuals[r][m][p];
        const s = split[r][m][p];
        const credited = direct + quotaSplit[r][m][p];
        return {
          quota,
          direct,
          split: s,
          credited,
          payCredited: direct + s,
          attainment: ratio(credited, quota),
        };
      }),
    ),
  );
}

function measureLine(
  measure: PlanMeasure,
  own: Credited,
  all: readonly Credited[],
  targetIncentive: number | null,
  zeroQuota: ZeroQuotaRule,
): MeasureLine {
  const gateMet = measure.gate === null || all[measure.gate.measure].attainment >= measure.gate.attainment;
  const limit = payoutLimit(measure, targetIncentive);
  const cap = (x: number) => capAt(x, limit);
  const base = { ...own, gateMet };
  if (measure.payout.type === "tiers" && measure.payout.on === "attainment" && own.quota === 0) {
    // Thresholds scaled by a quota of 0 all sit at 0, which would pay everything at the top rate:
    // the plan's zeroQuota rule decides instead (the first tier's rate, or nothing).
    const amountUsed = own.payCredited;
    const inFirst = zeroQuota === "baseRate" && amountUsed > 0 ? amountUsed : 0;
    const tiers = measure.payout.tiers;
    const trace = tiers.map((t, i) => ({
      from: 0,
      to: i + 1 < tiers.length ? 0 : null,
      amountInTier: i === 0 ? inFirst : 0,
      rate: t.rate,
      commission: i === 0 ? inFirst * t.rate : 0,
    }));
    const raw = inFirst * tiers[0].rate;
    return {
      ...base,
      amountUsed,
      trace,
      attainmentUsed: null,
      fraction: null,
      raw,
      payout: gateMet ? cap(raw) : 0,
    };
  }
  if (measure.payout.type === "tiers") {
    const scale = measure.payout.on === "attainment" ? own.quota : 1;
    // An attainment threshold in money is rounded to the cent, as the sheet does: 110% of 110,000 is
    // 121000.00000000001 in binary, and a rep at exactly 121,000 must reach that tier in every engine.
    const tiers: Tier[] = measure.payout.tiers.map((t) => ({
      from: scale === 1 ? t.from : roundMoney(t.from * scale, THRESHOLD_DIGITS),
      rate: t.rate,
    }));
    const limit = measure.attainmentCap === null ? null : measure.attainmentCap * own.quota;
    const amountUsed = limit !== null && own.payCredited > limit ? limit : own.payCredited;
    const raw = commissionCore(amountUsed, tiers, measure.payout.method);
    return {
      ...base,
      amountUsed,
      trace: commissionTraceCore(amountUsed, tiers, measure.payout.method),
      attainmentUsed: null,
      fraction: null,
      raw,
      payout: gateMet ? cap(raw) : 0,
    };
  }
  const attainmentUsed =
    measure.attainmentCap !== null && own.attainment > measure.attainmentCap
      ? measure.attainmentCap
      : own.attainment;
  const fraction = payoutCore(attainmentUsed, measure.payout.points, measure.payout.cap);
  const raw = fraction * (targetIncentive ?? 0) * (measure.weight ?? 0);
  return {
    ...base,
    amountUsed: null,
    trace: null,
    attainmentUsed,
    fraction,
    raw,
    payout: gateMet ? cap(raw) : 0,
  };
}

function teamLines(plan: PlanModel, credited: Credited[][][]): TeamPeriodLine[][] {
  return plan.teams.map((team) =>
    plan.periods.map((_, p) => {
      const members = plan.reps.filter((r) => r.team === team && employedDays(r, plan.periods[p]) > 0).length;
      const quota = plan.measures.map(() => 0);
      const sum = plan.measures.map(() => 0);
      plan.reps.forEach((rep, r) => {
        if (rep.team !== team) return;
        plan.measures.forEach((__, m) => {
          quota[m] += credited[r][m][p].quota;
          sum[m] += credited[r][m][p].credited;
        });
      });
      const attainment = plan.measures.map((__, m) => ratio(sum[m], quota[m]));
      const pool = plan.teamPool;
      const poolFunded = pool !== null && attainment[pool.measure] >= pool.threshold;
      const excess = pool === null ? 0 : sum[pool.measure] - quota[pool.measure];
      const amount = poolFunded && pool ? pool.amount + pool.excessRate * (excess > 0 ? excess : 0) : 0;
      return { members, quota, credited: sum, attainment, poolFunded, pool: amount };
    }),
  );
}

function awards(plan: PlanModel, credited: Credited[][][], teams: TeamPeriodLine[][]): AwardPeriod[] {
  return plan.periods.map((_, p) => {
    let bestRep: AwardWinner | null = null;
    const rule = plan.bestRep;
    if (rule) {
      const names: string[] = [];
      const scores: number[] = [];
      plan.reps.forEach((rep, r) => {
        const line = credited[r][rule.measure][p];
        if (employedDays(rep, plan.periods[p]) === 0) return;
        if (rule.minAttainment !== null && !(line.attainment >= rule.minAttainment)) return;
        names.push(rep.name);
        scores.push(rule.by === "attainment" ? line.attainment : line.credited);
      });
      if (names.length) {
        const name = topPerformerCore(names, scores);
        if (!isKpiError(name)) {
          const score = scores[names.indexOf(name)];
          bestRep = { name, score, tied: names.filter((_, i) => scores[i] === score) };
        }
      }
    }
    let bestTeam: AwardWinner | null = null;
    const teamRule = plan.bestTeam;
    if (teamRule) {
      const names: string[] = [];
      const scores: number[] = [];
      plan.teams.forEach((team, t) => {
        const a = teams[t][p].attainment[teamRule.measure];
        if (teamRule.minAttainment !== null && !(a >= teamRule.minAttainment)) return;
        names.push(team);
        scores.push(a);
      });
      if (names.length) {
        const name = topPerformerCore(names, scores);
        if (!isKpiError(name)) {
          const score = scores[names.indexOf(name)];
          bestTeam = { name, score, tied: names.filter((_, i) => scores[i] === score) };
        }
      }
    }
    return { bestRep, bestTeam };
  });
}

/**
 * What one contender gets of an award under the plan's tie rule: the winner alone ("first", the
 * first listed), every tied contender in full ("all"), or the bonus split among them ("share").
 */
function awardShare(
  bonus: number,
  tie: "first" | "all" | "share",
  winner: AwardWinner | null | undefined,
  contender: string,
): number {
  if (tie === "first") return winner?.name === contender ? bonus : 0;
  const tied = winner?.tied ?? [];
  if (!tied.includes(contender)) return 0;
  return tie === "all" ? bonus : bonus / tied.length;
}

/** Computes the whole plan: every rep and period, the teams and the awards. */
export function computePlan(plan: PlanModel): PlanResult {
  const credited = creditedLines(plan);
  const teams = teamLines(plan, credited);
  // Awards rank a year-to-date measure by its attainment to date, the attainment its rows show.
  const ranked = credited.map((lines) =>
    lines.map((periods, m) =>
      plan.measures[m].ytd
        ? periods.map((line, p) => {
            const sum = cumulativeThrough(periods, p);
            return { ...line, attainment: ratio(sum.credited, sum.quota) };
          })
        : periods,
    ),
  );
  const periodAwards = awards(plan, ranked, teams);

  const clawbacks = plan.reps.map(() => plan.periods.map(() => 0));
  for (const e of plan.clawbacks) {
    clawbacks[e.rep][e.period] += clawbackCore(e.commission, e.monthsActive, plan.clawbackSchedule);
  }

  const digits = plan.payableDecimals ?? 2;
  const lines = plan.reps.map((rep, r) => {
    const t = plan.teams.indexOf(rep.team);
    const annual = annualTargetIncentive(plan, rep);
    const ti = annual === null ? null : (annual * plan.monthsPerPeriod) / 12;
    const baseSalary =
      plan.compensation.kind === "ote"
        ? ((rep.ote ?? 0) * (rep.baseMix ?? 0) * plan.monthsPerPeriod) / 12
        : null;
    // A partial period's target incentive is prorated by the days employed (employment.ts).
    const periodTis = plan.periods.map((period) =>
      ti === null ? null : proratedAmount(ti, employedDays(rep, period), periodDays(period)),
    );
    // Every period's measure lines first: a return reverses at the rate paid in an earlier period.
    // Year-to-date measures (ytd.ts) read cumulative figures and pay earned to date less paid before.
    const paidBefore = plan.measures.map(() => 0);
    const measureLines = plan.periods.map((_, p) => {
      const own = plan.measures.map((__, m) => credited[r][m][p]);
      const periodTi = periodTis[p];
      const view = own.map((line, m) => {
        if (!plan.measures[m].ytd) return line;
        const sum = cumulativeThrough(credited[r][m], p);
        return { ...line, ...sum, attainment: ratio(sum.credited, sum.quota) };
      });
      return plan.measures.map((measure, m) => {
        const forRep = measureForRep(measure, rep, m);
        if (!measure.ytd) return measureLine(forRep, own[m], view, periodTi, plan.zeroQuota ?? "baseRate");
        // Caps of a year-to-date measure apply to the earnings to date: per-period caps times periods so far.
        const ytdMeasure = {
          ...forRep,
          payoutCap: forRep.payoutCap === null ? null : forRep.payoutCap * (p + 1),
        };
        // The target incentive to date: each period's own (prorated) target incentive, summed.
        let ytdTI: number | null = null;
        for (let q = 0; q <= p; q++) if (periodTis[q] !== null) ytdTI = (ytdTI ?? 0) + periodTis[q]!;
        const line = measureLine(ytdMeasure, view[m], view, ytdTI, plan.zeroQuota ?? "baseRate");
        const before = paidBefore[m];
        const payout = trueUp(line.payout, before, plan.negativeTrueUp ?? "carry");
        paidBefore[m] = before + payout;
        return {
          ...line,
          ...own[m],
          attainment: view[m].attainment,
          gateMet: line.gateMet,
          ytd: { ...view[m], earned: line.payout, paidBefore: before },
          payout,
        };
      });
    });
    const partial = plan.periods.map((period, p) => {
      const daysEmployed = employedDays(rep, period);
      const inPeriod = periodDays(period);
      const own = plan.measures.map((__, m) => credited[r][m][p]);
      const periodTi = periodTis[p];
      const measures = measureLines[p];
      const returnsReversal = returnsReversed(plan, r, p, measureLines);
      const spiffs = plan.spiffs.map((spiff, s) => {
        const units = plan.spiffUnits[r][s][p];
        return { units, amount: countCommissionCore(units, spiff.tiers, spiff.method) };
      });
      const team = teams[t][p];
      let teamBonus = 0;
      if (plan.teamPool && team.poolFunded && daysEmployed > 0) {
        // Only members employed in the period share the pool (pro rata: of their credited actuals).
        const m = plan.teamPool.measure;
        let base = 0;
        plan.reps.forEach((other, o) => {
          if (other.team === rep.team && employedDays(other, period) > 0) base += credited[o][m][p].credited;
        });
        if (plan.teamPool.split === "equal") teamBonus = team.members === 0 ? 0 : team.pool / team.members;
        else teamBonus = base === 0 ? 0 : (team.pool * own[m].credited) / base;
      }
      const award = periodAwards[p];
      const bestRepBonus = !plan.bestRep
        ? 0
        : awardShare(plan.bestRep.bonus, plan.bestRep.tie ?? "first", award.bestRep, rep.name);
      const bestTeamBonus =
        !plan.bestTeam || daysEmployed === 0
          ? 0
          : awardShare(plan.bestTeam.bonusPerMember, plan.bestTeam.tie ?? "first", award.bestTeam, rep.team);
      const clawback = clawbacks[r][p];
      const adjustment = plan.adjustments[r][p];
      // Summed term by term, left to right, in the order the Net earned formula adds them.
      let earned = 0;
      for (const m of measures) earned += m.payout;
      for (const s of spiffs) earned += s.amount;
      earned += teamBonus;
      earned += bestRepBonus;
      earned += bestTeamBonus;
      earned -= clawback;
      earned -= returnsReversal;
      earned += adjustment;
      earned = roundMoney(earned, digits);
      return {
        daysEmployed,
        periodDays: inPeriod,
        measures,
        targetIncentive: periodTi,
        baseSalary: baseSalary === null ? null : proratedAmount(baseSalary, daysEmployed, inPeriod),
        spiffs,
        teamBonus,
        bestRepBonus,
        bestTeamBonus,
        clawback,
        returnsReversed: returnsReversal,
        adjustment,
        earned,
      };
    });
    const draws = plan.periods.map((period, p) =>
      proratedDraw(rep.draw, drawDays(rep, period, plan.drawRampMonths), partial[p].periodDays, digits),
    );
    // No draw behaves as a recoverable draw of 0: a negative period is carried, not paid.
    const paid = drawCore(
      partial.map((x) => x.earned),
      draws,
      draws.map((d) => plan.draw.recoverable || d === 0),
      (x) => roundMoney(x, digits),
    );
    let ytd = 0;
    return partial.map((x, p) => {
      ytd += paid[p].paid;
      return { ...x, draw: draws[p], payable: paid[p].paid, balance: paid[p].balance, ytd };
    });
  });
  return { lines, teams, awards: periodAwards };
}
