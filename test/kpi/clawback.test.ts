/** CLAWBACK: the band a customer's months active fall in, worked by hand. */
import { clawback, isKpiError } from "../../src/kpi";

const kind = (r: unknown) => (isKpiError(r) ? r.kind : r);
// Left within 3 months: all of it back; 3-5 months: half; from 6 months: nothing.
const SCHEDULE = [
  [0, 1],
  [3, 0.5],
  [6, 0],
];

describe("clawback", () => {
  it.each([
    [6000, 0, 6000],
    [6000, 2.9, 6000],
    [6000, 3, 3000], // a band starts at its months
    [6000, 4, 3000], // catalogue example
    [6000, 6, 0],
    [6000, 24, 0],
  ])("CLAWBACK(%p, %p, schedule) = %p", (c, months, expected) => {
    expect(clawback(c, months, SCHEDULE)).toBe(expected);
  });

  it("before the first band nothing is clawed back", () => {
    expect(
      clawback(6000, 1, [
        [2, 1],
        [4, 0.5],
      ]),
    ).toBe(0);
  });

  it("skips blank rows; rejects negatives, fractions outside 0-1 and unsorted bands", () => {
    expect(
      clawback(1000, 4, [
        [0, 1],
        [null, null],
        [3, 0.25],
      ]),
    ).toBe(250);
    expect(kind(clawback(-1, 4, SCHEDULE))).toBe("num");
    expect(kind(clawback(1, -4, SCHEDULE))).toBe("num");
    expect(kind(clawback(1, 4, [[0, 1.5]]))).toBe("num");
    expect(
      kind(
        clawback(1, 4, [
          [3, 1],
          [0, 0.5],
        ]),
      ),
    ).toBe("value");
    expect(kind(clawback(1, 4, null))).toBe("value");
  });
});
