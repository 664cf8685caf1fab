/**
 * Reading returned review workbooks: answers come back from the cells the form names, and every kind
 * of unusable file (not a zip, truncated, empty, foreign, damaged form data, rearranged or renamed
 * sheets) becomes a named problem instead of an exception. Also the goal-number reader for --goals.
 */
import ExcelJS from "exceljs";
import { readFormWorkbook, readGoalNumbers, plainValue } from "../../src/hosts/xlsx/read-reviews";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { buildRepReviewWorkbook } from "../../src/generators/reviews/rep-workbook";
import { pairMentors } from "../../src/generators/reviews/mentors";
import { FORM_MARKER } from "../../src/generators/reviews/manifest";
import { reviewConfig } from "../../src/schemas/review";

const config = reviewConfig({
  period: "2025-H1",
  feedbackRows: 5,
  competencies: [
    { key: "prospecting", name: { en: "Prospecting", zh: "客户开发" }, weight: 0.5 },
    { key: "teamwork", name: { en: "Teamwork", zh: "团队协作" }, weight: 0.5 },
  ],
});

async function reviewFile(): Promise<Buffer> {
  return writeXlsx(
    buildRepReviewWorkbook({
      locale: "zh-CN",
      rep: { name: "王芳", role: "销售", team: "西区", manager: "李经理", hireDate: null },
      config,
      competencies: config.competencies!,
      kpis: [],
      mentors: pairMentors([], 0, config.mentoring),
    }),
  );
}

async function edit(data: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  change(wb);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The row of the self-review (自评表) whose column A reads `label`, found as a person would. */
function rowOf(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === label) return r;
  throw new Error(`no row "${label}" on ${ws.name}`);
}

describe("reading a returned review", () => {
  let original: Buffer;
  beforeAll(async () => {
    original = await reviewFile();
  });

  it("returns the answers the rep and the manager typed, dates as Excel serials", async () => {
    const filled = await edit(original, (wb) => {
      const self = wb.getWorksheet("自评表")!;
      self.getCell(rowOf(self, "客户开发"), 3).value = "4 Exceeds expectations 超出预期";
      self.getCell(rowOf(self, "本期主要成绩"), 2).value = {
        richText: [{ text: "签下" }, { text: "三个大客户" }],
      };
      const sign = rowOf(self, "销售人员签字");
      self.getCell(sign, 2).value = "王芳";
      self.getCell(sign, 5).value = new Date(Date.UTC(2025, 6, 10)); // 2025-07-10 = 45848
      const manager = wb.getWorksheet("经理评价")!;
      manager.getCell(rowOf(manager, "团队协作"), 3).value = "3 Meets expectations 符合预期";
    });
    const read = await readFormWorkbook(filled, "王芳.xlsx", FORM_MARKER);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.form).toMatchObject({ file: "王芳.xlsx", form: "sales-kit/review", version: 1 });
    expect(read.form.values).toMatchObject({
      "self:prospecting": "4 Exceeds expectations 超出预期",
      "self:teamwork": null,
      "manager:prospecting": null,
      "manager:teamwork": "3 Meets expectations 符合预期",
      "narrative:achievements": "签下三个大客户",
      "sign:rep": "王芳",
      "sign:rep-date": 45848,
      "sign:manager": null,
    });
    expect(read.form.data).toMatchObject({
      rep: { name: "王芳", team: "西区" },
      period: { label: "2025-H1" },
    });
  });

  it.each([
    ["random bytes", () => Buffer.from("this is not a workbook at all")],
    ["an empty file", () => Buffer.alloc(0)],
  ])("reports %s as damaged", async (_name, make) => {
    const read = await readFormWorkbook(make(), "x.xlsx", FORM_MARKER);
    expect(read).toMatchObject({ ok: false, problem: { file: "x.xlsx", kind: "damaged" } });
    if (!read.ok) expect(read.problem.zh).toMatch(/^无法作为 \.xlsx 工作簿打开/);
  });

  it("reports a truncated download as damaged", async () => {
    const read = await readFormWorkbook(
      original.subarray(0, Math.floor(original.length / 2)),
      "cut.xlsx",
      FORM_MARKER,
    );
    expect(read).toMatchObject({ ok: false, problem: { kind: "damaged" } });
  });

  it("reports a workbook that is not a review", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").getCell("A1").value = "team notes";
    const read = await readFormWorkbook(
      Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer),
      "notes.xlsx",
      FORM_MARKER,
    );
    expect(read).toMatchObject({ ok: false, problem: { file: "notes.xlsx", kind: "not-a-form" } });
  });

  it("reports removed and damaged form data", async () => {
    const removed = await edit(original, (wb) => {
      wb.getWorksheet("自评表")!.getCell("J1").value = null;
    });
    expect(await readFormWorkbook(removed, "a.xlsx", FORM_MARKER)).toMatchObject({
      problem: { kind: "not-a-form" },
    });
    const broken = await edit(original, (wb) => {
      wb.getWorksheet("自评表")!.getCell("J1").value = `${FORM_MARKER}{"form": "sales-kit/review", `;
    });
    expect(await readFormWorkbook(broken, "b.xlsx", FORM_MARKER)).toMatchObject({
      problem: { kind: "damaged" },
    });
    const wrongShape = await edit(original, (wb) => {
      wb.getWorksheet("自评表")!.getCell("J1").value =
        `${FORM_MARKER}{"form":"sales-kit/review","version":1,"checks":[],"fields":[{"key":"x","sheet":"s","cell":"not a cell"}]}`;
    });
    expect(await readFormWorkbook(wrongShape, "c.xlsx", FORM_MARKER)).toMatchObject({
      problem: { kind: "damaged" },
    });
  });

  it("reports rows inserted above the competencies as a changed layout, naming the cell", async () => {
    const moved = await edit(original, (wb) => {
      wb.getWorksheet("自评表")!.spliceRows(5, 0, ["an inserted row"]);
    });
    const read = await readFormWorkbook(moved, "moved.xlsx", FORM_MARKER);
    expect(read).toMatchObject({ ok: false, problem: { file: "moved.xlsx", kind: "layout-changed" } });
    if (!read.ok) {
      // Without KPIs the competency header is row 14: its "自评" (self rating) moved down to row 15.
      expect(read.problem.en).toMatch(/^the layout was changed: 自评表!C14 should read "自评" but reads ""/);
      expect(read.problem.zh).toMatch(/^版式已被修改/);
    }
  });

  it("reports a renamed sheet and an overwritten label as a changed layout", async () => {
    const renamed = await edit(original, (wb) => {
      wb.getWorksheet("经理评价")!.name = "Manager";
    });
    const r1 = await readFormWorkbook(renamed, "r.xlsx", FORM_MARKER);
    expect(r1).toMatchObject({ ok: false, problem: { kind: "layout-changed" } });
    if (!r1.ok) expect(r1.problem.en).toContain('sheet "经理评价" is missing or was renamed');
    const relabelled = await edit(original, (wb) => {
      const ws = wb.getWorksheet("自评表")!;
      ws.getCell(rowOf(ws, "团队协作"), 1).value = "Something else";
    });
    expect(await readFormWorkbook(relabelled, "l.xlsx", FORM_MARKER)).toMatchObject({
      ok: false,
      problem: { kind: "layout-changed" },
    });
  });
});

