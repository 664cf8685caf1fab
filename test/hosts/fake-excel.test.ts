/**
 * The fake Excel refuses what Excel refuses (per the Office.js documentation and Excel's behaviour),
 * so the host tests cannot pass against a fake that is more forgiving than the real thing.
 */
import { FakeExcel, FakeOfficeError, REQUEST_LIMIT } from "../support/fake-excel";

async function attempt(
  fake: FakeExcel,
  fn: (ctx: ReturnType<FakeExcel["context"]>) => void,
): Promise<unknown> {
  const ctx = fake.context();
  fn(ctx);
  return ctx.sync().then(
    () => null,
    (e: unknown) => e,
  );
}

describe("fake Excel", () => {
  it("queues calls until sync and refuses reads of properties not loaded", async () => {
    const fake = new FakeExcel();
    const ctx = fake.context();
    const sheets = ctx.workbook.worksheets.load("items/name");
    expect(() => sheets.items).toThrow(/not available/);
    ctx.workbook.worksheets.add("New");
    expect(fake.snapshot().sheets).toHaveLength(1);
    await ctx.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(fake.snapshot().sheets.map((s) => s.name)).toEqual(["Sheet1", "New"]);
    expect(fake.syncCount).toBe(1);
  });

  it("parses typed text as Excel does: formulas, numbers, dates, and the ' text prefix", async () => {
    const fake = new FakeExcel();
    await attempt(fake, (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:F1").values = [
        ["=1+1", "12%", "2027-01-31", "TRUE", "'=1+1", "text"],
      ];
    });
    const cells = fake.snapshot().sheets[0].cells;
    expect(cells.A1.content).toEqual({ formula: "=1+1" });
    expect(cells.B1.content).toEqual({ value: 0.12 });
    // 2027-01-31 is serial 46418 (2027-01-01 = 46388).
    expect(cells.C1.content).toEqual({ value: 46418 });
    expect(cells.D1.content).toEqual({ value: true });
    expect(cells.E1).toEqual({ content: { value: "=1+1" }, format: { quotePrefix: true } });
    expect(cells.F1.content).toEqual({ value: "text" });
  });

  it("refuses arrays of the wrong size, clashing names and formulas naming missing sheets or tables", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1", tables: [{ name: "Sales", range: "A1:B3" }] }] });
    const sheet = (ctx: ReturnType<FakeExcel["context"]>) => ctx.workbook.worksheets.getItem("Sheet1");
    expect(await attempt(fake, (ctx) => (sheet(ctx).getRange("A1:B1").formulas = [[1]]))).toMatchObject({
      code: "InvalidArgument",
    });
    expect(await attempt(fake, (ctx) => ctx.workbook.worksheets.add("sheet1"))).toMatchObject({
      code: "ItemAlreadyExists",
    });
    expect(await attempt(fake, (ctx) => ctx.workbook.names.add("Sales", "=1"))).toMatchObject({
      code: "ItemAlreadyExists",
    });
    expect(await attempt(fake, (ctx) => (sheet(ctx).getRange("D1").formulas = [["=Nope!A1"]]))).toMatchObject(
      {
        message: expect.stringMatching(/no sheet "Nope"/),
      },
    );
    expect(
      await attempt(fake, (ctx) => (sheet(ctx).getRange("D1").formulas = [["=SUM(Other[Amount])"]])),
    ).toMatchObject({
      message: expect.stringMatching(/no table "Other"/),
    });
    expect(
      await attempt(
        fake,
        (ctx) => (sheet(ctx).getRange("D1").formulas = [['=SUM(Sales[Amount])&"Nope!A1"']]),
      ),
    ).toBeNull();
    expect(
      await attempt(fake, (ctx) => sheet(ctx).getRange("A1").format.borders.getItem("InsideHorizontal")),
    ).toBeNull();
    expect(
      await attempt(
        fake,
        (ctx) =>
          (sheet(ctx).getRange("A1:C1").format.borders.getItem("InsideHorizontal").style = "Continuous"),
      ),
    ).toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses writes to locked cells of a protected sheet but not to unlocked ones", async () => {
    const fake = new FakeExcel();
    await attempt(fake, (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("B2").format.protection.locked = false;
      s.protection.protect({});
    });
    expect(
      await attempt(fake, (ctx) => (ctx.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [[5]])),
    ).toBeNull();
    expect(
      await attempt(fake, (ctx) => (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[5]])),
    ).toMatchObject({ code: "InvalidOperation" });
  });

  it("refuses requests over 5 MB before applying any of them", async () => {
    const fake = new FakeExcel();
    const big = Array.from({ length: 6000 }, () => ["x".repeat(1000)]);
    const error = await attempt(
      fake,
      (ctx) => (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A6000").values = big),
    );
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.requests[0].bytes).toBeGreaterThan(REQUEST_LIMIT);
    expect(fake.snapshot().sheets[0].cells).toEqual({});
  });

  it("fails the chosen sync after applying part of it, as a non-transactional batch does", async () => {
    const fake = new FakeExcel();
    fake.failAt({ atSync: 1, applied: 1 });
    const error = await attempt(fake, (ctx) => {
      ctx.workbook.worksheets.add("A");
      ctx.workbook.worksheets.add("B");
    });
    expect(error).toMatchObject({ code: "GeneralException" });
    expect(fake.snapshot().sheets.map((s) => s.name)).toEqual(["Sheet1", "A"]);
  });

  it("puts Excel's own label and total in a new totals row, and needs that row empty", async () => {
    const fake = new FakeExcel({
      sheets: [{ name: "S", cells: { A1: "Rep", B1: "Amount", A2: "Li", B2: 5, A4: "below" } }],
    });
    await attempt(fake, (ctx) => {
      const t = ctx.workbook.worksheets.getItem("S").tables.add("A1:B2", true);
      t.name = "T";
      t.showTotals = true;
    });
    const snap = fake.snapshot();
    expect(snap.tables[0]).toMatchObject({ name: "T", range: "A1:B3", showTotals: true });
    expect(snap.sheets[0].cells.A3.content).toEqual({ value: "Total" });
    expect(snap.sheets[0].cells.B3.content).toEqual({ formula: "=SUBTOTAL(109,T[Amount])" });
    const blocked = new FakeExcel({
      sheets: [{ name: "S", cells: { A1: "Rep", A2: "Li", A3: "user's note" } }],
    });
    const error = await attempt(blocked, (ctx) => {
      ctx.workbook.worksheets.getItem("S").tables.add("A1:A2", true).showTotals = true;
    });
    expect(error).toMatchObject({ code: "InvalidOperation" });
  });
  it("measures requests in UTF-8 bytes: a Chinese character is 3", async () => {
    const fake = new FakeExcel();
    await attempt(fake, (ctx) => (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["a"]]));
    await attempt(
      fake,
      (ctx) => (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["销"]]),
    );
    // Same request but for one character: "a" is 1 byte, "销" (U+9500) 3 bytes in UTF-8.
    expect(fake.requests[1].bytes - fake.requests[0].bytes).toBe(2);
  });

  it("refuses date validation operands before 1900-01-01 or on days that do not exist", async () => {
    const rule = (formula1: string) => async () => {
      const fake = new FakeExcel();
      return attempt(fake, (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.rule = {
          date: { operator: "GreaterThanOrEqualTo", formula1 },
        } as never;
      });
    };
    expect(await rule("1899-12-31")()).toMatchObject({ code: "InvalidArgument" });
    expect(await rule("1900-02-29")()).toMatchObject({ code: "InvalidArgument" });
    expect(await rule("1900-01-01")()).toBeNull();
    expect(await rule("=DATE(1900,1,1)")()).toBeNull();
  });

  it("holds at most 1,026 manual page breaks on a sheet", async () => {
    const fake = new FakeExcel();
    const add = (from: number, n: number) =>
      attempt(fake, (ctx) => {
        const breaks = ctx.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks;
        for (let i = 0; i < n; i++) breaks.add(`A${from + i}`);
      });
    expect(await add(2, 1026)).toBeNull();
    expect(await add(2000, 1)).toMatchObject({ code: "InvalidOperation" });
  });

  it("records a recalculation left pending by a calculate() queued beside the suspension", async () => {
    const fake = new FakeExcel();
    await attempt(fake, (ctx) => {
      ctx.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=1+1"]];
      ctx.workbook.application.calculate("Recalculate");
    });
    expect(fake.pendingRecalc).toBe(true);
    await attempt(fake, (ctx) => ctx.workbook.application.calculate("Recalculate"));
    expect(fake.pendingRecalc).toBe(false);
  });
});
