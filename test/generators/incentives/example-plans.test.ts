/**
 * Two realistic plans from examples/incentives, run through the CLI as a user would, the workbook
 * recalculated in LibreOffice, and every rep's payable checked to the cent against values worked out
 * by hand below (and the engine against the same values). Reps sit at, just below and just above
 * every tier boundary; one joins mid-period and one leaves mid-period.
 */
import fs from "fs";
import path from "path";
import { loadIncentivePlan } from "../../../src/cli/commands/incentives-inputs";
import { generateIncentiveWorkbook } from "../../../src/generators/incentives";
import { at } from "../../../src/generators/incentives/grid";
import type { Locale } from "../../../src/i18n";
import { computePlan } from "../../../src/kpi/plan/engine";
import type { PlanModel } from "../../../src/kpi/plan/model";
import { describeWithLibreOffice, expectClose, recalculate } from "../../oracle/libreoffice";
import { makeTempDir, removeTempDir, runMain } from "../../support/cli";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const DIR = path.resolve(__dirname, "../../../examples/incentives");

interface Example {
  readonly roster: string;
  readonly plan: string;
  readonly locale: Locale;
  /** Payable per rep (roster order) and month, worked out by hand. */
  readonly payable: readonly (readonly number[])[];
  /** Balance owed after each month, where the plan has a draw. */
  readonly balance?: readonly (readonly number[])[];
}

/**
 * New-hire ramp: 5% of revenue up to 100% of the month's quota, 10% above (marginal); ramp draw 3,000
 * a month for 3 months from the hire date, prorated by days, recoverable.
 * Ava (hired June 2026; her ramp draw ended 31 August 2026, so no draw), quota 50,000:
 *   Jan 50,000 (at 100%) x 5% = 2,500.00; Feb 49,999 (just below) x 5% = 2,499.95;
 *   Mar 50,001 (just above): 50,000 x 5% + 1 x 10% = 2,500.10; Apr 80,000: 2,500 + 30,000 x 10% = 5,500.
 * Ben (hired 18 January: 14 of 31 days; draw window 18 Jan to 17 Apr), quotas 25,000 / 25,000 /
 * 37,500 / 50,000, January prorated: 25,000 x 14/31 = 11,290.32.
 *   Earned: Jan 5,000 x 5% = 250; Feb 25,000 (at 100%) x 5% = 1,250; Mar 37,501 (just above):
 *   37,500 x 5% + 1 x 10% = 1,875.10; Apr 90,000: 2,500 + 40,000 x 10% = 6,500.
 *   Draw: Jan 3,000 x 14/31 = 1,354.84; Feb 3,000; Mar 3,000; Apr 3,000 x 17/30 = 1,700.
 *   Jan paid the draw 1,354.84, owes 1,104.84; Feb paid 3,000, owes 1,104.84 + 1,750 = 2,854.84;
 *   Mar paid 3,000, owes 2,854.84 + 1,124.90 = 3,979.74; Apr 6,500 - 1,700 = 4,800 above the draw
 *   repays 3,979.74: paid 6,500 - 3,979.74 = 2,520.26, owes 0.
 * Cleo (hired 1 March): nothing in January and February, no draw, nothing owed. Mar quota 25,000,
 *   24,999 (just below) x 5% = 1,249.95 < 3,000: paid 3,000, owes 1,750.05; Apr quota 37,500, 37,500
 *   (at 100%) x 5% = 1,875: paid 3,000, owes 1,750.05 + 1,125 = 2,875.05.
 * Dov (leaves 14 February: 14 of 28 days): Jan 49,999 (just below) x 5% = 2,499.95; Feb quota
 *   50,000 x 14/28 = 25,000, 25,001 (just above): 1,250 + 0.10 = 1,250.10; March and April nothing.
 */
const ramp: Example = {
  roster: "new-hire-ramp.roster.csv",
  plan: "new-hire-ramp.yaml",
  locale: "en-US",
  payable: [
    [2500, 2499.95, 2500.1, 5500],
    [1354.84, 3000, 3000, 2520.26],
    [0, 0, 3000, 3000],
    [2499.95, 1250.1, 0, 0],
  ],
  balance: [
    [0, 0, 0, 0],
    [1104.84, 2854.84, 3979.74, 0],
    [0, 0, 1750.05, 2875.05],
    [0, 0, 0, 0],
  ],
};

