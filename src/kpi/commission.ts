/**
 * Tiered commission: a tier starts at its threshold and runs up to the next one. "marginal" pays
 * each slice of the amount at its own tier's rate; "retro" pays the whole amount at the rate of
 * the tier reached. Rates may be fractions (3%) or amounts per unit (a SPIFF per deal).
 * Lookup is a binary search over precomputed running totals: O(log tiers) per amount.
 */
import { PairTable, readChoice, readNumber, readPairs } from "./arguments";
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

// Count tiers shift their thresholds once per table: cache the shifted copy like the compiled one.
const countCache = new WeakMap<readonly Tier[], readonly Tier[]>();

/**
 * Commission of a count of units (contracts, deals) on a tier table whose `from` is a unit number:
 * `from: 4` means "from the 4th unit on", the first unit being 1. Marginal pays unit n at the rate of
 * the last tier with from <= n, so the units in a tier are those numbered from..next-1, i.e. the
 * money slice (from-1, next-1]; retro pays every unit at the rate of the last tier with from <= units.
 * Both methods agree inside the first tier. A `from` below 1 counts as 1 (there is no unit 0).
 */
export function countCommissionCore(units: number, tiers: readonly Tier[], method: CommissionMethod): number {
  if (method === "retro") return commissionCore(units, tiers, "retro");
  let shifted = countCache.get(tiers);
  if (!shifted) {
    shifted = tiers.map((t) => ({ from: t.from > 1 ? t.from - 1 : 0, rate: t.rate }));
    countCache.set(tiers, shifted);
  }
  return commissionCore(units, shifted, "marginal");
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
  const table = readPairs(value, name, "threshold");
  if (isKpiError(table)) return table;
  return table.keys.map((from, i) => ({ from, rate: table.values[i] }));
}

interface CommissionArgs {
  readonly a: number;
  readonly t: PairTable;
  readonly m: CommissionMethod;
}

/** amount, tiers and method as COMMISSION and COMMISSIONDETAIL take them. */
function readCommissionArgs(amount: unknown, tiers: unknown, method: unknown): CommissionArgs | KpiError {
  const a = readNumber(amount, "amount");
  if (isKpiError(a)) return a;
  const t = readPairs(tiers, "tiers", "threshold");
  if (isKpiError(t)) return t;
  const m = readChoice(method, "method", COMMISSION_METHODS, "marginal");
  if (isKpiError(m)) return m;
  return { a, t, m };
}

export function commission(amount: unknown, tiers: unknown, method: unknown): KpiResult<number> {
  const args = readCommissionArgs(amount, tiers, method);
  if (isKpiError(args)) return args;
  const { a, t, m } = args;
  // Excel hands over a fresh array on every call, so there is nothing to cache: add up the tiers
  // below the one reached, in the same order as compileTiers and the trace.
  const from = t.keys;
  const rate = t.values;
  const i = tierIndex(a, from);
  if (i < 0) return 0;
  if (m === "retro") return excelNumber(a * rate[i]);
  let below = 0;
  for (let k = 0; k < i; k++) below += (from[k + 1] - from[k]) * rate[k];
  return excelNumber(below + (a - from[i]) * rate[i]);
}

/**
 * The trace as a sheet would show it: from, to, amount in tier, rate, commission per tier ("" for
 * the last tier's open end), then a total row with the amount and commission totals. Same slices,
 * same order of addition as commissionTraceCore and COMMISSION.
 */
export function commissionDetail(amount: unknown, tiers: unknown, method: unknown): KpiResult<Scalar[][]> {
  const args = readCommissionArgs(amount, tiers, method);
  if (isKpiError(args)) return args;
  const { a, t, m } = args;
  const from = t.keys;
  const rate = t.values;
  const n = from.length;
  const reached = tierIndex(a, from);
  const out: Scalar[][] = new Array(n + 1);
  let amountTotal = 0;
  let commissionTotal = 0;
  for (let i = 0; i < n; i++) {
    const to = i + 1 < n ? from[i + 1] : null;
    let inTier: number;
    if (m === "retro") inTier = i === reached ? a : 0;
    else if (a <= from[i]) inTier = 0;
    else inTier = (to === null || a < to ? a : to) - from[i];
    const paid = inTier * rate[i];
    amountTotal += inTier;
    commissionTotal += paid;
    // from, to and rate are the user's own numbers and pass through; computed cells are tidied.
    const inTierCell = excelNumber(inTier);
    if (isKpiError(inTierCell)) return inTierCell;
    const paidCell = excelNumber(paid);
    if (isKpiError(paidCell)) return paidCell;
    out[i] = [from[i], to === null ? "" : to, inTierCell, rate[i], paidCell];
  }
  const amountCell = excelNumber(amountTotal);
  if (isKpiError(amountCell)) return amountCell;
  const commissionCell = excelNumber(commissionTotal);
  if (isKpiError(commissionCell)) return commissionCell;
  out[n] = ["", "", amountCell, "", commissionCell];
  return out;
}
