/** The CRM benches' team: 40 reps in two teams, whose names the sample export's owners take. */
import type { Rep } from "../src/schemas/roster";

export const CRM_BENCH_ROSTER: readonly Rep[] = Array.from({ length: 40 }, (_, i) => ({
  name: `Rep ${String(i + 1).padStart(2, "0")}`,
  role: "Account Executive",
  team: i < 20 ? "East" : "West",
  manager: i < 20 ? "Zhou Min" : "Emily Carter",
  hireDate: null,
}));
