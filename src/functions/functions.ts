// Generated from catalogue.ts by scripts/functions/generate.cjs: edit the catalogue, then run
// `node scripts/functions/generate.cjs`. One line per function: the math lives in src/kpi.
// Result types are spelled out because the metadata generator does not resolve aliases;
// `any[][]` is the only spelling it turns into a spilling (matrix) result.
/* eslint-disable @typescript-eslint/no-explicit-any */
import "./outside-excel";
import * as core from "../kpi";
import { matrix, scalar } from "./excel-result";

/**
 * Goal attainment as a fraction: 1 means the target is met exactly, 1.2 means 120%. higher: 1 + (actual - target)/|target|, so a negative target (a loss to reduce) works; lower: 1 + (target - actual)/|target|.
 * @customfunction ATTAINMENT
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#attainment
 * @param actual The actual result.
 * @param target The target; 0 gives #DIV/0!.
 * @param [direction] "higher" (default) when more is better, "lower" when less is better (cost, churn).
 * @returns 1.44M against a 1.2M target: 120% attained.
 */
export function attainment(actual: number, target: number, direction?: string): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.attainment(actual, target, direction ?? null));
}

/**
 * Growth from one period to the next as a fraction: (current - previous) / |previous|. Dividing by |previous| keeps the sign right when previous is negative: a smaller loss is positive growth.
 * @customfunction GROWTH
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#growth
 * @param current This period's value.
 * @param previous The previous period's value; 0 gives #DIV/0!.
 * @returns Revenue up from 1.0M to 1.15M: 15% growth.
 */
export function growth(current: number, previous: number): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.growth(current, previous));
}

/**
 * What is still missing to reach the target; 0 once it is reached (never negative). higher: max(0, target - actual); lower: max(0, actual - target).
 * @customfunction GAP
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#gap
 * @param actual The actual result.
 * @param target The target.
 * @param [direction] "higher" (default) when more is better, "lower" when less is better (cost, churn).
 * @returns 820K sold against a 1M target: 180K to go.
 */
export function gap(actual: number, target: number, direction?: string): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.gap(actual, target, direction ?? null));
}

/**
 * Pace: actual against the part of the target expected by asof on a straight line over the period; 1 means exactly on pace. An asof after end counts the whole period; nothing expected yet (asof before start, or target 0) gives #DIV/0!; a period with no working day gives #DIV/0!.
 * @customfunction PACE
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#pace
 * @param actual The actual result so far.
 * @param target The target for the whole period.
 * @param start First day of the period (an Excel date).
 * @param end Last day of the period (an Excel date); before start gives #NUM!.
 * @param asof The date the actual is measured at, usually TODAY(); that day counts as done.
 * @param [holidays] Range of holiday dates, not counted as working days (blank cells ignored).
 * @param [basis] "workdays" (default: Monday-Friday less holidays, both ends counted, like NETWORKDAYS) or "calendar".
 * @returns June 2025 has 21 working days, 9 of them done by June 12: 96,000 / (260,000 x 9/21) = 86% of pace.
 */
export function pace(actual: number, target: number, start: number, end: number, asof: number, holidays?: any[][], basis?: string): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.pace(actual, target, start, end, asof, holidays ?? null, basis ?? null));
}

/**
 * Run rate: the period total projected from the pace so far (actual x days in period / days elapsed). An asof after end gives actual itself; asof before start (no day elapsed) gives #DIV/0!.
 * @customfunction RUNRATE
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#runrate
 * @param actual The actual result so far.
 * @param start First day of the period (an Excel date).
 * @param end Last day of the period (an Excel date); before start gives #NUM!.
 * @param asof The date the actual is measured at, usually TODAY(); that day counts as done.
 * @param [holidays] Range of holiday dates, not counted as working days (blank cells ignored).
 * @param [basis] "workdays" (default: Monday-Friday less holidays, both ends counted, like NETWORKDAYS) or "calendar".
 * @returns 96,000 after day 12 of a 30-day month: 96,000 x 30/12 = 240,000 by month end.
 */
export function runrate(actual: number, start: number, end: number, asof: number, holidays?: any[][], basis?: string): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.runRate(actual, start, end, asof, holidays ?? null, basis ?? null));
}

