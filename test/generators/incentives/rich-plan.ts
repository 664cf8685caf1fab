/**
 * A small plan that uses every mechanic at once (tiers with a gate and caps, a capped accelerating
 * curve, OTE with a per-rep override, a recoverable draw, a clawback, a retro SPIFF, a pro-rata team
 * pool, both awards and a split deal): the base of the recompute test and a golden file.
 */
import type { PlanModel } from "../../../src/kpi/plan/model";
import { planModel, roster } from "../../kpi/plan/worked-examples";

export function richPlan(): PlanModel {
  return planModel(
    {
      name: "Field sales 2027",
      currency: "CNY",
      period: { start: "2027-01", months: 2 },
      basis: "collections",
      compensation: { ote: 240000, baseMix: 0.6 },
      measures: [
        {
          id: "rev",
          name: "Revenue",
          quota: 100000,
          payout: {
            type: "tiers",
            method: "marginal",
            tiers: [
              { from: 0, rate: 0.05 },
              { from: 100000, rate: 0.06 },
              { from: 125000, rate: 0.07 },
            ],
          },
          gate: { attainment: 0.5 },
          attainmentCap: 2,
          payoutCap: 20000,
        },
        {
          id: "logos",
          name: "New customers",
          quota: 5,
          weight: 1,
          payout: {
            type: "curve",
            points: [
              { attainment: 0.7, payout: 0 },
              { attainment: 1, payout: 1 },
              { attainment: 2, payout: 3 },
            ],
            cap: 2,
          },
        },
      ],
      draw: { amount: 2000, recoverable: true },
      clawback: {
        schedule: [
          { months: 0, fraction: 1 },
          { months: 3, fraction: 0.5 },
          { months: 6, fraction: 0 },
        ],
      },
      spiffs: [
        {
          id: "prepay",
          name: "Annual prepay",
          method: "retro",
          tiers: [
            { from: 1, rate: 250 },
            { from: 4, rate: 400 },
            { from: 7, rate: 600 },
          ],
        },
      ],
      teamPool: { measure: "rev", threshold: 1, amount: 3000, excessRate: 0.01, split: "proRata" },
      awards: {
        bestRep: { measure: "rev", minAttainment: 1, title: "Star of the month", bonus: 1000 },
        bestTeam: { measure: "rev", title: "Team of the month", bonusPerMember: 200 },
      },
      reps: [{ name: "Bob", ote: 200000 }],
      credits: [
        {
          deal: "D-1",
          period: 2,
          measure: "rev",
          amount: 100000,
          shares: [
            { rep: "Ann", share: 0.6 },
            { rep: "Bob", share: 0.4 },
          ],
        },
      ],
      clawbacks: [{ rep: "Bob", period: 2, deal: "D-0", commission: 1500, monthsActive: 4 }],
      adjustments: [{ rep: "Cy", period: 1, amount: -100, reason: "Expense correction" }],
      actuals: [
        { rep: "Ann", measure: "rev", values: [150000, 50000] },
        { rep: "Bob", measure: "rev", values: [90000, 10000] },
        { rep: "Cy", measure: "rev", values: [110000, 130000] },
        { rep: "Ann", measure: "logos", values: [6, 3] },
        { rep: "Bob", measure: "logos", values: [4, 0] },
        { rep: "Cy", measure: "logos", values: [7, 0] },
      ],
      spiffUnits: [
        { rep: "Ann", spiff: "prepay", values: [3, 5] },
        { rep: "Cy", spiff: "prepay", values: [8, 0] },
      ],
    },
    roster("Ann", "Bob", "Cy"),
  );
}
