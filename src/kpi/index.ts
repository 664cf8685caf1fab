/**
 * The KPI core: pure math behind the SALES.* functions and the generators' reference engine.
 * Each family exports a validating wrapper taking Excel arguments (unknown values, errors as
 * values) and a `...Core` of plain, already validated numbers.
 */
export * from "./result";
export { bilingual } from "./messages";
export { MAX_DATE_SERIAL } from "./arguments";
export { attainment, attainmentCore, DIRECTIONS, gap, gapCore, growth, growthCore } from "./attainment";
export type { Direction } from "./attainment";
export {
  calendarDays,
  daysInMonth,
  edate,
  isWorkday,
  networkDays,
  serialToYmd,
  weekday,
  ymdToSerial,
} from "./dates";
export type { Ymd } from "./dates";
export { BASES, daysIn, elapsedDays } from "./period";
export type { Basis } from "./period";
export {
  pace,
  paceCore,
  requiredRate,
  requiredRateCore,
  runRate,
  runRateCore,
  status,
  statusCore,
  STATUSES,
} from "./pace";
export type { Status } from "./pace";
export { DEFAULT_RAMP, prorate, prorateCore, rampQuota, rampQuotaCore } from "./ramp";
export { scorecard, scorecardCore } from "./scorecard";
export {
  avgDeal,
  avgDealCore,
  cac,
  cacCore,
  churn,
  churnCore,
  conversionRate,
  conversionRateCore,
  grr,
  grrCore,
  ltv,
  ltvCore,
  nrr,
  nrrCore,
  pipelineCoverage,
  pipelineCoverageCore,
  retention,
  retentionCore,
  velocity,
  velocityCore,
  winRate,
  winRateCore,
} from "./ratios";
export {
  commission,
  commissionCompiled,
  commissionCore,
  commissionDetail,
  commissionTraceCore,
  COMMISSION_METHODS,
  compileTiers,
  readTiers,
  tierIndex,
} from "./commission";
export type { CommissionMethod, CommissionTraceRow, CompiledTiers, Tier } from "./commission";
export { payout, payoutCore, readCurve } from "./payout";
export type { CurvePoint } from "./payout";
export { draw, drawCore } from "./draw";
export type { DrawPeriod } from "./draw";
export { clawback, clawbackCore, readClawbackSchedule } from "./clawback";
export type { ClawbackBand } from "./clawback";
export { leaderboard, leaderboardCore, topPerformer, topPerformerCore } from "./leaderboard";
export type { Ranked } from "./leaderboard";
