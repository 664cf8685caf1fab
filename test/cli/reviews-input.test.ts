/**
 * `sales-kit reviews` and `collect` with bad or extra input: every problem is named in the chosen
 * language and nothing is written; --goals brings each rep's goals and actuals into their review;
 * a goal workbook that was never calculated is refused with the reason.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import { goalSheetTexts } from "../../src/i18n/sheets/goals";
import { makeTempDir, removeTempDir, runMain } from "../support/cli";

const run = (args: string[], cwd: string) => runMain(args, { cwd, env: { LANG: "en_US.UTF-8" } });

let dir: string;
beforeEach(() => {
  dir = makeTempDir("sales-kit-reviews-input-");
  fs.writeFileSync(
    path.join(dir, "team.csv"),
    "name,team,manager,hire date\nLi,East,Zhou,2019-04-15\nWang,East,Zhou,2025-05-01\n",
  );
});
afterEach(() => removeTempDir(dir));

/** A goal workbook as a spreadsheet program saves it: formulas with their results. */
async function goalWorkbook(saved: boolean): Promise<void> {
  const col = goalSheetTexts("en-US").col;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Goals 2025-H1");
  ws.getRow(5).values = [
    col.rep,
    col.team,
    col.manager,
    col.metric,
    col.weight,
    col.baseline,
    col.fullTarget,
    col.target,
    col.actual,
  ];
  const value = (v: number) => (saved ? { formula: "G7", result: v } : { formula: "G7" });
  const line = (rep: string, metric: string, target: number, actual: number | null) => [
    rep,
    "East",
    "Zhou",
    metric,
    0.5,
    null,
    target,
    value(target),
    actual === null ? null : value(actual),
  ];
  ws.getRow(7).values = line("Li", "Revenue", 500000, 400000) as ExcelJS.CellValue[];
  ws.getRow(8).values = line("Li", "Conversion rate", 0.2, 0.25) as ExcelJS.CellValue[];
  ws.getRow(9).values = line("Wang", "Revenue", 200000, null) as ExcelJS.CellValue[];
  ws.getRow(10).values = line("Former rep", "Revenue", 1, 1) as ExcelJS.CellValue[];
  await wb.xlsx.writeFile(path.join(dir, "goals.xlsx"));
}

describe("sales-kit reviews: bad input", () => {
  it("names every problem of roster and settings in Chinese, and writes nothing", async () => {
    fs.writeFileSync(path.join(dir, "bad.csv"), "姓名,团队,入职日期\n李伟,东区,2019-13-01\n李伟,东区,\n");
    fs.writeFileSync(
      path.join(dir, "review.yaml"),
      "period: 2025-H1\ncompetencies:\n  - { key: a, name: { en: A, zh: 甲 }, weight: 0.5 }\n  - { key: b, name: { en: B, zh: 乙 }, weight: 0.4 }\n",
    );
    const r = await run(
      ["--lang", "zh-CN", "reviews", "--roster", "bad.csv", "--config", "review.yaml", "--out", "out"],
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("未写入任何文件");
    expect(r.stderr).toContain("bad.csv，第 2 行，入职日期");
    expect(r.stderr).toContain("bad.csv，第 3 行，姓名");
    expect(r.stderr).toContain("review.yaml，competencies：权重合计为 90%，而不是 100%");
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });

  it("asks for a period and explains its format", async () => {
    const none = await run(["reviews", "--roster", "team.csv", "--out", "out"], dir);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("--period: is required (e.g. 2025-H1)");
    const bad = await run(["reviews", "--roster", "team.csv", "--period", "2025-H3", "--out", "out"], dir);
    expect(bad.stderr).toContain("period: write the period as 2025, 2025-H1, 2025-Q3 or 2025-07");
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });

  it("needs --roster and --out, and lists both commands in the help", async () => {
    expect((await run(["reviews", "--period", "2025"], dir)).code).toBe(2);
    expect((await run(["collect"], dir)).code).toBe(2);
    expect((await run(["collect", "nowhere", "--out", "s.xlsx"], dir)).code).toBe(1);
    const help = await run(["--help"], dir);
    expect(help.stdout).toMatch(/\n {2}collect +Build a team summary of the returned review workbooks/);
    expect(help.stdout).toMatch(
      /\n {2}reviews +Generate self-review, development plan and feedback log workbooks/,
    );
  });
});

describe("sales-kit reviews --goals", () => {
  const WITH_GOALS = [
    "reviews",
    "--roster",
    "team.csv",
    "--goals",
    "goals.xlsx",
    "--period",
    "2025-H1",
    "--out",
    "out",
  ];

  it("fills each rep's KPI goals and actuals from a saved goal workbook", async () => {
    await goalWorkbook(true);
    const r = await run(WITH_GOALS, dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Note: goals of people not in the roster were ignored: Former rep");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "out", "Li.xlsx"));
    const ws = wb.getWorksheet("Self-review")!;
    const line = (r: number) => [1, 2, 3, 4, 5].map((c) => ws.getCell(r, c).value);
    expect(line(11)).toEqual(["Revenue", "Amount", "higher", 500000, 400000]);
    expect(line(12)).toEqual(["Conversion rate", "Percent", "higher", 0.2, 0.25]);
    const wang = new ExcelJS.Workbook();
    await wang.xlsx.readFile(path.join(dir, "out", "Wang.xlsx"));
    const w = wang.getWorksheet("Self-review")!;
    // No actual yet: the cell is left for the rep, unlocked.
    expect([w.getCell("D11").value, w.getCell("E11").value, w.getCell("E11").protection?.locked]).toEqual([
      200000,
      null,
      false,
    ]);
  });

  it("refuses a goal workbook that no spreadsheet program has calculated, and writes nothing", async () => {
    await goalWorkbook(false);
    const r = await run(WITH_GOALS, dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("goals.xlsx: its targets are formulas without saved results");
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });
});
