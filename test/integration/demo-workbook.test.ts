/**
 * The demo workbook as a whole (every generator's sheets together, both languages): it opens and
 * recalculates in LibreOffice with no error in any formula cell, its cross-sheet links resolve, and
 * the goal sheet's revenue actuals are the sample CRM export's won deals, added up here, and the
 * commission plan's quotas are the goal sheet's monthly revenue targets.
 */
import path from "path";
import ExcelJS from "exceljs";
import { DEMO_CRM_ROWS, DEMO_LARGEST_DEAL, buildDemoSpec, demoSampleDir } from "../../src/cli/commands/demo";
import { loadGoalPlan } from "../../src/cli/commands/goals";
import { sampleExportTable } from "../../src/generators/crm";
import { goalLayout, lineTargets } from "../../src/generators/goals";
import type { GoalPlan } from "../../src/schemas/goals";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { cellAddress } from "../../src/workbook/a1";
import { sheetGrid } from "../../src/workbook/blocks";
import { isFormula } from "../../src/workbook/spec";
import type { WorkbookSpec } from "../../src/workbook/spec";
import {
  RecalculatedWorkbook,
  describeWithLibreOffice,
  expectClose,
  recalculate,
} from "../oracle/libreoffice";
import { sofficeTimeLimits } from "../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const EXAMPLES = path.resolve(__dirname, "../../examples");
const LOCALES = ["en-US", "zh-CN"] as const;

async function formulaCells(data: Buffer): Promise<{ sheet: string; address: string }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const cells: { sheet: string; address: string }[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) cells.push({ sheet: ws.name, address: cell.address });
      }),
    ),
  );
  return cells;
}

/**
 * The goal plan of the demo and the sample export it imports (Zoho-style in English), read here by
 * hand: amounts like $1,200.00, 1,200 or 1200, close dates like 2027-03-01 or 3/1/2027.
 */
