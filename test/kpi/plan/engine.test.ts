/**
 * The incentive engine on published worked examples and hand calculations (sources in
 * worked-examples.ts), plus invariants that hold for any plan.
 */
import { computePlan } from "../../../src/kpi/plan/engine";
import { randomPlan } from "./random-plan";
import {
  bentegaTieredSpiff,
  bonusPayCalcCurve,
  excelForumAccelerators,
  handTeamAndAwards,
  oracleRecoverableDraw,
  proratedClawback,
  prowiSpiff,
  prowiSplit,
  qcommissionNonRecoverableDraw,
  quotaPathInsurance,
} from "./worked-examples";

const payables = (lines: ReturnType<typeof computePlan>["lines"][number]) => lines.map((l) => l.payable);

describe("incentive engine: published worked examples", () => {
  it("pays a recoverable draw and recovers it as Oracle's scenario does", () => {
    const [lines] = computePlan(oracleRecoverableDraw.model).lines;
    expect(payables(lines)).toEqual([2750, 3000, 2000, 2000, 2875, 2750]);
    expect(lines.map((l) => l.balance)).toEqual([0, 0, 500, 125, 0, 0]);
    expect(lines[5].ytd).toBe(2750 + 3000 + 2000 + 2000 + 2875 + 2750);
  });

  it("pays the larger of a non-recoverable draw and earnings (QCommission)", () => {
    const [lines] = computePlan(qcommissionNonRecoverableDraw.model).lines;
    expect(payables(lines)).toEqual([2000, 4000]);
    expect(lines.map((l) => l.balance)).toEqual([0, 0]);
  });

  it("computes marginal accelerator tiers: 150,000 -> 8,250 (Excel Forum)", () => {
    const [[line]] = computePlan(excelForumAccelerators.model).lines;
    expect(line.measures[0].payout).toBeCloseTo(8250, 9);
    expect(line.measures[0].trace!.map((t) => t.commission)).toEqual(
      [5000, 1500, 1750].map((x) => expect.closeTo(x, 9)),
    );
    expect(line.measures[0].attainment).toBe(1.5);
  });

  it("reads a threshold/accelerator/cap curve (BonusPayCalc): 85% -> 5,000, 120% -> 14,000, capped, gated", () => {
    const [lines] = computePlan(bonusPayCalcCurve.model).lines;
    expect(lines.map((l) => l.targetIncentive)).toEqual([10000, 10000, 10000, 10000]);
    expect(lines[0].measures[0].payout).toBeCloseTo(5000, 9);
    expect(lines[1].measures[0].payout).toBeCloseTo(14000, 9);
    expect(lines[2].measures[0].payout).toBeCloseTo(20000, 9);
    expect(lines[3].measures[0].payout).toBe(0);
  });

  it("scales attainment tiers by the quota (QuotaPath): 25,000 of 20,000 -> 1,750; 40% -> 0", () => {
    const [lines] = computePlan(quotaPathInsurance.model).lines;
    expect(lines[0].measures[0].payout).toBeCloseTo(1750, 9);
    expect(lines[0].measures[0].trace!.map((t) => t.from)).toEqual([0, 10000, 20000]);
    expect(lines[1].measures[0].payout).toBe(0);
  });

  it("adds a per-unit SPIFF to commission (Prowi): 8,000 + 5,000 = 13,000", () => {
    const [[line]] = computePlan(prowiSpiff.model).lines;
    expect(line.measures[0].payout).toBe(8000);
    expect(line.spiffs[0].amount).toBe(5000);
    expect(line.payable).toBe(13000);
  });

  it("pays a retro tiered SPIFF at the tier reached (Bentega): 3 -> 750, 5 -> 2,000, 8 -> 4,800", () => {
    const [lines] = computePlan(bentegaTieredSpiff.model).lines;
    expect(lines.map((l) => l.spiffs[0].amount)).toEqual([750, 2000, 4800]);
  });

  it("credits a split deal 60/40 toward attainment and commission (Prowi)", () => {
    const [a, b] = computePlan(prowiSplit.model).lines;
    expect(a[0].measures[0].credited).toBe(60000);
    expect(b[0].measures[0].credited).toBe(40000);
    expect(a[0].measures[0].attainment).toBe(0.6);
    expect(a[0].payable).toBeCloseTo(6000, 9);
    expect(b[0].payable).toBeCloseTo(4000, 9);
  });

  it("claws back 50% after 6 months and carries the negative period (Zepys, core8)", () => {
    const [lines] = computePlan(proratedClawback.model).lines;
    expect(lines[0].clawback).toBe(5000);
    expect(lines[0].earned).toBeCloseTo(-2000, 9);
    expect(payables(lines)).toEqual([0, expect.closeTo(1000, 9)]);
    expect(lines[0].balance).toBeCloseTo(2000, 9);
    expect(lines[1].balance).toBe(0);
  });
});

