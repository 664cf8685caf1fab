/**
 * Published worked examples of commission mechanics, each as a small plan (through the schema and the
 * roster, as a user would write it) with the figures the source gives. The engine tests check these
 * figures; the oracle test recalculates the same plans in LibreOffice.
 */
import { buildPlanModel } from "../../../src/generators/incentives/model";
import type { PlanModel } from "../../../src/kpi/plan/model";
import { IncentivePlanInput, parseIncentivePlan } from "../../../src/schemas/incentive-plan";
import type { Rep } from "../../../src/schemas/roster";

export function roster(...names: string[]): Rep[] {
  return names.map((name, i) => ({
    name,
    role: "Account executive",
    team: i % 2 === 0 ? "North" : "South",
    manager: "Mia",
    hireDate: null,
  }));
}

/** Validates the plan and meets it with the roster; a failure here is a bug in the example. */
export function planModel(input: IncentivePlanInput, reps: Rep[]): PlanModel {
  const plan = parseIncentivePlan(input);
  if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
  const model = buildPlanModel(plan.value, reps);
  if (!model.ok) throw new Error(JSON.stringify(model.issues));
  return model.value;
}

/** Commission = actual: a 100% rate, so the earnings of a period are exactly the actual typed. */
const passThrough: IncentivePlanInput["measures"][number] = {
  id: "earnings",
  name: "Commission earned",
  quota: 2000,
  payout: { type: "tiers", tiers: [{ from: 0, rate: 1 }] },
};

export interface WorkedExample {
  readonly title: string;
  readonly source: string;
  readonly model: PlanModel;
}

/**
 * Oracle's recoverable draw scenario (Siebel Incentive Compensation, "Recoverable Draw Scenario"):
 * draw $2,000 a month; gross earnings 2,750, 3,000, 1,500, 2,375, 3,000, 2,750 are paid as
 * 2,750, 3,000, 2,000, 2,000, 2,875, 2,750; the draw balance after each month is 0, 0, 500, 125, 0, 0.
 * Source: https://docs.oracle.com/cd/E05553_01/books/InCompAdm/InCompAdmPlanDesign8.html
 */
export const oracleRecoverableDraw: WorkedExample = {
  title: "recoverable draw (Oracle Siebel scenario)",
  source: "https://docs.oracle.com/cd/E05553_01/books/InCompAdm/InCompAdmPlanDesign8.html",
  model: planModel(
    {
      name: "Recoverable draw",
      period: { start: "2002-01", months: 6 },
      measures: [passThrough],
      draw: { amount: 2000, recoverable: true },
      actuals: [{ rep: "Terry Smythe", measure: "earnings", values: [2750, 3000, 1500, 2375, 3000, 2750] }],
    },
    roster("Terry Smythe"),
  ),
};

/**
 * Non-recoverable draw (QCommission, "Recoverable vs Non-Recoverable Draw"): a $2,000 non-recoverable
 * draw; earning $1,000 pays $2,000, then earning $4,000 pays the full $4,000, nothing recovered.
 * Source: https://www.qcommission.com/blog/recoverable-vs-non-recoverable-draw-what-is-the-difference.html
 */
export const qcommissionNonRecoverableDraw: WorkedExample = {
  title: "non-recoverable draw (QCommission)",
  source: "https://www.qcommission.com/blog/recoverable-vs-non-recoverable-draw-what-is-the-difference.html",
  model: planModel(
    {
      name: "Guaranteed draw",
      period: { start: "2027-01", months: 2 },
      measures: [passThrough],
      draw: { amount: 2000, recoverable: false },
      actuals: [{ rep: "Agent X", measure: "earnings", values: [1000, 4000] }],
    },
    roster("Agent X"),
  ),
};

/**
 * Accelerators by marginal tiers (Excel Forum thread 861932): 5% on $0-100,000, 6% on
 * $100,000-125,000, 7% above $125,000; $150,000 earns 5,000 + 1,500 + 1,750 = 8,250.
 * Source: https://excelforum.com/excel-formulas-and-functions/861932-vlookup-for-multiple-results-without-duplicates-prev-thread.html
 */
