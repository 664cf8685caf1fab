/**
 * Limits kept as deliberate rules (#17), each stated where a reader of the workbook meets it: a return
 * on a curve measure is refused naming its row, in English and Chinese; the plan sheet says that
 * split, return and adjustment amounts are in the plan currency, that a team pool on a year-to-date
 * measure uses the period's figures, and that credit after a leave date still earns.
 */
import { generateIncentiveWorkbook } from "../../../src/generators/incentives";
import { mechanicsExplanation } from "../../../src/generators/incentives/mechanics-explain";
import { IncentivePlanInput, parseIncentivePlan } from "../../../src/schemas/incentive-plan";
import { planModel, roster } from "./worked-examples";

const curvePlan: IncentivePlanInput = {
  name: "Curve",
  currency: "USD",
  period: { start: "2027-01", months: 2 },
  compensation: { targetIncentive: 12000 },
  measures: [
    {
      id: "quality",
      name: "Quality",
      quota: 100,
      weight: 1,
      payout: {
        type: "curve",
        points: [
          { attainment: 0.5, payout: 0.5 },
          { attainment: 1, payout: 1 },
        ],
      },
    },
  ],
  returns: [
    { rep: "Ann", measure: "quality", period: 2, paidIn: 1, amount: 10 },
    { rep: "Ann", measure: "quality", period: 2, paidIn: 1, amount: 20 },
  ],
};

describe("rules kept and stated", () => {
  it("a return on a curve measure is refused at its row, in both languages", () => {
    const r = parseIncentivePlan(curvePlan);
    if (r.ok) throw new Error("accepted");
    // Both rows are named, each at its own index.
    expect(r.issues.map((i) => i.field)).toEqual(["returns[0].measure", "returns[1].measure"]);
    expect(r.issues[0].en).toBe(
      '"quality" pays on a curve: returns reverse commission of tier measures only; enter the return as a negative actual or an adjustment',
    );
    expect(r.issues[0].zh).toBe("“quality” 按曲线计发：退货冲回仅适用于分档指标；请以负业绩或手工调整录入");
  });

  const texts = (locale: "en-US" | "zh-CN", input: IncentivePlanInput) => {
    const model = planModel(input, roster("Ann", "Bo"));
    return {
      lines: mechanicsExplanation(model, locale),
      spec: JSON.stringify(generateIncentiveWorkbook(model, { locale }).spec),
    };
  };
  const ytdPoolPlan: IncentivePlanInput = {
    name: "YTD pool",
    currency: "USD",
    period: { start: "2027-01", months: 3 },
    exchangeRates: [{ currency: "CNY", rate: 0.14 }],
    measures: [
      {
        id: "rev",
        name: "Revenue",
        quota: 1000,
        ytd: true,
        payout: { type: "tiers", tiers: [{ from: 0, rate: "5%" }] },
      },
    ],
    teamPool: { measure: "rev", threshold: 1, amount: 500 },
  };

  it("the plan sheet states the year-to-date pool rule and the currency of splits, returns and adjustments", () => {
    const en = texts("en-US", ytdPoolPlan);
    expect(en.lines).toContain(
      "Team pool on Revenue: the pool is funded and shared on the team's quota and credit of the period, not to date; only the individual payout of Revenue is trued up year to date.",
    );
    expect(en.lines.join(" ")).toContain(
      "Credit split amounts, returns and adjustments carry no currency of their own: enter them in USD.",
    );
    const zh = texts("zh-CN", ytdPoolPlan);
    expect(zh.lines.join("")).toContain("仅个人的 Revenue 提成按年度累计补差");
    expect(zh.lines.join("")).toContain("分单金额、退货金额和手工调整不单独标注币种：请以 USD 录入。");
    // Without a pool the line is not there.
    expect(texts("en-US", { ...ytdPoolPlan, teamPool: undefined }).lines.join(" ")).not.toContain(
      "Team pool on",
    );
  });

  it("the plan sheet says that credit after a leave date still earns", () => {
    const model = planModel({ ...ytdPoolPlan, teamPool: undefined, exchangeRates: [] }, [
      { name: "Ann", role: "AE", team: "N", manager: "", hireDate: null, leaveDate: 46400 },
    ]);
    const spec = JSON.stringify(generateIncentiveWorkbook(model).spec);
    expect(spec).toContain("a deal closed after leaving is not entered for you");
  });
});
