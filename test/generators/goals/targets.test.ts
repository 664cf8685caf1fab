/**
 * Ramp and proration worked by hand on the 2027 calendar: 2027-02-01 is a Monday, so February has
 * 20 weekdays; with the five Spring Festival days Feb 8-12 off it has 15 working days.
 */
import { lineTargets, rampFactor } from "../../../src/generators/goals";
import { buildPeriod, validateGoalInput } from "../../../src/schemas/goals";

const Q1 = buildPeriod("quarter", 2027, 1);
const [JAN, FEB, MAR] = Q1.months;
const SERIAL = (month: number, day: number) => 46388 + [0, 31, 59][month - 1] + day - 1; // 2027-01-01 = 46388
const FESTIVAL = [8, 9, 10, 11, 12].map((d) => SERIAL(2, d));
const RAMP = [0.25, 0.5, 0.75];

describe("rampFactor", () => {
  it("is 1 without a hire date and 0 before the hire month", () => {
    expect(rampFactor(null, JAN, RAMP, [])).toBe(1);
    expect(rampFactor(SERIAL(2, 15), JAN, RAMP, FESTIVAL)).toBe(0);
  });

  it("prorates the month of hire by working days and ramps the months after", () => {
    // Hired Monday Feb 15: Feb 15-19 and 22-26 are 10 working days of 15; month 1 of the ramp (25%).
    expect(rampFactor(SERIAL(2, 15), FEB, RAMP, FESTIVAL)).toBeCloseTo((0.25 * 10) / 15, 15);
    // Without the festival: 10 of 20 working days.
    expect(rampFactor(SERIAL(2, 15), FEB, RAMP, [])).toBeCloseTo(0.125, 15);
    // March is month 2 in role: 50%, a full month.
    expect(rampFactor(SERIAL(2, 15), MAR, RAMP, FESTIVAL)).toBe(0.5);
  });

  it("counts the month in role from the hire month and ends the ramp after the schedule", () => {
    const nov20 = 46388 - 42; // 2026-11-20: November is month 1, December 2, January 3, February 4
    expect(rampFactor(nov20, JAN, RAMP, [])).toBe(0.75);
    expect(rampFactor(nov20, FEB, RAMP, [])).toBe(1);
    // Hired on the first day of a month: no proration, month 1 of the ramp.
    expect(rampFactor(SERIAL(3, 1), MAR, RAMP, [])).toBe(0.25);
  });
});

describe("lineTargets", () => {
  it("splits the full target by the seasonal weights and applies the factors", () => {
    const roster = [{ name: "Gao Yu", role: "AE", team: "West", manager: "E", hireDate: SERIAL(2, 15) }];
    const result = validateGoalInput(roster, {
      period: "2027-Q1",
      metrics: [{ id: "revenue", weight: 1, target: 900000 }],
      split: [0.3, 0.25, 0.45],
      holidays: FESTIVAL.map((s) => s),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const t = lineTargets(result.value, 0, 0);
    // 900,000 x 30% x 0 | 900,000 x 25% x 1/6 = 37,500 | 900,000 x 45% x 0.5 = 202,500
    expect(t.monthly[0]).toBe(0);
    expect(t.monthly[1]).toBeCloseTo(37500, 9);
    expect(t.monthly[2]).toBeCloseTo(202500, 9);
    expect(t.period).toBeCloseTo(240000, 9);
    expect(t.full).toBe(900000);
  });

  it("moves a negative baseline up by growth x |baseline|, as GROWTH measures it", () => {
    const roster = [{ name: "Ann", role: "AE", team: "East", manager: "M", hireDate: null }];
    const result = validateGoalInput(roster, {
      period: "2027-03",
      metrics: [{ id: "margin", name: "Margin", weight: 1, growth: 0.2 }],
      baselines: { Ann: { margin: -1000 } },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    // A loss of 1,000 improved by 20% of its size: -1,000 + 200 = -800.
    expect(lineTargets(result.value, 0, 0).full).toBe(-800);
  });
});
