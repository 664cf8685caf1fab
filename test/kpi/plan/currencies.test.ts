/**
 * Actuals in several currencies: each series carries its currency, the plan's rates table converts it
 * to the plan currency (by formula in the workbook), and amounts of different currencies are never
 * added raw. Payouts worked out by hand; the sheets recalculated in LibreOffice against the engine.
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

const plan = {
  name: "Global",
  currency: "USD",
  period: { start: "2027-01", months: 1 },
  exchangeRates: [
    { currency: "CNY", rate: 0.14 },
    { currency: "EUR", rate: 1.1 },
  ],
  measures: [
    {
      id: "bookings",
      name: "Bookings",
      quota: 100000,
      payout: { type: "tiers", tiers: [{ from: 0, rate: "10%" }] },
    },
  ],
  actuals: [
    { rep: "Ann", measure: "bookings", values: [100000] },
    { rep: "Li", measure: "bookings", values: [1000000], currency: "CNY" },
    { rep: "Eva", measure: "bookings", values: [50000], currency: "eur" },
  ],
} satisfies IncentivePlanInput;

const team = roster("Ann", "Li", "Eva"); // Ann and Eva in North, Li in South

describe("actuals in several currencies", () => {
  it("converts each amount to the plan currency before paying or adding", () => {
    const result = computePlan(planModel(plan, team));
    const [ann, li, eva] = result.lines.map((l) => l[0]);
    // Ann 100,000 USD x 10% = 10,000. Li 1,000,000 CNY x 0.14 = 140,000 USD: 14,000 (not 100,000).
    // Eva 50,000 EUR x 1.1 = 55,000 USD: 5,500.
    expect(li.measures[0].credited).toBeCloseTo(140000, 6);
    expect([ann, li, eva].map((l) => l.payable)).toEqual([10000, 14000, 5500]);
    // North adds 100,000 USD + 55,000 USD = 155,000, never 100,000 + 50,000 of mixed currencies.
    expect(result.teams[0][0].credited[0]).toBeCloseTo(155000, 6);
    expect(result.teams[1][0].credited[0]).toBeCloseTo(140000, 6);
  });

  it("an amount in a currency without a rate is refused, naming the row", () => {
    const r = parseIncentivePlan({ ...plan, exchangeRates: [{ currency: "EUR", rate: 1.1 }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0].field).toBe("actuals[1].currency");
    expect(r.issues[0].en).toContain("no exchange rate for CNY");
    expect(r.issues[0].zh).toContain("没有 CNY 的汇率");
  });

  it("the workbook holds the rates table and converts by formula, in both languages", () => {
    const model = planModel(plan, team);
    const en = JSON.stringify(generateIncentiveWorkbook(model).spec);
    expect(en).toContain("Exchange rates to USD");
    expect(en).toContain("FX_Currency");
    expect(en).toContain("FX_Rate");
    expect(en).toContain("never added as they are");
    const zh = JSON.stringify(generateIncentiveWorkbook(model, { locale: "zh-CN" }).spec);
    expect(zh).toContain("折算为 USD 的汇率");
    expect(zh).toContain("不同币种的金额绝不直接相加");
  });
});

describeWithLibreOffice("currencies recalculated in LibreOffice", () => {
  it("the sheets agree with the engine (and so with the hand figures above)", async () => {
    const { mismatches, cells } = await runOracle([
      { name: "fx", model: planModel(plan, team) },
      { name: "fx zh", model: planModel(plan, team), locale: "zh-CN" },
    ]);
    expect(mismatches).toEqual([]);
    expect(cells).toBeGreaterThan(20);
  }, 120_000);
});
