/**
 * The oracle itself: formulas of every kind the generators use, written with plain ExcelJS (no cached
 * results), recalculated by LibreOffice and checked against values worked out here by hand and in JS.
 */
import ExcelJS from "exceljs";
import { describeWithLibreOffice, expectClose, recalculate } from "./libreoffice";
import { sofficeTimeLimits } from "../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const SALES: [string, string, number, number, number][] = [
  // Rep, Region, Month, Amount, Target
  ["Li Wei", "East", 1, 120000, 100000],
  ["Zhang Min", "West", 1, 80000, 100000],
  ["Li Wei", "East", 2, 95000, 100000],
  ["Chen Jie", "East", 2, 130000, 120000],
  ["Zhang Min", "West", 2, 110000, 100000],
];
/** Attainment lower bounds and commission rates (approximate-match tier table). */
const TIERS: [number, number][] = [
  [0, 0],
  [0.8, 0.02],
  [1, 0.05],
  [1.2, 0.08],
];

/** Excel serial of a calendar date (1900 system, valid after February 1900). */
function serial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Monday-Friday days from a to b inclusive, minus holidays: a plain loop, independent of both engines. */
function workingDays(a: number, b: number, holidays: number[] = []): number {
  let n = 0;
  for (let s = a; s <= b; s++) {
    const day = new Date(Date.UTC(1899, 11, 30) + s * 86_400_000).getUTCDay();
    if (day !== 0 && day !== 6 && !holidays.includes(s)) n++;
  }
  return n;
}

interface Case {
  address: string;
  formula: string;
  expected: number | string | boolean | { error: string };
  numFmt?: string;
}

