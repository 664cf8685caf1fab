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
