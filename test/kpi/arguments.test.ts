/** The shared argument readers and the 15-digit result rule, on the shapes Excel hands over. */
import {
  readBoolean,
  readDate,
  readDateList,
  readNumbers,
  readPairs,
  readRows,
  readVector,
} from "../../src/kpi/arguments";
import { excelNumber, isKpiError, KpiError } from "../../src/kpi";

const kind = (r: unknown) => (isKpiError(r) ? r.kind : "ok");

describe("readRows", () => {
  it("reads a single cell as 1x1, a 1-D array as a column, 0x0 as no rows", () => {
    expect(readRows(5, "x")).toEqual([[5]]);
    expect(readRows(null, "x")).toEqual([[null]]);
    expect(readRows([1, 2], "x")).toEqual([[1], [2]]);
    expect(readRows([], "x")).toEqual([]);
    expect(readRows([[]], "x")).toEqual([]);
  });
  it("rejects ragged rows and arrays inside cells, naming the argument", () => {
    const r = readRows([[1, 2], [3]], "tiers") as KpiError;
    expect(r.kind).toBe("value");
    expect(r.message).toMatch(/^tiers is not a rectangular range\. \/ tiers 不是规则的矩形区域。$/);
    expect(kind(readRows([[[1]]], "x"))).toBe("value");
    expect(kind(readRows([1, [2]], "x"))).toBe("value");
  });
});

describe("cells", () => {
  it("counts blanks as 0 in numeric ranges, or skips them; TRUE/FALSE as 1/0", () => {
    expect(
      readNumbers(
        [
          [1, ""],
          [null, true],
        ],
        "x",
        "zero",
      ),
    ).toEqual([1, 0, 0, 1]);
    expect(
      readNumbers(
        [
          [1, ""],
          [null, false],
        ],
        "x",
        "skip",
      ),
    ).toEqual([1, 0]);
  });
  it("names the row and column of a bad cell in both languages", () => {
    const r = readNumbers(
      [
        [1, 2],
        [3, "n/a"],
      ],
      "weights",
      "zero",
    ) as KpiError;
    expect(r.kind).toBe("value");
    expect(r.message).toBe(
      "weights (row 2, column 2) must be a number. / weights（第 2 行第 2 列） 必须是数字。",
    );
  });
  it("takes one column or one row as a vector, not a block", () => {
    expect(readVector([[1, 2, 3]], "x", "zero")).toEqual([1, 2, 3]);
    expect(
      kind(
        readVector(
          [
            [1, 2],
            [3, 4],
          ],
          "x",
          "zero",
        ),
      ),
    ).toBe("value");
  });
  it("reads dates from 0 to 9999-12-31, dropping the time of day", () => {
    expect(readDate(45658.75, "d")).toBe(45658);
    expect(readDate(0, "d")).toBe(0);
    expect(readDate(2958465.5, "d")).toBe(2958465);
    expect(kind(readDate(2958466, "d"))).toBe("num");
    expect(kind(readDate(-1, "d"))).toBe("num");
    expect(readDateList([[45658.5], [""], [null]], "holidays")).toEqual([45658]);
    expect(readDateList(null, "holidays")).toEqual([]);
  });
  it("reads TRUE/FALSE from booleans, numbers and text; anything else is #VALUE!", () => {
    expect(readBoolean(null, "b", true)).toBe(true);
    expect(readBoolean(0, "b", true)).toBe(false);
    expect(readBoolean(" True ", "b", false)).toBe(true);
    expect(readBoolean([[false]], "b", true)).toBe(false);
    expect(kind(readBoolean("yes", "b", true))).toBe("value");
  });
});

describe("readPairs", () => {
  it("skips fully blank rows and keeps the sheet row of each entry", () => {
    expect(
      readPairs(
        [
          ["", ""],
          [0, 0.1],
          [null, null],
          [10, ""],
        ],
        "tiers",
        "threshold",
      ),
    ).toEqual({
      keys: [0, 10],
      values: [0.1, 0],
      rows: [2, 4],
    });
  });
  it("needs two columns, at least one row, and a strictly rising first column", () => {
    expect(kind(readPairs([[1, 2, 3]], "t", "k"))).toBe("value");
    expect(kind(readPairs(5, "t", "k"))).toBe("value");
    expect(kind(readPairs([["", ""]], "t", "k"))).toBe("value");
    const r = readPairs(
      [
        [1, 0],
        [1, 0],
      ],
      "curve",
      "attainment",
    ) as KpiError;
    expect(r.message).toMatch(/curve \(row 2\): attainment must be greater than the row above/);
    expect(r.message).toContain("curve（第 2 行）");
  });
});

describe("excelNumber", () => {
  it("keeps 15 significant digits like Excel", () => {
    expect(excelNumber(300000 * 0.03 + 200000 * 0.05)).toBe(19000);
    expect(excelNumber(0.1 + 0.2)).toBe(0.3);
    expect(excelNumber(1 / 3)).toBe(0.333333333333333);
    expect(excelNumber(123456789012345.67 * 1000)).toBe(123456789012346000);
    expect(excelNumber(-2.5e-7 / 3)).toBe(-8.33333333333333e-8);
  });
  it("turns -0 into 0, leaves the extremes finite and overflow as #NUM!", () => {
    expect(Object.is(excelNumber(-0), 0)).toBe(true);
    expect(excelNumber(Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
    expect(excelNumber(-Number.MAX_VALUE)).toBe(-Number.MAX_VALUE);
    expect(excelNumber(Number.MIN_VALUE)).toBe(Number.MIN_VALUE);
    expect(kind(excelNumber(Infinity))).toBe("num");
    expect(kind(excelNumber(NaN))).toBe("num");
  });
});