/**
 * What is needed per remaining day to reach the target: (target - actual) / days after asof up to and including end. 0 once the target is reached; #DIV/0! when it is not and no day is left.
 * @customfunction REQUIREDRATE
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#requiredrate
 * @param actual The actual result so far.
 * @param target The target for the whole period.
 * @param end Last day of the period (an Excel date); before start gives #NUM!.
 * @param asof The date the actual is measured at, usually TODAY(); that day counts as done.
 * @param [holidays] Range of holiday dates, not counted as working days (blank cells ignored).
 * @param [basis] "workdays" (default: Monday-Friday less holidays, both ends counted, like NETWORKDAYS) or "calendar".
 * @returns 164,000 still to sell in the 18 days after June 12: 9,111.11 per day.
 */
export function requiredrate(actual: number, target: number, end: number, asof: number, holidays?: any[][], basis?: string): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.requiredRate(actual, target, end, asof, holidays ?? null, basis ?? null));
}

/**
 * Traffic light for a goal: "ON TRACK" when actual >= the target expected by asof, "OFF TRACK" when at least tolerance below it, else "AT RISK". The texts stay in English in every language so formulas can compare them. Before start nothing is expected, so any actual >= 0 is ON TRACK.
 * @customfunction STATUS
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#status
 * @param actual The actual result so far.
 * @param target The target for the whole period.
 * @param start First day of the period (an Excel date).
 * @param end Last day of the period (an Excel date); before start gives #NUM!.
 * @param asof The date the actual is measured at, usually TODAY(); that day counts as done.
 * @param [tolerance] How far below the expected value (as a fraction of it) counts as off track; default 0.1; negative gives #NUM!.
 * @param [holidays] Range of holiday dates, not counted as working days (blank cells ignored).
 * @param [basis] "workdays" (default: Monday-Friday less holidays, both ends counted, like NETWORKDAYS) or "calendar".
 * @returns 104,000 expected by day 12 of 30; 96,000 is 7.7% short, less than the 10% tolerance: at risk.
 */
export function status(actual: number, target: number, start: number, end: number, asof: number, tolerance?: number, holidays?: any[][], basis?: string): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.status(actual, target, start, end, asof, tolerance ?? null, holidays ?? null, basis ?? null));
}

/**
 * Quota of a new hire in their n-th period in the role: fullQuota x the schedule's fraction for that period; the full quota after the schedule. A schedule given but empty means no ramp (the full quota from period 1); a negative fraction gives #NUM!.
 * @customfunction RAMPQUOTA
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#rampquota
 * @param fullQuota The quota of a fully ramped rep.
 * @param periodInRole Which period in the role (1 = first); decimals are truncated; below 1 gives #NUM!.
 * @param [schedule] One column (or row) of fractions per period; default 0.25, 0.5, 0.75; blank cells skipped.
 * @returns Second month on the default ramp: half of a 120,000 quota.
 */
export function rampquota(fullQuota: number, periodInRole: number, schedule?: any[][]): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.rampQuota(fullQuota, periodInRole, schedule ?? null));
}

/**
 * The share of a target for someone active only part of the period: target x days active in the period / days in the period. No overlap with the period gives 0; a period with no working day gives #DIV/0!.
 * @customfunction PRORATE
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#prorate
 * @param target The full-period target.
 * @param periodStart First day of the period.
 * @param periodEnd Last day of the period; before periodStart gives #NUM!.
 * @param activeFrom First day the person is active.
 * @param [activeTo] Last day active; omitted means still active at the end; before activeFrom gives #NUM!.
 * @param [holidays] Range of holiday dates, not counted as working days (blank cells ignored).
 * @param [basis] "workdays" (default: Monday-Friday less holidays, both ends counted, like NETWORKDAYS) or "calendar".
 * @returns Joined on 1 February: 59 of the quarter's 90 days, so 59,000 of 90,000.
 */
export function prorate(target: number, periodStart: number, periodEnd: number, activeFrom: number, activeTo?: number, holidays?: any[][], basis?: string): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.prorate(target, periodStart, periodEnd, activeFrom, activeTo ?? null, holidays ?? null, basis ?? null));
}

