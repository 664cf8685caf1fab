/**
 * Draws the plan mechanics of issue 17 part B (caps relative to the target incentive ...) over a
 * random plan from random-plan.ts, from a generator of their own so every other value of a seed's
 * plan stays as it was.
 */
import type { PlanModel } from "../../../src/kpi/plan/model";
import { rng } from "./random-plan";

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: Rand, p: number) => r() < p;

export function withRandomMechanics(model: PlanModel, seed: number): PlanModel {
  const r = rng(seed * 7919 + 104729);
  const hasTI = model.compensation.kind !== "none";
  const measures = model.measures.map((m) =>
    // Multiples low enough to bind often: a month's TI is 2,500-8,000 and tier payouts reach tens of thousands.
    hasTI && chance(r, 0.35) ? { ...m, payoutCapTI: pick(r, [0.25, 0.5, 1, 1.5, 3]) } : m,
  );
  return { ...model, measures };
}
