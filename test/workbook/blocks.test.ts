/** Blocks read the same whether given row by row or column by column. */
import { blockCell, blockHeight, blockRows, blockWidth, sheetGrid } from "../../src/workbook/blocks";
import type { SheetSpec } from "../../src/workbook/spec";
import { validateWorkbookSpec } from "../../src/workbook/validate";

const byColumns = { start: "B2", columns: [["a", "b", "c"], [1, 2], [{ formula: "=1+1" }]] };
const byRows = { start: "B2", rows: [["a", 1, { formula: "=1+1" }], ["b", 2], ["c"]] };

describe("blocks", () => {
  it("gives the size and cells of a column block as of the same rows given row by row", () => {
    expect([blockHeight(byColumns), blockWidth(byColumns)]).toEqual([3, 3]);
    expect([blockHeight(byRows), blockWidth(byRows)]).toEqual([3, 3]);
    for (let r = 0; r < 3; r++)
      for (let c = 0; c < 3; c++) expect(blockCell(byColumns, r, c)).toEqual(blockCell(byRows, r, c));
    // Rows of a column block are as wide as the block; missing cells are empty (null).
    expect(blockRows(byColumns)).toEqual([
      ["a", 1, { formula: "=1+1" }],
      ["b", 2, null],
      ["c", null, null],
    ]);
    expect(blockRows(byColumns, 1, 2)).toEqual([["b", 2, null]]);
  });

  it("takes NaN in a column block for an empty cell (as JSON does, which writes it as null)", () => {
    const block = { start: "A1", columns: [[1, NaN, 3]] };
    expect(blockCell(block, 1, 0)).toBeNull();
    expect(blockRows(block)).toEqual([[1], [null], [3]]);
    expect(blockRows(JSON.parse(JSON.stringify(block)))).toEqual(blockRows(block));
    expect(validateWorkbookSpec({ sheets: [{ name: "S", blocks: [], columnBlocks: [block] }] })).toEqual([]);
    // In a row block NaN stays what it is: not a number a cell can hold.
    const rows = validateWorkbookSpec({ sheets: [{ name: "S", blocks: [{ start: "A1", rows: [[NaN]] }] }] });
    expect(rows.map((i) => i.path)).toEqual(["sheets[0].blocks[0].rows[0][0]"]);
  });

  it("reads a sheet back whole, later blocks winning, column blocks last", () => {
    const sheet: SheetSpec = {
      name: "S",
      blocks: [{ start: "A1", rows: [["title"], [null, "old"]] }],
      columnBlocks: [{ start: "B2", columns: [["new", "x"]] }],
    };
    expect(sheetGrid(sheet)).toEqual([["title"], [null, "new"], [null, "x"]]);
  });

  it("are checked: a column must be a list, and a block must fit on a sheet", () => {
    const issues = (columnBlocks: unknown) =>
      validateWorkbookSpec({ sheets: [{ name: "S", blocks: [], columnBlocks } as unknown as SheetSpec] });
    expect(issues([byColumns])).toEqual([]);
    const bad = issues([
      { start: "A1", columns: ["abc"] },
      { start: "XFD1", columns: [[1], [2]] },
    ]);
    expect(bad.map((i) => i.path)).toEqual([
      "sheets[0].columnBlocks[0].columns[0]",
      "sheets[0].columnBlocks[1].columns",
    ]);
    expect(bad[1].zh).toContain("最后一列");
  });
});