describe("cell values as plain data", () => {
  it("reads what spreadsheet programs store", () => {
    expect(plainValue(new Date(Date.UTC(2025, 0, 1)))).toBe(45658);
    expect(plainValue({ richText: [{ text: "a" }, { text: "b" }] } as ExcelJS.CellValue)).toBe("ab");
    expect(plainValue({ formula: "1+1", result: 2 } as ExcelJS.CellValue)).toBe(2);
    expect(plainValue({ formula: "1+1" } as ExcelJS.CellValue)).toBeNull();
    expect(plainValue({ error: "#N/A" } as ExcelJS.CellValue)).toBe("#N/A");
    expect(plainValue({ text: "site", hyperlink: "https://example.com" } as ExcelJS.CellValue)).toBe("site");
    expect(plainValue(undefined)).toBeNull();
  });
});

describe("reading goal numbers for --goals", () => {
  const headers = {
    rep: ["Rep", "销售人员"],
    metric: ["Metric", "指标"],
    target: ["Target (ramped)", "目标(爬坡后)"],
    actual: ["Actual to date", "累计实际"],
  };

  async function goalBook(
    saved: boolean,
    header = ["Rep", "Team", "Metric", "Target (ramped)", "Actual to date"],
  ) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Goals 2025-Q1");
    ws.getCell("A1").value = "Sales goals";
    ws.getRow(5).values = header;
    const result = (value: number) =>
      saved ? { formula: "SUM(X1:X2)", result: value } : { formula: "SUM(X1:X2)" };
    ws.getRow(7).values = [
      "Li",
      "East",
      "Revenue",
      result(300000) as ExcelJS.CellValue,
      result(330000) as ExcelJS.CellValue,
    ];
    ws.getRow(8).values = ["Li", "East", "Conversion rate", result(0.2) as ExcelJS.CellValue, null];
    ws.getRow(10).values = ["Team total", "", "", 999, 999];
    return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  }

  it("takes saved results of the target and actual columns, one line per rep and metric", async () => {
    const read = await readGoalNumbers(await goalBook(true), "goals.xlsx", headers);
    expect(read).toEqual({
      ok: true,
      sheet: "Goals 2025-Q1",
      rows: [
        { rep: "Li", metric: "Revenue", target: 300000, actual: 330000 },
        { rep: "Li", metric: "Conversion rate", target: 0.2, actual: null },
      ],
    });
  });

  it("refuses a goal workbook whose formulas were never calculated and saved", async () => {
    const read = await readGoalNumbers(await goalBook(false), "goals.xlsx", headers);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.en).toMatch(/formulas without saved results/);
  });

  it("says which headers it looked for when there is no goal sheet", async () => {
    const read = await readGoalNumbers(
      await goalBook(true, ["Name", "Team", "KPI", "Goal", "Result"]),
      "g.xlsx",
      headers,
    );
    expect(read).toMatchObject({ ok: false });
    if (!read.ok)
      expect(read.en).toBe(
        "has no goal sheet (no row with the headers Rep, Metric, Target (ramped), Actual to date)",
      );
  });
});
