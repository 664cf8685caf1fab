/**
 * `sales-kit incentives --goals`, in-process: one workbook with the goal sheets first and the
 * incentive sheets after, the quotas of goal-linked measures written as formulas on the goal sheet's
 * monthly targets (LibreOffice recalculates them to the targets worked out by hand from the goal
 * config below); every problem of roster, plan and goal config reported at once, nothing written;
 * a plan asking for goal quotas without --goals is refused, naming the measure.
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { loadIncentiveInputs } from "../../../src/cli/commands/incentives-inputs";
import { loadGoalPlan } from "../../../src/cli/commands/goals";
import { goalLayout } from "../../../src/generators/goals";
import { generateIncentiveWorkbook } from "../../../src/generators/incentives";
import { at } from "../../../src/generators/incentives/grid";
import { describeWithLibreOffice, expectClose, recalculate } from "../../oracle/libreoffice";
import { makeTempDir, removeTempDir, runMain } from "../../support/cli";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

let dir: string;
beforeEach(() => {
  dir = makeTempDir("sales-kit-incentives-goals-");
  for (const [name, text] of Object.entries(FILES)) fs.writeFileSync(path.join(dir, name), text);
});
afterEach(() => removeTempDir(dir));

const run = (args: string[], env: Record<string, string> = {}) => runMain(args, { cwd: dir, env });

// Cai Na starts in April, after the goal quarter: she is on the plan but not on the goal sheet.
const ROSTER = [
  "name,role,team,manager,hire date",
  "Ann Lee,AE,East,Zhou Min,",
  "Bo Chen,AE,East,Zhou Min,",
  "Cai Na,AE,West,Emily Carter,2027-04-12",
  "",
].join("\n");

// Hand-worked monthly targets (seasonal split 20% / 30% / 50%, no baselines, so no growth or ramp):
//   revenue: Ann 90,000 (the metric's target) -> 18,000 / 27,000 / 45,000;
//            Bo 120,000 (explicit target)     -> 24,000 / 36,000 / 60,000.
//   newCustomers: both 10                      ->      2 /      3 /      5.
const GOALS = [
  "title: Test goals",
  "locale: en-US",
  "period: 2027-Q1",
  "metrics:",
  "  - id: revenue",
  "    weight: 0.6",
  "    target: 90000",
  "  - id: newCustomers",
  "    weight: 0.4",
  "    target: 10",
  "targets:",
  "  Bo Chen: { revenue: 120000 }",
  "split: [0.2, 0.3, 0.5]",
  "",
].join("\n");

// Paid monthly January to April; April lies outside the goal quarter, so its quotas are the plan's.
const PLAN = [
  "name: Goal-linked plan",
  "currency: CNY",
  "period: { start: 2027-01, months: 4 }",
  "payFrequency: monthly",
  "measures:",
  "  - id: revenue",
  "    name: Revenue",
  "    quota: 50000",
  "    quotaFrom: goal",
  "    payout:",
  "      type: tiers",
  "      on: attainment",
  "      method: marginal",
  "      tiers:",
  "        - { from: 0, rate: 0.05 }",
  "        - { from: 1, rate: 0.08 }",
  "  - id: logos",
  "    name: New logos",
  "    quota: 4",
  "    quotaFrom: goal",
  "    goalMetric: newCustomers",
  "    payout:",
  "      type: tiers",
  "      perUnit: true",
  "      tiers:",
  "        - { from: 0, rate: 100 }",
  "reps:",
  "  - { name: Bo Chen, quotas: { logos: 7 } }",
  "actuals:",
  "  - { rep: Ann Lee, measure: revenue, values: [19800, 27000, 36000, 10000] }",
  "",
].join("\n");

const FILES: Record<string, string> = { "team.csv": ROSTER, "goals.yaml": GOALS, "plan.yaml": PLAN };

const ARGS = ["incentives", "-r", "team.csv", "-c", "plan.yaml", "--goals", "goals.yaml", "-o", "out.xlsx"];

const GOAL_SHEETS = [
  "Goals 2027-Q1",
  "Scorecard 2027-Q1",
  "Teams 2027-Q1",
  "Goal settings 2027-Q1",
  "Ramp 2027-Q1",
];

function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Where the goal sheet keeps a rep's monthly target, and where the Plan and Calc sheets keep quotas. */
async function layouts() {
  const goals = await loadGoalPlan(dir, "team.csv", "goals.yaml", { locale: "en-US" });
  if (!goals.ok) throw new Error(JSON.stringify(goals.issues));
  const g = goalLayout(goals.plan, "en-US");
  const monthTarget = (rep: number, metric: number, month: number) =>
    `$${columnLetters(g.goals.cols.monthTarget + month)}$${g.goals.row(rep, metric)}`;
  const inputs = await loadIncentiveInputs(
    dir,
    { roster: "team.csv", plan: "plan.yaml", goals: "goals.yaml" },
    "en-US",
  );
  if (!inputs.ok) throw new Error(JSON.stringify(inputs.issues));
  const incentives = generateIncentiveWorkbook(inputs.value.model, {
    locale: "en-US",
    existing: { sheets: GOAL_SHEETS, tables: [], names: [] },
  }).layout;
  return { goalSheet: g.names.goals, monthTarget, incentives };
}

