/**
 * Seeded random incentive plans and teams for the oracle tests: every mechanic (tiers on amount and
 * attainment, marginal and retro, curves with gates, caps, decelerators and accelerators, draws,
 * clawbacks, SPIFFs, team pool, awards, splits, adjustments, hire and leave dates before, inside and
 * after the periods, ramp draws) in varied combinations.
 */
import type { PlanMeasure, PlanModel, PlanRep, Tier } from "../../../src/kpi/plan/model";
import { planPeriods } from "../../../src/generators/incentives/model";
import { seededRandom } from "../../../src/generators/seeded-random";

export const rng = seededRandom;

type Rand = () => number;

const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: Rand, p: number) => r() < p;
/** Money with cents. */
const money = (x: number) => Math.round(x * 100) / 100;

function ascending(r: Rand, n: number, first: number, step: () => number): number[] {
  const out = [first];
  for (let i = 1; i < n; i++) out.push(money(out[i - 1] + step()));
  return out;
}

function tiers(r: Rand, on: "amount" | "attainment" | "units", quota: number): Tier[] {
  const n = int(r, 1, 5);
  // Count tiers start at a unit number (the first unit is 1): a SPIFF may pay from the 1st or a later unit.
  const first =
    on === "units"
      ? chance(r, 0.6)
        ? 1
        : int(r, 2, 3)
      : chance(r, 0.7)
        ? 0
        : on === "attainment"
          ? pick(r, [0.25, 0.5])
          : money(quota * 0.3);
  const step =
    on === "attainment"
      ? () => pick(r, [0.2, 0.25, 0.3, 0.5])
      : on === "units"
        ? () => int(r, 1, 4)
        : () => money(quota * (0.1 + r() * 0.6));
  return ascending(r, n, first, step).map((from) => ({
    from,
    rate: on === "units" ? money(10 + r() * 500) : Math.round((0.005 + r() * 0.15) * 10000) / 10000,
  }));
}

function measure(r: Rand, i: number, curve: boolean, weight: number | null): PlanMeasure {
  const quota = pick(r, [10, 25, 50000, 80000, 100000, 250000]) * (1 + int(r, 0, 3) * 0.25);
  const base = {
    id: `m${i}`,
    name: `Measure ${i}`,
    weight,
    quota,
    gate: null as PlanMeasure["gate"],
    attainmentCap: chance(r, 0.3) ? pick(r, [1.5, 2, 2.5]) : null,
    payoutCap: null as number | null,
  };
  if (curve) {
    const n = int(r, 2, 5);
    const xs = ascending(r, n, pick(r, [0, 0.5, 0.6, 0.7, 0.8]), () => pick(r, [0.1, 0.2, 0.25, 0.3, 0.5]));
    // Mostly rising payouts (accelerators, decelerators), sometimes a falling last slope (floored at 0).
    let y = r() * 0.6;
    const points = xs.map((attainment) => {
      const p = { attainment, payout: Math.round(y * 1000) / 1000 };
      y = chance(r, 0.9) ? y + r() * 1.2 : Math.max(0, y - r() * 0.8);
      return p;
    });
    return {
      ...base,
      payout: { type: "curve", points, cap: chance(r, 0.5) ? pick(r, [1.5, 2, 3]) : null },
      payoutCap: chance(r, 0.2) ? money(1000 + r() * 20000) : null,
    };
  }
  const on = chance(r, 0.4) ? "attainment" : "amount";
  return {
    ...base,
    payout: { type: "tiers", on, method: chance(r, 0.5) ? "marginal" : "retro", tiers: tiers(r, on, quota) },
    payoutCap: chance(r, 0.2) ? money(quota * (0.02 + r() * 0.1)) : null,
  };
}

