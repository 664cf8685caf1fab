/**
 * Year-to-date cumulative attainment with true-up: each period is computed on the quota and credit to
 * date and pays earned to date less what was paid; a negative true-up is carried unless the plan says
 * claw. Payouts worked out by hand; the sheets recalculated in LibreOffice against the engine.
 */
import { generateIncentiveWorkbook } from "../../../src/generators/incentives";
import { computePlan } from "../../../src/kpi/plan/engine";
import type { IncentivePlanInput } from "../../../src/schemas/incentive-plan";
import { describeWithLibreOffice } from "../../oracle/libreoffice";
import { runOracle } from "../../generators/incentives/run-oracle";
import { planModel, roster } from "./worked-examples";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

// Revenue, 100,000 a month: 5% up to 100% of the quota to date, 10% above (marginal), year to date.
const plan = (extra: Partial<IncentivePlanInput> = {}, payoutCap?: number) =>
  ({
    name: "YTD",
    period: { start: "2027-01", months: 4 },
    measures: [
      {
        id: "rev",
        name: "Revenue",
        quota: 100000,
        ytd: true,
        ...(payoutCap !== undefined ? { payoutCap } : {}),
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
    actuals: [
      { rep: "Ann", measure: "rev", values: [50000, 150000, 100000, 20000] },
      { rep: "Bo", measure: "rev", values: [150000, 0, 0, 250000] },
    ],
    ...extra,
  }) satisfies IncentivePlanInput;

const payouts = (model: ReturnType<typeof planModel>) =>
  computePlan(model).lines.map((l) => l.map((x) => x.measures[0].payout));

describe("year to date with true-up", () => {
  it("pays earned to date less paid before", () => {
    const [ann] = computePlan(planModel(plan(), roster("Ann", "Bo"))).lines;
    // Jan: 50,000 of 100,000 (50%): 50,000 x 5% = 2,500.
    // Feb: 200,000 of 200,000 (100%, at the threshold): 200,000 x 5% = 10,000 to date; pays 10,000 - 2,500 = 7,500.
    // Mar: 300,000 of 300,000: 15,000 to date; pays 5,000. Apr: 320,000 of 400,000 (80%): 16,000; pays 1,000.
    expect(ann.map((l) => l.measures[0].attainment)).toEqual([0.5, 1, 1, 0.8]);
    expect(ann.map((l) => l.measures[0].ytd?.earned)).toEqual([2500, 10000, 15000, 16000]);
    expect(ann.map((l) => l.payable)).toEqual([2500, 7500, 5000, 1000]);
  });

  it("carries a negative true-up by default: nothing clawed, made up later", () => {
    // Bo: Jan 150,000 of 100,000: 5,000 + 5,000 = 10,000. Feb 150,000 of 200,000 (75%): 7,500 to date,
    // below the 10,000 paid: pays 0. Mar 150,000 of 300,000: 7,500: pays 0. Apr 400,000 of 400,000:
    // 20,000 to date less 10,000 paid = 10,000.
    const [, bo] = payouts(planModel(plan(), roster("Ann", "Bo")));
    expect(bo).toEqual([10000, 0, 0, 10000]);
  });

  it("claws a negative true-up when the plan says so", () => {
    // Feb: 7,500 - 10,000 = -2,500. Mar: 7,500 - 7,500 = 0. Apr: 20,000 - 7,500 = 12,500.
    const model = planModel(plan({ negativeTrueUp: "claw" }), roster("Ann", "Bo"));
    const [, bo] = computePlan(model).lines;
    expect(bo.map((l) => l.measures[0].payout)).toEqual([10000, -2500, 0, 12500]);
    // Without a draw the -2,500 is carried as a balance and repaid in April: 12,500 - 2,500 = 10,000.
    expect(bo.map((l) => l.payable)).toEqual([10000, 0, 0, 10000]);
  });

  it("a per-period cap applies to earnings to date times the periods so far", () => {
    // Cap 6,000 a month. Bo: Jan min(10,000, 6,000) = 6,000. Feb min(7,500, 12,000) = 7,500: pays 1,500.
    // Mar 7,500 (cap 18,000): 0. Apr min(20,000, 24,000) = 20,000 - 7,500 = 12,500.
    const [, bo] = payouts(planModel(plan({}, 6000), roster("Ann", "Bo")));
    expect(bo).toEqual([6000, 1500, 0, 12500]);
  });

  it("the sheets state the rule and show the figures to date, in both languages", () => {
    const model = planModel(plan(), roster("Ann", "Bo"));
    const en = JSON.stringify(generateIncentiveWorkbook(model).spec);
    expect(en).toContain("Revenue: earned to date");
    expect(en).toContain("Plan_NegativeTrueUp");
    expect(en).toContain("the shortfall is carried until earnings to date catch up");
    const zh = JSON.stringify(generateIncentiveWorkbook(model, { locale: "zh-CN" }).spec);
    expect(zh).toContain("按年度累计计算并补差");
    expect(zh).toContain("Revenue：此前已发");
  });
});

describeWithLibreOffice("year to date with true-up recalculated in LibreOffice", () => {
  it("the sheets agree with the engine (and so with the hand figures above)", async () => {
    const { mismatches, cells } = await runOracle([
      { name: "ytd carry", model: planModel(plan(), roster("Ann", "Bo")) },
      { name: "ytd claw", model: planModel(plan({ negativeTrueUp: "claw" }), roster("Ann", "Bo")) },
      { name: "ytd cap zh", model: planModel(plan({}, 6000), roster("Ann", "Bo")), locale: "zh-CN" },
    ]);
    expect(mismatches).toEqual([]);
    expect(cells).toBeGreaterThan(30);
  }, 120_000);
});
