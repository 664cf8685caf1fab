/**
 * Sales KPIs that are ratios of counts or amounts: conversion, win rate, average deal, pipeline
 * coverage, velocity, churn, retention, NRR, GRR, CAC and LTV. Counts and amounts that cannot be
 * negative give #NUM! when they are; a zero denominator gives #DIV/0!.
 */
import { readFraction, readNonNegative, readNumber, readOptionalNumber } from "./arguments";
import { MSG, at } from "./messages";
import { KpiError, KpiResult, excelResult, isKpiError, kpiError } from "./result";

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

// Each wrapper reads its arguments in order, the first bad one answering: written out rather than
// table-driven, because a shared spread-call runner was several times slower per call.
const count = readNonNegative;

export function conversionRate(converted: unknown, total: unknown): KpiResult<number> {
  const c = count(converted, "converted");
  if (isKpiError(c)) return c;
  const t = count(total, "total");
  if (isKpiError(t)) return t;
  return excelResult(conversionRateCore(c, t));
}

export function winRate(won: unknown, lost: unknown): KpiResult<number> {
  const w = count(won, "won");
  if (isKpiError(w)) return w;
  const l = count(lost, "lost");
  if (isKpiError(l)) return l;
  return excelResult(winRateCore(w, l));
}

export function avgDeal(revenue: unknown, deals: unknown): KpiResult<number> {
  const r = readNumber(revenue, "revenue");
  if (isKpiError(r)) return r;
  const d = count(deals, "deals");
  if (isKpiError(d)) return d;
  return excelResult(avgDealCore(r, d));
}

export function pipelineCoverage(pipeline: unknown, target: unknown, closed: unknown): KpiResult<number> {
  const p = count(pipeline, "pipeline");
  if (isKpiError(p)) return p;
  const t = readNumber(target, "target");
  if (isKpiError(t)) return t;
  const c = readOptionalNumber(closed, "closed", 0);
  if (isKpiError(c)) return c;
  if (c < 0) return kpiError("num", MSG.negative(at("closed")));
  return excelResult(pipelineCoverageCore(p, t, c));
}

export function velocity(
  opportunities: unknown,
  winRate: unknown,
  avgDeal: unknown,
  cycleDays: unknown,
): KpiResult<number> {
  const o = count(opportunities, "opportunities");
  if (isKpiError(o)) return o;
  const w = readFraction(winRate, "winRate");
  if (isKpiError(w)) return w;
  const a = count(avgDeal, "avgDeal");
  if (isKpiError(a)) return a;
  const d = count(cycleDays, "cycleDays");
  if (isKpiError(d)) return d;
  return excelResult(velocityCore(o, w, a, d));
}

export function churn(startCustomers: unknown, lostCustomers: unknown): KpiResult<number> {
  const s = count(startCustomers, "startCustomers");
  if (isKpiError(s)) return s;
  const l = count(lostCustomers, "lostCustomers");
  if (isKpiError(l)) return l;
  return excelResult(churnCore(s, l));
}

export function retention(
  startCustomers: unknown,
  endCustomers: unknown,
  newCustomers: unknown,
): KpiResult<number> {
  const s = count(startCustomers, "startCustomers");
  if (isKpiError(s)) return s;
  const e = count(endCustomers, "endCustomers");
  if (isKpiError(e)) return e;
  const n = count(newCustomers, "newCustomers");
  if (isKpiError(n)) return n;
  return excelResult(retentionCore(s, e, n));
}

export function nrr(
  startRevenue: unknown,
  expansion: unknown,
  contraction: unknown,
  churned: unknown,
): KpiResult<number> {
  const s = count(startRevenue, "startRevenue");
  if (isKpiError(s)) return s;
  const e = count(expansion, "expansion");
  if (isKpiError(e)) return e;
  const c = count(contraction, "contraction");
  if (isKpiError(c)) return c;
  const l = count(churned, "churned");
  if (isKpiError(l)) return l;
  return excelResult(nrrCore(s, e, c, l));
}

export function grr(startRevenue: unknown, contraction: unknown, churned: unknown): KpiResult<number> {
  const s = count(startRevenue, "startRevenue");
  if (isKpiError(s)) return s;
  const c = count(contraction, "contraction");
  if (isKpiError(c)) return c;
  const l = count(churned, "churned");
  if (isKpiError(l)) return l;
  return excelResult(grrCore(s, c, l));
}

export function cac(spend: unknown, newCustomers: unknown): KpiResult<number> {
  const s = count(spend, "spend");
  if (isKpiError(s)) return s;
  const n = count(newCustomers, "newCustomers");
  if (isKpiError(n)) return n;
  return excelResult(cacCore(s, n));
}

export function ltv(arpa: unknown, grossMargin: unknown, churnRate: unknown): KpiResult<number> {
  const a = count(arpa, "arpa");
  if (isKpiError(a)) return a;
  const g = readFraction(grossMargin, "grossMargin");
  if (isKpiError(g)) return g;
  const c = readFraction(churnRate, "churnRate");
  if (isKpiError(c)) return c;
  return excelResult(ltvCore(a, g, c));
}
