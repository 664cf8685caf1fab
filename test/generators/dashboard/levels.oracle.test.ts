/**
 * A plan of levels alone (a conversion rate, averaged, no summed metric): the dashboard shows that
 * metric with the team's figures averaged, not summed (a sum of rates means nothing), and leaves
 * expected-to-date and pace blank as the goal sheet's roll-ups do. It used to fall back to metric 0
 * and sum it. Recalculated by LibreOffice; the means are worked out here from the goal sheet's cells.
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { loadGoalPlan } from "../../../src/cli/commands/goals";
import { generateDashboard } from "../../../src/generators/dashboard";
import { generateGoalWorkbook, goalLayout } from "../../../src/generators/goals";
import { writeXlsxBytes } from "../../../src/hosts/xlsx/write";
import { DASHBOARD_TEXTS } from "../../../src/i18n/sheets/dashboard";
import { columnLetter } from "../../../src/workbook/a1";
import { isFormula } from "../../../src/workbook/spec";
import { makeTempDir, removeTempDir } from "../../support/cli";
import { OracleValue, describeWithLibreOffice, recalculate } from "../../oracle/libreoffice";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const EXAMPLES = path.resolve(__dirname, "../../../examples");
const CONFIG = `title: Rates
locale: en-US
period: 2027-Q1
asOf: 2027-03-20
metrics:
  - id: conversionRate
    weight: 1
    target: 0.15
`;

async function levelsPlan() {
  const dir = makeTempDir("sales-kit-levels-", path.join(EXAMPLES, "goals"), ["roster.csv"]);
  try {
    fs.writeFileSync(path.join(dir, "rates.yaml"), CONFIG);
    const loaded = await loadGoalPlan(dir, "roster.csv", "rates.yaml", {});
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    return loaded.plan;
  } finally {
    removeTempDir(dir);
  }
}

const num = (v: OracleValue): number => {
  if (typeof v !== "number") throw new Error(`expected a number, got ${JSON.stringify(v)}`);
  return v;
};

describe("the dashboard of a plan without a summed metric", () => {
  it("writes no SUM over the averaged metric", async () => {
    const plan = await levelsPlan();
    expect(plan.metrics.map((m) => m.aggregation)).toEqual(["average"]);
    const [sheet] = generateDashboard({ locale: "en-US", plan, goals: goalLayout(plan, plan.locale) }).sheets;
    const formulas = sheet.blocks.flatMap((b) => b.rows.flat()).filter(isFormula);
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((c) => /\bSUMI?F?S?\(/.test(c.formula))).toEqual([]);
  });
});

describeWithLibreOffice("the dashboard of a plan without a summed metric, recalculated", () => {
  it("averages the team's targets and actuals and leaves pace blank", async () => {
    const plan = await levelsPlan();
    const layout = goalLayout(plan, plan.locale);
    const goals = generateGoalWorkbook(plan);
    const dashboard = generateDashboard({ locale: "en-US", plan, goals: layout });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await writeXlsxBytes({ sheets: [...goals.sheets, ...dashboard.sheets] })).buffer as ArrayBuffer,
    );
    // January's rate of the first three reps; the others enter none (their actual stays "").
    const g = layout.goals;
    const ws = wb.getWorksheet(layout.names.goals)!;
    const rates = [0.2, 0.1, 0.3];
    rates.forEach((rate, i) => (ws.getCell(g.row(i, 0), g.cols.monthActual + 1).value = rate));
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const book = (await recalculate([{ name: "levels", data }])).get("levels")!;

    const D = DASHBOARD_TEXTS["en-US"].sheet;
    const targets = plan.reps.map((_, i) =>
      num(book.get(layout.names.goals, `${columnLetter(g.cols.target)}${g.row(i, 0)}`)),
    );
    const meanTarget = targets.reduce((a, b) => a + b, 0) / targets.length;
    const meanActual = (0.2 + 0.1 + 0.3) / 3;
    expect(book.get(D, "E3")).toBe("Conversion rate");
    expect(num(book.get(D, "A6"))).toBeCloseTo(meanTarget, 12);
    expect(num(book.get(D, "B6"))).toBeCloseTo(meanActual, 12);
    // Higher is better: 1 + (actual - target) / |target|.
    expect(num(book.get(D, "C6"))).toBeCloseTo(1 + (meanActual - meanTarget) / meanTarget, 12);
    // Blank: a level has no expected-to-date.
    expect(book.get(D, "D6")).toBeNull();
    expect(book.get(D, "E6")).toBeNull();
    // Each team: the mean of its reps' targets.
    const teams = [...new Set(plan.reps.map((r) => r.team))];
    teams.forEach((team, j) => {
      const mine = targets.filter((_, i) => plan.reps[i].team === team);
      const row = 10 + plan.reps.length + 3 + j;
      expect(book.get(D, `A${row}`)).toBe(team);
      expect(num(book.get(D, `B${row}`))).toBeCloseTo(mine.reduce((a, b) => a + b, 0) / mine.length, 12);
    });
  }, 180_000);
});
