import { rowSpan } from "../../src/workbook/a1";

describe("a1", () => {
  it("spans a row from one column to another", () => {
    expect(rowSpan(2, 0, 11)).toBe("A2:L2");
    expect(rowSpan(7, 2, 7)).toBe("C7:H7");
  });
});
