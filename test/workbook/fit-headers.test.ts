import { fitHeaderRows } from "../../src/workbook/fit-headers";
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

describe("fitHeaderRows", () => {
  it("raises a header row to the lines its longest label takes in its column", () => {
    // B is 14 wide (12.6 characters a line): 24 characters take two lines, 15 points each, plus 2.
    expect(fitHeaderRows(sheet()).rows).toEqual([{ row: 3, height: 32 }]);
  });

  it("keeps a taller height already set, and raises a lower one", () => {
    expect(fitHeaderRows(sheet({ rows: [{ row: 3, height: 40 }] })).rows).toEqual([{ row: 3, height: 40 }]);
    expect(fitHeaderRows(sheet({ rows: [{ row: 3, height: 20 }] })).rows).toEqual([{ row: 3, height: 32 }]);
  });

  it("lets a merged label wrap across its merge, and leaves one-line headers alone", () => {
    const merged = sheet({
      merges: ["B3:D3"],
      blocks: [{ start: "A3", rows: [["Rep", "Revenue: team attainment"]] }],
    });
    // B to D = 14 + 2 x 8.43 (Excel's default width) = 30.9 columns, 27.8 characters: one line.
    expect(fitHeaderRows(merged).rows).toBeUndefined();
    const short = sheet({ blocks: [{ start: "A3", rows: [["Rep", "Team"]] }] });
    expect(fitHeaderRows(short)).toEqual(short);
  });
});