/**
 * Weighted KPI score: sum of weight x attainment, each attainment capped, and 0 when below its gate. Ranges of different sizes give #VALUE!. With no caps or gates the score is the weighted mean.
 * @customfunction SCORECARD
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#scorecard
 * @param attainments Range of attainments (fractions); blank cells count as 0.
 * @param weights Range of weights, the same size; must add up to 1 (else #VALUE!); negative gives #NUM!.
 * @param [caps] Highest attainment each KPI can count with; one cell applies to all; a blank cell means no cap.
 * @param [gates] Attainment below which a KPI scores 0; one cell applies to all; a blank cell means no gate.
 * @returns 0.5 x 1.2 + 0.3 x 0 (0.8 is below its 0.9 gate) + 0.2 x 1.2 (capped) = 0.84.
 */
export function scorecard(attainments: any[][], weights: any[][], caps?: any[][], gates?: any[][]): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.scorecard(attainments, weights, caps ?? null, gates ?? null));
}

/**
 * Conversion rate: converted / total (leads to opportunities, trials to customers ...). Negative counts, or converted greater than total, give #NUM!.
 * @customfunction CONVERSIONRATE
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#conversionrate
 * @param converted How many converted.
 * @param total How many there were; 0 gives #DIV/0!.
 * @returns 45 of 300 leads became opportunities: 15%.
 */
export function conversionrate(converted: number, total: number): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.conversionRate(converted, total));
}

/**
 * Win rate of closed deals: won / (won + lost). No closed deal (won + lost = 0) gives #DIV/0!; negative counts give #NUM!.
 * @customfunction WINRATE
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#winrate
 * @param won Deals won.
 * @param lost Deals lost.
 * @returns 18 won and 42 lost: 30%.
 */
export function winrate(won: number, lost: number): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.winRate(won, lost));
}

/**
 * Average deal size (average order value): revenue / deals.
 * @customfunction AVGDEAL
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#avgdeal
 * @param revenue Revenue of the deals (refunds may make it negative).
 * @param deals Number of deals; 0 gives #DIV/0!; negative gives #NUM!.
 * @returns 540,000 from 18 deals: 30,000 per deal.
 */
export function avgdeal(revenue: number, deals: number): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.avgDeal(revenue, deals));
}

/**
 * Pipeline coverage: open pipeline / what is still missing to the target, pipeline / (target - closed). closed equal to target gives #DIV/0!; closed above target (nothing left to cover) or negative inputs give #NUM!.
 * @customfunction PIPELINECOVERAGE
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#pipelinecoverage
 * @param pipeline Value of the open pipeline.
 * @param target The period target.
 * @param [closed] Already closed (won) this period; default 0.
 * @returns 600,000 still to close and 1.8M in pipeline: 3x coverage.
 */
export function pipelinecoverage(pipeline: number, target: number, closed?: number): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.pipelineCoverage(pipeline, target, closed ?? null));
}

/**
 * Sales velocity, revenue per day: opportunities x winRate x avgDeal / cycleDays. Negative inputs, or a win rate outside 0-1, give #NUM!.
 * @customfunction VELOCITY
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#velocity
 * @param opportunities Open opportunities.
 * @param winRate Win rate, a fraction from 0 to 1.
 * @param avgDeal Average deal size.
 * @param cycleDays Average sales cycle in days; 0 gives #DIV/0!.
 * @returns 40 x 25% x 25,000 / 90 days = 2,777.78 per day.
 */
export function velocity(opportunities: number, winRate: number, avgDeal: number, cycleDays: number): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.velocity(opportunities, winRate, avgDeal, cycleDays));
}

/**
 * Customer churn rate: lostCustomers / startCustomers. Negative counts give #NUM!.
 * @customfunction CHURN
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#churn
 * @param startCustomers Customers at the start of the period; 0 gives #DIV/0!.
 * @param lostCustomers Customers lost during the period.
 * @returns 18 of 400 customers left: 4.5% churn.
 */
export function churn(startCustomers: number, lostCustomers: number): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.churn(startCustomers, lostCustomers));
}

