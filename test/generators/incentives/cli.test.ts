/**
 * `sales-kit incentives` end to end, in-process: the bundled examples produce workbooks (the demo plan
 * with the bundled goal config, its quotas being goal-linked); a bad plan is reported with file, line
 * and field in English or Chinese and nothing is written; the demo's incentive sheets build from
 * examples/incentives/demo-plan.yaml and move aside for sheets already there. The --goals path in
 * detail: cli-goals.test.ts.
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { buildIncentiveDemoSheets } from "../../../src/cli/commands/incentives-demo";
import { lineOfField } from "../../../src/cli/commands/incentives-inputs";
import { makeTempDir, removeTempDir, runMain } from "../../support/cli";

const ROOT = path.resolve(__dirname, "../../..");
const EXAMPLES = path.join(ROOT, "examples");

let dir: string;
beforeEach(() => (dir = makeTempDir("sales-kit-incentives-")));
afterEach(() => removeTempDir(dir));

const run = (args: string[], env: Record<string, string> = {}) => runMain(args, { cwd: dir, env });

const example = (...parts: string[]) => path.join(EXAMPLES, ...parts);

describe("sales-kit incentives", () => {
  it("writes the commission workbook of each bundled example", async () => {
    for (const [roster, plan, locale, goals] of [
      ["roster.csv", "plan.yaml", "en-US"],
      ["roster.zh-CN.csv", "plan.zh-CN.yaml", "zh-CN"],
      // The demo plan's quotas come from the goal sheet (quotaFrom: goal).
      ["roster.csv", "demo-plan.yaml", "en-US", "goals.yaml"],
    ]) {
      const out = `${plan}.xlsx`;
      const r = await run([
        "incentives",
        "-r",
        example("goals", roster),
        "-c",
        example("incentives", plan),
        "-o",
        out,
        "--locale",
        locale,
        ...(goals ? ["--goals", example("goals", goals)] : []),
      ]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(fs.readFileSync(path.join(dir, out)) as unknown as ArrayBuffer);
      const names = wb.worksheets.map((w) => w.name);
      // The goal sheets (five) come first when there are any; the calculation follows the plan.
      const first = goals ? 5 : 0;
      expect(names.slice(first, first + 2)).toEqual(
        locale === "zh-CN" ? ["提成方案", "提成计算"] : ["Commission plan", "Commission calc"],
      );
      if (goals) expect(names[0]).toBe("Goals 2027-Q1");
      // The first data row's payable is a formula, not a pasted value.
      expect(wb.definedNames.getRanges("Draw_Recoverable").ranges.length).toBe(1);
    }
  });

  it("says how many reps, periods and measures, and which sheets", async () => {
    const r = await run([
      "incentives",
      "-r",
      example("goals", "roster.csv"),
      "-c",
      example("incentives", "plan.yaml"),
    ]);
    expect(r.code).toBe(0);
    // examples/incentives/plan.yaml: 2027-01 for 6 months paid monthly, two measures.
    expect(r.stdout).toMatch(
      /^Wrote incentives-FY2027_H1_field_sales\.xlsx: 12 reps x 6 pay periods, 2 measure\(s\); sheets: Commission plan, /,
    );
  });

  it("names the file, line and field of each problem, in the chosen language, and writes nothing", async () => {
    const plan = path.join(dir, "plan.yaml");
    fs.writeFileSync(
      plan,
      [
        "name: Broken",
        "period: { start: 2027-01, months: 3 }",
        "measures:",
        "  - id: rev",
        "    name: Revenue",
        "    quota: 100000",
        "    payout:",
        "      type: tiers",
        "      tiers:",
        "        - { from: 0, rate: 0.05 }",
        "        - { from: 0, rate: 0.07 }",
        "adjustments:",
        "  - { rep: Nobody, period: 2, amount: 10 }",
        "",
      ].join("\n"),
    );
    const en = await run([
      "incentives",
      "-r",
      example("goals", "roster.csv"),
      "-c",
      "plan.yaml",
      "-o",
      "out.xlsx",
    ]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(
      "plan.yaml, row 11, measures[0].payout.tiers[1]: tier thresholds (from) must rise from one tier to the next",
    );
    expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);

    fs.writeFileSync(
      plan,
      fs.readFileSync(plan, "utf8").replace("from: 0, rate: 0.07", "from: 50000, rate: 0.07"),
    );
    const zh = await run(
      ["incentives", "-r", example("goals", "roster.csv"), "-c", "plan.yaml", "-o", "out.xlsx"],
      {
        LANG: "zh_CN.UTF-8",
      },
    );
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain("plan.yaml，第 13 行，adjustments[0].rep：名单中没有名为 “Nobody” 的销售");
    expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });

  it("reports a roster problem with its row, and a YAML syntax error with its line", async () => {
    fs.writeFileSync(path.join(dir, "team.csv"), "name,team\nAnn,North\nAnn,South\n");
    fs.copyFileSync(example("incentives", "plan.yaml"), path.join(dir, "plan.yaml"));
    const dup = await run(["incentives", "-r", "team.csv", "-c", "plan.yaml"]);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain("team.csv, row 3, name:");
    fs.writeFileSync(path.join(dir, "bad.yaml"), "name: x\nmeasures: [\n");
    const syntax = await run(["incentives", "-r", "team.csv", "-c", "bad.yaml"]);
    expect(syntax.code).toBe(1);
    expect(syntax.stderr).toMatch(/bad\.yaml, row \d+, YAML: syntax error/);
  });

  it("exits 2 without --roster or --config, and keeps an existing file unless --force", async () => {
    expect((await run(["incentives", "-c", "x.yaml"])).code).toBe(2);
    const args = [
      "incentives",
      "-r",
      example("goals", "roster.csv"),
      "-c",
      example("incentives", "plan.yaml"),
      "-o",
      "a.xlsx",
    ];
    expect((await run(args)).code).toBe(0);
    const again = await run(args);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");
    expect((await run([...args, "--force"])).code).toBe(0);
  });
});

describe("plan file lines", () => {
  it("finds the line of a field, or of its nearest parent", () => {
    const text = "name: x\nmeasures:\n  - id: a\n    quota: 5\n";
    expect(lineOfField(text, "measures[0].quota")).toBe(4);
    expect(lineOfField(text, "measures[0].payout.tiers")).toBe(3);
    expect(
      lineOfField('{"name": "x",\n "measures": [{"id": "a",\n  "quota": 5}]}', "measures[0].quota"),
    ).toBe(3);
    // The goal config's fields quote rep names: 'targets["Li Wei"].revenue'.
    const goals = "period: 2027-Q1\ntargets:\n  Ann Lee: { revenue: 1 }\n  Li Wei:\n    revenue: 2\n";
    expect(lineOfField(goals, 'targets["Li Wei"].revenue')).toBe(5);
    expect(lineOfField(goals, 'targets["Li Wei"]')).toBe(5);
    expect(lineOfField(goals, 'targets["Nobody"].revenue')).toBe(3);
  });
});

describe("the demo's incentive sheets", () => {
  it("build for the 12-rep sample team and step aside for sheets and names already in the demo", async () => {
    const built = await buildIncentiveDemoSheets(EXAMPLES, "en-US", {
      sheets: ["Awards"],
      tables: [],
      names: ["Plan_Name"],
    });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const names = built.value.sheets.map((s) => s.name);
    expect(names).toContain("Awards (2)");
    expect(names).not.toContain("Awards");
    expect(built.value.names?.some((n) => n.name === "Plan_Name")).toBe(false);
    const calc = built.value.sheets.find((s) => s.name === "Commission calc")!;
    const block = calc.blocks[0];
    const rows = "rows" in block ? block.rows : [];
    expect(rows.filter((r) => r[2] === 1).length).toBe(12);
    expect(JSON.stringify(rows)).toContain("'Awards (2)'!");
  });
});
