/**
 * Plan rules at their boundaries, each payout worked out by hand in the test: count tiers (SPIFFs),
 * quota-less periods, hire and leave dates, award minimums and ties, rounding of the payable.
 */
import { generateIncentiveWorkbook } from "../../../src/generators/incentives";
import { countCommissionCore } from "../../../src/kpi/commission";
import { computePlan } from "../../../src/kpi/plan/engine";
import { parseIncentivePlan } from "../../../src/schemas/incentive-plan";
import { boundaryAttainment, planModel, roster } from "./worked-examples";

// Bentega's table: 250 a deal from the 1st, 400 from the 4th, 600 from the 7th.
const contracts = [
  { from: 1, rate: 250 },
  { from: 4, rate: 400 },
  { from: 7, rate: 600 },
];

describe("count tiers: units are numbered from 1", () => {
  it.each([
    // units, marginal by hand, retro by hand
    [0, 0, 0],
    [1, 250, 250], // first tier: both methods agree
    [3, 3 * 250, 3 * 250],
    [4, 3 * 250 + 1 * 400, 4 * 400],
    [5, 3 * 250 + 2 * 400, 5 * 400], // 1,550, not 1,150
    [6, 3 * 250 + 3 * 400, 6 * 400],
    [7, 3 * 250 + 3 * 400 + 1 * 600, 7 * 600],
    [8, 3 * 250 + 3 * 400 + 2 * 600, 8 * 600],
  ])("%i contracts: marginal %d, retro %d", (units, marginal, retro) => {
    expect(countCommissionCore(units, contracts, "marginal")).toBe(marginal);
    expect(countCommissionCore(units, contracts, "retro")).toBe(retro);
  });

  it("a table starting at a later unit pays nothing before it", () => {
    const later = [
      { from: 3, rate: 100 },
      { from: 5, rate: 200 },
    ];
    expect(countCommissionCore(2, later, "marginal")).toBe(0);
    expect(countCommissionCore(3, later, "marginal")).toBe(100); // the 3rd unit only
    expect(countCommissionCore(5, later, "marginal")).toBe(2 * 100 + 200); // 3rd, 4th; 5th
    expect(countCommissionCore(5, later, "retro")).toBe(5 * 200);
  });

  it("the engine pays a marginal SPIFF per contract", () => {
    const model = planModel(
      {
        name: "SPIFF",
        period: { start: "2027-01", months: 3 },
        measures: [
          {
            id: "sales",
            name: "Sales",
            quota: 1000,
            payout: { type: "tiers", tiers: [{ from: 0, rate: 0 }] },
          },
        ],
        spiffs: [{ id: "deals", name: "Deals", method: "marginal", tiers: contracts }],
        spiffUnits: [{ rep: "Eva", spiff: "deals", values: [1, 5, 8] }],
      },
      roster("Eva"),
    );
    const [lines] = computePlan(model).lines;
    expect(lines.map((l) => l.spiffs[0].amount)).toEqual([250, 1550, 3150]);
  });

  it("the schema asks for unit numbers from 1", () => {
    const plan = {
      name: "SPIFF",
      period: { start: "2027-01", months: 1 },
      measures: [
        { id: "sales", name: "Sales", quota: 1000, payout: { type: "tiers", tiers: [{ from: 0, rate: 0 }] } },
      ],
      spiffs: [{ id: "deals", name: "Deals", tiers: [{ from: 0, rate: 100 }] }],
    };
    const result = parseIncentivePlan(plan);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0].field).toBe("spiffs[0].tiers[0].from");
      expect(result.issues[0].en).toMatch(/counted from 1/);
      expect(result.issues[0].zh).toMatch(/从 1/);
    }
  });
});

describe("rates and targets that cannot be right are refused", () => {
  const withRate = (rate: unknown, extra: Record<string, unknown> = {}) =>
    parseIncentivePlan({
      name: "Rates",
      period: { start: "2027-01", months: 1 },
      measures: [
        { id: "rev", name: "Revenue", quota: 100000, payout: { type: "tiers", tiers: [{ from: 0, rate }] } },
      ],
      ...extra,
    });
  const rateOf = (r: ReturnType<typeof withRate>) =>
    r.ok && r.value.measures[0].payout.type === "tiers" ? r.value.measures[0].payout.tiers![0].rate : NaN;

  it('reads "5%" and 0.05 as the same rate', () => {
    expect(rateOf(withRate("5%"))).toBe(0.05);
    expect(rateOf(withRate("7.5 %"))).toBe(0.075);
    expect(rateOf(withRate(0.05))).toBe(0.05);
    expect(rateOf(withRate(1))).toBe(1); // 100% is a rate, the limit without the flag
  });

  it.each([5, 150, 1e308])(
    "a bare %d asks whether a percentage was meant, in English and Chinese",
    (rate) => {
      const r = withRate(rate);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.issues[0].field).toBe("measures[0].payout.tiers[0].rate");
      expect(r.issues[0].en).toContain(`did you mean ${rate}%?`);
      expect(r.issues[0].zh).toContain(`是否想写 ${rate}%？`);
    },
  );

  it("rates above 100% need the plan flag, and stop at 1,000% even with it", () => {
    expect(rateOf(withRate(1.5, { allowRatesAbove100: true }))).toBe(1.5);
    expect(withRate(150, { allowRatesAbove100: true }).ok).toBe(false);
    expect(withRate("abc").ok).toBe(false);
  });

  it("a team pool's excess rate follows the same rule", () => {
    const r = withRate(0.05, { teamPool: { measure: "rev", threshold: 1, amount: 100, excessRate: 2 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].field).toBe("teamPool.excessRate");
  });

  it("quotas and targets must be positive", () => {
    const plan = {
      name: "Targets",
      period: { start: "2027-01", months: 1 },
      measures: [
        {
          id: "rev",
          name: "Revenue",
          quota: -100000,
          payout: { type: "tiers", tiers: [{ from: 0, rate: 0.05 }] },
        },
      ],
    };
    const r = parseIncentivePlan(plan);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].field).toBe("measures[0].quota");
  });
});

