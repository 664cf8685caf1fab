/**
 * Quota credit apart from pay credit on split deals: an overlay rep gets credit toward quota (and so
 * attainment, awards, team results) but no commission. Payouts worked out by hand; the sheets
 * recalculated in LibreOffice against the engine.
 */
import { generateIncentiveWorkbook } from "../../../src/generators/incentives";
import { computePlan } from "../../../src/kpi/plan/engine";
import { IncentivePlanInput, parseIncentivePlan } from "../../../src/schemas/incentive-plan";
import { describeWithLibreOffice } from "../../oracle/libreoffice";
import { runOracle } from "../../generators/incentives/run-oracle";
import { planModel, roster } from "./worked-examples";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

// ARR: 5% up to 100% of the 100,000 quota, 10% above (marginal). Ola is an overlay specialist.
const plan = {
  name: "Overlay",
  period: { start: "2027-01", months: 1 },
  measures: [
    {
      id: "arr",
      name: "ARR",
      quota: 100000,
      payout: {
        type: "tiers",
        on: "attainment",
        tiers: [
          { from: 0, rate: "5%" },
          { from: 1, rate: "10%" },
        ],
      },
    },
  ],
  awards: { bestRep: { measure: "arr", title: "Star", bonus: 1000 } },
  actuals: [{ rep: "Bo", measure: "arr", values: [80000] }],
  credits: [
    {
      deal: "D-1",
      period: 1,
      measure: "arr",
      amount: 200000,
      shares: [
        { rep: "Ann", share: 1 },
        { rep: "Ola", share: 0, quotaShare: 1 },
      ],
    },
    {
      deal: "D-2",
      period: 1,
      measure: "arr",
      amount: 60000,
      shares: [
        { rep: "Ann", share: 0.5 },
        { rep: "Bo", share: 0.5 },
        { rep: "Ola", share: 0, quotaShare: 0.5 },
      ],
    },
  ],
} satisfies IncentivePlanInput;

const team = roster("Ann", "Bo", "Ola");

describe("quota credit apart from pay credit", () => {
  it("an overlay reaches attainment and awards but is paid no commission", () => {
    const [ann, bo, ola] = computePlan(planModel(plan, team)).lines.map((l) => l[0]);
    // Ann: 200,000 + 60,000 x 0.5 = 230,000 of quota and pay credit: 230%;
    // commission 100,000 x 5% + 130,000 x 10% = 5,000 + 13,000 = 18,000.
    expect(ann.measures[0].attainment).toBeCloseTo(2.3, 12);
    expect(ann.measures[0].payout).toBeCloseTo(18000, 9);
    // Bo: 80,000 own + 30,000 = 110,000: 5,000 + 10,000 x 10% = 6,000.
    expect(bo.measures[0].payout).toBeCloseTo(6000, 9);
    // Ola: quota credit 200,000 x 1 + 60,000 x 0.5 = 230,000 (230%), pay credit 0: no commission.
    expect(ola.measures[0].credited).toBe(230000);
    expect(ola.measures[0].payCredited).toBe(0);
    expect(ola.measures[0].payout).toBe(0);
    // Ann and Ola tie at 230% for the award: 1,000 shared, 500 each.
    expect([ann, bo, ola].map((l) => l.bestRepBonus)).toEqual([500, 0, 500]);
    expect([ann, bo, ola].map((l) => l.payable)).toEqual([18500, 6000, 500]);
  });

  it("the sheets show quota share and pay credit and state the rule, in both languages", () => {
    const model = planModel(plan, team);
    const en = JSON.stringify(generateIncentiveWorkbook(model).spec);
    expect(en).toContain("Quota share (blank = share)");
    expect(en).toContain("ARR: pay credit (commissioned)");
    expect(en).toContain("Credits_QuotaCredited");
    expect(en).toContain("an overlay gets quota credit and no pay");
    const zh = JSON.stringify(generateIncentiveWorkbook(model, { locale: "zh-CN" }).spec);
    expect(zh).toContain("指标份额（空 = 同计酬份额）");
    expect(zh).toContain("叠加角色计入指标但不计酬");
  });

  it("pay shares still add up to 100%; a row with neither share is refused", () => {
    const bad = parseIncentivePlan({
      ...plan,
      credits: [
        {
          deal: "D-3",
          period: 1,
          measure: "arr",
          amount: 1000,
          shares: [
            { rep: "Ann", share: 1 },
            { rep: "Ola", share: 0 },
          ],
        },
      ],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0].field).toBe("credits[0].shares[1].share");
  });
});

describeWithLibreOffice("quota credit recalculated in LibreOffice", () => {
  it("the sheets agree with the engine (and so with the hand figures above)", async () => {
    const { mismatches, cells } = await runOracle([
      { name: "overlay", model: planModel(plan, team) },
      { name: "overlay zh", model: planModel(plan, team), locale: "zh-CN" },
    ]);
    expect(mismatches).toEqual([]);
    expect(cells).toBeGreaterThan(30);
  }, 120_000);
});
