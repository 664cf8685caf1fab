/**
 * Rosters from .xlsx: the CLI's synchronous sheet reader gives the cells ExcelJS (an independent
 * reader) gives for the same file; the sheet named roster/名单 is read before the first; the roster
 * that comes out has the values a person reads off the sheet (dates as Excel serials worked out by hand).
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { readSheetRowsSync } from "../../src/hosts/xlsx/read-sheet-sync";
import { readTable } from "../../src/hosts/xlsx/read-table";
import { readRosterFile } from "../../src/cli/roster-file";
import { formatIssue } from "../../src/schemas/errors";
import { isRosterSheetName } from "../../src/schemas/roster";

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

describe("readSheetRowsSync", () => {
  it("reads the 名单 sheet with the cells ExcelJS reads", async () => {
    const bytes = await rosterWorkbook();
    const sync = readSheetRowsSync(bytes, { prefer: isRosterSheetName });
    expect(sync.ok).toBe(true);
    if (!sync.ok) return;
    expect(sync.value.sheet).toBe("名单");
    expect(sync.value.sheets).toEqual(["说明", "名单"]);
    const exceljs = await readTable(bytes, { preferSheet: isRosterSheetName });
    expect(exceljs.ok).toBe(true);
    if (!exceljs.ok) return;
    expect(exceljs.table.sheet).toBe("名单");
    const fromExcelJs = [
      { row: exceljs.table.headerRow, cells: exceljs.table.header },
      ...exceljs.table.rows.map((r) => ({ row: r.row, cells: r.cells })),
    ];
    expect(sync.value.rows).toEqual(fromExcelJs);
    // 2026-03-01: 2026-01-01 is serial 46023 (2025-01-01 = 45658, + 365), + 31 + 28 days.
    expect(sync.value.rows[1]).toEqual({
      row: 2,
      cells: ["王芳", "客户经理", "华东", "周强", 46082, 300000],
    });
    expect(sync.value.rows[2].row).toBe(4);
    expect(sync.value.rows[2].cells.slice(0, 2)).toEqual(["李伟", "销售 & <主管>"]);
  });

  it("reads the first visible sheet when none is named as a roster", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Hidden", { state: "hidden" }).addRow(["x"]);
    wb.addWorksheet("Team").addRow(["name", "team"]);
    wb.getWorksheet("Team")!.addRow(["Ann", "East"]);
    const r = readSheetRowsSync(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), {
      prefer: isRosterSheetName,
    });
    expect(r.ok && r.value.sheet).toBe("Team");
    expect(r.ok && r.value.rows).toEqual([
      { row: 1, cells: ["name", "team"] },
      { row: 2, cells: ["Ann", "East"] },
    ]);
  });

  it("names a zip that is no workbook instead of throwing", () => {
    // An empty zip: only the end-of-central-directory record.
    const empty = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    const r = readSheetRowsSync(empty);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.en).toMatch(/is not a readable \.xlsx workbook/);
    expect(!r.ok && r.zh).toMatch(/不是可读取的 \.xlsx 工作簿/);
  });
});

describe("roster files on the command line", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roster-xlsx-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads a roster .xlsx: names, dates as serials, quotas as people type them", async () => {
    fs.writeFileSync(path.join(dir, "team.xlsx"), await rosterWorkbook());
    const r = readRosterFile(dir, "team.xlsx");
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
    const r = readRosterFile(dir, "bad.xlsx");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatIssue(r.issues[0], "zh-CN")).toMatch(/^bad\.xlsx \[名单\],第 2 行,入职日期:"明天" 不是日期/);
  });

  it("names a picture given as the roster, in English and Chinese", () => {
    fs.writeFileSync(
      path.join(dir, "team.png"),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
    );
    const r = readRosterFile(dir, "team.png");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0].en).toBe("is a PNG image, not a CSV or .xlsx file; give the roster as CSV or .xlsx");
    expect(r.issues[0].zh).toBe("是PNG 图片,不是 CSV 或 .xlsx 文件;请提供 CSV 或 .xlsx 格式的名单");
  });
});

describe("readTable refuses what is not a table", () => {
  it("names a PNG given as a CRM export instead of reading one column of garbage", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]);
    const r = await readTable(png, { fileName: "deals.png" });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.en).toBe("deals.png: this is a PNG image, not a CSV or .xlsx file");
    expect(!r.ok && r.error.zh).toBe("deals.png: 这是PNG 图片,不是 CSV 或 .xlsx 文件");
  });
});
