/**
 * Statement pages worked by hand. Printable page (the smaller of A4 and Letter, default margins):
 * upright 595 - 100.8 = 494.2 pt wide, 792 - 108 = 684 pt tall; across 792 - 100.8 = 691.2 pt wide,
 * 595 - 108 = 487 pt tall; 95% of the height used. A column character prints 7.1 pt wide.
 */
import {
  MIN_SCALE,
  StatementPager,
  statementPrint,
} from "../../../src/generators/incentives/statement-pages";

describe("statement print scale and orientation", () => {
  it("four columns (94 characters) go upright at 74%, the width's limit", () => {
    // 94 x 7.1 = 667.4 pt: upright 494.2 / 667.4 = 0.7405; the 758 pt statement would allow 0.857.
    const p = statementPrint(94, [{ whole: 758, core: 758 }]);
    expect(p).toEqual({ orientation: "portrait", scale: 74, capacity: expect.any(Number) });
    expect(p.capacity).toBeCloseTo((0.95 * 684) / 0.74, 6);
  });

  it("five columns (110 characters) go across, at the width's 88% when the page holds the statement", () => {
    // 781 pt: upright 0.633 is under the legible 74%; across 691.2 / 781 = 0.885.
    const p = statementPrint(110, [{ whole: 400, core: 400 }]);
    expect(p.orientation).toBe("landscape");
    expect(p.scale).toBe(88);
    expect(p.capacity).toBeCloseTo((0.95 * 487) / 0.88, 6);
  });

  it("a taller statement shrinks to keep it on a page, not under 74%; a long deal list continues", () => {
    // Across, 462.65 pt a page: a 560 pt statement fits at 462.65 / 560 = 0.826 -> 82%.
    expect(statementPrint(110, [{ whole: 560, core: 560 }]).scale).toBe(82);
    // 2,000 pt with its deals is more than 462.65 / 0.74 = 625 pt even at 74%: the 500 pt without
    // the deals decides, 462.65 / 500 = 0.925 -> 88% (the width's limit).
    expect(statementPrint(110, [{ whole: 2000, core: 500 }]).scale).toBe(88);
    // 900 pt of statement even without deals: the floor.
    expect(statementPrint(110, [{ whole: 900, core: 900 }]).scale).toBe(Math.round(MIN_SCALE * 100));
  });
});

describe("statement pager", () => {
  it("starts a page with a heading where the next part does not fit, and repeats a header", () => {
    const headings: number[] = [];
    const pager = new StatementPager(100, 40, (y) => {
      headings.push(y);
      return { rows: 1, height: 20 };
    });
    pager.startPage(60);
    expect(pager.place(50, 30)).toBe(50); // 90 of 100
    // 90 + 15 > 100: a page from row 51, its heading there, the header under it, the part at 53.
    expect(pager.place(51, 15, () => ({ rows: 1, height: 15 }))).toBe(53);
    expect(headings).toEqual([51]);
    expect(pager.breaks).toEqual([11]);
    // On the new page: 20 + 15 + 15 = 50; 50 more fit exactly.
    expect(pager.place(54, 50)).toBe(54);
    expect(pager.place(55, 1)).toBe(56);
    expect(pager.breaks).toEqual([11, 15]);
  });
});
