/**
 * Inserting and deleting whole rows in the fake Excel moves every reference as Excel does
 * ("Insert or delete rows and columns" and "Move or copy cells" on support.microsoft.com: formulas
 * keep pointing at the same cells, which have moved). Worked by hand from those rules:
 * - rows inserted above row r: a reference to row r or below moves down by the count; a range whose
 *   first row is above r and last row is r or below grows; references above r stay;
 * - rows deleted: references below move up; a range losing some rows shrinks; a reference whose rows
 *   are all gone is #REF! (Excel keeps the sheet name before it: =Data!#REF!);
 * - relative and absolute references alike (the $ only matters when a formula is copied);
 * - a single-row range (A2:A2, or A2) does not grow when rows are inserted above or below it.
 */
import { FakeExcel, FakeOfficeError } from "../support/fake-excel";
import {
  deleteRowMap,
  insertRowMap,
  offsetFormula,
  shiftRowsInFormula,
} from "../support/fake-excel/shift-rows";

describe("shiftRowsInFormula", () => {
  const insert3Above5 = insertRowMap(4, 3); // rows 5.. (0-based 4) move down by 3
  it.each([
    // Range spanning the insert point grows at its end only.
    ["=SUM(Data!$B$2:$B$6)", "Report", "=SUM(Data!$B$2:$B$9)"],
    // Relative refs move too; a ref above stays; the sheet named unquoted in any case.
    ["=data!B5+data!B4+Data!C10", "Report", "=data!B8+data!B4+Data!C13"],
    // Quoted names, doubled quote inside.
    [
      "=SUMIFS('Data'!$K$2:$K$5,'data'!$B$2:$B$5,A2)",
      "Report",
      "=SUMIFS('Data'!$K$2:$K$8,'data'!$B$2:$B$8,A2)",
    ],
    // Unqualified refs are the formula's own sheet: on Report they do not move.
    ["=B5+Data!B5", "Report", "=B5+Data!B8"],
    // ... on Data they do.
    ["=B5*2", "Data", "=B8*2"],
    // Whole rows move, whole columns do not; text stays text.
    ['=SUM(Data!5:6)+SUM(Data!B:B)&"Data!B5"', "Report", '=SUM(Data!8:9)+SUM(Data!B:B)&"Data!B5"'],
    // A one-row range at or below the point moves, it does not grow; one above it stays.
    ["=SUM(Data!$B$5:$B$5)+SUM(Data!$B$4:$B$4)", "Report", "=SUM(Data!$B$8:$B$8)+SUM(Data!$B$4:$B$4)"],
    // Function and name words that look like columns are left alone.
    ["=LOG10(Data!B5)+ABS(1)", "Report", "=LOG10(Data!B8)+ABS(1)"],
  ])("insert 3 rows above row 5 of Data: %s on %s", (formula, own, expected) => {
    expect(shiftRowsInFormula(formula, own, "Data", insert3Above5)).toBe(expected);
  });

  const delete4to6 = deleteRowMap(3, 5); // rows 4..6 go
  it.each([
    ["=SUM(Data!$B$2:$B$10)", "=SUM(Data!$B$2:$B$7)"], // shrinks by the 3 rows inside it
    ["=Data!B10", "=Data!B7"], // moves up
    ["=Data!B3", "=Data!B3"], // above: stays
    ["=Data!B5", "=Data!#REF!"], // deleted: Excel keeps the sheet name before #REF!
    ["=SUM(Data!B4:B6)", "=SUM(Data!#REF!)"], // every row deleted
    ["=SUM(Data!B5:B9)", "=SUM(Data!B4:B6)"], // loses its top rows: starts where they were
    ["=SUM(Data!B2:B5)", "=SUM(Data!B2:B3)"], // loses its bottom rows
  ])("delete rows 4-6 of Data: %s", (formula, expected) => {
    expect(shiftRowsInFormula(formula, "Report", "Data", delete4to6)).toBe(expected);
  });

  it("moves a copied formula's relative parts only", () => {
    expect(offsetFormula('=L5*IF(K5="",1,$X$2)+Rates!B$3', 2, 1)).toBe('=M7*IF(L7="",1,$X$2)+Rates!C$3');
  });
});

