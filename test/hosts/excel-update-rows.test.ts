/**
 * swapTableRows (hosts/excel/update-rows) over the fake Excel: a table of records read by a formula
 * on another sheet; staged rows replace the table's, and the formula's range follows. Worked by hand:
 * the table A1:B4 holds 3 records (rows 2-4), Pay!A1 sums $B$2:$B$4.
 * - 5 records: 2 rows inserted above row 4 -> table A1:B6, sum over $B$2:$B$6;
 * - 1 record: the block keeps 2 rows (a spare blank one) -> 1 row deleted from inside: A1:B3, $B$2:$B$3;
 * - 0 records: 2 blank rows, as above;
 * - a table of 1 data row cannot take 2 records (a one-row reference does not grow): refused, unchanged;
 * - a protected sheet is unprotected for the swap and protected again with the same options;
 * - ExcelApi 1.8 (no Range.copyFrom): refused before anything changes.
 */
import { RowSwapRefused, swapTableRows } from "../../src/hosts/excel/update-rows";
import { FakeExcel } from "../support/fake-excel";

function seed(rows: number, apiVersion = "1.17") {
  const cells: Record<string, string | number> = { A1: "Owner", B1: "Amount" };
  for (let r = 0; r < rows; r++) {
    cells[`A${r + 2}`] = `Old ${r + 1}`;
    cells[`B${r + 2}`] = 100 * (r + 1);
  }
  return new FakeExcel({
    apiVersion,
    sheets: [
      { name: "CRM data", cells, tables: [{ name: "CrmDeals", range: `A1:B${rows + 1}` }] },
      { name: "Pay", cells: { A1: `=SUM('CRM data'!$B$2:$B$${rows + 1})` } },
    ],
  });
}

async function stageAndSwap(fake: FakeExcel, staged: [string, number][]) {
  return fake.run(async (ctx) => {
    const stage = ctx.workbook.worksheets.add("Stage");
    if (staged.length) stage.getRange(`A2:B${staged.length + 1}`).values = staged;
    await ctx.sync();
    return swapTableRows(
      ctx as unknown as Excel.RequestContext,
      { table: "CrmDeals", staging: "Stage", rows: staged.length },
      fake.isSetSupported,
    );
  });
}

describe("swapTableRows", () => {
  it("grows the table and the formulas over it for a longer export", async () => {
    const fake = seed(3);
    const result = await stageAndSwap(fake, [
      ["A", 1],
      ["B", 2],
      ["C", 3],
      ["D", 4],
      ["E", 5],
    ]);
    expect(result).toEqual({ before: 3, after: 5, refreshed: [] });
    const snap = fake.snapshot();
    expect(snap.tables[0].range).toBe("A1:B6");
    expect(snap.sheets.map((s) => s.name)).toEqual(["CRM data", "Pay"]);
    expect(snap.sheets[1].cells.A1.content).toEqual({ formula: "=SUM('CRM data'!$B$2:$B$6)" });
    expect(snap.sheets[0].cells.A6.content).toEqual({ value: "E" });
    expect(snap.sheets[0].cells.B2.content).toEqual({ value: 1 });
  });

  it("shrinks to two rows, the second blank, for one record or none", async () => {
    for (const staged of [[["Solo", 7]], []] as [string, number][][]) {
      const fake = seed(3);
      expect(await stageAndSwap(fake, staged)).toEqual({ before: 3, after: 2, refreshed: [] });
      const snap = fake.snapshot();
      expect(snap.tables[0].range).toBe("A1:B3");
      expect(snap.sheets[1].cells.A1.content).toEqual({ formula: "=SUM('CRM data'!$B$2:$B$3)" });
      expect(snap.sheets[0].cells.A3?.content).toBeUndefined();
      expect(snap.sheets[0].cells.A2?.content).toEqual(staged.length ? { value: "Solo" } : undefined);
      expect(snap.sheets[0].cells.A4?.content).toBeUndefined();
    }
  });

  it("refuses two records over a one-row table, and an Excel without copyFrom, changing nothing", async () => {
    const one = seed(1);
    const before = one.snapshot();
    await expect(
      stageAndSwap(one, [
        ["A", 1],
        ["B", 2],
      ]),
    ).rejects.toBeInstanceOf(RowSwapRefused);
    const after = one.snapshot();
    expect(after.sheets.filter((s) => s.name !== "Stage")).toEqual(before.sheets);
    expect(after.tables).toEqual(before.tables);

    const old = seed(3, "1.8");
    const oldBefore = old.snapshot();
    await expect(stageAndSwap(old, [["A", 1]])).rejects.toThrow(/ExcelApi 1\.9/);
    expect(old.snapshot().sheets.filter((s) => s.name !== "Stage")).toEqual(oldBefore.sheets);
  });

  it("lifts a sheet's protection for the swap and puts it back with its options", async () => {
    const fake = seed(3);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("CRM data").protection.protect({ allowFormatCells: true });
      await ctx.sync();
    });
    await stageAndSwap(fake, [
      ["A", 1],
      ["B", 2],
      ["C", 3],
      ["D", 4],
    ]);
    const data = fake.snapshot().sheets[0];
    expect(data.protection).toEqual({ options: { allowFormatCells: true } });
    expect(fake.snapshot().tables[0].range).toBe("A1:B5");
  });
});
