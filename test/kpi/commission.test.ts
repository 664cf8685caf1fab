/** COMMISSION and COMMISSIONDETAIL: the worked examples and hand calculations. */
import {
  KpiError,
  commission,
  commissionCore,
  commissionDetail,
  commissionTraceCore,
  isKpiError,
  tierIndex,
} from "../../src/kpi";

const kind = (r: unknown) => (isKpiError(r) ? r.kind : r);
const TIERS_3 = [
  [0, 0.03],
  [300000, 0.05],
  [500000, 0.07],
];
const TIERS_2 = [
  [0, 0.5],
  [100000, 0.6],
];

describe("commission", () => {
  it.each([
    // issue: 3%/5%/7% from 0/300,000/500,000 on 600,000 marginal: 9,000 + 10,000 + 7,000
    [600000, TIERS_3, null, 26000],
    [600000, TIERS_3, "marginal", 26000],
    // retro: 600,000 x 7%
    [600000, TIERS_3, "retro", 42000],
    // issue: 50%/60% from 0/100,000 on 180,000: retro 180,000 x 60%; marginal 50,000 + 48,000
    [180000, TIERS_2, "retro", 108000],
    [180000, TIERS_2, null, 98000],
    // exactly on a threshold: the tier starts there (retro jumps, marginal does not)
    [300000, TIERS_3, "retro", 15000],
    [300000, TIERS_3, null, 9000],
    [299999.99, TIERS_3, "retro", 8999.9997],
    [0, TIERS_3, null, 0],
    // below the first threshold (returns, a negative month) earns nothing
    [-5000, TIERS_3, null, 0],
    [40000, [[50000, 0.1]], null, 0],
    // a first tier above 0: marginal pays from the threshold, retro the whole amount
    [80000, [[50000, 0.1]], null, 3000],
    [80000, [[50000, 0.1]], "RETRO", 8000],
    // SPIFF: rates as amounts per unit; 12 units = 10 x 50 + 2 x 80
    [
      12,
      [
        [0, 50],
        [10, 80],
      ],
      null,
      660,
    ],
  ])("COMMISSION(%p, %j, %p) = %p", (amount, tiers, method, expected) => {
    expect(commission(amount, tiers, method)).toBeCloseTo(expected, 6);
  });

  it("ignores fully blank rows anywhere, so a larger selection works", () => {
    const padded = [
      ["", ""],
      [0, 0.03],
      [null, null],
      [300000, 0.05],
      [500000, 0.07],
      ["", null],
    ];
    expect(commission(600000, padded, null)).toBe(26000);
  });

  it("gives 26,000 exactly (15 significant digits), so =COMMISSION(...)=26000 is TRUE", () => {
    expect(commission(600000, TIERS_3, null)).toBe(26000);
  });

  it("rejects unsorted or repeated thresholds with #VALUE! naming the row", () => {
    const r = commission(
      1,
      [
        [0, 0.1],
        [500, 0.2],
        [400, 0.3],
      ],
      null,
    ) as KpiError;
    expect(r.kind).toBe("value");
    expect(r.message).toMatch(/tiers \(row 3\)/);
    expect(
      kind(
        commission(
          1,
          [
            [0, 0.1],
            [0, 0.2],
          ],
          null,
        ),
      ),
    ).toBe("value");
  });

  it("rejects tables of the wrong shape, empty tables, text and bad methods", () => {
    expect(kind(commission(1, [[0, 0.1, 5]], null))).toBe("value");
    expect(kind(commission(1, [[0], [1]], null))).toBe("value");
    expect(kind(commission(1, [[0, 0.1], [1]], null))).toBe("value"); // ragged
    expect(kind(commission(1, [["", ""]], null))).toBe("value"); // nothing but blanks
    expect(kind(commission(1, [], null))).toBe("value");
    const text = commission(1, [[0, "3%"]], null) as KpiError;
    expect(text.kind).toBe("value");
    expect(text.message).toMatch(/row 1, column 2/);
    expect(kind(commission("big", TIERS_3, null))).toBe("value");
    expect(kind(commission(1, TIERS_3, "progressive"))).toBe("value");
  });
});

describe("commissionCore and the trace", () => {
  const tiers = [
    { from: 0, rate: 0.03 },
    { from: 300000, rate: 0.05 },
    { from: 500000, rate: 0.07 },
  ];

  it("finds the tier by binary search", () => {
    const from = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90];
    expect(from.map((_, i) => tierIndex(from[i] + 5, from))).toEqual(from.map((_, i) => i));
    expect(tierIndex(-1, from)).toBe(-1);
    expect(tierIndex(10, from)).toBe(1);
    expect(tierIndex(1e9, from)).toBe(9);
  });

  it("reuses one tier array across amounts", () => {
    expect(commissionCore(600000, tiers, "marginal")).toBeCloseTo(26000, 8);
    expect(commissionCore(400000, tiers, "marginal")).toBeCloseTo(14000, 8); // 9,000 + 100,000 x 5%
    expect(commissionCore(400000, tiers, "retro")).toBeCloseTo(20000, 8);
  });

  it("traces marginal slices per tier", () => {
    expect(commissionTraceCore(400000, tiers, "marginal")).toEqual([
      { from: 0, to: 300000, amountInTier: 300000, rate: 0.03, commission: 9000 },
      { from: 300000, to: 500000, amountInTier: 100000, rate: 0.05, commission: 5000 },
      { from: 500000, to: null, amountInTier: 0, rate: 0.07, commission: 0 },
    ]);
  });

  it("spills the trace with a total row; retro puts the whole amount on the tier reached", () => {
    expect(commissionDetail(600000, TIERS_3, null)).toEqual([
      [0, 300000, 300000, 0.03, 9000],
      [300000, 500000, 200000, 0.05, 10000],
      [500000, "", 100000, 0.07, 7000],
      ["", "", 600000, "", 26000],
    ]);
    expect(commissionDetail(180000, TIERS_2, "retro")).toEqual([
      [0, 100000, 0, 0.5, 0],
      [100000, "", 180000, 0.6, 108000],
      ["", "", 180000, "", 108000],
    ]);
  });

  it("errors in the detail are a single error, not a half-filled table", () => {
    expect(
      kind(
        commissionDetail(
          1,
          [
            [5, 0.1],
            [1, 0.2],
          ],
          null,
        ),
      ),
    ).toBe("value");
  });
});