describe("Range.insert / Range.delete on the fake", () => {
  const seed = () =>
    new FakeExcel({
      sheets: [
        {
          name: "CRM data",
          cells: {
            A1: "Owner",
            B1: "Amount",
            A2: "Ann",
            B2: 100,
            A3: "Bo",
            B3: 200,
            A4: "Cy",
            B4: 300,
            B6: "=SUM(B2:B4)",
          },
          tables: [{ name: "CrmDeals", range: "A1:B4" }],
        },
        {
          name: "Pay",
          cells: {
            A1: "=SUMIFS('CRM data'!$B$2:$B$4,'CRM data'!$A$2:$A$4,\"Ann\")",
            A2: "='CRM data'!B4",
            A3: "='CRM data'!B5",
          },
        },
      ],
      names: [{ name: "Amounts", formula: "='CRM data'!$B$2:$B$4" }],
    });

  it("grows everything that spans rows inserted above the block's last row", async () => {
    const fake = seed();
    await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("CRM data");
      sheet.getRange("B2:B4").dataValidation.rule = { decimal: { formula1: "0", operator: "GreaterThan" } };
      sheet.getRange("4:5").insert("Down");
      await ctx.sync();
    });
    const snap = fake.snapshot();
    const data = snap.sheets[0];
    const pay = snap.sheets[1];
    // Rows 4.. moved down by 2: Cy is on row 6, the sum on row 8 reads B2:B6.
    expect(data.cells.A6.content).toEqual({ value: "Cy" });
    expect(data.cells.A4).toBeUndefined();
    expect(data.cells.B8.content).toEqual({ formula: "=SUM(B2:B6)" });
    expect(pay.cells.A1.content).toEqual({
      formula: "=SUMIFS('CRM data'!$B$2:$B$6,'CRM data'!$A$2:$A$6,\"Ann\")",
    });
    expect(pay.cells.A2.content).toEqual({ formula: "='CRM data'!B6" });
    expect(pay.cells.A3.content).toEqual({ formula: "='CRM data'!B7" });
    expect(snap.names[0].formula).toBe("='CRM data'!$B$2:$B$6");
    expect(snap.tables[0].range).toBe("A1:B6");
    expect(data.validations[0].range).toBe("B2:B6");
  });

  it("shrinks what loses rows deleted from inside, and turns a lost cell into #REF!", async () => {
    const fake = seed();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("CRM data").getRange("3:3").delete("Up");
      await ctx.sync();
    });
    const snap = fake.snapshot();
    expect(snap.sheets[0].cells.A3.content).toEqual({ value: "Cy" });
    expect(snap.sheets[0].cells.B5.content).toEqual({ formula: "=SUM(B2:B3)" });
    expect(snap.sheets[1].cells.A1.content).toEqual({
      formula: "=SUMIFS('CRM data'!$B$2:$B$3,'CRM data'!$A$2:$A$3,\"Ann\")",
    });
    expect(snap.sheets[1].cells.A2.content).toEqual({ formula: "='CRM data'!B3" });
    expect(snap.tables[0].range).toBe("A1:B3");
    expect(snap.names[0].formula).toBe("='CRM data'!$B$2:$B$3");

    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("CRM data").getRange("3:3").delete("Up");
      await ctx.sync();
    });
    expect(fake.snapshot().sheets[1].cells.A2.content).toEqual({ formula: "='CRM data'!#REF!" });
  });

  it("refuses rows on a protected sheet unless its protection allows them, and partial rows", async () => {
    const fake = seed();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("CRM data").protection.protect({ allowFormatCells: true });
      await ctx.sync();
    });
    const before = fake.snapshot();
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("CRM data").getRange("3:3").insert("Down");
        await ctx.sync();
      }),
    ).rejects.toBeInstanceOf(FakeOfficeError);
    expect(fake.snapshot()).toEqual(before);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Pay").getRange("A1:B1").insert("Down");
        await ctx.sync();
      }),
    ).rejects.toThrow(/not modelled/);
  });

  it("copyFrom copies formulas and constants, not formats, and needs ExcelApi 1.9", async () => {
    const fake = seed();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.add("Stage");
      const stage = ctx.workbook.worksheets.getItem("Stage");
      stage.getRange("A2:B3").formulas = [
        ["Dee", "=C2*2"],
        ["Eve", 7],
      ];
      ctx.workbook.worksheets.getItem("CRM data").getRange("A2:B3").copyFrom("Stage!A2:B3", "Formulas");
      await ctx.sync();
    });
    const data = fake.snapshot().sheets[0];
    expect(data.cells.A2.content).toEqual({ value: "Dee" });
    expect(data.cells.B2.content).toEqual({ formula: "=C2*2" });
    expect(data.cells.B3.content).toEqual({ value: 7 });
    const old = new FakeExcel({ sheets: [{ name: "S", cells: { A1: 1 } }], apiVersion: "1.8" });
    await expect(
      old.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("B1").copyFrom("S!A1", "Formulas");
        await ctx.sync();
      }),
    ).rejects.toThrow(/1\.9/);
  });
});
