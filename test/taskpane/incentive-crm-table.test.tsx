/**
 * @jest-environment jsdom
 */
/**
 * The incentive form paying from the CRM data sheet already in the open workbook (Excel mode), over
 * the fake Excel: a CRM import written by the pane's Excel write path, then the incentive workbook
 * from the form with its measure reading the data table; its actual cells are SUMIFS/SUMPRODUCT over
 * that table (not typed values), and recalculated in LibreOffice the payouts match, to the cent, pay
 * worked out here by hand from the raw rows below: a split deal, a row outside the pay periods, a lost
 * deal and an owner off the roster. The pane names the owner off the roster and the roster reps with
 * no row. In browser mode the form offers the export file instead (incentive-crm-export.test.tsx).
 *
 * Plan: the form's default measure (quota 300,000, marginal tiers on the amount: 3% from 0, 5% from
 * 300,000, 8% from 450,000), monthly pay 2027-01..2027-03.
 *   Li Wei    Jan: D1 350,000 won            -> 300,000 x 3% + 50,000 x 5% = 9,000 + 2,500 = 11,500.00
 *   Li Wei    Feb: D2 100,000 x 60% = 60,000 -> 60,000 x 3% = 1,800.00
 *   Wang Fang Feb: D2 100,000 x 40% = 40,000 -> 40,000 x 3% = 1,200.00
 *   Wang Fang D3 20,000 closed 2026-12-20: before the first pay period, not paid
 *   Zhang Jie Mar: D6 12,345.67              -> 12,345.67 x 3% = 370.3701 -> 370.37
 *   Zhang Jie D5 70,000 lost: not paid; Peter Pan D4 50,000: not on the roster, not paid
 *   Huang Min, Zhao Qiang, Ma Lin: no rows -> 0
 */
import { screen, waitFor } from "@testing-library/react";
import { importCrm } from "../../src/generators/crm";
import { calcLayout } from "../../src/generators/incentives/layout";
import { at } from "../../src/generators/incentives/grid";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { incentiveTexts } from "../../src/i18n/sheets/incentives";
import { parseRosterCsv } from "../../src/schemas/roster";
import {
  defaultIncentiveForm,
  validateIncentiveForm,
} from "../../src/taskpane/forms/incentives/incentive-form";
import type { PaneServices } from "../../src/taskpane/services";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { describeWithLibreOffice, recalculate } from "../oracle/libreoffice";
import { FakeExcel } from "../support/fake-excel";
import { choose, click, pasteRoster, type, previewShown } from "./interact";
import { ROSTER_CSV, TODAY, findView, renderPane } from "./support";
import { fakeExcelServices } from "./fake-excel-services";
import { sofficeTimeLimits } from "../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const EXPORT = [
  "Owner,Deal,Account,Stage,Amount,Split %,Close Date",
  "Li Wei,D1,Acme,Closed Won,350000,,2027-01-10",
  "Li Wei,D2,Beta,Closed Won,100000,60%,2027-02-14",
  "Wang Fang,D2,Beta,Closed Won,100000,40%,2027-02-14",
  "Wang Fang,D3,Gamma,Closed Won,20000,,2026-12-20",
  "Peter Pan,D4,Delta,Closed Won,50000,,2027-03-01",
  "Zhang Jie,D5,Epsilon,Closed Lost,70000,,2027-03-03",
  "Zhang Jie,D6,Zeta,Closed Won,12345.67,,2027-03-31",
];

/** Rep order of ROSTER_CSV; [rep][month] payouts from the hand calculation above. */
const REPS = ["Li Wei", "Wang Fang", "Zhang Jie", "Huang Min", "Zhao Qiang", "Ma Lin"];
const ACTUAL = [
  [350000, 60000, 0],
  [0, 40000, 0],
  [0, 0, 12345.67],
  [0, 0, 0],
  [0, 0, 0],
  [0, 0, 0],
];
const PAYOUT = [
  [11500, 1800, 0],
  [0, 1200, 0],
  [0, 0, 370.37],
  [0, 0, 0],
  [0, 0, 0],
  [0, 0, 0],
];