/**
 * Customer retention rate: (endCustomers - newCustomers) / startCustomers. Negative counts, or newCustomers greater than endCustomers, give #NUM!.
 * @customfunction RETENTION
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#retention
 * @param startCustomers Customers at the start; 0 gives #DIV/0!.
 * @param endCustomers Customers at the end.
 * @param newCustomers Customers won during the period.
 * @returns (430 - 48) / 400 = 95.5% of the starting customers kept.
 */
export function retention(startCustomers: number, endCustomers: number, newCustomers: number): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.retention(startCustomers, endCustomers, newCustomers));
}

/**
 * Net revenue retention: (startRevenue + expansion - contraction - churned) / startRevenue. Negative inputs give #NUM! (enter losses as positive amounts).
 * @customfunction NRR
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#nrr
 * @param startRevenue Recurring revenue at the start; 0 gives #DIV/0!.
 * @param expansion Upsell and cross-sell to those customers.
 * @param contraction Downgrades, as a positive amount.
 * @param churned Revenue of customers who left, as a positive amount.
 * @returns 1M + 150K - 30K - 50K = 1.07M: 107% net retention.
 */
export function nrr(startRevenue: number, expansion: number, contraction: number, churned: number): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.nrr(startRevenue, expansion, contraction, churned));
}

/**
 * Gross revenue retention: (startRevenue - contraction - churned) / startRevenue, expansion not counted. Negative inputs, or losses greater than startRevenue, give #NUM!.
 * @customfunction GRR
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#grr
 * @param startRevenue Recurring revenue at the start; 0 gives #DIV/0!.
 * @param contraction Downgrades, as a positive amount.
 * @param churned Revenue of customers who left, as a positive amount.
 * @returns 1M - 30K - 50K = 920K: 92% gross retention.
 */
export function grr(startRevenue: number, contraction: number, churned: number): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.grr(startRevenue, contraction, churned));
}

/**
 * Customer acquisition cost: sales and marketing spend / new customers. Negative inputs give #NUM!.
 * @customfunction CAC
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#cac
 * @param spend Sales and marketing spend.
 * @param newCustomers New customers won; 0 gives #DIV/0!.
 * @returns 120,000 spent to win 40 customers: 3,000 each.
 */
export function cac(spend: number, newCustomers: number): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.cac(spend, newCustomers));
}

/**
 * Customer lifetime value: arpa x grossMargin / churnRate (arpa and churnRate over the same period). A negative arpa, or a margin or churn rate outside 0-1, gives #NUM!.
 * @customfunction LTV
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#ltv
 * @param arpa Average revenue per account per period.
 * @param grossMargin Gross margin, a fraction from 0 to 1.
 * @param churnRate Churn per period, a fraction from 0 to 1; 0 gives #DIV/0!.
 * @returns 500 a month at 80% margin, 2% monthly churn: 20,000.
 */
export function ltv(arpa: number, grossMargin: number, churnRate: number): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.ltv(arpa, grossMargin, churnRate));
}

/**
 * Tiered commission on an amount: marginal (each slice at its tier's rate) or retro (the whole amount at the rate of the tier reached). An amount below the first threshold (a negative one, say) earns 0. Unsorted or repeated thresholds, or a table that is not two columns, give #VALUE!.
 * @customfunction COMMISSION
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#commission
 * @param amount The sales amount (or units, for a per-unit SPIFF).
 * @param tiers Two columns: threshold (ascending, a tier starts at its threshold) and rate; blank rows are ignored.
 * @param [method] "marginal" (default) or "retro".
 * @returns 300,000 x 3% + 200,000 x 5% + 100,000 x 7% = 26,000.
 */
export function commission(amount: number, tiers: any[][], method?: string): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.commission(amount, tiers, method ?? null));
}

/**
 * How a commission is computed: spills one row per tier (from, to, amount in tier, rate, commission) and a total row. The last tier's "to" is blank (open-ended). Retro shows the whole amount on the tier reached. The total row sums the amounts and commissions.
 * @customfunction COMMISSIONDETAIL
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#commissiondetail
 * @param amount The sales amount.
 * @param tiers Two columns: threshold (ascending) and rate; blank rows are ignored.
 * @param [method] "marginal" (default) or "retro".
 * @returns Four rows: the three tiers' slices (9,000 + 10,000 + 7,000) and the total 26,000.
 */
