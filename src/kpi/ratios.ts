/**
 * Sales KPIs that are ratios of counts or amounts: conversion, win rate, average deal, pipeline
 * coverage, velocity, churn, retention, NRR, GRR, CAC and LTV. Counts and amounts that cannot be
 * negative give #NUM! when they are; a zero denominator gives #DIV/0!.
 */
import { readFraction, readNonNegative, readNumber, readOptionalNumber } from "./arguments";
import { MSG, at } from "./messages";
import { KpiError, KpiResult, excelNumber, isKpiError, kpiError } from "./result";

function div0(en: string, zh: string): KpiError {
  return kpiError("div0", MSG.zero(en, zh));
}

/** converted / total; converted cannot exceed total. */
export function conversionRateCore(converted: number, total: number): KpiResult<number> {
  if (total === 0) return div0("total", "total ");
  if (converted > total) return kpiError("num", MSG.greater("converted", "total"));
  return converted / total;
}

/** won / (won + lost). */
export function winRateCore(won: number, lost: number): KpiResult<number> {
  if (won + lost === 0) return div0("won + lost", "won + lost ");
  return won / (won + lost);
}

/** revenue / deals (average order value). */
export function avgDealCore(revenue: number, deals: number): KpiResult<number> {
  if (deals === 0) return div0("deals", "deals ");
  return revenue / deals;
}

/** pipeline / (target - closed): how many times the open pipeline covers what is still missing. */
export function pipelineCoverageCore(pipeline: number, target: number, closed: number): KpiResult<number> {
  const missing = target - closed;
  if (missing === 0) return div0("target - closed", "target - closed ");
  if (missing < 0) return kpiError("num", MSG.greater("closed", "target"));
  return pipeline / missing;
}

/** Sales velocity per day: opportunities x winRate x avgDeal / cycleDays. */
export function velocityCore(
  opportunities: number,
  winRate: number,
  avgDeal: number,
  cycleDays: number,
): KpiResult<number> {
  if (cycleDays === 0) return div0("cycleDays", "cycleDays ");
  return (opportunities * winRate * avgDeal) / cycleDays;
}

/** lostCustomers / startCustomers (customers won and lost inside the period may push it above 1). */
export function churnCore(startCustomers: number, lostCustomers: number): KpiResult<number> {
  if (startCustomers === 0) return div0("startCustomers", "startCustomers ");
  return lostCustomers / startCustomers;
}

/** (endCustomers - newCustomers) / startCustomers. */
export function retentionCore(
  startCustomers: number,
  endCustomers: number,
  newCustomers: number,
): KpiResult<number> {
  if (startCustomers === 0) return div0("startCustomers", "startCustomers ");
  if (newCustomers > endCustomers) return kpiError("num", MSG.greater("newCustomers", "endCustomers"));
  return (endCustomers - newCustomers) / startCustomers;
}

/** Net revenue retention: (start + expansion - contraction - churned) / start. */
export function nrrCore(
  startRevenue: number,
  expansion: number,
  contraction: number,
  churned: number,
): KpiResult<number> {
  if (startRevenue === 0) return div0("startRevenue", "startRevenue ");
  return (startRevenue + expansion - contraction - churned) / startRevenue;
}

/** Gross revenue retention: (start - contraction - churned) / start; losses cannot exceed start. */
export function grrCore(startRevenue: number, contraction: number, churned: number): KpiResult<number> {
  if (startRevenue === 0) return div0("startRevenue", "startRevenue ");
  if (contraction + churned > startRevenue) {
    return kpiError("num", MSG.greater("contraction + churned", "startRevenue"));
  }
  return (startRevenue - contraction - churned) / startRevenue;
}

/** Customer acquisition cost: spend / newCustomers. */
export function cacCore(spend: number, newCustomers: number): KpiResult<number> {
  if (newCustomers === 0) return div0("newCustomers", "newCustomers ");
  return spend / newCustomers;
}

/** Lifetime value: arpa x grossMargin / churnRate (arpa and churnRate over the same period). */
export function ltvCore(arpa: number, grossMargin: number, churnRate: number): KpiResult<number> {
  if (churnRate === 0) return div0("churnRate", "churnRate ");
  return (arpa * grossMargin) / churnRate;
}

