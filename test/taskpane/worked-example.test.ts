/** "What would this pay?": the plan engine worked through for one sample rep, checked by hand. */
import { buildPlanModel } from "../../src/generators/incentives";
import { parseIncentivePlan } from "../../src/schemas/incentive-plan";
import {
  IncentiveFormState,
  defaultIncentiveForm,
  incentivePlanFromForm,
} from "../../src/taskpane/forms/incentives/incentive-form";
import { sampleRep, workedExample } from "../../src/taskpane/forms/incentives/worked-example";

// 2027-01-15 as an Excel serial (46388 is 2027-01-01).
const TODAY = 46402;

function example(form: IncentiveFormState) {
  const plan = parseIncentivePlan(incentivePlanFromForm(form).data);
  if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
  const model = buildPlanModel(plan.value, [sampleRep("Sample rep")]);
  if (!model.ok) throw new Error(JSON.stringify(model.issues));
  return workedExample(model.value);
}

describe("worked example", () => {
  const base = defaultIncentiveForm("en-US", TODAY);

  it("slices 120% of a 300,000 quota through marginal tiers", () => {
    // Quota 300,000 a month; 120% is 360,000. Tiers 0: 3%, 300,000: 5%, 450,000: 8%, marginal:
    // 300,000 x 3% = 9,000 and (360,000 - 300,000) x 5% = 3,000; 12,000 in all.
    const e = example(base)!;
    expect(e).toMatchObject({ rep: "Sample rep", quota: 300000, actual: 360000, attainment: 1.2 });
    expect(e.slices).toEqual([
      { from: 0, to: 300000, amount: 300000, rate: 0.03, pay: 9000 },
      { from: 300000, to: 450000, amount: 60000, rate: 0.05, pay: 3000 },
    ]);
    expect(e.payout).toBe(12000);
  });

  it("pays the whole amount at the tier reached when rates apply retroactively", () => {
    // 360,000 reaches the 300,000 tier: 360,000 x 5% = 18,000.
    const e = example({ ...base, measures: [{ ...base.measures[0], method: "retro" }] })!;
    expect(e.slices).toEqual([{ from: 300000, to: 450000, amount: 360000, rate: 0.05, pay: 18000 }]);
    expect(e.payout).toBe(18000);
  });

  it("follows the plan as it is edited: a rate typed as 6 is 6%", () => {
    // 300,000 x 3% + 60,000 x 6% = 9,000 + 3,600 = 12,600.
    const tiers = base.measures[0].tiers.map((t, k) => (k === 1 ? { ...t, rate: "6" } : t));
    const e = example({ ...base, measures: [{ ...base.measures[0], tiers }] })!;
    expect(e.payout).toBe(12600);
  });
});
