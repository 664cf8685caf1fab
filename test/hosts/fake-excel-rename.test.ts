/**
 * Renaming a sheet in the fake Excel rewrites every reference to it, as Excel does (a sheet's name
 * is part of each formula that reads it; renaming in Excel's UI or by Worksheet.name keeps those
 * formulas reading the same cells): formulas in other sheets and the sheet itself, quoted names
 * ('My Sheet'!A1, names with a quote doubled), defined names of workbook and sheet scope, chart
 * series and sources. Text in string literals and references to other sheets whose names merely
 * contain the old one stay as they were. Deleting a sheet turns the references to it into #REF!
 * (which is why a dashboard made before a history sheet was replaced shows #REF! until refreshed).
 * The expected formulas are written out by hand.
 */
import { FakeExcel } from "../support/fake-excel";
import { renameSheetInFormula } from "../support/fake-excel/rename";

describe("renameSheetInFormula (Excel's rewrite on rename)", () => {
  it.each([
    ["=Data!A1+1", "Data", "New data", "='New data'!A1+1"],
    ["='My Sheet'!A1*'my sheet'!$B$2", "My Sheet", "Plain", "=Plain!A1*Plain!$B$2"],
    ["=SUM('O''Brien'!A1:A3)", "O'Brien", "Q's", "=SUM('Q''s'!A1:A3)"],
    ['="Data!A1"&Data!A1', "Data", "数据", "=\"Data!A1\"&'数据'!A1"],
    ["=OldData!A1+Data!A1+'Data (2)'!A1", "Data", "D", "=OldData!A1+D!A1+'Data (2)'!A1"],
    ["=SUMIFS('CRM data'!$F:$F,'CRM data'!$B:$B,A2)", "CRM data", "CRM", "=SUMIFS(CRM!$F:$F,CRM!$B:$B,A2)"],
  ])("%s renaming %s to %s", (formula, from, to, expected) => {
    expect(renameSheetInFormula(formula, from, to)).toBe(expected);
  });
});

describe("Worksheet.name set on the fake", () => {
  it("rewrites formulas of every sheet, defined names and chart series", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "My Data" }, { name: "Report" }] });
    const ctx = fake.context();
    const data = ctx.workbook.worksheets.getItem("My Data");
    const report = ctx.workbook.worksheets.getItem("Report");
    data.getRange("A1:B2").values = [
      ["Month", 10],
      ["Feb", 20],
    ];
    data.getRange("C1").formulas = [["=B1*2"]];
    report.getRange("A1:B1").formulas = [["='My Data'!B1+'My Data'!B2", "=\"'My Data'!B1\""]];
    ctx.workbook.names.add("Total", "='My Data'!$B$1:$B$2");
    report.names.add("First", "='My Data'!$B$1");
    const chart = report.charts.add("ColumnClustered", data.getRange("A1:B2"), "Columns");
    chart.series.getItemAt(0).name = "Units";
    await ctx.sync();

    const rename = fake.context();
    rename.workbook.worksheets.getItem("My Data").name = "Deals";
    await rename.sync();

    const snap = fake.snapshot();
    const reportSheet = snap.sheets.find((s) => s.name === "Report")!;
    expect(reportSheet.cells.A1.content).toEqual({ formula: "=Deals!B1+Deals!B2" });
    // A string that looks like a reference is text, not a reference.
    expect(reportSheet.cells.B1.content).toEqual({ formula: "=\"'My Data'!B1\"" });
    expect(snap.sheets.find((s) => s.name === "Deals")!.cells.C1.content).toEqual({ formula: "=B1*2" });
    expect(JSON.stringify(snap)).not.toContain("'My Data'!$B");
    expect(JSON.stringify(snap)).toContain("=Deals!$B$1:$B$2");
    expect(JSON.stringify(snap)).toContain("=Deals!$B$1");
    expect(JSON.stringify(reportSheet)).toContain("Deals!A1:B2");
    expect(reportSheet.charts[0].series[0]).toEqual({
      name: "Units",
      values: "Deals!B1:B2",
      categories: "Deals!A1:A2",
    });
  });

  it("turns references to a deleted sheet into #REF!, as Excel does, and a later sheet of that name does not revive them", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "History" }, { name: "Dashboard" }] });
    const ctx = fake.context();
    ctx.workbook.worksheets.getItem("History").getRange("A1").values = [[5]];
    ctx.workbook.worksheets.getItem("Dashboard").getRange("A1:B1").formulas = [["=History!A1*2", "=1+1"]];
    await ctx.sync();
    const replace = fake.context();
    const fresh = replace.workbook.worksheets.add("History (2)");
    fresh.getRange("A1").values = [[7]];
    fresh.activate();
    replace.workbook.worksheets.getItem("History").delete();
    fresh.name = "History";
    await replace.sync();
    const dashboard = fake.snapshot().sheets.find((s) => s.name === "Dashboard")!;
    expect(dashboard.cells.A1.content).toEqual({ formula: "=#REF!A1*2" });
    expect(dashboard.cells.B1.content).toEqual({ formula: "=1+1" });
  });
});
