/**
 * Every generator family recalculated by LibreOffice and by Gnumeric, every formula cell compared
 * (numbers within 1e-9 relative; text, booleans and errors exactly; "" is not a blank). A difference
 * fails: the remedy is a formula form that computes alike in all engines, chosen by Excel's
 * documented behaviour. First the comparison itself is shown to catch the known departures.
 */
import ExcelJS from "exceljs";
import { crossCheck, describeDifferences, sameValue } from "./cross-engine";
import { GeneratedFile, generateFamilies } from "./families";
import { describeWithBothEngines } from "./gnumeric";
import { libreOfficeAvailable } from "./libreoffice";
import { sofficeTimeLimits } from "../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

async function workbook(cells: Record<string, string | number>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S 表");
  for (const [address, v] of Object.entries(cells)) {
    ws.getCell(address).value =
      typeof v === "string" && v.startsWith("=") ? ({ formula: v.slice(1) } as ExcelJS.CellFormulaValue) : v;
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("cross-engine value comparison", () => {
  it('keeps "" apart from a blank and compares numbers within 1e-9 relative', () => {
    expect(sameValue("", null)).toBe(false);
    expect(sameValue(0, null)).toBe(false);
    expect(sameValue(121000, 121000.00000000001)).toBe(true);
    expect(sameValue(1, 1 + 2e-9)).toBe(false);
    expect(sameValue(true, 1)).toBe(false);
    expect(sameValue({ error: "#REF!" }, { error: "#REF!" })).toBe(true);
    expect(sameValue({ error: "#REF!" }, { error: "#N/A" })).toBe(false);
  });
});

describeWithBothEngines("LibreOffice and Gnumeric", libreOfficeAvailable(), () => {
  it("catch the forms that Excel reads otherwise, and agree on their replacements", async () => {
    const data = await workbook({
      A1: "East",
      A2: "West",
      A3: "Ea*st",
      B1: 10,
      B2: 20,
      B3: 30,
      // Excel and Gnumeric count a bare TRUE as 0 inside SUMPRODUCT; LibreOffice as 1.
      D1: '=SUMPRODUCT((A1:A3="East"))',
      D2: '=SUMPRODUCT((A1:A3="East"),B1:B3)',
      // Gnumeric gives #REF! for INDEX over one cell.
      D3: "=INDEX(B1:B1,1)",
      // Gnumeric reads a criterion starting with "=" literally: no ~ escapes.
      D4: '=COUNTIFS(A1:A3,"=Ea~*st")',
      // The replacements.
      E1: '=SUMPRODUCT(--(A1:A3="East"))',
      E2: '=SUMPRODUCT(--(A1:A3="East"),B1:B3)',
      E3: "=IF(MATCH(10,B1:B1,0),B1)",
      E4: '=COUNTIFS(A1:A3,"Ea~*st")',
      E5: '=AVERAGEIFS(B1:B3,A1:A3,"=East")',
      E6: '=IF(B1>0,"","x")',
    });
    const { cells, differences } = await crossCheck([{ name: "forms", data }]);
    expect(cells.get("forms")).toBe(10);
    expect(differences.map((d) => d.address).sort()).toEqual(["D1", "D2", "D3", "D4"]);
    expect(differences.find((d) => d.address === "D1")).toMatchObject({ libreOffice: 1, gnumeric: 0 });
    expect(differences.find((d) => d.address === "D4")).toMatchObject({ libreOffice: 1, gnumeric: 0 });
  });

  describe("every generator family", () => {
    let files: GeneratedFile[] = [];
    let result: Awaited<ReturnType<typeof crossCheck>>;

    beforeAll(async () => {
      files = await generateFamilies();
      result = await crossCheck(files);
      const rows = new Map<string, { files: number; cells: number; differences: number }>();
      for (const f of files) {
        const row = rows.get(f.family) ?? { files: 0, cells: 0, differences: 0 };
        row.files++;
        row.cells += result.cells.get(f.name) ?? 0;
        row.differences += result.differences.filter((d) => d.file === f.name).length;
        rows.set(f.family, row);
      }
      console.log(
        "Formula cells compared between LibreOffice and Gnumeric:\n" +
          [...rows]
            .map(
              ([family, r]) =>
                `  ${family}: ${r.files} file(s), ${r.cells} cells, ${r.differences} differences`,
            )
            .join("\n"),
      );
    }, 600_000);

    const FAMILIES = [
      "goals",
      "incentives",
      "incentives --goals",
      "incentives --crm",
      "incentive plans",
      "reviews",
      "collect",
      "import",
      "import --goals",
      "import --history",
      "demo en-US",
      "demo zh-CN",
    ];

    it.each(FAMILIES)("%s: every formula cell computes alike", (family) => {
      const mine = files.filter((f) => f.family === family);
      expect(mine.length).toBeGreaterThan(0);
      for (const f of mine) expect(result.cells.get(f.name)).toBeGreaterThan(0);
      const differences = result.differences.filter((d) => mine.some((f) => f.name === d.file));
      if (differences.length)
        throw new Error(`${differences.length} difference(s):\n${describeDifferences(differences)}`);
    });
  });
});
