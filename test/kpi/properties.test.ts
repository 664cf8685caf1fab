/**
 * Invariants of the KPI core, checked with fast-check over generated inputs: the properties a
 * payroll reviewer relies on (marginal commission has no jumps and never falls as sales grow,
 * retro pays at least marginal, a draw only moves money in time, ...).
 */
import fc from "fast-check";
import * as kpi from "../../src/kpi";
import { CATALOGUE } from "../../src/functions/catalogue";
import {
  Tier,
  commission,
  commissionCore,
  commissionDetail,
  draw,
  leaderboard,
  networkDays,
  payoutCore,
  prorate,
  scorecard,
} from "../../src/kpi";

/** Ascending distinct thresholds from 0 with non-negative rates (sorted when `ascendingRates`). */
const tiersArb = (ascendingRates: boolean) =>
  fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: 2_000_000 }), { maxLength: 9 }),
      fc.array(fc.double({ min: 0, max: 0.5, noNaN: true }), { minLength: 10, maxLength: 10 }),
    )
    .map(([cuts, rates]) => {
      const from = [0, ...cuts.sort((a, b) => a - b)];
      const r = ascendingRates ? [...rates].sort((a, b) => a - b) : rates;
      return from.map((f, i): Tier => ({ from: f, rate: r[i] }));
    });
const amountArb = fc.double({ min: 0, max: 3_000_000, noNaN: true });
const asRange = (tiers: readonly Tier[]) => tiers.map((t) => [t.from, t.rate]);

