/**
 * The Excel host (the pane's live workbook path) writes a team's statements split over several
 * sheets, each with its own print setup and page breaks, through the fake Excel. The limits are
 * lowered through the test-only option so that two reps split; production uses Excel's own
 * (statement-split.test.ts). A sheet the user already has under the second sheet's name is kept.
 */
import { applyWorkbookSpec } from "../../../src/hosts/excel";
import { generateIncentiveWorkbook } from "../../../src/generators/incentives";
import { MAX_ROWS } from "../../../src/workbook/a1";
import { FakeExcel } from "../../support/fake-excel";
import { planModel } from "../../kpi/plan/worked-examples";
import { STATEMENT_REPS, TWELVE_PLAN } from "./statement-plan";

describe("split statements in the Excel host", () => {
  it("writes Pay statements and Pay statements 2 (2) next to the user's Pay statements 2", async () => {
    const model = planModel(TWELVE_PLAN, STATEMENT_REPS);
    // Each statement: four pages, three breaks inside it. Six breaks a sheet hold one statement
    // (two would take 3 + 1 + 3 = 7).
    const { spec, layout } = generateIncentiveWorkbook(model, {
      statementLimits: { rows: MAX_ROWS, breaks: 6 },
    });
    expect(layout.sheets.statementSheets).toEqual(["Pay statements", "Pay statements 2"]);
    const fake = new FakeExcel({
      sheets: [{ name: "Sheet1" }, { name: "Pay statements 2", cells: { A1: "my notes" } }],
    });
    const result = await fake.run((ctx) =>
      applyWorkbookSpec(ctx as unknown as Excel.RequestContext, spec, {
        isSetSupported: fake.isSetSupported,
      }),
    );
    expect(result.skipped).toEqual([]);
    const sheets = fake.snapshot().sheets;
    const mine = sheets.find((s) => s.name === "Pay statements 2")!;
    expect(mine.cells.A1.content).toEqual({ value: "my notes" });
    expect(Object.keys(mine.cells)).toEqual(["A1"]);

    const reps = [
      {
        sheet: "Pay statements",
        name: "Ann Vale",
        line: "reps 1–1 of 2 in roster order (Ann Vale to Ann Vale)",
      },
      {
        sheet: "Pay statements 2 (2)",
        name: "Bo Quill",
        line: "reps 2–2 of 2 in roster order (Bo Quill to Bo Quill)",
      },
    ];
    for (const r of reps) {
      const sheet = sheets.find((s) => s.name === r.sheet)!;
      expect(sheet).toBeDefined();
      expect(String((sheet.cells.A1.content as { value: unknown }).value)).toContain(r.line);
      // The statement from row 2; its bands at 2 + 38 and 2 + 76, its notes' page at 2 + 114.
      expect(sheet.cells.A2.content).toEqual({ value: `Pay statement: ${r.name}` });
      expect(sheet.pageBreaksBefore).toEqual([40, 78, 116]);
      expect(sheet.freeze).toEqual({ rows: 1, columns: 0 });
      const page = sheet.pageLayout as { zoom: { scale: number }; orientation: string; printArea: string };
      expect(page.orientation).toBe("Landscape");
      expect(page.zoom).toEqual({ scale: 74 });
      // Six columns (item, four periods, total), the statement's rows under the line.
      expect(page.printArea).toBe(`A2:F${1 + layout.statement.rows}`);
    }
  });
});
