/**
 * Tier tables per role (AE, SDR, manager) in one plan: which table pays a rep, and the measure as
 * that rep sees it, so the rest of the engine reads one table as before. The roster's role picks the
 * table when the plan meets the roster; a role without a table is refused there, never paid at 0.
 */
import type { PlanMeasure, PlanRep, RoleTierTable, Tier } from "./model";

/** The key two spellings of a role are compared by: NFKC, case folded, runs of spaces as one. */
export function roleKey(role: string): string {
  return role.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Index of the table serving `role`, or -1. */
export function tableOfRole(tables: readonly RoleTierTable[], role: string): number {
  const key = roleKey(role);
  return tables.findIndex((t) => t.roles.some((r) => roleKey(r) === key));
}

/** The tiers that pay rep `rep` on measure `m`. */
export function tiersFor(measure: PlanMeasure, rep: PlanRep, m: number): readonly Tier[] {
  if (measure.payout.type !== "tiers") return [];
  const t = rep.tierTables?.[m] ?? null;
  return t !== null && measure.roleTiers ? measure.roleTiers[t].tiers : measure.payout.tiers;
}

/** The measure with the rep's role table in place of payout.tiers (itself when it has no role tables). */
export function measureForRep(measure: PlanMeasure, rep: PlanRep, m: number): PlanMeasure {
  if (measure.payout.type !== "tiers" || !measure.roleTiers) return measure;
  return { ...measure, payout: { ...measure.payout, tiers: tiersFor(measure, rep, m) } };
}

/** Most tiers of any table of the measure: the columns the calculation sheet gives it. */
export function tierColumns(measure: PlanMeasure): number {
  if (measure.payout.type !== "tiers") return 0;
  const lengths = (measure.roleTiers ?? []).map((t) => t.tiers.length);
  return Math.max(measure.payout.tiers.length, ...lengths);
}
