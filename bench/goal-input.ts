/** The goal benchmark's input: `reps` reps x 12 months x 3 metrics, ramps and prorations in use. */
import type { Rep } from "../src/schemas/roster";

const TEAMS = 20;

export function goalInput(reps: number): { roster: Rep[]; config: Record<string, unknown> } {
  const roster: Rep[] = [];
  const baselines: Record<string, Record<string, number>> = {};
  const actuals: Record<string, Record<string, (number | null)[]>> = {};
  for (let i = 0; i < reps; i++) {
    const name = `Rep ${String(i + 1).padStart(4, "0")}`;
    // Every tenth rep joins during the year, so ramp and proration formulas are exercised; the others
    // joined before it (i % 2000: for more than 2,000 reps, 44000 + i would run past 2027, and the
    // goal sheet's note naming reps who have not started yet would outgrow a cell).
    const hireDate = i % 10 === 0 ? 46388 + ((i * 7) % 300) : i % 3 === 0 ? null : 44000 + (i % 2000);
    roster.push({
      name,
      role: "AE",
      team: `Team ${(i % TEAMS) + 1}`,
      manager: `Manager ${(i % 7) + 1}`,
      hireDate,
    });
    baselines[name] = {
      revenue: 800_000 + i * 500,
      newCustomers: 40 + (i % 20),
      conversionRate: 0.1 + (i % 10) / 100,
    };
    const month = (v: number) =>
      Array.from({ length: 12 }, (_, j) => (j < 5 ? v * (0.8 + ((i + j) % 5) / 10) : null));
    actuals[name] = { revenue: month(70_000), newCustomers: month(4), conversionRate: month(0.12) };
  }
  return {
    roster,
    config: {
      period: 2027,
      asOf: "2027-05-20",
      metrics: [
        { id: "revenue", weight: 0.5, cap: 1.5, target: 900_000 },
        { id: "newCustomers", weight: 0.3, target: 48 },
        { id: "conversionRate", weight: 0.2, gate: 0.8, target: 0.12 },
      ],
      growth: 0.15,
      baselines,
      actuals,
      split: [6, 6, 8, 8, 8, 9, 8, 8, 9, 9, 10, 11],
      holidays: ["2027-01-01", "2027-02-08", "2027-02-09", "2027-02-10", "2027-05-03", "2027-10-01"],
      history: Array.from({ length: TEAMS }, (_, t) => ({
        team: `Team ${t + 1}`,
        metric: "revenue",
        values: [40e6, 42e6 + t * 1e5, 45e6, 47e6],
      })),
    },
  };
}