/**
 * 回款 plan: 超额累进 3% to 100%, 5% to 150%, 8% above; 团队奖金 6,000 at 100% team attainment,
 * split equally among members employed in the month; 月度销冠 2,000 from 100% attainment, ties share.
 * April (30 days). 华东: 张伟 100,000 (at 100%): 3,000. 李娜 150,001 (just above 150%): 3,000 +
 *   2,500 + 0.08 = 5,500.08. 王芳 joins 16 April (15 of 30 days): quota 50,000; 49,999 (just below):
 *   1,499.97. Team quota 250,000, collected 300,000: 120%, pool 6,000 / 3 = 2,000 each.
 *   华南: 刘洋 99,999 (just below): 2,999.97; 陈静 100,001 (just above): 3,000 + 0.05 = 3,000.05;
 *   赵磊 joins 1 May: no quota. Team 200,000 / 200,000 = exactly 100%: 6,000 / 2 employed = 3,000.
 *   销冠: 李娜 (150.001%): 2,000.
 *   Payable: 张伟 5,000.00; 李娜 9,500.08; 王芳 3,499.97; 刘洋 5,999.97; 陈静 6,000.05; 赵磊 0.
 * May (31 days). 张伟 150,000 (at 150%): 5,500. 李娜 149,999 (just below 150%): 3,000 + 2,499.95 =
 *   5,499.95. 王芳 150,000: 5,500. 华东 449,999 / 300,000: pool 2,000 each. 刘洋 leaves 20 May
 *   (20 of 31 days): quota 100,000 x 20/31 = 64,516.13; 64,516.13 (at 100%) x 3% = 1,935.4839 ->
 *   1,935.48. 陈静 90,000 x 3% = 2,700. 赵磊 30,000 x 3% = 900. 华南 184,516.13 / 264,516.13: no pool.
 *   销冠: 张伟 and 王芳 tie at 150%: 2,000 / 2 = 1,000 each.
 *   Payable: 张伟 5,500 + 2,000 + 1,000 = 8,500; 李娜 7,499.95; 王芳 8,500; 刘洋 1,935.48;
 *   陈静 2,700; 赵磊 900.
 */
const huikuan: Example = {
  roster: "huikuan.roster.zh-CN.csv",
  plan: "huikuan.zh-CN.yaml",
  locale: "zh-CN",
  payable: [
    [5000, 8500],
    [9500.08, 7499.95],
    [3499.97, 8500],
    [5999.97, 1935.48],
    [6000.05, 2700],
    [0, 900],
  ],
};

async function model(example: Example): Promise<PlanModel> {
  const loaded = await loadIncentivePlan(DIR, example.roster, example.plan);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
}

describe.each([
  ["new-hire ramp", ramp],
  ["回款 plan", huikuan],
])("%s: the engine pays the hand-worked amounts", (_, example) => {
  it("every rep, every month, to the cent", async () => {
    const { lines } = computePlan(await model(example));
    expect(lines.map((rep) => rep.map((l) => l.payable))).toEqual(example.payable);
    if (example.balance) expect(lines.map((rep) => rep.map((l) => l.balance))).toEqual(example.balance);
  });
});

describe("the examples state the dates on the sheets", () => {
  it("the 回款 plan's statements and plan sheet are in Chinese and name the prorated month", async () => {
    const { spec } = generateIncentiveWorkbook(await model(huikuan), { locale: "zh-CN" });
    const all = JSON.stringify(spec);
    expect(all).toContain("团队奖金池只在本期在职的成员之间分配");
    expect(all).toContain("按天折算：");
    expect(spec.sheets.map((s) => s.name)).toContain("提成计算");
  });
});

describeWithLibreOffice("the examples through the CLI, recalculated in LibreOffice", () => {
  let dir: string;
  beforeAll(() => (dir = makeTempDir("sales-kit-examples-")));
  afterAll(() => removeTempDir(dir));

  it("every payable cell of both workbooks equals the hand-worked amount", async () => {
    const files: { name: string; data: Buffer }[] = [];
    for (const [name, example] of [
      ["ramp", ramp],
      ["huikuan", huikuan],
    ] as const) {
      const out = `${name}.xlsx`;
      const r = await runMain(
        [
          "incentives",
          "-r",
          path.join(DIR, example.roster),
          "-c",
          path.join(DIR, example.plan),
          "-o",
          out,
          "--locale",
          example.locale,
        ],
        { cwd: dir },
      );
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      files.push({ name, data: fs.readFileSync(path.join(dir, out)) });
    }
    const books = await recalculate(files);
    let checked = 0;
    for (const [name, example] of [
      ["ramp", ramp],
      ["huikuan", huikuan],
    ] as const) {
      // The CLI writes a fresh workbook: its layout is the generator's for the same model.
      const { layout } = generateIncentiveWorkbook(await model(example), { locale: example.locale });
      const book = books.get(name)!;
      const cell = (r: number, p: number, col: number) =>
        book.get(layout.sheets.calculation, at(layout.calc.row(r, p), col));
      example.payable.forEach((months, r) =>
        months.forEach((want, p) => {
          expectClose(cell(r, p, layout.calc.col.payable), want);
          checked++;
        }),
      );
      example.balance?.forEach((months, r) =>
        months.forEach((want, p) => expectClose(cell(r, p, layout.calc.col.balance), want)),
      );
    }
    expect(checked).toBe(4 * 4 + 6 * 2);
    // Ben's January statement says why his draw and quota are smaller.
    const { layout } = generateIncentiveWorkbook(await model(ramp));
    const ben = layout.statementAt(1);
    const notes = books.get("ramp")!.get(ben.sheet, at(ben.row + 3, 1));
    expect(notes).toBe("Prorated: 14 of 31 days.");
  }, 180_000);
});