describe("a period without quota follows the plan's stated rule", () => {
  // Attainment tiers 2% / 4% from 80% / 6% from 100%; quota 0 in the ramp month, 100,000 after.
  const plan = (zeroQuota?: "baseRate" | "nothing") =>
    planModel(
      {
        name: "Ramp",
        period: { start: "2027-01", months: 2 },
        ...(zeroQuota ? { zeroQuota } : {}),
        measures: [
          {
            id: "rev",
            name: "Revenue",
            quota: 100000,
            attainmentCap: 2,
            payout: {
              type: "tiers",
              on: "attainment",
              tiers: [
                { from: 0, rate: "2%" },
                { from: 0.8, rate: "4%" },
                { from: 1, rate: "6%" },
              ],
            },
          },
        ],
        reps: [{ name: "Ivy", quotas: { rev: [0, 100000] } }],
        actuals: [{ rep: "Ivy", measure: "rev", values: [50000, 120000] }],
      },
      roster("Ivy"),
    );

  it("baseRate (the default) pays the ramp month at the first tier's rate, not the top one", () => {
    const [[ramp, full]] = computePlan(plan()).lines;
    expect(ramp.measures[0].attainment).toBe(0);
    expect(ramp.measures[0].payout).toBe(50000 * 0.02); // 1,000, not 50,000 x 6% = 3,000
    // 80,000 x 2% + 20,000 x 4% + 20,000 x 6% = 1,600 + 800 + 1,200.
    expect(full.measures[0].payout).toBeCloseTo(3600, 9);
    expect(full.payable).toBe(3600);
  });

  it("nothing pays 0 for the ramp month", () => {
    const [[ramp]] = computePlan(plan("nothing")).lines;
    expect(ramp.measures[0].payout).toBe(0);
    expect(ramp.payable).toBe(0);
  });

  it("the plan sheet and the statement state the rule", () => {
    const { spec } = generateIncentiveWorkbook(plan());
    const all = JSON.stringify(spec);
    expect(all).toContain("Period without quota pays");
    expect(all).toContain("its credited amount is paid at the first tier's rate");
    expect(all).toContain("No Revenue quota this period: paid at the base rate.");
    const zh = JSON.stringify(generateIncentiveWorkbook(plan(), { locale: "zh-CN" }).spec);
    expect(zh).toContain("本期无Revenue指标：按基础提成比例计发。");
  });
});

describe("the payable is rounded to the currency's minor unit", () => {
  const plan = (currency: string, actual: number, rate: number, extra: Record<string, unknown> = {}) =>
    planModel(
      {
        name: "Round",
        currency,
        period: { start: "2027-01", months: 1 },
        measures: [
          {
            id: "rev",
            name: "Revenue",
            quota: 100000,
            payout: { type: "tiers", tiers: [{ from: 0, rate }] },
          },
        ],
        actuals: [{ rep: "Ann", measure: "rev", values: [actual] }],
        ...extra,
      },
      roster("Ann"),
    );
  it.each([
    // currency, actual, rate, hand result
    ["USD", 250220.46, 0.07, 17515.43], // 250,220.46 x 7% = 17,515.4322
    ["CNY", 100.5, 0.05, 5.03], // 5.025: half away from zero, as Excel's ROUND
    ["JPY", 123456, 0.07, 8642], // 8,641.92, yen have no minor unit
    ["KWD", 1000.1234, 0.1, 100.012], // 100.01234, three decimals
  ])("%s: %d x %d -> %d", (currency, actual, rate, expected) => {
    const [[line]] = computePlan(plan(currency as string, actual as number, rate as number)).lines;
    expect(line.earned).toBe(expected);
    expect(line.payable).toBe(expected);
    expect(line.ytd).toBe(expected);
  });
  it("a plan may set its own decimals", () => {
    const [[line]] = computePlan(plan("USD", 250220.46, 0.07, { payableDecimals: 0 })).lines;
    expect(line.payable).toBe(17515);
  });
  it("the calc sheet shows the rounding", () => {
    const all = JSON.stringify(generateIncentiveWorkbook(plan("USD", 1, 0.07)).spec);
    expect(all).toContain("ROUND(");
    expect(all).toContain("Plan_PayDecimals");
    expect(all).toContain("Payable rounded to decimals");
  });
});

