/**
 * Private per-rep statements (`sales-kit incentives ... --statements <folder>` and
 * repStatementWorkbooks): one file per rep, named by the rep, holding that rep's figures only. Every
 * part of each file (sheets, shared strings, workbook with its defined names, styles, doc properties:
 * all of xl/** and docProps/**) is scanned for every other rep's name and distinctive figures, in
 * English and Chinese; the figures it does hold equal the hand-worked ones and the engine's.
 */
import fs from "fs";
import path from "path";
import { repStatementWorkbooks } from "../../../src/generators/incentives";
import { at } from "../../../src/generators/incentives/grid";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { computePlan } from "../../../src/kpi/plan/engine";
import type { IncentivePlanInput } from "../../../src/schemas/incentive-plan";
import type { Rep } from "../../../src/schemas/roster";
import { makeTempDir, removeTempDir, runMain } from "../../support/cli";
import { found, parts } from "../../support/package-parts";
import { planModel } from "../../kpi/plan/worked-examples";
import { readXmlWorkbook } from "../../oracle/sheet-xml";
import { HAND, STATEMENT_PLAN, STATEMENT_REPS } from "./statement-plan";

/** The walk-through plan with a third rep of distinctive quotas and actuals, named in Chinese. */
const CAI = "蔡琳";
const plan: IncentivePlanInput = {
  ...STATEMENT_PLAN,
  reps: [{ name: CAI, quotas: { rev: 123457, renew: 54321 }, draw: 2345 }],
  actuals: [
    ...(STATEMENT_PLAN.actuals ?? []),
    { rep: CAI, measure: "rev", values: [111111, 98765] },
    { rep: CAI, measure: "renew", values: [43210, 34567] },
  ],
};
const reps: Rep[] = [
  ...STATEMENT_REPS,
  { name: CAI, role: "AE", team: "South", manager: "Mia Stone", hireDate: null },
];
const model = planModel(plan, reps);
const result = computePlan(model);

/** Figures that only rep r's statement holds (hand-picked for Ann and Bo, from the inputs for Cai). */
const OWN: string[][] = [
  ["160000", "5300", "8500", "7500", "7400", "14900", "Q4 deal correction"],
  ["90000", "130000", "29500", "1185", "1815", "4535", "7535", "6350", "885", "Expense advance"],
  ["123457", "54321", "111111", "98765", "43210", "34567"],
];

describe("private per-rep statements", () => {
  it("name each file by its rep, as the reviews do", () => {
    const files = repStatementWorkbooks({ model, result, taken: ["Ann Vale.xlsx"] });
    expect(files.map((f) => f.fileName)).toEqual(["Ann Vale (2).xlsx", "Bo Quill.xlsx", `${CAI}.xlsx`]);
    expect(files.map((f) => f.rep)).toEqual([0, 1, 2]);
  });

  it.each(["en-US", "zh-CN"] as const)(
    "%s: hold no other rep's name or figures in any part, and their own figures as the engine and the hand have them",
    async (locale) => {
      const files = repStatementWorkbooks({ model, locale });
      expect(files).toHaveLength(3);
      for (const f of files) {
        const data = await writeXlsx(f.spec);
        const all = await parts(data);
        expect([...all.keys()].some((k) => k.startsWith("docProps/"))).toBe(true);
        expect(found(all, reps[f.rep].name).length).toBeGreaterThan(0);
        // The rep's own distinctive figures are there (so the scan below can see figures at all).
        for (const own of OWN[f.rep])
          expect({ own, where: found(all, own).length > 0 }).toEqual({ own, where: true });
        reps.forEach((other, o) => {
          if (o === f.rep) return;
          for (const needle of [other.name, ...OWN[o]])
            expect({ file: f.fileName, needle, parts: found(all, needle) }).toEqual({
              file: f.fileName,
              needle,
              parts: [],
            });
        });
        expect(f.spec.names ?? []).toEqual([]);
        expect(f.spec.sheets).toHaveLength(1);
        expect(f.spec.sheets[0].validations ?? []).toEqual([]);
        // Values, not formulas: the file stands alone.
        const book = readXmlWorkbook(data);
        const sheet = [...book.sheets.values()][0];
        expect([...sheet.values()].filter((c) => c.formula !== null && c.formula !== "").length).toBeLessThan(
          40,
        );
        // Ann's and Bo's payable, balance and year to date: the hand's and the engine's.
        if (f.rep < 2) {
          const payRow = 3 + STATEMENT_LINES_PAYABLE;
          for (const p of [0, 1]) {
            const payable = sheet.get(at(payRow, 1 + p))?.value;
            expect(payable).toBeCloseTo(HAND[f.rep][p].payable, 6);
            expect(payable).toBeCloseTo(result.lines[f.rep][p].payable, 9);
            expect(sheet.get(at(payRow + 1, 1 + p))?.value).toBeCloseTo(HAND[f.rep][p].balance, 6);
            expect(sheet.get(at(payRow + 2, 1 + p))?.value).toBeCloseTo(HAND[f.rep][p].ytd, 6);
            expect(sheet.get(at(payRow - 1, 1 + p))?.value).toBeCloseTo(HAND[f.rep][p].recovered, 6);
            expect(sheet.get(at(payRow - 2, 1 + p))?.value).toBeCloseTo(HAND[f.rep][p].topUp, 6);
          }
        }
      }
    },
  );
});

/** The Payable line's index among the statement lines of the walk-through plan (see the oracle test). */
const STATEMENT_LINES_PAYABLE = 31;

describe("sales-kit incentives --statements", () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir("sales-kit-statements-")));
  afterEach(() => removeTempDir(dir));

  it("writes one private workbook per rep beside the team workbook", async () => {
    fs.writeFileSync(path.join(dir, "plan.yaml"), JSON.stringify(plan));
    fs.writeFileSync(
      path.join(dir, "team.csv"),
      ["Name,Role,Team,Manager", ...reps.map((r) => `${r.name},AE,${r.team},${r.manager}`)].join("\n") + "\n",
    );
    const args = ["incentives", "-r", "team.csv", "-c", "plan.yaml", "-o", "pay.xlsx", "--statements", "out"];
    const r = await runMain(args, { cwd: dir, env: { LANG: "zh_CN.UTF-8" } });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("3 份个人结算单");
    expect(fs.readdirSync(path.join(dir, "out")).sort()).toEqual(
      ["Ann Vale.xlsx", "Bo Quill.xlsx", `${CAI}.xlsx`].sort(),
    );
    const bo = await parts(fs.readFileSync(path.join(dir, "out", "Bo Quill.xlsx")));
    for (const needle of ["Ann Vale", CAI, ...OWN[0], ...OWN[2]])
      expect({ needle, parts: found(bo, needle) }).toEqual({ needle, parts: [] });
    expect(fs.existsSync(path.join(dir, "pay.xlsx"))).toBe(true);
    // A second run does not overwrite the statements without --force.
    const again = await runMain(
      args.map((a) => (a === "pay.xlsx" ? "pay2.xlsx" : a)),
      { cwd: dir, env: { LANG: "en_US.UTF-8" } },
    );
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/out/);
  }, 60_000);
});