/** A random plan with its team and a period's activity; seeds give reproducible cases. */
export function randomPlan(seed: number): PlanModel {
  const r = rng(seed);
  const monthsPerPeriod = pick(r, [1, 1, 1, 3]);
  const periodCount = int(r, 1, monthsPerPeriod === 1 ? 6 : 4);
  const startMonth = int(r, 1, 12);
  const periods = planPeriods(
    `2027-${String(startMonth).padStart(2, "0")}`,
    periodCount * monthsPerPeriod,
    monthsPerPeriod,
  );
  const P = periods.length;

  const M = int(r, 1, 3);
  const curveFlags = Array.from({ length: M }, () => chance(r, 0.4));
  const curves = curveFlags.filter(Boolean).length;
  const rawWeights = curveFlags.map((c) => (c ? 1 + int(r, 0, 3) : 0));
  const weightSum = rawWeights.reduce((a, b) => a + b, 0);
  const measures = curveFlags.map((c, i) => measure(r, i + 1, c, c ? rawWeights[i] / weightSum : null));
  measures.forEach((m, i) => {
    if (chance(r, 0.35))
      (measures[i] as { gate: PlanMeasure["gate"] }).gate = {
        attainment: pick(r, [0.3, 0.5, 0.6, 0.75, 0.9]),
        measure: int(r, 0, M - 1),
      };
    void m;
  });

  const kinds =
    curves > 0 ? (["ote", "targetIncentive"] as const) : (["ote", "targetIncentive", "none"] as const);
  const kind = pick(r, kinds);
  const compensation: PlanModel["compensation"] =
    kind === "ote"
      ? { kind, ote: pick(r, [120000, 200000, 300000]), baseMix: pick(r, [0.5, 0.6, 0.7]) }
      : kind === "targetIncentive"
        ? { kind, targetIncentive: pick(r, [30000, 60000, 96000]) }
        : { kind };

  const teamCount = int(r, 1, 3);
  const teams = Array.from({ length: teamCount }, (_, i) => `Team ${String.fromCharCode(65 + i)}`);
  const repCount = int(r, 2, 8);
  const drawDefault = chance(r, 0.6) ? pick(r, [0, 500, 2000, 5000]) : 0;
  const draw = { amount: drawDefault, recoverable: chance(r, 0.6) };
  const reps: PlanRep[] = Array.from({ length: repCount }, (_, i) => {
    const team = i < teamCount ? teams[i] : pick(r, teams);
    const overrideOte = compensation.kind === "ote" && chance(r, 0.3);
    const overrideMix = compensation.kind === "ote" && chance(r, 0.2);
    const overrideTi = compensation.kind === "targetIncentive" && chance(r, 0.3);
    const overrideDraw = chance(r, 0.3);
    const quotaOverridden = measures.map(() => periods.map(() => chance(r, 0.3)));
    return {
      name: `Rep ${i + 1}`,
      team,
      role: "AE",
      manager: `Mgr ${team}`,
      hireDate: chance(r, 0.5) ? 46000 + int(r, 0, 400) : null,
      ote:
        compensation.kind === "ote" ? (overrideOte ? money(100000 + r() * 200000) : compensation.ote) : null,
      baseMix:
        compensation.kind === "ote" ? (overrideMix ? pick(r, [0.4, 0.55, 0.8]) : compensation.baseMix) : null,
      targetIncentive:
        compensation.kind === "targetIncentive"
          ? overrideTi
            ? money(20000 + r() * 80000)
            : compensation.targetIncentive
          : null,
      draw: overrideDraw ? pick(r, [0, 1000, 3000]) : draw.amount,
      quotas: measures.map((m, mi) =>
        periods.map((_, p) =>
          quotaOverridden[mi][p] ? (chance(r, 0.1) ? 0 : money(m.quota * (0.5 + r()))) : m.quota,
        ),
      ),
      quotaOverridden,
      overridden: { ote: overrideOte, baseMix: overrideMix, targetIncentive: overrideTi, draw: overrideDraw },
    };
  });
  const usedTeams = teams.filter((t) => reps.some((rep) => rep.team === t));

  const actual = (quota: number) => {
    const u = r();
    if (u < 0.05) return 0;
    if (u < 0.09) return -money(quota * r() * 0.3);
    return money(quota * r() * 2.2);
  };
  const actuals = reps.map((rep) =>
    measures.map((_, mi) => periods.map((__, p) => actual(rep.quotas[mi][p]))),
  );

  const spiffs = Array.from({ length: int(r, 0, 2) }, (_, j) => ({
    id: `s${j + 1}`,
    name: `SPIFF ${j + 1}`,
    method: chance(r, 0.5) ? ("marginal" as const) : ("retro" as const),
    tiers: tiers(r, "units", 1),
  }));
  const spiffUnits = reps.map(() =>
    spiffs.map(() => periods.map(() => (chance(r, 0.3) ? 0 : int(r, 0, 12)))),
  );

  const credits: PlanModel["credits"][number][] = [];
  const deals = repCount > 1 ? int(r, 0, 4) : 0;
  for (let d = 0; d < deals; d++) {
    const mi = int(r, 0, M - 1);
    const period = int(r, 0, P - 1);
    const amount = money(measures[mi].quota * r());
    const shares = pick(r, [
      [0.5, 0.5],
      [0.6, 0.4],
      [0.75, 0.25],
      [0.25, 0.25, 0.5],
    ]).slice(0, repCount);
    const first = int(r, 0, repCount - 1);
    shares.forEach((share, k) => {
      credits.push({ deal: `D-${d + 1}`, period, measure: mi, rep: (first + k) % repCount, share, amount });
    });
  }

  const clawbackSchedule = chance(r, 0.5)
    ? ascending(r, int(r, 1, 4), pick(r, [0, 1]), () => int(r, 1, 6)).map((months, i) => ({
        months,
        fraction: Math.max(0, 1 - i * pick(r, [0.25, 0.5])),
      }))
    : [];
  const clawbacks = clawbackSchedule.length
    ? Array.from({ length: int(r, 0, 3) }, () => ({
        rep: int(r, 0, repCount - 1),
        period: int(r, 0, P - 1),
        deal: `C-${int(r, 100, 999)}`,
        commission: money(r() * 8000),
        // Months with a fraction part never sit on a band edge.
        monthsActive: int(r, 0, 14) + 0.5,
      }))
    : [];

  const adjustments = reps.map(() => periods.map(() => (chance(r, 0.15) ? money((r() - 0.5) * 2000) : 0)));
  const adjustmentNotes = adjustments.map((row) => row.map((a) => (a ? "manual" : "")));

  const teamPool = chance(r, 0.5)
    ? {
        measure: int(r, 0, M - 1),
        threshold: pick(r, [0.5, 0.8, 1]),
        amount: pick(r, [0, 1000, 5000]),
        excessRate: pick(r, [0, 0.005, 0.02]),
        split: chance(r, 0.5) ? ("equal" as const) : ("proRata" as const),
      }
    : null;
  const bestRep = chance(r, 0.6)
    ? {
        measure: int(r, 0, M - 1),
        by: chance(r, 0.7) ? ("attainment" as const) : ("actual" as const),
        minAttainment: chance(r, 0.6) ? pick(r, [0.8, 1, 1.2]) : null,
        title: "Star of the period",
        bonus: pick(r, [0, 500, 2000]),
      }
    : null;
  const bestTeam = chance(r, 0.5)
    ? {
        measure: int(r, 0, M - 1),
        minAttainment: chance(r, 0.5) ? pick(r, [0.8, 1]) : null,
        title: "Best team",
        bonusPerMember: pick(r, [0, 200, 800]),
      }
    : null;

  // Hire and leave dates before, inside and after the plan's periods, and ramp draws; drawn after
  // everything else so the other values of each seed stay as they were.
  const first = periods[0].start;
  const last = periods[P - 1].end;
  const span = last - first + 1;
  const datedReps = reps.map((rep) => {
    const u = r();
    const hireDate =
      u < 0.3
        ? null
        : u < 0.5
          ? first - int(r, 1, 900)
          : u < 0.9
            ? first + int(r, 0, span - 1)
            : last + int(r, 1, 60);
    const leaveDate = chance(r, 0.25)
      ? Math.max(hireDate ?? first - 400, first + int(r, -40, span + 20))
      : null;
    return { ...rep, hireDate, leaveDate };
  });
  const drawRampMonths = chance(r, 0.3) ? int(r, 1, 6) : null;

  return {
    name: `Random plan ${seed}`,
    currency: "CNY",
    basis: chance(r, 0.5) ? "bookings" : "collections",
    payFrequency: monthsPerPeriod === 1 ? "monthly" : "quarterly",
    monthsPerPeriod,
    periods,
    compensation,
    measures,
    spiffs,
    draw,
    clawbackSchedule,
    teamPool,
    bestRep,
    bestTeam,
    reps: datedReps,
    teams: usedTeams,
    actuals,
    spiffUnits,
    credits,
    clawbacks,
    adjustments,
    adjustmentNotes,
    // Drawn last so the plans of earlier seeds keep their other values.
    payableDecimals: pick(r, [0, 2, 2, 3]),
    zeroQuota: chance(r, 0.5) ? "baseRate" : "nothing",
    ...(bestRep ? { bestRep: { ...bestRep, tie: pick(r, ["share", "all", "first"] as const) } } : {}),
    ...(bestTeam ? { bestTeam: { ...bestTeam, tie: pick(r, ["share", "all", "first"] as const) } } : {}),
    drawRampMonths,
  };
}
