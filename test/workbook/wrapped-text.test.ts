import { displayWidth, headerRowHeight, spanningNote, wrappedHeight } from "../../src/workbook/wrapped-text";

describe("wrapped text", () => {
  it("counts CJK and full-width characters as two columns", () => {
    expect(displayWidth("Pay statement")).toBe(13);
    expect(displayWidth("个人结算单")).toBe(10);
    expect(displayWidth("来源\uff1aa.csv")).toBe(2 + 2 + 2 + 5);
    expect(displayWidth("来源:a.csv")).toBe(2 + 2 + 1 + 5);
    expect(displayWidth("")).toBe(0);
  });

  it("gives a row 15 points a line, plus 2", () => {
    expect(wrappedHeight("", 10)).toBe(17);
    expect(wrappedHeight("x".repeat(10), 10)).toBe(17);
    expect(wrappedHeight("x".repeat(11), 10)).toBe(32);
    // 12 CJK characters are 24 columns: three lines of 10.
    expect(wrappedHeight("销".repeat(12), 10)).toBe(47);
  });

  it("merges a note across the given columns and sizes its row for 90% of their width", () => {
    // 16 + 14 + 28 = 58 columns; a line holds 52.2 characters.
    expect(spanningNote(2, "x".repeat(52), [16, 14, 28])).toEqual({
      merge: "A2:C2",
      row: { row: 2, height: 17 },
    });
    expect(spanningNote(7, "x".repeat(53), [16, 14, 28])).toEqual({
      merge: "A7:C7",
      row: { row: 7, height: 32 },
    });
  });

  it("starts a note's merge at its own column", () => {
    expect(spanningNote(5, "note", [16, 16], 2).merge).toBe("C5:D5");
  });

  it("makes a header row as tall as its longest label in its own column", () => {
    // Width 14 holds 12.6 characters: "Revenue: team attainment" (24) takes two lines.
    expect(
      headerRowHeight([
        { text: "Team", width: 20 },
        { text: "Revenue: team attainment", width: 14 },
      ]),
    ).toBe(32);
    expect(headerRowHeight([{ text: "Team", width: 20 }])).toBeNull();
  });
});