export const excelForumAccelerators: WorkedExample = {
  title: "marginal accelerator tiers (Excel Forum)",
  source: "https://excelforum.com/excel-formulas-and-functions/861932",
  model: planModel(
    {
      name: "Quarterly accelerators",
      period: { start: "2027-01", months: 3 },
      payFrequency: "quarterly",
      measures: [
        {
          id: "revenue",
          name: "Revenue",
          quota: 100000,
          payout: {
            type: "tiers",
            method: "marginal",
            tiers: [
              { from: 0, rate: 0.05 },
              { from: 100000, rate: 0.06 },
              { from: 125000, rate: 0.07 },
            ],
          },
        },
      ],
      actuals: [{ rep: "Sam", measure: "revenue", values: [150000] }],
    },
    roster("Sam"),
  ),
};

/**
 * A payout curve with a threshold, an accelerator and a cap (BonusPayCalc, "Bonus payout curve
 * explained"): threshold 70%, target bonus 10,000 at 100%, twice the rate above 100%, capped at
 * 200%. 85% pays about 5,000, 120% pays 14,000. Hand calculation for 160%: 1 + 0.6 x 2 = 2.2, capped
 * at 2 -> 20,000; for 65%: below the threshold -> 0.
 * The plan states a target incentive of 120,000 a year, so 10,000 a month.
 * Source: https://bonuspaycalc.com/guides/bonus-payout-curve-explained.html
 */
export const bonusPayCalcCurve: WorkedExample = {
  title: "payout curve with threshold, accelerator and cap (BonusPayCalc)",
  source: "https://bonuspaycalc.com/guides/bonus-payout-curve-explained.html",
  model: planModel(
    {
      name: "Bonus curve",
      period: { start: "2027-01", months: 4 },
      compensation: { targetIncentive: 120000 },
      measures: [
        {
          id: "sales",
          name: "Sales",
          quota: 100000,
          weight: 1,
          payout: {
            type: "curve",
            points: [
              { attainment: 0.7, payout: 0 },
              { attainment: 1, payout: 1 },
              { attainment: 2, payout: 3 },
            ],
            cap: 2,
          },
        },
      ],
      actuals: [{ rep: "Pat", measure: "sales", values: [85000, 120000, 160000, 65000] }],
    },
    roster("Pat"),
  ),
};

/**
 * A gate with attainment tiers (QuotaPath, "Commission with Accelerators", insurance rep): quota
 * $20,000 a month, 0% until 50% of quota, 10% until 100%, 15% above. Hand calculation, marginal:
 * $25,000 -> 0 x 10,000 + 10% x 10,000 + 15% x 5,000 = 1,750; $8,000 (40%) -> 0.
 * Source: https://intercom.help/quotapath/en/articles/4360079-commission-with-accelerators
 */
export const quotaPathInsurance: WorkedExample = {
  title: "attainment tiers with a 50% threshold (QuotaPath)",
  source: "https://intercom.help/quotapath/en/articles/4360079-commission-with-accelerators",
  model: planModel(
    {
      name: "Insurance resale",
      period: { start: "2027-01", months: 2 },
      measures: [
        {
          id: "resale",
          name: "Resale",
          quota: 20000,
          payout: {
            type: "tiers",
            on: "attainment",
            tiers: [
              { from: 0, rate: 0 },
              { from: 0.5, rate: 0.1 },
              { from: 1, rate: 0.15 },
            ],
          },
        },
      ],
      actuals: [{ rep: "Lee", measure: "resale", values: [25000, 8000] }],
    },
    roster("Lee"),
  ),
};

/**
 * A per-unit SPIFF on top of commission (Prowi, "Spiff"): 8% commission, a 1,000 SPIFF per unit sold;
 * 5 orders of 20,000 -> 8,000 commission + 5,000 SPIFF = 13,000.
 * Source: https://www.prowi.io/en/glossary/spiff
 */
export const prowiSpiff: WorkedExample = {
  title: "per-unit SPIFF (Prowi)",
  source: "https://www.prowi.io/en/glossary/spiff",
  model: planModel(
    {
      name: "Launch SPIFF",
      period: { start: "2027-01", months: 1 },
      measures: [
        {
          id: "sales",
          name: "Sales",
          quota: 100000,
          payout: { type: "tiers", tiers: [{ from: 0, rate: 0.08 }] },
        },
      ],
      spiffs: [{ id: "launch", name: "New product", tiers: [{ from: 1, rate: 1000 }] }],
      actuals: [{ rep: "Kim", measure: "sales", values: [100000] }],
      spiffUnits: [{ rep: "Kim", spiff: "launch", values: [5] }],
    },
    roster("Kim"),
  ),
};

