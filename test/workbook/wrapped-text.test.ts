import { cellText, displayWidth, wrappedRowHeight } from "../../src/workbook/wrapped-text";

describe("wrapped text", () => {
  it("counts CJK and full-width characters as two columns", () => {
    expect(displayWidth("Pay statement")).toBe(13);
    expect(displayWidth("个人结算单")).toBe(10);
    expect(displayWidth("来源\uff1aa.csv")).toBe(2 + 2 + 2 + 5);
    expect(displayWidth("来源:a.csv")).toBe(2 + 2 + 1 + 5);
    expect(displayWidth("")).toBe(0);
  });

  it("reads the text of text cells only", () => {
    expect(cellText("Rep")).toBe("Rep");
    expect(cellText({ text: "=1+1" })).toBe("=1+1");
    expect(cellText({ formula: "=1+1" })).toBe("");
    expect(cellText(12)).toBe("");
    expect(cellText(null)).toBe("");
  });

  it("gives a row 15 points a line plus 2, for its tallest cell at 90% of its width", () => {
    // Width 14 holds 12.6 characters: "Revenue: team attainment" (24) takes two lines.
    expect(
      wrappedRowHeight([
        { text: "Team", width: 20 },
        { text: "Revenue: team attainment", width: 14 },
      ]),
    ).toBe(32);
    // 12 CJK characters are 24 columns: three lines of 9 (width 10).
    expect(wrappedRowHeight([{ text: "销".repeat(12), width: 10 }])).toBe(47);
    expect(wrappedRowHeight([{ text: "Team", width: 20 }])).toBeNull();
    expect(wrappedRowHeight([])).toBeNull();
    // A long text in a narrow column stops at Excel's tallest row.
    expect(wrappedRowHeight([{ text: "x".repeat(2000), width: 10 }])).toBe(409);
  });
});
