/**
 * The Excel-limit scanner of written packages (used on the 1,000-rep workbooks) is shown files that
 * break each limit, and files just inside them, so a scanner that never reports cannot pass.
 * Limits from Microsoft's "Excel specifications and limits": 8,192 characters a formula, 255
 * arguments a function, 32,767 characters a cell, 1,026 manual page breaks a sheet.
 */
import ExcelJS from "exceljs";
import { checkExcelLimits, mostArguments } from "./excel-limits";

async function xlsx(fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet("Calc"));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const ones = (n: number) => Array.from({ length: n }, () => "1").join(",");

describe("counting a call's arguments", () => {
  it.each([
    ["=SUM(A1,B1,C1)", { name: "SUM", count: 3 }],
    ["=TODAY()", { name: "TODAY", count: 0 }],
    // Commas inside text, doubled quotes and quoted sheet names are not separators.
    ['=CONCATENATE("a,b","c""d,e",\'My, Sheet\'!A1)', { name: "CONCATENATE", count: 3 }],
    // An array constant and grouping parentheses are not calls; the outer IF has 3 arguments.
    ["=IF((A1+B1)>0,SUM({1,2,3,4,5}),0)", { name: "IF", count: 3 }],
    // The widest call is the inner one.
    [`=IF(A1,CHOOSE(2,${ones(9)}),0)`, { name: "CHOOSE", count: 10 }],
    ["=A1+B1", null],
  ])("%s", (formula, expected) => {
    expect(mostArguments(formula)).toEqual(expected);
  });
});

describe("checkExcelLimits on written packages", () => {
  it("passes a package just inside every limit", async () => {
    const data = await xlsx((ws) => {
      ws.getCell("A1").value = { formula: `SUM(${ones(255)})` };
      // 8,192 characters with the "=": SUM( + 8,186 + ) = 8,191 without it.
      ws.getCell("A2").value = { formula: `SUM(${"1+".repeat(4092)}11)` };
      ws.getCell("A3").value = "x".repeat(32_767);
      for (let r = 10; r < 10 + 1026; r++) ws.getRow(r).addPageBreak();
    });
    const report = checkExcelLimits(data);
    expect(report.violations).toEqual([]);
    expect(report.widestCall).toBe(255);
    expect(report.longestFormula).toBe(8192);
    expect(report.longestText).toBe(32_767);
  });

  it("names every cell and sheet that passes a limit", async () => {
    const data = await xlsx((ws) => {
      ws.getCell("B1").value = { formula: `SUM(${ones(256)})` };
      ws.getCell("B2").value = { formula: `SUM(${"1+".repeat(4093)}1)` };
      ws.getCell("B3").value = "y".repeat(32_768);
      for (let r = 10; r < 10 + 1027; r++) ws.getRow(r).addPageBreak();
    });
    const report = checkExcelLimits(data);
    expect(report.violations).toEqual([
      "'Calc'!B1: SUM with 256 arguments",
      "'Calc'!B2: formula of 8193 characters",
      "'Calc'!B3: text of 32768 characters",
      "xl/worksheets/sheet1.xml: 1027 manual page breaks",
    ]);
  });
});