/**
 * A tiered SPIFF paid on all units at the tier reached (Bentega, "What is a SPIF"): 1-3 deals €250
 * each, 4-6 €400 each, 7+ €600 each. Hand calculation, retro from 1/4/7 deals: 3 -> 750, 5 -> 2,000,
 * 8 -> 4,800.
 * Source: https://bentega.io/what-is-a-spif
 */
export const bentegaTieredSpiff: WorkedExample = {
  title: "tiered SPIFF, retro (Bentega)",
  source: "https://bentega.io/what-is-a-spif",
  model: planModel(
    {
      name: "Tiered SPIF",
      period: { start: "2027-01", months: 3 },
      measures: [
        { id: "sales", name: "Sales", quota: 1000, payout: { type: "tiers", tiers: [{ from: 0, rate: 0 }] } },
      ],
      spiffs: [
        {
          id: "deals",
          name: "Eligible deals",
          method: "retro",
          tiers: [
            { from: 1, rate: 250 },
            { from: 4, rate: 400 },
            { from: 7, rate: 600 },
          ],
        },
      ],
      spiffUnits: [{ rep: "Eva", spiff: "deals", values: [3, 5, 8] }],
    },
    roster("Eva"),
  ),
};

/**
 * A split deal (Prowi, "Split Commission", territory overlap): a $100,000 deal split 60/40 at 10%
 * commission -> Rep A 6,000, Rep B 4,000; each is credited 60,000 / 40,000 toward quota.
 * Source: https://prowi.io/en/glossary/split-commission
 */
export const prowiSplit: WorkedExample = {
  title: "credit split 60/40 (Prowi)",
  source: "https://prowi.io/en/glossary/split-commission",
  model: planModel(
    {
      name: "Split deal",
      period: { start: "2027-01", months: 1 },
      measures: [
        { id: "acv", name: "ACV", quota: 100000, payout: { type: "tiers", tiers: [{ from: 0, rate: 0.1 }] } },
      ],
      credits: [
        {
          deal: "Overlap-1",
          period: 1,
          measure: "acv",
          amount: 100000,
          shares: [
            { rep: "Rep A", share: 0.6 },
            { rep: "Rep B", share: 0.4 },
          ],
        },
      ],
    },
    roster("Rep A", "Rep B"),
  ),
};

/**
 * A prorated clawback (Zepys, "How to handle refunds and clawbacks": a 12-month contract cancelled
 * after 6 months claws back 50%) applied as a negative adjustment of 5,000 on a 10,000 commission
 * (core8, "Clawbacks and early exit"). Hand calculation: the month earns 3,000 commission (3% of
 * 100,000) - 5,000 clawed back = -2,000, carried as a balance; the next month earns 3,000 and 2,000
 * of it repays the balance -> payable 0 then 1,000.
 * Sources: https://staging.zepys.com/learn/how-to-handle-refunds-and-clawbacks-with-agents,
 * https://docs.core8.co/commission-plan-patterns/clawbacks-and-early-exit
 */
export const proratedClawback: WorkedExample = {
  title: "prorated clawback (Zepys, core8)",
  source: "https://docs.core8.co/commission-plan-patterns/clawbacks-and-early-exit",
  model: planModel(
    {
      name: "Clawback",
      period: { start: "2027-01", months: 2 },
      measures: [
        {
          id: "rev",
          name: "Revenue",
          quota: 100000,
          payout: { type: "tiers", tiers: [{ from: 0, rate: 0.03 }] },
        },
      ],
      clawback: {
        schedule: [
          { months: 0, fraction: 1 },
          { months: 6, fraction: 0.5 },
          { months: 12, fraction: 0 },
        ],
      },
      clawbacks: [{ rep: "Ana", period: 1, deal: "Annual-7", commission: 10000, monthsActive: 6 }],
      actuals: [{ rep: "Ana", measure: "rev", values: [100000, 100000] }],
    },
    roster("Ana"),
  ),
};

