/**
 * Rosters from .xlsx, read through ExcelJS (readSheetRows): the sheet named roster/名单 is read before
 * the first, else the first visible one; hand-written package XML pins what a person reads off the
 * sheet (shared and inline strings, ISO and serial dates, formulas' cached values, errors) with the
 * values worked out by hand; problems name the sheet and the sheet's own row.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readSheetRows, readTable } from "../../src/hosts/xlsx/read-table";
import { readRosterFile } from "../../src/cli/roster-file";
import { formatIssue } from "../../src/schemas/errors";
import { isRosterSheetName } from "../../src/schemas/roster";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A package as other writers make it, part by part: a notes sheet first, the roster second (hidden
 * state on request), shared strings with a rich run and a phonetic run, inline strings, ISO dates.
 */
async function handWritten(rosterXml: string, options: { notesHidden?: boolean } = {}): Promise<Uint8Array> {
  const z = new JSZip();
  z.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  z.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const state = options.notesHidden ? ' state="hidden"' : "";
  z.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Notes" sheetId="1"${state} r:id="rId1"/><sheet name="Team" sheetId="2" r:id="rId2"/></sheets></workbook>`,
  );
  z.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  z.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="3" uniqueCount="3"><si><t>Name</t></si><si><r><t>王</t></r><r><rPr><b/></rPr><t>芳</t></r><rPh sb="0" eb="1"><t>ワン</t></rPh></si><si><t xml:space="preserve">Sales &amp; &lt;Lead&gt;</t></si></sst>`,
  );
  z.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>see Team</t></is></c></row></sheetData></worksheet>`,
  );
  z.file(
    "xl/worksheets/sheet2.xml",
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${rosterXml}</sheetData></worksheet>`,
  );
  return z.generateAsync({ type: "uint8array" });
}

// Row 1 a header of shared and inline strings; row 2 left out (empty); row 3 every kind of value.
const HEADER =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Team</t></is></c><c r="C1" t="inlineStr"><is><t>Hire date</t></is></c><c r="D1" t="inlineStr"><is><t>Quota</t></is></c><c r="E1" t="inlineStr"><is><t>Active</t></is></c><c r="F1" t="inlineStr"><is><t>Check</t></is></c><c r="G1" t="inlineStr"><is><t>Title</t></is></c><c r="H1" t="inlineStr"><is><t>Note</t></is></c></row>';
const VALUES =
  '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="str"><f>"Ea"&amp;"st"</f><v>East</v></c><c r="C3" t="d"><v>2026-03-01T00:00:00Z</v></c><c r="D3"><f>1-1</f><v>0</v></c><c r="E3" t="b"><f>1=2</f><v>0</v></c><c r="F3" t="e"><v>#N/A</v></c><c r="G3" t="s"><v>2</v></c><c r="H3" t="inlineStr"><is><t>line_x000D_two</t></is></c></row>' +
  '<row r="4"><c r="A4" t="inlineStr"><is><t>Ann Lee</t></is></c><c r="B4" t="inlineStr"><is><t>East</t></is></c><c r="C4"><v>45853</v></c><c r="D4"><f>200000*1.5</f><v>300000</v></c><c r="E4" t="b"><v>1</v></c></row>';

describe("readSheetRows", () => {
  it("reads what a person sees: shared and inline strings, dates, cached formula values, errors", async () => {
    const team = await readSheetRows(await handWritten(HEADER + VALUES), {
      preferSheet: (name) => name === "Team",
    });
    if (!team.ok) throw new Error(team.error.en);
    expect(team.value.sheets).toEqual(["Notes", "Team"]);
    expect(team.value.sheet).toBe("Team");
    expect(team.value.rows).toEqual([
      { row: 1, cells: ["Name", "Team", "Hire date", "Quota", "Active", "Check", "Title", "Note"] },
      {
        row: 3,
        // 2026-03-01: 2026-01-01 is serial 46023 (2025-01-01 = 45658, + 365), + 31 + 28 days = 46082.
        // The cached results 0 and FALSE are data, not blanks; the phonetic run is not part of the name.
        cells: ["王芳", "East", 46082, 0, false, "#N/A", "Sales & <Lead>", "line\rtwo"],
      },
      { row: 4, cells: ["Ann Lee", "East", 45853, 300000, true] },
    ]);
  });

  it("reads the first visible sheet when none is named as a roster", async () => {
    const r = await readSheetRows(await handWritten(HEADER, { notesHidden: true }), {
      preferSheet: isRosterSheetName,
    });
    expect(r.ok && r.value.sheet).toBe("Team");
  });

  it("names a zip that is no workbook instead of throwing, in both languages", async () => {
    // An empty zip: only the end-of-central-directory record.
    const empty = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    const r = await readSheetRows(empty);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.en).toMatch(/not a readable \.xlsx file|has no worksheet/);
    expect(!r.ok && r.error.zh).toMatch(/不是可读取的 \.xlsx 文件|没有工作表/);
  });

  it("refuses a part larger than the caller's limit before inflating it", async () => {
    const big = await handWritten(HEADER + '<row r="5"></row>'.repeat(20_000));
    const r = await readSheetRows(big, { maxPartBytes: 100_000, fileName: "team.xlsx" });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.en).toMatch(/^team\.xlsx: expands to 1 MB \(xl\/worksheets\/sheet2\.xml\)/);
    expect(!r.ok && r.error.zh).toMatch(/^team\.xlsx：解压后达 1 MB/);
  });
});

async function rosterWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet("说明");
  notes.getCell("A1").value = "本工作簿的名单在“名单”工作表";
  const ws = wb.addWorksheet("名单");
  ws.addRow(["姓名", "职位", "团队", "经理", "入职日期", "销售指标"]);
  ws.addRow(["王芳", "客户经理", "华东", "周强", new Date(Date.UTC(2026, 2, 1)), 300000]);
  ws.addRow([]);
  ws.addRow([
    { richText: [{ text: "李" }, { text: "伟", font: { bold: true } }] },
    "销售 & <主管>",
    "华南",
    "周强",
    "2025-07-15",
    { formula: "200000*1.5", result: 300000 },
  ]);
  ws.addRow(["Ann Lee", "AE", "East", "", null, "30万"]);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

describe("roster files on the command line", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roster-xlsx-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads a roster .xlsx: names, dates as serials, quotas as people type them", async () => {
    fs.writeFileSync(path.join(dir, "team.xlsx"), await rosterWorkbook());
    const r = await readRosterFile(dir, "team.xlsx");
    if (!r.ok) throw new Error(r.issues.map((i) => formatIssue(i, "en-US")).join("\n"));
    expect(r.value.map((rep) => [rep.name, rep.team, rep.hireDate, rep.quota])).toEqual([
      ["王芳", "华东", 46082, 300000],
      // 2025-07-15: 45658 (2025-01-01) + 31 + 28 + 31 + 30 + 31 + 30 + 14 = 45853.
      ["李伟", "华南", 45853, 300000],
      // 30万 = 300,000.
      ["Ann Lee", "East", null, 300000],
    ]);
  });

  it("names the sheet and the sheet's own row in a problem", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("说明").addRow(["x"]);
    const ws = wb.addWorksheet("名单");
    ws.addRow(["姓名", "团队", "入职日期"]);
    ws.addRow(["王芳", "华东", "明天"]);
    fs.writeFileSync(
      path.join(dir, "bad.xlsx"),
      new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer),
    );
    const r = await readRosterFile(dir, "bad.xlsx");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatIssue(r.issues[0], "zh-CN")).toMatch(
      /^bad\.xlsx \[名单\]，第 2 行，入职日期："明天" 不是日期/,
    );
  });

  it("names a picture given as the roster, in English and Chinese", async () => {
    fs.writeFileSync(
      path.join(dir, "team.png"),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
    );
    const r = await readRosterFile(dir, "team.png");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0].en).toBe("is a PNG image, not a CSV or .xlsx file; give the roster as CSV or .xlsx");
    expect(r.issues[0].zh).toBe("是PNG 图片，不是 CSV 或 .xlsx 文件；请提供 CSV 或 .xlsx 格式的名单");
  });
});

describe("readTable refuses what is not a table", () => {
  it("names a PNG given as a CRM export instead of reading one column of garbage", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]);
    const r = await readTable(png, { fileName: "deals.png" });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.en).toBe("deals.png: this is a PNG image, not a CSV or .xlsx file");
    expect(!r.ok && r.error.zh).toBe("deals.png：这是PNG 图片，不是 CSV 或 .xlsx 文件");
  });
});
