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

/**
 * The report-like sheet "Notes" (title in A1, then lines until one reading "end") is rewritten from
 * "Notes new" in the swap's request. Worked by hand: old lines A1:B4 (4 rows, "end" on row 4), new
 * ones A1:B3; the user's cell D2 beside the generated columns A:B stays; A6 below stays (the new rows
 * end on row 3). A sheet that is protected, missing, or whose A1 is no longer the title keeps its
 * cells and "Notes new" stays beside it.
 */
describe("swapTableRows with a sheet to rewrite", () => {
  const refresh = {
    old: "Notes",
    fresh: "Notes new",
    firstRow: 1,
    columns: 2,
    freshLastRow: 3,
    keyColumns: [0],
    generatedRows: (cells: readonly (readonly unknown[])[]) => {
      if (cells[0]?.[0] !== "Title") return null;
      const end = cells.findIndex((row) => row[0] === "end");
      return end < 0 ? null : end + 1;
    },
  };

  function withNotes(edit?: (fake: FakeExcel) => void) {
    const fake = seed(3);
    fake.state.addSheet("Notes");
    fake.setValues("Notes", "A1", [
      ["Title", null],
      ["old a", 1],
      ["old b", 2],
      ["end", null],
    ]);
    fake.setValues("Notes", "D2", [["mine"]]);
    fake.setValues("Notes", "A6", [["mine below"]]);
    fake.state.addSheet("Notes new");
    fake.setValues("Notes new", "A1", [
      ["Title", null],
      ["new a", 10],
      ["end", null],
    ]);
    edit?.(fake);
    return fake;
  }

  async function swap(fake: FakeExcel) {
    return fake.run(async (ctx) => {
      const stage = ctx.workbook.worksheets.add("Stage");
      stage.getRange("A2:B3").values = [
        ["A", 1],
        ["B", 2],
      ];
      await ctx.sync();
      return swapTableRows(
        ctx as unknown as Excel.RequestContext,
        { table: "CrmDeals", staging: "Stage", rows: 2, refresh: [refresh] },
        fake.isSetSupported,
      );
    });
  }

  const cells = (fake: FakeExcel, sheet: string) =>
    Object.fromEntries(
      Object.entries(fake.snapshot().sheets.find((s) => s.name === sheet)!.cells).map(([a, c]) => [
        a,
        c.content && "value" in c.content ? c.content.value : undefined,
      ]),
    );

  it("rewrites the generated rows in place, keeping the user's cells beside and below", async () => {
    const fake = withNotes();
    const result = await swap(fake);
    expect(result.refreshed).toEqual([{ old: "Notes", fresh: "Notes new", kind: "inPlace" }]);
    expect(cells(fake, "Notes")).toEqual({
      A1: "Title",
      A2: "new a",
      B2: 10,
      A3: "end",
      D2: "mine",
      A6: "mine below",
    });
    expect(fake.snapshot().sheets.map((s) => s.name)).toEqual(["CRM data", "Pay", "Notes"]);
  });

  it("leaves a protected, edited or missing sheet as it was and the new one beside", async () => {
    const cases: [string, (fake: FakeExcel) => void, string][] = [
      ["protected", (f) => (f.state.sheetByName("Notes")!.protection = { options: {} }), "protected"],
      ["edited", (f) => f.setValues("Notes", "A1", [["My title"]]), "edited"],
      ["missing", (f) => (f.state.sheetByName("Notes")!.name = "Renamed"), "missing"],
    ];
    for (const [label, edit, why] of cases) {
      const fake = withNotes(edit);
      const old = fake.snapshot().sheets.find((s) => s.name === "Notes" || s.name === "Renamed");
      const result = await swap(fake);
      expect([label, result.refreshed]).toEqual([
        label,
        [{ old: "Notes", fresh: "Notes new", kind: "beside", why }],
      ]);
      expect([label, fake.snapshot().sheets.find((s) => s.name === old!.name)]).toEqual([label, old]);
      expect([label, cells(fake, "Notes new").A2]).toEqual([label, "new a"]);
      // The rows were swapped all the same: 3 data rows became the 2 staged ones.
      expect([label, fake.snapshot().tables[0].range]).toEqual([label, "A1:B3"]);
    }
  });
});
