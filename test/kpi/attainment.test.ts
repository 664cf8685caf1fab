/** ATTAINMENT worked by hand: attainment = 1 + (actual - target)/|target| (higher is better). */
import { attainment, attainmentCore, isKpiError } from "../../src/kpi";

describe("attainment", () => {
  it.each([
    // actual, target, direction, expected (hand calculation)
    [1440000, 1200000, null, 1.2], // 1.44M / 1.2M
    [0, 100, null, 0], // nothing sold yet
    [-50, -100, null, 1.5], // loss cut from -100 to -50: 1 + 50/100
    [-150, -100, null, 0.5], // loss grew: 1 + (-50)/100
    [80, 100, "lower", 1.2], // cost 80 against 100, lower is better: 1 + 20/100
    [120, 100, "LOWER", 0.8], // case-insensitive choice
    [[[90]], [[100]], [[null]], 0.9], // single cells may arrive as 1x1 matrices
  ])("attainment(%p, %p, %p) = %p", (a, t, d, expected) => {
    expect(attainment(a, t, d)).toBeCloseTo(expected as number, 12);
  });

  it("is exact at thresholds: 9 of 20 is 0.45, not 0.44999999999999996", () => {
    expect(attainmentCore(9, 20, "higher")).toBe(0.45);
    expect(attainmentCore(11, 20, "lower")).toBe(1.45); // 1 + 9/20
    expect(attainmentCore(-9, -20, "lower")).toBe(0.45); // a loss of 9 against a budgeted loss of 20
  });

  it("returns #DIV/0! for a zero target", () => {
    expect(attainment(10, 0, null)).toEqual({ kind: "div0", message: expect.any(String) });
  });

  it("names the argument in #VALUE! messages", () => {
    const r = attainment("ten", 100, null);
    expect(isKpiError(r) && r.kind === "value" && r.message).toMatch(/actual/);
    const d = attainment(1, 100, "up");
    expect(isKpiError(d) && d.message).toMatch(/direction/);
  });
});