async function demoExport(): Promise<{
  plan: GoalPlan;
  deals: { owner: string; stage: string; amount: number; year: number; month: number }[];
}> {
  const loaded = await loadGoalPlan(path.join(EXAMPLES, "goals"), "roster.csv", "goals.yaml", {
    locale: "en-US",
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const plan = loaded.plan;
  const team = [...plan.reps, ...plan.notYetStarted].map((r) => r.name);
  const table = sampleExportTable(team, {
    rows: DEMO_CRM_ROWS,
    asOf: plan.period.end - 11,
    largestAmount: DEMO_LARGEST_DEAL,
  });
  const col = (name: string) => table.header.indexOf(name);
  const [owner, stage, amount, close] = ["Deal Owner", "Stage", "Amount", "Closing Date"].map(col);
  const monthOf = (text: string): [number, number] => {
    const iso = /^(\d{4})-(\d{2})-\d{2}$/.exec(text);
    if (iso) return [Number(iso[1]), Number(iso[2])];
    const us = /^(\d{1,2})\/\d{1,2}\/(\d{4})$/.exec(text)!;
    return [Number(us[2]), Number(us[1])];
  };
  const deals = table.rows.map(({ cells }) => {
    const [year, month] = monthOf(String(cells[close]));
    return {
      owner: String(cells[owner]),
      stage: String(cells[stage]),
      amount: Number(String(cells[amount]).replace(/[$,]/g, "")),
      year,
      month,
    };
  });
  return { plan, deals };
}

describeWithLibreOffice("demo workbook", () => {
  const files: { name: string; data: Buffer }[] = [];
  const specs = new Map<string, WorkbookSpec>();
  let results: Map<string, RecalculatedWorkbook>;

  beforeAll(async () => {
    for (const locale of LOCALES) {
      const built = await buildDemoSpec(EXAMPLES, locale);
      if (!built.ok) throw new Error(JSON.stringify(built.issues));
      specs.set(locale, built.spec);
      files.push({ name: locale, data: await writeXlsx(built.spec) });
    }
    results = await recalculate(files);
  }, 180_000);

  it("computes every formula without an error value, in English and Chinese", async () => {
    for (const file of files) {
      const cells = await formulaCells(file.data);
      expect(cells.length).toBeGreaterThan(500);
      const book = results.get(file.name)!;
      const errors = cells
        .map((c) => ({ ...c, value: book.get(c.sheet, c.address) }))
        .filter((c) => typeof c.value === "object" && c.value !== null);
      // Intended blanks use IFERROR/IF(...,"") in the generators; an error left here is a broken link.
      expect(errors.slice(0, 10)).toEqual([]);
    }
  });

  it("takes each rep's monthly revenue actual from the sample CRM export's won deals", async () => {
    const { plan, deals } = await demoExport();
    const won = new Map<string, number>();
    for (const d of deals) {
      if (d.stage !== "Closed Won") continue;
      const key = `${d.owner}|${d.year}-${d.month}`;
      won.set(key, (won.get(key) ?? 0) + d.amount);
    }

    const layout = goalLayout(plan, "en-US");
    const g = layout.goals;
    const revenue = plan.metrics.findIndex((m) => m.id === "revenue");
    const book = results.get("en-US")!;
    let checked = 0;
    plan.reps.forEach((rep, i) =>
      plan.period.months.forEach((month, j) => {
        const address = cellAddress(g.row(i, revenue) - 1, g.cols.monthActual + j);
        const expected = won.get(`${rep.name}|${month.year}-${month.month}`) ?? 0;
        expectClose(book.get(layout.names.goals, address), expected);
        checked++;
      }),
    );
    expect(checked).toBe(plan.reps.length * plan.period.months.length);
    // The sample has won deals in the quarter: the check is not all zeros.
    expect(
      [...won.keys()].filter((k) => k.endsWith(`|${plan.period.months[0].year}-1`)).length,
    ).toBeGreaterThan(0);
  });

  it("measures each rep's pipeline coverage against the goal sheet's remaining revenue target", async () => {
    const { plan, deals } = await demoExport();
    // Won deals and open deals (any stage but Closed Won / Closed Lost) closing in the quarter.
    const won = new Map<string, number>();
    const open = new Map<string, number>();
    for (const d of deals) {
      if (!plan.period.months.some((m) => m.year === d.year && m.month === d.month)) continue;
      const into = d.stage === "Closed Won" ? won : d.stage === "Closed Lost" ? null : open;
      into?.set(d.owner, (into.get(d.owner) ?? 0) + d.amount);
    }

    const spec = specs.get("en-US")!;
    const kpiSheet = spec.sheets.find((x) => x.name === "CRM KPIs")!;
    const grid = sheetGrid(kpiSheet);
    const headerRow = grid.findIndex((row) => row.includes("Pipeline coverage"));
    const header = grid[headerRow];
    const [period, repCol, target, remaining, coverage] = [
      "Period",
      "Rep",
      "Target",
      "Remaining target",
      "Pipeline coverage",
    ].map((h) => header.indexOf(h));
    const layout = goalLayout(plan, "en-US");
    const g = layout.goals;
    const revenue = plan.metrics.findIndex((m) => m.id === "revenue");
    const book = results.get("en-US")!;
    let checked = 0;
    let withCoverage = 0;
    plan.reps.forEach((rep, i) => {
      const r = grid.findIndex((row) => row[period] === plan.period.label && row[repCol] === rep.name);
      const at = (c: number) => book.get("CRM KPIs", cellAddress(r, c));
      // The target is the goal sheet's own (its value as LibreOffice worked it out).
      const goalTarget = book.get(layout.names.goals, cellAddress(g.row(i, revenue) - 1, g.cols.target));
      expect(typeof goalTarget).toBe("number");
      expectClose(at(target), goalTarget as number);
      const left = Math.max(0, (goalTarget as number) - (won.get(rep.name) ?? 0));
      expectClose(at(remaining), left);
      if (left === 0) expect(at(coverage)).toBe("");
      else {
        expectClose(at(coverage), (open.get(rep.name) ?? 0) / left);
        if ((open.get(rep.name) ?? 0) > 0) withCoverage++;
      }
      checked++;
    });
    expect(checked).toBe(plan.reps.length);
    // Some reps are past their target (no coverage figure), the others have one: not all blanks.
    expect(withCoverage).toBeGreaterThan(plan.reps.length / 2);
  });

  it("takes the commission quotas from the goal sheet's monthly revenue targets, in both languages", async () => {
    for (const locale of LOCALES) {
      const loaded = await loadGoalPlan(
        path.join(demoSampleDir(EXAMPLES, locale), "goals"),
        "roster.csv",
        "goals.yaml",
        {
          locale,
        },
      );
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
      const plan = loaded.plan;
      const layout = goalLayout(plan, locale);
      const revenue = plan.metrics.findIndex((m) => m.id === "revenue");
      const spec = specs.get(locale)!;
      const book = results.get(locale)!;
      // Monthly pay: period j's quota is the goal sheet's month j target of the rep's revenue line.
      const target = (i: number, j: number) =>
        `='${layout.names.goals}'!${cellAddress(layout.goals.row(i, revenue) - 1, layout.goals.cols.monthTarget + j, true)}`;
      // The Commission plan sheet: its reps table has a row per rep, starting with the name.
      const planSheet = spec.sheets.find((s) =>
        s.blocks.some((b) =>
          b.rows.some(
            (row) =>
              row[0] === plan.reps[0].name &&
              row.some((c) => c !== null && isFormula(c) && c.formula === target(0, 0)),
          ),
        ),
      )!;
      const block = planSheet.blocks[0];
      expect(block.start).toBe("A1");
      let checked = 0;
      plan.reps.forEach((rep, i) => {
        const r = block.rows.findIndex(
          (row) => row[0] === rep.name || (row[0] as { text?: string })?.text === rep.name,
        );
        expect(r).toBeGreaterThanOrEqual(0);
        const row = block.rows[r];
        plan.period.months.forEach((_, j) => {
          const c = row.findIndex(
            (cell) => cell !== null && isFormula(cell) && cell.formula === target(i, j),
          );
          expect(c).toBeGreaterThan(0);
          const want = lineTargets(plan, i, revenue).monthly[j];
          expectClose(book.get(planSheet.name, cellAddress(r, c)), want);
          checked++;
        });
      });
      expect(checked).toBe(plan.reps.length * plan.period.months.length);
    }
  });
});
