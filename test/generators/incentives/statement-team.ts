/**
 * The twelve-month walk-through plan for a team of n reps: even reps have Ann's actuals and SPIFF
 * units, odd reps Bo's, none has a clawback or an adjustment. Every statement prints on four pages
 * (three bands of four periods, then the notes: statement-bands.oracle.test.ts).
 *
 * Hand-worked payables (statement-plan.ts HAND, without February's clawback and adjustments):
 * - Ann's months alternate January's and February's actuals. January: 100,000 x 2% + 50,000 x 5% +
 *   10,000 x 8% = 5,300, renewals 40,000 x 3% = 1,200, SPIFF 2 x 500 = 1,000: 7,500. February: 8,500
 *   capped at 6,000, renewals 1,500, no SPIFF: 7,500. Above the 3,000 draw every month: 12 x 7,500 =
 *   90,000 for the year.
 * - Bo's odd months: renewals 29,500 / 50,000 = 59%, under the 60% gate, so no revenue payout;
 *   renewals 885, SPIFF 500: 1,385, topped up to the 3,000 draw (balance 1,615). Even months: revenue
 *   2,000 + 30,000 x 5% = 3,500, renewals 1,350, SPIFF 3 x 500 = 1,500: 6,350, less the balance
 *   1,615 recovered: 4,735. The year: 6 x 3,000 + 6 x 4,735 = 46,410.
 */
import type { PlanModel } from "../../../src/kpi/plan/model";
import type { Rep } from "../../../src/schemas/roster";
import { planModel } from "../../kpi/plan/worked-examples";
import { TWELVE_PLAN } from "./statement-plan";

export const ANN_MONTH = 7_500;
export const ANN_YEAR = 90_000;
export const BO_MONTHS = [3_000, 4_735];
export const BO_YEAR = 46_410;

export function repName(i: number): string {
  return `Rep ${String(i + 1).padStart(3, "0")}`;
}

export function twelveMonthTeam(n: number): PlanModel {
  const reps: Rep[] = Array.from({ length: n }, (_, i) => ({
    name: repName(i),
    role: "AE",
    team: i % 2 ? "South" : "North",
    manager: "Mia Stone",
    hireDate: null,
  }));
  const like = (name: string) => (i: number) => (i % 2 ? "Bo Quill" : "Ann Vale") === name;
  const actuals = (TWELVE_PLAN.actuals ?? []).flatMap((a) =>
    reps.filter((_, i) => like(a.rep)(i)).map((r) => ({ ...a, rep: r.name })),
  );
  const spiffUnits = (TWELVE_PLAN.spiffUnits ?? []).flatMap((s) =>
    reps.filter((_, i) => like(s.rep)(i)).map((r) => ({ ...s, rep: r.name })),
  );
  return planModel({ ...TWELVE_PLAN, actuals, spiffUnits, clawbacks: [], adjustments: [] }, reps);
}
