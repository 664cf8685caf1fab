/**
 * Tier tables per role in one run (AE, SDR, manager), picked by the roster's role column or the
 * plan's reps[].role: payouts worked out by hand, a role without a table refused naming the rep and
 * the role, and the generated sheets recalculated in LibreOffice against the engine.
 */
import { generateIncentiveWorkbook } from "../../../src/generators/incentives";
import { buildPlanModel } from "../../../src/generators/incentives/model";
import { computePlan } from "../../../src/kpi/plan/engine";
import { IncentivePlanInput, parseIncentivePlan } from "../../../src/schemas/incentive-plan";
import type { Rep } from "../../../src/schemas/roster";
import { describeWithLibreOffice } from "../../oracle/libreoffice";
import { runOracle } from "../../generators/incentives/run-oracle";
import { planModel } from "./worked-examples";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const rep = (name: string, role: string): Rep => ({ name, role, team: "North", manager: "", hireDate: null });

const roles = [
  // AE: 8% up to 100,000, 12% above.
  {
    role: "AE",
    tiers: [
      { from: 0, rate: "8%" },
      { from: 100000, rate: "12%" },
    ],
  },
  // SDR (two spellings): 2% / 4% from 50,000 / 6% from 150,000; longer than the others.
  {
    role: ["SDR", "Sales development rep"],
    tiers: [
      { from: 0, rate: "2%" },
      { from: 50000, rate: "4%" },
      { from: 150000, rate: "6%" },
    ],
  },
  { role: "Manager", tiers: [{ from: 0, rate: "1%" }] },
];

const plan = (method: "marginal" | "retro" = "marginal", values = [150000, 160000, 300000, 100000]) =>
  ({
    name: "Roles",
    period: { start: "2027-01", months: 1 },
    measures: [{ id: "bookings", name: "Bookings", quota: 100000, payout: { type: "tiers", method, roles } }],
    reps: [{ name: "Roy", role: "Manager" }],
    actuals: ["Ann", "Sid", "Max", "Roy"].map((r, i) => ({
      rep: r,
      measure: "bookings",
      values: [values[i]],
    })),
  }) satisfies IncentivePlanInput;

const team = [
  rep("Ann", "AE"),
  rep("Sid", "sales development  REP"),
  rep("Max", "Manager"),
  rep("Roy", "AE"),
];

describe("tier tables per role", () => {
  it("pays each rep on the table of their role (marginal)", () => {
    const payable = computePlan(planModel(plan(), team)).lines.map((l) => l[0].payable);
    expect(payable).toEqual([
      100000 * 0.08 + 50000 * 0.12, // Ann, AE, 150,000: 8,000 + 6,000 = 14,000
      50000 * 0.02 + 100000 * 0.04 + 10000 * 0.06, // Sid, SDR spelled differently: 1,000 + 4,000 + 600 = 5,600
      300000 * 0.01, // Max, manager: 3,000
      100000 * 0.01, // Roy: an AE in the roster, paid as a manager by the plan's reps[].role: 1,000
    ]);
  });

  it("retro: the whole amount at the rate of the tier reached in the rep's own table", () => {
    // Ann 100,000 reaches the AE 12% tier exactly: 12,000; Sid 149,999.99 stays in the SDR 4% tier:
    // 5,999.9996 -> 6,000.00; Max 300,000 x 1% = 3,000; Roy (manager) 50,000 x 1% = 500.
    const model = planModel(plan("retro", [100000, 149999.99, 300000, 50000]), team);
    const payable = computePlan(model).lines.map((l) => l[0].payable);
    expect(payable).toEqual([12000, 6000, 3000, 500]);
  });

  it("a rep whose role has no table is an error naming the rep and the role, in both languages", () => {
    const parsed = parseIncentivePlan(plan());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const result = buildPlanModel(parsed.value, [...team, rep("Ivy", "Intern"), rep("Kai", "")], {
      rosterFile: "team.csv",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(2);
    expect(result.issues[0]).toMatchObject({ file: "team.csv", row: 6, field: "role" });
    expect(result.issues[0].en).toContain(`Ivy's role "Intern" has no tier table for Bookings`);
    expect(result.issues[0].en).toContain("AE, SDR, Manager");
    expect(result.issues[0].zh).toContain("Ivy 的职位“Intern”在 Bookings 中没有对应的档位表");
    expect(result.issues[1].en).toContain("Kai's role (blank)");
  });

  it("a tier payout has tiers or roles, and each role one table", () => {
    const both = parseIncentivePlan({
      ...plan(),
      measures: [
        {
          id: "bookings",
          name: "Bookings",
          quota: 1,
          payout: { type: "tiers", tiers: [{ from: 0, rate: 0.1 }], roles },
        },
      ],
    });
    expect(both.ok).toBe(false);
    if (!both.ok) expect(both.issues[0].field).toBe("measures[0].payout");
    const twice = parseIncentivePlan({
      ...plan(),
      measures: [
        {
          id: "bookings",
          name: "Bookings",
          quota: 1,
          payout: { type: "tiers", roles: [...roles, { role: "ae", tiers: [{ from: 0, rate: 0.1 }] }] },
        },
      ],
    });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.issues[0].field).toBe("measures[0].payout.roles[3].role");
    // A role table's rates follow the rate rule: a bare 5 asks whether 5% was meant.
    const typo = parseIncentivePlan({
      ...plan(),
      measures: [
        {
          id: "bookings",
          name: "Bookings",
          quota: 1,
          payout: { type: "tiers", roles: [{ role: "AE", tiers: [{ from: 0, rate: 5 }] }] },
        },
      ],
    });
    expect(typo.ok).toBe(false);
    if (!typo.ok) expect(typo.issues[0].en).toContain("did you mean 5%?");
  });

  it("the plan sheet shows one table per role and states the rule in both languages", () => {
    const model = planModel(plan(), team);
    const en = JSON.stringify(generateIncentiveWorkbook(model).spec);
    expect(en).toContain("Tier table for role: SDR / Sales development rep");
    expect(en).toContain("M1_R2_T3_From");
    expect(en).toContain("Tier tables by role: Bookings pays each rep on the tier table of their role");
    const zh = JSON.stringify(generateIncentiveWorkbook(model, { locale: "zh-CN" }).spec);
    expect(zh).toContain("职位档位表：Manager");
    expect(zh).toContain("按职位分档：Bookings");
  });
});

describeWithLibreOffice("tier tables per role recalculated in LibreOffice", () => {
  it("the sheets agree with the engine (and so with the hand figures above)", async () => {
    const { mismatches, cells } = await runOracle([
      { name: "roles marginal", model: planModel(plan(), team) },
      { name: "roles retro", model: planModel(plan("retro", [100000, 149999.99, 300000, 50000]), team) },
      { name: "roles zh", model: planModel(plan(), team), locale: "zh-CN" },
    ]);
    expect(mismatches).toEqual([]);
    expect(cells).toBeGreaterThan(30);
  }, 120_000);
});
