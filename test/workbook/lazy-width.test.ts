/**
 * The width of a block whose rows are made on demand: known without making the rows again once
 * every row has been made (the writer's validation pass reads them all before it asks), and read
 * from the rows when some have not been made yet.
 */
import { blockWidth, lazyRows } from "../../src/workbook/blocks";
import type { CellInput } from "../../src/workbook/spec";

/** Row r has (r % 4) + 1 cells: rows 0..9 are 1,2,3,4,1,2,3,4,1,2 cells wide, so the widest is 4. */
function counted(length: number) {
  const calls = { n: 0 };
  const rows = lazyRows(length, (r) => {
    calls.n++;
    return Array.from({ length: (r % 4) + 1 }, (_, c): CellInput => r * 10 + c);
  });
  return { rows, calls };
}

describe("blockWidth of lazy rows", () => {
  it("reads the rows while some are unmade", () => {
    const { rows, calls } = counted(10);
    expect(rows[3].length).toBe(4);
    expect(blockWidth({ start: "A1", rows })).toBe(4);
    // Nine rows it had not made, and row 3 again.
    expect(calls.n).toBe(1 + 10);
  });

  it("needs no row made again once all have been made, in any order", () => {
    const { rows, calls } = counted(10);
    for (const r of [9, 2, 5, 0, 7, 3, 3, 8, 1, 6, 4]) void rows[r];
    const before = calls.n;
    expect(blockWidth({ start: "A1", rows })).toBe(4);
    expect(calls.n).toBe(before);
  });

  it("is the widest row even when it is the last made", () => {
    const rows = lazyRows(3, (r) => (r === 2 ? [1, 2, 3, 4, 5, 6, 7] : [1]));
    void rows[0];
    void rows[1];
    void rows[2];
    expect(blockWidth({ start: "A1", rows })).toBe(7);
    expect(blockWidth({ start: "A1", rows: lazyRows(0, () => []) })).toBe(0);
  });
});
