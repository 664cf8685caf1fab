/**
 * The demo workbook as a whole (every generator's sheets together, both languages): it opens and
 * recalculates in LibreOffice with no error in any formula cell, and its cross-sheet links resolve.
 */
import path from "path";
import ExcelJS from "exceljs";
import { buildDemoSpec } from "../../src/cli/commands/demo";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { describeWithLibreOffice, recalculate } from "../oracle/libreoffice";

const EXAMPLES = path.resolve(__dirname, "../../examples");

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

describeWithLibreOffice("demo workbook", () => {
  it("computes every formula without an error value, in English and Chinese", async () => {
    const files: { name: string; data: Buffer }[] = [];
    for (const locale of ["en-US", "zh-CN"] as const) {
      const built = buildDemoSpec(EXAMPLES, locale);
      if (!built.ok) throw new Error(JSON.stringify(built.issues));
      files.push({ name: locale, data: await writeXlsx(built.spec) });
    }
    const results = await recalculate(files);
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
});
