/** The goal config: periods, metric presets, where targets come from, and errors naming each field. */
import { formatIssue } from "../../src/schemas/errors";
import { GoalPlan, buildPeriod, validateGoalInput } from "../../src/schemas/goals";
import { Rep } from "../../src/schemas/roster";

// Excel serials (1900 system), worked out from 2027-01-01 = 46388 (= 2026-01-01 46023 + 365).
const JAN_1_2027 = 46388;

const rep = (name: string, team: string, hireDate: number | null = null, manager = "M"): Rep => ({
  name,
  role: "AE",
  team,
  manager,
  hireDate,
});
const ROSTER = [rep("Ann", "East"), rep("Bo", "East"), rep("Cy", "West", JAN_1_2027 + 45)];

function plan(config: Record<string, unknown>, roster: Rep[] = ROSTER): GoalPlan {
  const result = validateGoalInput(roster, config, { config: "goals.yaml" });
  if (!result.ok) throw new Error(result.issues.map((i) => formatIssue(i, "en-US")).join("\n"));
  return result.value;
}

function issues(config: Record<string, unknown>, roster: Rep[] = ROSTER) {
  const result = validateGoalInput(roster, config, { config: "goals.yaml" });
  if (result.ok) throw new Error("expected issues");
  return result.issues;
}

const BASE = { period: "2027-Q1", metrics: [{ id: "revenue", weight: 1, target: 300000 }] };

describe("periods", () => {
  it.each([
    // text, type, label, first day, last day, months (serials from 2027-01-01 = 46388)
    ["2027-Q1", "quarter", "2027-Q1", 46388, 46388 + 89, 3], // Jan 31 + Feb 28 + Mar 31 = 90 days
    ["2027-Q3", "quarter", "2027-Q3", 46388 + 181, 46388 + 272, 3], // Jul 1 = day 182 of 2027
    ["2027-H2", "half", "2027-H2", 46388 + 181, 46388 + 364, 6],
    ["2027-02", "month", "2027-02", 46388 + 31, 46388 + 58, 1],
    [2027, "year", "2027", 46388, 46388 + 364, 12],
  ])("%p is a %s", (period, type, label, start, end, months) => {
    const p = plan({ ...BASE, period }).period;
    expect([p.type, p.label, p.start, p.end, p.months.length]).toEqual([type, label, start, end, months]);
  });

  it("builds fiscal periods that cross a year end and labels them by their months", () => {
    const p = buildPeriod("quarter", 2027, 11);
    expect(p.label).toBe("2027-11~2028-01");
    expect(p.months.map((m) => [m.year, m.month])).toEqual([
      [2027, 11],
      [2027, 12],
      [2028, 1],
    ]);
    expect(p.end - p.start + 1).toBe(30 + 31 + 31);
    expect(plan({ ...BASE, period: { type: "year", start: "2027-04", label: "FY27" } }).period.label).toBe(
      "FY27",
    );
  });

  it("refuses periods it cannot read", () => {
    expect(issues({ ...BASE, period: "2027-Q5" })[0]).toMatchObject({
      field: "period",
      en: "write 2027-Q1, 2027-H1, 2027-03 or 2027",
      zh: "请写成 2027-Q1、2027-H1、2027-03 或 2027",
    });
    expect(issues({ ...BASE, period: { type: "quarter", start: "2027-13" } })[0]).toMatchObject({
      field: "period.start",
      en: "write the first month as 2027-04",
    });
  });
});

describe("metrics", () => {
  it("fills presets and takes custom metrics with their own name, unit and direction", () => {
    const p = plan({
      period: "2027-Q1",
      metrics: [
        { id: "conversionRate", weight: 0.5, target: 0.2 },
        {
          id: "churn",
          name: { en: "Churn", zh: "流失率" },
          unit: "percent",
          direction: "lower",
          weight: 0.5,
          target: 0.05,
        },
      ],
    });
    expect(p.metrics.map((m) => [m.id, m.name.zh, m.unit, m.direction, m.aggregation])).toEqual([
      ["conversionRate", "转化率", "percent", "higher", "average"],
      ["churn", "流失率", "percent", "lower", "sum"],
    ]);
  });

  it("requires weights that add up to 100%, unique ids and a name for custom metrics", () => {
    const found = issues({
      period: "2027-Q1",
      metrics: [
        { id: "revenue", weight: 0.6, target: 1 },
        { id: "revenue", weight: 0.3, target: 1 },
        { id: "nps", weight: 0.2, target: 1 },
      ],
    });
    expect(found.map((i) => i.field)).toEqual(["metrics[1].id", "metrics[2].name"]);
    const sum = issues({
      period: "2027-Q1",
      metrics: [
        { id: "revenue", weight: 0.6, target: 1 },
        { id: "newCustomers", weight: 0.3, target: 1 },
      ],
    });
    expect(formatIssue(sum[0], "en-US")).toBe(
      "goals.yaml, metrics[].weight: the weights add up to 0.9; they must add up to 1 (100%)",
    );
    expect(formatIssue(sum[0], "zh-CN")).toBe(
      "goals.yaml，metrics[].weight：权重之和为 0.9；权重之和必须为 1(100%)",
    );
  });

  it("reports zod problems with the path and both languages", () => {
    const found = issues({ period: "2027-Q1", metrics: [{ id: "revenue", weight: 1.5, target: "lots" }] });
    expect(found).toEqual([
      { file: "goals.yaml", field: "metrics[0].weight", en: "must be at most 1", zh: "不能大于 1" },
      {
        file: "goals.yaml",
        field: "metrics[0].target",
        en: "must be a number, not a string",
        zh: "应为数字，而不是文本",
      },
    ]);
    expect(issues({ ...BASE, colour: "red" })[0]).toMatchObject({
      field: "(root)",
      en: 'unknown field(s) "colour"',
    });
    expect(issues({ metrics: BASE.metrics })[0]).toMatchObject({
      field: "period",
      en: "is required",
      zh: "必填",
    });
  });
});