/**
 * A rep exactly at an attainment boundary (by hand, no published source): quota 110,000, retro tiers
 * 5% from 0 and 10% from 110%. 110% of 110,000 is 121000.00000000001 in binary; the threshold is
 * rounded to the cent, so 121,000 reaches the 10% tier: 121,000 x 10% = 12,100. One cent less,
 * 120,999.99, stays at 5%: 6,049.9995, paid 6,050.00.
 */
export const boundaryAttainment: WorkedExample = {
  title: "retro tier reached exactly at 110% of 110,000 (by hand)",
  source: "hand calculation",
  model: planModel(
    {
      name: "Boundary",
      period: { start: "2027-01", months: 2 },
      measures: [
        {
          id: "rev",
          name: "Revenue",
          quota: 110000,
          payout: {
            type: "tiers",
            on: "attainment",
            method: "retro",
            tiers: [
              { from: 0, rate: 0.05 },
              { from: 1.1, rate: 0.1 },
            ],
          },
        },
      ],
      actuals: [{ rep: "Lee", measure: "rev", values: [121000, 120999.99] }],
    },
    roster("Lee"),
  ),
};

export const WORKED_EXAMPLES: readonly WorkedExample[] = [
  oracleRecoverableDraw,
  qcommissionNonRecoverableDraw,
  excelForumAccelerators,
  bonusPayCalcCurve,
  quotaPathInsurance,
  prowiSpiff,
  bentegaTieredSpiff,
  prowiSplit,
  proratedClawback,
  boundaryAttainment,
];

/**
 * Team pool, awards and a tie, by hand (no published source). Roster: Ann and Cy in North, Bob and
 * Dee in South; quota 100,000 each; 5% flat commission; pool funded at 100% team attainment with
 * 2,000 + 5% of the team's result above quota, split pro rata; best salesperson from 100%
 * attainment (bonus 1,000); best team, no minimum (300 per member), ties to the first listed (tie: first).
 * Period 1: Ann 120,000, Bob 90,000, Cy 100,000, Dee 130,000. North 220,000/200,000 = 110%, South
 * 220,000/200,000 = 110%: a tie, so North (listed first) is best team. Each pool = 2,000 + 5% x
 * 20,000 = 3,000; Ann's share 3,000 x 120/220 = 1,636.36, Dee's 3,000 x 130/220 = 1,772.73. Best
 * salesperson: Dee (130%). Ann's payable 6,000 + 1,636.36 + 300 = 7,936.36; Dee's 6,500 + 1,772.73 +
 * 1,000 = 9,272.73.
 * Period 2: Ann 50,000, Bob 60,000, Cy 70,000, Dee 80,000: nobody reaches 100%, so no best
 * salesperson; South (70%) beats North (60%); no pool. Dee's payable 4,000 + 300 = 4,300.
 */
export const handTeamAndAwards: WorkedExample = {
  title: "team pool, awards and a tie (hand calculation)",
  source: "hand calculation",
  model: planModel(
    {
      name: "Team play",
      period: { start: "2027-01", months: 2 },
      measures: [
        {
          id: "rev",
          name: "Revenue",
          quota: 100000,
          payout: { type: "tiers", tiers: [{ from: 0, rate: 0.05 }] },
        },
      ],
      teamPool: { measure: "rev", threshold: 1, amount: 2000, excessRate: 0.05, split: "proRata" },
      awards: {
        bestRep: { measure: "rev", minAttainment: 1, title: "Star of the month", bonus: 1000 },
        bestTeam: {
          measure: "rev",
          minAttainment: 0,
          title: "Team of the month",
          bonusPerMember: 300,
          tie: "first",
        },
      },
      actuals: [
        { rep: "Ann", measure: "rev", values: [120000, 50000] },
        { rep: "Bob", measure: "rev", values: [90000, 60000] },
        { rep: "Cy", measure: "rev", values: [100000, 70000] },
        { rep: "Dee", measure: "rev", values: [130000, 80000] },
      ],
    },
    roster("Ann", "Bob", "Cy", "Dee"),
  ),
};

export const ALL_FIXED_CASES: readonly WorkedExample[] = [...WORKED_EXAMPLES, handTeamAndAwards];