const load = async (file: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(path.join(dir, file)) as unknown as ArrayBuffer);
  return wb;
};

describe("sales-kit incentives --goals", () => {
  it("writes the goal sheets, then the incentive sheets, with goal-linked quotas as formulas", async () => {
    const r = await run(ARGS);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const wb = await load("out.xlsx");
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 5)).toEqual(GOAL_SHEETS);
    expect(names.slice(5, 7)).toEqual(["Commission plan", "Commission calc"]);

    const { goalSheet, monthTarget, incentives: L } = await layouts();
    const plan = wb.getWorksheet(L.sheets.plan)!;
    const quota = (rep: number, measure: number, period: number) =>
      plan.getCell(at(L.plan.repRow(rep), L.plan.col.quota(measure, period))).value;
    const ref = (address: string) => ({ formula: `'${goalSheet}'!${address}` });
    for (let month = 0; month < 3; month++) {
      // Ann's and Bo's revenue, Ann's new logos: the goal sheet's target of that month (metric 0, 1).
      expect(quota(0, 0, month)).toMatchObject(ref(monthTarget(0, 0, month)));
      expect(quota(1, 0, month)).toMatchObject(ref(monthTarget(1, 0, month)));
      expect(quota(0, 1, month)).toMatchObject(ref(monthTarget(0, 1, month)));
      // Bo's new-logo quota is set in the plan: it wins over the goal sheet.
      expect(quota(1, 1, month)).toBe(7);
    }
    // April is outside the goal quarter, and Cai Na is not on the goal sheet: no link to it.
    for (const [rep, measure, period] of [
      [0, 0, 3],
      [2, 0, 0],
      [2, 1, 2],
    ]) {
      expect(JSON.stringify(quota(rep, measure, period))).not.toContain(goalSheet);
    }

    expect(r.stdout).toContain(
      "Wrote out.xlsx: 3 reps x 4 pay periods, 2 measure(s); sheets: Goals 2027-Q1, Scorecard 2027-Q1",
    );
    expect(r.stdout).toContain(
      'Quotas linked to the goal sheet "Goals 2027-Q1": revenue, logos (goal metric newCustomers)',
    );
    expect(r.stdout).toContain(
      "Pay periods not wholly within the goal period 2027-Q1: 2027-04; their quotas are the plan's",
    );
    expect(r.stdout).toContain(
      "Not on the goal sheet (they start after 2027-Q1): Cai Na; their quotas are the plan's",
    );
  });

  it("writes the goal sheets in the sheet language given by --locale", async () => {
    const r = await run([...ARGS, "--locale", "zh-CN"], { LANG: "zh_CN.UTF-8" });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const names = (await load("out.xlsx")).worksheets.map((w) => w.name);
    expect(names[0]).toBe("目标 2027-Q1");
    expect(names).toContain("提成方案");
    expect(r.stdout).toContain("个人指标取自目标表“目标 2027-Q1”：revenue、logos（目标指标 newCustomers）");
    expect(r.stdout).toContain("不完全在目标考核期 2027-Q1 内的发放期：2027-04；其指标沿用方案中的指标");
    expect(r.stdout).toContain("不在目标表中（2027-Q1 结束后入职）：Cai Na；");
  });

  it("reports problems of roster, plan and goal config together, with file and line, and writes nothing", async () => {
    fs.writeFileSync(
      path.join(dir, "goals.yaml"),
      GOALS.replace("weight: 0.4", "weight: 0.5").replace("Bo Chen: {", "Bob Chen: {"),
    );
    fs.writeFileSync(
      path.join(dir, "plan.yaml"),
      PLAN + "adjustments:\n  - { rep: Nobody, period: 2, amount: 10 }\n",
    );
    const r = await run(ARGS);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("3 problem(s) in the input; nothing was written");
    expect(r.stderr).toContain("goals.yaml, row 5, metrics[].weight: the weights add up to 1.1");
    expect(r.stderr).toContain('goals.yaml, row 12, targets["Bob Chen"]: "Bob Chen" is not in the roster');
    expect(r.stderr).toContain('plan.yaml, row 32, adjustments[0].rep: no rep named "Nobody" in the roster');
    expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });

  it("reports a missing goal config and a YAML error in it, in Chinese too, and writes nothing", async () => {
    const missing = await run([...ARGS.slice(0, 5), "--goals", "nope.yaml", "-o", "out.xlsx"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nope.yaml: file not found");
    fs.writeFileSync(path.join(dir, "goals.yaml"), "period: 2027-Q1\nmetrics: [\n");
    const broken = await run(ARGS, { LANG: "zh_CN.UTF-8" });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/goals\.yaml，第 \d+ 行，YAML：/);
    expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });

  it("lists a roster problem once, not once per file that uses the roster", async () => {
    fs.writeFileSync(path.join(dir, "team.csv"), ROSTER + "Dan Wu,AE,West,Emily Carter,2027-13-45\n");
    const r = await run(ARGS);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/team\.csv, row 5/g)?.length).toBe(1);
    expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });

  it("reports a goal metric the goal config does not have, at its line in the plan", async () => {
    fs.writeFileSync(
      path.join(dir, "plan.yaml"),
      PLAN.replace("goalMetric: newCustomers", "goalMetric: visits"),
    );
    const r = await run(ARGS);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'plan.yaml, row 21, measures[1].goalMetric: the goal sheet has no metric "visits"',
    );
    expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });

  it("refuses a goal period that covers none of the pay periods", async () => {
    fs.writeFileSync(path.join(dir, "goals.yaml"), GOALS.replace("period: 2027-Q1", "period: 2026-Q4"));
    const r = await run(ARGS);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'plan.yaml, row 3, period: the quotas of "revenue", "logos" come from the goal sheet, but the goal period 2026-Q4 of goals.yaml covers none of the plan\'s pay periods (2027-01 to 2027-04) in full',
    );
    expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });
});

