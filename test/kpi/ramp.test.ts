/** RAMPQUOTA and PRORATE, worked by hand. */
import { KpiError, isKpiError, prorate, rampQuota } from "../../src/kpi";

const serial = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
const kind = (r: unknown) => (isKpiError(r) ? r.kind : r);

describe("rampQuota", () => {
  it.each([
    // fullQuota, period, schedule, expected (default ramp 25% / 50% / 75%)
    [120000, 1, null, 30000],
    [120000, 2, null, 60000],
    [120000, 3, null, 90000],
    [120000, 4, null, 120000], // past the schedule: the full quota
    [120000, 2.9, null, 60000], // periods are whole
    [100000, 2, [[0.1], [0.4]], 40000],
    [100000, 2, [[0.1, 0.4]], 40000], // a row works too
    [100000, 2, [[0.1], [""], [0.4]], 40000], // blank cells skipped
    [100000, 1, [[""]], 100000], // an empty schedule: no ramp
    [100000, 1, 0.3, 30000], // a single cell
  ])("RAMPQUOTA(%p, %p, %j) = %p", (q, n, s, expected) => {
    expect(rampQuota(q, n, s)).toBeCloseTo(expected, 8);
  });
  it("period below 1 or a negative fraction is #NUM!; a 2-D schedule is #VALUE!", () => {
    expect(kind(rampQuota(1000, 0, null))).toBe("num");
    expect(kind(rampQuota(1000, 1, [[-0.5]]))).toBe("num");
    expect(
      kind(
        rampQuota(1000, 1, [
          [0.1, 0.2],
          [0.3, 0.4],
        ]),
      ),
    ).toBe("value");
  });
});

describe("prorate", () => {
  const Q1 = [serial(2025, 1, 1), serial(2025, 3, 31)] as const;
  it("calendar: joined 1 Feb, active 28 + 31 = 59 of 90 days -> 90,000 x 59/90 = 59,000", () => {
    expect(prorate(90000, Q1[0], Q1[1], serial(2025, 2, 1), null, null, "calendar")).toBeCloseTo(59000, 8);
  });
  it("workdays: Q1 2025 has 64 working days, February and March 20 + 21 = 41", () => {
    // January 2025: 23 working days; February: 20; March: 21.
    expect(prorate(64000, Q1[0], Q1[1], serial(2025, 2, 1), null, null, null)).toBeCloseTo(41000, 8);
  });
  it("left on 14 March with a holiday on 3 Feb: (20 - 1) + 10 = 29 of 63 working days", () => {
    // 3-14 March: 10 working days. The holiday also leaves the period total: 64 - 1 = 63.
    const r = prorate(
      63000,
      Q1[0],
      Q1[1],
      serial(2025, 2, 1),
      serial(2025, 3, 14),
      [[serial(2025, 2, 3)]],
      null,
    );
    expect(r).toBeCloseTo(29000, 8);
  });
  it("active the whole period gives the whole target; no overlap gives 0", () => {
    expect(prorate(5000, Q1[0], Q1[1], serial(2024, 6, 1), null, null, null)).toBeCloseTo(5000, 10);
    expect(prorate(5000, Q1[0], Q1[1], serial(2025, 4, 2), null, null, null)).toBe(0);
    expect(prorate(5000, Q1[0], Q1[1], serial(2024, 4, 2), serial(2024, 9, 1), null, null)).toBe(0);
  });
  it("backwards spans are #NUM!, naming the argument", () => {
    const r = prorate(5000, Q1[0], Q1[1], serial(2025, 3, 1), serial(2025, 2, 1), null, null) as KpiError;
    expect(r.kind).toBe("num");
    expect(r.message).toMatch(/activeTo/);
    expect(kind(prorate(5000, Q1[1], Q1[0], Q1[0], null, null, null))).toBe("num");
  });
});
