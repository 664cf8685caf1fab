/** SMART goal sentences and their compact numbers, checked against sentences written by hand. */
import { compactNumber, signedPercent, smartStatement } from "../../../src/generators/goals";
import { GoalMetric, METRIC_PRESETS } from "../../../src/schemas/goals";

const MARCH_31_2027 = 46477; // 2027-01-01 is 46388; + 89 days

function metric(id: string, overrides: Partial<GoalMetric> = {}): GoalMetric {
  const p = METRIC_PRESETS[id] ?? METRIC_PRESETS.revenue;
  return {
    id,
    name: p.name,
    unit: p.unit,
    direction: p.direction,
    aggregation: p.aggregation,
    weight: 1,
    growth: null,
    defaultTarget: null,
    cap: null,
    gate: null,
    ...overrides,
  };
}

const goal = (m: GoalMetric, baseline: number | null, target: number, full = target) => ({
  metric: m,
  baseline,
  full,
  target,
  periodEnd: MARCH_31_2027,
});

describe("smartStatement", () => {
  it("writes the issue's example in English and Chinese", () => {
    const g = goal(metric("revenue"), 1_200_000, 1_440_000);
    expect(smartStatement(g, "en-US")).toBe("Grow revenue from 1.20M to 1.44M (+20%) by 2027-03-31");
    expect(smartStatement(g, "zh-CN")).toBe("在 2027-03-31 前将销售额从 120万 提升至 144万（+20%）");
    expect(smartStatement(g, "en-US", "¥")).toBe("Grow revenue from ¥1.20M to ¥1.44M (+20%) by 2027-03-31");
  });

  it("says reduce for lower-is-better metrics and keep when a target is below the baseline", () => {
    const churn = metric("churn", {
      name: { en: "Churn rate", zh: "流失率" },
      unit: "percent",
      direction: "lower",
    });
    expect(smartStatement(goal(churn, 0.05, 0.04), "en-US")).toBe(
      "Reduce churn rate from 5.0% to 4.0% (-20%) by 2027-03-31",
    );
    expect(smartStatement(goal(churn, 0.05, 0.04), "zh-CN")).toBe(
      "在 2027-03-31 前将流失率从 5.0% 降至 4.0%（-20%）",
    );
    expect(smartStatement(goal(churn, 0.04, 0.05), "en-US")).toBe(
      "Keep churn rate at or below 5.0% (+25% vs. 4.0%) by 2027-03-31",
    );
    expect(smartStatement(goal(metric("revenue"), 1_000_000, 900_000), "en-US")).toBe(
      "Keep revenue at or above 900K (-10% vs. 1.00M) by 2027-03-31",
    );
    expect(smartStatement(goal(metric("newCustomers"), 20, 20), "zh-CN")).toBe(
      "在 2027-03-31 前保持新客户数在 20",
    );
  });

  it("names the ramp when a new hire carries part of the full target, and keeps acronyms", () => {
    expect(smartStatement(goal(metric("revenue"), null, 240_000, 900_000), "en-US")).toBe(
      "Reach revenue of 240K by 2027-03-31 (new-hire ramp: 27% of the full 900K)",
    );
    expect(smartStatement(goal(metric("revenue"), null, 240_000, 900_000), "zh-CN")).toBe(
      "在 2027-03-31 前销售额达到 24万（新人爬坡：完整目标 90万 的 27%）",
    );
    const nps = metric("nps", {
      name: { en: "NPS", zh: "净推荐值" },
      unit: "number",
      aggregation: "average",
    });
    expect(smartStatement(goal(nps, 40, 45), "en-US")).toBe("Grow NPS from 40 to 45 (+12.5%) by 2027-03-31");
  });
});

describe("compactNumber", () => {
  it.each([
    [1_234_567, "currency", "en-US", "1.23M"],
    [1_234_567, "currency", "zh-CN", "123.46万"],
    [250_000_000, "number", "zh-CN", "2.5亿"],
    [2_500_000_000, "number", "en-US", "2.50B"],
    [12_500, "count", "en-US", "12.5K"],
    [999, "count", "en-US", "999"],
    [26.4, "count", "en-US", "26"],
    [-1_500_000, "currency", "en-US", "-1.50M"],
    [0.1834, "percent", "zh-CN", "18.3%"],
  ] as const)("%p %s %s -> %p", (value, unit, locale, text) => {
    expect(compactNumber(value, unit, locale)).toBe(text);
  });

  it("signs percentages", () => {
    expect([signedPercent(0.2), signedPercent(-0.055), signedPercent(0)]).toEqual(["+20%", "-5.5%", "±0%"]);
  });
});
