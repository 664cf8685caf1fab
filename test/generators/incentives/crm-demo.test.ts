/**
 * The demo's whole loop, CRM export -> KPIs -> goal actuals -> commission: the commission sheet's
 * revenue actuals are SUMIFS over the demo's CRM data table, and LibreOffice computes them to the won
 * deals of the sample export per rep and month, added up here from the export's raw cells.
 */
import path from "path";
import { DEMO_CRM_ROWS, DEMO_LARGEST_DEAL, buildDemoSpec } from "../../../src/cli/commands/demo";
import { loadIncentivePlan } from "../../../src/cli/commands/incentives-inputs";
import { loadGoalPlan } from "../../../src/cli/commands/goals";
import { sampleExportTable } from "../../../src/generators/crm";
import { at } from "../../../src/generators/incentives/grid";
import { calcLayout } from "../../../src/generators/incentives/layout";
import { incentiveTexts } from "../../../src/i18n/sheets/incentives";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { isFormula } from "../../../src/workbook/spec";
import { describeWithLibreOffice, expectClose, recalculate } from "../../oracle/libreoffice";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const EXAMPLES = path.resolve(__dirname, "../../../examples");

/** Won deals of the demo's sample export (Zoho style) per owner and "year-month", read by hand. */
async function wonByMonth(): Promise<Map<string, number>> {
  const loaded = await loadGoalPlan(path.join(EXAMPLES, "goals"), "roster.csv", "goals.yaml", {
    locale: "en-US",
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const plan = loaded.plan;
  const team = [...plan.reps, ...plan.notYetStarted].map((r) => r.name);
  const table = sampleExportTable(team, {
    rows: DEMO_CRM_ROWS,
    asOf: plan.period.end - 11,
    // The demo imports the export as taken on its as-of date.
    takenOn: plan.period.end - 11,
    largestAmount: DEMO_LARGEST_DEAL,
  });
  const col = (name: string) => table.header.indexOf(name);
  const [owner, stage, amount, close] = ["Deal Owner", "Stage", "Amount", "Closing Date"].map(col);
  const out = new Map<string, number>();
  for (const { cells } of table.rows) {
    if (String(cells[stage]) !== "Closed Won") continue;
    const text = String(cells[close]);
    const iso = /^(\d{4})-(\d{2})-\d{2}$/.exec(text);
    const us = /^(\d{1,2})\/\d{1,2}\/(\d{4})$/.exec(text);
    const key = iso ? `${iso[1]}-${Number(iso[2])}` : `${us![2]}-${Number(us![1])}`;
    const k = `${String(cells[owner])}|${key}`;
    out.set(k, (out.get(k) ?? 0) + Number(String(cells[amount]).replace(/[$,]/g, "")));
  }
  return out;
}

describeWithLibreOffice("the demo's commission reads the CRM export", () => {
  it("computes each rep's monthly revenue actual to the sample export's won deals", async () => {
    const built = await buildDemoSpec(EXAMPLES, "en-US");
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    const model = await loadIncentivePlan(
      EXAMPLES,
      path.join("goals", "roster.csv"),
      path.join("incentives", "demo-plan.yaml"),
    );
    if (!model.ok) throw new Error(JSON.stringify(model.issues));
    const layout = calcLayout(model.value);
    const calc = incentiveTexts("en-US").sheet.calculation;
    const sheet = built.spec.sheets.find((s) => s.name === calc)!;
    const direct = layout.col.measures[0].direct;
    // The actual cells are formulas over the CRM data table, not typed values.
    const first = sheet.blocks[0].rows[layout.row(0, 0)][direct];
    expect(first !== null && isFormula(first) && first.formula.startsWith("=SUMIFS(")).toBe(true);

    const wb = (await recalculate([{ name: "demo.xlsx", data: await writeXlsx(built.spec) }])).get(
      "demo.xlsx",
    )!;
    const won = await wonByMonth();
    let nonZero = 0;
    model.value.reps.forEach((rep, r) =>
      model.value.periods.forEach((period, p) => {
        const want = won.get(`${rep.name}|${period.label.replace(/-0?/, "-")}`) ?? 0;
        if (want > 0) nonZero++;
        expectClose(wb.get(calc, at(layout.row(r, p), direct)), want);
      }),
    );
    expect(nonZero).toBeGreaterThan(model.value.reps.length);
  }, 300_000);
});
