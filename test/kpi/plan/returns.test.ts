/**
 * Returns and credit memos: a returned booking reverses its commission at the rate it was paid (the
 * rate of the tier the rep reached in the period it was paid), not 0 and not today's rate. Payouts
 * worked out by hand; the sheets recalculated in LibreOffice against the engine.
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

// Bookings: 5% up to 100,000, 10% above; no payout below 50% of the 100,000 monthly quota.
const plan = (method: "marginal" | "retro" = "marginal") =>
  ({
    name: "Returns",
    period: { start: "2027-01", months: 3 },
    measures: [
      {
        id: "bookings",
        name: "Bookings",
        quota: 100000,
        gate: { attainment: 0.5 },
        payout: {
          type: "tiers",
          method,
          tiers: [
            { from: 0, rate: "5%" },
            { from: 100000, rate: "10%" },
          ],
        },
      },
    ],
    actuals: [
      { rep: "Ann", measure: "bookings", values: [150000, 60000, 80000] },
      { rep: "Bo", measure: "bookings", values: [40000, 100000, 0] },
    ],
    returns: [
      { rep: "Ann", measure: "bookings", period: 3, paidIn: 1, amount: 20000, document: "CM-101" },
      { rep: "Ann", measure: "bookings", period: "2027-03", paidIn: "2027-02", amount: 10000 },
      { rep: "Bo", measure: "bookings", period: 2, paidIn: 1, amount: 10000, document: "RMA-7" },
      { rep: "Bo", measure: "bookings", period: 3, paidIn: 2, amount: 30000, document: "CM-102" },
    ],
  }) satisfies IncentivePlanInput;

describe("returns reverse commission at the rate it was paid", () => {
  it("marginal: the rate of the tier reached in the paid period", () => {
    const [ann, bo] = computePlan(planModel(plan(), roster("Ann", "Bo"))).lines;
    // Ann. Jan 150,000: 100,000 x 5% + 50,000 x 10% = 10,000 (reached the 10% tier).
    // Feb 60,000 x 5% = 3,000 (5% tier). Mar 80,000 x 5% = 4,000, less the returns:
    // 20,000 from January x 10% = 2,000 and 10,000 from February x 5% = 500 -> 4,000 - 2,500 = 1,500.
    expect(ann.map((l) => l.returnsReversed)).toEqual([0, 0, 2500]);
    expect(ann.map((l) => l.payable)).toEqual([10000, 3000, 1500]);
    // Bo. Jan 40,000 is below the 50% gate: paid 0, so its return in February reverses 0.
    // Feb exactly 100,000: all in the 5% tier (the 10% tier starts above it) -> 5,000.
    // Mar: 0 booked, 30,000 of February returned x 5% = 1,500: net -1,500, carried (no draw), payable 0.
    expect(bo.map((l) => l.returnsReversed)).toEqual([0, 0, 1500]);
    expect(bo.map((l) => l.earned)).toEqual([0, 5000, -1500]);
    expect(bo.map((l) => l.payable)).toEqual([0, 5000, 0]);
    expect(bo[2].balance).toBe(1500);
  });

  it("retro: the rate the whole period was paid at", () => {
    const [ann, bo] = computePlan(planModel(plan("retro"), roster("Ann", "Bo"))).lines;
    // Ann: Jan 150,000 x 10% = 15,000; Feb 60,000 x 5% = 3,000; Mar 80,000 x 5% = 4,000
    // - (20,000 x 10% + 10,000 x 5%) = 4,000 - 2,500 = 1,500.
    expect(ann.map((l) => l.payable)).toEqual([15000, 3000, 1500]);
    // Bo: Feb exactly 100,000 reaches the 10% tier under retro: 10,000; March reverses 30,000 x 10% = 3,000.
    expect(bo.map((l) => l.earned)).toEqual([0, 10000, -3000]);
  });

  it("the sheets state the rule and list the returns, in both languages", () => {
    const model = planModel(plan(), roster("Ann", "Bo"));
    const en = generateIncentiveWorkbook(model);
    expect(en.layout.sheets.returns).toBe("Returns");
    const all = JSON.stringify(en.spec);
    expect(all).toContain("reversed at the rate it was paid");
    expect(all).toContain("CM-101");
    expect(all).toContain("Returns reversed");
    const zh = generateIncentiveWorkbook(model, { locale: "zh-CN" });
    expect(zh.layout.sheets.returns).toBe("退货冲回");
    expect(JSON.stringify(zh.spec)).toContain("按其计发时的提成比例冲回");
  });

  it("refuses a return paid after it is reversed, or of a negative amount", () => {
    const late = parseIncentivePlan({
      ...plan(),
      returns: [{ rep: "Ann", measure: "bookings", period: 1, paidIn: 2, amount: 100 }],
    });
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.issues[0].field).toBe("returns[0].paidIn");
    const negative = parseIncentivePlan({
      ...plan(),
      returns: [{ rep: "Ann", measure: "bookings", period: 2, paidIn: 1, amount: -100 }],
    });
    expect(negative.ok).toBe(false);
    if (!negative.ok) expect(negative.issues[0].field).toBe("returns[0].amount");
  });
});

describeWithLibreOffice("returns recalculated in LibreOffice", () => {
  it("the sheets agree with the engine (and so with the hand figures above)", async () => {
    const { mismatches, cells } = await runOracle([
      { name: "returns marginal", model: planModel(plan(), roster("Ann", "Bo")) },
      { name: "returns retro", model: planModel(plan("retro"), roster("Ann", "Bo")) },
      { name: "returns zh", model: planModel(plan(), roster("Ann", "Bo")), locale: "zh-CN" },
    ]);
    expect(mismatches).toEqual([]);
    expect(cells).toBeGreaterThan(30);
  }, 120_000);
});