describe("commission invariants", () => {
  it("marginal is non-decreasing in the amount for non-negative rates", () => {
    fc.assert(
      fc.property(tiersArb(false), amountArb, amountArb, (tiers, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const a = commissionCore(lo, tiers, "marginal");
        const b = commissionCore(hi, tiers, "marginal");
        expect(a).toBeLessThanOrEqual(b + 1e-9 * Math.max(1, b));
      }),
      { numRuns: 1000 },
    );
  });

  it("marginal is continuous: it moves by at most the top rate times the change, even across thresholds", () => {
    fc.assert(
      fc.property(
        tiersArb(false),
        fc.nat({ max: 9 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (tiers, k, d) => {
          const t = tiers[Math.min(k, tiers.length - 1)].from;
          const maxRate = Math.max(...tiers.map((x) => x.rate));
          const below = commissionCore(Math.max(0, t - d), tiers, "marginal");
          const at = commissionCore(t, tiers, "marginal");
          const above = commissionCore(t + d, tiers, "marginal");
          const slack = 1e-9 * Math.max(1, at);
          expect(Math.abs(at - below)).toBeLessThanOrEqual(maxRate * d + slack);
          expect(Math.abs(above - at)).toBeLessThanOrEqual(maxRate * d + slack);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("retro pays at least marginal when rates rise with the tiers", () => {
    fc.assert(
      fc.property(tiersArb(true), amountArb, (tiers, amount) => {
        const retro = commissionCore(amount, tiers, "retro");
        const marginal = commissionCore(amount, tiers, "marginal");
        expect(retro).toBeGreaterThanOrEqual(marginal - 1e-9 * Math.max(1, marginal));
      }),
      { numRuns: 1000 },
    );
  });

  it("the Excel function, the core and the detail's total agree", () => {
    fc.assert(
      fc.property(
        tiersArb(false),
        amountArb,
        fc.constantFrom("marginal", "retro"),
        (tiers, amount, method) => {
          const viaExcel = commission(amount, asRange(tiers), method) as number;
          const core = commissionCore(amount, tiers, method as "marginal" | "retro");
          const detail = commissionDetail(amount, asRange(tiers), method) as (number | string)[][];
          const total = detail[detail.length - 1][4] as number;
          const tolerance = 1e-9 * Math.max(1, core);
          expect(Math.abs(viaExcel - core)).toBeLessThanOrEqual(tolerance);
          expect(Math.abs(total - core)).toBeLessThanOrEqual(tolerance);
          // The rows add up to the total row, as a reader checking with SUM() would expect.
          const rows = detail.slice(0, -1).reduce((s, r) => s + (r[4] as number), 0);
          expect(Math.abs(rows - total)).toBeLessThanOrEqual(tolerance);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("scorecard invariants", () => {
  it("equals the weighted mean when nothing is capped or gated", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -2, max: 3, noNaN: true }), fc.integer({ min: 0, max: 100 })), {
          minLength: 1,
          maxLength: 12,
        }),
        (rows) => {
          const raw = rows.map(([, w]) => w);
          const sum = raw.reduce((s, w) => s + w, 0);
          fc.pre(sum > 0);
          // weights as fractions summing to 1: the last one takes the rounding remainder
          const weights = raw.map((w) => w / sum);
          const a = rows.map(([x]) => [x]);
          const mean = rows.reduce((s, [x], i) => s + x * weights[i], 0);
          const r = scorecard(
            a,
            weights.map((w) => [w]),
            null,
            null,
          );
          expect(r).toBeCloseTo(mean, 9);
          // caps above every attainment change nothing either
          expect(
            scorecard(
              a,
              weights.map((w) => [w]),
              4,
              null,
            ),
          ).toBeCloseTo(mean, 9);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("draw invariants", () => {
  it("recoverable: total paid minus the change in balance equals total earned", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -5000, max: 50000, noNaN: true }), { minLength: 1, maxLength: 36 }),
        fc.double({ min: 0, max: 20000, noNaN: true }),
        (earned, d) => {
          const rows = draw(
            earned.map((e) => [e]),
            d,
            true,
          ) as number[][];
          const paid = rows.reduce((s, r) => s + r[0], 0);
          const balanceChange = rows[rows.length - 1][1] - 0;
          const total = earned.reduce((s, e) => s + e, 0);
          expect(Math.abs(paid - balanceChange - total)).toBeLessThanOrEqual(
            1e-6 * Math.max(1, Math.abs(paid)),
          );
          for (const r of rows) {
            expect(r[0]).toBeGreaterThanOrEqual(d - 1e-9 * Math.max(1, d)); // never below the draw
            expect(r[1]).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("non-recoverable: never pays less than the draw or than what was earned", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -5000, max: 50000, noNaN: true }), { minLength: 1, maxLength: 36 }),
        fc.double({ min: 0, max: 20000, noNaN: true }),
        (earned, d) => {
          const rows = draw(
            earned.map((e) => [e]),
            d,
            false,
          ) as number[][];
          rows.forEach((r, i) => {
            expect(r[0]).toBeGreaterThanOrEqual(d * (1 - 1e-14));
            expect(r[0]).toBeGreaterThanOrEqual(earned[i] - 1e-9 * Math.abs(earned[i]));
            expect(r[1]).toBe(0);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("other invariants", () => {
  it("payout is non-decreasing on a non-decreasing curve", () => {
    const curveArb = fc
      .tuple(
        fc.uniqueArray(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 6, maxLength: 6 }),
      )
      .map(([xs, ps]) => {
        const a = [...xs].sort((p, q) => p - q).map((x) => x / 100);
        const p = [...ps].sort((x, y) => x - y);
        return a.map((attainment, i) => ({ attainment, payout: p[i] }));
      });
    fc.assert(
      fc.property(
        curveArb,
        fc.double({ min: -1, max: 5, noNaN: true }),
        fc.double({ min: -1, max: 5, noNaN: true }),
        (curve, x, y) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          expect(payoutCore(lo, curve, null)).toBeLessThanOrEqual(payoutCore(hi, curve, null) + 1e-12);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("leaderboard is a stable sort of the input", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 40 }), (scores) => {
        const names = scores.map((_, i) => [`rep ${i}`]);
        const rows = leaderboard(
          names,
          scores.map((s) => [s]),
          null,
        ) as [string, number][];
        const expected = scores
          .map((s, i) => ({ s, i }))
          .sort((a, b) => b.s - a.s || a.i - b.i)
          .map(({ s, i }) => [`rep ${i}`, s]);
        expect(rows).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("working days add up over adjacent spans; prorating the whole period gives the whole target", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: 80000 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        (a, x, y) => {
          const b = a + x;
          const c = b + 1 + y;
          expect(networkDays(a, b, []) + networkDays(b + 1, c, [])).toBe(networkDays(a, c, []));
          const r = prorate(1000, a, c, a, null, null, "calendar");
          expect(r).toBeCloseTo(1000, 9);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("no function throws", () => {
  // Anything at all in every argument position, as the adapters pass it on: the answer is a value
  // or a KpiError, never an exception.
  const cores = kpi as unknown as Record<string, (...args: unknown[]) => unknown>;
  it.each(CATALOGUE.map((f) => [f.name, f] as const))("%s", (_name, f) => {
    fc.assert(
      fc.property(
        fc.array(fc.anything(), { minLength: f.params.length, maxLength: f.params.length }),
        (args) => {
          const r = cores[f.core](...args);
          expect(
            kpi.isKpiError(r) || ["number", "string", "boolean"].includes(typeof r) || Array.isArray(r),
          ).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
