/**
 * The incentive form's numbers as people type them, read into the plan by the one number reader,
 * and the plan settings of #17 (zero quota, payable decimals, award ties, rates above 100%).
 */
import {
  defaultIncentiveForm,
  incentivePlanFromForm,
} from "../../src/taskpane/forms/incentives/incentive-form";

// 2027-01-15 as an Excel serial (46388 is 2027-01-01).
const TODAY = 46402;

describe("incentive form numbers", () => {
  it("reads 万, k/M, currency signs and rates typed as percentages", () => {
    const base = defaultIncentiveForm("zh-CN", TODAY);
    const form = {
      ...base,
      measures: [
        {
          ...base.measures[0],
          quota: "30万",
          tiers: [
            { from: "0", rate: "3" },
            { from: "¥300,000", rate: "5%" },
            { from: "0.45M", rate: "8.5" },
          ],
        },
      ],
      bestRepTitle: "销冠",
      bestRepBonus: "5k",
    };
    const { data, issues } = incentivePlanFromForm(form);
    expect(issues).toEqual([]);
    const measure = (
      data.measures as { quota: number; payout: { tiers: { from: number; rate: number }[] } }[]
    )[0];
    // 30万 = 300,000; 0.45M = 450,000; 3 -> 3% = 0.03, 8.5 -> 8.5% = 0.085.
    expect(measure.quota).toBe(300000);
    expect(measure.payout.tiers).toEqual([
      { from: 0, rate: 0.03 },
      { from: 300000, rate: 0.05 },
      { from: 450000, rate: 0.085 },
    ]);
    expect((data.awards as { bestRep: { bonus: number; tie: string } }).bestRep).toMatchObject({
      bonus: 5000,
      tie: "share",
    });
  });

  it("holds a rate above 100% until confirmed, then passes allowRatesAbove100", () => {
    const base = defaultIncentiveForm("en-US", TODAY);
    const high = {
      ...base,
      measures: [{ ...base.measures[0], tiers: [{ from: "0", rate: "150" }] }],
    };
    const refused = incentivePlanFromForm(high);
    expect(refused.issues.map((i) => [i.field, i.en])).toEqual([
      [
        "measure.0.tier.0.rate",
        '150% is above 100%: tick "Rates above 100% are intended" below if this is meant',
      ],
    ]);
    const confirmed = incentivePlanFromForm({ ...high, allowRatesAbove100: true });
    expect(confirmed.issues).toEqual([]);
    expect(confirmed.data.allowRatesAbove100).toBe(true);
  });

  it("carries the zero-quota rule, payable decimals and the award tie rule into the plan", () => {
    const base = defaultIncentiveForm("en-US", TODAY);
    const { data, issues } = incentivePlanFromForm({
      ...base,
      zeroQuota: "nothing",
      payableDecimals: "0",
      bestRepTitle: "Top seller",
      bestRepBonus: "$1,000",
      bestRepTie: "first",
    });
    expect(issues).toEqual([]);
    expect(data.zeroQuota).toBe("nothing");
    expect(data.payableDecimals).toBe(0);
    expect((data.awards as { bestRep: { tie: string; bonus: number } }).bestRep).toMatchObject({
      tie: "first",
      bonus: 1000,
    });
    // Left empty, the currency's own decimals apply: nothing is sent.
    expect("payableDecimals" in incentivePlanFromForm(base).data).toBe(false);
  });
});
