/** SCORECARD: sum(w x (a < gate ? 0 : min(a, cap))), worked by hand. */
import { KpiError, isKpiError, scorecard } from "../../src/kpi";

const kind = (r: unknown) => (isKpiError(r) ? r.kind : r);
const col = (...xs: unknown[]) => xs.map((x) => [x]);

describe("scorecard", () => {
  it("weighted mean when nothing is capped or gated: 0.5 x 1.2 + 0.3 x 0.8 + 0.2 x 1.5 = 1.14", () => {
    expect(scorecard(col(1.2, 0.8, 1.5), col(0.5, 0.3, 0.2), null, null)).toBeCloseTo(1.14, 12);
  });
  it("catalogue example: 0.5 x 1.2 + 0.3 x 0 (gated) + 0.2 x 1.2 (capped) = 0.84", () => {
    expect(
      scorecard(col(1.2, 0.8, 1.5), col(0.5, 0.3, 0.2), col(1.5, 1.5, 1.2), col(0.5, 0.9, 0)),
    ).toBeCloseTo(0.84, 12);
  });
  it("a single cap or gate applies to every KPI; a blank one means none", () => {
    // cap 1.3 for all: 0.5 x 1.2 + 0.3 x 0.8 + 0.2 x 1.3 = 1.1
    expect(scorecard(col(1.2, 0.8, 1.5), col(0.5, 0.3, 0.2), 1.3, null)).toBeCloseTo(1.1, 12);
    // gate 1 for all: 0.5 x 1.2 + 0 + 0.2 x 1.5 = 0.9
    expect(scorecard(col(1.2, 0.8, 1.5), col(0.5, 0.3, 0.2), null, [[1]])).toBeCloseTo(0.9, 12);
    // blank cap on the last KPI: 0.5 x 1 + 0.3 x 0.8 + 0.2 x 1.5 = 1.04
    expect(scorecard(col(1.2, 0.8, 1.5), col(0.5, 0.3, 0.2), col(1, 1, ""), null)).toBeCloseTo(1.04, 12);
  });
  it("a row of weights may pair with a column of attainments; blank attainment counts 0", () => {
    expect(scorecard(col(1, "", 1), [[0.25, 0.5, 0.25]], null, null)).toBeCloseTo(0.5, 12);
  });
  it("weights that do not add up to 1 are #VALUE! with the sum in the message", () => {
    const r = scorecard(col(1, 1), col(0.5, 0.6), null, null) as KpiError;
    expect(r.kind).toBe("value");
    expect(r.message).toMatch(/1\.1/);
    // 33.3% + 33.3% + 33.4% is 1
    expect(scorecard(col(1, 1, 1), col(0.333, 0.333, 0.334), null, null)).toBeCloseTo(1, 12);
  });
  it("mismatched sizes are #VALUE!, negative weights #NUM!, text #VALUE!", () => {
    expect(kind(scorecard(col(1, 1), col(1), null, null))).toBe("value");
    expect(kind(scorecard(col(1, 1), col(0.5, 0.5), col(1, 1, 1), null))).toBe("value");
    expect(kind(scorecard(col(1, 1), col(1.5, -0.5), null, null))).toBe("num");
    expect(kind(scorecard(col(1, "x"), col(0.5, 0.5), null, null))).toBe("value");
    expect(kind(scorecard([], [], null, null))).toBe("value");
  });
});
