/**
 * "What would this pay?": the plan as typed, worked through for one sample rep in the first pay
 * period by the plan engine itself (src/kpi/plan), so the pane's example and the sheet agree. The
 * rep is the roster's first (or a stand-in before a roster is loaded), selling a set share of the
 * first measure's quota.
 */
import { payoutLimit } from "../../../kpi/plan/caps";
import { computePlan } from "../../../kpi/plan/engine";
import type { PlanModel } from "../../../kpi/plan/model";
import type { Rep } from "../../../schemas/roster";

/** The sample rep sells 120% of quota: past the quota, so a tier plan shows more than one slice. */
export const SAMPLE_ATTAINMENT = 1.2;

/**
 * Before a roster is loaded the example still runs, for a rep with no hire date (fully ramped), in
 * the role of the first role table when the plan pays by role.
 */
export function sampleRep(name: string, role = ""): Rep {
  return { name, role, team: "-", manager: "", hireDate: null };
}

export interface ExampleSlice {
  readonly from: number;
  readonly to: number | null;
  readonly amount: number;
  readonly rate: number;
  readonly pay: number;
}

export interface WorkedExample {
  readonly rep: string;
  readonly measure: string;
  readonly period: string;
  readonly quota: number;
  readonly actual: number;
  readonly attainment: number;
  /** The tiers the actual runs through (slices with nothing in them are left out). */
  readonly slices: readonly ExampleSlice[];
  readonly payout: number;
  /** The role whose tier table paid the rep, when the measure has a table per role. */
  readonly role: string | null;
  /** The cap on target incentive, when the measure has one: the period's TI, the limit, what the tiers earned. */
  readonly cap: {
    readonly multiple: number;
    readonly targetIncentive: number;
    readonly limit: number;
    readonly earned: number;
    readonly capped: boolean;
  } | null;
}

/** The example for the model's first rep, or null when the first measure is not a tier table. */
export function workedExample(model: PlanModel, attainment = SAMPLE_ATTAINMENT): WorkedExample | null {
  const rep = model.reps[0];
  const measure = model.measures[0];
  const period = model.periods[0];
  if (!rep || !measure || !period) return null;
  const quota = rep.quotas[0][0];
  // Whole currency units: the example reads as a sale would be written.
  const actual = Math.round(quota * attainment);
  const single: PlanModel = {
    ...model,
    reps: [rep],
    teams: [rep.team],
    actuals: [model.measures.map((_m, k) => model.periods.map((_p, j) => (k === 0 && j === 0 ? actual : 0)))],
    spiffUnits: [model.spiffs.map(() => model.periods.map(() => 0))],
    credits: [],
    clawbacks: [],
    adjustments: [model.periods.map(() => 0)],
    adjustmentNotes: [model.periods.map(() => "")],
    teamPool: null,
    bestRep: null,
    bestTeam: null,
  };
  const repLine = computePlan(single).lines[0][0];
  const line = repLine.measures[0];
  if (!line.trace) return null;
  const table = rep.tierTables?.[0] ?? null;
  const multiple = measure.payoutCapTI ?? null;
  const ti = repLine.targetIncentive ?? 0;
  return {
    rep: rep.name,
    measure: measure.name,
    period: period.label,
    quota,
    actual,
    attainment: line.attainment,
    slices: line.trace
      .filter((t) => t.amountInTier !== 0)
      .map((t) => ({ from: t.from, to: t.to, amount: t.amountInTier, rate: t.rate, pay: t.commission })),
    payout: line.payout,
    role: measure.roleTiers && table !== null ? measure.roleTiers[table].roles[0] : null,
    cap:
      multiple !== null
        ? {
            multiple,
            targetIncentive: ti,
            limit: payoutLimit({ ...measure, payoutCap: null }, ti) ?? 0,
            earned: line.raw,
            capped: line.gateMet && line.payout < line.raw,
          }
        : null,
  };
}
