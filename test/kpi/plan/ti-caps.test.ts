/**
 * Caps relative to each rep's target incentive (payoutCapTI), beside the money cap per measure: the
 * engine against payouts worked out by hand, the schema and roster rules, and the generated sheets
 * recalculated in LibreOffice (they must agree with the engine, so with the hand figures too).
 */
import { generateIncentiveWorkbook } from "../../../src/generators/incentives";
import { buildPlanModel } from "../../../src/generators/incentives/model";
import { computePlan } from "../../../src/kpi/plan/engine";
import { IncentivePlanInput, parseIncentivePlan } from "../../../src/schemas/incentive-plan";
import { Rep, parseRosterCsv } from "../../../src/schemas/roster";
import { describeWithLibreOffice } from "../../oracle/libreoffice";
import { runOracle } from "../../generators/incentives/run-oracle";
import { planModel } from "./worked-examples";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const rep = (name: string, extra: Partial<Rep> = {}): Rep => ({
  name,
  role: "AE",
  team: "North",
  manager: "Mia",
  hireDate: null,
  ...extra,
});

/**
 * A SaaS AE plan: target incentive 60,000 a year (5,000 a month), ARR bookings against a 50,000
 * monthly quota, 10% up to quota and 20% above it (marginal), capped at 300% of the month's TI.
 */
const saas = (extra: Partial<IncentivePlanInput["measures"][number]> = {}): IncentivePlanInput => ({
  name: "SaaS AE",
  currency: "USD",
  period: { start: "2027-01", months: 1 },
  compensation: { targetIncentive: 60000 },
  measures: [
    {
      id: "arr",
      name: "New ARR",
      quota: 50000,
      payoutCapTI: "300%",
      payout: {
        type: "tiers",
        on: "attainment",
        method: "marginal",
        tiers: [
          { from: 0, rate: "10%" },
          { from: 1, rate: "20%" },
        ],
      },
      ...extra,
    },
  ],
  reps: [{ name: "Cy", targetIncentive: 120000 }],
  actuals: [
    { rep: "Ann", measure: "arr", values: [100000] },
    { rep: "Ben", measure: "arr", values: [99999.95] },
    { rep: "Cat", measure: "arr", values: [100000.05] },
    { rep: "Bo", measure: "arr", values: [80000] },
    { rep: "Cy", measure: "arr", values: [120000] },
  ],
});

// Bo's target incentive comes from the roster (36,000 a year = 3,000 a month); Cy's roster figure is
// overridden by the plan's reps[] (120,000 a year = 10,000 a month).
const saasRoster = [
  rep("Ann"),
  rep("Ben"),
  rep("Cat"),
  rep("Bo", { targetIncentive: 36000 }),
  rep("Cy", { targetIncentive: 36000 }),
];

