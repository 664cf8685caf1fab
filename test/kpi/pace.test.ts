/**
 * PACE, RUNRATE, REQUIREDRATE, STATUS: worked by hand on June 2025 (starts on a Sunday; 30 calendar
 * days; 21 working days, 9 of them by Thursday 12 June).
 */
import { KpiError, isKpiError, pace, paceCore, requiredRate, runRate, status } from "../../src/kpi";

const serial = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
const JUN1 = serial(2025, 6, 1);
const JUN12 = serial(2025, 6, 12);
const JUN30 = serial(2025, 6, 30);

const kind = (r: unknown) => (isKpiError(r) ? r.kind : r);

describe("runRate", () => {
  it("issue example: 96,000 after day 12 of a 30-day month (calendar) -> 240,000", () => {
    // 96,000 x 30 / 12
    expect(runRate(96000, JUN1, JUN30, JUN12, null, "calendar")).toBeCloseTo(240000, 6);
  });
  it("workdays: 96,000 x 21 / 9 = 224,000", () => {
    expect(runRate(96000, JUN1, JUN30, JUN12, null, null)).toBeCloseTo(224000, 6);
  });
  it("a holiday on 4 June removes one elapsed and one total working day: 96,000 x 20 / 8 = 240,000", () => {
    expect(runRate(96000, JUN1, JUN30, JUN12, [[serial(2025, 6, 4)]], "workdays")).toBeCloseTo(240000, 6);
  });
  it("after the end the run rate is the actual; before the start nothing has elapsed", () => {
    expect(runRate(300000, JUN1, JUN30, serial(2025, 7, 15), null, "calendar")).toBe(300000);
    expect(kind(runRate(0, JUN1, JUN30, serial(2025, 5, 20), null, "calendar"))).toBe("div0");
  });
  it("asof on a weekend before any working day: nothing elapsed", () => {
    // 1 June 2025 is a Sunday, the first working day is Monday 2 June.
    expect(kind(runRate(10, JUN1, JUN30, JUN1, null, null))).toBe("div0");
  });
});

describe("requiredRate", () => {
  it("issue example: 96,000 of 260,000 on day 12 of 30 (calendar) -> 164,000 / 18 = 9,111.11", () => {
    expect(requiredRate(96000, 260000, JUN30, JUN12, null, "calendar")).toBeCloseTo(9111.111111, 5);
  });
  it("workdays: 164,000 over the 12 working days after 12 June = 13,666.67", () => {
    // 13, 16-20, 23-27, 30 June: 1 + 5 + 5 + 1 = 12 working days
    expect(requiredRate(96000, 260000, JUN30, JUN12, null, "workdays")).toBeCloseTo(13666.666667, 5);
  });
  it("is 0 once the target is met, even with no day left", () => {
    expect(requiredRate(270000, 260000, JUN30, JUN30, null, null)).toBe(0);
    expect(requiredRate(260000, 260000, JUN30, JUN12, null, null)).toBe(0);
  });
  it("is #DIV/0! when the target is missed and no day is left", () => {
    expect(kind(requiredRate(100, 260000, JUN30, JUN30, null, null))).toBe("div0");
    expect(kind(requiredRate(100, 260000, JUN30, serial(2025, 7, 3), null, null))).toBe("div0");
  });
  it("counts the whole period when asof is before it", () => {
    // 31 May: all 30 June days remain
    expect(requiredRate(0, 300000, JUN30, serial(2025, 5, 31), null, "calendar")).toBeCloseTo(10000, 8);
  });
});

describe("pace", () => {
  it("calendar: 96,000 against 260,000 x 12/30 = 104,000 expected -> 0.923077", () => {
    expect(pace(96000, 260000, JUN1, JUN30, JUN12, null, "calendar")).toBeCloseTo(96000 / 104000, 12);
  });
  it("workdays (default): expected 260,000 x 9/21 -> 96,000 x 21 / (260,000 x 9) = 0.861538", () => {
    expect(pace(96000, 260000, JUN1, JUN30, JUN12, null, null)).toBeCloseTo(2016000 / 2340000, 12);
  });
  it("equals attainment once the period is over", () => {
    expect(pace(390000, 300000, JUN1, JUN30, serial(2025, 8, 1), null, null)).toBeCloseTo(1.3, 12);
  });
  it("nothing expected yet (before start, or target 0) is #DIV/0!", () => {
    expect(kind(pace(5, 100, JUN1, JUN30, serial(2025, 5, 1), null, null))).toBe("div0");
    expect(kind(pace(5, 0, JUN1, JUN30, JUN12, null, null))).toBe("div0");
  });
  it("a period of one weekend has no working day: #DIV/0!", () => {
    expect(kind(pace(5, 100, serial(2025, 6, 7), serial(2025, 6, 8), serial(2025, 6, 8), null, null))).toBe(
      "div0",
    );
  });
  it("end before start is #NUM!; a date before 1900 or text is an error naming it", () => {
    expect(kind(pace(5, 100, JUN30, JUN1, JUN12, null, null))).toBe("num");
    const neg = pace(5, 100, -1, JUN30, JUN12, null, null) as KpiError;
    expect(neg.kind).toBe("num");
    expect(neg.message).toMatch(/start/);
    const text = pace(5, 100, JUN1, JUN30, "today", null, null) as KpiError;
    expect(text.kind).toBe("value");
    expect(text.message).toMatch(/asof/);
    expect(kind(pace(5, 100, JUN1, JUN30, JUN12, [["x"]], null))).toBe("value");
    expect(kind(pace(5, 100, JUN1, JUN30, JUN12, null, "weeks"))).toBe("value");
  });
  it("a negative target works like ATTAINMENT's (a loss to reduce)", () => {
    // expected -30,000 x 12/30 = -12,000; actual -6,000: 1 + 6,000/12,000 = 1.5
    expect(paceCore(-6000, -30000, JUN1, JUN30, JUN12, [], "calendar")).toBeCloseTo(1.5, 12);
  });
});

describe("status", () => {
  // Expected by 12 June (calendar): 260,000 x 12/30 = 104,000; 10% tolerance = 10,400 -> 93,600.
  it.each([
    [104000, null, "ON TRACK"], // exactly on the line
    [110000, null, "ON TRACK"],
    [96000, null, "AT RISK"], // 7.7% short
    [93600.01, null, "AT RISK"],
    [93600, null, "OFF TRACK"], // exactly 10% short: "at least tolerance below"
    [50000, null, "OFF TRACK"],
    [96000, 0.05, "OFF TRACK"], // 7.7% short of a 5% tolerance
    [103999, 0, "OFF TRACK"], // no tolerance: any shortfall is off track
  ])("actual %p with tolerance %p -> %s", (actual, tolerance, expected) => {
    expect(status(actual, 260000, JUN1, JUN30, JUN12, tolerance, null, "calendar")).toBe(expected);
  });
  it("before the start nothing is expected: ON TRACK", () => {
    expect(status(0, 260000, JUN1, JUN30, serial(2025, 5, 20), null, null, null)).toBe("ON TRACK");
  });
  it("names the first bad argument in argument order", () => {
    const r = status(1, 2, JUN1, JUN30, JUN12, "lots", null, "weeks") as KpiError;
    expect(r.message).toMatch(/^tolerance/);
  });
  it("a negative tolerance is #NUM!", () => {
    expect(kind(status(1, 2, JUN1, JUN30, JUN12, -0.1, null, null))).toBe("num");
  });
});
