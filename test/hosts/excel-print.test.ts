/**
 * Print setup in the Excel host against the fake Excel: Worksheet.pageLayout (orientation, zoom with a
 * scale "between 10 and 400", setPrintTitleRows) and Worksheet.horizontalPageBreaks are all
 * "[Api set: ExcelApi 1.9]" in the Office.js reference, so the fake refuses them on an older Excel,
 * and the host leaves print setup out there (and says so) instead of failing the write. The team
 * workbook's pay statements print at a fixed scale with a break before each statement.
 */
import { applyWorkbookSpec } from "../../src/hosts/excel";
import { generateIncentiveWorkbook } from "../../src/generators/incentives";
import type { WorkbookSpec } from "../../src/workbook";
import { validateWorkbookSpec } from "../../src/workbook";
import { FakeExcel } from "../support/fake-excel";
import { planModel } from "../kpi/plan/worked-examples";
import { STATEMENT_PLAN, STATEMENT_REPS } from "../generators/incentives/statement-plan";

function write(fake: FakeExcel, spec: WorkbookSpec) {
  return fake.run((ctx) =>
    applyWorkbookSpec(ctx as unknown as Excel.RequestContext, spec, { isSetSupported: fake.isSetSupported }),
  );
}

const printed: WorkbookSpec = {
  sheets: [
    {
      name: "Statements",
      blocks: [{ start: "A1", rows: Array.from({ length: 12 }, (_, i) => [`row ${i + 1}`]) }],
      print: { orientation: "portrait", scale: 74, titleRows: "1:2", breaksBefore: [5, 9] },
    },
  ],
};

describe("print setup in the Excel host", () => {
  it.each([
    [
      "a page break",
      (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks.add("A5"),
    ],
    [
      "print title rows",
      (ctx: Excel.RequestContext) =>
        ctx.workbook.worksheets.getItem("Sheet1").pageLayout.setPrintTitleRows("$1:$2"),
    ],
    [
      "a print scale",
      (ctx: Excel.RequestContext) => {
        ctx.workbook.worksheets.getItem("Sheet1").pageLayout.zoom = { scale: 80 };
      },
    ],
  ])("the fake refuses %s before ExcelApi 1.9 and takes it on 1.9", async (_, call) => {
    const old = new FakeExcel({ apiVersion: "1.8" });
    await expect(
      old.run(async (ctx) => {
        call(ctx as unknown as Excel.RequestContext);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    const current = new FakeExcel({ apiVersion: "1.9" });
    await current.run(async (ctx) => {
      call(ctx as unknown as Excel.RequestContext);
      await ctx.sync();
    });
  });

  it("the fake refuses a print scale outside 10-400, as Excel documents it", async () => {
    for (const scale of [9, 401]) {
      const fake = new FakeExcel();
      await expect(
        fake.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("Sheet1").pageLayout.zoom = { scale };
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  it("writes scale, orientation, print titles and page breaks on ExcelApi 1.9", async () => {
    const fake = new FakeExcel({ apiVersion: "1.9" });
    const result = await write(fake, printed);
    expect(result.skipped).toEqual([]);
    const sheet = fake.snapshot().sheets.find((s) => s.name === "Statements")!;
    expect(sheet.pageLayout).toEqual({
      orientation: "Portrait",
      zoom: { scale: 74 },
      printTitleRows: "$1:$2",
    });
    expect(sheet.pageBreaksBefore).toEqual([5, 9]);
  });

  it("leaves print setup out on ExcelApi 1.8 and says so, the cells written", async () => {
    const fake = new FakeExcel({ apiVersion: "1.8" });
    const result = await write(fake, printed);
    expect(result.skipped).toEqual([
      expect.objectContaining({ sheet: "Statements", feature: "print setup", requires: "ExcelApi 1.9" }),
    ]);
    const sheet = fake.snapshot().sheets.find((s) => s.name === "Statements")!;
    expect(sheet.pageBreaksBefore ?? []).toEqual([]);
    expect(sheet.pageLayout ?? {}).toEqual({});
    expect(sheet.cells.A12.content).toEqual({ value: "row 12" });
  });

  it("a print scale outside 10-400 is a spec error naming the field", () => {
    const bad: WorkbookSpec = { sheets: [{ ...printed.sheets[0], print: { scale: 500 } }] };
    expect(validateWorkbookSpec(bad).map((i) => i.path)).toEqual(["sheets[0].print.scale"]);
  });

  it("the team's pay statements: a fixed scale and a break before the second rep's statement", async () => {
    const model = planModel(STATEMENT_PLAN, STATEMENT_REPS);
    const { spec } = generateIncentiveWorkbook(model, { locale: "en-US" });
    const fake = new FakeExcel();
    await write(fake, spec);
    const sheet = fake.snapshot().sheets.find((s) => s.name === "Pay statements")!;
    const layout = sheet.pageLayout as { zoom: { scale: number }; orientation: string };
    // Four columns (item, two periods, total): upright, no "fit to" (under which Excel ignores breaks).
    expect(layout.orientation).toBe("Portrait");
    expect(layout.zoom).toEqual({ scale: expect.any(Number) });
    expect(layout.zoom.scale).toBeGreaterThanOrEqual(74);
    // Bo Quill's statement starts on a new page: the row holding his title.
    const breaks = sheet.pageBreaksBefore ?? [];
    expect(breaks).toHaveLength(1);
    const row = breaks[0];
    expect(sheet.cells[`A${row}`].content).toEqual({ value: "Pay statement: Bo Quill" });
  });
});
