/**
 * Tiered commission: a tier starts at its threshold and runs up to the next one. "marginal" pays
 * each slice of the amount at its own tier's rate; "retro" pays the whole amount at the rate of
 * the tier reached. Rates may be fractions (3%) or amounts per unit (a SPIFF per deal).
 * Lookup is a binary search over precomputed running totals: O(log tiers) per amount.
 */
import { readAscendingTable, readChoice, readNumber } from "./arguments";
import { KpiError, KpiResult, Scalar, excelNumber, isKpiError } from "./result";

export interface Tier {
  readonly from: number;
  readonly rate: number;
}

export const COMMISSION_METHODS = ["marginal", "retro"] as const;
export type CommissionMethod = (typeof COMMISSION_METHODS)[number];

export interface CommissionTraceRow {
  readonly from: number;
  /** Where the next tier starts; null for the last, open-ended tier. */
  readonly to: number | null;
  readonly amountInTier: number;
  readonly rate: number;
  readonly commission: number;
}

/** A tier table ready for repeated lookups: thresholds, rates and the commission earned below each threshold. */
export interface CompiledTiers {
  readonly from: Float64Array;
  readonly rate: Float64Array;
  /** Marginal commission of an amount equal to from[i]. */
  readonly below: Float64Array;
}

export function compileTiers(tiers: readonly Tier[]): CompiledTiers {
  const n = tiers.length;
  const from = new Float64Array(n);
  const rate = new Float64Array(n);
  const below = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    from[i] = tiers[i].from;
    rate[i] = tiers[i].rate;
    if (i > 0) below[i] = below[i - 1] + (from[i] - from[i - 1]) * rate[i - 1];
  }
  return { from, rate, below };
}

/** Index of the tier an amount falls in (the last threshold at or below it), -1 below the first. */
export function tierIndex(amount: number, from: ArrayLike<number>): number {
  let lo = 0;
  let hi = from.length - 1;
  if (hi < 0 || amount < from[0]) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (from[mid] <= amount) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Commission of an amount on compiled tiers; an amount below the first threshold earns 0. */
export function commissionCompiled(amount: number, tiers: CompiledTiers, method: CommissionMethod): number {
  const i = tierIndex(amount, tiers.from);
  if (i < 0) return 0;
  if (method === "retro") return amount * tiers.rate[i];
  return tiers.below[i] + (amount - tiers.from[i]) * tiers.rate[i];
}

// Callers such as the incentive engine reuse one tier array for many amounts: compile it once.
const compiledCache = new WeakMap<readonly Tier[], CompiledTiers>();

/**
 * Commission of an amount on ascending tiers (validated by the caller). An amount below the first
 * threshold (a negative amount, for instance) earns 0.
 */
export function commissionCore(amount: number, tiers: readonly Tier[], method: CommissionMethod): number {
  let compiled = compiledCache.get(tiers);
  if (!compiled) {
    compiled = compileTiers(tiers);
    compiledCache.set(tiers, compiled);
  }
  return commissionCompiled(amount, compiled, method);
}

/**
 * How the commission is made up, one row per tier. Marginal: the slice of the amount inside each
 * tier. Retro: the whole amount on the tier reached, 0 on the others.
 */
export function commissionTraceCore(
  amount: number,
  tiers: readonly Tier[],
  method: CommissionMethod,
): CommissionTraceRow[] {
  const reached = tierIndex(
    amount,
    tiers.map((t) => t.from),
  );
  return tiers.map((t, i) => {
    const to = i + 1 < tiers.length ? tiers[i + 1].from : null;
    let amountInTier: number;
    if (method === "retro") amountInTier = i === reached ? amount : 0;
    else if (amount <= t.from) amountInTier = 0;
    else amountInTier = (to === null || amount < to ? amount : to) - t.from;
    return { from: t.from, to, amountInTier, rate: t.rate, commission: amountInTier * t.rate };
  });
}

/** The tiers argument: two columns (threshold, rate), thresholds strictly ascending, blank rows skipped. */
export function readTiers(value: unknown, name = "tiers"): Tier[] | KpiError {
  const table = readAscendingTable(value, name, 2, "threshold");
  if (isKpiError(table)) return table;
  return table.map((r) => ({ from: r.cells[0], rate: r.cells[1] }));
}

export function commission(amount: unknown, tiers: unknown, method: unknown): KpiResult<number> {
  const a = readNumber(amount, "amount");
  if (isKpiError(a)) return a;
  const table = readAscendingTable(tiers, "tiers", 2, "threshold");
  if (isKpiError(table)) return table;
  const m = readChoice(method, "method", COMMISSION_METHODS, "marginal");
  if (isKpiError(m)) return m;
  const n = table.length;
  // Inline compile: Excel hands over a fresh array on every call, so there is nothing to cache.
  const from = new Float64Array(n);
  const rate = new Float64Array(n);
  const below = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const cells = table[i].cells;
    from[i] = cells[0];
    rate[i] = cells[1];
    if (i > 0) below[i] = below[i - 1] + (from[i] - from[i - 1]) * rate[i - 1];
  }
  return excelNumber(commissionCompiled(a, { from, rate, below }, m));
}

/**
 * The trace as a sheet would show it: from, to, amount in tier, rate, commission per tier ("" for
 * the last tier's open end), then a total row with the amount and commission totals.
 */
export function commissionDetail(amount: unknown, tiers: unknown, method: unknown): KpiResult<Scalar[][]> {
  const a = readNumber(amount, "amount");
  if (isKpiError(a)) return a;
  const t = readTiers(tiers);
  if (isKpiError(t)) return t;
  const m = readChoice(method, "method", COMMISSION_METHODS, "marginal");
  if (isKpiError(m)) return m;
  const out: Scalar[][] = [];
  let amountTotal = 0;
  let commissionTotal = 0;
  for (const row of commissionTraceCore(a, t, m)) {
    const cells = [row.from, row.to, row.amountInTier, row.rate, row.commission].map((x) =>
      x === null ? "" : excelNumber(x),
    );
    for (const c of cells) if (isKpiError(c)) return c;
    out.push(cells as Scalar[]);
    amountTotal += row.amountInTier;
    commissionTotal += row.commission;
  }
  const totals = [excelNumber(amountTotal), excelNumber(commissionTotal)];
  for (const c of totals) if (isKpiError(c)) return c;
  out.push(["", "", totals[0] as number, "", totals[1] as number]);
  return out;
}