describe("payout caps relative to the target incentive", () => {
  it("caps each rep at 300% of their own target incentive of the period", () => {
    const model = planModel(saas(), saasRoster);
    const lines = computePlan(model).lines.map((l) => l[0]);
    expect(lines.map((l) => l.targetIncentive)).toEqual([5000, 5000, 5000, 3000, 10000]);
    // Ann, 100,000 (200%): 50,000 x 10% + 50,000 x 20% = 5,000 + 10,000 = 15,000, exactly the cap 3 x 5,000.
    expect(lines[0].payable).toBe(15000);
    // Ben, 99,999.95: 5,000 + 49,999.95 x 20% = 14,999.99, a cent below the cap.
    expect(lines[1].payable).toBe(14999.99);
    // Cat, 100,000.05: 5,000 + 50,000.05 x 20% = 15,000.01 before the cap, 15,000 after.
    expect(lines[2].measures[0].raw).toBeCloseTo(15000.01, 9);
    expect(lines[2].payable).toBe(15000);
    // Bo, 80,000: 5,000 + 30,000 x 20% = 11,000 before; cap 3 x 3,000 = 9,000 (TI from the roster).
    expect(lines[3].measures[0].raw).toBeCloseTo(11000, 9);
    expect(lines[3].payable).toBe(9000);
    // Cy, 120,000: 5,000 + 70,000 x 20% = 19,000; cap 3 x 10,000 = 30,000 does not bind.
    expect(lines[4].payable).toBe(19000);
  });

  it("with a money cap as well, the lower of the two applies", () => {
    // Money cap 12,000: Ann min(15,000, 3 x 5,000, 12,000) = 12,000; Bo min(11,000, 9,000, 12,000) = 9,000;
    // Cy min(19,000, 30,000, 12,000) = 12,000.
    const model = planModel(saas({ payoutCap: 12000 }), saasRoster);
    const payable = computePlan(model).lines.map((l) => l[0].payable);
    expect(payable).toEqual([12000, 12000, 12000, 9000, 12000]);
  });

  it("takes the target incentive from OTE and mix, per quarter", () => {
    // OTE 160,000 with a 50/50 mix: TI 80,000 a year, 20,000 a quarter; cap 150% = 30,000.
    // Quota 300,000 a quarter at a flat 12%: 240,000 pays 28,800; 260,000 pays 31,200 -> 30,000.
    const model = planModel(
      {
        name: "Quarterly",
        period: { start: "2027-01", months: 6 },
        payFrequency: "quarterly",
        compensation: { ote: 160000, baseMix: 0.5 },
        measures: [
          {
            id: "rev",
            name: "Revenue",
            quota: 300000,
            payoutCapTI: 1.5,
            payout: { type: "tiers", tiers: [{ from: 0, rate: "12%" }] },
          },
        ],
        actuals: [{ rep: "Ann", measure: "rev", values: [240000, 260000] }],
      },
      [rep("Ann")],
    );
    const [lines] = computePlan(model).lines;
    expect(lines.map((l) => l.targetIncentive)).toEqual([20000, 20000]);
    expect(lines.map((l) => l.payable)).toEqual([28800, 30000]);
  });

  it("caps a curve measure below its curve cap", () => {
    // TI 48,000 a year = 4,000 a month; curve 0% -> 0, 100% -> 1, 200% -> 3 (curve cap 300%); TI cap 200%.
    // 150%: 1 + 0.5 x 2 = 2 -> 8,000 = the cap 2 x 4,000; 175%: 2.5 -> 10,000 -> 8,000; 125%: 1.5 -> 6,000.
    const model = planModel(
      {
        name: "Curve",
        period: { start: "2027-01", months: 3 },
        compensation: { targetIncentive: 48000 },
        measures: [
          {
            id: "rev",
            name: "Revenue",
            weight: 1,
            quota: 100000,
            payoutCapTI: 2,
            payout: {
              type: "curve",
              cap: 3,
              points: [
                { attainment: 0, payout: 0 },
                { attainment: 1, payout: 1 },
                { attainment: 2, payout: 3 },
              ],
            },
          },
        ],
        actuals: [{ rep: "Ann", measure: "rev", values: [150000, 175000, 125000] }],
      },
      [rep("Ann")],
    );
    const [lines] = computePlan(model).lines;
    expect(lines.map((l) => l.payable)).toEqual([8000, 8000, 6000]);
  });

  it("the plan sheet states the cap in both languages and names the input", () => {
    const model = planModel(saas(), saasRoster);
    const en = JSON.stringify(generateIncentiveWorkbook(model).spec);
    expect(en).toContain("M1_PayoutCapTI");
    expect(en).toContain("New ARR pays at most 300% of your target incentive of the period");
    expect(en).toContain("MIN(M1_PayoutCapTI*");
    const zh = JSON.stringify(generateIncentiveWorkbook(model, { locale: "zh-CN" }).spec);
    expect(zh).toContain("New ARR 每期最多计发本期目标奖金的 300%");
    expect(zh).toContain("每期奖金封顶（本期目标奖金的倍数）");
  });
});

describe("target incentive inputs that cannot be right are refused", () => {
  it("a TI cap needs the plan to state a target incentive", () => {
    const input = saas();
    delete (input as { compensation?: unknown }).compensation;
    input.reps = [];
    const r = parseIncentivePlan(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0].field).toBe("measures[0].payoutCapTI");
    expect(r.issues[0].en).toMatch(/target incentive/);
    expect(r.issues[0].zh).toMatch(/目标奖金/);
  });

  it("a cap of 0 is refused", () => {
    const r = parseIncentivePlan(saas({ payoutCapTI: 0 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].field).toBe("measures[0].payoutCapTI");
  });

  it("an OTE plan refuses a roster target incentive, naming the rep", () => {
    const input = { ...saas(), compensation: { ote: 120000, baseMix: 0.5 }, reps: [] };
    const plan = parseIncentivePlan(input);
    if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
    const model = buildPlanModel(plan.value, saasRoster, { rosterFile: "roster.csv" });
    expect(model.ok).toBe(false);
    if (model.ok) return;
    expect(model.issues.map((i) => i.en)).toEqual([
      expect.stringContaining("Bo has a target incentive in the roster"),
      expect.stringContaining("Cy has a target incentive in the roster"),
    ]);
    expect(model.issues[0].zh).toContain("Bo");
    expect(model.issues[0]).toMatchObject({ file: "roster.csv", row: 5, field: "targetIncentive" });
  });

  it("the roster reads a target incentive column in English or Chinese, and names a bad cell", () => {
    const en = parseRosterCsv('Name,Team,Target incentive\nAnn,North,"60,000"\nBo,North,\n');
    expect(en.ok && en.value.map((r) => r.targetIncentive)).toEqual([60000, undefined]);
    const zh = parseRosterCsv("姓名,团队,目标奖金\n李伟,华东,36000\n");
    expect(zh.ok && zh.value[0].targetIncentive).toBe(36000);
    const bad = parseRosterCsv("Name,Team,Target incentive\nAnn,North,sixty\n", "roster.csv");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]).toMatchObject({ row: 2, field: "Target incentive" });
  });
});

describeWithLibreOffice("TI-relative caps recalculated in LibreOffice", () => {
  it("the sheets agree with the engine (and so with the hand figures above)", async () => {
    const { mismatches, cells } = await runOracle([
      { name: "saas", model: planModel(saas(), saasRoster) },
      { name: "saas money cap", model: planModel(saas({ payoutCap: 12000 }), saasRoster) },
      { name: "saas zh", model: planModel(saas(), saasRoster), locale: "zh-CN" },
    ]);
    expect(mismatches).toEqual([]);
    expect(cells).toBeGreaterThan(30);
  }, 120_000);
});
