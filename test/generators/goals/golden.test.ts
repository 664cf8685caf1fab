/**
 * Golden WorkbookSpecs for two small fixed inputs, rendered as text (see golden/*.txt): a reviewer
 * reads there what each goal sheet contains. A missing golden file makes the test print what it got
 * and fail; check it by eye, then save it with UPDATE_GOLDEN=1.
 */
import fs from "fs";
import path from "path";
import { generateGoalWorkbook } from "../../../src/generators/goals";
import { validateGoalInput } from "../../../src/schemas/goals";
import { parseRosterCsv } from "../../../src/schemas/roster";
import { validateWorkbookSpec } from "../../../src/workbook/validate";
import { renderSpec } from "./render-spec";

const GOLDEN = path.join(__dirname, "golden");

function build(csv: string, config: Record<string, unknown>) {
  const roster = parseRosterCsv(csv);
  if (!roster.ok) throw new Error(JSON.stringify(roster.issues));
  const plan = validateGoalInput(roster.value, config);
  if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
  return generateGoalWorkbook(plan.value);
}

const CASES: Record<string, () => ReturnType<typeof build>> = {
  // English: a quarter, a ramping new hire, a sum and an average metric, history, live TODAY().
  "quarter-en": () =>
    build("name,team,manager,hire date\nAnn Lee,East,Kim,2020-05-04\nBo Chen,East,Kim,2027-02-15\n", {
      period: "2027-Q1",
      metrics: [
        { id: "revenue", weight: 0.7, target: 300000, cap: 1.5 },
        { id: "conversionRate", weight: 0.3, target: 0.15, gate: 0.8 },
      ],
      growth: 0.2,
      baselines: { "Ann Lee": { revenue: 1200000, conversionRate: 0.2 } },
      split: [0.3, 0.3, 0.4],
      ramp: [0.5],
      holidays: ["2027-02-08"],
      history: [{ team: "East", metric: "revenue", values: [1000000, 1100000, 1200000] }],
    }),
  // Chinese: one month, a custom lower-is-better metric, explicit targets, a fixed as-of date.
  "month-zh": () =>
    build("姓名,团队,经理\n李伟,华东,周敏\n王芳,华东,\n", {
      locale: "zh-CN",
      currency: "¥",
      period: "2027-03",
      asOf: "2027-03-15",
      metrics: [
        { id: "revenue", weight: 0.8 },
        {
          id: "cost",
          name: { en: "Cost of sales", zh: "销售费用" },
          unit: "currency",
          direction: "lower",
          weight: 0.2,
        },
      ],
      targets: { 李伟: { revenue: 500000, cost: 20000 }, 王芳: { revenue: 400000, cost: 15000 } },
      actuals: { 李伟: { revenue: [260000], cost: [9000] } },
      ramp: [],
    }),
};

describe("goal sheet golden specs", () => {
  it.each(Object.keys(CASES))("%s", (name) => {
    const spec = CASES[name]();
    expect(validateWorkbookSpec(spec)).toEqual([]);
    const text = renderSpec(spec);
    const file = path.join(GOLDEN, `${name}.txt`);
    if (process.env.UPDATE_GOLDEN === "1") {
      fs.mkdirSync(GOLDEN, { recursive: true });
      fs.writeFileSync(file, text);
    }
    if (!fs.existsSync(file)) {
      process.stdout.write(
        `\n----- ${name}: no golden file yet; this is what the generator wrote -----\n${text}`,
      );
      throw new Error(
        `missing golden ${path.relative(process.cwd(), file)}: check the output above, then run with UPDATE_GOLDEN=1`,
      );
    }
    expect(text).toBe(fs.readFileSync(file, "utf8"));
  });
});
