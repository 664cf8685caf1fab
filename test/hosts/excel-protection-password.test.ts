/**
 * The Excel host protects a sheet with the spec's password through
 * WorksheetProtection.protect(options, password): "[Api set: ExcelApi 1.2 for options; 1.7 for
 * password]" (Excel JavaScript API reference, WorksheetProtection). The fake refuses the password on
 * an older Excel; the host then protects without it and reports the password as left out.
 */
import { applyWorkbookSpec } from "../../src/hosts/excel";
import { generateGoalWorkbook } from "../../src/generators/goals";
import { validateGoalInput } from "../../src/schemas/goals";
import { parseRosterCsv } from "../../src/schemas/roster";
import type { WorkbookSpec } from "../../src/workbook";
import { FakeExcel } from "../support/fake-excel";

function write(fake: FakeExcel, spec: WorkbookSpec) {
  return fake.run((ctx) =>
    applyWorkbookSpec(ctx as unknown as Excel.RequestContext, spec, { isSetSupported: fake.isSetSupported }),
  );
}

const SPEC = (password?: string): WorkbookSpec => ({
  sheets: [
    {
      name: "Inputs",
      blocks: [{ start: "A1", rows: [["Target", 1000]] }],
      styles: [{ range: "B1", style: "input" }],
      protection: { allowSort: true, ...(password ? { password } : {}) },
    },
  ],
});

async function unprotect(fake: FakeExcel, password?: string): Promise<void> {
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Inputs").protection.unprotect(password);
    await ctx.sync();
  });
}

describe("sheet protection password in the Excel host", () => {
  it("the fake takes protect(options, password) on ExcelApi 1.7 and refuses it before", async () => {
    const old = new FakeExcel({ apiVersion: "1.6" });
    await expect(
      old.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").protection.protect({ allowSort: true }, "pw");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    // Options alone are ExcelApi 1.2.
    await old.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").protection.protect({ allowSort: true });
      await ctx.sync();
    });
    expect(old.snapshot().sheets.find((s) => s.name === "Sheet1")!.protection).toEqual({
      options: { allowSort: true },
    });
  });

  it("passes the password on Excel 1.7 and later: unprotecting then needs it", async () => {
    const fake = new FakeExcel({ apiVersion: "1.7" });
    const result = await write(fake, SPEC("s3cret"));
    expect(result.skipped).toEqual([]);
    const sheet = fake.snapshot().sheets.find((s) => s.name === "Inputs")!;
    expect(sheet.protection).toMatchObject({ password: "s3cret", options: { allowSort: true } });
    await expect(unprotect(fake)).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(unprotect(fake, "wrong")).rejects.toMatchObject({ code: "InvalidOperation" });
    await unprotect(fake, "s3cret");
    expect(fake.snapshot().sheets.find((s) => s.name === "Inputs")!.protection).toBeNull();
  });

  it("without a password, any Excel protects the sheet without one", async () => {
    const fake = new FakeExcel({ apiVersion: "1.6" });
    const result = await write(fake, SPEC());
    expect(result.skipped).toEqual([]);
    expect(fake.snapshot().sheets.find((s) => s.name === "Inputs")!.protection).toEqual({
      options: {
        allowSort: true,
        allowAutoFilter: false,
        allowFormatColumns: false,
        selectionMode: "Normal",
      },
    });
  });

  it("on Excel before 1.7 protects without the password and says the password was left out", async () => {
    const fake = new FakeExcel({ apiVersion: "1.6" });
    const result = await write(fake, SPEC("s3cret"));
    const sheet = fake.snapshot().sheets.find((s) => s.name === "Inputs")!;
    expect(sheet.protection).not.toBeNull();
    expect(sheet.protection).not.toHaveProperty("password");
    expect(result.skipped).toEqual([
      expect.objectContaining({
        sheet: "Inputs",
        feature: "sheet protection password",
        requires: "ExcelApi 1.7",
      }),
    ]);
    expect(result.skipped[0].zh).toContain("工作表保护密码");
  });

  it("a goal workbook generated with a password reaches every protected sheet with it", async () => {
    const roster = parseRosterCsv("name,team,manager,hire date\nLi Wei,East,Zhou Min,2019-04-15\n");
    if (!roster.ok) throw new Error("roster");
    const plan = validateGoalInput(roster.value, {
      period: "2027-Q1",
      metrics: [{ id: "revenue", weight: 1, target: 300000 }],
    });
    if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
    const spec = generateGoalWorkbook(plan.value, { password: "目标-2027" });
    const fake = new FakeExcel();
    await write(fake, spec);
    const sheets = fake.snapshot().sheets.filter((s) => spec.sheets.some((x) => x.name === s.name));
    expect(sheets).toHaveLength(5);
    for (const s of sheets) expect(s.protection).toMatchObject({ password: "目标-2027" });
  });
});