describe("targets", () => {
  const metrics = [
    { id: "revenue", weight: 0.5, target: 500 },
    { id: "newCustomers", weight: 0.5 },
  ];

  it("takes an explicit target first, then baseline x growth, then the metric's default", () => {
    const p = plan({
      period: "2027-Q1",
      metrics,
      growth: 0.2,
      baselines: {
        Ann: { revenue: 1000, newCustomers: 10 },
        Bo: { newCustomers: 8 },
        Cy: { newCustomers: 2 },
      },
      targets: { Ann: { revenue: 1300 } },
    });
    expect(p.lines.map((line) => line.map((l) => l.source))).toEqual([
      [{ kind: "explicit", value: 1300 }, { kind: "growth" }],
      [{ kind: "default", value: 500 }, { kind: "growth" }],
      [{ kind: "default", value: 500 }, { kind: "growth" }],
    ]);
    expect(p.metrics.map((m) => m.growth)).toEqual([0.2, 0.2]);
  });

  it("names the rep and metric that has no target", () => {
    const found = issues({ period: "2027-Q1", metrics, baselines: { Ann: { newCustomers: 10 } } });
    // no growth given: a baseline alone is no target
    expect(found.map((i) => i.field)).toEqual([
      'targets["Ann"].newCustomers',
      'targets["Bo"].newCustomers',
      'targets["Cy"].newCustomers',
    ]);
    expect(found[0].zh).toContain("Ann 的新客户数没有目标");
  });

  it("refuses names, metrics and months that do not exist", () => {
    const found = issues({
      ...BASE,
      baselines: { Anne: { revenue: 1 } },
      targets: { Ann: { revenu: 1 } },
      actuals: { Bo: { revenue: [1, 2, 3, 4] } },
    });
    expect(found.map((i) => [i.field, i.en])).toEqual([
      ['baselines["Anne"]', '"Anne" is not in the roster'],
      ['targets["Ann"].revenu', '"revenu" is not one of the metrics'],
      ['actuals["Bo"].revenue', "gives 4 months of actuals but 2027-Q1 has 3"],
    ]);
  });
});

describe("split, dates, reps and history", () => {
  it("checks the split against the months and reads holidays and the as-of date", () => {
    expect(issues({ ...BASE, split: [1, 2] })[0].en).toBe("gives 2 weight(s) but 2027-Q1 has 3 month(s)");
    expect(issues({ ...BASE, split: [0, 0, 0] })[0].en).toBe("at least one month needs a weight above 0");
    const p = plan({
      ...BASE,
      split: [3, 3, 4],
      holidays: ["2027-01-01", "2027年2月8日"],
      asOf: "2027-12-31",
    });
    expect(p.split).toEqual([3, 3, 4]);
    expect(p.holidays).toEqual([JAN_1_2027, JAN_1_2027 + 38]);
    expect(p.asOf).toBe(p.period.end); // kept inside the period
    expect(issues({ ...BASE, holidays: ["next monday"] })[0]).toMatchObject({ field: "holidays[0]" });
  });

  it("leaves out reps who start after the period and refuses a period with nobody in it", () => {
    const late = rep("Di", "West", JAN_1_2027 + 200);
    const p = plan(BASE, [...ROSTER, late]);
    expect(p.reps.map((r) => r.name)).toEqual(["Ann", "Bo", "Cy"]);
    expect(p.notYetStarted.map((r) => r.name)).toEqual(["Di"]);
    expect(issues(BASE, [late])[0].en).toMatch(/no rep in the roster starts before 2027-03-31/);
  });

  it("checks history against teams and metrics", () => {
    const found = issues({
      ...BASE,
      history: [
        { team: "North", metric: "revenue", values: [1, 2] },
        { team: "East", metric: "nps", values: [1, 2] },
        { team: "East", metric: "revenue", values: [1] },
      ],
    });
    expect(found.map((i) => i.field)).toEqual(["history[2].values"]);
    const later = issues({
      ...BASE,
      history: [
        { team: "North", metric: "revenue", values: [1, 2] },
        { team: "East", metric: "nps", values: [1, 2] },
      ],
    });
    expect(later.map((i) => i.field)).toEqual(["history[0].team", "history[1].metric"]);
  });
});