// Functions newer than Excel 2007 carry the "_xlfn." prefix inside a file (Office.js and the
// formula bar show them without it); un-prefixed, LibreOffice and Excel both answer #NAME?.
const amounts = SALES.map((r) => r[3]);
const CASES: Case[] = [
  // 120000*100000 + 80000*100000 + 95000*100000 + 130000*120000 + 110000*100000
  {
    address: "B1",
    formula: "SUMPRODUCT('Sales Data'!D2:D6,'Sales Data'!E2:E6)",
    expected: SALES.reduce((s, r) => s + r[3] * r[4], 0),
  },
  // East: 120000 + 95000 + 130000 = 345000
  {
    address: "B2",
    formula: "SUMPRODUCT(('Sales Data'!B2:B6=\"East\")*'Sales Data'!D2:D6)",
    expected: 345000,
  },
  // Li Wei in months >= 1: 120000 + 95000
  {
    address: "B3",
    formula: "SUMIFS('Sales Data'!D2:D6,'Sales Data'!A2:A6,\"Li Wei\",'Sales Data'!C2:C6,\">=1\")",
    expected: 215000,
  },
  // West rows over 100000: only Zhang Min month 2 (110000)
  {
    address: "B4",
    formula: "COUNTIFS('Sales Data'!B2:B6,\"West\",'Sales Data'!D2:D6,\">100000\")",
    expected: 1,
  },
  // Chen Jie is the 4th rep row: 130000
  {
    address: "B5",
    formula: "INDEX('Sales Data'!D2:D6,MATCH(\"Chen Jie\",'Sales Data'!A2:A6,0))",
    expected: 130000,
  },
  // Approximate matches over the tier table: 1.05 falls in [1, 1.2) -> 5%
  { address: "B6", formula: "VLOOKUP(1.05,Tiers!A2:B5,2,TRUE)", expected: 0.05 },
  // 0.85 falls in [0.8, 1) -> 2%
  { address: "B7", formula: "INDEX(Tiers!B2:B5,MATCH(0.85,Tiers!A2:A5,1))", expected: 0.02 },
  // 1.3 is above the last bound -> 8%
  { address: "B8", formula: "LOOKUP(1.3,Tiers!A2:A5,Tiers!B2:B5)", expected: 0.08 },
  // Exactly on a bound takes that tier: 0.8 -> 2%
  { address: "B9", formula: "VLOOKUP(0.8,Tiers!$A$2:$B$5,2,TRUE)", expected: 0.02 },
  { address: "B10", formula: 'IFERROR(1/0,"n/a")', expected: "n/a" },
  { address: "B11", formula: "IFERROR(MATCH(\"Nobody\",'Sales Data'!A2:A6,0),-1)", expected: -1 },
  // 2/3 = 0.6666... -> 0.67
  { address: "B12", formula: "ROUND(2/3,2)", expected: 0.67 },
  { address: "B13", formula: "ROUND(1234.5678,-2)", expected: 1200 },
  { address: "B14", formula: "ROUNDUP(1.231,2)", expected: 1.24 },
  { address: "B15", formula: "ROUNDDOWN(-1.239,2)", expected: -1.23 },
  // January 2027 starts on a Friday: 1 + 4 full weeks = 21 working days
  { address: "B16", formula: "NETWORKDAYS(DATE(2027,1,1),DATE(2027,1,31))", expected: 21 },
  {
    address: "B17",
    formula: "NETWORKDAYS(DATE(2027,1,1),DATE(2027,3,31),Holidays)",
    expected: workingDays(serial(2027, 1, 1), serial(2027, 3, 31), [serial(2027, 1, 1), serial(2027, 2, 12)]),
  },
  // One month after 31 January 2027 is the last day of February
  {
    address: "B18",
    formula: "EDATE(DATE(2027,1,31),1)",
    expected: serial(2027, 2, 28),
    numFmt: "yyyy-mm-dd",
  },
  { address: "B19", formula: "EDATE(DATE(2027,3,15),-3)", expected: serial(2026, 12, 15) },
  { address: "B20", formula: "EOMONTH(DATE(2028,2,10),0)", expected: serial(2028, 2, 29) },
  // Cross-sheet reference
  { address: "B21", formula: "'Sales Data'!D2*2", expected: 240000 },
  // Workbook-scoped defined names, one over a column and one over a single cell
  { address: "B22", formula: "SUM(Amounts)", expected: amounts.reduce((a, b) => a + b, 0) },
  { address: "B23", formula: "Amounts_First/1000", expected: 120 },
  { address: "B24", formula: "1/0", expected: { error: "#DIV/0!" } },
  { address: "B25", formula: "NA()", expected: { error: "#N/A" } },
  { address: "B26", formula: "AND(TRUE,'Sales Data'!D2>'Sales Data'!E2)", expected: true },
  { address: "B27", formula: '"Q"&1', expected: "Q1" },
  // Zhang Min's best month: 110000
  {
    address: "B28",
    formula: "_xlfn.MAXIFS('Sales Data'!D2:D6,'Sales Data'!A2:A6,\"Zhang Min\")",
    expected: 110000,
  },
  // East average: 345000 / 3 = 115000
  { address: "B29", formula: "AVERAGEIFS('Sales Data'!D2:D6,'Sales Data'!B2:B6,\"East\")", expected: 115000 },
  { address: "B30", formula: '_xlfn.IFS(B6>=0.05,"high",B6>0,"low")', expected: "high" },
  { address: "B31", formula: '_xlfn.IFNA(MATCH(2.5,Tiers!A2:A5,0),"none")', expected: "none" },
  // Attainment 120000/100000 = 1.2 -> top tier 8% -> 9600 commission
  {
    address: "B32",
    formula: "ROUND('Sales Data'!D2*VLOOKUP('Sales Data'!D2/'Sales Data'!E2,Tiers!A2:B5,2,TRUE),2)",
    expected: 9600,
  },
  // An empty referenced cell counts as 0 and a blank result stays ""
  { address: "B33", formula: "Z99+0", expected: 0 },
  { address: "B34", formula: 'IF(Z99="","",1)', expected: "" },
  { address: "B35", formula: "SUMIF('Sales Data'!C2:C6,2,'Sales Data'!D2:D6)", expected: 335000 },
];