type Reader = (value: unknown, name: string) => number | KpiError;

/** Reads the arguments in order with their readers, then runs the core; the first bad one wins. */
function run(
  args: readonly unknown[],
  spec: readonly (readonly [string, Reader])[],
  core: (...xs: number[]) => KpiResult<number>,
): KpiResult<number> {
  const xs: number[] = new Array(spec.length);
  for (let i = 0; i < spec.length; i++) {
    const v = spec[i][1](args[i], spec[i][0]);
    if (isKpiError(v)) return v;
    xs[i] = v;
  }
  const r = core(...xs);
  return isKpiError(r) ? r : excelNumber(r);
}

const count = readNonNegative;
const signed = readNumber;

export function conversionRate(converted: unknown, total: unknown): KpiResult<number> {
  return run(
    [converted, total],
    [
      ["converted", count],
      ["total", count],
    ],
    conversionRateCore,
  );
}

export function winRate(won: unknown, lost: unknown): KpiResult<number> {
  return run(
    [won, lost],
    [
      ["won", count],
      ["lost", count],
    ],
    winRateCore,
  );
}

export function avgDeal(revenue: unknown, deals: unknown): KpiResult<number> {
  return run(
    [revenue, deals],
    [
      ["revenue", signed],
      ["deals", count],
    ],
    avgDealCore,
  );
}

export function pipelineCoverage(pipeline: unknown, target: unknown, closed: unknown): KpiResult<number> {
  const c = readOptionalNumber(closed, "closed", 0);
  if (isKpiError(c)) return c;
  if (c < 0) return kpiError("num", MSG.negative(at("closed")));
  return run(
    [pipeline, target, c],
    [
      ["pipeline", count],
      ["target", signed],
      ["closed", signed],
    ],
    pipelineCoverageCore,
  );
}

export function velocity(
  opportunities: unknown,
  winRate: unknown,
  avgDeal: unknown,
  cycleDays: unknown,
): KpiResult<number> {
  return run(
    [opportunities, winRate, avgDeal, cycleDays],
    [
      ["opportunities", count],
      ["winRate", readFraction],
      ["avgDeal", count],
      ["cycleDays", count],
    ],
    velocityCore,
  );
}

export function churn(startCustomers: unknown, lostCustomers: unknown): KpiResult<number> {
  return run(
    [startCustomers, lostCustomers],
    [
      ["startCustomers", count],
      ["lostCustomers", count],
    ],
    churnCore,
  );
}

export function retention(
  startCustomers: unknown,
  endCustomers: unknown,
  newCustomers: unknown,
): KpiResult<number> {
  return run(
    [startCustomers, endCustomers, newCustomers],
    [
      ["startCustomers", count],
      ["endCustomers", count],
      ["newCustomers", count],
    ],
    retentionCore,
  );
}

export function nrr(
  startRevenue: unknown,
  expansion: unknown,
  contraction: unknown,
  churned: unknown,
): KpiResult<number> {
  return run(
    [startRevenue, expansion, contraction, churned],
    [
      ["startRevenue", count],
      ["expansion", count],
      ["contraction", count],
      ["churned", count],
    ],
    nrrCore,
  );
}

export function grr(startRevenue: unknown, contraction: unknown, churned: unknown): KpiResult<number> {
  return run(
    [startRevenue, contraction, churned],
    [
      ["startRevenue", count],
      ["contraction", count],
      ["churned", count],
    ],
    grrCore,
  );
}

export function cac(spend: unknown, newCustomers: unknown): KpiResult<number> {
  return run(
    [spend, newCustomers],
    [
      ["spend", count],
      ["newCustomers", count],
    ],
    cacCore,
  );
}

export function ltv(arpa: unknown, grossMargin: unknown, churnRate: unknown): KpiResult<number> {
  return run(
    [arpa, grossMargin, churnRate],
    [
      ["arpa", count],
      ["grossMargin", readFraction],
      ["churnRate", readFraction],
    ],
    ltvCore,
  );
}