function table(lines: readonly string[]) {
  const [head, ...rows] = lines.map((l) => l.split(","));
  return { header: head, headerRow: 1, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
}

/** The pane's Excel services over the fake; each spec written is kept for the recalculation. */
const excelServices = (fake: FakeExcel, written: WorkbookSpec[]) => fakeExcelServices(fake, { written });

/** The CRM import of EXPORT for the roster, written into the workbook by the pane's write path. */
async function importIntoWorkbook(services: PaneServices): Promise<void> {
  const reps = parseRosterCsv(ROSTER_CSV);
  if (!reps.ok) throw new Error("roster");
  const result = importCrm(table(EXPORT), reps.value, { locale: "en-US", asOf: TODAY, file: "deals.csv" });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  await services.writer.write(result.workbook.spec, { fileName: "crm.xlsx" });
}

/** The incentive form in Excel with the CRM import in the workbook, its measure reading the table. */
async function payFromCrm(): Promise<{ fake: FakeExcel; written: WorkbookSpec[] }> {
  const fake = new FakeExcel();
  const written: WorkbookSpec[] = [];
  const services = excelServices(fake, written);
  await importIntoWorkbook(services);
  renderPane({ view: "incentives", services });
  await findView("Incentive table");
  await pasteRoster(ROSTER_CSV);
  await type("First month", "2027-01");
  await screen.findByText(
    /Actuals from the CRM data sheet: table CrmDeals on sheet "CRM data"/,
    {},
    { timeout: 10000 },
  );
  await choose("Actuals", "From the CRM data sheet: won amount by close date (bookings)");
  await previewShown();
  return { fake, written };
}

/** Where the calculation sheet puts each rep and month: the plan the form builds, laid out. */
function layoutOf() {
  const reps = parseRosterCsv(ROSTER_CSV);
  if (!reps.ok) throw new Error("roster");
  const form = { ...defaultIncentiveForm("en-US", TODAY), start: "2027-01" };
  const built = validateIncentiveForm(form, reps.value);
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  const calc = calcLayout(built.model);
  return { row: calc.row, direct: calc.col.measures[0].direct, payable: calc.col.payable };
}

describe("incentive form paying from the CRM data sheet in the workbook", () => {
  it("offers the table, names the owner off the roster and the reps without rows, and writes SUMIFS over it", async () => {
    const { fake, written } = await payFromCrm();
    await screen.findByText(/Owners in the CRM data but not on the roster, not paid: Peter Pan\./);
    expect(
      screen.getByText(
        "Reps on the roster with no row in the CRM data (paid on 0): Huang Min, Zhao Qiang, Ma Lin.",
      ),
    ).toBeTruthy();
    expect(screen.getByText(/1 row\(s\) dated outside the pay periods, not paid/)).toBeTruthy();
    await click("Create sheets");
    await screen.findByTestId("write-success", {}, { timeout: 20000 });

    const spec = written[1];
    const calcName = incentiveTexts("en-US").sheet.calculation;
    const calc = fake.snapshot().sheets.find((s) => s.name === calcName)!;
    // The actuals: formulas over the data table's columns, not typed numbers (the split deal's share
    // column makes them SUMPRODUCTs of amount x share).
    const first = Object.entries(calc.cells).filter(
      ([, c]) => c.content && "formula" in c.content && /'CRM data'!\$/.test(c.content.formula),
    );
    // 6 reps x 3 months, each actual reads the table.
    expect(first).toHaveLength(18);
    for (const [, c] of first) expect((c.content as { formula: string }).formula).toMatch(/^=SUMPRODUCT\(/);
    expect(spec.sheets.map((s) => s.name)).toContain(calcName);
    // The statements list the deals that earned, as `incentives --crm` does: D1 and Li Wei's share of
    // D2 (paid), never the lost D5 or Peter Pan's D4.
    const statements = fake
      .snapshot()
      .sheets.find((s) => s.name === incentiveTexts("en-US").sheet.statements)!;
    const texts = Object.values(statements.cells).map((c) =>
      c.content && "value" in c.content ? String(c.content.value) : "",
    );
    expect(texts).toContain("Deals credited in these periods (from the CRM export)");
    expect(texts).toEqual(expect.arrayContaining(["D1", "D2", "D6"]));
    expect(texts).not.toContain("D4");
    expect(texts).not.toContain("D5");
  });

  describeWithLibreOffice("recalculated", () => {
    it("pays to the cent what the raw rows give by hand", async () => {
      const { written } = await payFromCrm();
      await click("Create sheets");
      await screen.findByTestId("write-success", {}, { timeout: 20000 });
      const [crm, pay] = written;
      const both: WorkbookSpec = {
        sheets: [...crm.sheets, ...pay.sheets],
        names: [...(crm.names ?? []), ...(pay.names ?? [])],
      };
      const wb = (await recalculate([{ name: "pay", data: await writeXlsx(both) }])).get("pay")!;
      const calcName = incentiveTexts("en-US").sheet.calculation;
      // The layout of the plan the form built: 6 reps x 3 monthly periods, one measure.
      const layout = layoutOf();
      REPS.forEach((_rep, r) =>
        [0, 1, 2].forEach((p) => {
          const y = layout.row(r, p);
          expect(wb.get(calcName, at(y, layout.direct))).toBeCloseTo(ACTUAL[r][p], 6);
          expect(wb.get(calcName, at(y, layout.payable))).toBeCloseTo(PAYOUT[r][p], 2);
        }),
      );
    }, 240_000);
  });
});

describe("incentive form in the browser", () => {
  it("offers the CRM export file instead of the workbook's data sheet", async () => {
    renderPane({ view: "incentives" });
    await findView("Incentive table");
    await waitFor(() =>
      expect(screen.getByTestId("incentives-crm").textContent).toContain(
        "sales-kit incentives --crm <export>",
      ),
    );
  });

  it("in Chinese too", async () => {
    renderPane({ view: "incentives", locale: "zh-CN" });
    await findView("激励表");
    expect(screen.getByTestId("incentives-crm").textContent).toContain("请在下方选择 CRM 导出文件");
    expect(screen.getByLabelText("CRM 导出文件（.csv 或 .xlsx）")).toBeTruthy();
  });
});