export function commissiondetail(amount: number, tiers: any[][], method?: string): any[][] {
  return matrix(() => core.commissionDetail(amount, tiers, method ?? null));
}

/**
 * Incentive payout from a curve: linear between points, 0 below the first point, the last slope continues above the last point unless capped. Never below 0. Negative payout fractions, targetIncentive or cap give #NUM!; unsorted attainments give #VALUE!.
 * @customfunction PAYOUT
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#payout
 * @param attainment Attainment (1 = 100%).
 * @param curve Two columns: attainment (ascending) and payout fraction; blank rows are ignored.
 * @param [targetIncentive] Target incentive amount; when given the result is an amount, else a fraction.
 * @param [cap] Highest payout fraction (for example 2 = 200%); default none.
 * @returns 110% lies halfway from 100% (payout 1) to 120% (1.5): 1.25 x 20,000 = 25,000.
 */
export function payout(attainment: number, curve: any[][], targetIncentive?: number, cap?: number): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.payout(attainment, curve, targetIncentive ?? null, cap ?? null));
}

/**
 * Draw against commission: spills, per period, the amount paid and the balance owed after it. Recoverable: when earned < draw, pay the draw and add the difference to the balance; otherwise recover min(balance, earned - draw). Non-recoverable: pay max(draw, earned).
 * @customfunction DRAW
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#draw
 * @param earned Commission earned per period, one column; blank cells count as 0.
 * @param draw The draw (guaranteed advance) per period; negative gives #NUM!.
 * @param [recoverable] TRUE (default): shortfalls are owed and repaid from later surpluses; FALSE: the draw is a guaranteed minimum.
 * @returns Month 1: 1,500 paid, 1,000 owed. Month 2: 3,000 earned, 1,000 recovered, 2,000 paid.
 */
export function draw(earned: any[][], draw: number, recoverable?: boolean): any[][] {
  return matrix(() => core.draw(earned, draw, recoverable ?? null));
}

/**
 * Commission to recover when a customer leaves early, as a positive amount: commission x the fraction of the band reached. Before the first band nothing is clawed back. A fraction outside 0-1 gives #NUM!.
 * @customfunction CLAWBACK
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#clawback
 * @param commission The commission paid; negative gives #NUM!.
 * @param monthsActive How many months the customer stayed; negative gives #NUM!.
 * @param schedule Two columns: months from (ascending, a band starts at its months) and fraction clawed back (0-1); blank rows ignored.
 * @returns Customer left after 4 months: the band from 3 months claws back 50% of 6,000.
 */
export function clawback(commission: number, monthsActive: number, schedule: any[][]): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.clawback(commission, monthsActive, schedule));
}

/**
 * The name with the highest score (ties: the first listed), for the best salesperson of the month. Rows where both name and score are blank are skipped; no one to rank gives #N/A; ranges of different sizes give #VALUE!.
 * @customfunction TOPPERFORMER
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#topperformer
 * @param names Range of names.
 * @param scores Range of scores, the same size; blank scores count as 0.
 * @returns Sam and Wang Fang tie at 240,000; Sam is listed first.
 */
export function topperformer(names: any[][], scores: any[][]): number | string | boolean | CustomFunctions.Error {
  return scalar(() => core.topPerformer(names, scores));
}

/**
 * Spills the top n names and scores, highest first, ties in sheet order. n above the number of people shows everyone. Rows where both name and score are blank are skipped; no one to rank gives #N/A.
 * @customfunction LEADERBOARD
 * @helpurl https://github.com/sales-kit/sales-kit/blob/main/docs/functions.md#leaderboard
 * @param names Range of names.
 * @param scores Range of scores, the same size; blank scores count as 0.
 * @param [n] How many to show; default all; below 1 gives #NUM!.
 * @returns The top two; the tie stays in sheet order.
 */
export function leaderboard(names: any[][], scores: any[][], n?: number): any[][] {
  return matrix(() => core.leaderboard(names, scores, n ?? null));
}
