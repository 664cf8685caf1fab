/** The benchmark's commission plan: `reps` reps x 12 months, every plan feature in use. */
import type { IncentivePlanInput } from "../src/schemas/incentive-plan";
import type { Rep } from "../src/schemas/roster";

const MONTHS = 12;
const TEAMS = 20;

export function incentiveInput(reps: number): { roster: Rep[]; plan: IncentivePlanInput } {
  const roster: Rep[] = Array.from({ length: reps }, (_, i) => ({
    name: `Rep ${String(i + 1).padStart(4, "0")}`,
    role: "AE",
    team: `Team ${(i % TEAMS) + 1}`,
    manager: `Manager ${(i % 7) + 1}`,
    hireDate: 44000 + i,
  }));
  const month = (i: number, base: number) =>
    Array.from({ length: MONTHS }, (_, j) => Math.round(base * (0.5 + ((i * 7 + j * 13) % 100) / 80)));
  return {
    roster,
    plan: {
      name: "Benchmark plan",
      period: { start: "2027-01", months: MONTHS },
      compensation: { ote: 240000, baseMix: 0.6 },
      measures: [
        {
          id: "revenue",
          name: "Revenue",
          quota: 100000,
          payout: {
            type: "tiers",
            on: "attainment",
            tiers: [
              { from: 0, rate: 0.03 },
              { from: 0.5, rate: 0.05 },
              { from: 1, rate: 0.07 },
              { from: 1.5, rate: 0.09 },
            ],
          },
          gate: { attainment: 0.4 },
          payoutCap: 50000,
        },
        {
          id: "logos",
          name: "New customers",
          quota: 4,
          weight: 1,
          payout: {
            type: "curve",
            points: [
              { attainment: 0.7, payout: 0.5 },
              { attainment: 1, payout: 1 },
              { attainment: 1.5, payout: 2 },
            ],
            cap: 2,
          },
        },
      ],
      draw: { amount: 1500, recoverable: true },
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
          name: "Prepay",
          tiers: [
            { from: 1, rate: 300 },
            { from: 3, rate: 500 },
          ],
        },
      ],
      teamPool: { measure: "revenue", threshold: 1, amount: 10000, excessRate: 0.01, split: "proRata" },
      awards: {
        bestRep: { measure: "revenue", minAttainment: 1, title: "Star", bonus: 2000 },
        bestTeam: { measure: "revenue", title: "Team", bonusPerMember: 300 },
      },
      credits: Array.from({ length: 200 }, (_, d) => ({
        deal: `D-${d + 1}`,
        period: (d % MONTHS) + 1,
        measure: "revenue",
        amount: 50000 + d * 100,
        shares: [
          { rep: roster[d % reps].name, share: 0.5 },
          { rep: roster[(d * 37 + 1) % reps].name, share: 0.5 },
        ],
      })),
      clawbacks: Array.from({ length: 100 }, (_, k) => ({
        rep: roster[(k * 13) % reps].name,
        period: (k % MONTHS) + 1,
        deal: `C-${k + 1}`,
        commission: 1000 + k * 10,
        monthsActive: k % 8,
      })),
      actuals: roster.flatMap((r, i) => [
        { rep: r.name, measure: "revenue", values: month(i, 100000) },
        { rep: r.name, measure: "logos", values: month(i, 4) },
      ]),
      spiffUnits: roster.map((r, i) => ({ rep: r.name, spiff: "prepay", values: month(i, 2) })),
    },
  };
}
