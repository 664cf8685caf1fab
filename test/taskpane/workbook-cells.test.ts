/**
 * The workbook reads and the fill the CRM goal link uses, over the fake Excel: sheet names, a
 * block's formulas (null for a missing sheet), formulas put only into empty cells, in few syncs, and
 * cells restyled under the sheet's protection.
 */
import { excelWorkbookAccess } from "../../src/taskpane/office/workbook-access";
import { FakeExcel } from "../support/fake-excel";
import { cellAt } from "../support/fake-excel/model";

function over(fake: FakeExcel) {
  return excelWorkbookAccess((batch) => fake.run((ctx) => batch(ctx as unknown as Excel.RequestContext)));
}

describe("workbook cells for the goal link", () => {
  it("lists the sheets in tab order", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Goals 2027-Q1" }, { name: "Sheet1" }] });
    expect(await over(fake).listSheets()).toEqual(["Goals 2027-Q1", "Sheet1"]);
    expect(fake.syncCount).toBe(1);
  });

  it("reads a block's formulas and values, empty cells as empty text, in two syncs", async () => {
    const fake = new FakeExcel({
      sheets: [{ name: "Goals", cells: { A1: "Rep", B2: 5, C2: "=B2*2", A3: "'007" } }],
    });
    expect(await over(fake).readFormulas("Goals", "A1:C3")).toEqual([
      ["Rep", "", ""],
      ["", 5, "=B2*2"],
      ["007", "", ""],
    ]);
    expect(fake.syncCount).toBe(2);
  });

  it("reads null for a sheet that is not there, and changes nothing", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    const before = fake.snapshot();
    expect(await over(fake).readFormulas("Goals 2027-Q1", "A5:Q15")).toBeNull();
    expect(fake.snapshot()).toEqual(before);
  });

  it("fills only the empty cells and returns what the block held", async () => {
    const fake = new FakeExcel({
      sheets: [
        { name: "KPIs", cells: { F9: 1000, F10: 2000, F11: 3000 } },
        // M7 typed by a user, N7 a formula of theirs, L8 empty but given no formula.
        { name: "Goals", cells: { M7: 120000, N7: "=1+1" } },
      ],
    });
    const before = await over(fake).fillEmptyCells("Goals", "L7:N8", [
      ["=KPIs!$F$9", "=KPIs!$F$10", "=KPIs!$F$11"],
      [null, "=KPIs!$F$10", null],
    ]);
    expect(before).toEqual([
      ["", 120000, "=1+1"],
      ["", "", ""],
    ]);
    const goals = fake.snapshot().sheets.find((s) => s.name === "Goals")!;
    expect(goals.cells.L7.content).toEqual({ formula: "=KPIs!$F$9" });
    expect(goals.cells.M7.content).toEqual({ value: 120000 });
    expect(goals.cells.N7.content).toEqual({ formula: "=1+1" });
    expect(goals.cells.L8).toBeUndefined();
    expect(goals.cells.M8.content).toEqual({ formula: "=KPIs!$F$10" });
    expect(goals.cells.N8).toBeUndefined();
    // One read, one write.
    expect(fake.syncCount).toBe(2);
  });

  it("reads once and writes nothing when no cell is empty", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Goals", cells: { A1: 1 } }] });
    const before = fake.snapshot();
    await over(fake).fillEmptyCells("Goals", "A1", [["=2"]]);
    expect(fake.snapshot()).toEqual(before);
    expect(fake.syncCount).toBe(1);
  });

  /** A goal sheet whose L7 and M8 are input cells (yellow, unlocked) and N7 a label, protected as asked. */
  function protectedGoals(protection: { options: unknown; password?: string } | null): FakeExcel {
    const fake = new FakeExcel({
      sheets: [
        { name: "KPIs" },
        { name: "Goals", cells: { L7: "=KPIs!$F$9", M8: "=KPIs!$F$10", N7: "Rep" } },
      ],
    });
    const sheet = fake.state.sheetByName("Goals")!;
    cellAt(sheet, 6, 11).format = { fill: "#FFF2CC", locked: false };
    cellAt(sheet, 7, 12).format = { fill: "#FFF2CC", locked: false };
    sheet.protection = protection;
    return fake;
  }

  it("styles cells as computed on a protected sheet and protects it again as it was", async () => {
    const fake = protectedGoals({ options: { allowSort: true, allowAutoFilter: true } });
    expect(await over(fake).styleCells("Goals", ["L7", "M8"], "computed")).toBe(true);
    const goals = fake.snapshot().sheets.find((s) => s.name === "Goals")!;
    // The computed style: grey fill (#F2F2F2), locked.
    for (const cell of ["L7", "M8"]) {
      expect(goals.cells[cell].format).toMatchObject({ fill: "#F2F2F2", locked: true });
      expect(goals.cells[cell].content).toBeDefined();
    }
    expect(goals.cells.N7).toEqual({ content: { value: "Rep" } });
    expect(goals.protection).toEqual({ options: { allowSort: true, allowAutoFilter: true } });
  });

  it("styles cells on a sheet without protection and adds none", async () => {
    const fake = protectedGoals(null);
    expect(await over(fake).styleCells("Goals", ["L7"], "computed")).toBe(true);
    const goals = fake.snapshot().sheets.find((s) => s.name === "Goals")!;
    expect(goals.cells.L7.format).toMatchObject({ fill: "#F2F2F2", locked: true });
    expect(goals.cells.M8.format).toEqual({ fill: "#FFF2CC", locked: false });
    expect(goals.protection).toBeNull();
  });

  it("leaves a sheet protected with a password as it is", async () => {
    const fake = protectedGoals({ options: {}, password: "secret" });
    const before = fake.snapshot();
    expect(await over(fake).styleCells("Goals", ["L7", "M8"], "computed")).toBe(false);
    expect(fake.snapshot()).toEqual(before);
  });
});