describe("sales-kit incentives without --goals", () => {
  it("refuses measures with quotaFrom: goal, naming each and its line, in English or Chinese", async () => {
    const args = ["incentives", "-r", "team.csv", "-c", "plan.yaml", "-o", "out.xlsx"];
    const en = await run(args);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain("2 problem(s) in the input; nothing was written");
    expect(en.stderr).toContain(
      'plan.yaml, row 9, measures[0].quotaFrom: measure "revenue" (Revenue) takes its quotas from the goal sheet (quotaFrom: goal), but no goal config was given: add --goals <goals.yaml>',
    );
    expect(en.stderr).toContain('plan.yaml, row 20, measures[1].quotaFrom: measure "logos" (New logos)');
    expect(en.stderr).toContain("or set quotaFrom: plan to pay on its quota of 4");
    const zh = await run(args, { LANG: "zh_CN.UTF-8" });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain(
      "plan.yaml，第 9 行，measures[0].quotaFrom：指标 “revenue”（Revenue）的个人指标取自目标表（quotaFrom: goal），但未指定目标配置：请加上 --goals <goals.yaml>",
    );
    expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });

  it("shows --goals in help, in both languages", async () => {
    const en = await run(["incentives", "--help"]);
    expect(en.stdout).toContain("[--goals <goals.yaml>]");
    expect(en.stdout).toMatch(/-g, --goals <goals\.yaml>\s+goal config for the same roster/);
    expect(en.stdout).toContain("--goals examples/goals/goals.yaml");
    const zh = await run(["incentives", "--help"], { LANG: "zh_CN.UTF-8" });
    expect(zh.stdout).toMatch(/-g, --goals <goals\.yaml>\s+同一名单的目标配置/);
  });
});

describeWithLibreOffice("sales-kit incentives --goals, recalculated by LibreOffice", () => {
  it("gives each quota the goal's monthly target worked out by hand, and pays on it", async () => {
    expect((await run(ARGS)).code).toBe(0);
    const wb = (await recalculate([{ name: "out", data: fs.readFileSync(path.join(dir, "out.xlsx")) }])).get(
      "out",
    )!;
    const { incentives: L } = await layouts();
    const quota = (rep: number, measure: number, period: number) =>
      wb.get(L.sheets.plan, at(L.plan.repRow(rep), L.plan.col.quota(measure, period)));
    // The targets worked out above (GOALS); April and Cai Na: the plan's 50,000 and 4.
    [18000, 27000, 45000, 50000].forEach((q, p) => expectClose(quota(0, 0, p), q));
    [24000, 36000, 60000, 50000].forEach((q, p) => expectClose(quota(1, 0, p), q));
    [2, 3, 5, 4].forEach((q, p) => expectClose(quota(0, 1, p), q));
    [7, 7, 7, 7].forEach((q, p) => expectClose(quota(1, 1, p), q));
    [50000, 50000, 50000, 50000].forEach((q, p) => expectClose(quota(2, 0, p), q));
    [4, 4, 4, 4].forEach((q, p) => expectClose(quota(2, 1, p), q));

    // Ann's revenue commission on those quotas (marginal: 5% up to quota, 8% above):
    //   Jan 19,800 on 18,000: 18,000 x 5% + 1,800 x 8% = 900 + 144 = 1,044 (attainment 110%)
    //   Feb 27,000 on 27,000: 27,000 x 5% = 1,350;  Mar 36,000 on 45,000: 36,000 x 5% = 1,800 (80%)
    //   Apr 10,000 on the plan's 50,000: 10,000 x 5% = 500.
    const m = L.calc.col.measures[0];
    const calc = (p: number, col: number) => wb.get(L.sheets.calculation, at(L.calc.row(0, p), col));
    [18000, 27000, 45000, 50000].forEach((q, p) => expectClose(calc(p, m.quota), q));
    expectClose(calc(0, m.attainment), 1.1);
    expectClose(calc(2, m.attainment), 0.8);
    [1044, 1350, 1800, 500].forEach((pay, p) => expectClose(calc(p, m.payout), pay));
  }, 240_000);
});
