/** A minimal WorkbookSpec written to .xlsx and read back with ExcelJS. */
import ExcelJS from "exceljs";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { WorkbookSpec } from "../../src/workbook";

describe("xlsx host", () => {
  it("writes values, formulas, forced text, styles and formats", async () => {
    const spec: WorkbookSpec = {
      sheets: [
        {
          name: "Goals 2027-Q1",
          blocks: [
            {
              start: "A1",
              rows: [
                ["Rep", "Target", "Actual", "Attainment"],
                ["Li Wei 李伟", 1200000, 1440000, { formula: "=C2/B2" }],
                [{ text: '=HYPERLINK("http://evil")' }, 100, 50, { formula: "=IFERROR(C3/B3,0)" }],
              ],
            },
          ],
          styles: [
            { range: "A1:D1", style: "header" },
            { range: "C2:C3", style: "input" },
          ],
          numberFormats: [{ range: "D2:D3", format: "0.0%" }],
          columns: [{ column: "A", width: 24 }],
        },
      ],
    };
    const buffer = await writeXlsx(spec);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Goals 2027-Q1")!;
    expect(ws.getCell("A2").value).toBe("Li Wei 李伟");
    expect(ws.getCell("B2").value).toBe(1200000);
    expect((ws.getCell("D2").value as ExcelJS.CellFormulaValue).formula).toBe("C2/B2");
    // Imported text stays text: no formula is created from it.
    expect(ws.getCell("A3").value).toBe('=HYPERLINK("http://evil")');
    expect(ws.getCell("A3").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("A1").font.bold).toBe(true);
    expect(ws.getCell("C2").protection.locked).toBe(false);
    expect(ws.getCell("D3").numFmt).toBe("0.0%");
    expect(ws.getColumn("A").width).toBe(24);
  });
});

describe("xlsx host: tables over written cells", () => {
  it("keeps every data cell of a table, its formats, and gives unformatted cells the default style", async () => {
    const spec: WorkbookSpec = {
      sheets: [
        {
          name: "Data",
          blocks: [{ start: "A1", rows: [["Owner", "Amount", "Note"]] }],
          columnBlocks: [
            {
              start: "A2",
              columns: [
                ["Ann Lee", "王芳", "Bo Chen"],
                [1200, 3400.5, NaN],
                [{ text: "=cmd" }, null, "ok"],
              ],
            },
          ],
          numberFormats: [{ range: "B2:B4", format: "#,##0.00" }],
          tables: [{ name: "Deals", range: "A1:C4" }],
        },
      ],
    };
    const buffer = await writeXlsx(spec);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Data")!;
    expect([1, 2, 3, 4].map((r) => ws.getCell(`A${r}`).value)).toEqual([
      "Owner",
      "Ann Lee",
      "王芳",
      "Bo Chen",
    ]);
    expect([2, 3, 4].map((r) => ws.getCell(`B${r}`).value)).toEqual([1200, 3400.5, null]);
    expect(ws.getCell("C2").value).toBe("=cmd");
    expect(ws.getCell("C2").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("C4").value).toBe("ok");
    expect(ws.getCell("B3").numFmt).toBe("#,##0.00");
    expect(ws.getCell("A2").numFmt).toBeUndefined();
    const table = (ws as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables.Deals;
    expect(table.table.tableRef).toBe("A1:C4");
  });
});
