/** DRAW: recoverable and non-recoverable draws, period by period, worked by hand. */
import { draw, drawCore, isKpiError } from "../../src/kpi";

const kind = (r: unknown) => (isKpiError(r) ? r.kind : r);

describe("draw", () => {
  it("issue example: draw 1,500; earned 500 then 3,000 -> paid 1,500 then 2,000", () => {
    // month 1: 500 < 1,500: pay 1,500, owe 1,000; month 2: surplus 1,500 repays the 1,000.
    expect(draw([[500], [3000]], 1500, null)).toEqual([
      [1500, 1000],
      [2000, 0],
    ]);
  });

  it("repays over several periods and builds the balance back up", () => {
    // 0: owe 2,000; 2,500: surplus 500 -> owe 1,500, paid 2,000; 1,000: owe 2,500, paid 2,000;
    // 6,000: surplus 4,000 repays 2,500 -> paid 3,500; 2,000: even.
    expect(draw([[0], [2500], [1000], [6000], [2000]], 2000, true)).toEqual([
      [2000, 2000],
      [2000, 1500],
      [2000, 2500],
      [3500, 0],
      [2000, 0],
    ]);
  });

  it("non-recoverable: pays max(draw, earned), owes nothing", () => {
    expect(draw([[500], [3000]], 1500, false)).toEqual([
      [1500, 0],
      [3000, 0],
    ]);
    expect(draw([[500]], 1500, "FALSE")).toEqual([[1500, 0]]);
    expect(draw([[500]], 1500, 0)).toEqual([[1500, 0]]);
  });

  it("reads a row, a single cell and blank periods (as 0)", () => {
    expect(draw([[500, 3000]], 1500, null)).toEqual([
      [1500, 1000],
      [2000, 0],
    ]);
    expect(draw(4000, 1500, null)).toEqual([[4000, 0]]);
    expect(draw([[""], [3000]], 1000, null)).toEqual([
      [1000, 1000],
      [2000, 0],
    ]);
  });

  it("rejects a 2-D range, no periods, a negative draw, text and a non-boolean", () => {
    expect(
      kind(
        draw(
          [
            [1, 2],
            [3, 4],
          ],
          10,
          null,
        ),
      ),
    ).toBe("value");
    expect(kind(draw([], 10, null))).toBe("value");
    expect(kind(draw([[1]], -10, null))).toBe("num");
    expect(kind(draw([["lots"]], 10, null))).toBe("value");
    expect(kind(draw([[1]], 10, "maybe"))).toBe("value");
  });

  it("core: paid minus the change in balance is what was earned, period by period", () => {
    const earned = [100, 0, 700, 50, 1200];
    const periods = drawCore(earned, 400, true);
    let before = 0;
    periods.forEach((p, i) => {
      expect(p.paid - (p.balance - before)).toBeCloseTo(earned[i], 10);
      before = p.balance;
    });
  });
});
