/** PAYOUT on a gated, accelerating curve, worked by hand. */
import { isKpiError, payout, payoutCore } from "../../src/kpi";

const kind = (r: unknown) => (isKpiError(r) ? r.kind : r);
// Gate at 50% (payout 0), 100% pays 100%, 120% pays 150%: slope 2.5 above 100%.
const CURVE = [
  [0.5, 0],
  [1, 1],
  [1.2, 1.5],
];

describe("payout", () => {
  it.each([
    [0.4, null, null, 0], // below the first point: the gate
    [0.5, null, null, 0],
    [0.75, null, null, 0.5], // halfway from 0.5 to 1: 0 + 1 x 0.25/0.5
    [1, null, null, 1],
    [1.1, 20000, null, 25000], // catalogue example: 1 + 0.5 x 0.1/0.2 = 1.25, x 20,000
    [1.2, null, null, 1.5],
    [1.4, null, null, 2], // accelerator: 1.5 + 2.5 x 0.2
    [1.4, null, 1.8, 1.8], // capped
    [1.4, 10000, 1.8, 18000],
    [0.9, null, 0.5, 0.5], // a cap below the curve caps there too
  ])("PAYOUT(%p, curve, %p, %p) = %p", (a, ti, cap, expected) => {
    expect(payout(a, CURVE, ti, cap)).toBeCloseTo(expected, 10);
  });

  it("a one-point curve is a step: 0 below, the point's payout from there on", () => {
    expect(payoutCore(0.99, [{ attainment: 1, payout: 0.8 }], null)).toBe(0);
    expect(payoutCore(1.5, [{ attainment: 1, payout: 0.8 }], null)).toBe(0.8);
  });

  it("a falling last segment stops at 0, never negative", () => {
    // from (1, 1) down to (1.5, 0.5): slope -1, so 2.5 would be -0.5
    expect(
      payout(
        2.5,
        [
          [1, 1],
          [1.5, 0.5],
        ],
        null,
        null,
      ),
    ).toBe(0);
  });

  it("skips blank rows; rejects unsorted points, negative payouts, caps and incentives", () => {
    expect(
      payout(
        1.1,
        [
          [0.5, 0],
          ["", ""],
          [1, 1],
          [1.2, 1.5],
        ],
        20000,
        null,
      ),
    ).toBeCloseTo(25000, 8);
    expect(
      kind(
        payout(
          1,
          [
            [1, 1],
            [0.5, 0],
          ],
          null,
          null,
        ),
      ),
    ).toBe("value");
    expect(
      kind(
        payout(
          1,
          [
            [0.5, -0.1],
            [1, 1],
          ],
          null,
          null,
        ),
      ),
    ).toBe("num");
    expect(kind(payout(1, CURVE, -5, null))).toBe("num");
    expect(kind(payout(1, CURVE, null, -1))).toBe("num");
    expect(kind(payout(1, [[0.5, 0, 1]], null, null))).toBe("value");
  });
});
