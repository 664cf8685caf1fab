import { fitWrappedRows } from "../../src/workbook/fit-rows";
import type { SheetSpec } from "../../src/workbook/spec";

const sheet = (extra: Partial<SheetSpec> = {}): SheetSpec => ({
  name: "S",
  blocks: [
    { start: "A1", rows: [["Title"]] },
    {
      start: "A3",
      rows: [
        ["Rep", "Revenue: team attainment", { text: "=not a formula" }],
        ["Li Wei", 1, 2],
      ],
    },
  ],
  styles: [{ range: "A3:C3", style: "header" }],
  columns: [
    { column: "A", width: 20 },
    { column: "B", width: 14 },
  ],
  ...extra,
});

describe("fitWrappedRows", () => {
  it("raises a header row to the lines its longest label takes in its column", () => {
    // B is 14 wide (12.6 characters a line): 24 characters take two lines, 15 points each, plus 2.
    expect(fitWrappedRows(sheet()).rows).toEqual([{ row: 3, height: 32 }]);
  });

  it("keeps a taller height already set, and raises a lower one", () => {
    expect(fitWrappedRows(sheet({ rows: [{ row: 3, height: 40 }] })).rows).toEqual([{ row: 3, height: 40 }]);
    expect(fitWrappedRows(sheet({ rows: [{ row: 3, height: 20 }] })).rows).toEqual([{ row: 3, height: 32 }]);
  });

  it("lets a merged label wrap across its merge, and leaves one-line headers alone", () => {
    const merged = sheet({
      merges: ["B3:D3"],
      blocks: [{ start: "A3", rows: [["Rep", "Revenue: team attainment"]] }],
    });
    // B to D = 14 + 2 x 8.43 (Excel's default width) = 30.9 columns, 27.8 characters: one line.
    expect(fitWrappedRows(merged).rows).toBeUndefined();
    const short = sheet({ blocks: [{ start: "A3", rows: [["Rep", "Team"]] }] });
    expect(fitWrappedRows(short)).toEqual(short);
  });

  it("fits notes and text areas too, and leaves cells merged over several rows alone", () => {
    const s = sheet({
      blocks: [{ start: "A1", rows: [["x".repeat(30), null, "y".repeat(30)]] }],
      styles: [{ range: "A1", style: "note" }],
      wrap: ["C1"],
      merges: ["C1:C2"],
    });
    // A is 20 wide (18 characters a line): 30 characters take two lines; C's merge spans two rows.
    expect(fitWrappedRows(s).rows).toEqual([{ row: 1, height: 32 }]);
    // Input and computed cells do not wrap.
    const input = sheet({ styles: [{ range: "B3", style: "input" }] });
    expect(fitWrappedRows(input)).toEqual(input);
  });
});