describe("incentive engine: team pool and awards by hand", () => {
  const result = computePlan(handTeamAndAwards.model);
  const [ann, bob, cy, dee] = result.lines;

  it("funds each team's pool and shares it pro rata", () => {
    expect(result.teams[0][0].attainment[0]).toBeCloseTo(1.1, 12);
    expect(result.teams[0][0].pool).toBe(3000);
    expect(ann[0].teamBonus).toBeCloseTo((3000 * 120) / 220, 9);
    expect(cy[0].teamBonus).toBeCloseTo((3000 * 100) / 220, 9);
    expect(bob[0].teamBonus).toBeCloseTo((3000 * 90) / 220, 9);
    expect(dee[0].teamBonus).toBeCloseTo((3000 * 130) / 220, 9);
    expect(result.teams[0][1].poolFunded).toBe(false);
  });

  it("names the best salesperson and the best team; a tie goes to the team listed first", () => {
    expect(result.awards[0].bestRep).toEqual({ name: "Dee", score: 1.3, tied: ["Dee"] });
    expect(result.awards[0].bestTeam?.name).toBe("North");
    expect(result.awards[1].bestRep).toBeNull();
    expect(result.awards[1].bestTeam).toEqual({ name: "South", score: 0.7, tied: ["South"] });
  });

  it("adds the award bonuses to the winners' pay", () => {
    // 6,000 + 3,000 x 120/220 + 300 = 7,936.3636... and 6,500 + 3,000 x 130/220 + 1,000 = 9,272.7272...,
    // paid to the cent.
    expect(ann[0].payable).toBe(7936.36);
    expect(dee[0].payable).toBe(9272.73);
    expect(dee[1].payable).toBe(4300);
    expect(bob[1].bestTeamBonus).toBe(300);
    expect(ann[1].bestTeamBonus).toBe(0);
  });
});

describe("incentive engine: invariants over random plans", () => {
  const results = Array.from({ length: 200 }, (_, i) => ({ model: randomPlan(1000 + i), i }));

  it("year to date is the running sum of payables, and never a payable below a non-negative draw", () => {
    for (const { model } of results) {
      const { lines } = computePlan(model);
      lines.forEach((rep) => {
        let ytd = 0;
        rep.forEach((l) => {
          ytd += l.payable;
          expect(l.ytd).toBeCloseTo(ytd, 6);
          expect(l.payable).toBeGreaterThanOrEqual(Math.min(l.draw, Math.max(0, l.earned)) - 1e-9);
          expect(l.payable).toBeGreaterThanOrEqual(0);
        });
      });
    }
  });

  it("a recoverable draw pays out no more than earned plus the balance still owed", () => {
    for (const { model } of results) {
      const { lines } = computePlan(model);
      lines.forEach((rep) => {
        // Every period recoverable: the plan's draw is, or the period has no draw (before a hire date).
        if (!(model.draw.recoverable || rep.every((l) => l.draw === 0))) return;
        const earned = rep.reduce((s, l) => s + l.earned, 0);
        const last = rep[rep.length - 1];
        // Paid total - balance owed = earned total (DRAW's invariant).
        expect(last.ytd - last.balance).toBeCloseTo(earned, 6);
      });
    }
  });

  it("measures below their gate pay nothing, and payouts respect the payout cap", () => {
    for (const { model } of results) {
      const { lines } = computePlan(model);
      for (const rep of lines) {
        for (const l of rep) {
          l.measures.forEach((m, i) => {
            if (!m.gateMet) expect(m.payout).toBe(0);
            const cap = model.measures[i].payoutCap;
            if (cap !== null) expect(m.payout).toBeLessThanOrEqual(cap);
          });
        }
      }
    }
  });

  it("each award goes to a qualifying rep with the highest score", () => {
    for (const { model } of results) {
      const { awards, lines } = computePlan(model);
      const rule = model.bestRep;
      if (!rule) continue;
      awards.forEach((a, p) => {
        const scores = lines.map((l) =>
          rule.by === "attainment"
            ? l[p].measures[rule.measure].attainment
            : l[p].measures[rule.measure].credited,
        );
        // Only reps employed in the period qualify.
        const eligible = lines.map(
          (l) =>
            l[p].daysEmployed > 0 &&
            (rule.minAttainment === null || l[p].measures[rule.measure].attainment >= rule.minAttainment),
        );
        const best = Math.max(...scores.filter((_, r) => eligible[r]));
        if (!eligible.some(Boolean)) expect(a.bestRep).toBeNull();
        else expect(a.bestRep?.score).toBe(best);
      });
    }
  });
});
