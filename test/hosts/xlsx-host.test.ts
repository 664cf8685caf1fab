/** The xlsx host writes every spec feature ExcelJS supports; checked by reading the file back and its XML. */
import ExcelJS from "exceljs";
import {
  XLSX_CAPABILITIES,
  XLSX_LIMITATIONS,
  writeXlsx,
  writeXlsxBytes,
  writeXlsxWithReport,
} from "../../src/hosts/xlsx/write";
import { WorkbookSpec, WorkbookSpecError } from "../../src/workbook";
import { GOALS, sampleSpec } from "./sample-spec";
import { unzip } from "./unzip";

async function load(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  return wb;
}

function sheetXml(files: Map<string, string>, index: number): string {
  return files.get(`xl/worksheets/sheet${index}.xml`)!;
}

describe("xlsx host", () => {
  let data: Uint8Array;
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let files: Map<string, string>;

  beforeAll(async () => {
    data = await writeXlsxBytes(sampleSpec());
    wb = await load(data);
    ws = wb.getWorksheet(GOALS)!;
    files = unzip(data);
  });

  it("writes values, formulas with post-2007 prefixes, and forced text", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([GOALS, "Rates", "Lists"]);
    expect(ws.getCell("A4").value).toBe("Li Wei 李伟");
    expect(ws.getCell("C4").value).toBe(100000);
    expect(ws.getCell("E4").formula).toBe("IFERROR(D4/C4,0)");
    expect(ws.getCell("J5").formula).toBe('_xlfn.MAXIFS(GoalTable[Actual],GoalTable[Region],"West")');
    expect(ws.getCell("J12").formula).toBe('_xlfn.IFS(E4>1,"above",TRUE,"not")');
    expect(ws.getCell("A2").value).toBe("=Targets are firm; review monthly. 目标刚性,每月回顾。");
    expect(ws.getCell("A2").type).toBe(ExcelJS.ValueType.String);
  });

  it("writes no cached results and asks for a full recalculation on load", () => {
    const xml = sheetXml(files, 1);
    const formulaCells = xml.match(/<c [^>]*>(?:(?!<\/c>).)*<f>(?:(?!<\/c>).)*<\/c>/g) ?? [];
    expect(formulaCells.length).toBeGreaterThan(10);
    for (const c of formulaCells) expect(c).not.toMatch(/<v>/);
    expect(files.get("xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("applies named styles, number formats, widths, heights, merges and wrap", () => {
    expect(ws.getCell("A3").font.bold).toBe(true);
    expect(ws.getCell("A3").fill).toMatchObject({ fgColor: { argb: "FF1F4E79" } });
    expect(ws.getCell("A3").border.top).toMatchObject({ style: "thin" });
    expect(ws.getCell("A9").border.top).toMatchObject({ style: "double" });
    expect(ws.getCell("A1").font.size).toBe(16);
    expect(ws.getCell("C4").protection.locked).toBe(false);
    expect(ws.getCell("E4").protection?.locked).not.toBe(false);
    expect(ws.getCell("G4").protection.locked).toBe(false);
    expect(ws.getCell("D5").numFmt).toBe("#,##0");
    expect(ws.getCell("E9").numFmt).toBe("0.0%");
    expect(ws.getCell("A2").alignment.wrapText).toBe(true);
    expect(ws.getColumn("A").width).toBe(22);
    expect(ws.getColumn("H").hidden).toBe(true);
    expect(ws.getRow(1).height).toBe(24);
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(ws.getCell("B1").master.address).toBe("A1");
  });

  it("writes list, whole, decimal and date validations with their messages", () => {
    expect(ws.getCell("B6").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"East,West,North"'],
      showInputMessage: true,
      promptTitle: "Region 区域",
      prompt: "Pick a region. 请选择区域。",
      showErrorMessage: true,
      errorTitle: "Unknown region 未知区域",
    });
    expect(ws.getCell("C8").dataValidation).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [0],
    });
    expect(ws.getCell("D4").dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 1e9],
    });
    expect(ws.getCell("F4").dataValidation).toMatchObject({ type: "list", formulae: ["Lists!$A$1:$A$2"] });
    const xml = sheetXml(files, 1);
    expect(xml).toMatch(/<dataValidation type="decimal"(?![^>]*allowBlank)[^>]*sqref="D4:D8">/);
    expect(xml).toMatch(/<dataValidation type="whole" operator="greaterThanOrEqual" allowBlank="1"/);
    // Dates are stored as serials: 2027-01-01 = 46388, 2027-12-31 = 46752.
    expect(xml).toMatch(
      /<dataValidation type="date"[^>]*sqref="G4:G8"><formula1>46388<\/formula1><formula2>46752<\/formula2>/,
    );
  });

  it("writes conditional formats of every kind", () => {
    const xml = sheetXml(files, 1);
    expect(xml).toMatch(/<cfRule type="cellIs"[^>]*operator="greaterThanOrEqual"[^>]*><formula>1<\/formula>/);
    expect(xml).toMatch(/<cfRule type="expression"[^>]*><formula>\$E4&lt;0.8<\/formula>/);
    expect(xml).toMatch(/<cfRule type="dataBar"/);
    expect(xml).toMatch(/<cfRule type="colorScale"[\s\S]*?<cfvo type="percentile" val="50"/);
    expect(xml).toMatch(
      /<iconSet iconSet="3TrafficLights1"[\s\S]*?<cfvo type="num" val="0.8"\/><cfvo type="num" val="1"\/>/,
    );
    expect(xml).toMatch(
      /operator="between"[^>]*><formula>0<\/formula><formula>Rates!\$B\$3\*1000000<\/formula>/,
    );
  });

  it("adds the table with SUBTOTAL totals and keeps the label the blocks wrote", () => {
    const table = files.get("xl/tables/table1.xml")!;
    expect(table).toMatch(/name="GoalTable"/);
    expect(table).toMatch(/ref="A3:G9"/);
    expect(table).toMatch(/totalsRowCount="1"/);
    expect(ws.getCell("C9").formula).toBe("SUBTOTAL(109,GoalTable[Target])");
    expect(ws.getCell("E9").formula).toBe("SUBTOTAL(101,GoalTable[Attainment])");
    expect(ws.getCell("A9").value).toBe("Total 合计");
    expect(ws.getCell("F9").value).toBeNull();
    // The data rows are the block's cells, formulas included.
    expect(ws.getCell("E5").formula).toBe("IFERROR(D5/C5,0)");
  });

  it("writes workbook and sheet names, print titles and print area with sheet scope", () => {
    const book = files.get("xl/workbook.xml")!;
    expect(book).toContain('<definedName name="Tiers">Rates!$A$2:$B$5</definedName>');
    expect(book).toContain('<definedName name="Bonus" localSheetId="0">0.05</definedName>');
    expect(book).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;${GOALS}&apos;!$3:$3</definedName>`,
    );
    expect(book).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;${GOALS}&apos;!$A$1:$G$9</definedName>`,
    );
    expect(book).toMatch(/activeTab="0"/);
  });

  it("sets freeze panes, gridlines, tab colour, print setup and protection", () => {
    expect(ws.views[0]).toMatchObject({
      state: "frozen",
      xSplit: 1,
      ySplit: 3,
      topLeftCell: "B4",
      showGridLines: false,
    });
    expect(ws.properties.tabColor).toMatchObject({ argb: "FF1F4E79" });
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    const xml = sheetXml(files, 1);
    // A break before row 6 sits under row 5 (OOXML counts the row that ends the page).
    expect(xml).toMatch(/<rowBreaks count="2" manualBreakCount="2"><brk id="5" [^>]*man="1"\/><brk id="7" /);
    expect(xml).toMatch(/<sheetProtection[^>]*sheet="1"/);
    // ExcelJS writes "0" for what users may still do: sort and filter here.
    expect(xml).toMatch(/<sheetProtection[^>]*sort="0"/);
    expect(xml).toMatch(/<sheetProtection[^>]*autoFilter="0"/);
    expect(xml).not.toMatch(/<sheetProtection[^>]*formatColumns="0"/);
  });

  it("draws charts (xlsx-charts.test.ts checks their parts) and says so in its capabilities", async () => {
    const { report } = await writeXlsxWithReport(sampleSpec());
    expect(report.skipped).toEqual([]);
    expect(XLSX_CAPABILITIES).toEqual({ charts: true, iconSets: true });
    expect(XLSX_LIMITATIONS.map((l) => l.feature)).not.toContain("charts");
  });

  it("renames around names an existing workbook has, rewriting references", async () => {
    const { data: renamed, report } = await writeXlsxWithReport(sampleSpec(), {
      existing: { sheets: ["Rates"], tables: ["GoalTable"], names: [] },
    });
    expect(report.sheets.map((s) => s.name)).toEqual([GOALS, "Rates (2)", "Lists"]);
    const w = await load(renamed);
    expect(w.getWorksheet(GOALS)!.getCell("J8").formula).toBe("'Rates (2)'!B3*2");
    expect(w.getWorksheet(GOALS)!.getCell("J4").formula).toBe(
      'SUMIFS(GoalTable_2[Actual],GoalTable_2[Region],"East")',
    );
    expect(w.getWorksheet(GOALS)!.getCell("C9").formula).toBe("SUBTOTAL(109,GoalTable_2[Target])");
    // The chart on the renamed sheet follows it.
    expect(unzip(renamed).get("xl/charts/chart1.xml")).toContain("<c:f>'Rates (2)'!$G$2:$G$3</c:f>");
  });

  it("refuses an invalid spec before writing anything", async () => {
    const bad: WorkbookSpec = { sheets: [{ name: "a/b", blocks: [] }] };
    await expect(writeXlsx(bad)).rejects.toBeInstanceOf(WorkbookSpecError);
  });

  it("returns a Node Buffer from writeXlsx", async () => {
    const buf = await writeXlsx({
      sheets: [{ name: "S", blocks: [{ start: "B2", rows: [[1, "", null, true]] }] }],
    });
    expect(Buffer.isBuffer(buf)).toBe(true);
    const w = await load(buf);
    expect(w.getWorksheet("S")!.getCell("B2").value).toBe(1);
    expect(w.getWorksheet("S")!.getCell("C2").value).toBeNull();
    expect(w.getWorksheet("S")!.getCell("E2").value).toBe(true);
  });
});
