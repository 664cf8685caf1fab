/**
 * How a table prints (src/workbook/print-width.ts), worked by hand: a landscape page holds 691.2 pt
 * across (792 pt Letter less 0.7" margins each side) and 487 pt down (595 pt A4 less 0.75" top and
 * bottom); a character of column width prints 7.1 pt wide (LibreOffice); the floor is 74% (11 pt text
 * printed at 8.1 pt). So a page holds 691.2 / 7.1 = 97.35 characters at 100% and 131.56 at 74%.
 * The print oracle (print-size.oracle.test.ts) checks the printed result on LibreOffice's PDF.
 */
import {
  MIN_PRINT_SCALE,
  fitScale,
  fitsOnePage,
  legiblePrint,
  pageChars,
  pagesAcross,
  tablePrint,
} from "../../src/workbook/print-width";

describe("print width", () => {
  it("holds 97.35 characters across a landscape page at 100% and 131.56 at 74%", () => {
    expect(pageChars(1)).toBeCloseTo(97.35, 2);
    expect(pageChars(MIN_PRINT_SCALE)).toBeCloseTo(131.56, 2);
  });

  it("fits the CRM commission sheet's 121 characters one page wide at 80%", () => {
    // 691.2 / (121 x 7.1) = 691.2 / 859.1 = 0.8046: at least 74%, one page wide.
    const widths = [14, 22, 22, 13, 13, 13, 13, 11];
    expect(fitScale(widths)).toBeCloseTo(0.8046, 3);
    expect(tablePrint(widths, 1)).toEqual({ fitToWidth: true });
  });

  it("splits the old 152-character CRM commission sheet over two pages at full size", () => {
    // 691.2 / (152 x 7.1) = 0.64: under the floor. At 100% (97.35): A-D (86), then A + E-H (22 + 66 = 88).
    const widths = [22, 24, 22, 18, 18, 18, 18, 12];
    expect(fitScale(widths)).toBeCloseTo(0.6405, 3);
    expect(pagesAcross(widths, 1, 1)).toBe(2);
    expect(tablePrint(widths, 1)).toEqual({ scale: 100, titleColumns: "A:A" });
  });

  it("prints a year's ramp sheet at 90% over two pages, not three at 100%", () => {
    // Rep 24, team 16, hire date 13 (53) and twelve months of 11.
    // 100% (97.35): 53 + 4 months = 97 | 24 + 6 months = 90 | 24 + 2 months: three pages.
    // 74% (131.56): 53 + 7 months = 130 | 24 + 5 months = 79: two pages.
    // 90% (108.17): 53 + 5 months = 108 | 24 + 7 months = 101: two pages; 91% (106.98) takes three.
    const widths = [24, 16, 13, ...Array<number>(12).fill(11)];
    expect(pagesAcross(widths, 1, 1)).toBe(3);
    expect(pagesAcross(widths, 1, 0.74)).toBe(2);
    expect(pagesAcross(widths, 1, 0.9)).toBe(2);
    expect(pagesAcross(widths, 1, 0.91)).toBe(3);
    expect(tablePrint(widths, 1)).toEqual({ scale: 90, titleColumns: "A:A" });
  });

  it("keeps a note over a split table within the first page", () => {
    // At 90% a page holds 108.17 characters, 102.8 of them kept for the note (95%): A-G (97 characters).
    const widths = [24, 16, 13, ...Array<number>(12).fill(11)];
    const fit = legiblePrint(widths, 1, "1:4");
    expect(fit.print).toEqual({ orientation: "landscape", scale: 90, titleColumns: "A:A", titleRows: "1:4" });
    expect(fit.noteEnd).toBe(6);
  });

  it("prints a quarter's ramp sheet one page wide, as before", () => {
    // 53 + 3 x 11 = 86 characters: 691.2 / (86 x 7.1) = 1.13, capped at 1.
    const fit = legiblePrint([24, 16, 13, 11, 11, 11], 1, "1:4");
    expect(fit.print).toEqual({ orientation: "landscape", fitToWidth: true, titleRows: "1:4" });
    expect(fit.noteEnd).toBe(5);
  });

  it("puts a dashboard on one page only while it stays legible", () => {
    // 100 characters: 691.2 / 710 = 0.97 across. 600 pt tall: 487 / 600 = 0.81, one page;
    // 700 pt tall: 487 / 700 = 0.70, under the floor.
    const widths = Array<number>(10).fill(10);
    expect(fitsOnePage(widths, 600)).toBe(true);
    expect(fitsOnePage(widths, 700)).toBe(false);
  });
});
