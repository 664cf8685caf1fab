/**
 * Draws the plan mechanics of issue 17 part B (caps relative to the target incentive, tier tables per
 * role ...) over a random plan from random-plan.ts, from a generator of their own so every other
 * value of a seed's plan stays as it was.
 */
import type { PlanMeasure, PlanModel, PlanRep, Tier } from "../../../src/kpi/plan/model";
import { rng } from "./random-plan";

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: Rand, p: number) => r() < p;

const ROLES = ["AE", "SDR", "Manager"];

/** Another role's table: the same thresholds, scaled rates, sometimes one tier more or fewer. */
function variant(r: Rand, tiers: readonly Tier[]): Tier[] {
  const scale = pick(r, [0.5, 0.75, 1.25, 1.5]);
  const out = tiers.map((t) => ({ from: t.from, rate: Math.round(t.rate * scale * 10000) / 10000 }));
  if (out.length > 1 && chance(r, 0.3)) out.pop();
  else if (chance(r, 0.3)) {
    const last = out[out.length - 1];
    out.push({ from: Math.round((last.from * 1.5 + 0.25) * 100) / 100, rate: last.rate + 0.01 });
  }
  return out;
}

export function withRandomMechanics(model: PlanModel, seed: number): PlanModel {
  const r = rng(seed * 7919 + 104729);
  const hasTI = model.compensation.kind !== "none";
  let measures: PlanMeasure[] = model.measures.map((m) =>
    // Multiples low enough to bind often: a month's TI is 2,500-8,000 and tier payouts reach tens of thousands.
    hasTI && chance(r, 0.35) ? { ...m, payoutCapTI: pick(r, [0.25, 0.5, 1, 1.5, 3]) } : m,
  );
  // Tier tables per role: each rep gets a role; tier measures drawn for it pay a table per role.
  let reps: PlanRep[] = [...model.reps];
  if (chance(r, 0.4)) {
    const roles = ROLES.slice(0, int(r, 2, 3));
    const repRoles = reps.map(() => int(r, 0, roles.length - 1));
    const byRole = measures.map((m) => m.payout.type === "tiers" && chance(r, 0.7));
    measures = measures.map((m, i) => {
      if (!byRole[i] || m.payout.type !== "tiers") return m;
      const first = m.payout.tiers;
      const roleTiers = roles.map((role, j) => ({
        roles: [role],
        tiers: j === 0 ? first : variant(r, first),
      }));
      return { ...m, roleTiers };
    });
    reps = reps.map((rep, k) => ({
      ...rep,
      role: roles[repRoles[k]],
      tierTables: measures.map((_, i) => (byRole[i] && measures[i].roleTiers ? repRoles[k] : null)),
    }));
  }
  // Returns on tier measures, reversed in the period they were paid in or later.
  const P = model.periods.length;
  const tierMeasures = measures.flatMap((m, i) => (m.payout.type === "tiers" ? [i] : []));
  const returns =
    tierMeasures.length && chance(r, 0.4)
      ? Array.from({ length: int(r, 1, 4) }, (_, k) => {
          const measure = pick(r, tierMeasures);
          const paidIn = int(r, 0, P - 1);
          return {
            rep: int(r, 0, reps.length - 1),
            measure,
            period: int(r, paidIn, P - 1),
            paidIn,
            amount: Math.round(measures[measure].quota * r() * 50) / 100,
            document: `CM-${k + 1}`,
          };
        })
      : [];
  // Year to date with true-up on some measures; negative true-ups carried or clawed.
  const ytdPlan = chance(r, 0.35);
  if (ytdPlan) measures = measures.map((m) => (chance(r, 0.6) ? { ...m, ytd: true } : m));
  const negativeTrueUp = pick(r, ["carry", "claw"] as const);
  // Quota credit apart from pay credit on some split rows (overlays: quota credit, no pay).
  const credits = chance(r, 0.4)
    ? model.credits.map((c) => (chance(r, 0.4) ? { ...c, quotaShare: pick(r, [0, 0.5, 1]) } : c))
    : model.credits;
  // Actuals of some reps entered in other currencies, converted by the plan's rates.
  const rates = [
    { currency: "EUR", rate: 1.0837 },
    { currency: "JPY", rate: 0.0067 },
  ];
  const fx = chance(r, 0.3)
    ? model.reps.map(() => model.measures.map(() => (chance(r, 0.4) ? pick(r, ["EUR", "JPY"]) : "")))
    : null;
  const currencyFields = fx
    ? {
        actuals: model.actuals.map((row, k) =>
          row.map((series, m) =>
            series.map((v) => (fx[k][m] ? v * rates.find((x) => x.currency === fx[k][m])!.rate : v)),
          ),
        ),
        currencies: { rates, actualCurrency: fx, entered: model.actuals },
      }
    : {};
  return {
    ...model,
    ...currencyFields,
    measures,
    reps,
    credits,
    ...(returns.length ? { returns } : {}),
    ...(ytdPlan ? { negativeTrueUp } : {}),
  };
}
