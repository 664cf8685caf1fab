/**
 * @jest-environment jsdom
 */
/**
 * The pane's roster inputs (pasted rows and files) follow the CLI's rules (issue 20): names equal up
 * to case or full-width letters and an unterminated quote are refused naming their rows; a file that
 * is not text or is too large is named as such, in English and Chinese.
 */
import { formatIssue } from "../../src/schemas/errors";
import { MAX_ROSTER_BYTES, rosterFromFile, rosterFromText } from "../../src/taskpane/roster-input";

const HEADER = "姓名,职位,团队,经理,入职日期";

describe("pane roster input", () => {
  it("refuses pasted names that differ only in case or width, naming both rows", () => {
    const state = rosterFromText(
      [HEADER, "Li Wei,AE,East,Zhou,2022-01-10", "ＬＩ ＷＥＩ,AE,East,Zhou,2022-01-10"].join("\n"),
      "pasted rows",
    );
    expect(state.reps).toEqual([]);
    expect(formatIssue(state.issues[0], "zh-CN")).toBe(
      'pasted rows，第 3 行，姓名："ＬＩ ＷＥＩ"（第 3 行）与"Li Wei"（第 2 行）仅大小写、全角/半角或空格不同，视为同一姓名；每位销售人员只写一次，写法一致',
    );
  });

  it("refuses a paste with an unterminated quote instead of reading fewer reps", () => {
    const state = rosterFromText(
      [HEADER, "A,AE,East,Zhou,", '"B,AE,East,Zhou,', "C,AE,East,Zhou,", "D,AE,East,Zhou,"].join("\n"),
      "pasted rows",
    );
    expect(state.reps).toEqual([]);
    expect(state.issues[0]).toMatchObject({
      row: 3,
      en: expect.stringMatching(/^the quotes \(".*do not pair up/),
    });
  });

  it("reads a roster .xlsx from its 名单 sheet, as the CLI does", async () => {
    // jsdom lacks the TextDecoder every browser has; the zip reader needs it.
    globalThis.TextDecoder ??= (await import("util")).TextDecoder as unknown as typeof TextDecoder;
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Summary").addRow(["Q1"]);
    const ws = wb.addWorksheet("名单");
    ws.addRow(["姓名", "团队", "入职日期", "销售指标"]);
    // 2026-03-01 is serial 46082 (2026-01-01 = 46023, + 31 + 28); 30万 = 300,000.
    ws.addRow(["王芳", "华东", new Date(Date.UTC(2026, 2, 1)), "30万"]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const state = await rosterFromFile(new Blob([bytes]), "team.xlsx");
    expect(state.issues).toEqual([]);
    expect(state.reps).toEqual([
      { name: "王芳", role: "", team: "华东", manager: "", hireDate: 46082, quota: 300000 },
    ]);
  });

  it("names a file that is not text, and refuses a file over the cap before reading it", async () => {
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])]);
    const state = await rosterFromFile(png, "team.png");
    expect(state.issues.map((i) => formatIssue(i, "en-US"))).toEqual([
      "team.png: is a PNG image, not a CSV or .xlsx file; give the roster as CSV or .xlsx",
    ]);
    // A Blob that reports a size over the cap: its bytes are never asked for.
    const huge = { size: MAX_ROSTER_BYTES + 1 } as Blob;
    const big = await rosterFromFile(huge, "huge.csv");
    expect(big.issues[0].en).toBe("is 16.0 MB; a roster of at most 16.0 MB is read");
    expect(big.issues[0].zh).toContain("名单最多读取 16.0 MB");
  });
});