async function buildWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet("Sales Data");
  data.addRow(["Rep", "Region", "Month", "Amount", "Target"]);
  for (const r of SALES) data.addRow(r);
  const tiers = wb.addWorksheet("Tiers");
  tiers.addRow(["From", "Rate"]);
  for (const t of TIERS) tiers.addRow(t);
  tiers.getCell("D1").value = "Holidays";
  tiers.getCell("D2").value = { formula: "DATE(2027,1,1)" } as ExcelJS.CellFormulaValue;
  tiers.getCell("D3").value = { formula: "DATE(2027,2,12)" } as ExcelJS.CellFormulaValue;
  wb.definedNames.add("'Sales Data'!$D$2:$D$6", "Amounts");
  wb.definedNames.add("'Sales Data'!$D$2", "Amounts_First");
  wb.definedNames.add("Tiers!$D$2:$D$3", "Holidays");
  const calc = wb.addWorksheet("Checks 检查");
  for (const c of CASES) {
    const cell = calc.getCell(c.address);
    cell.value = { formula: c.formula } as ExcelJS.CellFormulaValue;
    if (c.numFmt) cell.numFmt = c.numFmt;
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describeWithLibreOffice("LibreOffice oracle", () => {
  it("recalculates every kind of formula the generators write", async () => {
    const results = await recalculate([{ name: "kinds", data: await buildWorkbook() }]);
    const wb = results.get("kinds")!;
    expect(wb.sheetNames()).toEqual(["Sales Data", "Tiers", "Checks 检查"]);
    for (const c of CASES) {
      const got = wb.get("Checks 检查", c.address);
      try {
        if (typeof c.expected === "number") expectClose(got, c.expected);
        else expect(got).toEqual(c.expected);
      } catch (e) {
        throw new Error(`${c.address} =${c.formula}: ${(e as Error).message}`);
      }
    }
    // Plain values come back as written.
    expect(wb.get("Sales Data", "A4")).toBe("Li Wei");
    expect(wb.get("Sales Data", "D6")).toBe(110000);
    expect(wb.get("Sales Data", "H1")).toBeNull();
  });

  it("recalculates several files in one call and keys them by name", async () => {
    const make = async (n: number) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = n;
      ws.getCell("A2").value = { formula: "A1*A1+1" } as ExcelJS.CellFormulaValue;
      return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    };
    const files = await Promise.all(
      [3, 7, 11].map(async (n) => ({ name: `sq/${n} 平方`, data: await make(n) })),
    );
    const results = await recalculate(files);
    expect([...results.keys()]).toEqual(["sq/3 平方", "sq/7 平方", "sq/11 平方"]);
    expect(results.get("sq/3 平方")!.get("S", "A2")).toBe(10);
    expect(results.get("sq/7 平方")!.get("S", "A2")).toBe(50);
    expect(results.get("sq/11 平方")!.get("S", "A2")).toBe(122);
  });

  it("ignores stale cached results and recomputes them", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 4;
    // A wrong cached result, as a file saved by another program might carry.
    ws.getCell("A2").value = { formula: "A1*10", result: 999 } as ExcelJS.CellFormulaValue;
    const data = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const results = await recalculate([{ name: "stale", data }]);
    expect(results.get("stale")!.get("S", "A2")).toBe(40);
  });

  it("runs concurrent calls on separate profiles", async () => {
    const make = async (n: number) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("S").getCell("A1").value = { formula: `${n}*2` } as ExcelJS.CellFormulaValue;
      return { name: `n${n}`, data: Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer) };
    };
    const [a, b] = await Promise.all([recalculate([await make(1)]), recalculate([await make(2)])]);
    expect(a.get("n1")!.get("S", "A1")).toBe(2);
    expect(b.get("n2")!.get("S", "A1")).toBe(4);
  });
});

describe("expectClose", () => {
  it("accepts values within a relative tolerance and rejects others", () => {
    expect(() => expectClose(1e6 + 1e-4, 1e6)).not.toThrow();
    expect(() => expectClose(1e6 + 1, 1e6)).toThrow(/expected 1000000/);
    expect(() => expectClose(1e-12, 0)).not.toThrow();
    expect(() => expectClose("1", 1)).toThrow(/a number/);
    expect(() => expectClose({ error: "#N/A" }, 1)).toThrow(/#N\/A/);
    expect(() => expectClose(1.01, 1, 0.02)).not.toThrow();
  });
});