describe("the carried balance says what it is", () => {
  it("a rep with no draw carries a negative balance, a rep with a draw owes the draw", () => {
    const model = planModel(
      {
        name: "Balances",
        period: { start: "2027-01", months: 2 },
        measures: [
          {
            id: "rev",
            name: "Revenue",
            quota: 100000,
            payout: { type: "tiers", tiers: [{ from: 0, rate: "5%" }] },
          },
        ],
        reps: [{ name: "Bo", draw: 3000 }],
        adjustments: [{ rep: "Al", period: 1, amount: -500, reason: "overpaid in December" }],
      },
      roster("Al", "Bo"),
    );
    const [al, bo] = computePlan(model).lines;
    expect(al[0].balance).toBe(500); // -500 carried
    expect(bo[0].balance).toBe(3000); // draw 3,000 against 0 earned
    const { spec, layout } = generateIncentiveWorkbook(model);
    const sheet = spec.sheets.find((s) => s.name === layout.sheets.statements)!;
    const text = JSON.stringify(sheet);
    expect(text.split("Negative balance carried forward (repaid from later earnings)").length - 1).toBe(1);
    expect(text.split("Draw balance owed").length - 1).toBe(1);
  });
});

describe("awards need a minimum and say how ties are paid", () => {
  const plan = (awards: Record<string, unknown>, values: number[]) =>
    planModel(
      {
        name: "Awards",
        period: { start: "2027-01", months: 1 },
        measures: [
          {
            id: "rev",
            name: "Revenue",
            quota: 100000,
            payout: { type: "tiers", tiers: [{ from: 0, rate: 0 }] },
          },
        ],
        awards: { bestRep: { measure: "rev", title: "Star", bonus: 1000, ...awards } },
        actuals: values.map((v, i) => ({ rep: ["Al", "Bo", "Cy"][i], measure: "rev", values: [v] })),
      },
      roster("Al", "Bo", "Cy"),
    );
  const bonuses = (model: ReturnType<typeof plan>) => computePlan(model).lines.map((l) => l[0].bestRepBonus);

  it("nobody wins with no sales: the default minimum is 100% attainment", () => {
    expect(bonuses(plan({}, [0, 0, 0]))).toEqual([0, 0, 0]);
    expect(bonuses(plan({}, [99999, 50000, 0]))).toEqual([0, 0, 0]); // 99.999% is below 100%
    expect(bonuses(plan({}, [100000, 50000, 0]))).toEqual([1000, 0, 0]); // exactly 100% qualifies
  });

  it("equal top scores share the bonus by default: 1,000 / 2 = 500 each", () => {
    expect(bonuses(plan({}, [120000, 120000, 110000]))).toEqual([500, 500, 0]);
  });

  it("tie: all pays each the whole bonus; tie: first pays the first in roster order", () => {
    expect(bonuses(plan({ tie: "all" }, [120000, 120000, 110000]))).toEqual([1000, 1000, 0]);
    expect(bonuses(plan({ tie: "first" }, [110000, 120000, 120000]))).toEqual([0, 1000, 0]);
  });

  it("three-way ties share in thirds, paid to the cent", () => {
    const lines = computePlan(plan({}, [130000, 130000, 130000])).lines;
    expect(lines.map((l) => l[0].bestRepBonus)).toEqual([1000 / 3, 1000 / 3, 1000 / 3]);
    expect(lines.map((l) => l[0].payable)).toEqual([333.33, 333.33, 333.33]);
  });

  it("the awards sheet and the plan sheet state the rule", () => {
    const all = JSON.stringify(generateIncentiveWorkbook(plan({}, [1, 1, 1])).spec);
    expect(all).toContain("Equal top scores");
    expect(all).toContain("BestRep_Tie");
    expect(all).toContain("Equal top salespeople (teams) share the bonus");
  });
});

describe("attainment thresholds are compared in cents", () => {
  it("a rep at exactly 110% of 110,000 reaches the 110% tier; a cent less does not", () => {
    expect(1.1 * 110000).not.toBe(121000); // the binary product the threshold is rounded from
    const [[at, below]] = computePlan(boundaryAttainment.model).lines;
    expect(at.measures[0].payout).toBeCloseTo(121000 * 0.1, 9); // 12,100
    expect(at.payable).toBe(12100);
    expect(below.measures[0].payout).toBeCloseTo(120999.99 * 0.05, 9); // 6,049.9995
    expect(below.payable).toBe(6050);
  });
});
